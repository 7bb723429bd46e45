/**
 * `deuz import` end to end (issue 14): each layout energy managers export, German and English, generated here,
 * into the compliant example with Anlage 3.4 and 4.2 emptied; the imported workbook checked with `deuz check`.
 * The source and the workbook are never written (their sha256 before and after).
 */
import fs from "fs";
import os from "os";
import path from "path";
import { readBook } from "../../src/workbook/read";
import { getCell } from "../../src/workbook/book";
import { emptiedWorkbook, germanTime, isoTime, METERS10, quarterHours, quarterValue } from "../workbook/import/make";
import { run, sha } from "./run";
import { deflated, rawZip } from "../workbook/rawZip";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "deuz-import-"));
const into = path.join(dir, "Vorlage.xlsx");
const file = (name: string, content: string | Buffer) => {
  const p = path.join(dir, name);
  fs.writeFileSync(p, content);
  return p;
};

beforeAll(async () => {
  fs.writeFileSync(into, await emptiedWorkbook("de"));
}, 120_000);

/** The value of a defined name's cell in a written workbook. */
async function valueAt(xlsx: string, name: string, row = 0, column = 0) {
  const book = await readBook(fs.readFileSync(xlsx), xlsx);
  const n = book.names.find((x) => x.name === name)!;
  const sheet = book.sheets.find((s) => s.name === n.sheet)!;
  return getCell(sheet, n.row + row, n.col + column)?.value ?? null;
}

/** Runs deuz import and proves the source and the workbook unchanged. */
async function imported(source: string, out: string, ...options: string[]) {
  const before = [sha(source), sha(into)];
  const r = await run(["import", source, "--into", into, "--out", out, ...options]);
  expect([sha(source), sha(into)]).toEqual(before);
  return r;
}

const monthValue = (meter: number, month: number) => 100 + meter * 10 + month; // MWh

function monthlyGerman(): string {
  const head = ["Monat", ...METERS10.map((m) => (m === "Wasser_m3" ? "Wasser_m3 [m³]" : `${m} [MWh]`))];
  const rows = [head.join(";")];
  // December 2023 lies before the reporting period (2024)
  for (const [y, m] of [[2023, 12], ...Array.from({ length: 12 }, (_, i) => [2024, i + 1])]) {
    rows.push([`${String(m).padStart(2, "0")}.${y}`, ...METERS10.map((_, k) => (k === 9 ? "350" : `${monthValue(k, m)},5`))].join(";"));
  }
  return rows.join("\r\n") + "\r\n";
}

test("wide monthly in MWh, German: converted to kWh, months outside the period reported, the workbook checks with every month complete", async () => {
  const source = file("monatswerte.csv", monthlyGerman());
  const out = path.join(dir, "monatlich.xlsx");
  const r = await imported(source, out);
  expect(r.err).toBe("");
  expect(r.code).toBe(0);
  expect(r.out).toMatch(/MP_NEA, MP_IT2.*: MWh in kWh umgerechnet \(× 1\.000\)/);
  expect(r.out).toMatch(/MP_EVU, MP_EE.*: 2023-12 außerhalb des Berichtszeitraums 2024-01 … 2024-12, nicht eingetragen/);
  expect(r.out).toMatch(/'Anlage 3\.4'!B\d+ +MP_EVU +MP_EVU 2024-01 +101500/);
  expect(await valueAt(out, "MP_IT2", 0)).toBe(monthValue(3, 1) * 1000 + 500);
  expect(await valueAt(out, "Wasser_m3", 11)).toBe(350);
  const check = await run(["check", out, "--json"]);
  expect([0, 1]).toContain(check.code);
  const report = JSON.parse(check.out);
  expect(report.criteria.find((c: { id: string }) => c.id === "3.2.2").status).toBe("pass");
}, 120_000);

