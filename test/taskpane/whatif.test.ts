import {
  computeWhatIf, exampleScenario, fieldText, readField, roundedText, scenarioFromInputs, scenarioNames, scenarioOf, scenarioSheet, shownFigure, takeFromWorkbook, textsOf,
} from "../../src/taskpane/whatif";
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
    // the field's name, never the code's parameter name ("it")
    expect(r.pue.problem).toBe("IT energy is 0: PUE cannot be computed.");
    expect(computeWhatIf({ ...base, itKwh: 0 }).pue.problem).toBe("IT-Energie ist 0: PUE nicht berechenbar.");
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

describe("fields typed the German and the English way (issue 12, 1)", () => {
  test.each([
    ["itKwh", "9.000.000", "de", 9_000_000],
    ["itKwh", "9 000 000", "de", 9_000_000],
    ["itKwh", "9,000,000", "en", 9_000_000],
    ["iteuPct", "19,5", "de", 19.5],
    ["iteuPct", "19,5 %", "de", 19.5],
    ["iteuPct", "19.5", "en", 19.5],
    ["renewablePct", "99,5", "de", 99.5],
    ["dcCommissioning", "01.06.2019", "de", "2019-06-01"],
    ["dcCommissioning", "2019-06-01", "en", "2019-06-01"],
    ["dcCommissioning", "1.6.2019", "en", "2019-06-01"],
  ] as const)("%s: %j in %s is %j", (key, text, lang, value) => expect(readField(key, text, lang)).toEqual({ ok: true, value }));

  test("an empty field is empty, never 0", () => {
    expect(readField("itKwh", "", "de")).toEqual({ ok: true, value: null });
    expect(readField("itKwh", "   ", "en")).toEqual({ ok: true, value: null });
    expect(readField("reportingStart", "", "de")).toEqual({ ok: true, value: "" });
  });

  test.each([
    ["itKwh", "19.5", "de", "number"],
    ["itKwh", "9.000.000", "en", "number"],
    ["itKwh", "-5e6", "de", "negative"],
    ["itKwh", "-5000000", "en", "negative"],
    ["itKwh", "abc", "de", "number"],
    ["iteuPct", "195", "de", "percent"],
    ["renewablePct", "150", "en", "percent"],
    ["renewablePct", "-1", "de", "percent"],
    ["dcCommissioning", "06/01/2019", "en", "date"],
    ["dcCommissioning", "31.02.2019", "de", "date"],
  ] as const)("%s: %j in %s is refused (%s)", (key, text, lang, reason) => expect(readField(key, text, lang)).toEqual({ ok: false, reason }));

  test("a field left is written with grouping in its language, the value unchanged", () => {
    expect(fieldText("itKwh", 9_000_000, "de")).toBe("9.000.000");
    expect(fieldText("itKwh", 9_000_000, "en")).toBe("9,000,000");
    expect(fieldText("itKwh", 1234.5678, "de")).toBe("1.234,5678");
    expect(fieldText("iteuPct", 19.5, "de")).toBe("19,5");
    expect(fieldText("dcCommissioning", "2019-06-01", "de")).toBe("01.06.2019");
    expect(fieldText("dcCommissioning", "2019-06-01", "en")).toBe("2019-06-01");
    for (const lang of ["de", "en"] as const) {
      const { scenario, invalid } = scenarioOf(textsOf(exampleScenario, lang), lang);
      expect(invalid).toEqual({});
      expect(scenario).toEqual(exampleScenario);
    }
  });

  test("the review's case typed in German: total 12.000.000, IT 9.000.000 gives PUE 1,333 over Tabelle 2 by 300.000 kWh (3.2.7)", () => {
    const texts = { ...textsOf(exampleScenario, "de"), totalKwh: "12.000.000", itKwh: "9.000.000", otherKwh: "", extractionKwh: "", iteuPct: "19,5" };
    const { scenario, invalid } = scenarioOf(texts, "de");
    expect(invalid).toEqual({});
    const r = computeWhatIf(scenario, "de");
    expect(r.pue.value).toBeCloseTo(12 / 9, 12);
    expect(r.pue.limit).toEqual({ limit: 1.3, table: "Tabelle 2" });
    expect(r.pue.ok).toBe(false);
    expect(r.pue.headroomKwh).toBeCloseTo(-300_000, 6);
    expect(r.energy).toMatchObject({ total: 12_000_000, other: 12_000_000 - 9_000_000 - 700_000, otherDerived: true });
    expect(r.iteu).toMatchObject({ value: 0.195, ok: false, missingPoints: expect.closeTo(0.5, 9) });
    // the same in English
    const en = scenarioOf({ ...textsOf(exampleScenario, "en"), totalKwh: "12,000,000", itKwh: "9,000,000", otherKwh: "", extractionKwh: "", iteuPct: "19.5" }, "en");
    expect(en.scenario).toEqual(scenario);
  });

  test("a field not accepted counts as empty: no result, the missing field named", () => {
    const { scenario, invalid } = scenarioOf({ ...textsOf(exampleScenario, "de"), itKwh: "19.5" }, "de");
    expect(invalid).toEqual({ itKwh: "number" });
    expect(scenario.itKwh).toBeNull();
    const r = computeWhatIf(scenario, "de");
    expect(r.pue).toMatchObject({ value: null, ok: null, headroomKwh: null, problem: "IT-Energie fehlt." });
  });
});

