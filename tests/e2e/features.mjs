// The reader-view tests of issue 5 (and the reader-mode shortcut of issue 3),
// written once for both browsers against the driver interface of suite.mjs.
// Screenshots for the README go to docs/screenshots/ from Chromium's normal run.
import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ANNOTATED, CONTROLS, FOCUSED, PAGE_STATE, STUB_CLIPBOARD, firstDifference } from "./checks.mjs";
import { AD_SELECTOR, ROOT, assert, assertEq, norm, waitFor } from "./lib.mjs";
import { readerRoundTrip } from "./suite.mjs";

const AXE = readFileSync(join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");
const THEMES = ["light", "dark", "sepia", "system"];

/** Markdown text with the core's backslash escapes removed. */
const unescapeMd = (text) => text.replace(/\\([\\`*_[\]<>#+-])/g, "$1");

/** Save settings from inside an extension page (the popup or options page). */
const SAVE_SETTINGS = "return EuronewsReader.settings.save(args[0]).then((s) => s);";

export function featureTests(h, d, pages, { all = true } = {}) {
  const article = pages.find((p) => p.id === "en-2026-venezuela-oil");
  const rtl = pages.find((p) => p.id === "ar-2020-nasa-spacex");
  const ref = article?.reference;

  /** Screenshot of the popup into dist/screenshots, and docs/screenshots for the README. */
  async function shot(name, target = d.popup) {
    const file = join(d.shots, `${d.name}-${name}.png`);
    await target.screenshot(file);
    if (d.docShots && d.name === "chromium") {
      copyFileSync(file, join(d.docShots, `${name}.png`));
    }
  }

  /** The article's address as the browser opened it (the core reports the page's own URL). */
  const pageUrl = () => d.urlOf(article);

  async function openArticle() {
    await d.page.goto(d.urlOf(article));
    if (!d.strictWasmBlocked) {
      await waitFor(async () => (await d.page.eval("return document.querySelectorAll(args[0]).length;", AD_SELECTOR)) === 0, "page cleaned");
    }
  }

  async function openAnnotated(query = "", opts = {}) {
    const view = await d.popup.open(query, opts);
    assertEq(view.state, "article", `popup state (${view.text.slice(0, 120)})`);
    await waitFor(() => d.popup.eval(ANNOTATED), "quotes and entities in the popup");
    return view;
  }

  if (!article) {
    return;
  }

  h.test("shortcut toggles reader mode; Escape leaves it", async () => {
    await openArticle();
    const key = await d.shortcutBinding();
    assertEq(key.replace(/\s/g, ""), "Alt+Shift+M", "toggle-reader-mode shortcut");
    let note = "";
    if (d.strictWasmBlocked) {
      // No wasm in the page and no popup opened yet: the background runs the core on the
      // page's HTML, cleans the page and opens reader mode (the round trip below starts after).
      await d.shortcut();
      await waitFor(async () => (await d.readerView()).some((n) => n.startsWith("dialog:")), "reader mode from the background's core");
      await d.shortcut();
      await waitFor(async () => (await d.page.eval(PAGE_STATE)).host === 0, "reader mode off");
      assertEq(await d.page.eval("return document.querySelectorAll(args[0]).length;", AD_SELECTOR), 0, "ad slots left after the background's plan");
      note = "; under the strict page CSP the background ran the core";
    }
    await readerRoundTrip(d, article, () => d.shortcut(), "shortcut");
    // A screenshot of reader mode (taking one may touch the page: the next check starts after it).
    await d.shortcut();
    // Quotes and entities come in after the article is shown (annotated where the core runs).
    const counts = await waitFor(async () => {
      const names = (await d.readerView()).filter((n) => /^[a-z ]*button:(Quotes|People & places) \d+$/i.test(n));
      return names.length === 2 ? names : null;
    }, "the in-page reader's quote and entity counts");
    await shot("page-reader", d.page);
    await d.shortcut();
    await waitFor(async () => (await d.page.eval(PAGE_STATE)).host === 0, "reader mode off");
    const before = await d.page.eval(PAGE_STATE);
    await d.shortcut();
    await waitFor(async () => (await d.page.eval(PAGE_STATE)).host === 1, "reader mode on again");
    await d.page.press("Escape");
    const after = await waitFor(async () => {
      const s = await d.page.eval(PAGE_STATE);
      return s.host === 0 ? s : null;
    }, "Escape leaves reader mode");
    assert(after.html === before.html, `DOM after Escape differs: ${firstDifference(before.html, after.html)}`);
    assertEq(after.y, before.y, "scroll position after Escape");
    return `${key}; ${counts.map((n) => n.slice(n.indexOf(":") + 1)).join(", ")} in the page's reader; DOM and scroll restored after the shortcut and after Escape${note}`;
  });

  if (!all) {
    // The rest exercises the popup's features, the same under any page CSP.
    return;
  }

  h.test("theme change survives closing and reopening the popup", async () => {
    await openArticle();
    await d.popup.open();
    await d.popup.eval(SAVE_SETTINGS, { theme: "light", font: "serif", size: 18, width: "medium", lineHeight: 1.6, images: true });
    await waitFor(() => d.popup.eval('return document.documentElement.dataset.theme === "light";'), "light theme applied live");
    await shot("popup-light");
    await d.popup.click("#display-menu summary");
    await d.popup.click('#display-form input[type="radio"][value="dark"]');
    await waitFor(() => d.popup.eval('return document.documentElement.dataset.theme === "dark";'), "dark theme applied at once");
    await waitFor(() => d.popup.eval('return EuronewsReader.settings.load().then((s) => s.theme === "dark");'), "dark theme saved");
    await d.popup.close();
    await d.popup.open();
    // The Display menu's form mounts with the toolbar, just after the first paint.
    await waitFor(() => d.popup.eval('return Boolean(document.querySelector("#display-form input[type=radio]:checked"));'), "the Display form mounted");
    const seen = await d.popup.eval(`return {
      theme: document.documentElement.dataset.theme,
      background: getComputedStyle(document.body).backgroundColor,
      checked: document.querySelector('#display-form input[type="radio"]:checked')?.value,
    };`);
    assertEq(seen.theme, "dark", "theme after reopening");
    assertEq(seen.background, "rgb(22, 24, 28)", "dark background after reopening");
    assertEq(seen.checked, "dark", "the Display menu shows the saved theme");
    await waitFor(() => d.popup.eval(ANNOTATED), "annotated");
    await shot("popup-dark");
    // The other settings apply live too: images hidden, then shown again.
    await d.popup.click("#display-menu summary");
    await d.popup.click('#display-form input[type="checkbox"]');
    const figure = () => d.popup.eval('const f = document.querySelector(".er-figure"); return f ? getComputedStyle(f).display : "none";');
    await waitFor(async () => (await figure()) === "none", "images hidden");
    await d.popup.click('#display-form input[type="checkbox"]');
    await waitFor(async () => (await figure()) !== "none", "images shown");
    await d.popup.eval(SAVE_SETTINGS, { theme: "light", images: true });
    await d.popup.close();
    return "dark kept in storage.sync and applied on reopening; images hide and show live";
  });

  h.test("quotes view: a click scrolls to the quote in the text and highlights it", async () => {
    await openAnnotated();
    await d.popup.click('.er-view-btn[data-view="quotes"]');
    const list = await d.popup.eval(`return [...document.querySelectorAll(".er-quote")].map((li) => ({
      speaker: li.querySelector(".er-quote__speaker").textContent,
      words: li.querySelector(".er-quote__words").textContent,
    }));`);
    assert(list.length > 0, "the article has quotes");
    assert(await d.popup.eval('return !document.getElementById("er-view-quotes").hidden && document.getElementById("reader").hidden;'), "quotes view shown alone");
    await shot("popup-quotes");
    const last = list.length - 1;
    await d.popup.click(`.er-quote:nth-child(${last + 1}) .er-quote__jump`);
    const mark = await waitFor(
      () =>
        d.popup.eval(`const marks = document.querySelectorAll("mark.er-mark--quote");
          if (marks.length !== 1 || document.getElementById("reader").hidden) return null;
          const r = marks[0].getBoundingClientRect();
          return { text: marks[0].textContent, top: r.top, bottom: r.bottom, height: innerHeight, y: scrollY, focused: document.activeElement === marks[0] };`),
      "one highlighted quote in the article view",
    );
    assertEq(norm(mark.text), norm(list[last].words), "highlighted text");
    assert(mark.y > 300, `the popup scrolled to the quote (scrollY ${mark.y})`);
    assert(mark.top >= 0 && mark.top < mark.height, `the quote is in view (top ${mark.top}, viewport ${mark.height})`);
    assert(mark.focused, "focus moved to the quote");
    return `${list.length} quotes; "${list[last].words.slice(0, 40)}…" (${list[last].speaker}) highlighted at scrollY ${mark.y}`;
  });

  h.test("entities view: grouped by type with counts, a click highlights every mention", async () => {
    await openAnnotated();
    await d.popup.click('.er-view-btn[data-view="entities"]');
    const groups = await d.popup.eval(`return [...document.querySelectorAll(".er-entity-group")].map((g) => ({
      title: g.querySelector(".er-entity-group__title").textContent,
      items: g.querySelectorAll(".er-entity").length,
    }));`);
    assert(groups.length >= 2, `entities grouped by type: ${JSON.stringify(groups)}`);
    for (const g of groups) {
      assert(g.title.includes(`(${g.items})`), `group title counts its entities: ${g.title} / ${g.items}`);
    }
    await shot("popup-entities");
    const first = await d.popup.eval(`const b = document.querySelector(".er-entity-group--person .er-entity") || document.querySelector(".er-entity");
      return { name: b.querySelector(".er-entity__name").textContent, count: Number(b.querySelector(".er-entity__count").textContent) };`);
    await d.popup.click(".er-entity-group--person .er-entity, .er-entity-group .er-entity");
    const marks = await waitFor(
      () => d.popup.eval('const m = document.querySelectorAll("mark.er-mark--entity"); return m.length ? [...m].map((x) => x.textContent) : null;'),
      "highlighted mentions",
    );
    assertEq(marks.length, first.count, `highlighted mentions of ${first.name}`);
    assert(marks.every((m) => m.trim().length > 0), "every highlight has text");
    return `${groups.map((g) => g.title).join(", ")}; ${first.name}: ${marks.length} mentions highlighted`;
  });

  h.test("copy a quote with its attribution and the article link", async () => {
    await openAnnotated();
    await d.popup.eval(STUB_CLIPBOARD);
    await d.popup.click('.er-view-btn[data-view="quotes"]');
    const quote = await d.popup.eval(`const li = document.querySelector(".er-quote");
      return { speaker: li.querySelector(".er-quote__speaker").textContent, words: li.querySelector(".er-quote__words").textContent };`);
    await d.popup.click(".er-quote .er-quote__copy");
    const copied = await waitFor(() => d.popup.eval("return window.__copied?.[0] ?? null;"), "copied text");
    assert(copied.includes(quote.words), `copied text has the words: ${copied}`);
    assert(copied.includes(quote.speaker), `copied text has the speaker: ${copied}`);
    assert(copied.includes(pageUrl()), `copied text has the article link: ${copied}`);
    return JSON.stringify(copied.slice(0, 90));
  });

  h.test("Markdown export matches the article", async () => {
    await openAnnotated();
    await d.popup.click("#export-menu summary");
    const file = await d.popup.download("#download-md");
    assert(file.name.endsWith(".md"), `file name ${file.name}`);
    const text = unescapeMd(file.text);
    assertEq(text.split("\n")[0], `# ${ref.title}`, "first line");
    for (const para of ref.paragraphs.slice(0, 3)) {
      assert(norm(text).includes(norm(para)), `paragraph missing from the Markdown: ${para.slice(0, 80)}`);
    }
    assert(text.trimEnd().endsWith(`<${pageUrl()}>`), `the article link closes the file: ${text.trimEnd().slice(-120)}`);
    await d.popup.eval(STUB_CLIPBOARD);
    await d.popup.click("#export-menu summary");
    await d.popup.click("#copy-md");
    const copied = await waitFor(() => d.popup.eval("return window.__copied?.[0] ?? null;"), "copied Markdown");
    assertEq(copied, file.text, "copied Markdown equals the downloaded file");
    return `${file.name}, ${file.text.length} chars; the copy is the same text`;
  });

  h.test("HTML export is one clean standalone file", async () => {
    await openAnnotated();
    await d.popup.click("#export-menu summary");
    const file = await d.popup.download("#download-html");
    assert(file.name.endsWith(".html"), `file name ${file.name}`);
    assert(file.text.startsWith("<!DOCTYPE html>"), "doctype");
    assert(!/<script/i.test(file.text), "no script element");
    assert(!/\son[a-z]+\s*=/i.test(file.text), "no event handler attribute");
    const doc = await d.popup.eval(`const doc = new DOMParser().parseFromString(args[0], "text/html");
      return {
        title: doc.querySelector("h1")?.textContent,
        text: doc.body.textContent,
        csp: doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.content ?? "",
        styles: doc.querySelectorAll("style").length,
        links: [...doc.querySelectorAll("[src], [href]")].map((e) => e.getAttribute("src") ?? e.getAttribute("href")),
      };`, file.text);
    assertEq(doc.title, ref.title, "title");
    for (const para of ref.paragraphs.slice(0, 3)) {
      assert(norm(doc.text).includes(norm(para)), `paragraph missing from the HTML file: ${para.slice(0, 80)}`);
    }
    assert(doc.csp.includes("default-src 'none'"), `CSP: ${doc.csp}`);
    assertEq(doc.styles, 1, "one inline stylesheet");
    assert(doc.links.every((u) => /^https?:/.test(u)), `only http(s) links and images: ${doc.links.join(" ")}`);
    return `${file.name}, ${file.text.length} chars, ${doc.links.length} links/images`;
  });

  if (d.emulatePrint) {
    h.test("print stylesheet shows the article alone", async () => {
      await openAnnotated();
      await d.emulatePrint(true);
      const seen = await d.popup.eval(`const shown = (s) => { const e = document.querySelector(s); return !!e && getComputedStyle(e).display !== "none"; };
        return { bar: shown(".bar"), views: shown(".er-views"), article: shown("#reader"), footer: shown(".footer"), color: getComputedStyle(document.querySelector(".er-p")).color };`);
      await d.emulatePrint(false);
      assertEq(JSON.stringify(seen), JSON.stringify({ bar: false, views: false, article: true, footer: false, color: "rgb(0, 0, 0)" }), "print layout");
      return "toolbar, views and footer hidden; black text";
    });
  }

  h.test("read aloud: play, pause, speed, the paragraph being read highlighted", async () => {
    if (!d.fakeSpeech) {
      // A real browser without voices (headless): the popup must say so, not fail silently.
      await openAnnotated();
      await d.popup.click("#speak");
      const seen = await waitFor(
        () => d.popup.eval('const s = document.body.dataset.speech; const a = document.getElementById("announce").textContent; return s === "playing" || a ? { s, a } : null;'),
        "read aloud starts or explains why not",
      );
      if (seen.s === "playing") {
        await d.popup.click("#speak-stop");
      }
      return seen.s === "playing" ? "speaking with a real voice" : `no voice here: "${seen.a}"`;
    }
    await openAnnotated("", { fakeSpeech: true });
    await d.popup.click("#speak");
    const reading = () =>
      d.popup.eval(`const on = document.querySelectorAll(".er-speaking");
        return { state: document.body.dataset.speech, count: on.length, text: on[0]?.textContent ?? "", spoken: window.__spoken.map((u) => [u.text.slice(0, 30), u.lang, u.rate]) };`);
    let r = await waitFor(async () => {
      const x = await reading();
      return x.state === "playing" && x.count === 1 ? x : null;
    }, "reading starts");
    assertEq(norm(r.text), norm(ref.title), "the title is read first");
    assertEq(r.spoken[0][1], "en", "utterance language");
    await d.popup.eval("window.__spoken.at(-1).dispatchEvent(new Event('end')); return true;");
    r = await waitFor(async () => {
      const x = await reading();
      return x.spoken.length === 2 ? x : null;
    }, "next paragraph");
    assertEq(norm(r.text), norm(ref.summary), "then the summary, highlighted");
    await d.popup.eval('const s = document.getElementById("speak-rate"); s.value = "1.5"; s.dispatchEvent(new Event("change")); return true;');
    r = await reading();
    assertEq(r.spoken.at(-1)[2], 1.5, "speed applies to the paragraph being read");
    await d.popup.click("#speak");
    r = await reading();
    assertEq(r.state, "paused", "pause");
    await d.popup.click("#speak-stop");
    r = await reading();
    assertEq(`${r.state} ${r.count}`, "idle 0", "stop clears the highlight");
    return `${r.spoken.length} utterances (fake speechSynthesis)`;
  });

  if (rtl) {
    h.test("right-to-left article renders right to left, layout mirrored", async () => {
      await d.page.goto(d.urlOf(rtl));
      await d.popup.open();
      const seen = await d.popup.eval(`const reader = document.getElementById("reader");
        const p = reader.querySelector(".er-p");
        const meta = reader.querySelector(".er-meta");
        const first = meta.firstElementChild.getBoundingClientRect();
        const box = meta.getBoundingClientRect();
        const quote = reader.querySelector(".er-blockquote");
        return {
          dir: reader.dir, lang: reader.lang,
          direction: getComputedStyle(p).direction,
          metaStartsRight: Math.abs(first.right - box.right) < 2,
          quoteRule: quote ? getComputedStyle(quote).borderRightWidth : "none",
        };`);
      await shot("popup-rtl");
      assertEq(`${seen.dir} ${seen.direction}`, "rtl rtl", "direction");
      assertEq(seen.lang, rtl.reference.lang, "lang");
      assert(seen.metaStartsRight, "byline row starts at the right edge");
      return JSON.stringify(seen);
    });
  }

  h.test("keyboard-only navigation reaches every control, with visible focus", async () => {
    await openArticle();
    await openAnnotated();
    const controls = await d.popup.eval(CONTROLS);
    const visited = new Map();
    const noRing = new Set();
    let presses = 0;
    async function step(key) {
      await d.popup.press(key);
      presses += 1;
      const f = await d.popup.eval(FOCUSED);
      if (f.key !== null) {
        visited.set(f.key, f.what);
        if (!f.focusVisible) {
          noRing.add(f.what);
        }
      }
      return f;
    }
    /** Tab round the popup once, opening each closed menu with Enter on the way. */
    async function round() {
      let start = null;
      let empty = 0;
      for (let i = 0; i < 250; i += 1) {
        const f = await step("Tab");
        if (f.key === null) {
          empty += 1;
          if (empty > 2) {
            return;
          }
          continue;
        }
        if (start === null) {
          start = f.key;
        } else if (f.key === start) {
          return;
        }
        if (f.closedMenu) {
          await step("Enter");
        }
      }
    }
    // Each round starts from the top of the document (Tab past the end may leave it for the browser's own UI).
    const toTop = () => d.popup.eval("document.activeElement?.blur(); window.focus(); window.scrollTo(0, 0); return true;");
    await toTop();
    await round();
    for (const view of ["quotes", "entities"]) {
      await toTop();
      let f = { view: null };
      for (let i = 0; i < 250 && f.view !== view; i += 1) {
        f = await step("Tab");
      }
      assertEq(f.view, view, `Tab reaches the ${view} view button`);
      await step("Enter");
      assert(await d.popup.eval(`return !document.getElementById("er-view-${view}").hidden;`), `Enter opens the ${view} view`);
      await round();
    }
    const missed = controls.filter((c) => !visited.has(c.key)).map((c) => c.what);
    assertEq(missed.join(" | "), "", `controls never reached by Tab (of ${controls.length})`);
    assertEq([...noRing].join(" | "), "", "controls focused without a visible focus ring");
    return `${controls.length} controls reached in ${presses} key presses, each with a visible focus ring`;
  });

  h.test("axe-core: no serious or critical violation in each theme", async () => {
    const found = [];
    let runs = 0;
    for (const theme of THEMES) {
      await d.popup.open();
      await d.popup.eval(SAVE_SETTINGS, { theme });
      await d.popup.close();
      await openAnnotated();
      await d.popup.click("#display-menu summary");
      for (const view of ["article", "quotes", "entities"]) {
        // (The open Display menu covers the view buttons: a scripted click.)
        await d.popup.eval(`document.querySelector('.er-view-btn[data-view="${view}"]').click(); return true;`);
        const violations = await d.popup.eval(
          `${AXE}
           const result = await axe.run(document, { resultTypes: ["violations"] });
           return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical")
             .map((v) => v.id + " (" + v.impact + "): " + v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", "));`,
        );
        runs += 1;
        found.push(...violations.map((v) => `${theme}/${view}: ${v}`));
      }
      await d.popup.close();
    }
    await d.popup.open();
    await d.popup.eval(SAVE_SETTINGS, { theme: "light" });
    await d.popup.openPage("options.html");
    const options = await d.popup.eval(
      `${AXE}
       const result = await axe.run(document, { resultTypes: ["violations"] });
       return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id + ": " + v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", "));`,
    );
    runs += 1;
    found.push(...options.map((v) => `options page: ${v}`));
    await d.popup.close();
    assertEq(found.join("\n"), "", "axe-core serious/critical violations");
    return `${runs} axe runs (${THEMES.join(", ")} × article, quotes, entities; options page): none serious or critical`;
  });

  h.test("options page: settings form, live preview, shortcuts", async () => {
    await d.popup.openPage("options.html");
    const seen = await waitFor(
      () =>
        d.popup.eval(`const list = document.getElementById("shortcuts").textContent;
          return list ? { radios: document.querySelectorAll('#display-form input[type="radio"]').length, preview: document.querySelector("#preview .er-title")?.textContent ?? "", list } : null;`),
      "options page filled",
    );
    assertEq(seen.radios, 4, "theme choices");
    assert(seen.preview.length > 0, "preview rendered");
    assert(seen.list.includes("Alt+Shift+M"), `shortcuts listed: ${seen.list}`);
    await d.popup.eval('const s = document.querySelector("#display-form select"); s.value = "sans"; s.dispatchEvent(new Event("change")); return true;');
    await waitFor(() => d.popup.eval('return EuronewsReader.settings.load().then((s) => s.font === "sans");'), "font saved");
    assertEq(await d.popup.eval("return document.documentElement.dataset.font;"), "sans", "preview follows the setting");
    await d.popup.eval(SAVE_SETTINGS, { font: "serif" });
    await d.popup.close();
    return `${seen.list.trim().replace(/\s+/g, " ")}`;
  });
}
