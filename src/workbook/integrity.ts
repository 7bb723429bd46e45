/**
 * Integrity (3.1.2: the report must show the workbook's own figures): every cell the template computes,
 * compared with the template. Its formula must be there and be the template's, up to what Excel, LibreOffice
 * and the add-in may change in writing it (a leading "=", letter case, spaces, the `_xlfn.`/`_xludf.`/`_xldudf_`
 * prefixes, `TRUE` for `TRUE()`, the quotes around a sheet name) and up to the references that inserted,
 * deleted or sorted rows move: references are compared relative to the formula's own cell (R1C1-like), `$`
 * references relative to the first cell of its named range. A per-row formula of a table is found by its
 * column's defined name and compared with the template's formula for that row of the table, however long the
 * table is. Where the file carries a value for a cell whose figure the engine computes from the inputs
 * (`templateFigures`), the two are equal within 1e-9 relative (src/engine/compare.ts).
 *
 * Each difference is a finding; the verdicts stay the engine's. Pure: no HyperFormula, no Excel. The headless
 * check passes the scanned Book (`integrityOfBook`), the task pane what it read from Excel (`compareWithTemplate`).
 */
import { RELATIVE_TOLERANCE } from "../engine/compare";
import { templateFigures } from "../engine/criteria/figures";
import { CellRef, Finding, Inputs } from "../engine/criteria/types";
import { Text } from "../engine/errors";
import { a1, Book, BookCell, columnNumber, NameAddress, quoteSheet } from "./book";
import { normaliseFormula } from "./formula";
import { Lang } from "./template/model";
import { RangeFacts, templateFacts } from "./templateFacts";

/** A cell the template computes that does not hold what the template puts there. */
export interface Overwritten {
  /** The defined name of the cell's range (PUE_Pruefung, Monat_Status …). */
  name: string;
  /** "'Anlage 3.9'!B6". */
  cell: string;
  /** What the cell holds: "=formula" when it holds a formula other than the template's, else its value (null when blank). */
  found: string | number | boolean | null;
  /** The template's formula, "=…". */
  expected: string;
  /** The engine's value for the cell, computed from the inputs, where it computes one. */
  expectedValue?: number | boolean;
  /** The cell within its named range: what marks and the task pane's "go to cell" need. */
  ref: CellRef;
  message: Text;
}

/** A named range the template computes, as the workbook holds it. */
export interface FoundRange {
  /** Where it is (1-based row and column of its first cell, and its size). */
  at: Pick<NameAddress, "sheet" | "row" | "col" | "rows" | "cols">;
  /** The cell at (r, c) within the range, 0-based: a formula without "=" and the value it shows (`cached`), or a value. */
  cell(r: number, c: number): BookCell | undefined;
}

// ---- the template's formulas ---------------------------------------------------------------------------------

interface TemplateRange {
  at: NameAddress;
  /**
   * The template's formula of cell (r, c) of the range, without "=", written for a range whose first row is `top`
   * (only a table's per-row formulas depend on it); undefined where the template holds none.
   */
  formula(r: number, c: number, top: number): string | undefined;
  /** Whether `formula` is the template's formula of cell (r, c) as it is, without writing that out (fast, for long tables). */
  is?(formula: string, r: number, c: number, top: number): boolean;
  /** A per-row formula column of a table: the table's input columns (a blank formula cell on a blank row is an inserted row). */
  rowInputs?: string[];
}

const templates = new Map<Lang, Map<string, TemplateRange>>();

/** The template's computed ranges from its facts (templateFacts.ts): the template is not laid out for a check. */
function templateOf(lang: Lang): Map<string, TemplateRange> {
  const done = templates.get(lang);
  if (done) return done;
  const out = new Map<string, TemplateRange>();
  const { ranges, formulas: texts } = templateFacts.ranges(lang);
  for (const range of ranges) {
    const { at } = range;
    if (range.rowInputs) {
      out.set(at.name.toLowerCase(), { at, ...perRowFormula(range, lang), rowInputs: range.rowInputs });
      continue;
    }
    const formulas = new Map((range.cells ?? []).map(([r, c, f]) => [`${r},${c}`, texts[f]]));
    out.set(at.name.toLowerCase(), { at, formula: (r, c) => formulas.get(`${r},${c}`) });
  }
  templates.set(lang, out);
  return out;
}

/**
 * A per-row column's formula as the template writes row r of a table that starts in row `top`: its pieces filled
 * in per row, which a table of 5,000 servers needs to be cheap; a column whose formula depends on the row otherwise
 * (Anlage 4.3's months) as the facts hold it row by row, and past those rows from the template's layout.
 */
