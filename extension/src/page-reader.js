// Reader mode in the page (issue 3.4): the article, rendered by the shared
// renderer, in a full-viewport modal <dialog> inside a closed shadow root (the
// page's styles and scripts cannot reach it; our stylesheet lives inside). The
// page is only touched in two places, both undone exactly on close: one host
// element appended to <html>, and <html>'s style attribute (overflow hidden so
// the page does not scroll underneath), restored to its original string or
// removed when it had none. The scroll position and focus are put back too.
// A classic content script after views.js; it extends `EuronewsReader`.
(() => {
  "use strict";

  const ns = globalThis.EuronewsReader;
  const { el, t } = ns;

  let state = null;
  const ISOLATED_EVENTS = [
    "keydown", "keyup", "keypress", "beforeinput", "input", "change",
    "click", "dblclick", "auxclick", "contextmenu", "mousedown", "mouseup",
    "pointerdown", "pointerup", "touchstart", "touchend", "focusin", "focusout", "copy",
  ];

  /** Our stylesheet inside the shadow root: constructed (no page CSP applies), else a <style>. */
  function addStyle(shadow) {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(ns.css ?? "");
      shadow.adoptedStyleSheets = [sheet];
      return;
    } catch (err) {
      // Firefox may refuse a sheet made in the content script's compartment.
    }
    const style = document.createElement("style");
    style.textContent = ns.css ?? "";
    shadow.append(style);
  }

  /** Copy from inside the reader: the Clipboard API on https pages, else a hidden textarea. */
  async function copyText(text) {
    if (window.isSecureContext && navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return;
    }
    const area = el("textarea");
    area.value = text;
    area.readOnly = true;
    area.style.position = "fixed";
    area.style.insetInlineStart = "-9999px";
    state?.dialog.append(area);
    area.select();
    const copied = document.execCommand("copy");
    area.remove();
    if (!copied) {
      throw new Error("copy refused");
    }
  }

  function open(article, { settings, source }) {
    if (state) {
      return;
    }
    const html = document.documentElement;
    const saved = { style: html.getAttribute("style"), x: window.scrollX, y: window.scrollY, focus: document.activeElement };

    const host = document.createElement("euronews-reader");
    const shadow = host.attachShadow({ mode: "closed" });
    addStyle(shadow);
    const dialog = el("dialog", "er-page er-theme");
    dialog.setAttribute("aria-label", ns.str(article.title) || t("extName"));
    dialog.tabIndex = -1;
    ns.settings.apply(dialog, settings);

    const bar = ns.ui(el("div", "er-page__bar"));
    const status = el("p", "er-page__status");
    status.setAttribute("role", "status");
    const close = el("button", "er-page__close", t("closeReader"));
    close.type = "button";
    close.title = t("closeReaderHint");
    close.addEventListener("click", () => ns.pageReader.close());
    const settingsButton = el("button", "er-page__close", t("display"));
    settingsButton.type = "button";
    settingsButton.title = t("openSettings");
    // Content scripts cannot open the options page themselves: the background does.
    settingsButton.addEventListener("click", () => ns.api.runtime.sendMessage({ type: "open-options" }).catch(() => {}));
    bar.append(el("span", "er-page__brand", t("extName")), status, settingsButton, close);

    const reader = ns.createReader(article, {
      source,
      copyText,
      announce: (message) => {
        status.textContent = message;
      },
    });
    dialog.append(bar, reader.root);
    // What happens in the reader stays there: the page's own listeners (a menu
    // closing on Escape, click trackers) must not react and change its DOM.
    for (const type of ISOLATED_EVENTS) {
      dialog.addEventListener(type, (event) => event.stopPropagation());
    }
    // Escape closes the reader (and nothing else of the page).
    dialog.addEventListener("cancel", (event) => {
      event.preventDefault();
      ns.pageReader.close();
    });
    shadow.append(dialog);
    html.append(host);
    // Set as attribute text, not through html.style: Chromium writes CSSOM changes to the
    // attribute lazily, and would bring back an empty style="" after we removed it.
    const base = (saved.style ?? "").trim();
    html.setAttribute("style", `${base}${base && !base.endsWith(";") ? ";" : ""}${base ? " " : ""}overflow: hidden !important;`);
    dialog.showModal();
    // Focus the scrolling dialog itself, so that arrows and space scroll the article.
    dialog.focus({ preventScroll: true });
    state = { host, dialog, reader, saved };
  }

  function close() {
    if (!state) {
      return;
    }
    const { host, dialog, saved } = state;
    state = null;
    try {
      dialog.close();
    } catch (err) {
      // Already closed.
    }
    host.remove();
    const html = document.documentElement;
    if (saved.style === null) {
      html.removeAttribute("style");
    } else {
      html.setAttribute("style", saved.style);
    }
    window.scrollTo({ left: saved.x, top: saved.y, behavior: "instant" });
    if (saved.focus && saved.focus.isConnected && typeof saved.focus.focus === "function") {
      saved.focus.focus({ preventScroll: true });
    }
  }

  ns.pageReader = {
    get on() {
      return state !== null;
    },
    open,
    close,
    /** Fill the quotes and entities views once the article is annotated. */
    setAnnotations(annotated) {
      state?.reader.setAnnotations(annotated);
    },
    annotationsFailed(message) {
      state?.reader.annotationsFailed(message);
    },
    applySettings(settings) {
      if (state) {
        ns.settings.apply(state.dialog, settings);
      }
    },
  };
})();
