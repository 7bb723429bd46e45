/** Reading sources: encodings, separators, numbers, timestamps and months in Berlin time, headers, units. */
import fc from "fast-check";
import Papa from "papaparse";
import { parseNumberIn, parseNumberText } from "../../../src/engine/reading";
import { CsvReader } from "../../../src/workbook/import/csv";
import { Decoder } from "../../../src/workbook/import/decode";
import { recognise, parseMap } from "../../../src/workbook/import/columns";
import { NumberReader, splitUnit } from "../../../src/workbook/import/numbers";
import { ImportProblem } from "../../../src/workbook/import/problem";
import { berlinMonth, monthKey, monthMinutes, monthStart, monthText, readMonth, readStamp } from "../../../src/workbook/import/time";
import { readUnit, splitHeader } from "../../../src/workbook/import/units";

function decode(bytes: number[], chunk = 1): { text: string; encoding: string | undefined } {
  const d = new Decoder();
  let text = "";
  for (let i = 0; i < bytes.length; i += chunk) text += d.push(Uint8Array.from(bytes.slice(i, i + chunk)));
  text += d.end();
  return { text, encoding: d.encoding };
}
const utf8 = (s: string) => [...Buffer.from(s, "utf8")];
const cp1252 = (s: string) => [...Buffer.from(s, "latin1")];

describe("character sets", () => {
  test("UTF-8 with and without BOM, split anywhere, reads the same", () => {
    const s = "Zählerstand;Messpunkt\n1.234,5;Kälte\n";
    for (const chunk of [1, 2, 3, 1000]) {
      expect(decode(utf8(s), chunk)).toEqual({ text: s, encoding: "utf-8" });
      expect(decode([0xef, 0xbb, 0xbf, ...utf8(s)], chunk)).toEqual({ text: s, encoding: "utf-8-bom" });
    }
  });
  test("Windows-1252 as Excel writes CSV in Germany: umlauts, ß and € read right, also when they come late", () => {
    const s = "Zeitstempel;Zähler;Wert\n" + "01.01.2024 00:00;MP_EVU;1\n".repeat(50) + "01.01.2024;Maß;5 €\n";
    const bytes = cp1252(s).map((b, i) => (s[i] === "€" ? 0x80 : b));
    for (const chunk of [7, 4096]) expect(decode(bytes, chunk)).toEqual({ text: s, encoding: "windows-1252" });
  });
  test("UTF-16 with its mark (Excel's Unicode text)", () => {
    const s = "Monat\tMP_EVU\n01.2024\t5\n";
    expect(decode([0xff, 0xfe, ...Buffer.from(s, "utf16le")], 3)).toEqual({ text: s, encoding: "utf-16le" });
  });
  test("UTF-8 umlauts and then a byte that is no UTF-8: one line naming the byte", () => {
    expect(() => decode([...utf8("Zähler\n"), 0xe4, 0x0a], 100)).toThrow(/Byte 9 .*kein UTF-8/);
  });
});

describe("CSV records", () => {
  const read = (text: string, chunk: number) => {
    const rows: [number, string[]][] = [];
    const csv = new CsvReader((rs, first) => rs.forEach((r, i) => rows.push([first + i, r])));
    for (let i = 0; i < text.length; i += chunk) csv.push(text.slice(i, i + chunk));
    csv.end();
    return { rows, separator: csv.separator };
  };
  test("the separator from the header; quotes, separators and line breaks inside quotes; CRLF; any chunking", () => {
    const text = 'Monat;"MP_IT2 [MWh]";Notiz\r\n01.2024;"1,5";"a;b"\r\n02.2024;2,5;"zwei\r\nZeilen"\r\n';
    for (const chunk of [1, 5, 1000]) {
      const { rows, separator } = read(text, chunk);
      expect(separator).toBe(";");
      expect(rows.filter(([, r]) => r.length > 1)).toEqual([
        [1, ["Monat", "MP_IT2 [MWh]", "Notiz"]],
        [2, ["01.2024", "1,5", "a;b"]],
        [3, ["02.2024", "2,5", "zwei\r\nZeilen"]],
      ]);
    }
    expect(read("Timestamp,Meter,Value\n2024-01-01T00:00:00Z,MP_EVU,1.5", 4).separator).toBe(",");
    expect(read("Monat\tMP_EVU\n01.2024\t1\n", 4).separator).toBe("\t");
  });
  test("text without quotes (read without Papa Parse, for speed) gives Papa Parse's records, however it is chunked, also with quotes in some chunks", () => {
    const cell = fc.stringMatching(/^[a-zA-Z0-9 .,:;\t-]{0,6}$/);
    fc.assert(fc.property(
      fc.constantFrom(";", ",", "\t"), fc.constantFrom("\n", "\r\n"), fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 12 }),
      fc.boolean(), fc.boolean(), fc.integer({ min: 1, max: 40 }),
      (sep, newline, table, quoteOne, trailing, chunk) => {
        const header = ["A", "B", "C"].join(sep);
        const lines = table.map((r) => r.map((c) => c.split(sep).join("")).join(sep));
        if (quoteOne) lines[Math.floor(lines.length / 2)] = `"x${sep}y"${sep}z`;
        const text = [header, ...lines].join(newline) + (trailing ? newline : "");
        const papa = Papa.parse<string[]>(text, { delimiter: sep, newline, quoteChar: '"' }).data;
        // a line break at the very end ends the last record; it starts no empty one
        if (text.endsWith(newline)) expect(papa.pop()).toEqual([""]);
        expect(read(text, chunk).rows.map(([, r]) => r)).toEqual(papa);
        expect(read(text, chunk).rows.map(([n]) => n)).toEqual(papa.map((_, i) => i + 1));
      }));
  });
  test("a file of one column (no separator at all) is read in one pass, not once per line", () => {
    const text = "Monat\n" + "01.2024\n".repeat(200_000);
    const { rows } = read(text, 1 << 20);
    expect(rows.length).toBe(200_001);
    expect(rows[200_000]).toEqual([200_001, ["01.2024"]]);
  });
});

