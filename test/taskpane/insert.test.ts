/**
 * Inserting the template: its sheets go in through insertWorksheetsFromBase64 into a workbook that has none of its
 * sheets or names; the protected sheets are unprotected, only their formula cells written again and protected
 * with the options they had; the chosen roles are filled in where blank. The fake refuses writes to locked
 * cells of protected sheets and protect()/unprotect() in the wrong state, as Excel does.
 */
import fs from "fs";
import path from "path";
import { formulaRuns, insertTemplate } from "../../src/taskpane/excel/actions";
import { evaluateBook } from "../../src/workbook/evaluate";
import { buildTemplate } from "../../src/workbook/template/build";
const { FakeExcel } = require("./fakeExcel");

const template = fs.readFileSync(path.resolve(__dirname, "../../assets/DE-UZ-228-Vorlage.xlsx"));

function setUp(options: Record<string, unknown> = {}) {
  const excel = new FakeExcel(evaluateBook(buildTemplate("de").book), { toInsert: true, ...options });
  (globalThis as Record<string, unknown>).fetch = async () => ({ ok: true, arrayBuffer: async () => template.buffer.slice(template.byteOffset, template.byteOffset + template.length) });
  (globalThis as Record<string, unknown>).Excel = { run: (f: (c: unknown) => unknown) => f(excel.context) };
  (globalThis as Record<string, unknown>).Office = excel.office();
  return excel;
}

afterEach(() => {
  for (const k of ["fetch", "Excel", "Office"]) delete (globalThis as Record<string, unknown>)[k];
});

test("inserts the template's sheets, rewrites only formula cells under lifted protection and writes the roles into blank cells", async () => {
  const excel = setUp();
  const n = await insertTemplate("assets/DE-UZ-228-Vorlage.xlsx", { rzBetreiber: true, rzDienstleister: false, itBetreiber: true }, "de");
  // every sheet of the template: Stammdaten, Anlage 2 … 4.4, Flächeneffizienz and the law's sheet (issue 13)
  expect(n).toBe(buildTemplate("de").book.sheets.length);
  expect(n).toBe(17);
  expect(Buffer.from(excel.insertedBase64, "base64").equals(template)).toBe(true);
  expect(excel.syncs).toBe(3);
  const writes = excel.writes.filter((w: unknown[]) => w[0] === "formulas" || w[0] === "values");
  // nothing but formulas and the three roles
  expect(writes.filter((w: unknown[]) => w[0] === "values").map((w: unknown[]) => w[2])).toEqual(["Ja", "Nein", "Ja"]);
  expect(writes.filter((w: unknown[]) => w[0] === "formulas").every((w: unknown[]) => String(w[2]).startsWith("="))).toBe(true);
  expect(writes.length).toBeGreaterThan(100);
  // protected again, with the options the template had
  for (const name of ["Stammdaten", "Anlage 2", "Anlage 4.2"]) {
    expect(excel.sheet(name).prot).toEqual({ protected: true, options: expect.objectContaining({ allowFormatCells: true, allowEditObjects: true }) });
  }
});

test("an answer already there is kept", async () => {
  const excel = setUp();
  const insert = excel.onInsert;
  excel.onInsert = (b: string) => {
    const sheets = insert(b);
    excel.sheet("Stammdaten").cells.set(excel.ev.name("Rolle_IT_Betreiber").range.replace(/\$/g, ""), "Nein");
    return sheets;
  };
  await insertTemplate("x.xlsx", { rzBetreiber: true, rzDienstleister: true, itBetreiber: true }, "en");
  expect(excel.writes.filter((w: unknown[]) => w[0] === "values").map((w: unknown[]) => w[2])).toEqual(["Yes", "Yes"]);
});

test("refuses a workbook that already has the template's sheets or names, or a protected structure, before inserting", async () => {
  const again = setUp();
  again.newSheet("Stammdaten");
  await expect(insertTemplate("x.xlsx", { rzBetreiber: true, rzDienstleister: false, itBetreiber: false }, "de")).rejects.toThrow(/enthält schon Blätter oder Namen der Vorlage \(Stammdaten\)/);
  expect(again.insertedBase64).toBeUndefined();

  const named = setUp();
  named.extraNames.set("Antragsteller", { sheet: "Tabelle1", range: "$A$1" });
  await expect(insertTemplate("x.xlsx", { rzBetreiber: true, rzDienstleister: false, itBetreiber: false }, "en")).rejects.toThrow(/already has sheets or names of the template \(Antragsteller\)/);

  const locked = setUp();
  locked.structureProtected = true;
  await expect(insertTemplate("x.xlsx", { rzBetreiber: true, rzDienstleister: false, itBetreiber: false }, "de")).rejects.toThrow(/Arbeitsmappenstruktur ist geschützt/);
});

test("without ExcelApi 1.13 it says so in the pane's language and sends nothing", async () => {
  const excel = setUp({ sets: { ExcelApi: "1.12" } });
  await expect(insertTemplate("x.xlsx", { rzBetreiber: true, rzDienstleister: false, itBetreiber: false }, "de")).rejects.toThrow(/„Vorlage einfügen“ braucht ExcelApi 1\.13/);
  await expect(insertTemplate("x.xlsx", { rzBetreiber: true, rzDienstleister: false, itBetreiber: false }, "en")).rejects.toThrow(/"Insert template" needs ExcelApi 1\.13/);
  expect(excel.syncs).toBe(0);
});

test("names that did not come along (#REF!) are reported instead of a silent empty check", async () => {
  const excel = setUp();
  const insert = excel.onInsert;
  excel.onInsert = (b: string) => {
    const sheets = insert(b);
    excel.namesVisible = false;
    return sheets;
  };
  await expect(insertTemplate("x.xlsx", { rzBetreiber: true, rzDienstleister: false, itBetreiber: false }, "en")).rejects.toThrow(/not its defined names/);
});

test("formula runs: adjacent formula cells in a row, constants (also number-like text) left out", () => {
  expect(formulaRuns([["a", "=1", "=2", "3.2.7", "=B1"], [1, "", "=A1"]])).toEqual([
    { row: 0, col: 1, formulas: ["=1", "=2"] },
    { row: 0, col: 4, formulas: ["=B1"] },
    { row: 1, col: 2, formulas: ["=A1"] },
  ]);
});
