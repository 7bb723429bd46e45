/**
 * The XML scanner `deuz check` reads workbooks with: the same Book as ExcelJS's model gives for everything
 * deuz writes, and SpreadsheetML as Excel and LibreOffice write it (shared formulas, inline and rich
 * strings, namespace prefixes, cells without addresses), written here by hand.
 */
import ExcelJS from "exceljs";
import fc from "fast-check";
import { writeExample, writeTemplate } from "../../src/workbook/assets";
import { Book } from "../../src/workbook/book";
import { bookFrom, guardZip, readBook } from "../../src/workbook/read";
import { Limits, MAX_AREA, MAX_CELLS, scanBook, slideFormula, xmlText } from "../../src/workbook/scan";
import { deflated, rawZip } from "./rawZip";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

async function scanned(data: Buffer): Promise<Book | null> {
  return scanBook(await guardZip(data, "datei.xlsx"), "datei.xlsx");
}

function comparable(book: Book) {
  return {
    // `cached` is the scanner's: ExcelJS loses some (an empty text; text in a date-formatted cell); inputs.test.ts tests it
    sheets: Object.fromEntries(book.sheets.map((s) => [s.name, s.rows.map((r) => (r ?? []).map((c) => (c ? { ...c, cached: undefined } : null)))])),
    names: [...book.names].sort((a, b) => a.name.localeCompare(b.name)),
  };
}

async function viaExcelJs(data: Buffer): Promise<Book> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  return bookFrom(wb);
}

describe("the same Book as ExcelJS gives", () => {
  test.each([
    ["the German template", () => writeTemplate("de")],
    ["the English template", () => writeTemplate("en")],
    ["the example", () => writeExample("de")],
  ])("%s", async (_, make) => {
    const data = await make();
    const book = await scanned(data);
    expect(book).not.toBeNull();
    expect(comparable(book!)).toEqual(comparable(await viaExcelJs(data)));
  });

  test("a workbook ExcelJS wrote with every kind of value", async () => {
    const wb = new ExcelJS.Workbook();
    const s = wb.addWorksheet("Stammdaten");
    s.getCell("A1").value = 1.25;
    s.getCell("B1").value = new Date(Date.UTC(2024, 0, 31));
    s.getCell("C1").value = { richText: [{ text: "Rhein & " }, { text: "<ufer>", font: { bold: true } }] };
    s.getCell("D1").value = false;
    s.getCell("E1").value = { formula: "_xldudf_DEUZ_PUE(A1,A1,0)", result: 1 } as ExcelJS.CellFormulaValue;
    s.getCell("F1").value = { error: "#DIV/0!" } as ExcelJS.CellErrorValue;
    s.getCell("G1").value = "Zeile 1\nZeile 2 \"zitiert\" 'so'";
    s.getCell("A3").value = { text: "Umweltbundesamt", hyperlink: "https://www.umweltbundesamt.de" };
    s.getCell("B3").value = "";
    const t = wb.addWorksheet("Anlage 3.4");
    t.getCell("B7").value = 10;
    wb.definedNames.add("'Anlage 3.4'!$B$7:$B$9", "MP_EVU");
    wb.definedNames.add("Stammdaten!$A$1", "Anschlussleistung_kW");
    const data = Buffer.from(await wb.xlsx.writeBuffer());
    expect(comparable((await scanned(data))!)).toEqual(comparable(await viaExcelJs(data)));
  });
});

