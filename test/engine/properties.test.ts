/**
 * Robustness: whatever a spreadsheet hands a DEUZ function (numbers, NaN, infinities, huge and tiny values,
 * text, truth values, blanks, ranges of any shape), the engine answers with a finite number, a boolean,
 * a text or an Excel error with a message in both languages: never an exception, NaN or Infinity.
 */
import fc from "fast-check";
import { callDeuz, deuzFunctions } from "../../src/engine/formulas";
import { Scalar } from "../../src/engine/values";
import { DeuzError } from "../../src/engine/errors";

const scalar: fc.Arbitrary<Scalar> = fc.oneof(
  fc.double(),
  fc.double({ min: -1e300, max: 1e300 }),
  fc.constantFrom(0, -0, 1, 0.2, 0.01, 5, 10, 100, 1e-300, 5e-324, Number.MAX_VALUE, NaN, Infinity, -Infinity),
  fc.integer({ min: 1, max: 2958465 }),
  fc.constantFrom("2024-01-01", "2013-01-01", "2023-02-30", "R134a", "r-744", "SF6", "Ja", "Nein", "", " ", "abc", "1,5"),
  fc.string(),
  fc.boolean(),
  fc.constant(null),
);
const matrix = fc.array(fc.array(scalar, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 });
const arg = fc.oneof(scalar, matrix, fc.constant(undefined));
const codes = new Set(["#VALUE!", "#NUM!", "#DIV/0!", "#N/A"]);

describe.each(deuzFunctions.map((f) => [f.name, f] as const))("DEUZ.%s never throws", (name, f) => {
  test("any arguments give a value or an Excel error", () => {
    fc.assert(
      fc.property(fc.array(arg, { minLength: f.params.length, maxLength: f.params.length }), (args) => {
        // Only DeuzError may escape the implementation: anything else would be a bug hidden as #VALUE!.
        try {
          const raw = f.compute(...args);
          if (typeof raw === "number") expect(Number.isFinite(raw)).toBe(true);
        } catch (e) {
          expect(e).toBeInstanceOf(DeuzError);
        }
        const out = callDeuz(name, args);
        if (out.ok) {
          if (typeof out.value === "number") expect(Number.isFinite(out.value)).toBe(true);
          else expect(["boolean", "string"]).toContain(typeof out.value);
        } else {
          expect(codes.has(out.error.code)).toBe(true);
          expect(out.error.text.de.length).toBeGreaterThan(0);
          expect(out.error.text.en.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300, seed: 228 },
    );
  });
});