describe("total energy beside its parts (issue 12, 5)", () => {
  const parts = { ...exampleScenario, totalKwh: null, otherKwh: 420_000 };

  test("without the total, the total is the sum of the parts", () => {
    expect(computeWhatIf(parts).energy).toMatchObject({ total: 8_160_000, totalDerived: true });
  });

  test("with the total, Sonstiges is its rest; both typed must agree", () => {
    expect(computeWhatIf({ ...parts, totalKwh: 8_160_000, otherKwh: null }).energy).toMatchObject({ other: 420_000, otherDerived: true });
    expect(computeWhatIf({ ...parts, totalKwh: 8_160_000 }).energy.conflictOther).toBeNull();
    const clash = computeWhatIf({ ...parts, totalKwh: 9_000_000 }, "de");
    expect(clash.energy.conflictOther).toBe(1_260_000);
    expect(clash.pue).toMatchObject({ value: null, problem: "Gesamtenergie und Aufteilung passen nicht zusammen." });
  });

  test("neither total nor Sonstiges: PUE names what is missing", () => {
    expect(computeWhatIf({ ...parts, otherKwh: null }, "de").pue.problem).toBe("Gesamtenergie fehlt.");
    expect(computeWhatIf({ ...parts, otherKwh: null, itKwh: null }, "en").pue.problem).toBe("IT energy and total energy are missing.");
  });

  test("impossible parts are named by their fields, with kWh in the pane's format", () => {
    expect(computeWhatIf({ ...parts, totalKwh: 5_000_000, otherKwh: null }, "de").pue.problem).toBe(
      "IT-Energie (6.900.000 kWh) ist größer als die Gesamtenergie (5.000.000 kWh).",
    );
    expect(computeWhatIf({ ...parts, coolingKwh: 0 }, "de").cer.problem).toBe("Strom Kühlsystem ist 0: CER nicht berechenbar.");
  });
});

describe("why a limit cannot be given (issue 12, 5)", () => {
  test("no commissioning date: no limit, and the date named", () => {
    const r = computeWhatIf({ ...exampleScenario, dcCommissioning: "" }, "de");
    expect(r.pue).toMatchObject({ limit: null, ok: null, headroomKwh: null, limitNote: "Kein Grenzwert: Inbetriebnahme Rechenzentrum fehlt." });
    expect(r.pue.value).not.toBeNull();
  });

  test("reporting before commissioning: the engine's reason, with the dates in the pane's language", () => {
    const r = computeWhatIf({ ...exampleScenario, reportingStart: "2019-01-01" }, "de");
    expect(r.pue.limit).toBeNull();
    expect(r.pue.limitNote).toBe("Kein Grenzwert: Der Berichtszeitraum beginnt (01.01.2019) vor der Inbetriebnahme (01.06.2019). Datum prüfen.");
    expect(r.cer.limitNote).toMatch(/^Kein Grenzwert: Der Berichtszeitraum beginnt/);
    expect(computeWhatIf({ ...exampleScenario, reportingStart: "2019-01-01" }, "en").pue.limitNote).toBe(
      "No limit: The reporting period starts (2019-01-01) before commissioning (2019-06-01). Check the dates.",
    );
  });

  test("no reporting start: Tabelle 2 with a note that Tabelle 3 was not checked", () => {
    const r = computeWhatIf({ ...exampleScenario, reportingStart: "" }, "de");
    expect(r.pue.limit).toEqual({ limit: 1.3, table: "Tabelle 2" });
    expect(r.pue.limitNote).toMatch(/Tabelle 3.*nicht geprüft/);
  });
});

