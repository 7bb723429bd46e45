/**
 * One implementation, two adapters: the Excel custom functions (src/functions) and the HyperFormula plugin
 * (src/workbook/hyperformula) give the same value or the same Excel error as the engine (callDeuz) for
 * every case, and the engine gives what the case expects. HyperFormula sees the arguments twice: typed
 * into the formula, and from cells of another sheet (ranges are always cell ranges).
 */
import { DetailedCellError, RawCellContent } from "hyperformula";
import { callDeuz, deuzFunctions } from "../../src/engine/formulas";
import { Scalar } from "../../src/engine/values";
import { createDeuzEngine } from "../../src/workbook/hyperformula";
import { standInCustomFunctions } from "./customFunctionsStandIn";

standInCustomFunctions();
// after the stand-in: the custom functions reach for the CustomFunctions global when they fail
const customFunctions = require("../../src/functions/functions") as Record<string, (...args: unknown[]) => unknown>;

type CaseArg = Scalar | Scalar[][] | undefined;
interface Case {
  fn: string;
  /** Arguments in order; undefined is left out (custom functions: null), a matrix is a range. */
  args: CaseArg[];
  /** Expected value or Excel error code. */
  expect: number | boolean | string;
}

const col = (...values: Scalar[]): Scalar[][] => values.map((v) => [v]);
const errorCodes = new Set(["#VALUE!", "#NUM!", "#DIV/0!", "#N/A"]);
const isError = (c: Case) => typeof c.expect === "string" && errorCodes.has(c.expect);
const hasBlankInRange = (c: Case) => c.args.some((a) => Array.isArray(a) && a.some((row) => row.some((v) => v === null)));

// Excel serials of the dates below
const D2020_01_01 = 43831;
const D2024_01_01 = 45292;

/** The functions of the issue; each must have cases here (and is skipped until it is in the engine table). */
const issueFunctions = [
  "PUE", "CER", "PUE.LIMIT", "CER.LIMIT", "PUE.CHECK", "CER.CHECK", "VERSION",
  "ERF", "WUE", "REF", "ITEU", "STORAGE", "PIDLE", "SIEC", "AREAEFF", "COVERAGE", "ITEU.CHECK", "REFRIGERANT.CHECK",
  "SF6.CHECK", "RENEWABLE.CHECK", "WASTEHEAT.CHECK", "PRICING.CHECK", "INFO.CHECK", "PERIOD.CHECK",
  // issue 13: the Energieeffizienzgesetz's dated limits
  "ENEFG.PUE.LIMIT", "ENEFG.PUE.CHECK", "ENEFG.ERF.MIN", "ENEFG.RENEWABLE.MIN",
];

