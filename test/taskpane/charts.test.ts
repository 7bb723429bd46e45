/**
 * "Diagramme einfügen" (issue 15) against the HyperFormula-backed Excel fake: two native charts on 'Anlage 3.9' with
 * their series on the data block E3:L40 (monthly PUE, its limit, the annual ratio of sums; IT, cooling, other and
 * extraction stacked), re-created and not duplicated by a second press, removed with the marks, nothing written
 * outside the block (no input cell, no value the user typed); and the Übersicht's charts from the check's own read.
 */
import { checkAndMark, removeMarks } from "../../src/taskpane/excel/actions";
import { AREA_A1, CHART_NAMES, foreignCells, insertCharts, periodRows } from "../../src/taskpane/excel/charts";
import { overviewStrings } from "../../src/taskpane/i18n/overview";
import { chartsOf, seriesOf } from "../../src/report";
import { fillExample } from "../../src/workbook/example/scenario";
import { buildTemplate } from "../../src/workbook/template/build";

import { installFake, removeFake } from "./installFake";

const SHEET = "Anlage 3.9";
const at = (cell: string) => `'${SHEET}'!${cell}`;

function open(fill: "example" | "empty", lang: "de" | "en" = "de") {
  const { book } = buildTemplate(lang);
  if (fill === "example") fillExample(book, lang);
  return installFake(book);
}

afterEach(removeFake);

interface Series {
  name: string;
  values: string;
  xValues: string;
  format: { line: { lineStyle?: string; color?: string }; fill: { color?: string } };
}
interface Chart {
  _name: string;
  type: string;
  title: { text: string };
  axes: { valueAxis: { title: { text: string } }; categoryAxis: { title: { text: string } } };
  position: [string, string];
  list: Series[];
}
const chartsOn = (excel: { sheet(n: string): { charts: { list: Chart[] } } }) => excel.sheet(SHEET).charts.list;

/** The cells written, as [kind, 'Sheet'!A1, value]. */
const written = (excel: { writes: [string, string, unknown][] }) => excel.writes.filter(([kind]) => kind === "values" || kind === "formulas");
const inBlock = (k: string) => {
  const m = /^'Anlage 3\.9'!([A-Z]+)(\d+)$/.exec(k);
  return Boolean(m && m[1] >= "E" && m[1] <= "L" && m[1].length === 1 && Number(m[2]) >= 3 && Number(m[2]) <= 40);
};

