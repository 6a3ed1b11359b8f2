// ESLint 9 flat config with Microsoft's office-addins rules (they catch sync-in-loop and read-before-load
// mistakes). Two workarounds for eslint-plugin-office-addins 4.0.10 (see shared/docs/toolchain.md §7):
// its TypeScript block has no parser and skips .tsx, so both are set here.
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";
import tseslint from "typescript-eslint";

const officeTs = officeAddins.configs.recommended.find((c) => c.plugins?.["@typescript-eslint"]);
const officeRulesOff = Object.fromEntries(Object.keys(officeAddins.rules).map((r) => [`office-addins/${r}`, "off"]));

export default [
  { ignores: ["dist/**", "dist-cli/**", "out/**", "coverage/**", "node_modules/**", "samples/**"] },
  ...officeAddins.configs.react,
  { ...officeTs, files: ["**/*.tsx"] },
  { files: ["**/*.{ts,tsx,mts,cts}"], languageOptions: { parser: tseslint.parser } },
  {
    languageOptions: {
      ecmaVersion: "latest",
      globals: { ...globals.browser, ...globals.node, Office: "readonly", Excel: "readonly", OfficeRuntime: "readonly", CustomFunctions: "readonly" },
    },
    rules: {
      "react/react-in-jsx-scope": "off",
      "no-undef": "off",
      // Formatting is not a lint concern here; the code follows one style by review.
      "prettier/prettier": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true }],
    },
  },
  // The office rules are name-based and misfire on ExcelJS code, Node scripts and test fakes.
  { files: ["src/cli/**", "scripts/**", "test/**", "bench/**", "bin/**"], rules: officeRulesOff },
  { files: ["webpack.config.js", "bin/**/*.js"], languageOptions: { sourceType: "commonjs" } },
];
