// The article renderer, one for the popup and the in-page reader mode. Page text
// is data: every node is built with createElement and textContent, never parsed
// as HTML, and only http(s) URLs become links or images. A classic script (listed
// in the content script and loaded by popup.html); it extends `EuronewsReader`.
(() => {
  "use strict";

  const ns = globalThis.EuronewsReader;
  const { str, httpUrl, t } = ns;

  /** Create an element with optional class and text. */
  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null && text !== "") {
      node.textContent = text;
    }
    return node;
  }
  ns.el = el;

  /**
   * Mark a node as our own wording (the reader's language), not the article's.
   * Inline pieces are also bidi-isolated; blocks keep the article's direction so
   * that a right-to-left layout stays mirrored.
   */
  function ui(node) {
    node.lang = ns.uiLang();
    if (["span", "time", "q", "kbd"].includes(node.localName)) {
      node.dir = "auto";
    }
    return node;
  }
  ns.ui = ui;

  function strings(list) {
    return Array.isArray(list) ? list.map((s) => str(s).trim()).filter(Boolean) : [];
  }

  /** A link that opens outside the reader, or plain text when `href` is not http(s). */
  function link(href, text, className) {
    const url = httpUrl(href);
    if (!url) {
      return el("span", className, text);
    }
    const a = el("a", className, text);
    a.href = url;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    return a;
  }
  ns.link = link;

  function formatDate(value) {
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) {
      return value;
    }
    try {
      return new Intl.DateTimeFormat(ns.uiLang(), { dateStyle: "long", timeStyle: "short" }).format(date);
    } catch (err) {
      return date.toLocaleString();
    }
  }

  /** "Authors · agencies", agencies that are also authors named once. */
  ns.byline = function byline(article) {
    const authors = strings(article.authors);
    const agencies = strings(article.agencies).filter((a) => !authors.includes(a));
    return [authors.join(", "), agencies.join(", ")].filter(Boolean).join(" · ");
  };

  function renderHeader(article, entries) {
    const header = el("header", "er-header");
    header.append(ui(el("p", "er-site", "euronews")));
    const title = el("h1", "er-title", str(article.title).trim() || t("untitled"));
    header.append(title);
    entries.push({ node: title, text: title.textContent, kind: "title" });

    const meta = el("p", "er-meta");
    const credit = ns.byline(article);
    if (credit) {
      meta.append(el("span", "er-byline", credit));
    }
    for (const [field, key] of [
      ["published", "published"],
      ["updated", "updated"],
    ]) {
      const value = str(article[field]).trim();
      if (!value || (field === "updated" && value === str(article.published).trim())) {
        continue;
      }
      const time = ui(el("time", `er-date er-date--${field}`, t(key, [formatDate(value)])));
      time.dateTime = value;
      meta.append(time);
    }
    if (Number.isInteger(article.reading_minutes) && article.reading_minutes > 0) {
      meta.append(ui(el("span", "er-minutes", t("readingTime", [String(article.reading_minutes)]))));
    }
    if (meta.childElementCount > 0) {
      header.append(meta);
    }
    const summary = str(article.summary).trim();
    if (summary) {
      const node = el("p", "er-summary", summary);
      header.append(node);
      entries.push({ node, text: summary, kind: "summary" });
    }
    return header;
  }

  function renderImage(block) {
    const src = httpUrl(block.src);
    if (!src) {
      return null;
    }
    const figure = el("figure", "er-block er-figure");
    const img = el("img");
    img.src = src;
    img.alt = str(block.alt).trim();
    img.loading = "lazy";
    img.decoding = "async";
    img.referrerPolicy = "no-referrer";
    // Offline or blocked: drop the broken picture, keep its caption.
    img.addEventListener("error", () => figure.classList.add("is-broken"), { once: true });
    figure.append(img);
    const caption = str(block.caption).trim();
    const credit = str(block.credit).trim();
    if (caption || credit) {
      const figcaption = el("figcaption", null, caption);
      if (credit) {
        figcaption.append(el("span", "er-credit", credit));
      }
      figure.append(figcaption);
    }
    return figure;
  }

  function renderList(block) {
    const items = strings(block.items);
    if (items.length === 0) {
      return null;
    }
    const list = el("ul", `er-block er-list er-list--${block.type}`);
    for (const item of items) {
      list.append(el("li", null, item));
    }
    return list;
  }

  /**
   * One body block; `text` is kept exactly as the core gave it, since quote and
   * entity offsets count Unicode scalar values into it.
   */
  function renderBlock(block, index, entries) {
    if (!block || typeof block !== "object") {
      return null;
    }
    const text = str(block.text);
    const keep = (node, textNode) => {
      node.dataset.block = String(index);
      if (text.trim()) {
        entries.push({ node: textNode ?? node, text, block: index, kind: block.type });
      }
      return node;
    };
    switch (block.type) {
      case "paragraph":
        return text.trim() ? keep(el("p", "er-block er-p", text)) : null;
      case "heading":
        return text.trim() ? keep(el(block.level >= 3 ? "h3" : "h2", "er-block er-h", text)) : null;
      case "quote": {
        if (!text.trim()) {
          return null;
        }
        const quote = el("blockquote", "er-block er-blockquote");
        const words = el("p", null, text);
        quote.append(words);
        const who = [str(block.speaker).trim(), str(block.role).trim()].filter(Boolean).join(", ");
        if (who) {
          quote.append(el("footer", null, `— ${who}`));
        }
        return keep(quote, words);
      }
      case "embed": {
        const label = text.trim() || t("embedded", [str(block.provider).trim() || t("embedProvider")]);
        const box = el("p", "er-block er-embed");
        box.append(link(block.href, label));
        return keep(box, text.trim() ? box.firstChild : null);
      }
      case "image":
        return renderImage(block);
      case "list":
      case "table":
        return renderList(block);
      default:
        return null;
    }
  }

  /**
   * The article as an element tree: `{root, entries}` where `entries` lists each
   * text node in reading order as `{node, text, block, kind}` (for highlighting
   * and reading aloud).
   */
  ns.renderArticle = function renderArticle(article, source) {
    const root = el("article", "er-article");
    root.id = "reader";
    root.lang = str(article.lang) || "";
    root.dir = article.dir === "rtl" ? "rtl" : "ltr";
    root.dataset.source = source ?? "";
    const entries = [];
    root.append(renderHeader(article, entries));
    const body = el("div", "er-body");
    const blocks = Array.isArray(article.blocks) ? article.blocks : [];
    blocks.forEach((block, index) => {
      const node = renderBlock(block, index, entries);
      if (node) {
        body.append(node);
      }
    });
    root.append(body);

    const footer = ui(el("footer", "er-source"));
    const topics = strings(article.topics);
    if (topics.length > 0) {
      const list = el("p", "er-topics");
      list.append(el("span", "er-topics__label", `${t("topics")} `));
      const words = el("span", null, topics.join(" · "));
      words.lang = root.lang;
      list.append(words);
      footer.append(list);
    }
    const url = httpUrl(article.url);
    if (url) {
      const p = el("p");
      p.append(link(url, t("readOriginal")));
      footer.append(p);
    }
    if (footer.childElementCount > 0) {
      root.append(footer);
    }
    return { root, entries };
  };

  /** UTF-16 index of the `scalar`-th Unicode scalar value of `text` (clamped to its length). */
  ns.utf16Index = function utf16Index(text, scalar) {
    let index = 0;
    for (let n = 0; n < scalar && index < text.length; n += 1) {
      index += text.codePointAt(index) > 0xffff ? 2 : 1;
    }
    return index;
  };
})();
