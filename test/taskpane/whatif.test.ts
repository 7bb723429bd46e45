import { computeWhatIf, exampleScenario, scenarioFromInputs, scenarioNames } from "../../src/taskpane/whatif";
import { evaluateBook } from "../../src/workbook/evaluate";
import { fillExample } from "../../src/workbook/example/scenario";
import { setInput } from "../../src/workbook/fill";
import { buildTemplate } from "../../src/workbook/template/build";

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

describe("taking the workbook's figures (Aus der Arbeitsmappe übernehmen)", () => {
  /** The example workbook evaluated, with Auskopplung_in_MP_KS answered `inKs`. */
  function taken(inKs: string | null) {
    const { book } = buildTemplate("de");
    fillExample(book, "de");
    setInput(book, "Auskopplung_in_MP_KS", inKs);
    const ev = evaluateBook(book);
    const num = (name: string) => ev.inputs.value(name) as number;
    const figures = { ks: num("Jahr_KS_kWh"), it: num("Jahr_IT_kWh"), total: num("Jahr_Gesamt_kWh"), extraction: num("Jahr_Auskopplung_kWh"), cer: ev.inputs.value("CER_Jahr"), pue: num("PUE_Jahr") };
    const scenario = scenarioFromInputs(ev.inputs);
    ev.destroy();
    return { figures, scenario };
  }

  test("every name it reads is one of the template's", () => {
    const { book } = buildTemplate("de");
    const names = new Set(book.names.map((n) => n.name));
    expect(scenarioNames.filter((n) => !names.has(n))).toEqual([]);
  });

  test("MP_KS containing the extraction energy (Ja): E_KS is MP_KS less it; CER and PUE as the workbook's (3.2.7, 3.2.8)", () => {
    const { figures, scenario } = taken("Ja");
    expect(figures.extraction).toBeGreaterThan(0);
    expect(scenario.coolingKwh).toBeCloseTo(figures.ks - figures.extraction, 6);
    // dates as the calculator's inputs take them (the example: commissioned 2019-06-01, period from 2024-01-01)
    expect([scenario.dcCommissioning, scenario.coolingCommissioning, scenario.reportingStart]).toEqual(["2019-06-01", "2019-06-01", "2024-01-01"]);
    expect(scenario.itKwh! + scenario.coolingKwh! + scenario.otherKwh! + scenario.extractionKwh!).toBeCloseTo(figures.total, 6);
    const r = computeWhatIf({ ...exampleScenario, ...scenario });
    expect(r.cer.value).toBeCloseTo(figures.cer as number, 9);
    expect(r.pue.value).toBeCloseTo(figures.pue, 9);
  });

  test("MP_KS without it (Nein): E_KS is MP_KS; the total stays the workbook's", () => {
    const { figures, scenario } = taken("Nein");
    expect(scenario.coolingKwh).toBeCloseTo(figures.ks, 6);
    expect(scenario.itKwh! + scenario.coolingKwh! + scenario.otherKwh! + scenario.extractionKwh!).toBeCloseTo(figures.total, 6);
    expect(computeWhatIf({ ...exampleScenario, ...scenario }).cer.value).toBeCloseTo(figures.cer as number, 9);
  });

  test("without the answer cooling and other energy are not taken (what the user typed stays)", () => {
    const { scenario } = taken(null);
    expect(scenario).not.toHaveProperty("coolingKwh");
    expect(scenario).not.toHaveProperty("otherKwh");
    expect(scenario.itKwh).toBeGreaterThan(0);
  });
});
