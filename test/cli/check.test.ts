/** `deuz check` and `deuz template` through main(), on generated workbooks; the input is never written. */
import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { run, sha } from "./run";
import { writeExample, writeTemplate } from "../../src/workbook/assets";
import { buildTemplate } from "../../src/workbook/template/build";
import { fillCompliant } from "../../src/workbook/example/scenario";
import { writeBook } from "../../src/workbook/write";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "deuz-check-"));

let example: string;
let compliant: string;
beforeAll(async () => {
  example = path.join(dir, "beispiel.xlsx");
  fs.writeFileSync(example, await writeExample("de"));
  const { book } = buildTemplate("de");
  fillCompliant(book, "de");
  compliant = path.join(dir, "konform.xlsx");
  fs.writeFileSync(compliant, await writeBook(book, { lang: "de" }));
});

describe("deuz check", () => {
  test("a compliant workbook exits 0 and lists every criterion as met or not applicable", async () => {
    const r = await run(["check", compliant]);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/3\.2\.7\s+Power Usage Effectiveness \(PUE\)\s+erfüllt/);
    expect(r.out).not.toMatch(/nicht erfüllt|fehlt/);
  });

  test("the example exits 1 and names section, status, value, limit and cells", async () => {
    const before = sha(example);
    const r = await run(["check", example]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/3\.2\.7\s+Power Usage Effectiveness \(PUE\)\s+nicht erfüllt\s+1,32\d*\s+1,3\s+'Anlage 3\.9'!B4/);
    // shares as Anlage 2 shows them
    expect(r.out).toMatch(/3\.3\.3\s+Mindestauslastung von Servern \(ITEU_SV\)\s+erfüllt\s+27,2 %\s+20 %/);
    expect(r.out).toMatch(/3\.2\.9 .*nicht erfüllt .*'Anlage 3\.5'!E18/);
    expect(sha(example)).toBe(before);
  });

  test("--json gives the criteria with DE-UZ 228 section ids", async () => {
    const before = sha(example);
    const r = await run(["check", example, "--json", "--lang", "en"]);
    expect(sha(example)).toBe(before);
    const json = JSON.parse(r.out);
    expect(json).toMatchObject({ file: example, edition: expect.stringMatching(/DE-UZ 228/) });
    expect(json.criteria).toHaveLength(22);
    const pue = json.criteria.find((c: { id: string }) => c.id === "3.2.7");
    expect(pue).toMatchObject({ title: "Power Usage Effectiveness (PUE)", status: "fail", limit: 1.3, cells: ["'Anlage 3.9'!B4"] });
    expect(pue.value).toBeCloseTo(1.3208, 3);
    expect(pue.message).toMatch(/^3\.2\.7: PUE 1\.321 does not meet the limit 1\.3/);
    expect(json.summary).toEqual({ pass: 16, fail: 4, missing: 1, not_applicable: 1 });
  });

  test("--out writes an annotated copy: failing cells red with a note, a findings sheet; the input unchanged", async () => {
    const before = sha(example);
    const out = path.join(dir, "geprueft.xlsx");
    const r = await run(["check", example, "--out", out]);
    expect(r.code).toBe(1);
    expect(sha(example)).toBe(before);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const pue = wb.getWorksheet("Anlage 3.9")!.getCell("B4");
    expect((pue.fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFF8CBAD");
    expect(String(pue.note)).toMatch(/DE-UZ 228 3\.2\.7 .*nicht erfüllt.*PUE 1,321/);
    expect(wb.getWorksheet("Prüfung DE-UZ 228")!.getCell("A2").value).toBe("3.1.1");
    // a value the user typed is still there, with its formula neighbours
    expect(wb.getWorksheet("Stammdaten")!.getCell("B4").value).toBe("Rheinufer Rechenzentren GmbH");
    expect(wb.getWorksheet("Anlage 3.9")!.getCell("B4").formula).toBe("DEUZ.PUE(Jahr_Gesamt_kWh,Jahr_IT_kWh,Jahr_Auskopplung_kWh)");
  });

  test("--freeze writes values in place of DEUZ formulas", async () => {
    const out = path.join(dir, "eingefroren.xlsx");
    const before = sha(example);
    expect((await run(["check", example, "--out", out, "--freeze", "--json"])).code).toBe(1);
    expect(sha(example)).toBe(before);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const pue = wb.getWorksheet("Anlage 3.9")!.getCell("B4");
    expect(pue.formula).toBeUndefined();
    expect(pue.value as number).toBeCloseTo(1.3208, 3);
    // formulas without DEUZ functions stay formulas
    expect(wb.getWorksheet("Anlage 3.4")!.getCell("B8").formula).toMatch(/^SUMIFS/);
  });

  test.each([
    ["not a zip", Buffer.from("Hallo, ich bin keine Arbeitsmappe"), /keine \.xlsx-Datei/],
    ["an encrypted (OLE) file", Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]), /verschlüsselt/],
  ])("%s exits 2 with one readable line", async (_, content, message) => {
    const file = path.join(dir, "kaputt.xlsx");
    fs.writeFileSync(file, content);
    const r = await run(["check", file]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.err.trim().split("\n")).toHaveLength(1);
  });

  test("a workbook made by someone else exits 2 naming what is missing", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Tabelle1").getCell("A1").value = 42;
    const file = path.join(dir, "fremd.xlsx");
    await wb.xlsx.writeFile(file);
    const r = await run(["check", file]);
    expect(r.code).toBe(2);
    // one language per line (German without --lang): "Blatt „Stammdaten“", no longer "Blatt/sheet"
    expect(r.err).toMatch(/nicht aus der DE-UZ-228-Vorlage erstellt \(Blatt „Stammdaten“ fehlt\)/);
  });

  test("usage errors exit 2: no file, --freeze without --out, --out onto the input", async () => {
    expect((await run(["check"])).code).toBe(2);
    expect((await run(["check", example, "--freeze"])).err).toMatch(/--freeze writes the copy given by --out/);
    expect((await run(["check", example, "--out", example])).err).toMatch(/input is never written/);
    const link = path.join(dir, "verweis.xlsx");
    fs.symlinkSync(example, link);
    const before = sha(example);
    expect((await run(["check", example, "--out", link])).err).toMatch(/input is never written/);
    expect(sha(example)).toBe(before);
    expect((await run(["check", path.join(dir, "gibt-es-nicht.xlsx")])).code).toBe(2);
  });
});

describe("deuz template", () => {
  test("writes the German and the English template", async () => {
    for (const lang of ["de", "en"]) {
      const out = path.join(dir, `vorlage-${lang}.xlsx`);
      expect((await run(["template", "--out", out, "--lang", lang])).code).toBe(0);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      expect(wb.getWorksheet("Stammdaten")!.getCell("A1").value).toBe(lang === "de" ? "Stammdaten" : "Master data");
    }
  });
  test("the empty template checks as missing data, not as an error", async () => {
    const file = path.join(dir, "leer.xlsx");
    fs.writeFileSync(file, await writeTemplate("de"));
    const r = await run(["check", file]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/fehlt: Abschnitt 3: In Stammdaten mindestens eine Rolle/);
  });
});