test("wide monthly, English: ',' separator, decimal point, Month column and kWh; report and lines in English", async () => {
  const rows = ["Month,MP_IT2 (kWh),MP_KS (kWh),Notes"];
  for (let m = 1; m <= 12; m++) rows.push(`2024-${String(m).padStart(2, "0")},"560,123.5",61234.25,ok`);
  const source = file("monthly-en.csv", rows.join("\n"));
  const out = path.join(dir, "monthly-en.xlsx");
  const r = await imported(source, out, "--lang", "en", "--json");
  expect(r.code).toBe(0);
  const report = JSON.parse(r.out);
  expect(report).toMatchObject({ layout: "wide", encoding: "utf-8", separator: ",", written: true, period: { from: "2024-01", to: "2024-12" } });
  expect(report.cells).toHaveLength(12 * 3);
  expect(report.notes.map((n: { message: string }) => n.message)).toContain('column "Notes" not recognised, not read (--map "Notes=NAME")');
  expect(await valueAt(out, "MP_IT2", 5)).toBe(560123.5);
  expect(await valueAt(out, "MP_KS", 5)).toBe(61234.25);
}, 60_000);

/** A year of quarter hours for MP_IT2 and MP_EVU, German wall-clock time, one MP_IT2 interval of May missing. */
function quarterHourCsv(gapAt: number | null, stamp: (t: number) => string = germanTime, sep = ";"): string {
  const lines = [["Zeitstempel", "Zähler", "Wert [kWh]"].join(sep)];
  quarterHours().forEach((t, k) => {
    for (const [i, meter] of ["MP_IT2", "MP_EVU"].entries()) {
      if (i === 0 && k === gapAt) continue;
      lines.push([stamp(t), meter, String(quarterValue(i, k)).replace(".", sep === ";" ? "," : ".")].join(sep));
    }
  });
  return lines.join("\n") + "\n";
}

/** The sum of a meter's quarter hours of a month of 2024 (Berlin), as the import should write it. */
function monthSum(meter: number, month: number, skip: number | null = null): number {
  let sum = 0;
  quarterHours().forEach((t, k) => {
    const local = germanTime(t);
    if (Number(local.slice(3, 5)) === month && k !== skip) sum += quarterValue(meter, k);
  });
  return Math.round(sum * 1e6) / 1e6;
}

test("15-minute data across both daylight-saving changes with one gap: March 2,972 and October 2,980 quarter hours complete, the gap month blank and reported", async () => {
  const gap = quarterHours().findIndex((t) => germanTime(t) === "15.05.2024 12:00");
  const source = file("lastgang.csv", quarterHourCsv(gap));
  const out = path.join(dir, "lastgang.xlsx");
  const r = await imported(source, out, "--json");
  expect(r.err).toBe("");
  expect(r.code).toBe(0);
  const report = JSON.parse(r.out);
  const it2 = report.meters.find((m: { meter: string }) => m.meter === "MP_IT2");
  expect(it2.step).toBe(15);
  const month = (m: string) => it2.months.find((x: { month: string }) => x.month === m);
  expect(month("2024-03")).toMatchObject({ status: "complete", expected: 2972, count: 2972 });
  expect(month("2024-10")).toMatchObject({ status: "complete", expected: 2980, count: 2980 });
  expect(month("2024-05")).toMatchObject({ status: "gap", value: null, expected: 2976, count: 2975 });
  expect(report.notes.map((n: { message: string }) => n.message)).toContain("MP_IT2 2024-05: 1 von 2.976 Intervallen fehlen: leer gelassen (3.2.2 fehlt; --allow-gaps schreibt die Summe der gemessenen)");
  expect(await valueAt(out, "MP_IT2", 2)).toBe(monthSum(0, 3));
  expect(await valueAt(out, "MP_IT2", 9)).toBe(monthSum(0, 10));
  expect(await valueAt(out, "MP_IT2", 4)).toBeNull();
  expect(await valueAt(out, "MP_EVU", 4)).toBe(monthSum(1, 5));
  // --allow-gaps: the sum of the measured intervals, with its coverage
  const allowed = await imported(source, path.join(dir, "lastgang-gaps.xlsx"), "--allow-gaps");
  expect(allowed.code).toBe(0);
  expect(allowed.out).toMatch(/MP_IT2 2024-05: nur 2\.975 von 2\.976 Intervallen \(99,97 %\) des Monats gemessen/);
  expect(await valueAt(path.join(dir, "lastgang-gaps.xlsx"), "MP_IT2", 4)).toBe(monthSum(0, 5, gap));
}, 120_000);

