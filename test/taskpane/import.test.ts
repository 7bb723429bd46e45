/**
 * "Daten importieren" in the task pane (issue 14) against the repository's Excel fake: a file read as the pane reads
 * a File (in chunks, no network) gives what `deuz import` reads from disk; the preview lists every cell with its
 * old and new value before anything is written; cells holding another value are written only when replacing is
 * confirmed, and only if they still hold what the preview showed; "Rückgängig" puts back what was there.
 */
import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { applyImport, bookOf, previewImport, readSourceFile, undoImport, WRITES_PER_SYNC } from "../../src/taskpane/excel/importData";
import { readCsv } from "../../src/workbook/import/source";
import { emptiedBook, METERS10 } from "../workbook/import/make";
import { installFake, removeFake } from "./installFake";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "deuz-pane-import-"));

/** The compliant example with Anlage 3.4 and 4.2 emptied (make.ts), open in the fake. */
const setUp = (lang: "de" | "en" = "de") => installFake(emptiedBook(lang));

afterEach(removeFake);

/** A file as the pane gets it from <input type=file>, in Windows-1252 or UTF-8. */
const picked = (name: string, text: string, encoding: "utf8" | "latin1" = "utf8") => new File([Buffer.from(text, encoding)], name);

const monthValue = (meter: number, month: number) => 100 + meter * 10 + month; // MWh

function monthlyGerman(): string {
  const head = ["Monat", ...METERS10.map((m) => (m === "Wasser_m3" ? "Wasser_m3 [m³]" : `${m} [MWh]`)), "Bemerkung"];
  const rows = [head.join(";")];
  for (const [y, m] of [[2023, 12], ...Array.from({ length: 12 }, (_, i) => [2024, i + 1])]) {
    rows.push([`${String(m).padStart(2, "0")}.${y}`, ...METERS10.map((_, k) => (k === 9 ? "350" : `${monthValue(k, m)},5`)), "geprüft"].join(";"));
  }
  return rows.join("\r\n") + "\r\n";
}

/** The value the fake holds at a defined name's cell. */
const at = (excel: { ev: { name: (n: string) => { sheet: string; range: string } }; read: (s: string, a: string) => unknown[][] }, name: string, row = 0, column = 0) => {
  const n = excel.ev.name(name);
  const m = /^\$?([A-Z]+)\$?(\d+)/.exec(n.range)!;
  const col = [...m[1]].reduce((k, ch) => k * 26 + ch.charCodeAt(0) - 64, 0) + column;
  let letters = "";
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) letters = String.fromCharCode(65 + ((c - 1) % 26)) + letters;
  return excel.read(n.sheet, `${letters}${Number(m[2]) + row}`)[0][0];
};

test("a file read as the pane reads it gives what deuz import reads from disk: the same months, notes and encoding", async () => {
  const text = monthlyGerman();
  const disk = path.join(dir, "monatswerte.csv");
  fs.writeFileSync(disk, Buffer.from(text, "latin1"));
  const pane = await readSourceFile(picked("monatswerte.csv", text, "latin1"), {});
  expect(pane).toEqual(await readCsv(disk, {}));
  expect(pane.encoding).toBe("windows-1252");
  expect(pane.ignoredColumns).toEqual(["Bemerkung"]);
});

