// Exports of the reader view: Markdown (from the core's `markdown`), and one
// standalone HTML file built as a DOM (the shared renderer, our stylesheet, a
// CSP that forbids every script) and serialised with XMLSerializer: no page
// markup or script ever goes into it.
/* global wasm_bindgen */
const ns = globalThis.EuronewsReader;
const { el, str } = ns;

/** A file name from the article title: letters and digits joined by dashes. */
export function fileName(article, extension) {
  const slug = str(article.title)
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return `${slug || "euronews-article"}.${extension}`;
}

/** The article as Markdown, with its address at the end. */
export function markdownOf(article) {
  let text = wasm_bindgen.markdown(article);
  const url = ns.httpUrl(article.url);
  if (url) {
    text = `${text.trimEnd()}\n\n<${url}>\n`;
  }
  return text;
}

/** Save `text` as a file through a download link (no downloads permission needed). */
export function download(name, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = el("a");
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Long enough for the browser to read it; the popup may close before.
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

let cssText = null;
async function readerCss() {
  cssText ??= await fetch(ns.api.runtime.getURL("reader.css")).then((r) => r.text());
  return cssText;
}

/** The article as one self-contained HTML document (a string), in the reader's settings. */
export async function standaloneHtml(article, settings) {
  const doc = document.implementation.createHTMLDocument(str(article.title) || "Euronews");
  const html = doc.documentElement;
  html.lang = str(article.lang);
  html.dir = article.dir === "rtl" ? "rtl" : "ltr";
  html.className = "er-theme";
  ns.settings.apply(html, settings);
  const head = doc.head;
  const charset = doc.createElement("meta");
  charset.setAttribute("charset", "utf-8");
  head.prepend(charset);
  const csp = doc.createElement("meta");
  csp.httpEquiv = "Content-Security-Policy";
  csp.content = "default-src 'none'; img-src https: http: data:; style-src 'unsafe-inline'";
  const viewport = doc.createElement("meta");
  viewport.name = "viewport";
  viewport.content = "width=device-width, initial-scale=1";
  const generator = doc.createElement("meta");
  generator.name = "generator";
  generator.content = `Euronews Reader ${ns.api.runtime.getManifest().version}`;
  const style = doc.createElement("style");
  style.textContent = await readerCss();
  head.append(csp, viewport, generator, style);
  doc.body.className = "er-export";
  const wrapper = el("div", "er-reader");
  wrapper.append(ns.renderArticle(article, "export").root);
  doc.body.append(doc.importNode(wrapper, true));
  return `<!DOCTYPE html>\n${new XMLSerializer().serializeToString(html)}\n`;
}
