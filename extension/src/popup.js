// Popup: asks the current tab's content script for its Article and renders the
// reader view. Page text is data: every node is built with createElement and
// textContent, never parsed as HTML. When the content script could not run the
// wasm (Chromium applies the page's CSP to it), the popup runs the same core
// here and sends the clutter plan back to the page. An ES module (no globals);
// `wasm_bindgen` comes from pkg/euronews_reader.js, a classic deferred script
// that runs before it.
/* global wasm_bindgen */

performance.mark("popup-start");
const api = globalThis.browser ?? globalThis.chrome;
const app = document.getElementById("app");

const NOT_ARTICLE = "This page is not an article (home, section or archive page)";

/** Create an element with optional class and text. */
function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text !== undefined && text !== null) {
    node.textContent = text;
  }
  return node;
}

/** Mark a node as the popup's own wording (reader's locale), not the article's. */
function ui(node) {
  node.lang = navigator.language || "en";
  node.dir = "auto";
  return node;
}

/** The string, trimmed, or "" for anything that is not a non-empty string. */
function str(value) {
  return typeof value === "string" ? value.trim() : "";
}

/** `value` when it is an absolute http(s) URL, else "". */
function httpUrl(value) {
  const text = str(value);
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : "";
  } catch (err) {
    return "";
  }
}

/** Replace the popup's content and record the paint mark the tests read. */
function show(state, ...nodes) {
  app.replaceChildren(...nodes);
  app.setAttribute("aria-busy", "false");
  document.body.dataset.state = state;
  performance.mark("popup-painted");
  performance.measure("popup-render", "popup-start", "popup-painted");
}

function showMessage(state, heading, reason) {
  const box = el("section", `message message--${state}`);
  box.append(el("h1", "message__title", heading));
  if (reason) {
    box.append(el("p", "message__reason", reason));
  }
  show(state, box);
}

function formatDate(value) {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    return value;
  }
  try {
    return new Intl.DateTimeFormat(undefined, { dateStyle: "long", timeStyle: "short" }).format(date);
  } catch (err) {
    return date.toLocaleString();
  }
}

function strings(list) {
  return Array.isArray(list) ? list.map(str).filter(Boolean) : [];
}

function renderHeader(article) {
  const header = el("header", "reader__header");
  header.append(el("p", "reader__site", "euronews"));
  header.append(el("h1", "reader__title", str(article.title) || "Untitled article"));

  const meta = el("p", "reader__meta");
  const byline = strings(article.authors);
  const agencies = strings(article.agencies).filter((a) => !byline.includes(a));
  const credit = [byline.join(", "), agencies.join(", ")].filter(Boolean).join(" · ");
  if (credit) {
    meta.append(el("span", "reader__byline", credit));
  }
  const published = str(article.published);
  if (published) {
    const time = ui(el("time", "reader__date", formatDate(published)));
    time.dateTime = published;
    meta.append(time);
  }
  if (Number.isInteger(article.reading_minutes) && article.reading_minutes > 0) {
    meta.append(ui(el("span", "reader__minutes", `${article.reading_minutes} min read`)));
  }
  if (meta.childElementCount > 0) {
    header.append(meta);
  }
  const summary = str(article.summary);
  if (summary) {
    header.append(el("p", "reader__summary", summary));
  }
  return header;
}

function renderImage(block) {
  const src = httpUrl(block.src);
  if (!src) {
    return null;
  }
  const figure = el("figure", "block block--image");
  const img = el("img");
  img.src = src;
  img.alt = str(block.alt);
  img.loading = "lazy";
  img.decoding = "async";
  img.referrerPolicy = "no-referrer";
  // Offline or blocked: drop the broken picture, keep its caption.
  img.addEventListener("error", () => figure.classList.add("is-broken"), { once: true });
  figure.append(img);
  const caption = str(block.caption);
  const credit = str(block.credit);
  if (caption || credit) {
    const figcaption = el("figcaption", null, caption);
    if (credit) {
      figcaption.append(el("span", "block__credit", credit));
    }
    figure.append(figcaption);
  }
  return figure;
}

function renderQuote(block) {
  const text = str(block.text);
  if (!text) {
    return null;
  }
  const quote = el("blockquote", "block block--quote");
  quote.append(el("p", null, text));
  const who = [str(block.speaker), str(block.role)].filter(Boolean).join(", ");
  if (who) {
    quote.append(el("footer", null, `— ${who}`));
  }
  return quote;
}