test("German monthly values in MWh: the preview says what goes where, nothing is written before Übernehmen; then every empty cell is filled", async () => {
  const excel = setUp("de");
  const found = await readSourceFile(picked("monatswerte.csv", monthlyGerman()), {});
  const preview = await previewImport(found, "de");
  expect(excel.userValueWrites).toBe(0);
  const notes = preview.plan.notes.map((n) => n.text.de).join("\n");
  expect(notes).toMatch(/MP_NEA, MP_IT2.*: MWh in kWh umgerechnet \(× 1\.000\)/);
  expect(notes).toMatch(/2023-12 außerhalb des Berichtszeitraums 2024-01 … 2024-12, nicht eingetragen/);
  expect(notes).toMatch(/Spalte „Bemerkung“ nicht erkannt, nicht gelesen/);
  expect(preview.conflicts).toEqual([]);
  // 12 months of the period: the month cell and ten meters each
  expect(preview.writes).toHaveLength(12 * 11);
  const evu = preview.writes.find((w) => w.what === "MP_EVU 2024-01")!;
  expect(evu).toMatchObject({ old: null, value: 101_500 });
  expect(evu.address).toMatch(/^'Anlage 3\.4'!B\d+$/);

  const syncs = excel.syncs;
  const r = await applyImport(preview, false, "de");
  expect(r).toMatchObject({ written: 132, replaced: 0 });
  // one sync reads the target ranges again, one writes (WRITES_PER_SYNC cells a sync)
  expect(excel.syncs - syncs).toBe(2);
  expect(at(excel, "MP_IT2", 0)).toBe(monthValue(3, 1) * 1000 + 500);
  expect(at(excel, "Wasser_m3", 11)).toBe(350);
  expect(excel.userValueWrites).toBe(132);
});

test("English: ',' separator, decimal point, kWh; the notes in English", async () => {
  setUp("en");
  const rows = ["Month,MP_IT2 (kWh),MP_KS (kWh)"];
  for (let m = 1; m <= 12; m++) rows.push(`2024-${String(m).padStart(2, "0")},"560,123.5",61234.25`);
  const preview = await previewImport(await readSourceFile(picked("monthly-en.csv", rows.join("\n")), {}), "en");
  expect(preview.plan.notes[0].text.en).toMatch(/^monthly values per column; 12 rows, UTF-8, separator ,/);
  expect(preview.writes.find((w) => w.what === "MP_IT2 2024-05")).toMatchObject({ value: 560_123.5 });
});

test("a cell holding another value is listed with old and new and kept unless replacing is confirmed", async () => {
  const excel = setUp("de");
  const rows = ["Monat;MP_IT2"];
  for (let m = 1; m <= 12; m++) rows.push(`${String(m).padStart(2, "0")}.2024;1000`);
  await applyImport(await previewImport(await readSourceFile(picked("erst.csv", rows.join("\n")), {}), "de"), false, "de");
  const second = picked("zweit.csv", rows.join("\n").replace("03.2024;1000", "03.2024;1100"));
  const preview = await previewImport(await readSourceFile(second, {}), "de");
  expect(preview.writes).toEqual([]);
  // the other eleven months hold the value already (their month cells are found, not written)
  expect(preview.plan.unchanged).toBe(11);
  expect(preview.conflicts).toEqual([expect.objectContaining({ what: "MP_IT2 2024-03", old: 1000, value: 1100, address: expect.stringMatching(/^'Anlage 3\.4'!E\d+$/) })]);
  const writes = excel.userValueWrites;
  expect(await applyImport(preview, false, "de")).toMatchObject({ written: 0 });
  expect(at(excel, "MP_IT2", 2)).toBe(1000);
  expect(excel.userValueWrites).toBe(writes);
  expect(await applyImport(preview, true, "de")).toMatchObject({ written: 1, replaced: 1 });
  expect(at(excel, "MP_IT2", 2)).toBe(1100);
});

test("a value typed after the preview stops Übernehmen: nothing written, the cell named", async () => {
  const excel = setUp("de");
  const rows = ["Monat;MP_KS [kWh]", "01.2024;5", "02.2024;6"];
  const preview = await previewImport(await readSourceFile(picked("ks.csv", rows.join("\n")), {}), "de");
  const target = preview.writes.find((w) => w.what === "MP_KS 2024-02")!;
  excel.sheet(target.sheet).cells.set(target.cell, 42);
  await expect(applyImport(preview, false, "de")).rejects.toThrow(/Seit der Vorschau geändert: 'Anlage 3\.4'!\w+\d+\. Nichts geschrieben/);
  expect(excel.userValueWrites).toBe(0);
  expect(at(excel, "MP_KS", 1)).toBe(42);
});