const cases: Case[] = [
  { fn: "PUE", args: [1300, 1000], expect: 1.3 },
  { fn: "PUE", args: [col(130, 260, null), col(100, 100, null), undefined], expect: 1.95 },
  { fn: "PUE", args: [1400, 1000, 100], expect: 1.3 },
  { fn: "PUE", args: [col(130, null), col(100, 100)], expect: "#N/A" },
  { fn: "PUE", args: [900, 1000], expect: "#NUM!" },
  { fn: "PUE", args: ["viel", 1000], expect: "#VALUE!" },
  { fn: "PUE", args: [1300, 0], expect: "#DIV/0!" },
  { fn: "CER", args: [9000, 1100, 100], expect: 9 },
  { fn: "CER", args: [col(4000, null, 5000), col(500, null, 500)], expect: 9 },
  { fn: "CER", args: [9000, 0], expect: "#DIV/0!" },
  { fn: "ERF", args: [col(10, 20), col(100, 100)], expect: 0.15 },
  { fn: "ERF", args: [col(10, null, 20), col(100, null, 100)], expect: 0.15 },
  { fn: "ERF", args: [200, 100], expect: "#NUM!" },
  { fn: "WUE", args: [5, 10000], expect: 0.5 },
  { fn: "WUE", args: [col(2, 3, null), col(5000, 5000, null)], expect: 0.5 },
  { fn: "WUE", args: [-5, 10000], expect: "#NUM!" },
  { fn: "REF", args: [800, 1000], expect: 0.8 },
  { fn: "REF", args: [col(null, 800), col(null, 1000)], expect: 0.8 },
  { fn: "REF", args: [1200, 1000], expect: "#NUM!" },
  { fn: "ITEU", args: [[[0.1, 0.3], [0.3, null]]], expect: 0.25 },
  { fn: "ITEU", args: [0.25], expect: 0.25 },
  { fn: "ITEU", args: [[[1.5]]], expect: "#NUM!" },
  { fn: "ITEU", args: [col(null, null)], expect: "#N/A" },
  // 3.3.3 Ausnahme 2: the row naming a GPU server is left out
  { fn: "ITEU", args: [[[0.1, 0.3], [0.9, null]], [["S1"], ["G1"]], [["S1"], ["G1"]], [["Nein"], ["Ja"]]], expect: 0.2 },
  { fn: "SERVERS", args: [[["S1"], ["S2"], [null]], [[0.2, 0.3, 0.1], [0.2, null, null], [0.5, 0.5, 0.5]]], expect: 1 },
  { fn: "SERVERS", args: [[["S1"], ["G1"]], [[0.2, 0.3, 0.1], [0.5, 0.5, 0.5]], 3, [["S1"], ["G1"]], [["Nein"], ["Ja"]]], expect: 1 },
  { fn: "SERVERS", args: [[["S1"]], [[0.2, 35, 0.1]]], expect: "#NUM!" },
  { fn: "STORAGE", args: [col(50, 70), col(100, 100)], expect: 0.6 },
  { fn: "STORAGE", args: [col(50, null, 70), col(100, null, 100)], expect: 0.6 },
  { fn: "STORAGE", args: [col(150), col(100)], expect: "#NUM!" },
  { fn: "PIDLE", args: [col(300, 320, 400), col(0.005, 0.2, 0.5)], expect: 300 },
  { fn: "PIDLE", args: [col(350, 450), col(0.1, 0.3)], expect: 300 },
  { fn: "PIDLE", args: [col(350, null, 450), col(0.1, null, 0.3)], expect: 300 },
  { fn: "PIDLE", args: [col(350, 450), col(0.2, 0.2)], expect: "#DIV/0!" },
  { fn: "SIEC", args: [col(350, 450), col(0.1, 0.3), undefined, 300], expect: (300 * 1.6) / 800 },
  { fn: "SIEC", args: [col(350, null, 450), col(0.1, null, 0.3), undefined, 300], expect: (300 * 1.6) / 800 },
  { fn: "SIEC", args: [col(350, 450), col(0.1, 0.3), undefined, -1], expect: "#NUM!" },
  { fn: "AREAEFF", args: [1200, 1000], expect: 1.2 },
  { fn: "AREAEFF", args: [1200, 0], expect: "#DIV/0!" },
  { fn: "COVERAGE", args: [95, 100], expect: 0.95 },
  { fn: "COVERAGE", args: [col(45, null, 50), col(50, null, 50)], expect: 0.95 },
  { fn: "COVERAGE", args: [101, 100], expect: "#NUM!" },
  { fn: "PUE.LIMIT", args: ["2020-01-01"], expect: 1.3 },
  { fn: "PUE.LIMIT", args: [D2020_01_01], expect: 1.3 },
  { fn: "PUE.LIMIT", args: ["2024-03-01", "2025-03-01"], expect: 1.4 },
  { fn: "PUE.LIMIT", args: ["gestern"], expect: "#VALUE!" },
  { fn: "PUE.LIMIT", args: [null], expect: "#N/A" },
  { fn: "CER.LIMIT", args: ["2024-01-01"], expect: 9 },
  { fn: "CER.LIMIT", args: [D2024_01_01], expect: 9 },
  { fn: "CER.LIMIT", args: ["2024-06-01", "2024-07-01"], expect: 5 },
  { fn: "CER.LIMIT", args: [0], expect: "#NUM!" },
  { fn: "PUE.CHECK", args: [1.3, "2020-01-01"], expect: true },
  { fn: "PUE.CHECK", args: [1.3, D2020_01_01], expect: true },
  { fn: "PUE.CHECK", args: [1.31, "2020-01-01"], expect: false },
  { fn: "PUE.CHECK", args: ["hoch", D2020_01_01], expect: "#VALUE!" },
  { fn: "CER.CHECK", args: [9, "2024-01-01"], expect: false },
  { fn: "CER.CHECK", args: [9.1, D2024_01_01], expect: true },
  { fn: "CER.CHECK", args: [9, "kein Datum"], expect: "#VALUE!" },
  { fn: "ITEU.CHECK", args: [0.2], expect: true },
  { fn: "ITEU.CHECK", args: [0.19], expect: false },
  { fn: "ITEU.CHECK", args: [1.2], expect: "#NUM!" },
  { fn: "REFRIGERANT.CHECK", args: ["R-134a", "2020-05-01", 40], expect: false },
  { fn: "REFRIGERANT.CHECK", args: ["R744", "2020-05-01", 40], expect: true },
  { fn: "REFRIGERANT.CHECK", args: ["R999x", "2020-05-01", 40], expect: "#N/A" },
  { fn: "REFRIGERANT.CHECK", args: ["R744", "2020-05-01", -40], expect: "#NUM!" },
  { fn: "SF6.CHECK", args: ["SF6", "2024-02-01"], expect: false },
  { fn: "SF6.CHECK", args: [true, "2022-12-31"], expect: true },
  { fn: "SF6.CHECK", args: ["SF6", "irgendwann"], expect: "#VALUE!" },
  { fn: "RENEWABLE.CHECK", args: [1000, 1000], expect: true },
  { fn: "RENEWABLE.CHECK", args: [500, 1000, 5000, true], expect: true },
  { fn: "RENEWABLE.CHECK", args: [500, 1000, 4000, true], expect: false },
  { fn: "RENEWABLE.CHECK", args: [col(500, null, 500), col(500, null, 500)], expect: true },
  { fn: "RENEWABLE.CHECK", args: [col(500, null), col(500, 500)], expect: "#N/A" },
  { fn: "WASTEHEAT.CHECK", args: ["2022-12-31", 0, 500], expect: true },
  { fn: "WASTEHEAT.CHECK", args: ["2023-01-01", 0, 50], expect: false },
  { fn: "WASTEHEAT.CHECK", args: ["2023-01-01", 0.1, 100], expect: "#N/A" },
  { fn: "WASTEHEAT.CHECK", args: ["2023-01-01", 0.1, 100, true, true], expect: true },
  { fn: "PRICING.CHECK", args: [0.3, 0.25], expect: true },
  { fn: "PRICING.CHECK", args: [0.3, 0.25, 1000], expect: false },
  { fn: "PRICING.CHECK", args: [-0.3, 0.25], expect: "#NUM!" },
  { fn: "INFO.CHECK", args: [4.9, "Nein"], expect: true },
  { fn: "INFO.CHECK", args: [5, "Nein"], expect: false },
  { fn: "INFO.CHECK", args: [10, "vielleicht"], expect: "#VALUE!" },
  { fn: "PERIOD.CHECK", args: ["2024-12-31", "2025-03-31"], expect: true },
  { fn: "PERIOD.CHECK", args: ["2024-12-31", "2025-04-01"], expect: false },
  { fn: "PERIOD.CHECK", args: ["2024-12-31", "bald"], expect: "#VALUE!" },
  // EnEfG § 11(1): operating before 2026-07-01, 1.5 from 2027-07-01, 1.3 from 2030-07-01 (every boundary)
  { fn: "ENEFG.PUE.LIMIT", args: ["2015-03-01", "2027-06-30"], expect: "#N/A" },
  { fn: "ENEFG.PUE.LIMIT", args: ["2015-03-01", "2027-07-01"], expect: 1.5 },
  { fn: "ENEFG.PUE.LIMIT", args: ["2015-03-01", "2030-06-30"], expect: 1.5 },
  { fn: "ENEFG.PUE.LIMIT", args: ["2015-03-01", "2030-07-01"], expect: 1.3 },
  { fn: "ENEFG.PUE.LIMIT", args: ["2026-06-30", "2027-07-01"], expect: 1.5 },
  // § 11(2): from 2026-07-01, 1.2 from two years after commissioning as EDATE counts (29 February: 28 February)
  { fn: "ENEFG.PUE.LIMIT", args: ["2026-07-01", "2027-07-01"], expect: "#N/A" },
  { fn: "ENEFG.PUE.LIMIT", args: ["2026-07-01", "2028-06-30"], expect: "#N/A" },
  { fn: "ENEFG.PUE.LIMIT", args: ["2026-07-01", "2028-07-01"], expect: 1.2 },
  { fn: "ENEFG.PUE.LIMIT", args: ["2028-02-29", "2030-02-27"], expect: "#N/A" },
  { fn: "ENEFG.PUE.LIMIT", args: ["2028-02-29", "2030-02-28"], expect: 1.2 },
  { fn: "ENEFG.PUE.LIMIT", args: ["2026-07-01", "2026-06-30"], expect: "#NUM!" },
  { fn: "ENEFG.PUE.LIMIT", args: ["gestern", "2026-06-30"], expect: "#VALUE!" },
  { fn: "ENEFG.PUE.LIMIT", args: [null, "2028-01-01"], expect: "#N/A" },
  { fn: "ENEFG.PUE.CHECK", args: [1.5, "2015-03-01", "2027-07-01"], expect: true },
  { fn: "ENEFG.PUE.CHECK", args: [1.5 * (1 + 1e-10), "2015-03-01", "2027-07-01"], expect: true },
  { fn: "ENEFG.PUE.CHECK", args: [1.5001, "2015-03-01", "2027-07-01"], expect: false },
  { fn: "ENEFG.PUE.CHECK", args: [1.25, "2026-09-01", "2028-09-01"], expect: false },
  { fn: "ENEFG.PUE.CHECK", args: [1.4, "2015-03-01", "2027-06-30"], expect: "#N/A" },
  { fn: "ENEFG.PUE.CHECK", args: [-1, "2015-03-01", "2027-07-01"], expect: "#NUM!" },
  // § 11(2) S. 1 Nr. 2: the tier by the day operation began, binding two years later
  { fn: "ENEFG.ERF.MIN", args: ["2026-07-01", "2028-06-30"], expect: "#N/A" },
  { fn: "ENEFG.ERF.MIN", args: ["2026-07-01", "2028-07-01"], expect: 0.1 },
  { fn: "ENEFG.ERF.MIN", args: ["2027-06-30", "2035-01-01"], expect: 0.1 },
  { fn: "ENEFG.ERF.MIN", args: ["2027-07-01", "2035-01-01"], expect: 0.15 },
  { fn: "ENEFG.ERF.MIN", args: ["2028-06-30", "2035-01-01"], expect: 0.15 },
  { fn: "ENEFG.ERF.MIN", args: ["2028-07-01", "2035-01-01"], expect: 0.2 },
  { fn: "ENEFG.ERF.MIN", args: ["2026-06-30", "2035-01-01"], expect: "#N/A" },
  { fn: "ENEFG.ERF.MIN", args: ["2028-07-01", "2028-06-30"], expect: "#NUM!" },
  // § 11(5)
  { fn: "ENEFG.RENEWABLE.MIN", args: ["2023-12-31"], expect: "#N/A" },
  { fn: "ENEFG.RENEWABLE.MIN", args: ["2024-01-01"], expect: 0.5 },
  { fn: "ENEFG.RENEWABLE.MIN", args: ["2026-12-31"], expect: 0.5 },
  { fn: "ENEFG.RENEWABLE.MIN", args: ["2027-01-01"], expect: 1 },
  { fn: "ENEFG.RENEWABLE.MIN", args: [D2024_01_01], expect: 0.5 },
  { fn: "VERSION", args: [], expect: "DE-UZ 228 Ausgabe Januar 2023, Version 3" },
];

