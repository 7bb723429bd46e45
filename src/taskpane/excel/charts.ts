/**
 * "Diagramme einfügen" (issue 15): two native Excel charts on the sheet 'Anlage 3.9', below its key figures: the
 * monthly PUE with its limit and the annual ratio of sums (3.2.7: the monthly values are for information only), and
 * the monthly electricity split into IT, cooling, other and heat extraction as stacked columns (3.2.2).
 *
 * Their data is a block of formulas beside the key figures, E3:L40 ("Diagrammdaten", recognised by its title in
 * E3), one row per month of the reporting period in month order, each reading the template's own cells by defined
 * name (`INDEX(MP_IT2,13)`, `PUE_Grenzwert`), so the charts follow Anlage 3.4 until the months change; a blank or
 * unreadable cell gives #NV (#N/A), which Excel leaves out of a chart instead of drawing a 0. Which rows are the
 * period's months is the engine's reading (src/report/series.ts), as `deuz report` takes it.
 *
 * Pressing the button again deletes the charts named DEUZ_… on the sheet and writes the block again (re-created,
 * never duplicated); "Markierungen entfernen" removes both (removeCharts). Nothing is ever written over a value the
 * user typed: a cell of E3:L40 that holds anything but the add-in's own block stops the button before any write.
 *
 * office.js (https://learn.microsoft.com/javascript/api/excel/excel.chartcollection, .chart, .chartseries):
 * ChartCollection.add(type, sourceData, seriesBy) ExcelApi 1.1, getItemOrNullObject 1.4; Chart.name, title,
 * axes.*.title, legend.position, setPosition 1.1; ChartSeriesCollection.add, ChartSeries.setValues and
 * setXAxisValues, markerStyle, ChartLineFormat.lineStyle and weight ExcelApi 1.7. Chart types are written as the
 * string values of Excel.ChartType ("Line", "ColumnStacked"), which the API takes as well as the enum. Adding or
 * deleting a chart on a protected sheet needs "edit objects" and writing the block unlocked cells, so the sheet is
 * unprotected for the write and protected again with its own options (as "Vorlage einfügen" does; the template's
 * sheets have no password; a sheet with one is named and left as it is).
 */
import type { Inputs } from "../../engine/criteria/types";
import type { Language, Text } from "../../engine/errors";
import { seriesOf } from "../../report/series";
import { overviewStrings, OverviewStrings } from "../i18n/overview";
import { PaneError } from "../messages";
import { columnLetter as colLetter } from "../../workbook/book";
import { readInputs } from "./check";
import { missingOf } from "./support";

export const CHART_SHEET = "Anlage 3.9";
/** Every chart the add-in adds is named with this prefix; "Markierungen entfernen" deletes those and no other. */
export const CHART_PREFIX = "DEUZ_";
export const CHART_NAMES = { pue: `${CHART_PREFIX}PUE`, energy: `${CHART_PREFIX}Strom` } as const;
/** The data block: title in row 3, column heads in row 4, up to 36 months (Anlage 3.4's rows) from row 5. */
export const AREA = { first: "E", col: 5, cols: 8, titleRow: 3, headRow: 4, firstRow: 5, months: 36 } as const;
export const AREA_A1 = `E${AREA.titleRow}:L${AREA.firstRow + AREA.months - 1}`;
/** Where the charts go: below the key figures of Anlage 3.9 (rows 1-21, columns A-C). */
export const POSITIONS = { pue: ["A23", "C40"], energy: ["A42", "C60"] } as const;
export const CHART_SETS: [string, string][] = [["ExcelApi", "1.7"]];

type SheetText = OverviewStrings["sheet"];
const both = (f: (s: OverviewStrings) => string): Text => ({ de: f(overviewStrings.de), en: f(overviewStrings.en) });

/** A cell's number, or #NV: a blank month is left out of the chart, never drawn as 0. */
const num = (x: string) => `=IF(ISNUMBER(${x}),${x},NA())`;

/** The block's columns, E to L: the head's key, the formula of month k (1-based row of Anlage 3.4's table), the format. */
const COLUMNS: { head: keyof SheetText; formula: (k: number) => string; format: string }[] = [
  { head: "month", formula: (k) => `=INDEX(Monat,${k})`, format: "mmm yyyy" },
  { head: "pueMonth", formula: (k) => num(`INDEX(PUE_Monat,${k})`), format: "0.00" },
  { head: "limit", formula: () => num("PUE_Grenzwert"), format: "0.00" },
  { head: "annual", formula: () => num("PUE_Jahr"), format: "0.00" },
  { head: "it", formula: (k) => num(`INDEX(MP_IT2,${k})`), format: "#,##0" },
  { head: "cooling", formula: (k) => num(`INDEX(MP_KS,${k})`), format: "#,##0" },
  { head: "other", formula: (k) => num(`INDEX(MP_So,${k})`), format: "#,##0" },
  { head: "extraction", formula: (k) => num(`INDEX(MP_Auskopplung,${k})`), format: "#,##0" },
];

