/**
 * Issue 13 through the template: a workbook filled with DE-UZ 228's data and the sheet "Gesetz EnEfG-EU", checked
 * by `deuz check --rules … --as-of …` (JSON with ruleSet and roadmap, the table grouped by rule set) and listed by
 * `deuz register` (Anlage 3 numbered as in the Anlage, fehlt where missing). The input is never written.
 */
import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { run, sha } from "./run";
import { writeExample } from "../../src/workbook/assets";
import { readState } from "../../src/taskpane/excel/marks";
import { colours } from "../../src/workbook/colours";
import { fillLaw } from "../workbook/lawInputs";
import { buildTemplate } from "../../src/workbook/template/build";
import { fillCompliant, fillExample } from "../../src/workbook/example/scenario";
import { writeBook } from "../../src/workbook/write";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "deuz-rules-"));

/** The bundled example's DE-UZ data (PUE 1.32 under 3.2.7; 1.34 under § 11(1), which keeps the heat extraction in). */
async function workbook(file: string, change: Record<string, string | number | null> = {}, law = true): Promise<string> {
  const { book } = buildTemplate("de");
  if (law) fillExample(book, "de");
  else fillCompliant(book, "de");
  if (law) fillLaw(book, change);
  const full = path.join(dir, file);
  fs.writeFileSync(full, await writeBook(book, { lang: "de" }));
  return full;
}

let full: string;
let deUzOnly: string;
beforeAll(async () => {
  full = await workbook("gesetz.xlsx");
  deUzOnly = await workbook("nur-deuz.xlsx", {}, false);
});

