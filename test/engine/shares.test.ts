import { callDeuz } from "../../src/engine/formulas";

const out = (name: string, ...args: unknown[]) => {
  const r = callDeuz(name, args as never);
  return r.ok ? r.value : r.error.code;
};
const col = (...v: (number | null | string)[]) => v.map((x) => [x]);

describe("3.2.10 ERF, 3.2.4 REF, 3.2.5 WUE: ratios of sums", () => {
  test("ERF is reused over total energy, summed over the months", () => {
    expect(out("ERF", col(10, 30), col(100, 300))).toBeCloseTo(0.1, 12);
    expect(out("ERF", 0, 100)).toBe(0);
    expect(out("ERF", 101, 100)).toBe("#NUM!");
    expect(out("ERF", 0, 0)).toBe("#DIV/0!");
  });
  test("REF of 100 % is exactly 1; above the total is #NUM!", () => {
    expect(out("REF", 1000, 1000)).toBe(1);
    expect(out("REF", 1001, 1000)).toBe("#NUM!");
  });
  test("WUE is litres of water per kWh of IT energy", () => {
    expect(out("WUE", col(1, 2), col(1000, 2000))).toBeCloseTo(1, 12);
    expect(out("WUE", -1, 1000)).toBe("#NUM!");
  });
  test("a month with water but no IT energy is #N/A, naming the position", () => {
    const r = callDeuz("WUE", [col(1, 2), col(1000, null)]);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe("#N/A");
      expect(r.error.text.de).toMatch(/Zeile 2, Spalte 1/);
      expect(r.error.text.en).toMatch(/row 2, column 1/);
    }
  });
});

describe("Anhang D: storage utilisation and coverage", () => {
  test("storage utilisation is occupied over installed capacity, as sums", () => {
    expect(out("STORAGE", col(50, 30), col(100, 100))).toBeCloseTo(0.4, 12);
    expect(out("STORAGE", 120, 100)).toBe("#NUM!");
    expect(out("STORAGE", col(50, "voll"), col(100, 100))).toBe("#VALUE!");
  });
  test("coverage of 90 % of the servers is 0.9", () => {
    expect(out("COVERAGE", 450, 500)).toBe(0.9);
    expect(out("COVERAGE", 501, 500)).toBe("#NUM!");
  });
});

describe("3.2.12 Flächeneffizienz", () => {
  test("IT total power per area in kW/m²", () => {
    expect(out("AREAEFF", 1200, 400)).toBe(3);
    expect(out("AREAEFF", 1200, 0)).toBe("#DIV/0!");
    expect(out("AREAEFF", -5, 10)).toBe("#NUM!");
    expect(out("AREAEFF", [[1, 2]], 10)).toBe("#VALUE!");
  });
});

/** The error code with its German and English message. */
const failure = (name: string, ...args: unknown[]) => {
  const r = callDeuz(name, args as never);
  return r.ok ? { value: r.value } : { code: r.error.code, de: r.error.text.de, en: r.error.text.en };
};

describe("ratios of sums over ranges with blanks", () => {
  test.each(["ERF", "REF", "STORAGE", "COVERAGE"])("%s: a position blank in both ranges is skipped, not counted as 0", (name) => {
    expect(out(name, col(10, null, 30), col(100, null, 300))).toBeCloseTo(0.1, 12);
  });
  test.each(["ERF", "WUE", "REF", "STORAGE", "COVERAGE"])("%s: a position filled in one range only is #N/A", (name) => {
    expect(out(name, col(10, 20), col(100, null))).toBe("#N/A");
    expect(out(name, col(10, null), col(100, 200))).toBe("#N/A");
  });
  test.each(["ERF", "WUE", "REF", "STORAGE", "COVERAGE"])("%s: two empty ranges are #N/A, a blank scalar is #N/A", (name) => {
    expect(out(name, col(null, null), col(null, null))).toBe("#N/A");
    expect(out(name, null, 100)).toBe("#N/A");
  });
  test.each(["ERF", "WUE", "REF", "STORAGE", "COVERAGE"])("%s: a zero denominator is #DIV/0!", (name) => {
    expect(out(name, 0, 0)).toBe("#DIV/0!");
    expect(out(name, col(0, 0), col(0, 0))).toBe("#DIV/0!");
  });
  test.each(["ERF", "WUE", "REF", "STORAGE", "COVERAGE"])("%s: text #VALUE! and negatives #NUM!, naming the position", (name) => {
    expect(failure(name, col(1, "n/a"), col(100, 100))).toEqual({
      code: "#VALUE!", de: expect.stringContaining("Zeile 2, Spalte 1"), en: expect.stringContaining("row 2, column 1"),
    });
    expect(failure(name, col(1, 1), [[100], [-100]])).toEqual({
      code: "#NUM!", de: expect.stringContaining("Zeile 2, Spalte 1"), en: expect.stringContaining("row 2, column 1"),
    });
  });
  test("ranges of different shapes are summed on their own (annual figure against monthly ones)", () => {
    expect(out("ERF", 40, col(100, 300))).toBeCloseTo(0.1, 12);
    expect(out("ERF", [[10, 30]], col(100, 300))).toBeCloseTo(0.1, 12);
  });
  test("a 12-month table (rows × meters) works as well as a column", () => {
    const months = (v: number) => Array.from({ length: 12 }, () => [v]);
    expect(out("REF", months(90), months(100))).toBeCloseTo(0.9, 12);
    expect(out("WUE", months(0.5), months(1000))).toBeCloseTo(0.5, 12);
  });
});

describe("the parts cannot exceed the whole", () => {
  test("ERF: all energy reused is 1; more is #NUM! with a message naming both", () => {
    expect(out("ERF", 500, 500)).toBe(1);
    expect(failure("ERF", 501, 500)).toEqual({
      code: "#NUM!", de: expect.stringMatching(/„reused“ \(501\).*„total“ \(500\)/), en: expect.stringMatching(/"reused" \(501\).*"total" \(500\)/),
    });
  });
  test("REF: 0 renewable is 0; summed over months it cannot exceed the total", () => {
    expect(out("REF", 0, 1000)).toBe(0);
    expect(out("REF", col(600, 600), col(500, 700))).toBe(1); // a month above is fine, the year is not above
    expect(out("REF", col(600, 700), col(500, 700))).toBe("#NUM!");
  });
  test("STORAGE and COVERAGE: full is 1", () => {
    expect(out("STORAGE", col(100, 200), col(100, 200))).toBe(1);
    expect(out("COVERAGE", 500, 500)).toBe(1);
    expect(out("COVERAGE", col(90, 10), col(100, 11))).toBeCloseTo(100 / 111, 12);
  });
  test("WUE has no upper bound: water in m³ against kWh", () => {
    expect(out("WUE", 2000, 1000)).toBe(2000);
    expect(out("WUE", 0, 1000)).toBe(0);
    expect(out("WUE", 1, 0)).toBe("#DIV/0!");
  });
});

describe("3.2.12 area efficiency: arguments", () => {
  test("blank is #N/A, text that is no number #VALUE!, a 1×1 range is read as its value", () => {
    expect(out("AREAEFF", null, 10)).toBe("#N/A");
    expect(out("AREAEFF", "1.200", 10)).toBe("#VALUE!"); // ambiguous: 1200 or 1.2
    expect(out("AREAEFF", "1200 Watt", 10)).toBe("#VALUE!");
    expect(out("AREAEFF", "1.200,0", 10)).toBe(120);
    expect(out("AREAEFF", [[1200]], [[400]])).toBe(3);
    expect(out("AREAEFF", 0, 400)).toBe(0);
  });
});