/** The texts the block holds besides formulas, in either language: a cell holding one of them is the add-in's. */
const OWN_TEXTS = new Set<string>(
  (["de", "en"] as const).flatMap((l) => [overviewStrings[l].sheet.areaTitle, ...COLUMNS.map((c) => overviewStrings[l].sheet[c.head])]),
);
const TITLES = new Set([overviewStrings.de.sheet.areaTitle, overviewStrings.en.sheet.areaTitle]);

/** The rows (1-based, within Anlage 3.4's table) of the reporting period's months, in month order (engine's reading). */
export function periodRows(inputs: Inputs): number[] {
  return seriesOf(inputs).points.slice(0, AREA.months).map((p) => p.row + 1);
}

/** The whole block E3:L40 as `formulas`: title, heads, one row a month, empty below. */
export function areaContent(rows: number[], lang: Language): string[][] {
  const t = overviewStrings[lang].sheet;
  const out: string[][] = [];
  out.push([t.areaTitle, ...new Array<string>(AREA.cols - 1).fill("")]);
  out.push(COLUMNS.map((c) => t[c.head]));
  for (let i = 0; i < AREA.months; i++) out.push(i < rows.length ? COLUMNS.map((c) => c.formula(rows[i])) : new Array<string>(AREA.cols).fill(""));
  return out;
}

const filled = (v: unknown) => v !== "" && v !== null && v !== undefined;
const a1 = (r: number, c: number) => `${colLetter(AREA.col + c)}${AREA.titleRow + r}`;

/**
 * The cells of the block (its `formulas`, E3:L40) that hold something the add-in did not write: everything filled
 * unless E3 holds the block's title, and then whatever is neither a formula nor one of its heads.
 */
export function foreignCells(formulas: unknown[][]): string[] {
  const ours = TITLES.has(String(formulas[0]?.[0] ?? ""));
  const out: string[] = [];
  formulas.forEach((row, r) =>
    row.forEach((v, c) => {
      if (!filled(v)) return;
      if (ours && ((typeof v === "string" && (v.startsWith("=") || OWN_TEXTS.has(v))))) return;
      out.push(a1(r, c));
    }),
  );
  return out;
}

/** Unprotects the sheet for a write when it is protected (one sync); its options to protect it again, or null. */
async function unprotect(context: Excel.RequestContext, sheet: Excel.Worksheet, lang: Language): Promise<Excel.WorksheetProtectionOptions | null> {
  if (!sheet.protection.protected) return null;
  const options = sheet.protection.options;
  try {
    sheet.protection.unprotect();
    await context.sync();
  } catch {
    throw new PaneError(both((s) => s.errors.locked), lang);
  }
  return options;
}

const ours = (charts: Excel.ChartCollection) => charts.items.filter((c) => c.name.startsWith(CHART_PREFIX));

/**
 * "Diagramme einfügen": returns the number of months charted. Syncs: (1) the check's read of the inputs (one sync,
 * readInputs) with whether the sheet exists; (2) the block, the sheet's protection and its charts; (3) the sheet
 * unprotected, only when it is protected; (4) old charts deleted, the block written, the charts added, protection back.
 */
export async function insertCharts(lang: Language): Promise<number> {
  const missing = missingOf(CHART_SETS);
  if (missing.length) throw new PaneError(both((s) => s.errors.unsupported(missing.join(", "))), lang);
  return Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(CHART_SHEET);
    const { inputs } = await readInputs(context);
    // readInputs' one sync has run: the sheet's isNullObject is known
    // eslint-disable-next-line office-addins/call-sync-before-read
    if (sheet.isNullObject) throw new PaneError(both((s) => s.errors.noTemplate), lang);
    const rows = periodRows(inputs);
    if (!rows.length) throw new PaneError(both((s) => s.errors.noMonths), lang);
    const block = sheet.getRange(AREA_A1);
    block.load("formulas");
    sheet.protection.load("protected,options");
    sheet.charts.load("items/name");
    await context.sync();
    const foreign = foreignCells(block.formulas);
    if (foreign.length) {
      const list = `${foreign.slice(0, 4).join(", ")}${foreign.length > 4 ? " …" : ""}`;
      throw new PaneError(both((s) => s.errors.occupied(list)), lang);
    }
    const old = ours(sheet.charts);
    const protection = await unprotect(context, sheet, lang);
    for (const c of old) c.delete();
    block.formulas = areaContent(rows, lang);
    block.numberFormat = [new Array<string>(AREA.cols).fill("General"), new Array<string>(AREA.cols).fill("General"), ...new Array(AREA.months).fill(COLUMNS.map((c) => c.format))];
    addCharts(sheet, rows.length, overviewStrings[lang].sheet);
    if (protection) sheet.protection.protect(protection);
    await context.sync();
    return rows.length;
  });
}

