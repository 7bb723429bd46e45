/** What the task pane's buttons do in Excel: insert the template, check and mark, clear, save a scenario. */
import { Finding } from "../../engine/criteria";
import type { CellRef, Inputs } from "../../engine/criteria/types";
import type { Language } from "../../engine/errors";
import { yesNo } from "../../workbook/template/vocabulary";
import { Scenario, scenarioFromInputs, scenarioNames, scenarioSheet } from "../whatif";
import { cellOf, qualified, RangeAddress } from "./address";
import { checkOpenWorkbook, NameErrorCell, readInputs, unboundDeuz } from "./check";
import { unboundHint } from "./hints";
import { addinHintCells } from "../../workbook/template/addinCells";
import { apiFormula } from "../../workbook/formula";
import { clearMarks, ClearOutcome, markFindings, MarkOutcome, marksFor } from "./marks";
import { removeCharts } from "./charts";
import { inputNames, templateSheetNames } from "./names";
import { requireFeature, supported } from "./support";
import { PaneError, paneText } from "../messages";
import { LawRequest, LawView, shownFindings } from "../ruleSets";

export interface Roles {
  rzBetreiber: boolean;
  rzDienstleister: boolean;
  itBetreiber: boolean;
}

const roleNames: Record<keyof Roles, string> = {
  rzBetreiber: "Rolle_RZ_Betreiber",
  rzDienstleister: "Rolle_RZ_Dienstleister",
  itBetreiber: "Rolle_IT_Betreiber",
};

/** The workbook already holds the template, or its structure is protected: nothing was inserted. */
export class TemplateConflictError extends PaneError {}

/**
 * Inserts the template's sheets and fills in the chosen roles (Stammdaten, Tabelle 1) where still blank.
 *
 * Three syncs: (1) the workbook's sheet and defined names and its structure protection; (2) the insertion and,
 * under the template's sheet names, each inserted sheet's protection and formulas; (3) the formulas written again
 * and the roles. From the documentation:
 * - Workbook.insertWorksheetsFromBase64(base64, options) is ExcelApi 1.13, returns the inserted sheets' IDs (not
 *   names), inserts at the end by default, and in Excel on the web refuses (UnsupportedFeature) sheets with charts,
 *   comments, PivotTables or slicers; the template has none
 *   (https://learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-insertworksheetsfrombase64-member(1),
 *   https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-workbooks#insert-a-copy-of-an-existing-workbook-into-the-current-one).
 * - What it does with a sheet or workbook-level name that already exists is not documented (Excel's own copy
 *   renames the sheet "Stammdaten (2)" and asks about names), and names have come out as #REF! after it
 *   (https://github.com/OfficeDev/office-js/issues/3583). So the add-in refuses to insert into a workbook that
 *   already has one of the template's sheets or names, and checks afterwards that the role names resolve.
 * - The template's sheets are protected without a password; formula cells are locked, and writing to a locked cell
 *   of a protected sheet fails. Each protected sheet is unprotected, written and protected again with the options
 *   it had (WorksheetProtection.unprotect/protect, ExcelApi 1.2,
 *   https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotection). protect() on a protected and
 *   unprotect() on an unprotected sheet throw in some builds (https://github.com/OfficeDev/office-js/issues/6784),
 *   so both are called only where the state was loaded first.
 * - Only formula cells are written again, through `formulas` (English function names, comma separators, whatever
 *   the user's locale: https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-formulas-member):
 *   writing text constants back would enter them as if typed, and "3.2.7" may become a date.
 */