function perRowFormula(range: RangeFacts, lang: Lang): Pick<TemplateRange, "formula" | "is"> {
  const pieces = range.pieces;
  if (!pieces) {
    const rows = range.rows ?? [];
    return {
      formula: (r, _c, top) => {
        if (top === range.at.row && r < rows.length) return rows[r];
        // a table lengthened or moved past what the facts hold: the layout writes it (loaded only then)
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        return (require("./template/facts") as typeof import("./template/facts")).perRowFormulaOf(range.at.name, lang, r, top);
      },
    };
  }
  const fill = (r: number, top: number) => pieces.map((p) => p.join(String(top))).join(String(top + r));
  return {
    formula: (r, _c, top) => fill(r, top),
    // piece by piece along the formula: no string is made
    is(formula, r, _c, top) {
      const own = String(top + r);
      const first = String(top);
      let at = 0;
      const next = (text: string) => {
        if (!formula.startsWith(text, at)) return false;
        at += text.length;
        return true;
      };
      for (let i = 0; i < pieces.length; i++) {
        if (i > 0 && !next(own)) return false;
        for (let j = 0; j < pieces[i].length; j++) if ((j > 0 && !next(first)) || !next(pieces[i][j])) return false;
      }
      return at === formula.length;
    },
  };
}

// ---- formulas compared by shape --------------------------------------------------------------------------------