const inTable = (fn: string) => deuzFunctions.some((f) => f.name === fn);

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
    expect(e).toHaveProperty("code");
    return (e as { code: string }).code;
  }
}

const columnName = (i: number) => String.fromCharCode(65 + i);

/** A literal in a formula. */
function literal(v: Exclude<Scalar, null>): string {
  if (typeof v === "string") return `"${v.replace(/"/g, '""')}"`;
  if (typeof v === "boolean") return v ? "TRUE()" : "FALSE()";
  return String(v);
}

/**
 * Calls DEUZ.<fn> in a workbook: ranges written into sheet `r` (one block of columns each), scalars typed
 * into the formula or, with `scalarsInCells`, written into row 1 of sheet `v` and referenced.
 */
function viaHyperFormula(c: Case, scalarsInCells: boolean): unknown {
  const ranges: RawCellContent[][] = [[]];
  const scalars: RawCellContent[] = [];
  const refs: string[] = [];
  let column = 0;
  for (const a of c.args) {
    if (a === undefined) {
      refs.push("");
    } else if (Array.isArray(a)) {
      a.forEach((row, r) => row.forEach((v, k) => {
        ranges[r] = ranges[r] ?? [];
        ranges[r][column + k] = v;
      }));
      const width = Math.max(...a.map((r) => r.length));
      refs.push(`r!${columnName(column)}1:${columnName(column + width - 1)}${a.length}`);
      column += width;
    } else if (a === null) {
      // a blank cell (an empty argument at the end would be no argument at all)
      refs.push("v!Z1");
    } else if (scalarsInCells) {
      scalars.push(a);
      refs.push(`v!${columnName(scalars.length - 1)}1`);
    } else {
      refs.push(literal(a));
    }
  }
  while (refs.length && refs[refs.length - 1] === "") refs.pop();
  const dense = (row: RawCellContent[] | undefined) => Array.from(row ?? [], (v) => (v === undefined ? null : v));
  const hf = createDeuzEngine({
    f: [[`=DEUZ.${c.fn}(${refs.join(",")})`]],
    r: Array.from(ranges, dense),
    v: [dense(scalars)],
  });
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

describe("the case table", () => {
  test("covers every function of the engine table", () => {
    const covered = new Set(cases.map((c) => c.fn));
    expect(deuzFunctions.map((f) => f.name).filter((n) => !covered.has(n))).toEqual([]);
  });
  test("covers every function of the issue", () => {
    const covered = new Set(cases.map((c) => c.fn));
    expect(issueFunctions.filter((n) => !covered.has(n))).toEqual([]);
  });
  test("has an Excel error for every function that takes arguments", () => {
    const withArgs = issueFunctions.filter((n) => n !== "VERSION");
    expect(withArgs.filter((n) => !cases.some((c) => c.fn === n && isError(c)))).toEqual([]);
  });
  test("has a range with blanks for every function with a range parameter", () => {
    const ranged = deuzFunctions.filter((f) => f.params.some((p) => p.range)).map((f) => f.name);
    expect(ranged.filter((n) => !cases.some((c) => c.fn === n && hasBlankInRange(c)))).toEqual([]);
  });
});

test("absolute values: PUE 1300/1000 = 1.3 in all three", () => {
  const c: Case = { fn: "PUE", args: [1300, 1000], expect: 1.3 };
  expect(viaEngine(c)).toBe(1.3);
  expect(viaCustomFunction(c)).toBe(1.3);
  expect(viaHyperFormula(c, false)).toBe(1.3);
  expect(viaHyperFormula(c, true)).toBe(1.3);
});

const title = (c: Case) => `DEUZ.${c.fn}(${c.args.map((a) => (a === undefined ? "" : JSON.stringify(a))).join(", ")}) is ${c.expect}`;

describe.each(cases.map((c) => [title(c), c] as const))("%s", (_, c) => {
  if (!inTable(c.fn)) {
    test.skip(`DEUZ.${c.fn} is not in the engine table yet`, () => undefined);
    return;
  }
  test("in the engine", () => close(viaEngine(c), c.expect));
  test("as an Excel custom function", () => close(viaCustomFunction(c), viaEngine(c)));
  test("in HyperFormula, arguments typed into the formula", () => close(viaHyperFormula(c, false), viaEngine(c)));
  test("in HyperFormula, arguments from cells", () => close(viaHyperFormula(c, true), viaEngine(c)));
});
