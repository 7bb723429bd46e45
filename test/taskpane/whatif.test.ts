import { computeWhatIf, exampleScenario } from "../../src/taskpane/whatif";

describe("what-if calculator", () => {
  const base = { ...exampleScenario, itKwh: 1_000_000, coolingKwh: 200_000, otherKwh: 100_000, extractionKwh: 50_000, heatRemovedKwh: 1_800_000, reusedKwh: 60_000 };

  test("PUE leaves out the heat-extraction energy and meets Tabelle 2 exactly at the limit (3.2.7)", () => {
    const r = computeWhatIf(base);
    expect(r.pue.value).toBeCloseTo(1.3, 12);
    expect(r.pue.limit).toEqual({ limit: 1.3, table: "Tabelle 2" });
    expect(r.pue.ok).toBe(true);
    expect(r.pue.headroomKwh).toBeCloseTo(0, 6);
  });

  test("headroom: kWh of overhead left before the PUE limit, negative when over", () => {
    expect(computeWhatIf({ ...base, otherKwh: 50_000 }).pue.headroomKwh).toBeCloseTo(50_000, 6);
    const over = computeWhatIf({ ...base, otherKwh: 150_000 });
    expect(over.pue.ok).toBe(false);
    expect(over.pue.headroomKwh).toBeCloseTo(-50_000, 6);
  });

  test("CER strictly above Tabelle 4; a new data centre gets Tabelle 3 and 5 (3.2.8)", () => {
    expect(computeWhatIf({ ...base, heatRemovedKwh: 1_600_000 }).cer.ok).toBe(false); // CER 8 is not > 8
    const young = computeWhatIf({ ...base, dcCommissioning: "2024-06-01", coolingCommissioning: "2024-06-01", reportingStart: "2024-07-01" });
    expect(young.pue.limit).toEqual({ limit: 1.5, table: "Tabelle 3" });
    expect(young.cer.limit).toEqual({ limit: 5, table: "Tabelle 5" });
  });

  test("ITEU: the percentage points missing to 20 % (3.3.3)", () => {
    expect(computeWhatIf({ ...base, iteuPct: 14.5 }).iteu).toMatchObject({ ok: false, missingPoints: expect.closeTo(5.5, 9) });
    expect(computeWhatIf({ ...base, iteuPct: 20 }).iteu).toMatchObject({ ok: true, missingPoints: 0 });
  });

  test("impossible numbers are not computable, with the engine's message", () => {
    const r = computeWhatIf({ ...base, itKwh: 0 }, "en");
    expect(r.pue.value).toBeNull();
    expect(r.pue.problem).toMatch(/"it" is 0/);
    expect(computeWhatIf({ ...base, dcCommissioning: "" }).pue.limit).toBeNull();
  });
});
