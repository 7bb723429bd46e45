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

/** The error code with its German and English message. */
const failure = (name: string, ...args: unknown[]) => {
  const r = callDeuz(name, args as never);
  return r.ok ? { value: r.value } : { code: r.error.code, de: r.error.text.de, en: r.error.text.en };
};

describe("ITEU_SV over a year of months", () => {
  test("twelve months of three servers, one switched off from July on", () => {
    const row = (v: number, from = 0) => Array.from({ length: 12 }, (_, m) => (m < from ? null : v));
    const a = row(0.1);
    const b = row(0.3);
    const c = row(0.5).map((v, m) => (m >= 6 ? null : v));
    // Jan–Jun: (0.1+0.3+0.5)/3 = 0.3; Jul–Dec: (0.1+0.3)/2 = 0.2; mean of months 0.25
    expect(out("ITEU", [a, b, c])).toBeCloseTo(0.25, 12);
  });
  test("the mean of monthly means is not the mean of all cells", () => {
    // month 1: 0.1 and 0.5 → 0.3; month 2: 0.5 → 0.5; ITEU 0.4 (the mean of the cells would be 0.3667)
    expect(out("ITEU", [[0.1, 0.5], [0.5, null]])).toBeCloseTo(0.4, 12);
  });
  test("0 and 1 are allowed, -0.01 and 1.01 are #NUM! naming the position", () => {
    expect(out("ITEU", [[0, 1]])).toBeCloseTo(0.5, 12);
    expect(failure("ITEU", [[0.2, 0.3], [0.1, 1.01]])).toEqual({
      code: "#NUM!", de: expect.stringContaining("Zeile 2, Spalte 2"), en: expect.stringContaining("row 2, column 2"),
    });
    expect(out("ITEU", [[-0.01]])).toBe("#NUM!");
  });
  test("a single number is one server in one month; blank is #N/A", () => {
    expect(out("ITEU", 0.35)).toBe(0.35);
    expect(out("ITEU", null)).toBe("#N/A");
  });
  test("a computed ITEU of exactly 20 % meets 3.3.3", () => {
    const value = out("ITEU", [[0.1, 0.15], [0.3, 0.25]]);
    expect(value).toBeCloseTo(0.2, 12);
    expect(out("ITEU.CHECK", value)).toBe(true);
  });
  test("ITEU.CHECK: 1 passes, 0 fails, blank #N/A, text #VALUE!, negative #NUM!", () => {
    expect(out("ITEU.CHECK", 1)).toBe(true);
    expect(out("ITEU.CHECK", 0)).toBe(false);
    expect(out("ITEU.CHECK", null)).toBe("#N/A");
    expect(out("ITEU.CHECK", "20 %")).toBe("#VALUE!");
    expect(out("ITEU.CHECK", -0.2)).toBe("#NUM!");
  });
});

describe("Anhang E: P_idle in detail", () => {
  test("method a uses only the idle intervals, whatever the others say", () => {
    expect(out("PIDLE", col(200, 1000, 5000), col(0, 0.5, 1))).toBe(200);
  });
  test("method b: the least-squares line through noisy points", () => {
    // points (0.2, 340), (0.4, 360), (0.6, 400), (0.8, 420): slope 140, intercept 310
    expect(out("PIDLE", col(340, 360, 400, 420), col(0.2, 0.4, 0.6, 0.8))).toBeCloseTo(310, 9);
  });
  test("blank intervals in both series are skipped; one series longer is #N/A", () => {
    expect(out("PIDLE", col(302, null, 400), col(0.01, null, 0.5))).toBeCloseTo(300, 9);
    expect(out("PIDLE", col(302, 340, 400), col(0.01, 0.2))).toBe("#N/A");
  });
  test("too few distinct CPU values is #DIV/0! saying at least 2 are needed", () => {
    expect(failure("PIDLE", 300, 0.5)).toEqual({ code: "#DIV/0!", de: expect.stringContaining("mindestens 2"), en: expect.stringContaining("at least 2") });
  });
  test("a negative intercept is #NUM! naming Anhang E", () => {
    expect(failure("PIDLE", col(10, 1000), col(0.1, 0.5))).toMatchObject({ code: "#NUM!", de: expect.stringContaining("Anhang E") });
  });
  test("CPU as per cent (35) is #NUM!, text #VALUE!, negative power #NUM!, nothing #N/A", () => {
    expect(out("PIDLE", col(300, 400), col(35, 50))).toBe("#NUM!");
    expect(out("PIDLE", [[300], ["aus"]], col(0.3, 0.5))).toBe("#VALUE!");
    expect(out("PIDLE", col(-300, 400), col(0.3, 0.5))).toBe("#NUM!");
    expect(out("PIDLE", col(null, null), col(null, null))).toBe("#N/A");
  });
});