describe("deuz check with rule sets", () => {
  test("the default checks every rule set whose scope applies: DE-UZ 228, EnEfG and the EU report side by side, each criterion with its ruleSet, and the roadmap", async () => {
    const before = sha(full);
    const r = await run(["check", full, "--json", "--as-of", "2027-07-01"]);
    expect(sha(full)).toBe(before);
    const json = JSON.parse(r.out);
    expect(json.asOf).toBe("2027-07-01");
    expect(json.ruleSets.map((x: { id: string }) => x.id)).toEqual(["de-uz-228", "enefg-2023", "eu-2024-1364"]);
    const byId = Object.fromEntries(json.criteria.map((c: { id: string }) => [c.id, c]));
    expect(byId["3.2.7"].ruleSet).toBe("de-uz-228");
    expect(byId["EnEfG-11-1"]).toMatchObject({ ruleSet: "enefg-2023", status: "pass", limit: 1.5 });
    expect(byId["EnEfG-11-1"].message).toBe("");
    expect(byId["EnEfG-11-5"]).toMatchObject({ ruleSet: "enefg-2023", status: "pass", limit: 1 });
    // the example lacks one month's drinking water in Anlage 3.4 (3.2.2): W_IN-POT of the EU report is missing
    expect(byId["EU-1364"]).toMatchObject({ ruleSet: "eu-2024-1364", status: "missing", value: "28/29" });
    expect(byId["EU-1364"].message).toMatch(/es fehlen II\.5\./);
    expect(byId["EnEfG-13"]).toMatchObject({ status: "pass" });
    expect(json.roadmap.find((e: { id: string; from: string }) => e.id === "EnEfG-11-1" && e.from === "2030-07-01")).toMatchObject({ ruleSet: "enefg-2023", limit: 1.3, met: false, value: expect.closeTo(1.34, 2) });
    // the example fails DE-UZ 228's 3.2.7 (PUE 1.32 > 1.3)
    expect(byId["3.2.7"].status).toBe("fail");
    expect(r.code).toBe(1);
  });

  test("--as-of before a requirement binds: nicht anwendbar saying from when and whether today's figure would meet it", async () => {
    const r = await run(["check", full, "--json", "--as-of", "2027-06-30", "--rules", "enefg-2023"]);
    const json = JSON.parse(r.out);
    expect(json.criteria.every((c: { ruleSet: string }) => c.ruleSet === "enefg-2023")).toBe(true);
    const pue = json.criteria.find((c: { id: string }) => c.id === "EnEfG-11-1");
    expect(pue.status).toBe("not_applicable");
    expect(pue.message).toMatch(/gilt ab 01\.07\.2027 \(PUE ≤ 1,50\)\. PUE 1,\d+ würde ihn einhalten\. \(Berichtszeitraum/);
  });

  test("the table groups by rule set, marks the draft, and ends with the roadmap", async () => {
    const r = await run(["check", full, "--rules", "de-uz-228,enefg-2023,enefg-2026-entwurf", "--as-of", "2030-07-01"]);
    expect(r.out).toMatch(/^Blauer Engel DE-UZ 228 Rechenzentren/);
    expect(r.out).toMatch(/Energieeffizienzgesetz \(EnEfG\) §§ 11-17: EnEfG vom 13\.11\.2023, BGBl\. 2023 I Nr\. 309 .*Stichtag 01\.07\.2030/);
    expect(r.out).toMatch(/ENTWURF, kein geltendes Recht: EnEfG-Novelle/);
    expect(r.out).toMatch(/EnEfG-11-1\s+PUE bestehender Rechenzentren.*nicht erfüllt/);
    expect(r.out).toMatch(/ab 01\.07\.2027 PUE ≤ 1,5: 1,34 ✓ {2}\(EnEfG-11-1\)/);
    expect(r.out).toMatch(/ab 01\.07\.2030 PUE ≤ 1,3: 1,34 ✗ {2}\(EnEfG-11-1\)/);
    // the draft's roadmap under its own marked heading: 1.34 meets 1.4
    expect(r.out).toMatch(/ENTWURF, kein geltendes Recht: EnEfG-Novelle[^\n]*:\n(?:(?!ENTWURF).*\n)*?ab 01\.07\.2027 PUE ≤ 1,6: 1,34 ✓[^\n]*\nab 01\.07\.2030 PUE ≤ 1,4: 1,34 ✓/);
    // the duties without a figure: met or not on their day
    expect(r.out).toMatch(/ab 01\.07\.2025 EnMS = DIN EN ISO 50001 \/ EMAS: DIN EN ISO 50001 ✓ {2}\(EnEfG-12\)/);
    expect(r.code).toBe(1);
  });

  test("scope, § 3 Nr. 24: 299 kW leaves EnEfG out of the default, 300 kW takes it in; named explicitly, 299 kW is nicht anwendbar", async () => {
    const small = await workbook("klein.xlsx", { Nennanschlussleistung_nr_kW: 299, IT_Nennanschlussleistung_kW: 200 });
    const r = JSON.parse((await run(["check", small, "--json", "--as-of", "2028-01-01"])).out);
    expect(r.ruleSets.map((x: { id: string }) => x.id)).toEqual(["de-uz-228"]);
    expect(r.skipped.map((x: { id: string }) => x.id)).toEqual(["enefg-2023", "eu-2024-1364"]);
    const named = JSON.parse((await run(["check", small, "--json", "--rules", "enefg-2023", "--as-of", "2028-01-01"])).out);
    expect(named.criteria.every((c: { status: string; message: string }) => c.status === "not_applicable" && /ab 300 kW; hier 299 kW/.test(c.message))).toBe(true);
    const at300 = await workbook("300.xlsx", { Nennanschlussleistung_nr_kW: 300, IT_Nennanschlussleistung_kW: 499 });
    const j = JSON.parse((await run(["check", at300, "--json", "--as-of", "2028-01-01"])).out);
    expect(j.ruleSets.map((x: { id: string }) => x.id)).toEqual(["de-uz-228", "enefg-2023"]);
  });

  test("a workbook without the law's data: DE-UZ 228 alone by default, the law named as not checked with the cell to fill", async () => {
    const r = await run(["check", deUzOnly]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Nicht geprüft: Energieeffizienzgesetz \(EnEfG\) §§ 11-17\. § 3 Nr\. 24 EnEfG: .*'Gesetz EnEfG-EU'!B\d+ ist leer/);
  });

  test("bad --rules and --as-of exit 2 with one line", async () => {
    expect(await run(["check", full, "--rules", "enefg-2099"])).toMatchObject({ code: 2, err: expect.stringMatching(/--rules takes de-uz-228, enefg-2023, eu-2024-1364, enefg-2026-entwurf/) });
    expect(await run(["check", full, "--as-of", "01.07.2027"])).toMatchObject({ code: 2, err: expect.stringMatching(/--as-of is a date YYYY-MM-DD/) });
  });
});

describe("the bundled example fills the sheet Gesetz EnEfG-EU", () => {
  let example: string;
  beforeAll(async () => {
    example = path.join(dir, "beispiel.xlsx");
    fs.writeFileSync(example, await writeExample("de"));
  });

  test("the default judges DE-UZ 228, the EnEfG and the EU report: real verdicts, nothing left as not checked", async () => {
    const r = await run(["check", example, "--rules", "enefg-2023,eu-2024-1364", "--as-of", "2026-11-30"]);
    expect(r.out).not.toMatch(/Nicht geprüft|Gesetz EnEfG-EU'!B\d+ ist leer/);
    expect(r.out).toMatch(/EnEfG-11-1\s+PUE bestehender Rechenzentren.*nicht anwendbar\s+1,3408\s+1,5/);
    expect(r.out).toMatch(/EnEfG-11-5\s+.*erfüllt\s+100 %\s+50 %/);
    for (const id of ["EnEfG-12", "EnEfG-12-2", "EnEfG-13", "EnEfG-15", "EnEfG-16", "EnEfG-17"]) expect(r.out).toMatch(new RegExp(`${id}\\s+.*  erfüllt`));
    // the one law finding: August's drinking water (3.2.2's deliberate gap) is W_IN-POT of the EU report
    expect(r.out).toMatch(/fehlt: EU-1364: .*es fehlen II\.5\./);
    expect(r.out).toMatch(/ab 01\.07\.2030 PUE ≤ 1,3: 1,34 ✗ {2}\(EnEfG-11-1\)/);
    const json = JSON.parse((await run(["check", example, "--json"])).out);
    expect(json.ruleSets.map((x: { id: string }) => x.id)).toEqual(["de-uz-228", "enefg-2023", "eu-2024-1364"]);
    expect(json.skipped).toEqual([]);
  });

  test("--json gives the EU KPIs of 2024/1364 Annex III with their definitions, cells, the period and the (not yet applicable) label class", async () => {
    const json = JSON.parse((await run(["check", example, "--json", "--lang", "en"])).out);
    const k = Object.fromEntries(json.euKpis.kpis.map((x: { id: string }) => [x.id, x]));
    expect(json.euKpis).toMatchObject({ period: "reporting period 2024-01-01 to 2024-12-31", months: 12 });
    expect(Object.keys(k)).toEqual(["PUE", "WUE", "ERF", "REF"]);
    // E_DC / E_IT keeps the heat-upgrade electricity (1.34), unlike 3.2.7 (1.32)
    expect(k.PUE).toMatchObject({ value: expect.closeTo(1.3408, 3), unit: "", definition: "PUE = E_DC / E_IT", rating: { class: null, inForce: false } });
    expect(k.PUE.cells).toContain("'Anlage 3.4'!E20:E55");
    expect(k.WUE).toMatchObject({ unit: "m³/MWh", definition: "WUE = W_IN / E_IT (E_IT in MWh)", rating: { class: "G", inForce: false } });
    // W_IN 7,500 m³ over the IT energy of 2024, about 6,850 MWh
    expect(k.WUE.value).toBeCloseTo(1.095, 2);
    expect(k.ERF).toMatchObject({ definition: "ERF = E_REUSE / E_DC", rating: null });
    expect(k.ERF.differs).toMatch(/Denominator E_DC/);
    expect(k.REF).toMatchObject({ value: 1, definition: "REF = E_RES-TOT / E_DC" });
  });

  test("--out marks the law's findings as DE-UZ 228's (red, amber, a note naming the criterion and paragraph; the draft marked), removable by the task pane", async () => {
    const file = await workbook("ohne-enms.xlsx", { EnMS_Art: "keines" });
    const out = path.join(dir, "ohne-enms-geprueft.xlsx");
    const r = await run(["check", file, "--rules", "de-uz-228,enefg-2023,enefg-2026-entwurf,eu-2024-1364", "--as-of", "2027-07-01", "--out", out]);
    expect(r.code).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const law = wb.getWorksheet("Gesetz EnEfG-EU")!;
    const ems = findCell(law, "keines")!;
    expect((ems.fill as ExcelJS.FillPattern).fgColor?.argb).toBe(colours.fail);
    const note = String(ems.note).split("\n");
    expect(note[0]).toMatch(/^EnEfG-12 \(Energie- oder Umweltmanagementsystem \(§ 12 EnEfG\)\): nicht erfüllt\. EnEfG-12: § 12 Abs\. 1 EnEfG: seit dem 01\.07\.2025/);
    expect(note[1]).toMatch(/^ENTWURF EnEfG-12 /);
    // EU-1364 names the whole drinking-water column (II.5): listed, not marked on its first month; 3.2.2 marks the blank
    expect(String(wb.getWorksheet("Anlage 3.4")!.getCell("K20").note ?? "")).not.toMatch(/EU-1364/);
    expect(String(wb.getWorksheet("Anlage 3.4")!.getCell("K39").note)).toMatch(/^DE-UZ 228 3\.2\.2 /);
    // DE-UZ 228's marks as before
    expect(String(wb.getWorksheet("Anlage 3.9")!.getCell("B4").note)).toMatch(/^DE-UZ 228 3\.2\.7 /);
    // the findings sheet lists the law's rows too, the draft's marked
    const rows = wb.getWorksheet("Prüfung DE-UZ 228")!.getSheetValues().slice(2).filter(Boolean).map((row) => (row as ExcelJS.CellValue[]).slice(1, 3));
    expect(rows).toContainEqual(["EnEfG-12", "Energie- oder Umweltmanagementsystem (§ 12 EnEfG)"]);
    expect(rows).toContainEqual(["EnEfG-12", "ENTWURF: Energie- oder Umweltmanagementsystem (§ 12 EnEfG)"]);
    // removable: the pane's very hidden sheet holds each marked cell's own fill (the input colour), the note ours
    const state = wb.getWorksheet("DEUZ_Markierungen")!;
    expect(state.state).toBe("veryHidden");
    const saved = readState(state.getSheetValues().slice(1).map((row) => [(row as ExcelJS.CellValue[] | undefined)?.[1]]));
    expect([...saved.values()].find((x) => x.sheet === "Gesetz EnEfG-EU" && x.cell === ems.address)).toMatchObject({ sheet: "Gesetz EnEfG-EU", cell: ems.address, pattern: "Solid", color: `#${colours.input.slice(2)}`, noteAdded: true });
    expect([...saved.values()].some((s) => s.sheet === "Anlage 3.9" && s.cell === "B4")).toBe(true);
  });
});

/** The cell of a sheet holding `text` (the law sheet's inputs are found by what they hold, not by row). */
function findCell(ws: ExcelJS.Worksheet, text: string): ExcelJS.Cell | undefined {
  let found: ExcelJS.Cell | undefined;
  ws.eachRow((row) => row.eachCell((c) => {
    if (!found && c.value === text) found = c;
  }));
  return found;
}

describe("deuz register", () => {
  test("Anlage 3 numbered as in the Anlage and the EU items, with value, unit and cells; exit 1 while one is missing", async () => {
    const r = await run(["register", full, "--json"]);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.out);
    const enefg = json.items.filter((i: { ruleSet: string }) => i.ruleSet === "enefg-2023");
    expect([...new Set(enefg.map((i: { no: string }) => i.no))]).toEqual(["1a", "1b", "1c", "1d", "1e", "1f", "2a", "2b", "2c", "2d", "2e", "2f", "2g", "2h", "2i"]);
    expect(enefg.find((i: { no: string }) => i.no === "1c")).toMatchObject({ value: "< 5 MW", cells: [expect.stringMatching(/^'Gesetz EnEfG-EU'!B\d+$/)] });
    expect(enefg.find((i: { no: string }) => i.no === "2f")).toMatchObject({ unit: "", missing: false });
    expect(json.items.some((i: { no: string }) => i.no === "III.WUE")).toBe(true);
    expect(json.items.filter((i: { missing: boolean }) => i.missing).map((i: { no: string }) => i.no)).toEqual(["II.5"]);
  });

  test("a blank item is fehlt (table, German), and CSV keeps the columns; exit 1", async () => {
    const partial = await workbook("teilweise.xlsx", { RZ_PLZ: null, Zuluft_Sollwert_C: null });
    const r = await run(["register", partial]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^1d\s+Postleitzahl\s+fehlt/m);
    expect(r.out).toMatch(/^II\.11\s+Sollwert der Zulufttemperatur der IT\s+fehlt/m);
    const csv = await run(["register", partial, "--csv", "--lang", "en"]);
    const lines = csv.out.trim().split("\r\n");
    expect(lines[0]).toBe("Rule set,No.,Item,Value,Unit,Cells,Note");
    expect(lines.find((l) => l.startsWith("enefg-2023,1d,"))).toMatch(/,missing,/);
  });
});