/** A column of the block over the charted months ("F5:F16"). */
function column(sheet: Excel.Worksheet, c: number, months: number): Excel.Range {
  const col = colLetter(AREA.col + c);
  return sheet.getRange(`${col}${AREA.firstRow}:${col}${AREA.firstRow + months - 1}`);
}

/**
 * The two charts. Readable without colour: the PUE's months are a line with circles, the limit a dashed black line,
 * the annual figure a thick dark grey one; the columns are Okabe & Ito colours of clearly different lightness (dark
 * blue, light sky, yellow, vermillion: IT and heat extraction, the two darkest, never touch in the stack), each with
 * a black outline.
 */
function addCharts(sheet: Excel.Worksheet, months: number, t: SheetText): void {
  const x = column(sheet, 0, months);
  const named = (chart: Excel.Chart, name: string, title: string, axis: string, [from, to]: readonly [string, string]) => {
    chart.name = name;
    chart.title.text = title;
    chart.axes.valueAxis.title.text = axis;
    chart.axes.categoryAxis.title.text = t.monthAxis;
    chart.legend.position = "Bottom";
    chart.setPosition(from, to);
  };
  const series = (chart: Excel.Chart, first: boolean, name: string, c: number): Excel.ChartSeries => {
    const s = first ? chart.series.getItemAt(0) : chart.series.add(name);
    s.name = name;
    if (!first) s.setValues(column(sheet, c, months));
    s.setXAxisValues(x);
    return s;
  };

  const pue = sheet.charts.add("Line", column(sheet, 1, months), "Columns");
  named(pue, CHART_NAMES.pue, t.pueTitle, t.pueAxis, POSITIONS.pue);
  const month = series(pue, true, t.pueMonth, 1);
  month.format.line.color = "#0072B2";
  month.markerStyle = "Circle";
  month.markerBackgroundColor = "#0072B2";
  const limit = series(pue, false, t.limit, 2);
  limit.format.line.color = "#000000";
  limit.format.line.lineStyle = "Dash";
  limit.markerStyle = "None";
  const annual = series(pue, false, t.annual, 3);
  annual.format.line.color = "#555555";
  annual.format.line.weight = 3;
  annual.markerStyle = "None";

  const energy = sheet.charts.add("ColumnStacked", column(sheet, 4, months), "Columns");
  named(energy, CHART_NAMES.energy, t.energyTitle, t.energyAxis, POSITIONS.energy);
  const paints: [keyof SheetText, number, string][] = [["it", 4, "#0072B2"], ["cooling", 5, "#56B4E9"], ["other", 6, "#F0E442"], ["extraction", 7, "#D55E00"]];
  paints.forEach(([head, c, colour], k) => {
    const s = series(energy, k === 0, t[head], c);
    s.format.fill.setSolidColor(colour);
    s.format.line.color = "#000000";
  });
}

/**
 * Part of "Markierungen entfernen": deletes the charts named DEUZ_… on 'Anlage 3.9' and empties the cells of the
 * block the add-in wrote (a cell typed into it since stays). Two syncs when there is nothing, up to four otherwise.
 * Returns the number of charts deleted.
 */
export async function removeCharts(context: Excel.RequestContext, lang: Language): Promise<number> {
  const sheet = context.workbook.worksheets.getItemOrNullObject(CHART_SHEET);
  await context.sync();
  if (sheet.isNullObject) return 0;
  const block = sheet.getRange(AREA_A1);
  block.load("formulas");
  sheet.protection.load("protected,options");
  sheet.charts.load("items/name");
  await context.sync();
  const formulas = block.formulas;
  const foreign = new Set(foreignCells(formulas));
  const mine: string[] = [];
  if (TITLES.has(String(formulas[0]?.[0] ?? ""))) formulas.forEach((row, r) => row.forEach((v, c) => filled(v) && !foreign.has(a1(r, c)) && mine.push(a1(r, c))));
  const charts = ours(sheet.charts);
  if (!charts.length && !mine.length) return 0;
  const protection = await unprotect(context, sheet, lang);
  for (const c of charts) c.delete();
  if (!foreign.size) block.values = formulas.map((row) => row.map(() => ""));
  else for (const cell of mine) sheet.getRange(cell).values = [[""]];
  if (protection) sheet.protection.protect(protection);
  await context.sync();
  return charts.length;
}
