/**
 * Robustness through both adapters: any mix of numbers, NaN, infinities, huge and tiny values, text,
 * booleans, blanks and shapes gives a number, a boolean, a text or an Excel error, never an exception,
 * NaN or Infinity: in Excel's custom-function runtime and in HyperFormula.
 */
import fc from "fast-check";
import { DetailedCellError } from "hyperformula";
import { deuzFunctions } from "../../src/engine/formulas";
import { Scalar } from "../../src/engine/values";
import { asText } from "../../src/workbook/evaluate";
import { createDeuzEngine } from "../../src/workbook/hyperformula";
import { standInCustomFunctions, StandInError } from "./customFunctionsStandIn";

standInCustomFunctions();
 
const { run } = require("../../src/functions/adapter") as typeof import("../../src/functions/adapter");

const scalar: fc.Arbitrary<Scalar> = fc.oneof(
  fc.double(),
  fc.constantFrom(0, -1, 0.2, 10, 100, 45292, 1e308, -1e308, 5e-324, NaN, Infinity, -Infinity),
  fc.constantFrom("2024-01-01", "R134a", "SF6", "Ja", "Nein", "", "x", "1,5"),
  fc.string({ maxLength: 5 }),
  fc.boolean(),
  fc.constant(null),
);
const matrix = fc.array(fc.array(scalar, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 })
  .map((rows) => rows.map((r) => r.concat(Array(3 - r.length).fill(null)).slice(0, Math.max(...rows.map((x) => x.length)))));
const excelCodes = ["#VALUE!", "#NUM!", "#DIV/0!", "#N/A"];

describe.each(deuzFunctions.map((f) => [f.name, f] as const))("DEUZ.%s", (name, f) => {
  test("custom function: a value or a CustomFunctions.Error, never NaN or Infinity", () => {
    fc.assert(
      fc.property(fc.tuple(...f.params.map((p) => (p.range ? matrix : fc.oneof(scalar, fc.constant(null))))), (args) => {
        try {
          const v = run(name, ...(args as unknown[]));
          if (typeof v === "number") expect(Number.isFinite(v)).toBe(true);
        } catch (e) {
          expect(e).toBeInstanceOf(StandInError);
          expect(excelCodes).toContain((e as StandInError).code);
          expect((e as StandInError).message).toMatch(new RegExp(`^DEUZ\\.${name.replace(/\./g, "\\.")}: .+`));
        }
      }),
      { numRuns: 200, seed: 228 },
    );
  });

  test("HyperFormula: a value or an Excel error, never NaN or Infinity", () => {
    const rows: fc.Arbitrary<(Scalar | string)[][]> = fc.tuple(...f.params.map(() => matrix)).map((ms) => {
      // each argument's range in its own 3-column block of rows 2-4; formula in A1
      const sheet: (Scalar | string)[][] = [[null], [], [], []];
      ms.forEach((m, k) => m.forEach((r, i) => r.forEach((v, j) => {
        sheet[i + 1][k * 3 + j] = typeof v === "number" && !Number.isFinite(v) ? null : typeof v === "string" ? asText(v) : v;
      })));
      const refs = f.params.map((p, k) => {
        const from = String.fromCharCode(65 + k * 3);
        return p.range ? `${from}2:${String.fromCharCode(65 + k * 3 + 2)}4` : `${from}2`;
      });
      sheet[0][0] = `=DEUZ.${name}(${refs.join(",")})`;
      return sheet.map((r) => Array.from({ length: Math.max(1, f.params.length * 3) }, (_, i) => r[i] ?? null));
    });
    fc.assert(
      fc.property(rows, (sheet) => {
        const hf = createDeuzEngine({ s: sheet as never });
        const v = hf.getCellValue({ sheet: 0, row: 0, col: 0 });
        hf.destroy();
        if (v instanceof DetailedCellError) expect(excelCodes).toContain(v.value);
        else if (typeof v === "number") expect(Number.isFinite(v)).toBe(true);
        else expect(["boolean", "string"]).toContain(typeof v);
      }),
      { numRuns: 60, seed: 228 },
    );
  });
});
