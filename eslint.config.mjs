// Lint: typescript-eslint's recommended rules on src and test, Office add-in rules where they apply, and the
// layering of src (design review 3.1 and 4.4): the engine imports nothing but itself, the xlsx I/O layer
// neither the template nor the HyperFormula adapter, the task pane's components no Office code, and no
// import cycles anywhere in src. eslint-plugin-import-x resolves the imports (flat config and TypeScript
// native, so no extra resolver package).
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import { importX, createNodeResolver } from "eslint-plugin-import-x";

/** The xlsx I/O layer: reads, scans and writes workbooks, knowing nothing of the DE-UZ 228 template. */
const xlsxIO = ["book", "scan", "read", "write", "exceljsBook"].map((f) => `src/workbook/${f}.ts`);

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

  // --- layering ---
  {
    files: ["src/**/*.ts", "src/**/*.tsx"],
    plugins: { "import-x": importX },
    settings: {
      "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".tsx", ".js", ".json"] })],
      "import-x/extensions": [".ts", ".tsx", ".js"],
      "import-x/parsers": { "@typescript-eslint/parser": [".ts", ".tsx"] },
    },
    rules: {
      // a cycle through a lazy import() counts too; type-only imports are erased and do not
      "import-x/no-cycle": "error",
      "import-x/no-restricted-paths": ["error", {
        zones: [
          {
            target: "src/engine",
            from: "src",
            except: ["engine"],
            message: "The engine (the criteria and their arithmetic) imports only from src/engine.",
          },
          {
            target: xlsxIO,
            from: ["src/workbook/template", "src/workbook/hyperformula.ts"],
            message: "The xlsx I/O layer (book, scan, read, write, exceljsBook) knows neither the template nor the HyperFormula adapter.",
          },
        ],
      }],
    },
  },
  {
    files: ["src/engine/**/*.ts"],
    rules: {
      // no packages and no Node builtins: the engine runs in Excel's custom-function runtime, the pane and node
      "@typescript-eslint/no-restricted-imports": ["error", {
        patterns: [{
          regex: "^(?!\\.\\.?/)",
          message: "The engine imports no packages and no Node builtins (fs, exceljs, hyperformula, jszip, react …).",
        }],
      }],
    },
  },
  {
    files: ["src/taskpane/components/**/*.ts", "src/taskpane/components/**/*.tsx"],
    rules: {
      // office.js code only through a lazy import(), as App.tsx does (not checked by this rule); types are fine
      "@typescript-eslint/no-restricted-imports": ["error", {
        patterns: [{
          group: ["**/excel/*", "**/excel", "**/office", "**/office.ts"],
          allowTypeImports: true,
          message: "Components load the Office code lazily: `await import(\"../excel/…\")`, or import its types with `import type`.",
        }],
      }],
    },
  },
);
