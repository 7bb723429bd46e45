/**
 * Issue 10, item 6: LibreOffice has no DEUZ functions, so `DEUZ.VERSION()` is an error there and the hint on
 * Anlage 2 and beside the key figures shows (in HyperFormula with the DEUZ functions it is empty: typed.test.ts).
 * The example is converted to CSV by LibreOffice itself (Debian's libreoffice-calc, installed by the pretest).
 */
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { assetFiles } from "../../../src/workbook/assets";

const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => fs.existsSync(p));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "deuz-hint-"));

test("LibreOffice shows the add-in hint on Anlage 2 and beside PUE, CER, ERF and ITEU_SV", () => {
  expect(soffice).toBeDefined();
  const example = path.resolve(__dirname, "../../../assets", assetFiles.example);
  // every sheet to its own CSV (the filter's 12th token -1), UTF-8 (76)
  const r = spawnSync(soffice!, [`-env:UserInstallation=file://${path.join(dir, "profile")}`, "--headless", "--convert-to",
    "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", dir, example], { encoding: "utf8", timeout: 170_000 });
  expect(r.status).toBe(0);
  const sheet = (name: string) => fs.readFileSync(path.join(dir, `${path.basename(example, ".xlsx")}-${name}.csv`), "utf8");
  expect(sheet("Anlage 2")).toMatch(/Ohne das Add-in „DE-UZ 228“ .*deuz check Datei\.xlsx --out geprueft\.xlsx --freeze/);
  for (const [name, label] of [["Anlage 3.9", "PUE \\(Kategorie 2\\)"], ["Anlage 3.9", "CER im Berichtszeitraum"], ["Anlage 3.10", "Energy Reuse Factor"], ["Anlage 4.3", "ITEU_SV über 12 Monate"]]) {
    expect(sheet(name)).toMatch(new RegExp(`${label}[^\\n]*braucht das Add-in DE-UZ 228`));
  }
}, 180_000);