describe("numbers", () => {
  const place = { row: 2, column: "Wert" };
  test("German and English numbers; ambiguous ones by the file's decimal mark", () => {
    const de = new NumberReader(",");
    expect(["9.000.000", "19,5", "1.234,5", "1 234,5", "-3"].map((t) => de.read(t, place))).toEqual([9_000_000, 19.5, 1234.5, 1234.5, -3]);
    expect(de.read("1.234", place)).toBe(1234);
    const en = new NumberReader(".");
    expect(en.read("1,234", place)).toBe(1234);
    expect(en.read("1.234", place)).toBe(1.234);
    expect(en.notes.assumed?.because).toBe("separator");
  });
  test("the data's own decimal mark wins over the separator's", () => {
    const r = new NumberReader(",");
    expect(r.read("19.5", place)).toBe(19.5);
    expect(r.read("12.345", place)).toBe(12.345);
    expect(r.notes.assumed).toMatchObject({ mark: ".", because: "data" });
  });
  test("a file of two decimal marks, and no number, stop with the row and column", () => {
    const r = new NumberReader(",");
    r.read("19,5", place);
    expect(() => r.read("19.5", { row: 7, column: "Wert" })).toThrow(/Zeile 7, Spalte „Wert“: „19\.5“ schreibt das Dezimalzeichen/);
    expect(() => new NumberReader(",").read("zwölf", place)).toThrow(ImportProblem);
    const late = new NumberReader(",");
    late.read("1.234", place);
    expect(() => late.read("0.5", { row: 9 })).toThrow(/--decimal/);
  });
});

test("the fast path for plain numbers reads as the engine's parseNumberText, and ambiguous ones as parseNumberIn in the file's language", () => {
  // whole parts and fractions of up to 12 and 9 digits: both sides of the 15 digits read without Number()
  fc.assert(fc.property(fc.stringMatching(/^-?\d{1,12}$/), fc.option(fc.stringMatching(/^\d{1,9}$/)), fc.constantFrom(",", "."), (whole, frac, sep) => {
    const text = frac === null ? whole : `${whole}${sep}${frac}`;
    const engine = parseNumberText(text);
    for (const mark of [",", "."] as const) {
      const expected = engine === "ambiguous" ? parseNumberIn(text, mark === "," ? "de" : "en") : engine;
      if (expected === null) expect(() => new NumberReader(mark).read(text, { row: 2 })).toThrow(ImportProblem);
      else expect(new NumberReader(mark).read(text, { row: 2 })).toBe(expected);
    }
  }));
});

test("the fast path gives the double nearest the decimal, as Number() does, also for -0 and many digits", () => {
  fc.assert(fc.property(fc.stringMatching(/^-?\d{1,8}$/), fc.stringMatching(/^\d{1,10}$/), (whole, frac) => {
    fc.pre(!(frac.length === 3 && whole.replace("-", "").length > 3));
    expect(Object.is(new NumberReader(".").read(`${whole}.${frac}`, { row: 2 }), Number(`${whole}.${frac}`))).toBe(true);
  }));
  expect(Object.is(new NumberReader(".").read("-0.000", { row: 2 }), -0)).toBe(true);
  expect(new NumberReader(".").read("0.1234567890123456789", { row: 2 })).toBe(0.1234567890123456789);
});

