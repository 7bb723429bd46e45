/**
 * The lint rules that guard the layering (eslint.config.mjs, design review 4.4) bite: a line that breaks a layer,
 * linted as if it stood in that layer's folder, is an error; the ways the layers may talk stay allowed.
 */
import { spawnSync } from "child_process";
import path from "path";

const root = path.resolve(__dirname, "..");
const PATHS = "import-x/no-restricted-paths";
const IMPORTS = "@typescript-eslint/no-restricted-imports";

/** [file as if the code stood there, code, the rules that must report it (none: allowed)] */
const cases: [string, string, string[]][] = [
  // the engine imports nothing outside src/engine: no workbook, no pane, no packages, no Node builtins
  ["src/engine/zz.ts", 'import { Book } from "../workbook/book";\nexport type B = Book;\n', [PATHS]],
  ["src/engine/criteria/zz.ts", 'import { strings } from "../../taskpane/i18n";\nexport const s = strings;\n', [PATHS]],
  ...["fs", "node:path", "exceljs", "hyperformula", "jszip", "react"].map(
    (pkg): [string, string, string[]] => ["src/engine/zz.ts", `import x from "${pkg}";\nexport const y = x;\n`, [IMPORTS]],
  ),
  ["src/engine/criteria/zz.ts", 'import { pue } from "../metrics";\nexport const p = pue;\n', []],
  // the xlsx I/O layer imports neither the template nor the HyperFormula adapter, types included
  ...["book", "scan", "read", "write", "exceljsBook"].map(
    (f): [string, string, string[]] => [`src/workbook/${f}.ts`, 'import type { Lang } from "./template/model";\nexport type L = Lang;\n', [PATHS]],
  ),
  ["src/workbook/scan.ts", 'import { createDeuzEngine } from "./hyperformula";\nexport const e = createDeuzEngine;\n', [PATHS]],
  ["src/workbook/scan.ts", 'import { normaliseFormula } from "./formula";\nexport const n = normaliseFormula;\n', []],
  // the use cases may use the template
  ["src/workbook/annotate.ts", 'import { colours } from "./template/styles";\nexport const c = colours;\n', []],
  // task-pane components load Office code only lazily; its types are fine
  ["src/taskpane/components/Zz.tsx", 'import { checkAndMark } from "../excel/actions";\nexport const c = checkAndMark;\n', [IMPORTS]],
  ["src/taskpane/components/Zz.tsx", 'import { excelConnected } from "../office";\nexport const c = excelConnected;\n', [IMPORTS]],
  [
    "src/taskpane/components/Zz.tsx",
    'import type { RangeAddress } from "../excel/address";\nexport type R = RangeAddress;\nexport const excel = () => import("../excel/actions");\n',
    [],
  ],
];

/**
 * ESLint loads its flat config by a dynamic import, which Jest's module system does not run: the cases are
 * linted in one plain node process.
 */
function lint(): string[][] {
  const script = `
    const { ESLint } = require("eslint");
    const path = require("path");
    const cases = JSON.parse(require("fs").readFileSync(0, "utf8"));
    (async () => {
      const eslint = new ESLint({ cwd: process.cwd() });
      const out = [];
      for (const [file, code] of cases) {
        const [r] = await eslint.lintText(code, { filePath: path.join(process.cwd(), file) });
        out.push(r.messages.filter((m) => m.severity === 2).map((m) => m.ruleId || m.message));
      }
      process.stdout.write(JSON.stringify(out));
    })().catch((e) => { console.error(e); process.exit(1); });`;
  const run = spawnSync(process.execPath, ["-e", script], { cwd: root, input: JSON.stringify(cases), encoding: "utf8" });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout);
}

test("a line that breaks a layer is a lint error, and only such a line", () => {
  const reported = lint();
  const wrong = cases.filter((c, i) => JSON.stringify(reported[i]) !== JSON.stringify(c[2])).map((c) => [c[0], c[1], "reported:", reported[cases.indexOf(c)]]);
  expect(wrong).toEqual([]);
}, 60_000);
