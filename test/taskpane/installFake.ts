/**
 * The repo's Excel fake (fakeExcel.js) holding a template book evaluated by HyperFormula, installed as the globals
 * office.js gives the pane (Office, Excel.run); `removeFake` after each test takes them away again.
 */
import type { Book } from "../../src/workbook/book";
import { evaluateBook } from "../../src/workbook/evaluate";

const { FakeExcel } = require("./fakeExcel");

export function installFake(book: Book) {
  const excel = new FakeExcel(evaluateBook(book));
  const g = globalThis as Record<string, unknown>;
  g.Office = excel.office();
  g.Excel = { run: (f: (c: unknown) => unknown) => f(excel.context) };
  return excel;
}

export function removeFake(): void {
  for (const k of ["fetch", "Excel", "Office"]) delete (globalThis as Record<string, unknown>)[k];
}
