/**
 * parseNumberIn: a number typed in the task pane's language (issue 12, 1). German groups thousands with "." and
 * writes decimals with ","; English the reverse; spaces group in both. What the language does not allow is no
 * number, never read the other way in silence.
 */
import { parseNumberIn } from "../../src/engine/reading";

describe("numbers typed in German", () => {
  test.each([
    ["9.000.000", 9_000_000],
    ["9000000", 9_000_000],
    ["9 000 000", 9_000_000],
    ["9\u00a0000\u00a0000", 9_000_000],
    ["9\u202f000\u202f000", 9_000_000],
    ["19,5", 19.5],
    ["0,25", 0.25],
    ["1.234", 1234],
    ["1.234,5", 1234.5],
    ["  12 ", 12],
    ["-5.000.000", -5_000_000],
    ["−5000000", -5_000_000],
    ["+20", 20],
    ["-5e6", -5_000_000],
    ["1,5e6", 1_500_000],
    ["0", 0],
  ])("%s is %d", (text, n) => expect(parseNumberIn(text, "de")).toBe(n));

  test.each(["", " ", "19.5", "1,3,5", "9,000,000", "1.23", "12.34,5", "1,2.3", "abc", "19,", ",5", "-", "1e", "1e400", "5 kWh", "1..000"])(
    "%j is no German number",
    (text) => expect(parseNumberIn(text, "de")).toBeNull(),
  );

  test("minus zero is zero", () => expect(Object.is(parseNumberIn("-0", "de"), 0)).toBe(true));
});

describe("numbers typed in English", () => {
  test.each([
    ["9,000,000", 9_000_000],
    ["9 000 000", 9_000_000],
    ["19.5", 19.5],
    ["1,234", 1234],
    ["1,234.5", 1234.5],
    ["1.234", 1.234],
    ["-5e6", -5_000_000],
    ["99999999999999999999999", 1e23],
  ])("%s is %d", (text, n) => expect(parseNumberIn(text, "en")).toBe(n));

  test.each(["9.000.000", "19,5", "1,5", "1.234,5", "1,23"])("%j is no English number", (text) =>
    expect(parseNumberIn(text, "en")).toBeNull(),
  );
});

test("every German number written with grouping by Intl (de-DE) reads back as itself, and the English (en-GB) too", () => {
  for (const n of [0, 7, 999, 1000, 12_345.678, 9_000_000, 0.5, 1_234_567.25]) {
    expect(parseNumberIn(new Intl.NumberFormat("de-DE", { maximumFractionDigits: 3 }).format(n), "de")).toBe(n);
    expect(parseNumberIn(new Intl.NumberFormat("en-GB", { maximumFractionDigits: 3 }).format(n), "en")).toBe(n);
  }
});
