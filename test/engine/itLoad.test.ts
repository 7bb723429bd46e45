import { callDeuz } from "../../src/engine/formulas";

const out = (name: string, ...args: unknown[]) => {
  const r = callDeuz(name, args as never);
  return r.ok ? r.value : r.error.code;
};
const col = (...v: (number | null)[]) => v.map((x) => [x]);

describe("3.3.3 ITEU_SV (Anhang D)", () => {
  test("per month the mean over the servers in use, then the mean of the months", () => {
    // month 1: servers at 10 % and 30 % → 20 %; month 2: only server 1 at 40 % → 40 %; ITEU = 30 %
    expect(out("ITEU", [[0.1, 0.4], [0.3, null]])).toBeCloseTo(0.3, 12);
  });
  test("a server switched off (blank) does not count in N for that month", () => {
    expect(out("ITEU", [[0.3], [null]])).toBeCloseTo(0.3, 12);
  });
  test("a month without any value is left out; no value at all is #N/A", () => {
    expect(out("ITEU", [[0.2, null], [0.4, null]])).toBeCloseTo(0.3, 12);
    expect(out("ITEU", [[null, null]])).toBe("#N/A");
  });
  test("utilisations are fractions: 35 (per cent typed as a number) is #NUM!, text #VALUE!", () => {
    expect(out("ITEU", [[35]])).toBe("#NUM!");
    expect(out("ITEU", [["hoch"]])).toBe("#VALUE!");
  });
  test("ITEU_SV of exactly 20 % meets 3.3.3, 19.99 % does not", () => {
    expect(out("ITEU.CHECK", 0.2)).toBe(true);
    expect(out("ITEU.CHECK", 0.1999)).toBe(false);
    expect(out("ITEU.CHECK", 20)).toBe("#NUM!");
  });
});

describe("Anhang E: P_idle and SIEC", () => {
  test("method a: intervals below 1 % CPU measure P_idle directly (their mean)", () => {
    expect(out("PIDLE", col(310, 330, 500), col(0.005, 0.009, 0.6))).toBe(320);
  });
  test("exactly 1 % CPU is not below 1 %: method b, the regression line's intercept", () => {
    // power = 300 + 200·cpu
    expect(out("PIDLE", col(302, 340, 400), col(0.01, 0.2, 0.5))).toBeCloseTo(300, 9);
  });
  test("one CPU value only gives no line: #DIV/0!; a negative intercept is #NUM!", () => {
    expect(out("PIDLE", col(300, 310), col(0.5, 0.5))).toBe("#DIV/0!");
    expect(out("PIDLE", col(10, 1000), col(0.1, 0.5))).toBe("#NUM!");
  });
  test("SIEC = P_idle·Σ(1−CPU)·t / Σ P·t", () => {
    const power = col(350, 450);
    const cpu = col(0.1, 0.3);
    expect(out("SIEC", power, cpu, 1, 300)).toBeCloseTo((300 * (0.9 + 0.7)) / 800, 12);
    expect(out("SIEC", power, cpu, col(2, 1), 300)).toBeCloseTo((300 * (0.9 * 2 + 0.7)) / (350 * 2 + 450), 12);
    // P_idle defaults to DEUZ.PIDLE: the line through both points meets 0 % at 300
    expect(out("SIEC", power, cpu)).toBeCloseTo((300 * 1.6) / 800, 9);
  });
  test("series of different sizes are #N/A; a blank in one series only is #N/A", () => {
    expect(out("SIEC", col(350, 450), col(0.1))).toBe("#N/A");
    expect(out("PIDLE", col(350, null), col(0.1, 0.2))).toBe("#N/A");
  });
});
