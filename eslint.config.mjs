// Lint: typescript-eslint's recommended rules on src and test, plus Office add-in rules where they apply.
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";

export default tseslint.config(
  { ignores: ["dist/**", "lib/**", "node_modules/**", "coverage/**", "out/**"] },
  ...tseslint.configs.recommended,
  {
    // office.js code only: the rules would misread ExcelJS, which has no context.sync()
    files: ["src/taskpane/**/*.ts", "src/taskpane/**/*.tsx"],
    plugins: { "office-addins": officeAddins },
    rules: {
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/call-sync-after-load": "error",
      "office-addins/no-navigational-load": "warn",
      "office-addins/load-object-before-read": "error",
    },
  },
  {
    files: ["src/functions/**/*.ts"],
    // JSDoc types are the custom-function metadata: Excel hands `any` values to these wrappers
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    files: ["test/**/*.ts", "test/**/*.tsx", "test/**/*.js", "scripts/**/*.js", "bench/**/*.js"],
    rules: { "@typescript-eslint/no-require-imports": "off", "@typescript-eslint/no-this-alias": "off" },
  },
);