export async function insertTemplate(assetUrl: string, roles: Roles, lang: Language): Promise<number> {
  requireFeature("insert", lang);
  const response = await fetch(assetUrl);
  if (!response.ok) throw new PaneError(paneText("download", assetUrl, response.status), lang);
  const bytes = new Uint8Array(await response.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  const base64 = btoa(binary);
  return Excel.run(async (context) => {
    const wb = context.workbook;
    wb.worksheets.load("items/name");
    wb.names.load("items/name");
    wb.protection.load("protected");
    await context.sync();

    if (wb.protection.protected) {
      throw new TemplateConflictError(paneText("structureProtected"), lang);
    }
    const sheetNames = new Set(wb.worksheets.items.map((w) => w.name.toLowerCase()));
    const definedNames = new Set(wb.names.items.map((n) => n.name.toLowerCase()));
    const clashes = [
      ...templateSheetNames().filter((n) => sheetNames.has(n.toLowerCase())),
      ...[...inputNames(), ...Object.values(roleNames)].filter((n) => definedNames.has(n.toLowerCase())),
    ];
    if (clashes.length) {
      const list = [...new Set(clashes)].slice(0, 3).join(", ");
      throw new TemplateConflictError(paneText("templateThere", list), lang);
    }

    const inserted = wb.insertWorksheetsFromBase64(base64, { positionType: "End" });
    // the sheets keep the template's names: none of them existed (checked above)
    const sheets = templateSheetNames().map((name) => {
      const ws = wb.worksheets.getItem(name);
      ws.protection.load("protected,options");
      const used = ws.getUsedRangeOrNullObject();
      used.load("formulas,rowIndex,columnIndex");
      return { ws, used };
    });
    const roleRanges = (Object.keys(roleNames) as (keyof Roles)[]).map((role) => {
      const item = wb.names.getItemOrNullObject(roleNames[role]);
      const range = item.getRangeOrNullObject();
      range.load("values");
      return { role, item, range };
    });
    await context.sync();

    if (roleRanges.every(({ item, range }) => item.isNullObject || range.isNullObject)) {
      throw new PaneError(paneText("namesMissing"), lang);
    }
    const unprotected: { ws: Excel.Worksheet; options: Excel.WorksheetProtectionOptions }[] = [];
    for (const { ws, used } of sheets) {
      if (used.isNullObject) continue;
      if (ws.protection.protected) {
        unprotected.push({ ws, options: ws.protection.options });
        ws.protection.unprotect();
      }
      // write the DEUZ formulas again through the API, so that they bind to this add-in's functions
      // (the file stores them as Excel does, _xldudf_DEUZ_PUE(…); the API takes DEUZ.PUE(…): formula.ts)
      for (const run of formulaRuns(used.formulas)) {
        ws.getRangeByIndexes(used.rowIndex + run.row, used.columnIndex + run.col, 1, run.formulas.length).formulas = [run.formulas.map(apiFormula)];
      }
    }
    // the template's own drop-down words, so that its formulas and the check read them
    const [yes, no] = yesNo[lang];
    for (const { role, item, range } of roleRanges) {
      // never overwrite an answer that is already there
      if (!item.isNullObject && !range.isNullObject && (range.values[0][0] === "" || range.values[0][0] === null)) range.values = [[roles[role] ? yes : no]];
    }
    for (const { ws, options } of unprotected) ws.protection.protect(options);
    await context.sync();
    return inserted.value.length;
  });
}

/** Runs of adjacent formula cells in a row of a `formulas` array: one write per run, constants untouched. */
export function formulaRuns(formulas: unknown[][]): { row: number; col: number; formulas: string[] }[] {
  const runs: { row: number; col: number; formulas: string[] }[] = [];
  formulas.forEach((row, r) => {
    let run: { row: number; col: number; formulas: string[] } | undefined;
    row.forEach((f, c) => {
      if (typeof f === "string" && f.startsWith("=")) {
        if (run && run.col + run.formulas.length === c) run.formulas.push(f);
        else runs.push((run = { row: r, col: c, formulas: [f] }));
      } else run = undefined;
    });
  });
  return runs;
}

export interface CheckOutcome {
  findings: Finding[];
  ranges: Map<string, RangeAddress>;
  /** Names of the current template the workbook lacks (an earlier version of the template). */
  absent: string[];
  /** Undefined where the host cannot mark (ExcelApi 1.9 missing) or the template holds no data: nothing marked. */
  marks?: MarkOutcome;
  /** Where a finding's cell is, as the user finds it ("'Anlage 3.9'!B4"); undefined for a name the workbook lacks. */
  address: (ref: CellRef) => string | undefined;
  /** No input holds a value yet ("Noch keine Daten"): nothing was marked. */
  empty: boolean;
  /** DEUZ formulas of the computed cells that Excel shows as #NAME? ("Formeln neu eingeben"). */
  nameErrors: NameErrorCell[];
  /** The values the check read, for the Übersicht tab's charts (issue 15): no second read. */
  inputs: Inputs;
  /** The chosen rule sets' groups and roadmap (issue 13), when rule sets were asked for. */
  law?: LawView;
}

/**
 * Check and mark: the check's read (one sync with the template), then two more to load formats and write marks.
 * A template without data is not marked (it would paint every input amber): the pane says "Noch keine Daten".
 * `onStage` tells the pane which part runs, for its progress label.
 */
export async function checkAndMark(lang: Language, onStage?: (stage: "read" | "mark") => void, rules?: LawRequest): Promise<CheckOutcome> {
  requireFeature("check", lang);
  return Excel.run(async (context) => {
    onStage?.("read");
    const { findings, ranges, absent, empty, nameErrors, inputs, law } = await checkOpenWorkbook(context, rules);
    const address = (ref: CellRef) => {
      const range = ranges.get(ref.name);
      if (!range) return undefined;
      const { sheet, cell } = cellOf(range, ref);
      return qualified(sheet, cell);
    };
    const base = { findings, ranges, address, absent, empty, nameErrors, inputs, law };
    if (empty || !supported("marks")) return base;
    onStage?.("mark");
    // with rule sets chosen: the cells of every chosen rule set's findings (the law's too), and only those
    const marks = await markFindings(context, marksFor(law ? shownFindings(law) : findings, ranges, lang));
    return { ...base, marks };
  });
}

/** Whether the open workbook holds the template (its role names resolve): one sync, nothing written. */
export async function templatePresent(): Promise<boolean> {
  if (!supported("check")) return false;
  return Excel.run(async (context) => {
    const items = Object.values(roleNames).map((name) => {
      const item = context.workbook.names.getItemOrNullObject(name);
      const range = item.getRangeOrNullObject();
      return { item, range };
    });
    await context.sync();
    return items.some(({ item, range }) => !item.isNullObject && !range.isNullObject);
  });
}

/**
 * "Beispiel öffnen": the filled example as a new workbook (Excel.createWorkbook, ExcelApi 1.8), not a download,
 * which task panes cannot do in Excel for Mac (office-js#2700, by design).
 */
export async function openExample(assetUrl: string, lang: Language): Promise<void> {
  requireFeature("example", lang);
  const response = await fetch(assetUrl);
  if (!response.ok) throw new PaneError(paneText("download", assetUrl, response.status), lang);
  await Excel.createWorkbook(toBase64(new Uint8Array(await response.arrayBuffer())));
}

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export interface ReenterOutcome {
  /** Cells whose formula was entered again. */
  entered: number;
  /** Sheets protected with a password: their cells were left. */
  locked: string[];
}

/**
 * "Formeln neu eingeben" (issue 12, 8): the DEUZ formulas the check found showing #NAME? (or Excel's `_xldudf_`
 * prefix) are written again through Range.formulas, the same formula in the API's form, which binds them to the
 * add-in's functions (office-js#6611: entering them again is the remedy). Nothing else is written: the other cells,
 * values and formats stay. Syncs: (1) the sheets' protection and the cells' formulas now; (2) the cells of the
 * unprotected sheets; then one per protected sheet, unprotected (no password, as the template's) and protected
 * again with its own options, as "Vorlage einfügen" does. A sheet with a password (unprotect fails when Excel runs
 * the batch) is listed and not written; a cell whose formula changed since the check is left.
 */
export async function reenterFormulas(cells: NameErrorCell[], lang: Language): Promise<ReenterOutcome> {
  requireFeature("reenter", lang);
  return Excel.run(async (context) => {
    const bySheet = new Map<string, NameErrorCell[]>();
    for (const c of cells) bySheet.set(c.sheet, [...(bySheet.get(c.sheet) ?? []), c]);
    const sheets = [...bySheet].map(([name, list]) => {
      const ws = context.workbook.worksheets.getItem(name);
      ws.protection.load("protected,options");
      const ranges = list.map((c) => {
        const range = ws.getRange(c.cell);
        range.load("formulas,values,valueTypes");
        return { c, range, hint: false };
      });
      // the sheet's "Add-in fehlt" hints, which no defined name finds: by the template's addresses (hints.ts)
      for (const h of addinHintCells().filter((x) => x.sheet === name && !list.some((c) => c.cell === x.cell))) {
        const range = ws.getRange(h.cell);
        range.load("formulas,values,valueTypes");
        ranges.push({ c: { sheet: name, cell: h.cell, formula: "" }, range, hint: true });
      }
      return { name, ws, ranges };
    });
    await context.sync();
    let entered = 0;
    const locked: string[] = [];
    const pending = sheets.map(({ name, ws, ranges }) => ({
      name, ws,
      protection: ws.protection.protected ? ws.protection.options : null,
      // still unbound now (the user may have entered one by hand meanwhile)
      cells: ranges.flatMap(({ c, range, hint }) => {
        const error = range.valueTypes[0][0] === "Error";
        if (!hint) return unboundDeuz(range.formulas[0][0], error ? { error: String(range.values[0][0]) } : null) ? [{ c, range }] : [];
        const formula = unboundHint(range.formulas[0][0], range.values[0][0], error);
        return formula ? [{ c: { ...c, formula }, range }] : [];
      }),
    })).filter((p) => p.cells.length);
    const write = (p: (typeof pending)[number]) => {
      for (const { c, range } of p.cells) range.formulas = [[c.formula]];
    };
    // unprotected sheets in one sync; each protected sheet in its own, so that one with a password leaves the
    // others written and is listed
    const open = pending.filter((p) => !p.protection);
    open.forEach(write);
    if (open.length) await context.sync();
    entered += open.reduce((n, p) => n + p.cells.length, 0);
    for (const p of pending.filter((x) => x.protection)) {
      try {
        p.ws.protection.unprotect();
        write(p);
        p.ws.protection.protect(p.protection!);
        // one sync per protected sheet, on purpose: a sheet with a password fails alone
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        entered += p.cells.length;
      } catch {
        locked.push(p.name);
      }
    }
    return { entered, locked };
  });
}

/** "Markierungen entfernen": the marks and notes (marks.ts), and the charts "Diagramme einfügen" added (charts.ts, issue 15). */
export function removeMarks(lang: Language): Promise<ClearOutcome & { charts: number }> {
  requireFeature("marks", lang);
  return Excel.run(async (context) => {
    const cleared = await clearMarks(context);
    return { ...cleared, charts: await removeCharts(context, lang) };
  });
}

export async function selectFinding(f: Finding, ranges: Map<string, RangeAddress>): Promise<void> {
  if (f.cells[0]) await selectCell(f.cells[0], ranges);
}

/** "Zur Zelle": activates the cell's sheet and selects the cell (a finding's cell or one of its note's). */
export async function selectCell(ref: CellRef, ranges: Map<string, RangeAddress>): Promise<void> {
  const range = ranges.get(ref.name);
  if (!range) return;
  const { sheet, cell } = cellOf(range, ref);
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(cell).select();
    await context.sync();
  });
}

/** The annual figures of the workbook (Anlage 3.4 sums, Stammdaten dates) for the what-if calculator. */
export async function scenarioFromWorkbook(lang: Language = "de"): Promise<Partial<Scenario>> {
  requireFeature("scenario", lang);
  return Excel.run(async (context) => {
    const { inputs } = await readInputs(context, scenarioNames);
    return scenarioFromInputs(inputs);
  });
}

/** "Als Szenario speichern": the only what-if action that writes, into a new sheet. */
export async function saveScenario(s: Scenario, lang: Language): Promise<string> {
  // labels with units, number formats, limits, Tabelle and verdicts, real dates, in the pane's language (whatif.ts)
  const { name: base, rows, formats } = scenarioSheet(s, lang);
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const taken = new Set(sheets.items.map((w) => w.name));
    let k = 1;
    while (taken.has(`${base} ${k}`)) k++;
    const name = `${base} ${k}`;
    const ws = sheets.add(name);
    const range = ws.getRange(`A1:F${rows.length}`);
    range.values = rows;
    range.numberFormat = formats;
    range.format.autofitColumns();
    await context.sync();
    return name;
  });
}