function renderList(block, className) {
  const items = strings(block.items);
  if (items.length === 0) {
    return null;
  }
  const list = el("ul", `block ${className}`);
  for (const item of items) {
    list.append(el("li", null, item));
  }
  return list;
}

function renderEmbed(block) {
  const href = httpUrl(block.href);
  const label = str(block.text) || `Embedded content${str(block.provider) ? ` (${str(block.provider)})` : ""}`;
  const box = el("p", "block block--embed");
  if (href) {
    const link = el("a", null, label);
    link.href = href;
    link.target = "_blank";
    link.rel = "noopener noreferrer";
    box.append(link);
  } else {
    box.textContent = label;
  }
  return box;
}

function renderBlock(block) {
  if (!block || typeof block !== "object") {
    return null;
  }
  const text = str(block.text);
  switch (block.type) {
    case "paragraph":
      return text ? el("p", "block block--paragraph", text) : null;
    case "heading":
      return text ? el(block.level >= 3 ? "h3" : "h2", "block block--heading", text) : null;
    case "image":
      return renderImage(block);
    case "quote":
      return renderQuote(block);
    case "list":
      return renderList(block, "block--list");
    case "table":
      return renderList(block, "block--table");
    case "embed":
      return renderEmbed(block);
    default:
      return null;
  }
}

/** A collapsed section of the popup's own making (label in the reader's locale). */
function panel(className, label, count) {
  const details = el("details", `panel ${className}`);
  const summary = ui(el("summary", null, `${label} (${count})`));
  details.append(summary);
  return details;
}

/** Who said what: the article's quotes with speaker and role. */
function renderQuotes(quotes) {
  const list = (Array.isArray(quotes) ? quotes : []).filter((q) => q && str(q.text));
  if (list.length === 0) {
    return null;
  }
  const box = panel("panel--quotes", "Quotes", list.length);
  const ul = el("ul", "quotes");
  for (const quote of list) {
    const li = el("li", "quotes__item");
    li.append(el("q", null, str(quote.text)));
    const who = [str(quote.speaker), str(quote.role)].filter(Boolean).join(", ");
    if (who) {
      li.append(el("span", "quotes__who", ` — ${who}`));
    }
    ul.append(li);
  }
  box.append(ul);
  return box;
}

const ENTITY_GROUPS = [
  ["person", "People"],
  ["organization", "Organisations"],
  ["place", "Places"],
];

/** The people, organisations and places named, most mentioned first. */
function renderEntities(entities) {
  const list = (Array.isArray(entities) ? entities : []).filter((e) => e && str(e.name));
  if (list.length === 0) {
    return null;
  }
  const box = panel("panel--entities", "People, organisations, places", list.length);
  for (const [type, label] of ENTITY_GROUPS) {
    const group = list.filter((e) => e.type === type).sort((a, b) => (b.mentions ?? 0) - (a.mentions ?? 0));
    if (group.length === 0) {
      continue;
    }
    box.append(ui(el("h2", "entities__type", label)));
    const ul = el("ul", "entities");
    for (const entity of group) {
      const li = el("li", `entities__item entities__item--${type}`, str(entity.name));
      const aliases = strings(entity.aliases);
      if (aliases.length > 0) {
        li.title = aliases.join(", ");
      }
      if (Number.isInteger(entity.mentions) && entity.mentions > 1) {
        li.append(el("span", "entities__count", ` ${entity.mentions}`));
      }
      ul.append(li);
    }
    box.append(ul);
  }
  return box;
}

function renderArticle(article, source) {
  const root = el("article", "reader");
  root.id = "reader";
  root.lang = str(article.lang) || "";
  root.dir = article.dir === "rtl" ? "rtl" : "ltr";
  root.dataset.source = source;
  root.append(renderHeader(article));
  for (const extra of [renderQuotes(article.quotes), renderEntities(article.entities)]) {
    if (extra) {
      root.append(extra);
    }
  }
  const body = el("div", "reader__body");
  for (const block of Array.isArray(article.blocks) ? article.blocks : []) {
    const node = renderBlock(block);
    if (node) {
      body.append(node);
    }
  }
  root.append(body);
  show("article", root);
}