const PARTS = /("(?:[^"]|"")*"|'(?:[^']|'')*')/;
const REFERENCE = /(?<![\w.$'])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\w.(])/g;

/**
 * A formula's shape: the same text for two formulas that compute the same from the same cells relative to their own
 * cell `at`; `$` references relative to `anchor`, the first cell of the formula's named range. Text in double quotes
 * is kept as it is; everything else is taken without spaces and in capitals (Excel's names are case-insensitive).
 */
export function formulaShape(formula: string, at: { row: number; col: number }, anchor: { row: number; col: number }): string {
  const text = normaliseFormula(formula.trim().replace(/^=/, ""));
  return text
    .split(PARTS)
    .map((part, i) => {
      if (i % 2 === 1) return part.startsWith("'") ? part.toUpperCase() : part;
      return part
        .replace(/\s+/g, "")
        .toUpperCase()
        .replace(/(?<![\w.])(?:_XLFN\.|_XLWS\.|_XLUDF\.)+/g, "")
        .replace(/(?<![\w.'])([A-Z_][A-Z0-9_.]*)!/g, "'$1'!")
        .replace(REFERENCE, (_, colAbs: string, col: string, rowAbs: string, row: string) => {
          const c = columnNumber(col);
          const r = Number(row);
          return `${rowAbs ? `R${r - anchor.row}` : `R[${r - at.row}]`}${colAbs ? `C${c - anchor.col}` : `C[${c - at.col}]`}`;
        });
    })
    .join("");
}

// ---- values --------------------------------------------------------------------------------------------------

/** The value a cell shows, as a finding reports it: a number, text, a boolean, an error's text, or null when blank. */
function shown(cell: BookCell | undefined): string | number | boolean | null {
  if (!cell) return null;
  const v = cell.formula ? cell.cached : cell.error !== undefined ? { error: cell.error } : cell.value;
  if (v === undefined || v === null) return null;
  return typeof v === "object" ? v.error : v;
}

const blank = (cell: BookCell | undefined) => !cell || (!cell.formula && cell.error === undefined && (cell.value === null || cell.value === undefined || cell.value === ""));

/** Whether the value a cell shows is the engine's: numbers within 1e-9 relative, booleans (also as 1/0) alike. */
function sameValue(cached: BookCell["cached"], expected: number | boolean): boolean {
  if (typeof expected === "boolean") return cached === expected || (typeof cached === "number" && (cached === 1) === expected && (cached === 0 || cached === 1));
  if (typeof cached !== "number") return false;
  const scale = Math.max(Math.abs(cached), Math.abs(expected));
  return Math.abs(cached - expected) <= RELATIVE_TOLERANCE * scale || scale < 1e-12;
}

/** A value in a message: German decimal comma, WAHR/FALSCH. */
function valueText(v: string | number | boolean | null, lang: Lang): string {
  if (v === null) return lang === "de" ? "nichts (leer)" : "nothing (blank)";
  if (typeof v === "boolean") return lang === "de" ? (v ? "WAHR" : "FALSCH") : v ? "TRUE" : "FALSE";
  if (typeof v === "number") return v.toLocaleString(lang === "de" ? "de-DE" : "en-GB", { maximumFractionDigits: 6, useGrouping: false });
  return lang === "de" ? `„${v}“` : `"${v}"`;
}

/** A formula in a message: the first 100 characters. */
const formulaText = (f: string) => (f.length > 100 ? `${f.slice(0, 99)}…` : f);

const RESTORE: Text = {
  de: "Formel wiederherstellen: einen eingetragenen Wert dort löschen, dann schreibt deuz upgrade DATEI.xlsx --out NEU.xlsx die Vorlage mit Ihren Werten neu; oder die Formel aus der Vorlage (gleiche Zelle einer leeren Vorlage) kopieren.",
  en: "Restore the formula: delete a value typed there, then deuz upgrade FILE.xlsx --out NEW.xlsx writes the template anew with your values; or copy the formula from the template (the same cell of an empty template).",
};

function formulaMessage(name: string, cell: string, found: string | number | boolean | null, expected: string): Text {
  const what = (lang: Lang) => (typeof found === "string" && found.startsWith("=") ? (lang === "de" ? `die Formel ${formulaText(found)}` : `the formula ${formulaText(found)}`) : valueText(found, lang));
  return {
    de: `3.1.2 (der Bericht muss die eigenen Zahlen der Arbeitsmappe zeigen): ${cell} (${name}) enthält ${what("de")} statt der Formel der Vorlage ${formulaText(expected)}. ${RESTORE.de}`,
    en: `3.1.2 (the report must show the workbook's own figures): ${cell} (${name}) holds ${what("en")} instead of the template's formula ${formulaText(expected)}. ${RESTORE.en}`,
  };
}

function valueMessage(name: string, cell: string, found: string | number | boolean | null, expected: number | boolean): Text {
  return {
    de: `3.1.2 (der Bericht muss die eigenen Zahlen der Arbeitsmappe zeigen): ${cell} (${name}) zeigt ${valueText(found, "de")}, aus den Eingaben ergibt sich ${valueText(expected, "de")}: der gespeicherte Wert passt nicht zur Formel (in der Datei geändert oder nicht neu berechnet). In Excel mit dem Add-in neu berechnen (Strg+Alt+F9) und speichern, oder deuz upgrade DATEI.xlsx --out NEU.xlsx schreibt die Vorlage mit Ihren Werten neu.`,
    en: `3.1.2 (the report must show the workbook's own figures): ${cell} (${name}) shows ${valueText(found, "en")}, the inputs give ${valueText(expected, "en")}: the stored value does not match the formula (changed in the file or not recalculated). Recalculate in Excel with the add-in (Ctrl+Alt+F9) and save, or deuz upgrade FILE.xlsx --out NEW.xlsx writes the template anew with your values.`,
  };
}

// ---- the comparison ------------------------------------------------------------------------------------------

/** A cell whose formula holds Anlage 2's status words, so differs between the German and the English template. */
const LANGUAGE_PROBE = "Status_3_1_1";

/**
 * The template's language for these formulas: German when Anlage 2's first status cell holds the German template's
 * formula, English when it holds the English one (the English template is laid out only then); else the one whose
 * formulas more of the fixed cells (fields, Anlage 2) match.
 */
function languageOf(found: (name: string) => FoundRange | undefined): Lang {
  const probe = found(LANGUAGE_PROBE)?.cell(0, 0)?.formula;
  const formulaOf = (lang: Lang) => {
    const t = templateOf(lang).get(LANGUAGE_PROBE.toLowerCase());
    return t?.formula(0, 0, t.at.row);
  };
  if (probe !== undefined && probe === formulaOf("de")) return "de";
  if (probe !== undefined && probe === formulaOf("en")) return "en";
  const score = (lang: Lang) => {
    let n = 0;
    for (const t of templateOf(lang).values()) {
      if (t.rowInputs) continue;
      const f = found(t.at.name)?.cell(0, 0)?.formula;
      if (f && f === t.formula(0, 0, t.at.row)) n++;
    }
    return n;
  };
  return score("en") > score("de") ? "en" : "de";
}

/**
 * Compares every range the template computes (`found` gives it by defined name, undefined when the workbook lacks
 * it) with the template. `figures` are the engine's values by name (templateFigures), `inputs` the workbook's inputs
 * (to tell an inserted blank row of a table from a deleted formula).
 */
export function compareWithTemplate(found: (name: string) => FoundRange | undefined, figures: Record<string, number | boolean>, inputs: Inputs): Overwritten[] {
  const lang = languageOf(found);
  const out: Overwritten[] = [];
  const seen = new Set<string>();
  const figureOf = new Map(Object.entries(figures).map(([k, v]) => [k.toLowerCase(), v]));
  // saved by a program without the add-in (LibreOffice, Excel before it is installed): a DEUZ function there is
  // #NAME?, and IFERROR(DEUZ.…,"") shows "": such values say the add-in was missing, not that a value was changed
  const withoutAddIn = [...templateOf(lang).values()].some((t) => !t.rowInputs && isNameError(found(t.at.name)?.cell(0, 0)?.cached));
  for (const t of templateOf(lang).values()) {
    const f = found(t.at.name);
    if (!f) continue;
    const rows = t.rowInputs ? f.at.rows : Math.min(f.at.rows, t.at.rows);
    const cols = Math.min(f.at.cols, t.at.cols);
    const figure = f.at.rows === 1 && f.at.cols === 1 ? figureOf.get(t.at.name.toLowerCase()) : undefined;
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        // the template's formula as it would stand in this very cell (a per-row formula in this row of the table)
        const cell = f.cell(r, c);
        if (t.is && cell?.formula && t.is(cell.formula, r, c, f.at.row) && (figure === undefined || cell.cached === undefined)) continue;
        const expected = t.formula(r, c, f.at.row);
        if (expected === undefined) continue;
        const row = f.at.row + r;
        const col = f.at.col + c;
        // Anlage2_Status covers the criteria's status cells once more
        if (!t.rowInputs) {
          const key = `${f.at.sheet}!${row},${col}`;
          if (seen.has(key)) continue;
          seen.add(key);
        }
        const report = (what: string | number | boolean | null, value: boolean): void => {
          const address = `${quoteSheet(f.at.sheet)}!${a1(row, col)}`;
          const ref: CellRef = f.at.rows === 1 && f.at.cols === 1 ? { name: t.at.name } : { name: t.at.name, row: r, column: c };
          const message = value ? valueMessage(t.at.name, address, what, figure!) : formulaMessage(t.at.name, address, what, `=${expected}`);
          out.push({ name: t.at.name, cell: address, found: what, expected: `=${expected}`, ...(figure !== undefined ? { expectedValue: figure } : {}), ref, message });
        };
        if (!cell?.formula) {
          // a row inserted into a table has no formulas: nothing is shown there while the row is blank
          if (t.rowInputs && blank(cell) && !rowHasInput(inputs, t.rowInputs, r)) continue;
          report(shown(cell), false);
          continue;
        }
        // the same text (the common case) needs no shaping; else the shapes, which allow for moved references
        const same = cell.formula === expected || formulaShape(cell.formula, { row, col }, f.at) === templateShape(t, expected, r, c, f.at.row);
        if (!same) {
          report(`=${cell.formula}`, false);
          continue;
        }
        if (figure === undefined || cell.cached === undefined) continue;
        if (isNameError(cell.cached) || (withoutAddIn && /DEUZ\./i.test(cell.formula))) continue;
        if (!sameValue(cell.cached, figure)) report(shown(cell), true);
      }
    }
  }
  return out;
}

/** The shape of the template's formula where the template puts it (a per-row formula: in the file's row of the table). */
function templateShape(t: TemplateRange, expected: string, r: number, c: number, top: number): string {
  const anchor = { row: t.rowInputs ? top : t.at.row, col: t.at.col };
  return formulaShape(expected, { row: anchor.row + r, col: anchor.col + c }, anchor);
}

/** `#NAME?`: what a spreadsheet without the add-in stores for a DEUZ function. */
const isNameError = (v: BookCell["cached"]) => typeof v === "object" && v !== null && v.error.toUpperCase() === "#NAME?";

function rowHasInput(inputs: Inputs, columns: string[], row: number): boolean {
  return columns.some((name) => (inputs.matrix(name)[row] ?? []).some((v) => v !== null && v !== undefined && v !== ""));
}

/** The ranges of a Book by defined name. */
export function foundInBook(book: Book): (name: string) => FoundRange | undefined {
  const names = new Map(book.names.map((n) => [n.name.toLowerCase(), n]));
  const bySheet = new Map(book.sheets.map((s) => [s.name, s]));
  return (name) => {
    const n = names.get(name.toLowerCase());
    const sheet = n && bySheet.get(n.sheet);
    if (!n || !sheet) return undefined;
    return { at: n, cell: (r, c) => sheet.rows[n.row - 1 + r]?.[n.col - 1 + c] };
  };
}

/** The integrity of a scanned workbook: its computed cells against the template and the engine's figures from `inputs`. */
export function integrityOfBook(book: Book, inputs: Inputs): Overwritten[] {
  return compareWithTemplate(foundInBook(book), templateFigures(inputs), inputs);
}

export const OVERWRITTEN_TITLE: Text = { de: "Zelle der Vorlage überschrieben", en: "Template cell overwritten" };

/**
 * The differences as findings of 3.1.2, status "nicht erfüllt", one per cell: what the annotated copy and the task
 * pane mark red in place, with the cell's note. They are listed apart from the criteria, whose verdicts stay the engine's.
 */
export function overwrittenFindings(list: Overwritten[]): Finding[] {
  return list.map((o) => ({
    id: "3.1.2",
    title: OVERWRITTEN_TITLE,
    anlage: sheetOf(o.cell),
    status: "fail",
    value: typeof o.found === "string" && o.found.startsWith("=") ? null : o.found,
    cells: [o.ref],
    message: o.message,
  }));
}

const sheetOf = (cell: string) => cell.slice(0, cell.lastIndexOf("!")).replace(/^'|'$/g, "").replace(/''/g, "'");
