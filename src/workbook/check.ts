/**
 * The headless check of a filled workbook: read (read.ts), evaluate every formula with HyperFormula and the
 * DEUZ functions (evaluate.ts), run the criteria catalogue for the roles in Stammdaten.
 */
import ExcelJS from "exceljs";
import { checkAll, criteria, Finding } from "../engine/criteria";
import { Book } from "./book";
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
  const findings = checkAll(evaluated.inputs);
  return { findings, evaluated, workbook };
}

export { criteria };