test("a unit after a number is split off, also one ending in a digit (m3); a plain number keeps its text", () => {
  expect(splitUnit("12 m3")).toEqual({ number: "12", unit: "m3" });
  expect(splitUnit("-3,5")).toEqual({ number: "-3,5", unit: "" });
  expect(splitUnit("20 %")).toEqual({ number: "20", unit: "%" });
  expect(splitUnit("1-2")).toEqual({ number: "1", unit: "-2" });
});

describe("time in Europe/Berlin", () => {
  test("months have their minutes: March one hour short, October one hour long (92 and 100 quarter hours on those days)", () => {
    expect(monthMinutes(monthKey(2024, 1))).toBe(31 * 1440);
    expect(monthMinutes(monthKey(2024, 3))).toBe(31 * 1440 - 60);
    expect(monthMinutes(monthKey(2024, 10))).toBe(31 * 1440 + 60);
    expect(monthMinutes(monthKey(2024, 2))).toBe(29 * 1440);
    const day = (y: number, m: number, d: number) => (readStamp(`${d}.${m}.${y} 00:00`) as { instant: number }).instant;
    expect((day(2024, 3, 31) - day(2024, 3, 30)) / 900_000).toBe(96);
    expect((day(2024, 4, 1) - day(2024, 3, 31)) / 900_000).toBe(92);
    expect((day(2024, 10, 28) - day(2024, 10, 27)) / 900_000).toBe(100);
  });
  test("timestamps as exports write them", () => {
    const t = (s: string) => readStamp(s) as { instant: number; later?: number; dateOnly: boolean };
    expect(t("01.02.2025 00:15").instant).toBe(Date.UTC(2025, 1, 1, 0, 15) - 3_600_000);
    expect(t("2025-02-01T00:15:00+01:00").instant).toBe(Date.UTC(2025, 0, 31, 23, 15));
    expect(t("2025-02-01T00:15:00Z").instant).toBe(Date.UTC(2025, 1, 1, 0, 15));
    expect(t("2025-07-01 00:00").instant).toBe(Date.UTC(2025, 5, 30, 22));
    expect(t("31.01.2025 24:00").instant).toBe(t("01.02.2025 00:00").instant);
    expect(t("01.02.2025").dateOnly).toBe(true);
    // the hour October repeats: summer time first, winter time second
    const twice = t("27.10.2024 02:15");
    expect(twice.later! - twice.instant).toBe(3_600_000);
    expect(readStamp("31.03.2024 02:15")).toBe("skipped");
    expect(readStamp("02/01/2025 00:15")).toBeNull();
    expect(readStamp("01.02.2025 25:00")).toBeNull();
  });
  test("an interval belongs to the Berlin month it starts in, whatever offset it is written with", () => {
    expect(berlinMonth(Date.UTC(2024, 0, 31, 23, 0))).toBe(monthKey(2024, 2));
    expect(berlinMonth(Date.UTC(2024, 0, 31, 22, 45))).toBe(monthKey(2024, 1));
    expect(monthStart(monthKey(2024, 7))).toBe(Date.UTC(2024, 5, 30, 22));
  });
  test("months as month columns write them", () => {
    for (const s of ["2024-02", "02.2024", "2.2024", "02/2024", "Feb 2024", "Februar 2024", "01.02.2024", "2024-02-01"]) {
      expect(readMonth(s)).toEqual({ month: monthKey(2024, 2), isMonth: true });
    }
    expect(readMonth("15.02.2024")).toEqual({ month: monthKey(2024, 2), isMonth: false });
    expect(readMonth("13.2024")).toBeNull();
  });
});

