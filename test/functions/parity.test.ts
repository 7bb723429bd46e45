/**
 * One implementation, two adapters: the Excel custom functions (src/functions) and the HyperFormula plugin
 * (src/workbook/hyperformula) give the same value or the same Excel error as the engine for every case.
 */
import { DetailedCellError } from "hyperformula";
import { callDeuz, deuzFunctions } from "../../src/engine/formulas";
import { Scalar } from "../../src/engine/values";
import { createDeuzEngine } from "../../src/workbook/hyperformula";
import { standInCustomFunctions } from "./customFunctionsStandIn";

standInCustomFunctions();
 
const customFunctions = require("../../src/functions/functions") as Record<string, (...args: unknown[]) => unknown>;

type CaseArg = Scalar | Scalar[][] | undefined;
interface Case {
  fn: string;
  args: CaseArg[];
  /** Expected value or Excel error code. */
  expect: number | boolean | string;
}

const col = (...values: Scalar[]): Scalar[][] => values.map((v) => [v]);

export const cases: Case[] = [
  { fn: "PUE", args: [1300, 1000], expect: 1.3 },
  { fn: "PUE", args: [col(130, 260, null), col(100, 100, null), undefined], expect: 1.95 },
  { fn: "PUE", args: [1400, 1000, 100], expect: 1.3 },
  { fn: "PUE", args: [col(130, null), col(100, 100)], expect: "#N/A" },
  { fn: "PUE", args: [900, 1000], expect: "#NUM!" },
  { fn: "PUE", args: ["viel", 1000], expect: "#VALUE!" },
  { fn: "CER", args: [9000, 1100, 100], expect: 9 },
  { fn: "CER", args: [9000, 0], expect: "#DIV/0!" },
  { fn: "ERF", args: [col(10, 20), col(100, 100)], expect: 0.15 },
  { fn: "ERF", args: [200, 100], expect: "#NUM!" },
  { fn: "WUE", args: [5, 10000], expect: 0.5 },
  { fn: "REF", args: [800, 1000], expect: 0.8 },
  { fn: "REF", args: [1200, 1000], expect: "#NUM!" },
  { fn: "ITEU", args: [[[0.1, 0.3], [0.3, null]]], expect: 0.25 },
  { fn: "ITEU", args: [[[1.5]]], expect: "#NUM!" },
  { fn: "STORAGE", args: [col(50, 70), col(100, 100)], expect: 0.6 },
  { fn: "STORAGE", args: [col(150), col(100)], expect: "#NUM!" },
  { fn: "PIDLE", args: [col(300, 320, 400), col(0.005, 0.2, 0.5)], expect: 300 },
  { fn: "PIDLE", args: [col(350, 450), col(0.1, 0.3)], expect: 300 },
  { fn: "PIDLE", args: [col(350, 450), col(0.2, 0.2)], expect: "#DIV/0!" },
  { fn: "SIEC", args: [col(350, 450), col(0.1, 0.3), undefined, 300], expect: (300 * 1.6) / 800 },
  { fn: "AREAEFF", args: [1200, 1000], expect: 1.2 },
  { fn: "AREAEFF", args: [1200, 0], expect: "#DIV/0!" },
  { fn: "COVERAGE", args: [95, 100], expect: 0.95 },
  { fn: "COVERAGE", args: [101, 100], expect: "#NUM!" },
  { fn: "PUE.LIMIT", args: ["2020-01-01"], expect: 1.3 },
  { fn: "PUE.LIMIT", args: ["2024-03-01", "2025-03-01"], expect: 1.4 },
  { fn: "CER.LIMIT", args: ["2024-01-01"], expect: 9 },
  { fn: "CER.LIMIT", args: ["2024-06-01", "2024-07-01"], expect: 5 },
  { fn: "PUE.CHECK", args: [1.3, "2020-01-01"], expect: true },
  { fn: "PUE.CHECK", args: [1.31, "2020-01-01"], expect: false },
  { fn: "CER.CHECK", args: [9, "2024-01-01"], expect: false },
  { fn: "CER.CHECK", args: [9.1, "2024-01-01"], expect: true },
  { fn: "ITEU.CHECK", args: [0.2], expect: true },
  { fn: "ITEU.CHECK", args: [0.19], expect: false },
  { fn: "REFRIGERANT.CHECK", args: ["R-134a", "2020-05-01", 40], expect: false },
  { fn: "REFRIGERANT.CHECK", args: ["R744", "2020-05-01", 40], expect: true },
  { fn: "REFRIGERANT.CHECK", args: ["R999x", "2020-05-01", 40], expect: "#N/A" },
  { fn: "SF6.CHECK", args: ["SF6", "2024-02-01"], expect: false },
  { fn: "SF6.CHECK", args: [true, "2022-12-31"], expect: true },
  { fn: "RENEWABLE.CHECK", args: [1000, 1000], expect: true },
  { fn: "RENEWABLE.CHECK", args: [500, 1000, 5000, true], expect: true },
  { fn: "RENEWABLE.CHECK", args: [500, 1000, 4000, true], expect: false },
  { fn: "WASTEHEAT.CHECK", args: ["2022-12-31", 0, 500], expect: true },
  { fn: "WASTEHEAT.CHECK", args: ["2023-01-01", 0, 50], expect: false },
  { fn: "WASTEHEAT.CHECK", args: ["2023-01-01", 0.1, 100], expect: "#N/A" },
  { fn: "WASTEHEAT.CHECK", args: ["2023-01-01", 0.1, 100, true, true], expect: true },
  { fn: "PRICING.CHECK", args: [0.3, 0.25], expect: true },
  { fn: "PRICING.CHECK", args: [0.3, 0.25, 1000], expect: false },
  { fn: "INFO.CHECK", args: [4.9, "Nein"], expect: true },
  { fn: "INFO.CHECK", args: [5, "Nein"], expect: false },
  { fn: "PERIOD.CHECK", args: ["2024-12-31", "2025-03-31"], expect: true },
  { fn: "PERIOD.CHECK", args: ["2024-12-31", "2025-04-01"], expect: false },
  { fn: "VERSION", args: [], expect: "DE-UZ 228 Ausgabe Januar 2023, Version 3" },
];

