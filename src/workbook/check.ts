/**
 * The headless check of a filled workbook: read (read.ts), take its values (the ones the file carries,
 * inputs.ts, or every formula evaluated with HyperFormula and the DEUZ functions, evaluate.ts), run the
 * criteria catalogue for the roles in Stammdaten.
 */
import type ExcelJS from "exceljs";
import { isCellError } from "../engine/criteria/types";
import { checkAll, criteria, Finding } from "../engine/criteria";
import { a1, addressOf, Book, quoteSheet } from "./book";
import { evaluateBook, EvaluatedBook, ReadBook } from "./evaluate";
import { nameKind } from "./computed";
import { hasUsableCache, inputFormulas, inputsFromBook } from "./inputs";
import { integrityOfBook, Overwritten } from "./integrity";
import { unusable } from "./problems";
import { loadWorkbook, readBook } from "./read";
import { danglingNames, deletedNames, isTemplateFamily, renamedSheets } from "./structure";
import { circularSearch, hasBrokenReference } from "./references";
import { useStoredTemplateFacts } from "./storedFacts";
import { templateFacts } from "./templateFacts";

// the template known from its stored facts (template/facts.json): a check loads no template code
useStoredTemplateFacts();

/**
 * The template in German (what a workbook must have) and in English (its labels and titles), laid out only to word
 * a refusal: the builder is loaded then and not before (a check that passes knows the template from its facts).
 */
let german: Book | undefined;
let both: Book[] | undefined;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const builder = () => require("./template/build") as typeof import("./template/build");
const germanTemplate = () => (german ??= builder().buildTemplate("de").book);
const templateBooks = () => (both ??= [germanTemplate(), builder().buildTemplate("en").book]);

const STAMMDATEN = { de: "Blatt „Stammdaten“", en: 'sheet "Stammdaten"' };

/**
 * Refuses a workbook that is not the current template, saying what happened and what to do, in this order: a
 * sheet of the template under another name (rename it back); no Stammdaten at all (not the template); a sheet
 * of the template deleted; a name pointing at a sheet that does not exist or at no cell; names an earlier
 * version of the template did not have (deuz upgrade); names deleted where their label is still in place
 * (restore them, or deuz upgrade rebuilds them).
 */
export function assertTemplate(book: Book, file: string): void {
  // its sheets and names (templateFacts.ts): what every check asks first
  const template = templateFacts.shape();
  const sheets = new Set(book.sheets.map((s) => s.name));
  const missing = template.sheets.filter((s) => !sheets.has(s));
  if (missing.length) {
    const renamed = renamedSheets(book, templateBooks());
    if (renamed.length) throw unusable.renamedSheet(file, renamed[0].found, renamed[0].template);
  }
  if (!sheets.has("Stammdaten")) throw unusable.notTemplate(file, STAMMDATEN);
  const names = template.names.map((n) => n.name);
  // a workbook of an earlier version of the template lacks the newer names (and maybe sheets): it can be moved
  const older = isTemplateFamily(book, names);
  const unresolved = new Set((book.unresolved ?? []).map((n) => n.toLowerCase()));
  const dangling = danglingNames(book);
  for (const sheet of missing) {
    // a deleted sheet leaves its names pointing at nothing; an earlier template never had them
    const deleted = template.names.some((n) => n.sheet === sheet && (unresolved.has(n.name.toLowerCase()) || dangling.some((d) => d.name.toLowerCase() === n.name.toLowerCase())));
    if (deleted) throw unusable.missingSheet(file, sheet);
    const what = { de: `Blatt „${sheet}“`, en: `sheet "${sheet}"` };
    throw older ? unusable.olderTemplate(file, what) : unusable.notTemplate(file, what);
  }
  if (dangling.length) throw unusable.danglingName(file, dangling[0].name, dangling[0].sheet);
  // the full template only when a name points at #REF! (its real range words the refusal)
  const broken = unresolved.size ? germanTemplate().names.find((n) => unresolved.has(n.name.toLowerCase())) : undefined;
  if (broken) throw unusable.unresolvedName(file, broken.name, addressOf(broken));
  const have = new Set(book.names.map((n) => n.name.toLowerCase()));
  if (template.names.every((n) => have.has(n.name.toLowerCase()))) return;
  // a refusal: named with the template's real ranges
  const lacking = germanTemplate().names.filter((n) => !have.has(n.name.toLowerCase()));
  const deleted = deletedNames(book, templateBooks(), lacking);
  const other = lacking.filter((n) => !deleted.includes(n));
  if (other.length) {
    const what = { de: `Name „${other[0].name}“`, en: `name "${other[0].name}"` };
    const more = other.length > 1 ? ` (+${other.length - 1})` : "";
    const detail = { de: what.de + more, en: what.en + more };
    throw older ? unusable.olderTemplate(file, detail) : unusable.notTemplate(file, detail);
  }
  throw unusable.deletedName(file, deleted[0].name, addressOf(deleted[0]), deleted.length - 1);
}

/** What HyperFormula gives a formula that cannot work: a circular reference, a broken reference, text it cannot parse. */
const BROKEN = new Set(["#CYCLE!", "#REF!", "#ERROR!"]);

