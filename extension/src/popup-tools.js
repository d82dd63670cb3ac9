// The popup's toolbar around the reader: the reader-mode switch (in the page),
// read aloud, export (Markdown copy and download, HTML file, print) and the
// Display menu (the settings form).
import { download, fileName, markdownOf, standaloneHtml } from "./exporter.js";
import { mountSettingsForm } from "./settings-form.js";
import { createSpeech } from "./speech.js";

const ns = globalThis.EuronewsReader;
const { api, t } = ns;
const $ = (id) => document.getElementById(id);

/** The shortcut the browser assigned to `name` ("" when none). */
async function shortcutOf(name) {
  try {
    const commands = await api.commands.getAll();
    return commands.find((c) => c.name === name)?.shortcut ?? "";
  } catch (err) {
    return "";
  }
}

function closeMenus(except) {
  for (const menu of document.querySelectorAll("details.menu[open]")) {
    if (menu !== except) {
      menu.open = false;
    }
  }
}

/**
 * Wire the toolbar. `ctx`: `{reader, article, tabId, readerMode, switchReader?, settings, announce, core}`
 * (`switchReader(on, article)`: how reader mode is switched in the page off
 * Euronews, where the popup injects it; else a message to the content script);
 * `core()` resolves once the popup's wasm is ready. Returns `{setArticle}` for the annotated article.
 */
export function mountTools(ctx) {
  const { reader, tabId, announce, core } = ctx;
  let article = ctx.article;

  // Reader mode in the page.
  const toggle = $("reader-mode");
  const setMode = (on) => toggle.setAttribute("aria-checked", String(Boolean(on)));
  const switchReader = ctx.switchReader ?? ((on, given) => api.tabs.sendMessage(tabId, { type: "reader-mode", on, article: given }));
  setMode(ctx.readerMode);
  shortcutOf("toggle-reader-mode").then((key) => {
    $("reader-mode-hint").textContent = key ? (ctx.switchReader ? t("shortcutHintAnySite", [key]) : t("shortcutHint", [key])) : "";
  });
  toggle.addEventListener("click", async () => {
    const on = toggle.getAttribute("aria-checked") !== "true";
    try {
      const reply = await switchReader(on, article);
      setMode(reply?.on);
      announce(reply?.ok ? t(reply.on ? "readerModeOn" : "readerModeOff") : t("readerModeFailed"));
    } catch (err) {
      announce(t("readerModeFailed"));
    }
  });

  // Read aloud.
  const speak = $("speak");
  const stopButton = $("speak-stop");
  const speech = createSpeech({
    lang: ns.str(article.lang),
    entries: reader.entries,
    announce,
    onState: (state) => {
      speak.setAttribute("aria-pressed", String(state === "playing"));
      speak.querySelector(".tool__icon").textContent = state === "playing" ? "❚❚" : "▶";
      speak.querySelector(".speech__label").textContent = t(state === "playing" ? "pause" : state === "paused" ? "resume" : "readAloud");
      stopButton.hidden = state === "idle";
      stopButton.disabled = state === "idle";
      document.body.dataset.speech = state;
    },
  });
  speak.addEventListener("click", () => (speech.state === "playing" ? speech.pause() : speech.play()));
  stopButton.addEventListener("click", () => {
    speech.stop();
    speak.focus();
  });
  $("speak-rate").addEventListener("change", (event) => speech.setRate(event.target.value));
  addEventListener("pagehide", () => speech.stop());

  // Export.
  const exportMenu = $("export-menu");
  const done = (message) => {
    exportMenu.open = false;
    exportMenu.querySelector("summary").focus();
    announce(message);
  };
  const fail = (err) => announce(t("exportFailed", [String(err?.message ?? err)]));
  $("copy-md").addEventListener("click", () => {
    core()
      .then(() => navigator.clipboard.writeText(markdownOf(article)))
      .then(() => done(t("markdownCopied")), fail);
  });
  $("download-md").addEventListener("click", () => {
    core()
      .then(() => download(fileName(article, "md"), "text/markdown;charset=utf-8", markdownOf(article)))
      .then(() => done(t("downloadStarted")), fail);
  });
  $("download-html").addEventListener("click", () => {
    ns.settings
      .load()
      .then((settings) => standaloneHtml(article, settings))
      .then((html) => download(fileName(article, "html"), "text/html;charset=utf-8", html))
      .then(() => done(t("downloadStarted")), fail);
  });
  $("print").addEventListener("click", () => {
    // The reader in a tab of its own, which prints itself once painted.
    const url = api.runtime.getURL(`popup.html?tabId=${tabId}&print=1`);
    api.tabs.create({ url }).then(() => done(t("printOpened")), fail);
  });

  // Display settings, applied here at once and everywhere else through storage.
  mountSettingsForm($("display-form"), ctx.settings, (settings) => ns.settings.apply(document.documentElement, settings));
  for (const menu of document.querySelectorAll("details.menu")) {
    menu.addEventListener("toggle", () => menu.open && closeMenus(menu));
    menu.addEventListener("keydown", (event) => {
      if (event.key === "Escape" && menu.open) {
        event.preventDefault();
        menu.open = false;
        menu.querySelector("summary").focus();
      }
    });
  }

  return {
    setArticle(next) {
      article = next;
    },
  };
}