test("15-minute data in English with ISO offsets reads the same months", async () => {
  const source = file("load-profile.csv", quarterHourCsv(null, isoTime, ",").replace("Zeitstempel,Zähler,Wert [kWh]", "Timestamp,Meter,Value [kWh]"));
  const out = path.join(dir, "load-profile.xlsx");
  const r = await imported(source, out, "--lang", "en");
  expect(r.code).toBe(0);
  expect(r.out).toMatch(/MP_EVU, MP_IT2: interval 15 min/);
  expect(await valueAt(out, "MP_IT2", 9)).toBe(monthSum(0, 10));
}, 120_000);

test("counter readings with a replacement: the month of the replacement blank and reported, never negative; the others by difference", async () => {
  const lines = ["Datum;Zähler;Zählerstand [MWh]"];
  let reading = 5000;
  let days = 0;
  for (let t = Date.UTC(2024, 0, 1); t <= Date.UTC(2025, 0, 1); t += 86_400_000, days++) {
    const d = new Date(t);
    const text = `${String(d.getUTCDate()).padStart(2, "0")}.${String(d.getUTCMonth() + 1).padStart(2, "0")}.${d.getUTCFullYear()}`;
    if (text === "15.06.2024") reading = 3; // a new meter from 15 June
    lines.push(`${text};MP_EVU;${reading.toFixed(3).replace(".", ",")}`);
    reading += 12.5;
  }
  const source = file("zaehlerstaende.csv", lines.join("\n"));
  const out = path.join(dir, "zaehlerstaende.xlsx");
  const r = await imported(source, out, "--json");
  expect(r.err).toBe("");
  expect(r.code).toBe(0);
  const report = JSON.parse(r.out);
  expect(report.readings).toBe(true);
  const months = report.meters[0].months;
  expect(months.find((m: { month: string }) => m.month === "2024-06")).toMatchObject({ status: "reset", value: null });
  expect(report.notes.map((n: { message: string }) => n.message).join("\n")).toMatch(/MP_EVU 2024-06: Zählerstand 3000 kWh nach 7062500 kWh \(Zeile \d+\): Zählertausch oder Rücksetzung/);
  expect(await valueAt(out, "MP_EVU", 0)).toBe(31 * 12.5 * 1000);
  expect(await valueAt(out, "MP_EVU", 1)).toBe(29 * 12.5 * 1000);
  expect(await valueAt(out, "MP_EVU", 5)).toBeNull();
  expect(await valueAt(out, "MP_EVU", 6)).toBe(31 * 12.5 * 1000);
  expect(months.every((m: { value: number | null }) => m.value === null || m.value > 0)).toBe(true);
}, 60_000);

/** CPU samples four times a month for the servers of the example's Anlage 4.1 (SRV-0001 … SRV-0008 are GPU servers). */
function cpuCsv(percent: boolean, extra: string[] = []): string {
  const lines = [percent ? "Server;Zeitstempel;CPU-Auslastung [%]" : "host,timestamp,cpu_util"];
  const sep = percent ? ";" : ",";
  for (let s = 1; s <= 12; s++) {
    for (let m = 1; m <= 13; m++) {
      const [y, mm] = m === 13 ? [2025, 1] : [2024, m];
      for (const day of [1, 8, 15, 22]) {
        const fraction = (10 + s + day / 10) / 100;
        const v = percent ? String(Math.round(fraction * 1000) / 10).replace(".", ",") : String(fraction);
        lines.push([`SRV-${String(s).padStart(4, "0")}`, `${y}-${String(mm).padStart(2, "0")}-${String(day).padStart(2, "0")}T12:00:00+01:00`, v].join(sep));
      }
    }
  }
  return [...lines, ...extra].join("\n");
}