test("Rückgängig puts back what was there, and leaves a cell changed since alone", async () => {
  const excel = setUp("de");
  const rows = ["Monat;MP_So [kWh]", "01.2024;5", "02.2024;6"];
  const first = await applyImport(await previewImport(await readSourceFile(picked("so.csv", rows.join("\n")), {}), "de"), false, "de");
  expect(at(excel, "MP_So", 1)).toBe(6);
  // another import replaces February; the user then types over January's new value
  const next = await previewImport(await readSourceFile(picked("so2.csv", "Monat;MP_So [kWh]\n02.2024;7\n"), {}), "de");
  const r = await applyImport(next, true, "de");
  expect(r.undo).toEqual([expect.objectContaining({ old: 6, written: 7 })]);
  expect(await undoImport(r.undo, "de")).toEqual({ restored: 1, kept: [] });
  expect(at(excel, "MP_So", 1)).toBe(6);
  const jan = first.undo.find((u) => u.written === 5)!;
  excel.sheet(jan.sheet).cells.set(jan.cell, 99);
  const back = await undoImport(first.undo, "de");
  expect(back.kept).toEqual([jan.address]);
  expect(at(excel, "MP_So", 0)).toBe(99);
  expect(at(excel, "MP_So", 1)).toBe("");
});

test("bad input stops with the command line's line, in both languages; nothing written", async () => {
  const excel = setUp("de");
  const e = await readSourceFile(picked("x.csv", "Monat;MP_IT2\n01.2024;12x\n"), {}).catch((x) => x);
  expect(e.text.de).toMatch(/^Zeile 2, Spalte „MP_IT2“: „12x“ ist keine Zahl/);
  expect(e.text.en).toMatch(/^row 2, column "MP_IT2": /);
  expect(excel.syncs).toBe(0);
});

test("an .xlsx source: its first sheet with data, as deuz import reads it", async () => {
  setUp("de");
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("leer");
  const ws = wb.addWorksheet("Export");
  ws.addRow(["Monat", "MP_KE [MWh_th]"]);
  for (let m = 1; m <= 3; m++) ws.addRow([new Date(Date.UTC(2024, m - 1, 1)), 2.5 * m]);
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  const preview = await previewImport(await readSourceFile(new File([bytes], "export.xlsx"), {}), "de");
  expect(preview.writes.filter((w) => w.name === "MP_KE").map((w) => w.value)).toEqual([2500, 5000, 7500]);
});

test("CPU per server: the mean per month into Anlage 4.2 by ID from 4.1, GPU servers and unknown IDs reported", async () => {
  setUp("en");
  const lines = ["host,timestamp,cpu_util"];
  for (const s of [9, 10, 1, 9999]) for (const day of [1, 15]) lines.push(`SRV-${String(s).padStart(4, "0")},2024-02-${String(day).padStart(2, "0")}T12:00:00+01:00,${day === 1 ? 0.2 : 0.4}`);
  const preview = await previewImport(await readSourceFile(picked("cpu.csv", lines.join("\n")), {}), "en");
  const notes = preview.plan.notes.map((n) => n.text.en).join("\n");
  expect(notes).toMatch(/1 ID\(s\) not in Anlage 4\.1, not entered: SRV-9999/);
  expect(notes).toMatch(/GPU server\(s\) .*SRV-0001/);
  expect(preview.writes.filter((w) => w.name === "CPU_Auslastung").map((w) => [w.what, w.value])).toEqual([["SRV-0009 2024-02", 0.3], ["SRV-0010 2024-02", 0.3]]);
});

test("the workbook's named ranges as a Book: plan.ts finds each cell where Excel has it", () => {
  const ranges = new Map([["MP_IT2", { sheet: "Anlage 3.4", row: 19, col: 5, rows: 2, cols: 1 }]]);
  const book = bookOf(() => [[1], [{ error: "#N/A" }]], ranges);
  expect(book.names[0]).toMatchObject({ name: "MP_IT2", sheet: "Anlage 3.4", row: 19, col: 5, rows: 2 });
  expect(book.sheets[0].rows[18][4]).toEqual({ value: 1 });
  expect(book.sheets[0].rows[19][4]).toEqual({ error: "#N/A" });
  expect(WRITES_PER_SYNC).toBeLessThanOrEqual(5_000);
});
