/**
 * The reader: the zip guards that run before ExcelJS sees a file, and the Book it makes of a workbook
 * (values, formulas with `_xldudf_` normalised, workbook-level defined names as sheet and range).
 */
import zlib from "zlib";
import ExcelJS from "exceljs";
import { evaluateBook } from "../../src/workbook/evaluate";
import { bookFrom, guardZip, loadWorkbook } from "../../src/workbook/read";
import { UnusableFile } from "../../src/workbook/problems";
import { deflated, deflatedFlood, entriesOf, rawZip } from "./rawZip";

async function small(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Stammdaten").getCell("B2").value = "Rheinufer Rechenzentren GmbH";
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function rejection(data: Buffer): Promise<string> {
  try {
    await guardZip(data, "datei.xlsx");
  } catch (e) {
    expect(e).toBeInstanceOf(UnusableFile);
    // both languages, each a line of its own
    return `${(e as UnusableFile).text.de}\n${(e as UnusableFile).text.en}`;
  }
  throw new Error("the guard let the file through");
}

describe("guardZip", () => {
  test("a workbook with the Stammdaten sheet passes, stored (method 0) or deflated", async () => {
    const entries = await entriesOf(await small());
    expect((await guardZip(rawZip(entries), "datei.xlsx")).get("xl/workbook.xml")?.toString()).toMatch(/name="Stammdaten"/);
    const stored = entries.map((e) => {
      const content = zlib.inflateRawSync(e.stored);
      return { ...e, stored: content, method: 0 as const, declared: content.length };
    });
    expect((await guardZip(rawZip(stored), "datei.xlsx")).has("xl/worksheets/sheet1.xml")).toBe(true);
  });

  test("a part that inflates to more than its directory entry declares is a zip bomb", async () => {
    const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';
    const bomb = { name: "xl/sharedStrings.xml", stored: await deflatedFlood(head, 16, "</sst>"), method: 8 as const, declared: 4096 };
    const entries = await entriesOf(await small(), {});
    const message = await rejection(rawZip([...entries, bomb]));
    expect(message).toMatch(/xl\/sharedStrings\.xml entpackt sich zu mehr, als das ZIP-Verzeichnis angibt/);
    expect(message).toMatch(/unpacks to more than its zip directory declares/);
  });

  test("a part that inflates to less than it declares is damaged", async () => {
    const entries = await entriesOf(await small());
    const short = { ...deflated("xl/sharedStrings.xml", "<sst/>"), declared: 100 };
    expect(await rejection(rawZip([...entries, short]))).toMatch(/beschädigt .*sharedStrings\.xml: 6 statt 100 Bytes/);
  });

  test("declared sizes over the cap are refused before anything is inflated", async () => {
    const entries = await entriesOf(await small());
    const huge = { name: "xl/media/image1.png", stored: Buffer.alloc(10), method: 8 as const, declared: 0xfff00000 };
    expect(await rejection(rawZip([...entries, huge]))).toMatch(/entpackt sich zu mehr als 200 MB/);
  });

  test("a password-protected zip, a truncated zip, an OLE file, text", async () => {
    const entries = await entriesOf(await small());
    expect(await rejection(rawZip(entries.map((e) => ({ ...e, flags: 1 }))))).toMatch(/verschlüsselt/);
    const whole = rawZip(entries);
    expect(await rejection(whole.subarray(0, whole.length - 30))).toMatch(/beschädigt/);
    expect(await rejection(Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(504)]))).toMatch(/verschlüsselt oder im alten \.xls-Format/);
    expect(await rejection(Buffer.from("PUE;1,3\n"))).toMatch(/keine \.xlsx-Datei/);
  });

  test("a DOCTYPE anywhere in a part, not only at its start, is refused", async () => {
    const padding = `<!--${"x".repeat(10_000)}-->`;
    const entries = await entriesOf(await small(), {
      "xl/sharedStrings.xml": deflated("xl/sharedStrings.xml", `<?xml version="1.0"?>${padding}<!DOCTYPE sst [<!ENTITY a "a">]><sst/>`),
    });
    expect(await rejection(rawZip(entries))).toMatch(/DOCTYPE\/ENTITY/);
  });
});

describe("bookFrom", () => {
  test("values, dates as serials, rich text, formulas with _xldudf_ normalised, defined names", async () => {
    const wb = new ExcelJS.Workbook();
    const s = wb.addWorksheet("Stammdaten");
    s.getCell("A1").value = 1.25;
    s.getCell("B1").value = new Date(Date.UTC(2024, 0, 31));
    s.getCell("C1").value = { richText: [{ text: "Rhein" }, { text: "ufer", font: { bold: true } }] };
    s.getCell("D1").value = true;
    s.getCell("E1").value = { formula: "_xldudf_DEUZ_PUE_LIMIT(B1,B1)", result: 1.3 } as ExcelJS.CellFormulaValue;
    s.getCell("F1").value = { formula: "IF(D1=TRUE,1,0)", result: 1 } as ExcelJS.CellFormulaValue;
    s.getCell("G1").value = { error: "#N/A" } as ExcelJS.CellErrorValue;
    s.getCell("H1").value = "#N/A";
    const t = wb.addWorksheet("Anlage 3.4 d'Or");
    t.getCell("B7").value = 10;
    t.getCell("B8").value = 20;
    wb.definedNames.add("'Anlage 3.4 d''Or'!$B$7:$B$8", "MP_EVU");
    wb.definedNames.add("Stammdaten!$A$1", "Anschlussleistung_kW");
    wb.definedNames.add("Stammdaten!$G$1", "Stammdaten_G1");
    wb.definedNames.add("Stammdaten!$H$1", "Stammdaten_H1");
    const book = bookFrom(await reload(wb));
    const row = book.sheets[0].rows[0]!;
    expect(row.map((c) => c?.value ?? c?.formula ?? c?.error)).toEqual([1.25, 45322, "Rheinufer", true, "DEUZ.PUE.LIMIT(B1,B1)", "IF(D1=TRUE(),1,0)", "#N/A", "#N/A"]);
    // an error stored as a value stays an error, the same characters typed as text stay text
    expect([row[6], row[7]]).toEqual([{ error: "#N/A" }, { value: "#N/A" }]);
    const ev = evaluateBook(book);
    expect(ev.inputs.value("Stammdaten_G1")).toMatchObject({ error: "#N/A" });
    expect(ev.inputs.value("Stammdaten_H1")).toBe("#N/A");
    ev.destroy();
    expect(book.names).toEqual(expect.arrayContaining([
      { name: "MP_EVU", sheet: "Anlage 3.4 d'Or", range: "$B$7:$B$8", row: 7, col: 2, rows: 2, cols: 1 },
      { name: "Anschlussleistung_kW", sheet: "Stammdaten", range: "$A$1", row: 1, col: 1, rows: 1, cols: 1 },
    ]));
  });

  test("loadWorkbook reads what the guard lets through", async () => {
    const wb = await loadWorkbook(await small(), "datei.xlsx");
    expect(wb.getWorksheet("Stammdaten")!.getCell("B2").value).toBe("Rheinufer Rechenzentren GmbH");
  });
});

async function reload(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const again = new ExcelJS.Workbook();
  await again.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return again;
}