test("CPU in percent (German) and as fractions (English): monthly means by ID from Anlage 4.1, unknown IDs and GPU servers reported, not written", async () => {
  for (const [percent, name] of [[true, "cpu-prozent.csv"], [false, "cpu-fraction.csv"]] as const) {
    const unknown = percent ? "SRV-9999;2024-01-05T12:00:00+01:00;50" : "SRV-9999,2024-01-05T12:00:00+01:00,0.5";
    const source = file(name, cpuCsv(percent, [unknown]));
    const out = path.join(dir, name.replace(".csv", ".xlsx"));
    const r = await imported(source, out, "--json", ...(percent ? [] : ["--lang", "en"]));
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(report.percent).toEqual(percent ? { assumed: "percent", because: "header" } : { assumed: "fraction", because: "atMost1" });
    const notes = report.notes.map((n: { kind: string }) => n.kind);
    expect(notes).toEqual(expect.arrayContaining(["percent", "unknownId", "gpu", "outside"]));
    expect(report.notes.find((n: { kind: string }) => n.kind === "unknownId").message).toMatch(/SRV-9999/);
    expect(report.notes.find((n: { kind: string }) => n.kind === "gpu").message).toMatch(percent ? /8 GPU-Server .*3\.3\.3 Ausnahme 2/ : /8 GPU server.*3\.3\.3 exception 2/);
    // SRV-0009 .. SRV-0012 in rows 0..3, month k in column k; the mean of 4 samples
    expect(await valueAt(out, "CPU_Server_ID", 0)).toBe("SRV-0009");
    expect(await valueAt(out, "CPU_Server_ID", 4)).toBeNull();
    const mean = (10 + 9 + (1 + 8 + 15 + 22) / 40) / 100;
    expect(await valueAt(out, "CPU_Auslastung", 0, 3)).toBeCloseTo(mean, 9);
  }
}, 120_000);

test("storage occupancy in TB into Anlage 4.2 Speicher", async () => {
  const lines = ["System;Datum;Belegt [TB];Installiert [TB]"];
  for (let m = 1; m <= 12; m++) lines.push(`STO-001;01.${String(m).padStart(2, "0")}.2024;${90 + m},5;200`);
  const source = file("speicher.csv", lines.join("\n"));
  const out = path.join(dir, "speicher.xlsx");
  const r = await imported(source, out);
  expect(r.code).toBe(0);
  expect(r.out).toMatch(/Speicher: TB in GB umgerechnet \(× 1\.000\)/);
  expect(await valueAt(out, "Speicher_ID", 0)).toBe("STO-001");
  expect(await valueAt(out, "Speicher_belegt_GB", 0, 2)).toBe(93_500);
  expect(await valueAt(out, "Speicher_installiert_GB", 0, 2)).toBe(200_000);
}, 60_000);

test("Windows-1252 with umlauts in headers and meter names, mapped by --map", async () => {
  const text = "Zeitstempel;Zähler;Wert;Einheit\n" + Array.from({ length: 12 }, (_, i) => `01.${String(i + 1).padStart(2, "0")}.2024;Kälte Süd;1.234,5;MWh\n01.${String(i + 1).padStart(2, "0")}.2024;Wärme;2.000;kWh\n`).join("");
  const source = file("kaelte-1252.csv", Buffer.from(text, "latin1"));
  // monthly values written as one interval per month: the step is the month
  const r = await imported(source, path.join(dir, "kaelte.xlsx"), "--json", "--map", "Kälte Süd=MP_KE", "--map", "Wärme=MP_RZ");
  expect(r.err).toBe("");
  const report = JSON.parse(r.out);
  expect(report.encoding).toBe("windows-1252");
  expect(report.meters.map((m: { meter: string; kind: string }) => [m.meter, m.kind])).toEqual([["MP_KE", "monthly"], ["MP_RZ", "monthly"]]);
  expect(await valueAt(path.join(dir, "kaelte.xlsx"), "MP_KE", 1)).toBe(1_234_500);
  expect(await valueAt(path.join(dir, "kaelte.xlsx"), "MP_RZ", 1)).toBe(2000);
}, 60_000);

test("a cell holding another value stops the import and writes nothing unless --replace; the report names old and new", async () => {
  const first = path.join(dir, "erst.xlsx");
  const rows = ["Monat;MP_IT2"];
  for (let m = 1; m <= 12; m++) rows.push(`${String(m).padStart(2, "0")}.2024;1000`);
  expect((await imported(file("erst.csv", rows.join("\n")), first)).code).toBe(0);
  const second = file("zweit.csv", rows.join("\n").replace("03.2024;1000", "03.2024;1100"));
  const before = sha(first);
  const blocked = path.join(dir, "blockiert.xlsx");
  const r = await run(["import", second, "--into", first, "--out", blocked]);
  expect(r.code).toBe(1);
  expect(fs.existsSync(blocked)).toBe(false);
  expect(r.out).toMatch(/Nichts geschrieben: 1 Zelle\(n\) enthalten schon einen anderen Wert \(--replace ersetzt sie\)/);
  expect(r.out).toMatch(/'Anlage 3\.4'!E22 +MP_IT2 +MP_IT2 2024-03 +1000 +1100/);
  const replaced = path.join(dir, "ersetzt.xlsx");
  const ok = await run(["import", second, "--into", first, "--out", replaced, "--replace"]);
  expect(ok.code).toBe(0);
  expect(ok.out).toMatch(/1 Zelle\(n\) geschrieben, 11 hatten den Wert schon/);
  expect(ok.out).toMatch(/MP_IT2 2024-03 +1000 +1100/);
  expect(sha(first)).toBe(before);
  expect(await valueAt(replaced, "MP_IT2", 2)).toBe(1100);
}, 120_000);