const SITES = { origins: ["*://*.euronews.com/*"] };

/** Whether the user left us access to euronews.com (Firefox and Chrome let them revoke it). */
async function hasSiteAccess() {
  try {
    return await api.permissions.contains(SITES);
  } catch (err) {
    return true;
  }
}

/** Without site access no content script runs: offer to grant it (needs this click). */
function showAccessRequest() {
  showMessage(
    "no-access",
    "Allow the reader on euronews.com",
    "Euronews Reader needs access to euronews.com pages to read them. Allow it, then reload the tab.",
  );
  const button = el("button", "message__action", "Allow on euronews.com");
  button.type = "button";
  button.addEventListener("click", () => {
    // Called straight from the click: permissions.request needs the user gesture.
    api.permissions.request(SITES).then(
      (granted) => {
        button.replaceWith(el("p", "message__reason", granted ? "Allowed. Reload the tab to read it here." : "Not allowed."));
      },
      () => {},
    );
  });
  app.querySelector(".message").append(button);
}

/** The tab to read: `?tabId=N` (tests) or the active tab of this window. */
async function targetTab() {
  const param = new URLSearchParams(location.search).get("tabId");
  if (param !== null && /^\d+$/.test(param)) {
    return api.tabs.get(Number(param));
  }
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  return tab;
}

function isEuronews(url) {
  try {
    const { protocol, hostname } = new URL(url);
    return (protocol === "http:" || protocol === "https:") && (hostname === "euronews.com" || hostname.endsWith(".euronews.com"));
  } catch (err) {
    return false;
  }
}

/**
 * The content script's answer, or undefined when none is there. A Euronews tab
 * that is still loading may not have its content script yet: ask again briefly.
 */
async function askPage(tab) {
  const patient = tab.status === "loading" || (typeof tab.url === "string" && isEuronews(tab.url));
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await api.tabs.sendMessage(tab.id, { type: "get-article" });
    } catch (err) {
      if (!patient || attempt >= 10) {
        return undefined;
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Run the core here, on the HTML the content script sent, and let the page apply the plan. */
async function planInPopup(tabId, reply) {
  await wasm_bindgen({ module_or_path: api.runtime.getURL("pkg/euronews_reader_bg.wasm") });
  const plan = wasm_bindgen.pagePlan(String(reply.html ?? ""), String(reply.url ?? ""));
  try {
    await api.tabs.sendMessage(tabId, { type: "apply-plan", remove: plan.remove, css: plan.css });
  } catch (err) {
    // The reader view still works when the page could not be cleaned.
  }
  return plan.article;
}

async function main() {
  const manifest = api.runtime.getManifest();
  document.getElementById("footer").textContent = `${manifest.name} ${manifest.version}`;

  const tab = await targetTab();
  if (!tab || typeof tab.id !== "number") {
    showMessage("not-euronews", "Not a Euronews article", "There is no open tab to read.");
    return;
  }
  if (typeof tab.url === "string" && !isEuronews(tab.url)) {
    let where = "this page";
    try {
      where = new URL(tab.url).hostname || where;
    } catch (err) {
      // Keep the generic wording.
    }
    showMessage("not-euronews", "Not a Euronews article", `The reader works on euronews.com pages; this tab shows ${where}.`);
    return;
  }

  const reply = await askPage(tab);
  if ((!reply || typeof reply !== "object") && !(await hasSiteAccess())) {
    showAccessRequest();
    return;
  }
  if (!reply || typeof reply !== "object") {
    showMessage(
      "not-euronews",
      "Not a Euronews article",
      "The reader could not reach this page. It works on euronews.com pages; if this is one, reload the tab and try again.",
    );
    return;
  }

  let article;
  let source = "page";
  if (reply.ok) {
    article = reply.article;
  } else if (typeof reply.html === "string") {
    article = await planInPopup(tab.id, reply);
    source = "popup";
  } else {
    throw new Error(str(reply.error) || "The page sent no article.");
  }

  if (!article || typeof article !== "object") {
    throw new Error("The extractor returned nothing.");
  }
  if (article.kind === "not_article") {
    showMessage("not-article", "Not an article", `${NOT_ARTICLE}.`);
    return;
  }
  renderArticle(article, source);
}

main().catch((err) => {
  showMessage("error", "The article could not be read", str(err?.message) || String(err));
});
