/**
 * Issue 12, item 8: DEUZ formulas are stored in the files this project writes as Excel stores the add-in's
 * functions (`_xldudf_DEUZ_PUE_LIMIT(`), so that Excel with the add-in binds and calculates them on open; the
 * task pane writes them back through the API in their typed form (`DEUZ.PUE.LIMIT(`). docs/interpretations.md.
 */
import ExcelJS from "exceljs";
import { apiFormula, callsDeuz, normaliseFormula, storedFormula } from "../../src/workbook/formula";
import { writeTemplate } from "../../src/workbook/assets";

test.each([
  ["DEUZ.PUE(B4,B5)", "_xldudf_DEUZ_PUE(B4,B5)"],
  ["DEUZ.PUE.LIMIT(Inbetriebnahme_RZ,Berichtszeitraum_Beginn)", "_xldudf_DEUZ_PUE_LIMIT(Inbetriebnahme_RZ,Berichtszeitraum_Beginn)"],
  ['IF(ISERROR(DEUZ.VERSION()),"DEUZ.PUE( braucht das Add-in","")', '_xldudf_DEUZ_VERSION()),"DEUZ.PUE( braucht das Add-in","")'],
  ["SUM(A1:A3)*deuz.cer(A1,B1)", "SUM(A1:A3)*_xldudf_DEUZ_CER(A1,B1)"],
  ["'DEUZ.PUE(x'!A1+MYDEUZ.PUE(1)", "'DEUZ.PUE(x'!A1+MYDEUZ.PUE(1)"],
])("%s is stored as Excel stores it and comes back through the API as typed", (typed, stored) => {
  expect(storedFormula(typed)).toBe(typed.startsWith("IF(") ? `IF(ISERROR(${stored}` : stored);
  expect(apiFormula(storedFormula(typed))).toBe(typed.replace("deuz.cer", "DEUZ.CER"));
  expect(normaliseFormula(storedFormula(typed))).toBe(normaliseFormula(typed.replace("deuz.cer", "DEUZ.CER")));
});

test("callsDeuz knows both spellings and nothing else", () => {
  expect(callsDeuz("DEUZ.PUE(A1,B1)")).toBe(true);
  expect(callsDeuz("_xldudf_DEUZ_CER_LIMIT(A1)")).toBe(true);
  expect(callsDeuz("SUM(DEUZ_Tabelle)")).toBe(false);
  expect(callsDeuz("MYDEUZ.PUE(1)")).toBe(false);
});

test("the template file stores every DEUZ formula with the _xldudf_ prefix and none in its typed form", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await writeTemplate("de")) as unknown as ArrayBuffer);
  let stored = 0;
  let typed = 0;
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => {
    const f = cell.formula ?? "";
    if (/_xldudf_DEUZ_/.test(f)) stored++;
    if (/(?<![\w.])DEUZ\.[A-Z]/.test(f.replace(/"(?:[^"]|"")*"/g, ""))) typed++;
  })));
  expect(stored).toBeGreaterThan(20);
  expect(typed).toBe(0);
});