describe("Diagramme einfügen on the filled example (3.2.7, 3.2.2)", () => {
  test("two charts on Anlage 3.9: monthly PUE with limit and annual ratio of sums, the energy split as stacked columns", async () => {
    const excel = open("example");
    const months = await insertCharts("de");
    expect(months).toBe(12);
    const charts = chartsOn(excel);
    expect(charts.map((c) => c._name)).toEqual([CHART_NAMES.pue, CHART_NAMES.energy]);
    const [pue, energy] = charts;
    const t = overviewStrings.de.sheet;
    expect(pue.type).toBe("Line");
    expect(pue.title.text).toBe("PUE je Monat und Grenzwert (3.2.7)");
    expect(pue.axes.valueAxis.title.text).toBe("PUE (kWh gesamt ÷ kWh IT)");
    expect(pue.axes.categoryAxis.title.text).toBe("Monat");
    expect(pue.list.map((s) => [s.name, s.values, s.xValues])).toEqual([
      [t.pueMonth, at("F5:F16"), at("E5:E16")],
      [t.limit, at("G5:G16"), at("E5:E16")],
      [t.annual, at("H5:H16"), at("E5:E16")],
    ]);
    // the limit is told apart without colour: dashed
    expect(pue.list[1].format.line.lineStyle).toBe("Dash");
    expect(energy.type).toBe("ColumnStacked");
    expect(energy.axes.valueAxis.title.text).toBe("Strom (kWh)");
    expect(energy.list.map((s) => [s.name, s.values])).toEqual([
      [t.it, at("I5:I16")], [t.cooling, at("J5:J16")], [t.other, at("K5:K16")], [t.extraction, at("L5:L16")],
    ]);
    expect(energy.list.map((s) => s.format.fill.color)).toEqual(["#0072B2", "#56B4E9", "#F0E442", "#D55E00"]);
    // below the key figures (rows 1-21), beside nothing
    expect(pue.position).toEqual(["A23", "C40"]);
    expect(energy.position).toEqual(["A42", "C60"]);
  });

  test("the data block reads Anlage 3.4's own cells by name for the reporting period's months, in month order; blank is #NV", async () => {
    const excel = open("example");
    const r = await checkAndMark("de");
    const rows = periodRows(r.inputs);
    expect(rows).toHaveLength(12);
    await insertCharts("de");
    const f = excel.read(SHEET, AREA_A1, true) as string[][];
    expect(f[0][0]).toBe(overviewStrings.de.sheet.areaTitle);
    expect(f[1]).toEqual(["Monat", "PUE des Monats (Information)", "Grenzwert PUE (Tabelle 2 / 3)", "PUE im Berichtszeitraum (Verhältnis der Summen)", "IT (MP_IT2), kWh", "Kühlsystem (MP_KS), kWh", "Sonstiges (MP_So), kWh", "Abwärmeauskopplung (MP_Auskopplung), kWh"]);
    expect(f[2][0]).toBe(`=INDEX(Monat,${rows[0]})`);
    expect(f[2][4]).toBe(`=IF(ISNUMBER(INDEX(MP_IT2,${rows[0]})),INDEX(MP_IT2,${rows[0]}),NA())`);
    expect(f[2][2]).toBe("=IF(ISNUMBER(PUE_Grenzwert),PUE_Grenzwert,NA())");
    expect(f[13][7]).toBe(`=IF(ISNUMBER(INDEX(MP_Auskopplung,${rows[11]})),INDEX(MP_Auskopplung,${rows[11]}),NA())`);
    // below the 12 months: empty
    expect(f.slice(14).flat().every((v) => v === "")).toBe(true);
    // the months really are the reporting period's, as the report charts them
    const months = seriesOf(r.inputs).points.map((p) => p.month);
    const table = r.inputs.matrix("Monat");
    expect(rows.map((k) => table[k - 1][0])).toEqual(months);
  });

  test("nothing is written outside the block: no input cell, no other sheet", async () => {
    const excel = open("example");
    await insertCharts("en");
    const w = written(excel);
    expect(w.length).toBeGreaterThan(0);
    expect(w.filter(([, k]) => !inBlock(k))).toEqual([]);
    const unlocked: Set<string> = excel.sheet(SHEET).unlocked;
    expect(w.filter(([, k]) => unlocked.has(k.split("!")[1]))).toEqual([]);
    expect(excel.fills.size).toBe(0);
  });

  test("pressing again re-creates the two charts and the block (no duplicate), in the language chosen now", async () => {
    const excel = open("example");
    await insertCharts("de");
    await insertCharts("en");
    await insertCharts("en");
    expect(chartsOn(excel).map((c) => c._name)).toEqual([CHART_NAMES.pue, CHART_NAMES.energy]);
    expect(chartsOn(excel)[0].title.text).toBe("PUE by month and its limit (3.2.7)");
    expect(excel.read(SHEET, "E3:E4", true)).toEqual([[overviewStrings.en.sheet.areaTitle], ["Month"]]);
  });

  test("a chart of the user's own on the sheet is left alone", async () => {
    const excel = open("example");
    const own = excel.sheet(SHEET).charts.add("Pie", excel.sheet(SHEET).getRange("B4:B5"), "Columns");
    own.name = "Mein Diagramm";
    await insertCharts("de");
    await insertCharts("de");
    await removeMarks("de");
    expect(chartsOn(excel).map((c) => c._name)).toEqual(["Mein Diagramm"]);
  });

  test("a value the user typed where the block goes stops the button: nothing written, no chart", async () => {
    const excel = open("example");
    excel.sheet(SHEET).cells.set("G10", 5);
    excel.sheet(SHEET).cells.set("L40", "meine Notiz");
    await expect(insertCharts("de")).rejects.toThrow(/G10, L40.*nichts geändert/);
    expect(chartsOn(excel)).toEqual([]);
    expect(written(excel)).toEqual([]);
  });

  test("a value typed into the add-in's own block later is not overwritten either", async () => {
    const excel = open("example");
    await insertCharts("de");
    excel.sheet(SHEET).cells.set("F7", 1.1);
    await expect(insertCharts("de")).rejects.toThrow(/F7/);
    // Markierungen entfernen empties the block's own cells and keeps the typed one
    await removeMarks("de");
    expect(excel.read(SHEET, "F7")).toEqual([[1.1]]);
    expect(excel.read(SHEET, "E3:E5")).toEqual([[""], [""], [""]]);
    expect(chartsOn(excel)).toEqual([]);
  });

  test("the block's recognition: foreignCells", () => {
    const empty = Array.from({ length: 38 }, () => new Array(8).fill(""));
    expect(foreignCells(empty)).toEqual([]);
    const typed = empty.map((r) => [...r]);
    typed[0][0] = "Diagrammdaten";
    typed[2][1] = "=A1";
    expect(foreignCells(typed)).toEqual(["E3", "F5"]);
  });
});

