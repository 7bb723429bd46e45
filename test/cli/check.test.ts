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
import { editCell, typed } from "../workbook/editXlsx";

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
    // DE-UZ 228 alone: the example fills the sheet "Gesetz EnEfG-EU" since issue 13, so the default adds the law's
    // rule sets as of today (test/cli/rulesets.test.ts checks those)
    const r = await run(["check", example, "--json", "--lang", "en", "--rules", "de-uz-228"]);
    expect(sha(example)).toBe(before);
    const json = JSON.parse(r.out);
    expect(json).toMatchObject({ file: example, edition: expect.stringMatching(/DE-UZ 228/) });
    expect(json.criteria).toHaveLength(22);
    const pue = json.criteria.find((c: { id: string }) => c.id === "3.2.7");
    expect(pue).toMatchObject({ title: "Power Usage Effectiveness (PUE)", status: "fail", limit: 1.3, cells: ["'Anlage 3.9'!B4"] });
    expect(pue.value).toBeCloseTo(1.3208, 3);
    // two decimals as the criteria write PUE (Tabelle 2), never rounded onto the limit
    expect(pue.message).toMatch(/^3\.2\.7: PUE 1\.32 does not meet the limit 1\.30 /);
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
    expect(String(pue.note)).toMatch(/DE-UZ 228 3\.2\.7 .*nicht erfüllt.*PUE 1,32 hält den Grenzwert 1,30 /);
    expect(wb.getWorksheet("Prüfung DE-UZ 228")!.getCell("A2").value).toBe("3.1.1");
    // a value the user typed is still there, with its formula neighbours
    expect(wb.getWorksheet("Stammdaten")!.getCell("B4").value).toBe("Rheinufer Rechenzentren GmbH");
    // kept as the example stores it, the form Excel binds to the add-in on open (issue 12, 8)
    expect(wb.getWorksheet("Anlage 3.9")!.getCell("B4").formula).toBe("_xldudf_DEUZ_PUE(Jahr_Gesamt_kWh,Jahr_IT_kWh,Jahr_Auskopplung_kWh)");
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

describe("deuz check: cells the template computes, typed over (3.1.2, integrity)", () => {
  let overTrue: string;
  let compliantOver: string;
  beforeAll(async () => {
    overTrue = path.join(dir, "wahr-getippt.xlsx");
    fs.writeFileSync(overTrue, await editCell(fs.readFileSync(example), "Anlage 3.9", "B6", typed("1")));
    compliantOver = path.join(dir, "konform-getippt.xlsx");
    fs.writeFileSync(compliantOver, await editCell(fs.readFileSync(compliant), "Anlage 3.9", "B6", typed("1")));
  });

  test("--json lists none for the example: an empty list", async () => {
    const json = JSON.parse((await run(["check", example, "--json"])).out);
    expect(json.overwritten).toEqual([]);
  });

  test("TRUE typed over PUE_Pruefung: --json lists it at the top level; 3.2.7 stays the engine's nicht erfüllt", async () => {
    const r = await run(["check", overTrue, "--json"]);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    expect(json.overwritten).toEqual([{
      name: "PUE_Pruefung", cell: "'Anlage 3.9'!B6", found: true, expected: "=DEUZ.PUE.CHECK(PUE_Jahr,Inbetriebnahme_RZ,Berichtszeitraum_Beginn)", expectedValue: false,
      message: expect.stringMatching(/^3\.1\.2 .*'Anlage 3\.9'!B6 \(PUE_Pruefung\) enthält WAHR statt der Formel der Vorlage/),
    }]);
    expect(json.criteria.find((c: { id: string }) => c.id === "3.2.7").status).toBe("fail");
  });

  test("the table prints them under their own heading after the criteria, in the language asked for", async () => {
    const r = await run(["check", overTrue, "--lang", "en"]);
    const heading = r.out.indexOf("Cells that do not hold the template's formula (3.1.2): 1");
    expect(heading).toBeGreaterThan(r.out.indexOf("3.3.4"));
    expect(r.out.slice(heading)).toMatch(/'Anlage 3\.9'!B6 \(PUE_Pruefung\) holds TRUE instead of the template's formula =DEUZ\.PUE\.CHECK/);
    expect(r.out.slice(heading)).not.toMatch(/enthält/);
  });

  test("a workbook meeting every criterion with one cell typed over exits 1: the report is not the workbook's own", async () => {
    expect((await run(["check", compliant])).code).toBe(0);
    const r = await run(["check", compliantOver]);
    expect(r.code).toBe(1);
    expect(r.out).not.toMatch(/nicht erfüllt\s|fehlt\s/);
    expect(r.out).toMatch(/Zellen, die nicht die Formel der Vorlage enthalten \(3\.1\.2\): 1/);
  });

  test("--out marks the typed-over cell red with a note naming 3.1.2 and lists it on the findings sheet", async () => {
    const out = path.join(dir, "getippt-geprueft.xlsx");
    expect((await run(["check", overTrue, "--out", out])).code).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const cell = wb.getWorksheet("Anlage 3.9")!.getCell("B6");
    expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFF8CBAD");
    expect(String(cell.note)).toMatch(/DE-UZ 228 3\.1\.2 \(Zelle der Vorlage überschrieben\): nicht erfüllt\. 3\.1\.2 .*'Anlage 3\.9'!B6/);
    const report = wb.getWorksheet("Prüfung DE-UZ 228")!;
    const rows = report.getSheetValues().filter((row) => Array.isArray(row) && row[2] === "Zelle der Vorlage überschrieben");
    expect(rows).toHaveLength(1);
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
