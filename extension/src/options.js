// Options page: the reader settings (the same form as the popup's Display
// menu), a live preview in those settings, and the keyboard shortcuts.
import { mountSettingsForm } from "./settings-form.js";

const ns = globalThis.EuronewsReader;
const { api, el, t } = ns;

function preview() {
  const sample = {
    lang: ns.uiLang().split("-")[0],
    dir: t("@@bidi_dir") === "rtl" ? "rtl" : "ltr",
    title: t("previewTitle"),
    summary: t("previewSummary"),
    authors: ["Euronews"],
    blocks: [{ type: "paragraph", text: t("previewText") }],
  };
  const { root } = ns.renderArticle(sample, "preview");
  root.removeAttribute("id");
  document.getElementById("preview").replaceChildren(root);
}

async function shortcuts() {
  const list = document.getElementById("shortcuts");
  let commands = [];
  try {
    commands = await api.commands.getAll();
  } catch (err) {
    // Shown as an empty list.
  }
  for (const command of commands) {
    const item = el("li");
    const key = el("kbd", null, command.shortcut || t("noShortcut"));
    const name = command.name === "_execute_action" ? t("commandPopup") : command.description || command.name;
    item.append(key, ` ${name}`);
    list.append(item);
  }
}

async function main() {
  ns.localize(document);
  document.documentElement.lang = ns.uiLang();
  document.documentElement.dir = t("@@bidi_dir") === "rtl" ? "rtl" : "ltr";
  document.title = t("optionsTitle");
  const settings = await ns.settings.load();
  const apply = (s) => ns.settings.apply(document.documentElement, s);
  apply(settings);
  ns.settings.watch(apply);
  mountSettingsForm(document.getElementById("display-form"), settings, apply);
  preview();
  await shortcuts();
}

main();
