// Writes one browser's manifest.json: the common source (extension/manifest.json)
// overlaid with extension/platform/<browser>/manifest.json, version from Cargo.toml.
// Usage: node make-manifest.mjs <chrome|firefox> <version> <out-file>
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const [browser, version, out] = process.argv.slice(2);
if (!["chrome", "firefox"].includes(browser) || !/^\d+(\.\d+){0,3}$/.test(version ?? "") || !out) {
  console.error("usage: make-manifest.mjs <chrome|firefox> <version> <out-file>");
  process.exit(2);
}

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const read = (path) => JSON.parse(readFileSync(join(root, path), "utf8"));

/** Objects merge key by key; anything else in the overlay replaces the base. */
function merge(base, overlay) {
  const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
  if (!isObject(base) || !isObject(overlay)) {
    return overlay;
  }
  const result = { ...base };
  for (const [key, value] of Object.entries(overlay)) {
    result[key] = key in base ? merge(base[key], value) : value;
  }
  return result;
}

const manifest = merge(read("manifest.json"), read(`platform/${browser}/manifest.json`));
manifest.version = version;
writeFileSync(out, `${JSON.stringify(manifest, null, 2)}\n`);
