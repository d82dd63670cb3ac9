// Function bodies the e2e tests run inside pages (the article page, the popup,
// the options page), shared by both drivers: each driver wraps a body as
// `async (...args) => { body }`, so a body reads its arguments from `args`.

/**
 * The page's own clutter widgets (issue 3): ad slots, share bars, the
 * copy-embed widget, related and most-read lists, the newsletter box. Taken
 * from Euronews' classes, never from any marker of ours.
 */
export const WIDGETS = [
  ".c-ad",
  ".js-adzone",
  '[class*="optidigital-"]',
  ".c-social-share",
  ".c-article-partage-commentaire",
  ".widget--type-related",
  ".c-article-you-might-also-like",
  ".c-most-read",
  '[class*="mailmunch"]',
];

/** How many nodes match each selector (args[0]) in the page as served (fetched again, never run). */
export const SERVED_COUNTS = `
  const html = await (await fetch(location.href, { cache: "no-store" })).text();
  const doc = new DOMParser().parseFromString(html, "text/html");
  return Object.fromEntries(args[0].map((sel) => [sel, doc.querySelectorAll(sel).length]));
`;

/** Live page: the widgets (args[0]) a reader can see, judged by what is displayed. */
export const VISIBLE_WIDGETS = `
  const shown = [];
  for (const sel of args[0]) {
    for (const node of document.querySelectorAll(sel)) {
      const rect = node.getBoundingClientRect();
      const visible = node.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) && rect.width > 1 && rect.height > 1;
      if (visible) {
        shown.push(sel + " " + node.tagName.toLowerCase() + "." + String(node.className).slice(0, 60) + " " + Math.round(rect.width) + "x" + Math.round(rect.height));
      }
    }
  }
  return shown;
`;

/**
 * Live page: the reference paragraphs (args[0]) that a reader cannot see. A
 * paragraph is seen when the page's rendered text (innerText skips what is not
 * displayed) contains it and the element holding its first words is displayed
 * with a size.
 */
export const HIDDEN_PARAGRAPHS = `
  // Compared without any whitespace: references built from the page's JSON-LD
  // (fr-2020-nasa-spacex) space quotation marks differently from its markup.
  const squash = (s) => String(s).replace(/[\\s\\u00a0\\u200b-\\u200d\\u2060\\ufeff]+/gu, "");
  const page = squash(document.body.innerText);
  const missing = [];
  for (const para of args[0]) {
    const want = squash(para);
    if (!page.includes(want)) {
      missing.push("not in the rendered text: " + para.slice(0, 80));
      continue;
    }
    // The elements that hold the paragraph's first words: text nodes' parents, else
    // blocks whose text has them (the words may cross an inline element). One of
    // them must be displayed with a size.
    const head = want.slice(0, 25);
    const shown = (el) => {
      const rect = el.getBoundingClientRect();
      return el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) && rect.width >= 1 && rect.height >= 1;
    };
    const holders = [];
    const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = texts.nextNode(); node; node = texts.nextNode()) {
      if (!node.parentElement.closest("script, style, noscript, template") && squash(node.data).includes(head)) {
        holders.push(node.parentElement);
      }
    }
    if (holders.length === 0) {
      for (const node of document.body.querySelectorAll("p, li, h2, h3, blockquote")) {
        if (squash(node.textContent).includes(head)) {
          holders.push(node);
        }
      }
    }
    if (!holders.some(shown)) {
      missing.push("not displayed (" + holders.length + " holders): " + para.slice(0, 80));
    }
  }
  return missing;
`;

/** Live page: the state reader mode must restore exactly. */
export const PAGE_STATE = `
  return {
    html: document.documentElement.outerHTML,
    x: Math.round(scrollX),
    y: Math.round(scrollY),
    host: document.querySelectorAll("euronews-reader").length,
    top: document.elementFromPoint(innerWidth / 2, innerHeight / 2)?.localName ?? null,
  };
`;

/** Where two strings first differ, with some context (for failure messages). */
export function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && a[i] === b[i]) {
    i += 1;
  }
  return `at ${i}: ${JSON.stringify(a.slice(Math.max(0, i - 60), i + 80))} became ${JSON.stringify(b.slice(Math.max(0, i - 60), i + 80))}`;
}

/** Popup: wait until quotes and entities are in (the popup's own annotate ran). */
export const ANNOTATED = `return document.querySelector(".er-reader")?.dataset.annotated === "true";`;