/** The custom-function wrapper for DEUZ.<name>: PUE.LIMIT is exported as pueLimit. */
function customFunction(name: string): (...args: unknown[]) => unknown {
  const key = Object.keys(customFunctions).find((k) => k.toLowerCase() === name.toLowerCase().replace(/\./g, ""));
  if (!key) throw new Error(`no custom function for ${name}`);
  return customFunctions[key];
}

function viaCustomFunction(c: Case): unknown {
  const f = customFunction(c.fn);
  const meta = deuzFunctions.find((d) => d.name === c.fn)!;
  // Excel hands a range parameter a matrix (a single value as [[x]]) and an omitted argument as null
  const args = meta.params.map((p, i) => {
    const a = c.args[i];
    if (a === undefined) return null;
    return p.range && !Array.isArray(a) ? [[a]] : a;
  });
  try {
    return f(...args);
  } catch (e) {
    return (e as { code: string }).code;
  }
}

/** Writes the case's ranges into a sheet and calls the function on cell references, as a workbook would. */
function viaHyperFormula(c: Case): unknown {
  const rows: (Scalar | string)[][] = [[]];
  const refs: string[] = [];
  let column = 1; // column A holds the formula
  for (const a of c.args) {
    if (a === undefined) {
      refs.push("");
      continue;
    }
    if (Array.isArray(a)) {
      a.forEach((row, r) => row.forEach((v, k) => {
        rows[r] = rows[r] ?? [];
        rows[r][column + k] = v;
      }));
      const width = Math.max(...a.map((r) => r.length));
      const from = String.fromCharCode(65 + column);
      const to = String.fromCharCode(65 + column + width - 1);
      refs.push(`${from}1:${to}${a.length}`);
      column += width;
    } else {
      refs.push(typeof a === "string" ? `"${a}"` : typeof a === "boolean" ? (a ? "TRUE()" : "FALSE()") : String(a));
    }
  }
  while (refs.length && refs[refs.length - 1] === "") refs.pop();
  rows[0][0] = `=DEUZ.${c.fn}(${refs.join(",")})`;
  const hf = createDeuzEngine({ s: rows.map((r) => Array.from(r, (v) => (v === undefined ? null : v))) });
  const value = hf.getCellValue({ sheet: 0, row: 0, col: 0 });
  hf.destroy();
  return value instanceof DetailedCellError ? value.value : value;
}

function viaEngine(c: Case): unknown {
  const out = callDeuz(c.fn, c.args);
  return out.ok ? out.value : out.error.code;
}

const close = (actual: unknown, expected: unknown) => {
  if (typeof expected === "number") expect(actual as number).toBeCloseTo(expected, 12);
  else expect(actual).toBe(expected);
};

test("the case table covers every DEUZ function", () => {
  expect(new Set(cases.map((c) => c.fn))).toEqual(new Set(deuzFunctions.map((f) => f.name)));
});

describe.each(cases.map((c) => [`DEUZ.${c.fn}(${JSON.stringify(c.args).slice(1, -1)})`, c] as const))("%s", (_, c) => {
  test(`engine, custom function and HyperFormula give ${c.expect}`, () => {
    close(viaEngine(c), c.expect);
    close(viaCustomFunction(c), c.expect);
    close(viaHyperFormula(c), c.expect);
  });
});
