// The reader's three views, shared by the popup and the in-page reader mode: the
// article, its quotes (speaker, role, words; a click scrolls to the quote in the
// text and highlights it) and its entities (grouped by type with counts; a click
// highlights every mention). Quote and entity offsets count Unicode scalar
// values, converted here to the UTF-16 indices of JS strings. A classic script
// after render.js; it extends `EuronewsReader`.
(() => {
  "use strict";

  const ns = globalThis.EuronewsReader;
  const { el, ui, str, t } = ns;

  const VIEWS = ["article", "quotes", "entities"];
  const ENTITY_TYPES = [
    ["person", "people"],
    ["organization", "organizations"],
    ["place", "places"],
  ];
  // Opening and closing quotation marks by article language.
  const MARKS = { fr: ["« ", " »"], de: ["„", "“"], ru: ["«", "»"], pl: ["„", "”"], hu: ["„", "”"], el: ["«", "»"], tr: ["“", "”"] };

  /** A quote with its attribution and the article's title and link, for the clipboard. */
  ns.quoteCitation = function quoteCitation(quote, article) {
    const [open, close] = MARKS[str(article.lang)] ?? ["“", "”"];
    const who = [str(quote.speaker).trim(), str(quote.role).trim()].filter(Boolean).join(", ");
    const lines = [`${open}${str(quote.text).trim()}${close}${who ? ` — ${who}` : ""}`];
    const source = [str(article.title).trim(), "Euronews"].filter(Boolean).join(", ");
    const url = ns.httpUrl(article.url);
    lines.push(url ? `${source}: ${url}` : source);
    return lines.join("\n");
  };

  /** Sorted, non-overlapping UTF-16 ranges of `text` for scalar-offset pairs. */
  function toUtf16(text, pairs) {
    const ranges = pairs
      .filter((p) => Array.isArray(p) && Number.isInteger(p[0]) && Number.isInteger(p[1]) && p[1] > p[0])
      .map(([s, e]) => [ns.utf16Index(text, s), ns.utf16Index(text, e)])
      .filter(([s, e]) => e > s)
      .sort((a, b) => a[0] - b[0]);
    const out = [];
    for (const range of ranges) {
      if (out.length === 0 || range[0] >= out[out.length - 1][1]) {
        out.push(range);
      }
    }
    return out;
  }

  /**
   * Build the reader for `article`. Options: `source` (where the core ran),
   * `copyText(text)` (resolves when copied), `announce(message)` (a status line).
   * Returns `{root, entries, show(view), setAnnotations(article), ...}`.
   */
  ns.createReader = function createReader(article, { source = "", copyText, announce = () => {} } = {}) {
    const root = el("div", "er-reader");
    const { root: articleView, entries } = ns.renderArticle(article, source);
    const byBlock = new Map(entries.filter((e) => Number.isInteger(e.block)).map((e) => [e.block, e]));
    const views = { article: articleView, quotes: ui(el("section", "er-panel er-quotes")), entities: ui(el("section", "er-panel er-entities")) };
    views.quotes.id = "er-view-quotes";
    views.entities.id = "er-view-entities";
    const nav = ui(el("nav", "er-views"));
    nav.setAttribute("aria-label", t("views"));
    const buttons = {};
    for (const name of VIEWS) {
      const button = el("button", "er-view-btn");
      button.type = "button";
      button.dataset.view = name;
      button.setAttribute("aria-controls", views[name].id);
      button.append(el("span", null, t(`view_${name}`)));
      if (name !== "article") {
        button.append(el("span", "er-count", "…"));
        views[name].append(el("p", "er-note", t("analysing")));
      }
      button.addEventListener("click", () => show(name));
      buttons[name] = button;
      nav.append(button);
    }
    root.append(nav, views.article, views.quotes, views.entities);

    let current = "article";
    function show(name) {
      current = VIEWS.includes(name) ? name : "article";
      for (const view of VIEWS) {
        views[view].hidden = view !== current;
        buttons[view].setAttribute("aria-pressed", String(view === current));
      }
      root.dataset.view = current;
    }
    show("article");

    // Highlights: a text node replaced by text and <mark> pieces, undone by resetting the text.
    let painted = [];
    function clear() {
      for (const entry of painted) {
        entry.node.textContent = entry.text;
      }
      painted = [];
      for (const pressed of views.entities.querySelectorAll("[aria-pressed=true]")) {
        pressed.setAttribute("aria-pressed", "false");
      }
    }
    function paint(entry, ranges, className) {
      const { node, text } = entry;
      const marks = [];
      node.replaceChildren();
      let pos = 0;
      for (const [s, e] of ranges) {
        if (s > pos) {
          node.append(text.slice(pos, s));
        }
        const mark = el("mark", `er-mark ${className}`, text.slice(s, e));
        marks.push(mark);
        node.append(mark);
        pos = e;
      }
      node.append(text.slice(pos));
      painted.push(entry);
      return marks;
    }
    function reveal(mark) {
      if (!mark) {
        return;
      }
      mark.tabIndex = -1;
      mark.focus({ preventScroll: true });
      mark.scrollIntoView({ block: "center", behavior: "instant" });
    }

    /** Where a quote is in the text: its own offsets, else its words searched for. */
    function locateQuote(quote) {
      const entry = byBlock.get(quote.block);
      if (entry && Number.isInteger(quote.start) && quote.end > quote.start) {
        return { entry, ranges: toUtf16(entry.text, [[quote.start, quote.end]]) };
      }
      const words = str(quote.text).trim();
      for (const candidate of entries) {
        const at = words ? candidate.text.indexOf(words) : -1;
        if (at >= 0) {
          return { entry: candidate, ranges: [[at, at + words.length]] };
        }
      }
      return null;
    }

    function highlightQuote(quote) {
      clear();
      show("article");
      const found = locateQuote(quote);
      if (!found || found.ranges.length === 0) {
        announce(t("quoteNotFound"));
        return 0;
      }
      const marks = paint(found.entry, found.ranges, "er-mark--quote");
      reveal(marks[0]);
      return marks.length;
    }

    function highlightEntity(entity, button) {
      clear();
      button?.setAttribute("aria-pressed", "true");
      const spans = Array.isArray(entity.spans) ? entity.spans : [];
      const blocks = Array.isArray(entity.blocks) ? entity.blocks : [];
      const perBlock = new Map();
      spans.forEach((span, i) => {
        const entry = byBlock.get(blocks[i]);
        if (entry) {
          perBlock.set(entry, [...(perBlock.get(entry) ?? []), span]);
        }
      });
      const marks = [];
      for (const entry of entries.filter((e) => perBlock.has(e))) {
        marks.push(...paint(entry, toUtf16(entry.text, perBlock.get(entry)), "er-mark--entity"));
      }
      show("article");
      reveal(marks[0]);
      announce(t("mentionsHighlighted", [String(marks.length), str(entity.name)]));
      return marks.length;
    }

    function fillQuotes(quotes) {
      const list = (Array.isArray(quotes) ? quotes : []).filter((q) => q && str(q.text).trim());
      buttons.quotes.querySelector(".er-count").textContent = String(list.length);
      views.quotes.replaceChildren(el("h2", "er-panel__title", t("quotesTitle", [String(list.length)])));
      if (list.length === 0) {
        views.quotes.append(el("p", "er-note", t("noQuotes")));
        return;
      }
      const ul = el("ul", "er-quote-list");
      ul.lang = str(article.lang);
      for (const quote of list) {
        const li = el("li", "er-quote");
        const jump = el("button", "er-quote__jump");
        jump.type = "button";
        const speaker = str(quote.speaker).trim();
        jump.append(el("span", "er-quote__speaker", speaker || t("unknownSpeaker")));
        if (str(quote.role).trim()) {
          jump.append(el("span", "er-quote__role", str(quote.role).trim()));
        }
        jump.append(el("q", "er-quote__words", str(quote.text).trim()));
        jump.addEventListener("click", () => highlightQuote(quote));
        const copy = ui(el("button", "er-quote__copy", t("copy")));
        copy.type = "button";
        copy.setAttribute("aria-label", t("copyQuoteBy", [speaker || t("unknownSpeaker")]));
        copy.addEventListener("click", () => {
          Promise.resolve(copyText?.(ns.quoteCitation(quote, article))).then(
            () => announce(t("quoteCopied")),
            () => announce(t("copyFailed")),
          );
        });
        li.append(jump, copy);
        ul.append(li);
      }
      views.quotes.append(ul);
    }

    function fillEntities(entities) {
      const list = (Array.isArray(entities) ? entities : []).filter((e) => e && str(e.name).trim());
      buttons.entities.querySelector(".er-count").textContent = String(list.length);
      views.entities.replaceChildren(el("h2", "er-panel__title", t("entitiesTitle", [String(list.length)])));
      if (list.length === 0) {
        views.entities.append(el("p", "er-note", t("noEntities")));
      }
      for (const [type, key] of ENTITY_TYPES) {
        const group = list
          .filter((e) => e.type === type)
          .sort((a, b) => (b.mentions ?? 0) - (a.mentions ?? 0) || str(a.name).localeCompare(str(b.name)));
        if (group.length === 0) {
          continue;
        }
        const section = el("section", `er-entity-group er-entity-group--${type}`);
        section.append(el("h3", "er-entity-group__title", t(key, [String(group.length)])));
        const ul = el("ul", "er-entity-list");
        ul.lang = str(article.lang);
        for (const entity of group) {
          const li = el("li");
          const button = el("button", `er-entity er-entity--${type}`);
          button.type = "button";
          button.setAttribute("aria-pressed", "false");
          const mentions = Number.isInteger(entity.mentions) ? entity.mentions : 1;
          button.append(el("span", "er-entity__name", str(entity.name).trim()));
          const count = ui(el("span", "er-entity__count", String(mentions)));
          count.setAttribute("aria-label", t("mentions", [String(mentions)]));
          button.append(count);
          const aliases = Array.isArray(entity.aliases) ? entity.aliases.map(str).filter(Boolean) : [];
          if (aliases.length > 0) {
            button.title = aliases.join(", ");
          }
          button.addEventListener("click", () => highlightEntity(entity, button));
          li.append(button);
          ul.append(li);
        }
        section.append(ul);
        views.entities.append(section);
      }
    }

    return {
      root,
      entries,
      article,
      show,
      clear,
      highlightQuote,
      highlightEntity,
      get view() {
        return current;
      },
      /** Fill the quotes and entities views from an annotated article. */
      setAnnotations(annotated) {
        fillQuotes(annotated?.quotes);
        fillEntities(annotated?.entities);
        root.dataset.annotated = "true";
      },
      /** Show that quotes and entities could not be found (the analysis failed). */
      annotationsFailed(message) {
        for (const name of ["quotes", "entities"]) {
          buttons[name].querySelector(".er-count").textContent = "–";
          views[name].replaceChildren(el("p", "er-note er-note--error", message));
        }
      },
    };
  };
})();
