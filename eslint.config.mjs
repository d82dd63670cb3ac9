// ESLint for the extension (browser scripts) and the Node tools and e2e tests.
// no-unsanitized forbids innerHTML & co. with anything but constants: page text
// is rendered with textContent only.
import js from "@eslint/js";
import nounsanitized from "eslint-plugin-no-unsanitized";
import globals from "globals";

const strictRules = {
  eqeqeq: ["error", "always"],
  "no-var": "error",
  "prefer-const": "error",
  "no-implicit-globals": "error",
  "no-unused-vars": ["error", { caughtErrors: "none" }],
};

export default [
  { ignores: ["dist/**", "node_modules/**", "target/**"] },
  js.configs.recommended,
  nounsanitized.configs.recommended,
  {
    files: ["extension/src/**/*.js"],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "script",
      globals: { ...globals.browser, ...globals.webextensions },
    },
    rules: { ...strictRules, "no-restricted-properties": ["error", { property: "insertAdjacentHTML" }] },
  },
  {
    // Extension pages' ES modules; the other scripts are classic (content scripts cannot import).
    files: [
      "extension/src/popup.js",
      "extension/src/popup-tools.js",
      "extension/src/options.js",
      "extension/src/settings-form.js",
      "extension/src/speech.js",
      "extension/src/exporter.js",
    ],
    languageOptions: { sourceType: "module" },
  },
  {
    files: ["extension/tools/**/*.mjs", "tests/e2e/**/*.mjs", "eslint.config.mjs"],
    languageOptions: {
      ecmaVersion: 2024,
      sourceType: "module",
      // e2e tests also hold functions that run in pages and in the extension.
      globals: { ...globals.node, ...globals.browser, ...globals.webextensions },
    },
    rules: strictRules,
  },
];
