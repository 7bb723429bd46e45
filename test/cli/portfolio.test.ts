/**
 * `deuz portfolio` (issue 16) over five files generated here: the example with the law's data, a compliant variant,
 * a site below the EnEfG threshold (299 kW, § 3 Nr. 24), a workbook of the earlier template (2026-11-22) and a
 * broken file. One row each, the unreadable ones saying why; totals equal a hand computation; the roadmap sorted by
 * date; the workbook written opens in LibreOffice. The inputs are never written.
 */
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { run, sha } from "./run";
import { main } from "../../src/cli/main";
import { jsonText } from "../../src/cli/check";
import { fillLaw } from "../workbook/lawInputs";
import { serial } from "../../src/engine/dates";
import { buildTemplate } from "../../src/workbook/template/build";
import { fillCompliant, fillExample } from "../../src/workbook/example/scenario";
import { getCell, Book } from "../../src/workbook/book";
import { setInput } from "../../src/workbook/fill";
import { writeBook } from "../../src/workbook/write";
import { colours } from "../../src/workbook/colours";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "deuz-portfolio-"));
const sites = path.join(dir, "sites");
fs.mkdirSync(sites);
const soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((p) => fs.existsSync(p));

/** The values of a named range's first column, as the book holds them (the hand computation's source). */
function column(book: Book, name: string): number[] {
  const n = book.names.find((x) => x.name === name)!;
  const sheet = book.sheets.find((s) => s.name === n.sheet)!;
  const out: number[] = [];
  for (let r = 0; r < n.rows; r++) {
    const v = getCell(sheet, n.row + r, n.col)?.value;
    out.push(typeof v === "number" ? v : 0);
  }
  return out;
}

/** A meter's every month times `factor` (another PUE, so that the mean of the sites' PUEs is not the portfolio's). */
function scale(book: Book, name: string, factor: number): void {
  column(book, name).forEach((v, i) => v && setInput(book, name, Math.round(v * factor), i));
}

const books: Record<string, Book> = {};
async function site(file: string, fill: (b: Book) => void): Promise<string> {
  const { book } = buildTemplate("de");
  fill(book);
  books[file] = book;
  const full = path.join(sites, file);
  fs.writeFileSync(full, await writeBook(book, { lang: "de" }));
  return full;
}

const AS_OF = "2027-07-01";
let files: string[];
beforeAll(async () => {
  files = [
    await site("1-beispiel.xlsx", (b) => { fillExample(b, "de"); fillLaw(b); setInput(b, "Vertragsende", serial("2027-12-31")); }),
    await site("2-konform.xlsx", (b) => { fillCompliant(b, "de"); fillLaw(b, { Abwaerme_Plattform_gemeldet: serial("2027-03-20") }); setInput(b, "RZ_Name", "RZ Konform"); }),
    await site("3-klein.xlsx", (b) => { fillExample(b, "de"); fillLaw(b, { Nennanschlussleistung_nr_kW: 299, IT_Nennanschlussleistung_kW: 200 }); setInput(b, "RZ_Name", "RZ Klein"); scale(b, "MP_IT2", 0.9); }),
  ];
  const older = path.join(sites, "4-alt.xlsx");
  fs.copyFileSync(path.resolve(__dirname, "../fixtures/DE-UZ-228-Beispiel-Vorlage-2026-11-22.xlsx"), older);
  const broken = path.join(sites, "5-kaputt.xlsx");
  fs.writeFileSync(broken, "dies ist keine Arbeitsmappe");
  files.push(older, broken);
}, 120_000);

interface JsonSite { file: string; name: string; error: string | null; criteria?: { id: string; ruleSet: string; status: string }[]; figures?: Record<string, number | null>; energyKwh?: number; itEnergyKwh?: number; open?: number; overwritten?: number }