describe("any workbook ExcelJS writes", () => {
  const text = fc.oneof(
    fc.string({ maxLength: 20 }),
    fc.constantFrom("a & b", "<x>", '"q"', "'", "Zeile\nZwei", "ä€😀", " vorne", "hinten ", "=keine Formel", "TRUE", "12", "#N/A", "_x0041_"),
  );
  const value = fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
    fc.integer({ min: -1000, max: 1_000_000 }),
    fc.boolean(),
    text,
    fc.integer({ min: 1, max: 2_900_000 }).map((days) => new Date(Date.UTC(1900, 2, 1) + days * 86_400_000)),
    fc.constantFrom(
      { formula: "A1+1" },
      { formula: "SUM(A1:B2)" },
      { formula: 'IF(A1>0,"ja","<nein>")' },
      { formula: "DEUZ.PUE(A1,B1,0)" },
      { formula: "_xldudf_DEUZ_PUE_LIMIT(A1,B1)" },
      { error: "#DIV/0!" },
    ),
  );
  const cell = fc.record({ row: fc.integer({ min: 1, max: 40 }), col: fc.integer({ min: 1, max: 30 }), value });

  test("the scanner and ExcelJS read the same Book", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(cell, { maxLength: 60 }), async (cells) => {
        const wb = new ExcelJS.Workbook();
        const ws = wb.addWorksheet("Stammdaten");
        for (const c of cells) ws.getCell(c.row, c.col).value = c.value as ExcelJS.CellValue;
        wb.definedNames.add("Stammdaten!$B$2:$C$9", "Bereich");
        const data = Buffer.from(await wb.xlsx.writeBuffer());
        expect(comparable((await scanned(data))!)).toEqual(comparable(await viaExcelJs(data)));
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});

/** A minimal workbook written by hand; `x` is the namespace prefix of SpreadsheetML's elements ("" or "x:"). */
function handmade(sheetXml: string, { x = "", strings = "", workbookPr = "", names = "" } = {}): Buffer {
  const ns = x ? `xmlns:${x.slice(0, -1)}="${MAIN}"` : `xmlns="${MAIN}"`;
  return rawZip([
    deflated("[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`),
    deflated("xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<${x}workbook ${ns} xmlns:r="${REL}">${workbookPr}<${x}sheets><${x}sheet name="Stammdaten" sheetId="1" r:id="rId1"/><${x}sheet name="Diagramm" sheetId="2" r:id="rId2"/></${x}sheets><${x}definedNames>${names}</${x}definedNames></${x}workbook>`),
    deflated("xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/chartsheet" Target="/xl/chartsheets/sheet1.xml"/><Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`),
    deflated("xl/worksheets/sheet1.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<${x}worksheet ${ns}><${x}sheetData>${sheetXml}</${x}sheetData></${x}worksheet>`),
    deflated("xl/chartsheets/sheet1.xml", `<chartsheet xmlns="${MAIN}"/>`),
    deflated("xl/sharedStrings.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><${x}sst ${ns}>${strings}</${x}sst>`),
  ]);
}

function cells(book: Book): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  book.sheets[0].rows.forEach((row, r) => row?.forEach((c, col) => c && (out[`${String.fromCharCode(65 + col)}${r + 1}`] = c.formula !== undefined ? `=${c.formula}` : c.error !== undefined ? { error: c.error } : c.value)));
  return out;
}

describe("SpreadsheetML as Excel and LibreOffice write it", () => {
  const sheet = (x: string) =>
    `<${x}row r="1" spans="1:3"><${x}c r="A1"><${x}v>2</${x}v></${x}c><${x}c r="B1" s="1"><${x}f t="shared" ref="B1:C3" si="0">A1*2+$A$1+SUM(A$1:A1)+'Anlage 3.4'!C5&amp;"A1"</${x}f><${x}v>6</${x}v></${x}c><${x}c r="C1" t="s"><${x}v>0</${x}v></${x}c></${x}row>` +
    `<${x}row r="2"><${x}c r="A2"><${x}v>3</${x}v></${x}c><${x}c r="B2"><${x}f t="shared" si="0"/><${x}v>9</${x}v></${x}c><${x}c t="inlineStr"><${x}is><${x}t xml:space="preserve">inline &lt;1&gt;_x000D_</${x}t></${x}is></${x}c></${x}row>` +
    `<${x}row r="3"><${x}c r="A3" t="b"><${x}v>1</${x}v></${x}c><${x}c r="C3"><${x}f t="shared" si="0"/><${x}v>0</${x}v></${x}c><${x}c r="D3" t="e"><${x}v>#N/A</${x}v></${x}c><${x}c r="E3" t="str"><${x}v>Text</${x}v></${x}c><${x}c r="F3" s="2"/></${x}row>` +
    `<${x}row r="5"><${x}c r="A5" t="s"><${x}v>1</${x}v></${x}c><${x}c r="B5"><${x}f>SUMIFS(A1:A3,A1:A3,"&gt;1")</${x}f></${x}c><${x}c r="C5" t="d"><${x}v>2024-01-31T00:00:00</${x}v></${x}c></${x}row>`;
  const strings = (x: string) =>
    `<${x}si><${x}t>Zeile 1\r\nZeile 2</${x}t></${x}si><${x}si><${x}r><${x}rPr><${x}b/></${x}rPr><${x}t>Rhein</${x}t></${x}r><${x}r><${x}t>ufer</${x}t></${x}r><${x}rPh sb="0" eb="1"><${x}t>ライン</${x}t></${x}rPh></${x}si>`;
  const names = (x: string) =>
    `<${x}definedName name="Werte">Stammdaten!$A$1:$A$3</${x}definedName><${x}definedName name="Zwei">'Anlage 3.4'!$B$2,Stammdaten!$B$1</${x}definedName><${x}definedName name="Lokal" localSheetId="0">Stammdaten!$C$1</${x}definedName><${x}definedName name="Kaputt">#REF!</${x}definedName>`;

  test.each([["without", ""], ["with", "x:"]])("%s a namespace prefix", async (_, x) => {
    const book = (await scanned(handmade(sheet(x), { x, strings: strings(x), names: names(x) })))!;
    expect(book.sheets.map((s) => s.name)).toEqual(["Stammdaten"]);
    expect(cells(book)).toEqual({
      A1: 2,
      B1: `=A1*2+$A$1+SUM(A$1:A1)+'Anlage 3.4'!C5&"A1"`,
      C1: "Zeile 1\nZeile 2",
      A2: 3,
      B2: `=A2*2+$A$1+SUM(A$1:A2)+'Anlage 3.4'!C6&"A1"`,
      C2: "inline <1>\r",
      A3: true,
      C3: `=B3*2+$A$1+SUM(B$1:B3)+'Anlage 3.4'!D7&"A1"`,
      D3: { error: "#N/A" },
      E3: "Text",
      A5: "Rheinufer",
      B5: `=SUMIFS(A1:A3,A1:A3,">1")`,
      C5: 45322,
    });
    expect(book.names).toEqual([
      { name: "Werte", sheet: "Stammdaten", range: "$A$1:$A$3", row: 1, col: 1, rows: 3, cols: 1 },
      { name: "Zwei", sheet: "Anlage 3.4", range: "$B$2", row: 2, col: 2, rows: 1, cols: 1 },
    ]);
  });

  test("a 1904 workbook is left to ExcelJS (its dates need the cell formats)", async () => {
    const data = handmade(`<row r="1"><c r="A1"><v>1</v></c></row>`, { workbookPr: `<workbookPr date1904="1"/>` });
    expect(await scanned(data)).toBeNull();
    expect((await readBook(data, "datei.xlsx")).sheets[0].rows[0]![0]).toEqual({ value: 1 });
  });

  test("broken rows and cells make the file unusable", async () => {
    await expect(scanned(handmade(`<row r="1"><c r="XFE1"><v>1</v></c></row>`))).rejects.toThrow(/beschädigt/);
    await expect(scanned(handmade(`<row r="1"><c r="A1"><v>1</v>`))).rejects.toThrow(/beschädigt/);
    await expect(scanned(handmade(`<row r="1048577"><c><v>1</v></c></row>`))).rejects.toThrow(/beschädigt/);
    await expect(scanned(handmade(`<row r="1"><c r="A1048577"><v>1</v></c></row>`))).rejects.toThrow(/beschädigt/);
  });
});

describe("the limits count rows and cells that hold a value or a formula", () => {
  const scannedWith = async (data: Buffer, limits: Limits) => scanBook(await guardZip(data, "datei.xlsx"), "datei.xlsx", limits);
  /** As LibreOffice writes a sheet after a row was deleted: formatted rows of style-only cells and an empty last row. */
  const libreOffice =
    `<row r="1" s="2" customFormat="true"><c r="A1" t="s"><v>0</v></c><c r="B1"><f>1+1</f><v>2</v></c><c r="C1" s="2"/><c r="AMJ1" s="2"/></row>` +
    `<row r="2" s="2" customFormat="true"><c r="A2" s="2"/><c r="B2" s="2"></c></row>` +
    Array.from({ length: 50 }, (_, i) => `<row r="${i + 3}" s="2" customFormat="true" ht="12.8"/>`).join("") +
    `<row r="1048576" s="2" customFormat="true" ht="12.8" hidden="false" customHeight="false" outlineLevel="0" collapsed="false"><c r="A1048576" s="2"/></row>`;

  test("LibreOffice's empty row 1048576 and cells with a style and no value count towards nothing", async () => {
    const book = (await scannedWith(handmade(libreOffice, { strings: "<si><t>Server</t></si>" }), { rows: 1, cells: 2, area: 2 }))!;
    expect(cells(book)).toEqual({ A1: "Server", B1: "=1+1" });
    expect(book.sheets[0].rows.length).toBe(1);
    // and at the real limits, through readBook as check and upgrade read
    expect((await readBook(handmade(libreOffice, { strings: "<si><t>Server</t></si>" }), "datei.xlsx")).sheets[0].rows.length).toBe(1);
  });

  test("a value in row 300000 is one row, not 300000", async () => {
    const book = (await scanned(handmade(`<row r="300000"><c r="A300000"><v>1</v></c></row>`)))!;
    expect(book.sheets[0].rows[299_999]).toEqual([{ value: 1 }]);
  });

  test("more rows, cells or area than allowed make the file unusable, counted by what they hold", async () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => `<row r="${2 * i + 1}"><c r="A${2 * i + 1}"><v>${i}</v></c><c r="B${2 * i + 1}" s="1"/></row><row r="${2 * i + 2}" s="1"/>`).join("");
    await expect(scannedWith(handmade(rows(3)), { rows: 3, cells: 3, area: 100 })).resolves.not.toBeNull();
    await expect(scannedWith(handmade(rows(4)), { rows: 3, cells: 100, area: 100 })).rejects.toThrow(/Blatt „Stammdaten“ hat mehr als 3 Zeilen mit Werten/);
    await expect(scannedWith(handmade(rows(4)), { rows: 100, cells: 3, area: 100 })).rejects.toThrow(/mehr als 3 Zellen mit Werten/);
    // issue 11: the evaluation keeps only the cells that exist, so values far apart cost nothing (the bounding box
    // was the area until then); what counts is the slots it walks, each row's last column holding a value
    const spread = `<row r="1"><c r="XFD1"><v>1</v></c></row><row r="1221"><c r="A1221"><v>1</v></c></row>`;
    await expect(scanned(handmade(spread))).resolves.not.toBeNull();
    const far = Array.from({ length: Math.floor(MAX_AREA / 16_384) + 1 }, (_, i) => `<row r="${i + 1}"><c r="XFD${i + 1}"><v>1</v></c></row>`).join("");
    await expect(scanned(handmade(far))).rejects.toThrow(/Blatt „Stammdaten“ hat Werte bis XFD611, weit außerhalb der Tabellen/);
    const wide = Array.from({ length: Math.ceil(MAX_CELLS / 16_384) + 1 }, (_, i) => `<row r="${i + 1}"><c r="XFD${i + 1}"><v>1</v></c></row>`).join("");
    await expect(scanned(handmade(wide))).resolves.not.toBeNull();
  });

  test("a 1904 workbook is held to the same limits before ExcelJS reads it", async () => {
    const data = handmade(`<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>1</v></c></row>`, { workbookPr: `<workbookPr date1904="1"/>` });
    await expect(scannedWith(data, { rows: 1, cells: 100, area: 100 })).rejects.toThrow(/mehr als 1 Zeilen mit Werten/);
  });

  test("a defined name whose cells were deleted (#REF!) is kept as unresolved", async () => {
    const book = (await scanned(handmade(`<row r="1"><c r="A1"><v>1</v></c></row>`, { names: `<definedName name="MP_EVU">'Anlage 3.4'!#REF!</definedName><definedName name="Konstante">0.2</definedName>` })))!;
    expect(book.names).toEqual([]);
    expect(book.unresolved).toEqual(["MP_EVU"]);
  });
});

describe("helpers", () => {
  test("slideFormula moves relative references only, outside quotes, and not names or functions", () => {
    expect(slideFormula(`A1+$B1+C$1+$D$1+LOG10(A1)+MP_EVU+"B2"+'C3 x'!C3`, 2, 1)).toBe(`B3+$B3+D$1+$D$1+LOG10(B3)+MP_EVU+"B2"+'C3 x'!D5`);
    expect(slideFormula("A2-1", -2, 0)).toBe("#REF!-1");
    expect(slideFormula("XFD1+1", 0, 1)).toBe("#REF!+1");
    expect(slideFormula("DEUZ.PUE(A1,B1,C1)", 1, 0)).toBe("DEUZ.PUE(A2,B2,C2)");
  });
  test("slideFormula moves whole columns across and whole rows down, absolute parts stay", () => {
    expect(slideFormula("SUM(A:A)+SUM($B:C)+SUM(Daten!D:$E)", 5, 1)).toBe("SUM(B:B)+SUM($B:D)+SUM(Daten!E:$E)");
    expect(slideFormula("SUM(2:3)+SUM($4:5)+A1", 2, 1)).toBe("SUM(4:5)+SUM($4:7)+B3");
    expect(slideFormula("SUM(A:A)", 0, -1)).toBe("SUM(#REF!)");
    expect(slideFormula("SUM(1:1)", -1, 0)).toBe("SUM(#REF!)");
    expect(slideFormula("A1:B2+'x:y'!A1", 1, 0)).toBe("A2:B3+'x:y'!A2");
  });
  test("xmlText decodes entities, numeric references and OOXML escapes, and normalises line ends", () => {
    expect(xmlText("a&amp;b&lt;&#228;&#x20AC;\r\n_x0009_", true)).toBe("a&b<ä€\n\t");
    expect(xmlText("_x0009_")).toBe("_x0009_");
  });
});
