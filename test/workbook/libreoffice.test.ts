/**
 * A real client that no one here wrote opens what we write: LibreOffice Calc converts the template, the
 * example and an annotated copy to PDF without error (Debian's libreoffice-calc, installed by the pretest).
 */
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { main } from "../../src/cli/main";
import { assetFiles } from "../../src/workbook/assets";

const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => fs.existsSync(p));
const assets = path.resolve(__dirname, "../../assets");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "deuz-lo-"));

const describeIfOffice = soffice ? describe : describe.skip;
if (!soffice) console.warn("LibreOffice (soffice) is not installed: npm test's pretest installs libreoffice-calc");

describeIfOffice("LibreOffice Calc opens what deuz writes", () => {
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
});
