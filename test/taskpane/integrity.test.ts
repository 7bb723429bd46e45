/**
 * The task pane's check compares the cells the template computes with the template too (src/workbook/integrity.ts,
 * 3.1.2), reading their formulas in the same sync as the values: a value typed over a computed cell is a finding
 * with its cell, marked red like the criteria's findings. Against the HyperFormula-backed Excel fake.
 */
import { checkOpenWorkbook } from "../../src/taskpane/excel/check";
import { markFindings, marksFor } from "../../src/taskpane/excel/marks";
import { evaluateBook } from "../../src/workbook/evaluate";
import { fillExample } from "../../src/workbook/example/scenario";
import { setInput } from "../../src/workbook/fill";
import { buildTemplate } from "../../src/workbook/template/build";
import { markFill } from "../../src/workbook/template/styles";

const { FakeExcel } = require("./fakeExcel");

function openExample(lang: "de" | "en" = "de") {
  const { book } = buildTemplate(lang);
  fillExample(book, lang);
  const excel = new FakeExcel(evaluateBook(book));
  (globalThis as Record<string, unknown>).Office = excel.office();
  return excel;
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Office;
});

test("the example's computed cells hold the template's formulas and the engine's values: no finding, still one sync", async () => {
  const excel = openExample();
  const r = await checkOpenWorkbook(excel.context);
  expect(excel.syncs).toBe(1);
  expect(r.overwritten).toEqual([]);
  expect(r.findings.filter((f) => f.title.de === "Zelle der Vorlage überschrieben")).toEqual([]);
});

test("the English example is clean too", async () => {
  expect((await checkOpenWorkbook(openExample("en").context)).overwritten).toEqual([]);
});

test("TRUE typed over PUE_Pruefung: a 3.1.2 finding at 'Anlage 3.9'!B6, marked red with its note; 3.2.7 stays nicht erfüllt", async () => {
  const excel = openExample();
  excel.sheet("Anlage 3.9").cells.set("B6", true);
  const r = await checkOpenWorkbook(excel.context);
  expect(r.overwritten.map((o) => [o.name, o.cell, o.found])).toEqual([["PUE_Pruefung", "'Anlage 3.9'!B6", true]]);
  expect(r.findings.find((f) => f.id === "3.2.7")!.status).toBe("fail");
  const finding = r.findings.find((f) => f.title.de === "Zelle der Vorlage überschrieben")!;
  expect(finding).toMatchObject({ id: "3.1.2", status: "fail", anlage: "Anlage 3.9", cells: [{ name: "PUE_Pruefung" }] });
  const marks = marksFor(r.findings, r.ranges, "de");
  const mark = marks.find((m) => m.sheet === "Anlage 3.9" && m.cell === "B6")!;
  expect(mark).toMatchObject({ status: "fail" });
  expect(mark.note).toMatch(/3\.1\.2 .*'Anlage 3\.9'!B6 \(PUE_Pruefung\) enthält WAHR statt der Formel der Vorlage =DEUZ\.PUE\.CHECK/);
  await markFindings(excel.context, marks);
  expect(excel.fills.get("'Anlage 3.9'!B6").color).toBe(markFill.fail);
});

test("text typed over a month's status in Anlage 3.4 is found at its row", async () => {
  const excel = openExample();
  const status = excel.ev.name("Monat_Status");
  const cell = `O${status.row + 5}`;
  excel.sheet("Anlage 3.4").cells.set(cell, "vollständig");
  const r = await checkOpenWorkbook(excel.context);
  expect(r.overwritten.map((o) => [o.name, o.cell, o.found, o.ref])).toEqual([["Monat_Status", `'Anlage 3.4'!${cell}`, "vollständig", { name: "Monat_Status", row: 5, column: 0 }]]);
});

test("what people type is read as the command line reads it, and a cell that cannot be read is named by its address", async () => {
  const { book } = buildTemplate("de");
  fillExample(book, "de");
  // a customer of "8 kW" (read as 8) whose monthly information is "x": no answer (docs/interpretations.md)
  setInput(book, "Kunde_Spitzenlast_kW", "8 kW", 5);
  setInput(book, "Kunde_Monatsinfo", "x", 5);
  const excel = new FakeExcel(evaluateBook(book));
  (globalThis as Record<string, unknown>).Office = excel.office();
  const f = (await checkOpenWorkbook(excel.context)).findings.find((x) => x.id === "3.2.6.1")!;
  // the example's own customer without information still fails; the "x" is named beside it
  expect(f.status).toBe("fail");
  expect(f.message.de).toMatch(/'Anlage 3\.7-3\.8'!C\d+ enthält „x“: keine Ja\/Nein-Antwort/);
  expect(f.message.en).toMatch(/'Anlage 3\.7-3\.8'!C\d+ holds "x": not a Yes\/No answer/);
});