/** The error code when the evaluated cell (0-based) is one of BROKEN. */
function brokenAt(ev: EvaluatedBook, sheet: string, row: number, col: number): string | undefined {
  const v = ev.valueAt(sheet, row, col);
  return isCellError(v) && BROKEN.has(v.error) ? v.error : undefined;
}

/** Circular references and #REF! in the template's formulas make the file unusable (exit 2), naming the cell. */
export function assertFormulasWork(ev: EvaluatedBook, file: string): void {
  // a formula typed into a cell to fill is named with its input (fix or clear it there), not the template's
  const inputs = new Map(inputFormulas(ev.book).map((f) => [`${f.sheet.name}!${f.row}:${f.col}`, inputAt(ev.book, f.sheet.name, f.row, f.col) ?? f.name]));
  for (const sheet of ev.book.sheets) {
    for (let r = 0; r < sheet.rows.length; r++) {
      const row = sheet.rows[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        if (!row[c]?.formula) continue;
        const code = brokenAt(ev, sheet.name, r, c);
        if (code) {
          ev.destroy();
          throw unusable.brokenFormula(file, `${quoteSheet(sheet.name)}!${a1(r + 1, c + 1)}`, code, inputs.get(`${sheet.name}!${r}:${c}`));
        }
      }
    }
  }
}

/** The narrowest input name over a cell (0-based): MP_KS rather than the block Messwerte it lies in. */
function inputAt(book: Book, sheet: string, row: number, col: number): string | undefined {
  let best: { name: string; size: number } | undefined;
  for (const n of book.names) {
    if (n.sheet !== sheet || row + 1 < n.row || row + 1 >= n.row + n.rows || col + 1 < n.col || col + 1 >= n.col + n.cols) continue;
    if (nameKind(n.name) !== "input") continue;
    if (!best || n.rows * n.cols < best.size) best = { name: n.name, size: n.rows * n.cols };
  }
  return best?.name;
}

/**
 * The inputs path's share of assertFormulasWork: a formula typed into an input cell that Excel already found broken
 * (#REF!) or that reaches back to its own cell makes the file unusable (exit 2), read from the formulas' text; where
 * the text cannot tell (INDIRECT, OFFSET) or the cell carries no value, HyperFormula evaluates the book and decides.
 * A broken formula of the template's own is the integrity check's finding, not a reason to refuse the file.
 */
export function assertInputFormulasWork(read: ReadBook, file: string): void {
  const formulas = inputFormulas(read.book);
  if (!formulas.length) return;
  const circular = circularSearch(read.book);
  for (const f of formulas) {
    const at = { sheet: f.sheet.name, row: f.row, col: f.col };
    let code = hasBrokenReference(f.cell.formula!) ? "#REF!" : undefined;
    const self = code || !hasUsableCache(f.cell) ? undefined : circular(at.sheet, at.row + 1, at.col + 1);
    if (self === true) code = "#CYCLE!";
    else if (!code && self === undefined) code = brokenAt(read.evaluated(), at.sheet, at.row, at.col);
    if (code) {
      read.destroy();
      throw unusable.brokenFormula(file, `${quoteSheet(at.sheet)}!${a1(at.row + 1, at.col + 1)}`, code, inputAt(read.book, at.sheet, at.row, at.col) ?? f.name);
    }
  }
}

/**
 * How a check takes the workbook's values. "inputs": the values the file carries, with HyperFormula only for a
 * formula typed into an input cell without a cached value (docs/performance.md); a cell the template computes is the
 * integrity check's (integrity.ts). "hyperformula": every formula evaluated, and a circular or broken formula
 * anywhere refused, as before the criteria judged from the inputs alone.
 */
export type Engine = "inputs" | "hyperformula";

/**
 * The path `deuz check` takes: "inputs", since no criterion reads a name the template computes (issue 10; guarded by
 * test/workbook/inputs.test.ts). The environment variable DEUZ_ENGINE=hyperformula takes the other path.
 */
export const DEFAULT_ENGINE: Engine = "inputs";

function engineOf(option: Engine | undefined): Engine {
  const env = process.env.DEUZ_ENGINE;
  return option ?? (env === "inputs" || env === "hyperformula" ? env : DEFAULT_ENGINE);
}

export interface CheckOptions {
  engine?: Engine;
}

export interface CheckResult {
  findings: Finding[];
  /** The workbook as the check read it; `evaluated.evaluated()` gives every formula evaluated (for `--freeze`). */
  evaluated: ReadBook;
  /** Cells the template computes that do not hold the template's formula or the engine's value (integrity.ts, 3.1.2). */
  overwritten: Overwritten[];
  /** A fresh ExcelJS model of the same bytes, to annotate and write as a copy (`--out`). */
  openCopy(): Promise<ExcelJS.Workbook>;
}

export async function checkWorkbook(data: Buffer, file: string, options: CheckOptions = {}): Promise<CheckResult> {
  const book = await readBook(data, file);
  assertTemplate(book, file);
  let read: ReadBook;
  if (engineOf(options.engine) === "hyperformula") {
    const evaluated = evaluateBook(book);
    assertFormulasWork(evaluated, file);
    read = evaluated;
  } else {
    read = inputsFromBook(book);
    assertInputFormulasWork(read, file);
  }
  const findings = checkAll(read.inputs);
  return { findings, evaluated: read, overwritten: integrityOfBook(book, read.inputs), openCopy: () => loadWorkbook(data, file, { guarded: true }) };
}

export { criteria };
