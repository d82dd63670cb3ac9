// Shared by the Chromium and Firefox drivers: where things are, which pages are
// tested with what expectations, and a tiny sequential test harness that prints
// per-test timing and a closing "N passed, N failed" line.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
export const DIST = join(ROOT, "dist");
export const SHOTS = join(DIST, "screenshots");
export const DOC_SHOTS = join(ROOT, "docs/screenshots");

/** Folder of corpus pages: $EURONEWS_CORPUS or ../shared/corpus/euronews. */
export function corpusDir() {
  return process.env.EURONEWS_CORPUS ? resolve(process.env.EURONEWS_CORPUS) : resolve(ROOT, "../shared/corpus/euronews");
}

/** Folder of our own hand-made pages (tests/fixtures/<name>/). */
export function demoDir() {
  return join(ROOT, "tests/fixtures");
}

/** Our hand-made injection pages (tests/fixtures/injection/<name>/, see injection.mjs). */
export function injectionDir() {
  return join(ROOT, "tests/fixtures/injection");
}

/** Missing corpus is a failure in CI or with EURONEWS_REQUIRE_CORPUS, else a skip. */
export function corpusRequired() {
  return Boolean(process.env.CI || process.env.EURONEWS_REQUIRE_CORPUS);
}

/** The live-page ad slots of the three designs (2020 `.js-adzone`, 2024/2026 `.c-ad`, 2026 optidigital). */
export const AD_SELECTOR = '.js-adzone, .c-ad, [class*="optidigital-"]';

/**
 * The pages the e2e tests open: one per site design (with the issue-3 checks:
 * clutter widgets hidden, paragraphs visible, reader mode on and off), a
 * right-to-left article, a home page, our demo page (tested even without
 * the corpus), then every other corpus page: popup state, title, first
 * paragraph, quotes and entities as the core gives them.
 */
export const CASES = [
  { id: "fr-2020-nasa-spacex", design: "2020", widgets: true },
  { id: "en-2024-sweden-police-leaks", design: "2024", widgets: true },
  { id: "en-2026-venezuela-oil", design: "2026", widgets: true },
  { id: "ar-2020-nasa-spacex", design: "2020, right-to-left" },
  { id: "en-2020-home", design: "2020 home page" },
  { id: "demo", design: "hand-made 2026-style demo", ours: true },
  { id: "de-2020-nasa-spacex", design: "2020" },
  { id: "de-2026-article", design: "2026" },
  { id: "el-2020-nasa-moon", design: "2020" },
  { id: "es-2020-covid-deaths", design: "2020" },
  { id: "fr-2024-article", design: "2024, served without ad slots", noAds: true },
  { id: "it-2020-nasa-spacex", design: "2020" },
  { id: "ar-2020-home", design: "2020 home page, right-to-left" },
  { id: "de-2020-archive", design: "2020 archive" },
  { id: "fa-2020-home", design: "2020 home page, right-to-left" },
  { id: "fr-2020-home", design: "2020 home page" },
  { id: "it-2020-archive", design: "2020 archive" },
  { id: "tr-2020-home", design: "2020 home page" },
];

/** The cases whose page exists among `pages`, and the ids that are missing. */
export function selectCases(pages) {
  const byId = new Map(pages.map((p) => [p.id, p]));
  const only = process.env.E2E_ONLY ? new Set(process.env.E2E_ONLY.split(",")) : null;
  const cases = [];
  const missing = [];
  for (const c of CASES) {
    if (only && !only.has(c.id)) {
      continue;
    }
    const page = byId.get(c.id);
    if (page) {
      cases.push({ ...c, page });
    } else {
      missing.push(c.id);
    }
  }
  return { cases, missing };
}

/** Whitespace-normalised text (NBSP and friends count as spaces, zero-width characters go). */
export function norm(text) {
  return String(text ?? "")
    .replace(/[\u200b-\u200d\u2060\ufeff]/gu, "")
    .replace(/[\s\u00a0\u2009\u202f]+/gu, " ")
    .trim();
}

export function assert(cond, message) {
  if (!cond) {
    throw new Error(message);
  }
}

export function assertEq(actual, expected, what) {
  if (actual !== expected) {
    throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
  }
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Poll `fn` until it returns a truthy value; throws `what` after `timeout` ms. */
export async function waitFor(fn, what, timeout = 20000, every = 100) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await fn();
      if (last) {
        return last;
      }
    } catch (err) {
      last = err;
    }
    if (Date.now() > end) {
      throw new Error(`timed out after ${timeout} ms waiting for ${what}${last instanceof Error ? ` (${last.message})` : ""}`);
    }
    await sleep(every);
  }
}

/**
 * What the popup must show for a page, from its reference.json: the title and
 * first paragraph of an article, or the not-an-article message.
 */
export function checkPopup(view, page) {
  const ref = page.reference;
  if (ref.kind === "not_article") {
    assertEq(view.state, "not-article", `${page.id}: popup state`);
    assert(/not an article/i.test(view.text), `${page.id}: popup does not say "not an article": ${view.text.slice(0, 200)}`);
    return;
  }
  assertEq(view.state, "article", `${page.id}: popup state (message: ${view.text.slice(0, 160)})`);
  assertEq(norm(view.title), norm(ref.title), `${page.id}: popup title`);
  const first = norm(ref.paragraphs?.[0]);
  assert(first.length > 0, `${page.id}: reference has no paragraph`);
  assert(norm(view.text).includes(first), `${page.id}: first reference paragraph not in popup: ${JSON.stringify(first.slice(0, 120))}`);
  // Page text that looks like markup (our demo page) must show literally, never as nodes.
  for (const para of ref.paragraphs.filter((p) => p.includes("<"))) {
    assert(norm(view.text).includes(norm(para)), `${page.id}: markup-like text not shown literally: ${JSON.stringify(para)}`);
  }
  assertEq(view.markupNodes, 0, `${page.id}: elements made from page text (b, script, [onerror])`);
  if (["ar", "fa", "he", "ur"].includes(ref.lang)) {
    assertEq(view.dir, "rtl", `${page.id}: article dir`);
  }
  if (ref.lang) {
    assertEq(view.lang, ref.lang, `${page.id}: article lang`);
  }
}

