// Shared by every extension context (content script, popup, options page): the
// browser namespace, interface strings and the reader settings. A classic script
// (content scripts cannot import modules); it defines one global object,
// `EuronewsReader`, that render.js extends and the other scripts read.
(() => {
  "use strict";

  const api = globalThis.browser ?? globalThis.chrome;
  const ns = (globalThis.EuronewsReader ??= {});
  ns.api = api;

  /** The interface string `key` in the browser's language (English when missing). */
  ns.t = function t(key, subs) {
    let text = "";
    try {
      text = api.i18n.getMessage(key, subs);
    } catch (err) {
      // No i18n (a test harness): the key itself shows what is missing.
    }
    return text || key;
  };

  /** The browser's interface language, for dates and quote marks of our own wording. */
  ns.uiLang = function uiLang() {
    try {
      return api.i18n.getUILanguage() || navigator.language || "en";
    } catch (err) {
      return navigator.language || "en";
    }
  };

  /** Fill `data-i18n` (text) and `data-i18n-label` (aria-label and title) attributes under `root`. */
  ns.localize = function localize(root) {
    for (const node of root.querySelectorAll("[data-i18n]")) {
      node.textContent = ns.t(node.dataset.i18n);
    }
    for (const node of root.querySelectorAll("[data-i18n-label]")) {
      const label = ns.t(node.dataset.i18nLabel);
      node.setAttribute("aria-label", label);
      node.title = label;
    }
  };

  /** The string, or "" for anything that is not a string. */
  ns.str = (value) => (typeof value === "string" ? value : "");

  /** `value` when it is an absolute http(s) URL, else "". */
  ns.httpUrl = function httpUrl(value) {
    try {
      const url = new URL(ns.str(value).trim());
      return url.protocol === "http:" || url.protocol === "https:" ? url.href : "";
    } catch (err) {
      return "";
    }
  };

  // Reader settings, kept in storage.sync under one key and applied live.
  const DEFAULTS = Object.freeze({
    theme: "system",
    font: "serif",
    size: 18,
    width: "medium",
    lineHeight: 1.6,
    images: true,
  });
  const CHOICES = Object.freeze({
    theme: ["system", "light", "dark", "sepia"],
    font: ["serif", "sans", "dyslexic"],
    width: ["narrow", "medium", "wide"],
  });
  const RANGES = Object.freeze({
    size: { min: 14, max: 28, step: 1 },
    lineHeight: { min: 1.2, max: 2.2, step: 0.1 },
  });
  ns.settings = { DEFAULTS, CHOICES, RANGES };

  function clamp(value, { min, max, step }, fallback) {
    const n = Number(value);
    if (!Number.isFinite(n)) {
      return fallback;
    }
    const stepped = Math.round((Math.min(max, Math.max(min, n)) - min) / step) * step + min;
    return Number(stepped.toFixed(2));
  }

  /** Settings with every field present and valid (anything unknown falls back to the default). */
  ns.settings.normalize = function normalize(raw) {
    const src = raw && typeof raw === "object" ? raw : {};
    const out = {};
    for (const [key, values] of Object.entries(CHOICES)) {
      out[key] = values.includes(src[key]) ? src[key] : DEFAULTS[key];
    }
    for (const [key, range] of Object.entries(RANGES)) {
      out[key] = clamp(src[key], range, DEFAULTS[key]);
    }
    out.images = typeof src.images === "boolean" ? src.images : DEFAULTS.images;
    return out;
  };

  ns.settings.load = async function load() {
    try {
      const got = await api.storage.sync.get("settings");
      return ns.settings.normalize(got?.settings);
    } catch (err) {
      return { ...DEFAULTS };
    }
  };

  /** Merge `partial` into the stored settings; resolves to the new settings. */
  ns.settings.save = async function save(partial) {
    const next = ns.settings.normalize({ ...(await ns.settings.load()), ...partial });
    await api.storage.sync.set({ settings: next });
    return next;
  };

  /** Call `listener(settings)` whenever the stored settings change (any tab, any device). */
  ns.settings.watch = function watch(listener) {
    api.storage.onChanged.addListener((changes, area) => {
      if (area === "sync" && changes.settings) {
        listener(ns.settings.normalize(changes.settings.newValue));
      }
    });
  };

  /** Apply settings to a themed root (`.er-theme`): data attributes and two custom properties. */
  ns.settings.apply = function apply(node, settings) {
    const s = ns.settings.normalize(settings);
    node.dataset.theme = s.theme;
    node.dataset.font = s.font;
    node.dataset.width = s.width;
    node.dataset.images = s.images ? "shown" : "hidden";
    node.style.setProperty("--er-size", `${s.size}px`);
    node.style.setProperty("--er-line", String(s.lineHeight));
  };
})();