describe("deuz portfolio", () => {
  let json: { asOf: string; sites: JsonSite[]; totals: Record<string, number | null>; roadmap: { file: string; ruleSet: string; id: string; from: string; limit: unknown; value: unknown; met: boolean | null }[] };
  let code: number;
  beforeAll(async () => {
    const before = files.map(sha);
    const r = await run(["portfolio", sites, "--json", "--as-of", AS_OF]);
    expect(files.map(sha)).toEqual(before);
    code = r.code;
    json = JSON.parse(r.out);
  }, 120_000);

  test("one row per file of the directory, in file-name order; the unreadable ones say why and carry no criteria", () => {
    expect(json.asOf).toBe(AS_OF);
    expect(json.sites.map((s) => path.basename(s.file))).toEqual(["1-beispiel.xlsx", "2-konform.xlsx", "3-klein.xlsx", "4-alt.xlsx", "5-kaputt.xlsx"]);
    expect(json.sites.map((s) => s.name)).toEqual(["RZ Rheinufer 1", "RZ Konform", "RZ Klein", "4-alt.xlsx", "5-kaputt.xlsx"]);
    const [a, b, c, older, broken] = json.sites;
    for (const s of [a, b, c]) {
      expect(s.error).toBeNull();
      expect(s.criteria!.length).toBeGreaterThan(20);
    }
    expect(older.error).toMatch(/älteren Version der Vorlage.*deuz upgrade/);
    expect(older.criteria).toBeUndefined();
    expect(broken.error).toMatch(/keine \.xlsx-Datei/);
    expect(broken.criteria).toBeUndefined();
    // exit 1: criteria open (and files unread), but not 2: some could be read
    expect(code).toBe(1);
  });

  test("the criteria of each site are deuz check --json's, rule set by rule set", async () => {
    const check = JSON.parse((await run(["check", files[0], "--json", "--as-of", AS_OF])).out);
    expect(json.sites[0].criteria).toEqual(check.criteria.map((c: Record<string, unknown>) => ({ id: c.id, ruleSet: c.ruleSet, title: c.title, status: c.status, value: c.value, limit: c.limit, cells: c.cells, message: c.message })));
    expect(json.sites[0].figures!.PUE).toBeCloseTo(1.32, 2);
    // deuz check's roadmap has the final report too (3.1.3), and 3.1.3 says by when
    expect(check.roadmap.filter((e: { id: string }) => e.id === "3.1.3")).toEqual([expect.objectContaining({ ruleSet: "de-uz-228", from: "2027-06-30", met: null })]);
    expect(check.criteria.find((c: { id: string }) => c.id === "3.1.3").message).toMatch(/Vertragsende 31\.12\.2027: .*spätestens am 30\.06\.2027 bei der RAL gGmbH vorlegen/);
  }, 60_000);

  test("a site below the EnEfG threshold (299 kW) has no EnEfG criteria and no EnEfG roadmap", () => {
    const small = json.sites[2];
    expect(small.criteria!.some((c) => c.ruleSet === "enefg-2023")).toBe(false);
    expect(json.sites[0].criteria!.some((c) => c.ruleSet === "enefg-2023")).toBe(true);
    expect(json.roadmap.some((e) => e.file.endsWith("3-klein.xlsx") && e.ruleSet === "enefg-2023")).toBe(false);
  });

  test("the roadmap holds every readable site's dated requirements, sorted by date", () => {
    expect(json.roadmap.length).toBeGreaterThan(0);
    const dates = json.roadmap.map((e) => e.from);
    expect(dates).toEqual([...dates].sort());
    expect(json.roadmap.some((e) => e.file.endsWith("1-beispiel.xlsx") && e.from === "2030-07-01" && e.met === false)).toBe(true);
  });

  test("DE-UZ 228 3.1.3: the site with its contract's end (31.12.2027) has the final report in the roadmap 6 months before, the others none", () => {
    const reports = json.roadmap.filter((e) => e.id === "3.1.3");
    expect(reports).toEqual([expect.objectContaining({ ruleSet: "de-uz-228", from: "2027-06-30", figure: "Abschlussbericht", limit: "aktualisierte Anlage 2", value: null, met: null })]);
    expect(reports[0].file).toMatch(/1-beispiel\.xlsx$/);
  });

  test("the totals equal a hand computation: energy and IT energy summed, PUE and renewable share as ratios of the sums", () => {
    const read = ["1-beispiel.xlsx", "2-konform.xlsx", "3-klein.xlsx"].map((f) => books[f]);
    // the months of Anlage 3.4 within the reporting period (Stammdaten): the example lists more months than its period
    const inPeriod = (b: Book) => {
      const [start] = column(b, "Berichtszeitraum_Beginn");
      const [end] = column(b, "Berichtszeitraum_Ende");
      const first = serial(new Date((start - 25569) * 86_400_000).toISOString().slice(0, 8) + "01");
      return column(b, "Monat").map((m) => m >= first && m <= end);
    };
    const sumOf = (b: Book, n: string) => {
      const take = inPeriod(b);
      return column(b, n).reduce((x, y, i) => x + (take[i] ? y : 0), 0);
    };
    const total = (b: Book) => sumOf(b, "MP_EVU") + sumOf(b, "MP_EE") + sumOf(b, "MP_NEA");
    const energy = read.reduce((s, b) => s + total(b), 0);
    const it = read.reduce((s, b) => s + sumOf(b, "MP_IT2"), 0);
    const extraction = read.reduce((s, b) => s + sumOf(b, "MP_Auskopplung"), 0);
    const renewable = read.reduce((s, b) => s + sumOf(b, "Strom_erneuerbar_kWh"), 0);
    expect(json.totals.energyKwh).toBeCloseTo(energy, 6);
    expect(json.totals.itEnergyKwh).toBeCloseTo(it, 6);
    expect(json.totals.PUE).toBeCloseTo((energy - extraction) / it, 12);
    expect(json.totals.renewableShare).toBeCloseTo(renewable / energy, 12);
    // never the average of the sites' PUEs
    const mean = json.sites.slice(0, 3).reduce((s, x) => s + (x.figures!.PUE as number), 0) / 3;
    expect(Math.abs((json.totals.PUE as number) - mean)).toBeGreaterThan(1e-6);
    expect(json.totals.sites).toBe(3);
    expect(json.totals.unread).toBe(2);
  });

  test("each site is written as soon as it is read (nothing kept for the output), and the JSON in parts is the JSON of the whole", async () => {
    const parts: string[] = [];
    const io = { out: (t: string) => parts.push(t), err: () => undefined, readStdin: async () => "" };
    expect(await main(["portfolio", sites, "--json", "--as-of", AS_OF], io)).toBe(1);
    // the head, one part per file, the totals and roadmap
    expect(parts.length).toBe(files.length + 2);
    const whole = parts.join("");
    expect(whole).toBe(jsonText(JSON.parse(whole)) + "\n");
    expect(JSON.parse(whole)).toEqual(json);
    const text: string[] = [];
    await main(["portfolio", files[0], files[4], "--as-of", AS_OF], { ...io, out: (t: string) => text.push(t) });
    expect(text.length).toBe(3);
    expect(text[0]).toMatch(/^RZ Rheinufer 1 \(.*\n\n$/s);
    expect(text[1]).toMatch(/^5-kaputt\.xlsx: Nicht lesbar: .*\n\n$/s);
    expect(text[2]).toMatch(/^Summen des Portfolios\n/);
  }, 60_000);

  test("only unreadable files: exit 2, each named with why", async () => {
    const nothing = path.join(dir, "nichts.xlsx");
    const r = await run(["portfolio", files[3], files[4], "--lang", "en", "--out", nothing]);
    expect(r.code).toBe(2);
    expect(r.err).toBe("deuz portfolio: no file could be read\n");
    expect(fs.existsSync(nothing)).toBe(false);
    expect(r.out).toMatch(/4-alt\.xlsx: Not readable: .*earlier version of the template/);
    expect(r.out).toMatch(/5-kaputt\.xlsx: Not readable: .*not an \.xlsx file/);
  });

  test("every criterion of every site met: exit 0; a path that does not exist is a row of its own, exit 1", async () => {
    const ok = await run(["portfolio", files[1], "--as-of", AS_OF, "--json"]);
    expect(JSON.parse(ok.out).sites[0].open).toBe(0);
    expect(ok.code).toBe(0);
    const gone = await run(["portfolio", files[1], path.join(dir, "gibt-es-nicht.xlsx"), "--as-of", AS_OF, "--lang", "en", "--json"]);
    expect(gone.code).toBe(1);
    expect(JSON.parse(gone.out).sites[1].error).toMatch(/gibt-es-nicht\.xlsx cannot be read \(ENOENT\)/);
  }, 60_000);

  test("--lang en: the workbook's sheets and statuses in English", async () => {
    const out = path.join(dir, "Portfolio-en.xlsx");
    expect((await run(["portfolio", files[0], files[1], "--out", out, "--lang", "en", "--as-of", AS_OF])).code).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(out) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Sites", "Roadmap", "Totals"]);
    const ws = wb.getWorksheet("Sites")!;
    const header = (ws.getRow(1).values as unknown[]).map(String);
    const cell = ws.getRow(2).getCell(header.indexOf("3.2.7"));
    expect(cell.value).toBe("not met");
    expect((cell.fill as ExcelJS.FillPattern).fgColor?.argb).toBe(colours.fail);
    // the roadmap sheet by date
    const dates = (wb.getWorksheet("Roadmap")!.getColumn(1).values as unknown[]).slice(2).map((d) => (d as Date).toISOString());
    expect(dates).toEqual([...dates].sort());
  }, 60_000);

  test("the table in German: each site, the totals and the roadmap", async () => {
    const r = await run(["portfolio", files[0], files[1], files[2], "--as-of", AS_OF]);
    expect(r.out).toMatch(/RZ Rheinufer 1 \(.*1-beispiel\.xlsx\)/);
    expect(r.out).toMatch(/PUE des Portfolios \(Σ Energie ÷ Σ IT-Energie\): \d,\d\d \(3 von 3\)/);
    expect(r.out).toMatch(/Fahrplan: was ab wann gilt/);
    expect(r.out).toMatch(/RZ Rheinufer 1: ab 01\.07\.2030 PUE ≤ 1,3: 1,34 ✗/);
    expect(r.out).toMatch(/RZ Rheinufer 1: ab 30\.06\.2027 Abschlussbericht = aktualisierte Anlage 2: \? \?  \(3\.1\.3\)/);
  }, 60_000);

  test("--out writes the portfolio workbook (sites, roadmap, totals; statuses in the template's colours) that LibreOffice opens", async () => {
    const out = path.join(dir, "Portfolio.xlsx");
    const r = await run(["portfolio", sites, "--out", out, "--as-of", AS_OF]);
    expect(r.code).toBe(1);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(fs.readFileSync(out) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Standorte", "Fahrplan", "Summen"]);
    const ws = wb.getWorksheet("Standorte")!;
    expect(ws.rowCount).toBe(6);
    const header = (ws.getRow(1).values as unknown[]).map(String);
    const col = header.indexOf("3.2.7");
    expect(col).toBeGreaterThan(0);
    const status = ws.getRow(3).getCell(col);
    expect(status.value).toBe("erfüllt");
    expect((status.fill as ExcelJS.FillPattern).fgColor?.argb).toBe(colours.pass);
    expect(String(ws.getRow(6).getCell(header.indexOf("Nicht lesbar")).value)).toMatch(/keine \.xlsx-Datei/);
    // again without --force: refused, the file kept
    const again = await run(["portfolio", sites, "--out", out]);
    expect(again.code).toBe(2);
    expect(again.err).toMatch(/gibt es schon/);
    expect(soffice).toBeDefined();
    const profile = path.join(dir, "profile");
    const lo = spawnSync(soffice!, [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "pdf", "--outdir", dir, out], { encoding: "utf8", timeout: 170_000 });
    expect(lo.status).toBe(0);
    expect(fs.readFileSync(path.join(dir, "Portfolio.pdf")).subarray(0, 5).toString()).toBe("%PDF-");
  }, 240_000);
});