describe("headers and units", () => {
  test("units after a name in any bracket, and conversions", () => {
    expect(splitHeader("MP_IT2 [MWh]")).toEqual({ name: "MP_IT2", unit: "MWh" });
    expect(splitHeader("MP_KS (kWh)")).toEqual({ name: "MP_KS", unit: "kWh" });
    expect(splitHeader("CPU %")).toEqual({ name: "CPU", unit: "%" });
    expect(readUnit("MWh_th")).toMatchObject({ quantity: "energy", factor: 1000, kind: "th" });
    expect(readUnit("Wh")?.factor).toBe(0.001);
    expect(readUnit("l")).toMatchObject({ quantity: "water", factor: 0.001 });
    expect(readUnit("TB")).toMatchObject({ quantity: "storage", factor: 1000 });
  });
  test("wide monthly: meters by defined name in any case and spacing, with units; --map for others", () => {
    const c = recognise(["Monat", "mp evu [MWh]", "MP-IT2 (kWh)", "Hauptzähler Kälte [MWh_th]", "Bemerkung"], parseMap(["Hauptzähler Kälte=MP_KE"]), false);
    expect(c.layout).toBe("wide");
    expect(c.meters.map((m) => [m.meter, m.unit?.factor ?? 1])).toEqual([["MP_EVU", 1000], ["MP_IT2", 1], ["MP_KE", 1000]]);
    expect(c.ignored).toEqual(["Bemerkung"]);
  });
  test("long, readings, CPU and storage layouts from German and English headers", () => {
    expect(recognise(["Zeitstempel", "Zähler", "Wert [kWh]"], [], false)).toMatchObject({ layout: "long", readings: false });
    expect(recognise(["Timestamp", "Meter", "Reading"], [], false)).toMatchObject({ layout: "long", readings: true });
    expect(recognise(["Datum", "Messpunkt", "Zählerstand"], [], false)).toMatchObject({ layout: "long", readings: true });
    expect(recognise(["Server", "Zeitstempel", "CPU-Auslastung [%]"], [], false)).toMatchObject({ layout: "cpu", units: { cpu: { quantity: "percent" } } });
    expect(recognise(["host", "timestamp", "cpu_util"], [], false)).toMatchObject({ layout: "cpu" });
    expect(recognise(["System", "Datum", "Belegt [TB]", "Installiert [TB]"], [], false)).toMatchObject({ layout: "storage" });
  });
  test("a meter in two columns, a power, no recognisable column: one line each", () => {
    expect(() => recognise(["Monat", "MP_EVU", "mp_evu [MWh]"], [], false)).toThrow(/MP_EVU steht in zwei Spalten/);
    expect(() => recognise(["Monat", "MP_EVU [kW]"], [], false)).toThrow(/Leistung, keine Energie/);
    expect(() => recognise(["a", "b"], [], false)).toThrow(/keine erkennbaren Spalten/);
    expect(() => parseMap(["X=Nichts"])).toThrow(/kein Zähler der Anlage 3.4/);
  });
});

test("a device's ID in any case is one device, named as first written; its months' means from every spelling", async () => {
  const { DeviceMeans } = await import("../../../src/workbook/import/devices");
  const d = new DeviceMeans();
  const jan = Date.UTC(2025, 0, 10);
  const feb = Date.UTC(2025, 1, 10);
  d.add("SRV-01", jan, [0.25], { row: 2 });
  d.add("srv-01", jan, [0.5], { row: 3 });
  d.add("SRV-02", jan, [0.9], { row: 4 });
  d.add("Srv-01", feb, [0.5], { row: 5 });
  d.add("SRV-01", jan, [0.75], { row: 6 });
  const result = d.result();
  expect(result.map((x) => [x.id, x.row])).toEqual([["SRV-01", 2], ["SRV-02", 4]]);
  expect([...result[0].months].map(([k, v]) => [monthText(k), v])).toEqual([["2025-01", 0.5], ["2025-02", 0.5]]);
});

test("a workbook's limit met by an .xlsx source is said as a source's: what it has too much of, and to save it as CSV", async () => {
  const { sourceLimit, SOURCE_LIMITS } = await import("../../../src/workbook/import/stream");
  const { unusable, UnusableFile } = await import("../../../src/workbook/problems");
  const { EXCEL_ROWS } = await import("../../../src/workbook/scan");
  // every row a sheet can have: a source is never refused for its rows, only for its cells (read whole)
  expect(SOURCE_LIMITS).toMatchObject({ rows: EXCEL_ROWS, cells: 2_000_000 });
  const cells = sourceLimit(unusable.tooManyCells("q.xlsx", SOURCE_LIMITS.cells), "q.xlsx") as ImportProblem;
  expect(cells).toBeInstanceOf(ImportProblem);
  expect(cells.in("de")).toBe("q.xlsx: mehr als 2.000.000 Zellen mit Werten, mehr als eine .xlsx-Quelle haben darf: die Tabelle als CSV speichern (Excel: Datei > Speichern unter > CSV UTF-8); eine CSV-Datei wird in Teilen gelesen, ohne Grenze");
  expect(cells.in("en")).toMatch(/^q\.xlsx: more than 2,000,000 cells with values, more than an \.xlsx source may have: save the sheet as CSV/);
  expect((sourceLimit(unusable.tooSpread("q.xlsx", "A", "XFD9", 10), "q.xlsx") as ImportProblem).in("de")).toMatch(/Werte über mehr als 10\.000\.000 Zellen Fläche verteilt/);
  // any other reason a file cannot be read stays as it is
  const broken = unusable.broken("q.xlsx", "x");
  expect(sourceLimit(broken, "q.xlsx")).toBe(broken);
  expect(broken).toBeInstanceOf(UnusableFile);
});