describe("protection and hosts", () => {
  test("a protected sheet (no password) is unprotected for the write and protected again with its own options", async () => {
    const excel = open("example");
    const options = { allowFormatCells: true, allowEditObjects: true, selectionMode: "Normal" };
    excel.sheet(SHEET).prot = { protected: true, options };
    await insertCharts("de");
    expect(chartsOn(excel)).toHaveLength(2);
    expect(excel.sheet(SHEET).prot).toEqual({ protected: true, options });
    await removeMarks("de");
    expect(chartsOn(excel)).toHaveLength(0);
    expect(excel.sheet(SHEET).prot).toEqual({ protected: true, options });
  });

  test("a sheet protected with a password is named, and nothing is added", async () => {
    const excel = open("example");
    excel.sheet(SHEET).prot = { protected: true, options: { allowEditObjects: true }, password: "geheim" };
    await expect(insertCharts("de")).rejects.toThrow(/mit Kennwort geschützt/);
    expect(chartsOn(excel)).toEqual([]);
    expect(written(excel)).toEqual([]);
  });

  test("without ExcelApi 1.7 the button says what is missing before anything is sent", async () => {
    const excel = open("example");
    excel.sets = { ExcelApi: "1.6" };
    await expect(insertCharts("en")).rejects.toThrow(/needs ExcelApi 1\.7/);
    expect(excel.syncs).toBe(0);
  });

  test("an empty template has no months: no chart, nothing written", async () => {
    const excel = open("empty");
    await expect(insertCharts("de")).rejects.toThrow(/keinen Monat des Berichtszeitraums/);
    expect(chartsOn(excel)).toEqual([]);
    expect(written(excel)).toEqual([]);
  });

  test("Markierungen entfernen without charts: nothing on Anlage 3.9 is written", async () => {
    const excel = open("example");
    await checkAndMark("de");
    const before = written(excel).length;
    const r = await removeMarks("de");
    expect(r.charts).toBe(0);
    expect(written(excel).filter(([, k]) => k.startsWith(`'${SHEET}'`)).length).toBe(written(excel).slice(0, before).filter(([, k]) => k.startsWith(`'${SHEET}'`)).length);
  });
});

describe("the Übersicht's data: the check's own read (issue 15)", () => {
  test("the report's charts come from the inputs the check read, with the check's PUE; the empty template has none", async () => {
    open("example");
    const r = await checkAndMark("de");
    const charts = chartsOf(seriesOf(r.inputs), "de");
    expect(charts.map((c) => c.criterion)).toEqual(expect.arrayContaining(["3.2.2", "3.2.7", "3.2.8", "3.3.3"]));
    const pue = r.findings.find((f) => f.id === "3.2.7")!;
    expect(seriesOf(r.inputs).pue.value).toBeCloseTo(pue.value as number, 12);
    open("empty");
    const e = await checkAndMark("de");
    expect(e.empty).toBe(true);
    expect(chartsOf(seriesOf(e.inputs), "de")).toEqual([]);
  });
});
