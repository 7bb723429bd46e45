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
import { bookFrom, loadWorkbook } from "./read";
import { buildTemplate } from "./template/build";

/** The names a workbook must define to be checked: every name of the template. */
let requiredNames: string[] | undefined;
function templateNames(): string[] {
  return (requiredNames ??= buildTemplate("de").book.names.map((n) => n.name));
}

export function assertTemplate(book: Book, file: string): void {
  const have = new Set(book.names.map((n) => n.name.toLowerCase()));
  const sheets = new Set(book.sheets.map((s) => s.name));
  for (const s of buildTemplate("de").book.sheets) if (!sheets.has(s.name)) throw unusable.notTemplate(file, `Blatt/sheet "${s.name}"`);
  const lacking = templateNames().filter((n) => !have.has(n.toLowerCase()));
  if (lacking.length) throw unusable.notTemplate(file, `Name "${lacking[0]}"${lacking.length > 1 ? ` (+${lacking.length - 1})` : ""}`);
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
  workbook: ExcelJS.Workbook;
}

export async function checkWorkbook(data: Buffer, file: string): Promise<CheckResult> {
  const workbook = await loadWorkbook(data, file);
  const book = bookFrom(workbook);
  assertTemplate(book, file);
  const evaluated = evaluateBook(book);
  assertFormulasWork(evaluated, file);
  const findings = checkAll(evaluated.inputs);
  return { findings, evaluated, workbook };
}

export { criteria };
