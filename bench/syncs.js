/** context.sync() calls for a check and mark with 1,000 findings, against the Excel fake of the tests. */
"use strict";
const path = require("path");
const root = path.resolve(__dirname, "..");
const { FakeExcel } = require(path.join(root, "test/taskpane/fakeExcel.js"));
const { buildTemplate } = require(path.join(root, "lib/workbook/template/build.js"));
const { fillExample } = require(path.join(root, "lib/workbook/example/scenario.js"));
const { evaluateBook } = require(path.join(root, "lib/workbook/evaluate.js"));
const { checkOpenWorkbook } = require(path.join(root, "lib/taskpane/excel/check.js"));
const { markFindings, marksFor } = require(path.join(root, "lib/taskpane/excel/marks.js"));

(async () => {
  const { book } = buildTemplate("de");
  fillExample(book, "de");
  const excel = new FakeExcel(evaluateBook(book));
  const { findings, ranges } = await checkOpenWorkbook(excel.context);
  // the example's own findings plus enough failing cells to make 1,000 marks
  const extra = Array.from({ length: 1000 }, (_, i) => ({
    id: "3.3.3", title: { de: "ITEU", en: "ITEU" }, anlage: "Anlage 4.2", status: "fail",
    cells: [{ name: "CPU_Auslastung", row: i % 300, column: Math.floor(i / 300) }], message: { de: "", en: "" },
  }));
  const marks = marksFor([...findings, ...extra], ranges, "de");
  await markFindings(excel.context, marks);
  if (marks.length < 1000) throw new Error(`only ${marks.length} marks`);
  console.log(excel.syncs);
})().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