/** Popup: replace the clipboard with a recorder (tests cannot read the real one everywhere). */
export const STUB_CLIPBOARD = `
  window.__copied = [];
  navigator.clipboard.writeText = async (text) => { window.__copied.push(String(text)); };
  return true;
`;

/**
 * Popup: every control a keyboard user must reach: buttons, links, form fields
 * and summaries that are enabled and not hidden themselves (the hidden Quotes
 * and Entities views count: the test visits them). Each gets a data-kb key;
 * a radio group shares one (Tab enters the group, arrows move inside it).
 */
export const CONTROLS = `
  const out = [];
  const groups = new Map();
  for (const el of document.querySelectorAll("button, a[href], input, select, textarea, summary, [tabindex]")) {
    if (el.disabled || el.tabIndex < 0 || el.closest("[hidden]:not(.er-panel), .visually-hidden")) {
      continue;
    }
    const what = el.localName + (el.id ? "#" + el.id : "") + "." + String(el.className).split(" ")[0] + " " +
      (el.getAttribute("aria-label") || el.textContent || el.value || "").trim().slice(0, 40);
    if (el.type === "radio") {
      if (!groups.has(el.name)) {
        groups.set(el.name, String(out.length));
        out.push({ key: String(out.length), what: "radio group " + el.name });
      }
      el.dataset.kb = groups.get(el.name);
      continue;
    }
    el.dataset.kb = String(out.length);
    out.push({ key: el.dataset.kb, what });
  }
  return out;
`;

/**
 * Popup: after the driver pressed a key, which control has focus (its data-kb
 * key) and whether that focus is visible (matches :focus-visible and draws an
 * outline of 2px or more, or a ring).
 */
export const FOCUSED = `
  const el = document.activeElement;
  if (!document.hasFocus() || !el || el === document.body || el === document.documentElement) {
    return { key: null };
  }
  const style = getComputedStyle(el);
  const ring = (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== "none";
  return {
    key: el.dataset.kb ?? null,
    what: el.localName + "." + String(el.className).split(" ")[0] + " " + (el.getAttribute("aria-label") || el.textContent || "").trim().slice(0, 30),
    focusVisible: el.matches(":focus-visible") && ring,
    closedMenu: el.localName === "summary" && !el.parentElement.open,
    view: el.dataset.view ?? null,
  };
`;

/**
 * Source of `audit(root)`, pasted into page-side bodies (the popup, an
 * exported file, a content script reading the in-page reader): the problems
 * under `root` that page data must never cause. Elements that run, load or
 * restyle anything (script, iframe, object, embed, base, meta, link, form,
 * svg, math, template, style, noscript), event-handler attributes, a URL
 * attribute that is not http(s) (each srcset candidate too), a srcdoc, a style
 * attribute that loads or runs something.
 */
export const AUDIT_FN = `
  function audit(root) {
    if (!root) {
      return ["nothing to audit"];
    }
    const bad = [];
    const what = (n) => n.localName + (typeof n.className === "string" && n.className ? "." + n.className.split(" ")[0] : "");
    const forbidden = "script, iframe, frame, frameset, object, embed, applet, base, meta, link, form, svg, math, template, style, noscript, portal";
    for (const n of root.querySelectorAll(forbidden)) {
      bad.push("element " + what(n));
    }
    const urlAttrs = ["href", "src", "srcset", "poster", "action", "formaction", "data", "xlink:href", "background", "ping", "cite", "longdesc", "lowsrc", "dynsrc", "codebase", "manifest", "icon"];
    for (const n of [root, ...root.querySelectorAll("*")]) {
      for (const a of n.attributes ?? []) {
        const name = a.name.toLowerCase();
        const value = a.value.trim();
        if (name.startsWith("on") || name === "srcdoc") {
          bad.push(what(n) + " " + name + "=" + value.slice(0, 60));
        } else if (urlAttrs.includes(name)) {
          const urls = name === "srcset" ? value.split(",").map((c) => c.trim().split(/\\s+/)[0]) : [value];
          for (const u of urls.filter((u) => !/^https?:\\/\\//i.test(u))) {
            bad.push(what(n) + " " + name + "=" + u.slice(0, 80));
          }
        } else if (name === "style" && /url\\(|expression\\(|javascript:|@import|behavior/i.test(value)) {
          bad.push(what(n) + " style=" + value.slice(0, 80));
        }
      }
    }
    return bad;
  }
`;