/** The text a popup page shows, read by an in-page function (shared by both drivers). */
export const READ_POPUP = `
  const reader = document.getElementById("reader");
  const title = document.querySelector("#reader .er-title, .message__title");
  const painted = performance.getEntriesByName("popup-painted")[0];
  return {
    state: document.body.dataset.state,
    source: reader ? reader.dataset.source : null,
    lang: reader ? reader.lang : null,
    dir: reader ? reader.dir : null,
    title: title ? title.textContent : "",
    text: document.getElementById("app").innerText,
    paintedMs: painted ? painted.startTime : null,
    renderMs: (performance.getEntriesByName("popup-render")[0] || {}).duration ?? null,
    markupNodes: document.querySelectorAll("#app b, #app script, #app [onerror]").length,
  };
`;

/** Sequential test runner with per-test timing. */
export function harness(label) {
  const tests = [];
  return {
    test(name, fn) {
      // E2E_GREP=regex runs only the tests whose name matches.
      if (!process.env.E2E_GREP || new RegExp(process.env.E2E_GREP, "i").test(name)) {
        tests.push({ name, fn });
      }
    },
    async run(skipped = 0) {
      let passed = 0;
      let failed = 0;
      const started = Date.now();
      for (const { name, fn } of tests) {
        const t0 = Date.now();
        try {
          const note = await fn();
          passed += 1;
          console.log(`ok   ${label} ${name} (${Date.now() - t0} ms)${note ? ` ${note}` : ""}`);
        } catch (err) {
          failed += 1;
          console.log(`FAIL ${label} ${name} (${Date.now() - t0} ms)\n     ${String(err?.stack ?? err).split("\n").slice(0, 4).join("\n     ")}`);
        }
      }
      console.log(`${label}: ${Date.now() - started} ms for ${tests.length} tests`);
      console.log(`${label}: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
      return failed === 0 && passed > 0;
    },
  };
}

/** The unpacked extension for `browser`, checked to be built. */
export function extensionDir(browser) {
  const dir = join(DIST, browser);
  for (const file of ["manifest.json", "pkg/euronews_reader_bg.wasm", "pkg/euronews_reader.js", "popup.html", "content.js"]) {
    if (!existsSync(join(dir, file))) {
      throw new Error(`${dir}/${file} is missing: run ./build.sh first`);
    }
  }
  return dir;
}

/** The non-Euronews host of our generic article fixture (tests/fixtures/generic/). */
export const GENERIC_HOST = "news.example.org";

/**
 * A copy of the built extension for the tests, with host access to
 * GENERIC_HOST added: it stands in for the activeTab grant a click on the
 * toolbar button gives (no driver can click the toolbar button and then open
 * the popup as a page), so that `scripting.executeScript` may read that tab.
 * The shipped manifest keeps `*://*.euronews.com/*` as its only host.
 */
export function testExtensionDir(browser) {
  const copy = join(mkdtempSync(join(tmpdir(), `enr-ext-${browser}-`)), browser);
  cpSync(extensionDir(browser), copy, { recursive: true });
  const file = join(copy, "manifest.json");
  const manifest = JSON.parse(readFileSync(file, "utf8"));
  manifest.host_permissions = [...manifest.host_permissions, `*://${GENERIC_HOST}/*`];
  writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
  return copy;
}

/**
 * A copy of the test extension (testExtensionDir) that fails on purpose, to
 * check that a failure inside the content script leaves the page as it was:
 * `wasm`: the module is not WebAssembly at all (instantiating it throws);
 * `throws`: the module loads but the core's `pagePlan` throws. Only this
 * temporary copy is changed; dist/ stays as built.
 */
export function brokenExtensionDir(browser, how) {
  const copy = testExtensionDir(browser);
  if (how === "wasm") {
    writeFileSync(join(copy, "pkg/euronews_reader_bg.wasm"), "not wasm");
  } else {
    const glue = join(copy, "pkg/euronews_reader.js");
    writeFileSync(glue, `${readFileSync(glue, "utf8")}\nwasm_bindgen.pagePlan = () => { throw new Error("the core failed (test copy)"); };\n`);
  }
  return copy;
}

export function ensureShotDir() {
  mkdirSync(SHOTS, { recursive: true });
  mkdirSync(DOC_SHOTS, { recursive: true });
  return SHOTS;
}

/** Report missing corpus pages; returns how many were skipped (or exits 1 when required). */
export function reportMissing(missing, label) {
  if (missing.length === 0) {
    return 0;
  }
  const message = `${label}: corpus pages not found in ${corpusDir()}: ${missing.join(", ")}`;
  if (corpusRequired()) {
    console.error(`${message} (CI / EURONEWS_REQUIRE_CORPUS set: failing)`);
    process.exit(1);
  }
  console.log(`SKIP ${message} (set EURONEWS_CORPUS to the corpus folder)`);
  return missing.length;
}
