/**
 * The headless check of a filled workbook: read (read.ts), evaluate every formula with HyperFormula and the
 * DEUZ functions (evaluate.ts), run the criteria catalogue for the roles in Stammdaten.
 */
import ExcelJS from "exceljs";
import { DetailedCellError, ErrorType } from "hyperformula";
import { checkAll, criteria, Finding } from "../engine/criteria";
import { a1, Book, quoteSheet } from "./book";
import { evaluateBook, EvaluatedBook } from "./evaluate";
import { unusable } from "./problems";
import { loadWorkbook, readBook } from "./read";
import { buildTemplate } from "./template/build";
import { isTemplateFamily } from "./upgrade";

/** The sheets and names a workbook must have to be checked: every sheet and name of the template. */
let required: { sheets: string[]; names: string[] } | undefined;
function templateShape(): { sheets: string[]; names: string[] } {
  if (!required) {
    const { book } = buildTemplate("de");
    required = { sheets: book.sheets.map((s) => s.name), names: book.names.map((n) => n.name) };
  }
  return required;
}

export function assertTemplate(book: Book, file: string): void {
  const have = new Set(book.names.map((n) => n.name.toLowerCase()));
  const sheets = new Set(book.sheets.map((s) => s.name));
  const shape = templateShape();
  // a workbook of an earlier version of the template lacks the newer names (and maybe sheets): it can be moved
  const older = isTemplateFamily(book, shape.names);
  const refuse = older ? unusable.olderTemplate : unusable.notTemplate;
  for (const s of shape.sheets) if (!sheets.has(s)) throw refuse(file, `Blatt/sheet "${s}"`);
  const lacking = shape.names.filter((n) => !have.has(n.toLowerCase()));
  if (lacking.length) throw refuse(file, `Name "${lacking[0]}"${lacking.length > 1 ? ` (+${lacking.length - 1})` : ""}`);
}

/** Circular references and #REF! in the template's formulas make the file unusable (exit 2), naming the cell. */
export function assertFormulasWork(ev: EvaluatedBook, file: string): void {
  for (const sheet of ev.book.sheets) {
    const id = ev.hf.getSheetId(sheet.name);
    if (id === undefined) continue;
    for (let r = 0; r < sheet.rows.length; r++) {
      const row = sheet.rows[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        if (!row[c]?.formula) continue;
        const v = ev.hf.getCellValue({ sheet: id, row: r, col: c });
        if (v instanceof DetailedCellError && (v.type === ErrorType.CYCLE || v.type === ErrorType.REF || v.type === ErrorType.ERROR)) {
          ev.destroy();
          throw unusable.brokenFormula(file, `${quoteSheet(sheet.name)}!${a1(r + 1, c + 1)}`, v.value);
        }
      }
    }
  }
}

export interface CheckResult {
  findings: Finding[];
  evaluated: EvaluatedBook;
  /** A fresh ExcelJS model of the same bytes, to annotate and write as a copy (`--out`). */
  openCopy(): Promise<ExcelJS.Workbook>;
}

export async function checkWorkbook(data: Buffer, file: string): Promise<CheckResult> {
  const book = await readBook(data, file);
  assertTemplate(book, file);
  const evaluated = evaluateBook(book);
  assertFormulasWork(evaluated, file);
  const findings = checkAll(evaluated.inputs);
  return { findings, evaluated, openCopy: () => loadWorkbook(data, file, { guarded: true }) };
}

export { criteria };