test("an existing --out is kept unless --force (as check, upgrade and template do, issue 11)", async () => {
  const rows = ["Monat;MP_IT2", ...Array.from({ length: 12 }, (_, i) => `${String(i + 1).padStart(2, "0")}.2024;1000`)];
  const source = file("vorhanden.csv", rows.join("\n"));
  const out = path.join(dir, "vorhanden.xlsx");
  fs.writeFileSync(out, "meine Datei");
  const refused = await imported(source, out);
  expect(refused.code).toBe(2);
  expect(refused.err).toMatch(/^deuz import: --out .*vorhanden\.xlsx: gibt es schon: einen anderen Namen wählen oder --force zum Überschreiben\n$/);
  expect(fs.readFileSync(out, "utf8")).toBe("meine Datei");
  expect((await imported(source, out, "--force")).code).toBe(0);
  expect(await valueAt(out, "MP_IT2", 2)).toBe(1000);
}, 120_000);

test("bad input exits 2 with one line naming the row and column, in the language of --lang; nothing written", async () => {
  const cases: [string, string, RegExp, string[]][] = [
    ["Monat;MP_IT2\n01.2024;1000\n02.2024;12x\n", "zahl.csv", /Zeile 3, Spalte „MP_IT2“: „12x“ ist keine Zahl/, []],
    ["Zeitstempel;Zähler;Wert\n01.01.2024 00:00;MP_IT2;1\n32.01.2024 00:15;MP_IT2;1\n", "datum.csv", /row 3, column "Zeitstempel": "32\.01\.2024 00:15" is not a timestamp/, ["--lang", "en"]],
    ["Zeitstempel;Zähler;Wert\n01.01.2024 00:00;Hauptzähler;1\n", "zaehler.csv", /Zeile 2, Spalte „Zähler“: Zähler „Hauptzähler“ ist keiner der Anlage 3\.4.*--map "Hauptzähler=MP_…"/, []],
    ["Monat;MP_IT2;mp it2 [MWh]\n01.2024;1;2\n", "doppelt.csv", /MP_IT2 steht in zwei Spalten/, []],
    ["Spalte A;Spalte B\n1;2\n", "fremd.csv", /Zeile 1: keine erkennbaren Spalten/, []],
  ];
  for (const [content, name, message, extra] of cases) {
    const out = path.join(dir, `kaputt-${name}.xlsx`);
    const r = await imported(file(name, content), out, ...extra);
    expect(r.code).toBe(2);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toMatch(message);
    expect(fs.existsSync(out)).toBe(false);
  }
  const same = await run(["import", path.join(dir, "zahl.csv"), "--into", into, "--out", into]);
  expect(same.code).toBe(2);
}, 60_000);

test("meters, CPU and storage imported one after the other give an application deuz check judges (exit 0 or 1), its months complete", async () => {
  const a = path.join(dir, "schritt1.xlsx");
  const b = path.join(dir, "schritt2.xlsx");
  const c = path.join(dir, "schritt3.xlsx");
  expect((await run(["import", path.join(dir, "monatswerte.csv"), "--into", into, "--out", a])).code).toBe(0);
  expect((await run(["import", path.join(dir, "cpu-prozent.csv"), "--into", a, "--out", b])).code).toBe(0);
  expect((await run(["import", path.join(dir, "speicher.csv"), "--into", b, "--out", c])).code).toBe(0);
  const check = await run(["check", c, "--json"]);
  expect([0, 1]).toContain(check.code);
  const report = JSON.parse(check.out);
  expect(report.overwritten).toEqual([]);
  expect(report.criteria.find((x: { id: string }) => x.id === "3.2.2").status).toBe("pass");
}, 180_000);

