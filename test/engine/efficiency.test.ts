import { callDeuz } from "../../src/engine/formulas";
import { serial } from "../../src/engine/dates";

const value = (name: string, ...args: unknown[]) => {
  const out = callDeuz(name, args as never);
  if (!out.ok) throw new Error(`${name} gave ${out.error.code}: ${out.error.text.en}`);
  return out.value;
};
const code = (name: string, ...args: unknown[]) => {
  const out = callDeuz(name, args as never);
  return out.ok ? out.value : out.error.code;
};

describe("3.2.7 PUE", () => {
  test("is the ratio of the sums, not the mean of monthly ratios", () => {
    expect(value("PUE", [[130], [260]], [[100], [100]])).toBeCloseTo(390 / 200, 12);
  });
  test("leaves out the energy used to extract waste heat", () => {
    expect(value("PUE", 1400, 1000, 100)).toBeCloseTo(1.3, 12);
  });
  test("a month filled in one range and blank in the other is #N/A", () => {
    expect(code("PUE", [[130], [null]], [[100], [100]])).toBe("#N/A");
  });
  test("IT energy above total energy is #NUM!, zero IT energy #DIV/0!, text #VALUE!", () => {
    expect(code("PUE", 90, 100)).toBe("#NUM!");
    expect(code("PUE", 0, 0)).toBe("#DIV/0!");
    expect(code("PUE", "viel", 100)).toBe("#VALUE!");
  });
});

describe("3.2.7 Tabelle 2 and 3", () => {
  test.each([
    ["2014-12-31", 1.6],
    ["2015-01-01", 1.5],
    ["2018-12-31", 1.5],
    ["2019-01-01", 1.3],
    ["2023-12-31", 1.3],
    ["2024-01-01", 1.25],
  ])("a data centre commissioned %s may have a PUE of at most %d", (commissioning, limit) => {
    expect(value("PUE.LIMIT", serial(commissioning))).toBe(limit);
    expect(value("PUE.LIMIT", commissioning)).toBe(limit);
  });
  test("in its first year 1.50, from exactly one year 1.40, from exactly two years Tabelle 2", () => {
    expect(value("PUE.LIMIT", "2024-03-01", "2025-02-28")).toBe(1.5);
    expect(value("PUE.LIMIT", "2024-03-01", "2025-03-01")).toBe(1.4);
    expect(value("PUE.LIMIT", "2024-03-01", "2026-02-28")).toBe(1.4);
    expect(value("PUE.LIMIT", "2024-03-01", "2026-03-01")).toBe(1.25);
  });
  test("PUE equal to the limit passes, above it fails; noise below 1e-9 relative is tolerated", () => {
    expect(value("PUE.CHECK", 1.3, "2020-05-01")).toBe(true);
    expect(value("PUE.CHECK", 1.3 * (1 + 5e-10), "2020-05-01")).toBe(true);
    expect(value("PUE.CHECK", 1.3001, "2020-05-01")).toBe(false);
  });
});

describe("3.2.8 CER, Tabelle 4 and 5", () => {
  test("a cooling system commissioned 2024-01-01 must exceed CER 9: exactly 9 fails", () => {
    expect(value("CER.LIMIT", "2024-01-01")).toBe(9);
    expect(value("CER.CHECK", 9, "2024-01-01")).toBe(false);
    expect(value("CER.CHECK", 9.01, "2024-01-01")).toBe(true);
  });
  test("Tabelle 5 relaxes the limit in the data centre's first two years, never tightens it", () => {
    expect(value("CER.LIMIT", "2024-06-01", "2024-07-01")).toBe(5);
    expect(value("CER.LIMIT", "2024-06-01", "2025-06-01")).toBe(6.5);
    expect(value("CER.LIMIT", "2014-01-01", "2025-06-01", "2024-06-01")).toBe(5);
  });
  test("CER is heat removed over cooling energy without heat extraction", () => {
    expect(value("CER", 9000, 1100, 100)).toBeCloseTo(9, 12);
  });
});
