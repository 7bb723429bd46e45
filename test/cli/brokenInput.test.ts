/**
 * A formula typed into a cell the applicant fills that Excel found broken (#REF!, its cells deleted) or that is
 * circular: `deuz check` refuses the file (exit 2) naming that cell and its input, and says to fix or clear the
 * formula there, not to start from a fresh template (the template is fine). Workbooks generated here: the
 * example with such a formula written into Anlage 3.4 by ExcelJS, as Excel would save it.
 */
import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { writeExample } from "../../src/workbook/assets";
import { run } from "./run";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "deuz-broken-input-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The example with `formula` (and its cached value) in the first cell of MP_KS. */
async function withFormula(file: string, formula: string, result: ExcelJS.CellFormulaValue["result"]): Promise<{ path: string; address: string }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await writeExample("de")) as unknown as ArrayBuffer);
  const [range] = wb.definedNames.getRanges("MP_KS").ranges;
  const m = /^'?(.+?)'?!\$?([A-Z]+)\$?(\d+)/.exec(range)!;
  const sheet = wb.getWorksheet(m[1])!;
  sheet.getCell(`${m[2]}${m[3]}`).value = { formula, result } as ExcelJS.CellFormulaValue;
  const out = path.join(dir, file);
  fs.writeFileSync(out, Buffer.from(await wb.xlsx.writeBuffer()));
  return { path: out, address: `'${m[1]}'!${m[2]}${m[3]}` };
}

test("#REF! in an input cell: exit 2, the cell and its input named, fix or clear the formula there (German)", async () => {
  const { path: file, address } = await withFormula("ref.xlsx", "#REF!*2", { error: "#REF!" } as ExcelJS.CellErrorValue);
  const r = await run(["check", file]);
  expect(r.code).toBe(2);
  expect(r.err).toContain(`Formel in ${address} ergibt #REF!`);
  expect(r.err).toContain("Eingabefeld MP_KS");
  expect(r.err).toContain(`die Formel in ${address} korrigieren, oder sie löschen und den Wert eintragen`);
  expect(r.err).not.toMatch(/Vorlage neu erstellen/);
});

test("a circular formula in an input cell, in English: the cell, fix or clear it, no fresh template", async () => {
  const { path: file, address } = await withFormula("cycle.xlsx", "Jahr_KS_kWh/12", 0);
  const r = await run(["check", file, "--lang", "en"]);
  expect(r.code).toBe(2);
  expect(r.err).toContain(`the formula in ${address} gives #CYCLE!`);
  expect(r.err).toContain(`fix the formula in ${address}, or clear it and enter the value`);
  expect(r.err).not.toMatch(/fresh template/);
});
