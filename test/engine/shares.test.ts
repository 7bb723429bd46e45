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
