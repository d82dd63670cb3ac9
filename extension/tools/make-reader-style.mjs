// Writes reader-style.js: extension/src/reader.css as a string for the in-page
// reader mode, whose content script cannot read extension files without making
// them web-accessible (which would let any page probe for the extension).
// Usage: node make-reader-style.mjs <out-file>
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const [out] = process.argv.slice(2);
if (!out) {
  console.error("usage: make-reader-style.mjs <out-file>");
  process.exit(2);
}
const css = readFileSync(join(dirname(fileURLToPath(import.meta.url)), "../src/reader.css"), "utf8");
// The HTML export serialises the stylesheet with XMLSerializer, which escapes these.
const bad = css.replace(/\/\*[\s\S]*?\*\//g, "").match(/[<>&]/);
if (bad) {
  console.error(`reader.css: "${bad[0]}" would be escaped in the exported HTML file; rewrite that rule`);
  process.exit(1);
}
writeFileSync(
  out,
  `// Generated from reader.css by extension/tools/make-reader-style.mjs; do not edit.\n(globalThis.EuronewsReader ??= {}).css = ${JSON.stringify(css)};\n`,
);