describe("Anhang E: SIEC in detail", () => {
  test("a server always idle at P_idle has SIEC 1; one at full load has 0", () => {
    expect(out("SIEC", col(300, 300), col(0, 0))).toBe(1);
    expect(out("SIEC", col(500, 600), col(1, 1), 1, 300)).toBe(0);
  });
  test("the interval length scales both energies: a constant interval does not change SIEC", () => {
    const power = col(350, 450, 500);
    const cpu = col(0.1, 0.3, 0.5);
    expect(out("SIEC", power, cpu, 15, 300)).toBeCloseTo(out("SIEC", power, cpu, 1, 300) as number, 12);
    expect(out("SIEC", power, cpu, [[15]], 300)).toBeCloseTo(out("SIEC", power, cpu, undefined, 300) as number, 12);
  });
  test("intervals as a range: blank where power and CPU are blank too; blank alone is #N/A", () => {
    expect(out("SIEC", col(350, null, 450), col(0.1, null, 0.3), col(2, null, 1), 300)).toBeCloseTo((300 * (0.9 * 2 + 0.7)) / (350 * 2 + 450), 12);
    expect(out("SIEC", col(350, 450), col(0.1, 0.3), col(2, null), 300)).toBe("#N/A");
    expect(out("SIEC", col(350, 450), col(0.1, 0.3), col(2, 1, 1), 300)).toBe("#N/A");
  });
  test("zero server energy is #DIV/0!; negative interval or P_idle #NUM!; text P_idle #VALUE!", () => {
    expect(out("SIEC", col(0, 0), col(0.1, 0.3), 1, 300)).toBe("#DIV/0!");
    expect(out("SIEC", col(350, 450), col(0.1, 0.3), -1, 300)).toBe("#NUM!");
    expect(out("SIEC", col(350, 450), col(0.1, 0.3), 1, -300)).toBe("#NUM!");
    expect(out("SIEC", col(350, 450), col(0.1, 0.3), 1, "300 W")).toBe("#VALUE!");
  });
  test("without p_idle, a series that gives no P_idle gives no SIEC", () => {
    expect(out("SIEC", col(300, 310), col(0.5, 0.5))).toBe("#DIV/0!");
  });
});

describe("3.3.3 Ausnahme 2: GPU servers left out of ITEU_SV and the server count (3.3.2)", () => {
  const cpu = [[0.2, 0.4], [0.9, 0.9], [0.3, null]];
  const ids = col(null, null, null).map((_, i) => [["S1", "GPU1", "s3"][i]]);
  const inventory = [["S1"], ["gpu1"], ["S3"]];
  test("rows naming a server marked yes (as the engine reads yes: Ja, \" ja \", TRUE, 1) are left out, IDs as MATCH compares", () => {
    for (const yes of ["Ja", " ja ", true, 1]) {
      expect(out("ITEU", cpu, ids, inventory, [["Nein"], [yes], [null]])).toBeCloseTo(out("ITEU", [[0.2, 0.4], [0.3, null]]) as number, 12);
    }
    // "x" is no yes: the server stays
    expect(out("ITEU", cpu, ids, inventory, [["Nein"], ["x"], [null]])).toBeCloseTo(out("ITEU", cpu) as number, 12);
  });
  test("ids of another length than cpu are #N/A", () => {
    expect(out("ITEU", cpu, [["S1"]], inventory, [["Nein"], ["Ja"], [null]])).toBe("#N/A");
  });
  test("SERVERS counts rows with an ID and at least min_months values (default 3), without the left-out ones", () => {
    const table = [[0.2, 0.3, 0.1], [0.2, 0.4, null], [0.5, 0.6, 0.7], [0.1, 0.1, 0.1]];
    const names = [["S1"], ["S2"], ["G1"], ["  "]];
    expect(out("SERVERS", names, table)).toBe(2);
    expect(out("SERVERS", names, table, 2)).toBe(3);
    expect(out("SERVERS", names, table, 3, [["G1"]], [["Ja"]])).toBe(1);
    expect(out("SERVERS", names, [[0.2, 0.3, 20], [null, null, null], [null, null, null], [null, null, null]])).toBe("#NUM!");
  });
});
