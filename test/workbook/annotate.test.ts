/**
 * The annotated copy and the frozen copy, made from the example's check: red where a criterion fails,
 * amber where data are missing, a note per finding on each marked cell, the findings sheet; freezing
 * replaces exactly the formulas that call DEUZ functions by their values.
 */
import ExcelJS from "exceljs";
import { writeExample } from "../../src/workbook/assets";
import { annotate, freeze, REPORT_SHEET } from "../../src/workbook/annotate";
import { callsDeuz } from "../../src/workbook/formula";
import { checkWorkbook, CheckResult } from "../../src/workbook/check";
import { colours } from "../../src/workbook/template/styles";

let data: Buffer;
let result: CheckResult;
beforeAll(async () => {
  data = await writeExample("de");
  result = await checkWorkbook(data, "beispiel.xlsx");
});
afterAll(() => result.evaluated.destroy());

const fillOf = (cell: ExcelJS.Cell) => (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const again = new ExcelJS.Workbook();
  await again.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return again;
}

test("failing cells red, missing data amber, one note per finding on a cell two findings name", async () => {
  const wb = await result.openCopy();
  // the example's findings name no cell twice (PUE and CER need no water): 3.2.8 is made to name the
  // blank water cell 3.2.2 names
  const water = result.findings.find((f) => f.id === "3.2.2")!;
  const findings = result.findings.map((f) => (f.id === "3.2.8" ? { ...f, status: "missing" as const, cells: water.cells, message: { de: "3.2.8: Wert fehlt.", en: "3.2.8: value missing." } } : f));
  annotate(wb, findings, result.evaluated, "de");
  const copy = await roundTrip(wb);
  const pue = copy.getWorksheet("Anlage 3.9")!.getCell("B4");
  expect(fillOf(pue)).toBe(colours.fail);
  expect(String(pue.note)).toMatch(/^DE-UZ 228 3\.2\.7 \(Power Usage Effectiveness \(PUE\)\): nicht erfüllt\. 3\.2\.7: PUE 1,32 hält den Grenzwert 1,30 nicht ein/);
  const month = copy.getWorksheet("Anlage 3.4")!.getCell("K39");
  expect(fillOf(month)).toBe(colours.missing);
  // 3.2.2 and 3.2.8 both name the incomplete month: both notes, one per line
  expect(String(month.note).split("\n").map((l) => l.slice(0, 16))).toEqual(["DE-UZ 228 3.2.2 ", "DE-UZ 228 3.2.8 "]);
  // the findings sheet: a row per criterion, its status cell coloured
  const report = copy.getWorksheet(REPORT_SHEET)!;
  const rows = findings.map((f, i) => ({ id: report.getCell(i + 2, 1).value, status: report.getCell(i + 2, 3).value, fill: fillOf(report.getCell(i + 2, 3)) }));
  expect(rows.map((r) => r.id)).toEqual(findings.map((f) => f.id));
  expect(rows.find((r) => r.id === "3.2.7")).toEqual({ id: "3.2.7", status: "nicht erfüllt", fill: colours.fail });
  expect(rows.find((r) => r.id === "3.2.2")).toEqual({ id: "3.2.2", status: "fehlt", fill: colours.missing });
  expect(rows.find((r) => r.id === "3.1.1")).toEqual({ id: "3.1.1", status: "erfüllt", fill: colours.pass });
  // a cell no finding names keeps its look
  expect(fillOf(copy.getWorksheet("Anlage 3.9")!.getCell("A4"))).toBeUndefined();
});

test("English notes and findings sheet with --lang en", async () => {
  const wb = await result.openCopy();
  annotate(wb, result.findings, result.evaluated, "en");
  expect(String(wb.getWorksheet("Anlage 3.9")!.getCell("B4").note)).toMatch(/^DE-UZ 228 3\.2\.7 \(Power Usage Effectiveness \(PUE\)\): not met\. 3\.2\.7: PUE 1\.32 does not meet the limit 1\.30/);
  expect(wb.getWorksheet(REPORT_SHEET)!.getCell("B1").value).toBe("Requirement");
});

test("freeze replaces every DEUZ formula by its value and leaves the other formulas", async () => {
  const wb = await result.openCopy();
  let deuz = 0;
  let others = 0;
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => {
    if (!cell.formula) return;
    if (callsDeuz(cell.formula)) deuz++;
    else others++;
  })));
  expect(deuz).toBeGreaterThan(20);
  expect(freeze(wb, result.evaluated)).toBe(deuz);
  const copy = await roundTrip(wb);
  let left = 0;
  let kept = 0;
  copy.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => {
    if (callsDeuz(cell.formula ?? "")) left++;
    else if (cell.formula) kept++;
  })));
  expect(left).toBe(0);
  expect(kept).toBe(others);
  expect(copy.getWorksheet("Anlage 3.9")!.getCell("B4").value as number).toBeCloseTo(1.3208, 3);
});

test("openCopy loads the input afresh: annotating one copy leaves the next one and the bytes untouched", async () => {
  const before = Buffer.from(data);
  const first = await result.openCopy();
  annotate(first, result.findings, result.evaluated, "de");
  const second = await result.openCopy();
  expect(fillOf(second.getWorksheet("Anlage 3.9")!.getCell("B4"))).toBeUndefined();
  expect(second.getWorksheet(REPORT_SHEET)).toBeUndefined();
  expect(data.equals(before)).toBe(true);
});
