/** The fake Excel is as strict as Excel's documentation on the points the task pane's code relies on. */
const { FakeExcel, entered } = require("./fakeExcel");

test("values are entered as if typed: numbers, booleans, the text prefix, formulas", () => {
  expect(entered("1")).toBe(1);
  expect(entered("0")).toBe(0);
  expect(entered("TRUE")).toBe(true);
  expect(entered("'Anlage 3.9'!B4")).toBe("Anlage 3.9'!B4");
  expect(entered("=A1")).toEqual({ formula: "=A1" });
  expect(entered('{"sheet":"x"}')).toBe('{"sheet":"x"}');
});

test("properties are readable only after load and sync; isNullObject only after a sync", async () => {
  const excel = new FakeExcel(null);
  const ws = excel.context.workbook.worksheets.add("S");
  const range = ws.getRange("A1");
  expect(() => range.values).toThrow(/PropertyNotLoaded/);
  range.load("values");
  expect(() => range.values).toThrow(/PropertyNotLoaded/);
  await excel.context.sync();
  expect(range.values).toEqual([[""]]);
  const missing = excel.context.workbook.worksheets.getItemOrNullObject("nope");
  expect(() => missing.isNullObject).toThrow(/PropertyNotLoaded/);
  await excel.context.sync();
  expect(missing.isNullObject).toBe(true);
});

test("protection: locked cells, formats and notes as the options say; protect/unprotect only in the other state", async () => {
  const excel = new FakeExcel(null);
  const ws = excel.context.workbook.worksheets.add("S");
  ws.unlocked.add("B2");
  ws.protection.protect({ allowFormatCells: true });
  expect(() => ws.protection.protect({})).toThrow(/AccessDenied/);
  expect(() => (ws.getRange("A1").values = [["x"]])).toThrow(/AccessDenied/);
  ws.getRange("B2").values = [["x"]];
  ws.getRange("A1").format.fill.color = "#FF0000";
  expect(() => excel.context.workbook.notes.add(ws.getRange("A1"), "n")).toThrow(/allowEditObjects/);
  ws.protection.unprotect();
  expect(() => ws.protection.unprotect()).toThrow(/AccessDenied/);
});

test("notes: a sheet's notes are looked up by the cell alone; older hosts have no notes", () => {
  const excel = new FakeExcel(null);
  const ws = excel.context.workbook.worksheets.add("S");
  expect(() => ws.notes.getItemOrNullObject("'S'!A1")).toThrow(/InvalidArgument/);
  const old = new FakeExcel(null, { sets: { ExcelApi: "1.17" } });
  const ws2 = old.context.workbook.worksheets.add("S");
  expect(() => ws2.notes.getItemOrNullObject("A1")).toThrow(/ApiNotFound/);
  expect(() => ws2.getRange("A1").format.fill.load("pattern")).not.toThrow();
  const older = new FakeExcel(null, { sets: { ExcelApi: "1.8" } });
  expect(() => older.context.workbook.worksheets.add("S").getRange("A1").format.fill.load("color,pattern")).toThrow(/ExcelApi 1\.9/);
});
