/** Inserting the template: its sheets go in through insertWorksheetsFromBase64, the chosen roles are filled in. */
import fs from "fs";
import path from "path";
import { insertTemplate } from "../../src/taskpane/excel/actions";
import { evaluateBook } from "../../src/workbook/evaluate";
import { buildTemplate } from "../../src/workbook/template/build";
const { FakeExcel } = require("./fakeExcel");

test("inserts the template's sheets, rebinds the formulas and writes the roles only into blank cells", async () => {
  const template = fs.readFileSync(path.resolve(__dirname, "../../assets/DE-UZ-228-Vorlage.xlsx"));
  const excel = new FakeExcel(evaluateBook(buildTemplate("de").book));
  const written: Record<string, unknown> = {};
  let inserted = "";
  const origGet = excel.context.workbook.names.getItemOrNullObject;
  excel.context.workbook.names.getItemOrNullObject = (name: string) => {
    const item = origGet(name);
    const range = item.getRangeOrNullObject();
    if (name === "Rolle_IT_Betreiber") range._values = [["Nein"]]; // answered already
    Object.defineProperty(range, "values", { get: () => range._values ?? [[""]], set: (v) => (written[name] = v) });
    return { ...item, getRangeOrNullObject: () => range };
  };
  excel.context.workbook.insertWorksheetsFromBase64 = (b64: string) => {
    inserted = b64;
    return { value: ["Stammdaten", "Anlage 2"] };
  };
  excel.context.workbook.worksheets.getItem = () => ({ getUsedRangeOrNullObject: () => ({ isNullObject: false, load() {}, formulas: [["=DEUZ.VERSION()"]] }) });
  (globalThis as Record<string, unknown>).fetch = async () => ({ arrayBuffer: async () => template.buffer.slice(template.byteOffset, template.byteOffset + template.length) });
  (globalThis as Record<string, unknown>).Excel = { run: (f: (c: unknown) => unknown) => f(excel.context) };
  const n = await insertTemplate("assets/DE-UZ-228-Vorlage.xlsx", { rzBetreiber: true, rzDienstleister: false, itBetreiber: true }, "de");
  expect(n).toBe(2);
  expect(Buffer.from(inserted, "base64").equals(template)).toBe(true);
  expect(written).toEqual({ Rolle_RZ_Betreiber: [["Ja"]], Rolle_RZ_Dienstleister: [["Nein"]] });
  expect(excel.syncs).toBe(3);
});