describe("figures shown never land on a limit they miss", () => {
  test("a PUE of 1.3004 is not shown as 1,3 beside ≤ 1,30, one of 1.3 is", () => {
    expect(shownFigure(1.3004, "de", 3, 1.3)).toBe("1,3004");
    expect(shownFigure(1.3, "de", 3, 1.3)).toBe("1,3");
    expect(shownFigure(12 / 9, "de", 3, 1.3)).toBe("1,333");
  });

  test("values from the workbook are shown rounded: kWh whole, % one decimal, 19,96 % not as 20,0", () => {
    expect(roundedText("iteuPct", 27.231570512820507, "de")).toBe("27,2");
    expect(roundedText("iteuPct", 19.96, "de")).toBe("19,96");
    expect(roundedText("itKwh", 6_900_000.4, "de")).toBe("6.900.000");
    expect(roundedText("renewablePct", 99.96, "en")).toBe("99.96");
  });

  test("values shown rounded count exactly until typed into", () => {
    const texts = { ...textsOf(exampleScenario, "de"), iteuPct: "27,2" };
    expect(scenarioOf(texts, "de", { iteuPct: 27.231570512820507 }).scenario.iteuPct).toBe(27.231570512820507);
    expect(scenarioOf(texts, "de").scenario.iteuPct).toBe(27.2);
  });
});

describe("what is taken from a workbook", () => {
  test("the total in place of Sonstiges, which then follows from it", () => {
    const { values, skipped } = takeFromWorkbook({ totalKwh: 8_160_000, itKwh: 6_900_000, otherKwh: 420_000, iteuPct: 27.2 });
    expect(skipped).toEqual([]);
    expect(values).toMatchObject({ totalKwh: 8_160_000, itKwh: 6_900_000, otherKwh: null, iteuPct: 27.2 });
  });

  test("an empty template's zero sums are not taken, and named", () => {
    const { values, skipped } = takeFromWorkbook({ totalKwh: 0, itKwh: 0, coolingKwh: 0, extractionKwh: 0, iteuPct: 0, dcCommissioning: "2019-06-01" });
    expect(values).toEqual({ dcCommissioning: "2019-06-01" });
    expect(skipped).toEqual(["totalKwh", "itKwh", "coolingKwh", "extractionKwh", "iteuPct"]);
  });
});

describe("the saved scenario sheet (Als Szenario speichern)", () => {
  test("labels with units, numbers and real dates with formats, figures with limit, Tabelle and verdict, in the pane's language", () => {
    const s = { ...exampleScenario, totalKwh: 12_000_000, itKwh: 9_000_000, otherKwh: null, extractionKwh: null, iteuPct: 19.5 };
    const { name, rows, formats } = scenarioSheet(s, "de", new Date(2026, 10, 30, 10, 15));
    expect(name).toBe("Szenario");
    expect(rows.every((r) => r.length === 6)).toBe(true);
    expect(formats.map((f) => f.length)).toEqual(rows.map(() => 6));
    const at = (label: string) => rows.findIndex((r) => r[0] === label);
    expect(rows[at("IT-Energie (MP_IT2), kWh/Jahr")].slice(0, 2)).toEqual(["IT-Energie (MP_IT2), kWh/Jahr", 9_000_000]);
    expect(formats[at("IT-Energie (MP_IT2), kWh/Jahr")][1]).toBe("#,##0");
    expect(rows[at("Strom Sonstiges (MP_So), kWh/Jahr")][1]).toBe("");
    // a real date (Excel serial of 2019-06-01) with a German date format
    expect(rows[at("Inbetriebnahme Rechenzentrum")][1]).toBe(43617);
    expect(formats[at("Inbetriebnahme Rechenzentrum")][1]).toBe("dd.mm.yyyy");
    expect(rows[at("Erstellt am")][1]).toBeCloseTo(46356 + (10 * 60 + 15) / 1440, 6);
    const pue = rows[at("PUE (3.2.7)")];
    expect(pue[1]).toBeCloseTo(12 / 9, 12);
    expect(pue.slice(2, 5)).toEqual(["≤ 1,30", "Tabelle 2", "nicht erfüllt"]);
    expect(pue[5]).toMatch(/300\.000 kWh Nicht-IT-Energie zu viel/);
    expect(rows[at("ITEU_SV (3.3.3)")].slice(1, 5)).toEqual([0.195, "≥ 20 %", "", "nicht erfüllt"]);
    expect(formats[at("ITEU_SV (3.3.3)")][1]).toBe("0.0%");
    const en = scenarioSheet(s, "en");
    expect(en.name).toBe("Scenario");
    expect(en.rows.some((r) => r[0] === "IT energy (MP_IT2), kWh/year")).toBe(true);
    expect(en.formats.some((f) => f[1] === "yyyy-mm-dd")).toBe(true);
  });

  test("a figure that cannot be computed says why in its row", () => {
    const { rows } = scenarioSheet({ ...exampleScenario, itKwh: null }, "de");
    expect(rows.find((r) => r[0] === "PUE (3.2.7)")?.[5]).toBe("IT-Energie fehlt.");
  });
});
