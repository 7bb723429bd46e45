/**
 * The Excel glue against a fake of the Excel objects backed by HyperFormula: a check reads every input in one
 * sync, check and mark take at most three syncs whatever the number of findings, and mark-then-clear gives
 * back exactly the formats the user had; no value the user typed is written.
 */
import { checkOpenWorkbook } from "../../src/taskpane/excel/check";
import { clearMarks, markFindings, marksFor, MAX_MARKS, STATE_SHEET } from "../../src/taskpane/excel/marks";
import { Finding } from "../../src/engine/criteria";
import { evaluateBook } from "../../src/workbook/evaluate";
import { fillExample } from "../../src/workbook/example/scenario";
import { buildTemplate } from "../../src/workbook/template/build";
 
const { FakeExcel } = require("./fakeExcel");

function openExample() {
  const { book } = buildTemplate("de");
  fillExample(book, "de");
  const ev = evaluateBook(book);
  return new FakeExcel(ev);
}

test("a check reads every input the criteria need in one sync and finds the example's failures", async () => {
  const excel = openExample();
  const { findings } = await checkOpenWorkbook(excel.context);
  expect(excel.syncs).toBe(1);
  expect(findings.filter((f) => f.status === "fail").map((f) => f.id).sort()).toEqual(["3.1.2", "3.2.6.1", "3.2.7", "3.2.9"]);
});

test("check and mark: three syncs; the failing cells get the fail colour", async () => {
  const excel = openExample();
  const { findings, ranges } = await checkOpenWorkbook(excel.context);
  await markFindings(excel.context, marksFor(findings, ranges, "de"));
  expect(excel.syncs).toBe(3);
  expect(excel.fills.get("'Anlage 3.9'!B4")).toEqual({ pattern: "Solid", color: "#F8CBAD" });
  expect(excel.fills.get("'Anlage 3.5'!E18")?.color).toBe("#F8CBAD");
  expect(excel.sheet(STATE_SHEET).visibility).toBe("VeryHidden");
  expect(excel.userValueWrites).toBe(0);
});

test("mark then clear restores exactly the user's formats, also a cell the user had coloured", async () => {
  const excel = openExample();
  excel.fills.set("'Anlage 3.9'!B4", { pattern: "Solid", color: "#00B050" }); // the user's own green
  const before = new Map(excel.fills);
  const { findings, ranges } = await checkOpenWorkbook(excel.context);
  await markFindings(excel.context, marksFor(findings, ranges, "de"));
  // a second check marks again without losing what the user had
  await markFindings(excel.context, marksFor(findings, ranges, "de"));
  const restored = await clearMarks(excel.context);
  expect(restored).toBeGreaterThanOrEqual(4);
  expect(excel.fills).toEqual(before);
  expect(excel.sheet(STATE_SHEET)).toBeUndefined();
  expect(excel.userValueWrites).toBe(0);
});

test("1,000 findings are marked in the same three syncs", async () => {
  const excel = openExample();
  const { ranges } = await checkOpenWorkbook(excel.context);
  const many: Finding[] = Array.from({ length: 1000 }, (_, i) => ({
    id: "3.3.3", title: { de: "ITEU", en: "ITEU" }, anlage: "Anlage 4.2", status: "fail",
    cells: [{ name: "CPU_Auslastung", row: i % 300, column: Math.floor(i / 300) }],
    message: { de: "3.3.3: zu niedrig", en: "3.3.3: too low" },
  }));
  const marks = marksFor(many, ranges, "de");
  expect(marks).toHaveLength(Math.min(1000, MAX_MARKS));
  await markFindings(excel.context, marks);
  expect(excel.syncs).toBe(3);
  expect([...excel.fills.values()].filter((f: { color: string }) => f.color === "#F8CBAD")).toHaveLength(1000);
});
