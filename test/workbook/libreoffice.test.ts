/**
 * A real client that no one here wrote opens what we write: LibreOffice Calc converts the template, the
 * example and an annotated copy to PDF without error (Debian's libreoffice-calc, installed by the pretest).
 */
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { assetFiles } from "../../src/workbook/assets";
import { checkWorkbook } from "../../src/workbook/check";
import { bookFrom, guardZip } from "../../src/workbook/read";
import { scanBook } from "../../src/workbook/scan";

const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => fs.existsSync(p));
const assets = path.resolve(__dirname, "../../assets");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "deuz-lo-"));

// nothing is skipped: without LibreOffice the tests below fail (npm test's pretest installs libreoffice-calc)
test("LibreOffice (soffice) is installed", () => expect(soffice).toBeDefined());

describe("LibreOffice Calc opens what deuz writes", () => {
  const annotated = path.join(dir, "Beispiel-geprueft.xlsx");
  beforeAll(async () => {
    const io = { out: () => undefined, err: () => undefined, readStdin: async () => "" };
    await main(["check", path.join(assets, assetFiles.example), "--out", annotated], io);
  });

  test.each([
    ["the German template", path.join(assets, assetFiles.templateDe)],
    ["the English template", path.join(assets, assetFiles.templateEn)],
    ["the example", path.join(assets, assetFiles.example)],
    ["an annotated copy", annotated],
  ])("%s converts to PDF", (_, file) => {
    const profile = path.join(dir, "profile-" + path.basename(file, ".xlsx"));
    const r = spawnSync(soffice!, [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "pdf", "--outdir", dir, file], { encoding: "utf8", timeout: 170_000 });
    expect(r.status).toBe(0);
    const pdf = path.join(dir, path.basename(file, ".xlsx") + ".pdf");
    expect(fs.existsSync(pdf)).toBe(true);
    expect(fs.readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
    expect(fs.statSync(pdf).size).toBeGreaterThan(10_000);
  }, 180_000);

  test("the example saved again by LibreOffice as .xlsx checks to the same findings", async () => {
    const example = path.join(assets, assetFiles.example);
    const outDir = path.join(dir, "resaved");
    const profile = path.join(dir, "profile-resave");
    const r = spawnSync(soffice!, [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", outDir, example], { encoding: "utf8", timeout: 170_000 });
    expect(r.status).toBe(0);
    const resaved = fs.readFileSync(path.join(outDir, assetFiles.example));
    // another writer's XML (LibreOffice lower-cases the unknown DEUZ names): the scanner reads what ExcelJS reads
    const scanned = scanBook(await guardZip(resaved, "resaved.xlsx"), "resaved.xlsx")!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(resaved as unknown as ArrayBuffer);
    const viaExcelJs = bookFrom(wb);
    for (const sheet of scanned.sheets) {
      const other = viaExcelJs.sheets.find((s) => s.name === sheet.name)!;
      // `cached` is the scanner's: ExcelJS loses some (an empty text; text in a date-formatted cell); inputs.test.ts tests it
      const cells = (rows: typeof sheet.rows) => rows.map((row) => (row ?? []).map((c) => (c ? { ...c, cached: undefined } : null)));
      expect(cells(sheet.rows)).toEqual(cells(other.rows));
    }
    const summary = async (data: Buffer) => {
      const { findings, evaluated } = await checkWorkbook(data, "x.xlsx");
      evaluated.destroy();
      return findings.map((f) => ({ id: f.id, status: f.status, value: typeof f.value === "number" ? Math.round(f.value * 1e9) / 1e9 : f.value, cells: f.cells }));
    };
    expect(await summary(resaved)).toEqual(await summary(fs.readFileSync(example)));
  }, 180_000);
});