test("the examples of docs/import.md (examples/import/) import into the example workbook", async () => {
  const examples = path.join(__dirname, "../../examples/import");
  const expected: Record<string, RegExp> = {
    "monatswerte.csv": /132 Zelle\(n\) geschrieben/,
    "lastgang.csv": /MP_IT2 2024-03: 2\.969 von 2\.972 Intervallen fehlen/,
    "load-profile.csv": /MP_IT2 2024-10: 2,978 of 2,980 intervals missing/,
    "zaehlerstaende.csv": /MP_EVU 2024-06: Zählerstand 400 kWh nach 19240200 kWh/,
    "cpu.csv": /SRV-9999.*\n.*1 GPU-Server/,
    "cpu-en.csv": /CPU utilisation read as a fraction/,
    "speicher.csv": /Speicher: TB in GB umgerechnet/,
  };
  for (const [name, message] of Object.entries(expected)) {
    const r = await imported(path.join(examples, name), path.join(dir, `beispiel-${name}.xlsx`), ...(name.endsWith("-en.csv") || name === "load-profile.csv" ? ["--lang", "en"] : []));
    expect([name, r.err, r.code]).toEqual([name, "", 0]);
    expect(r.out).toMatch(message);
  }
}, 120_000);

/** A sheet of rows as an .xlsx whose bytes are written here (inline strings, numbers): quick for 200,000 rows and more. */
function rawXlsx(rows: (string | number)[][]): Buffer {
  const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const cell = (v: string | number, at: string) => (typeof v === "number" ? `<c r="${at}"><v>${v}</v></c>` : `<c r="${at}" t="inlineStr"><is><t>${v}</t></is></c>`);
  // a cell of "XFD" stands in Excel's last column, the others in A, B, C …
  const column = (c: number, v: string | number) => (v === "XFD" ? "XFD" : String.fromCharCode(65 + c));
  const sheet = rows.map((r, i) => `<row r="${i + 1}">${r.map((v, c) => cell(v, `${column(c, v)}${i + 1}`)).join("")}</row>`).join("");
  return rawZip([
    deflated("[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`),
    deflated("xl/workbook.xml", `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Lastgang" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    deflated("xl/_rels/workbook.xml.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`),
    deflated("xl/worksheets/sheet1.xml", `<worksheet xmlns="${MAIN}"><sheetData>${sheet}</sheetData></worksheet>`),
  ]);
}

test("an .xlsx source of more rows than an application workbook may have (a year of quarter hours for six meters, 210,816 rows) is read whole", async () => {
  const meters = ["MP_IT2", "MP_EVU", "MP_KS", "MP_So", "MP_KE", "MP_NEA"];
  const rows: (string | number)[][] = [["Zeitstempel", "Zähler", "Wert [kWh]"]];
  quarterHours().forEach((t, k) => meters.forEach((m, i) => rows.push([germanTime(t), m, i < 2 ? quarterValue(i, k) : 1])));
  expect(rows.length).toBeGreaterThan(200_001);
  const out = path.join(dir, "lastgang-xlsx.xlsx");
  const r = await imported(file("lastgang.xlsx", rawXlsx(rows)), out);
  expect(r.err).toBe("");
  expect(r.code).toBe(0);
  expect(await valueAt(out, "MP_IT2", 2)).toBe(monthSum(0, 3));
  expect(await valueAt(out, "MP_EVU", 9)).toBe(monthSum(1, 10));
}, 120_000);

test("an .xlsx source too large to read whole stops naming the file and what it has too much of, and asks for CSV", async () => {
  // 700 rows from A to XFD: more than 10,000,000 cells of area (each row laid out to its last column)
  const rows: (string | number)[][] = [["Monat", "MP_IT2"], ...Array.from({ length: 700 }, (_, i) => [`01.${String((i % 12) + 1).padStart(2, "0")}.2024`, "XFD"])];
  const r = await run(["import", file("verstreut.xlsx", rawXlsx(rows)), "--into", into, "--out", path.join(dir, "verstreut-out.xlsx")]);
  expect(r.code).toBe(2);
  expect(r.err).toMatch(/^deuz import: .*verstreut\.xlsx: Werte über mehr als 10\.000\.000 Zellen Fläche verteilt, mehr als eine \.xlsx-Quelle haben darf: die Tabelle als CSV speichern .*\n$/);
}, 60_000);
