import fs from "fs";
import path from "path";
import ExcelJS from "exceljs";
import { auditorCopy } from "../../src/workbook/auditor";
import { assetFiles } from "../../src/workbook/assets";
import { callsDeuz } from "../../src/workbook/formula";

test("the auditor's copy has values in place of DEUZ formulas, the findings sheet and the marks", async () => {
  const data = fs.readFileSync(path.resolve(__dirname, "../../assets", assetFiles.example));
  const { bytes, findings } = await auditorCopy(new Uint8Array(data), "de");
  expect(findings.find((f) => f.id === "3.2.7")?.status).toBe("fail");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  let deuzFormulas = 0;
  wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => { if (callsDeuz(cell.formula ?? "")) deuzFormulas++; })));
  expect(deuzFormulas).toBe(0);
  expect(wb.getWorksheet("Anlage 3.9")!.getCell("B4").value as number).toBeCloseTo(1.3208, 3);
  expect(wb.getWorksheet("Prüfung DE-UZ 228")!.rowCount).toBeGreaterThan(22);
  expect(String(wb.getWorksheet("Anlage 3.9")!.getCell("B4").note)).toMatch(/3\.2\.7/);
});
