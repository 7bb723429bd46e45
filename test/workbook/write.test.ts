/** The writer: row heights for wrapped headers and labels (neither Excel nor LibreOffice fits them on opening). */
import { toExcelJs, wrappedLines } from "../../src/workbook/write";
import { Book } from "../../src/workbook/book";

test("wrappedLines wraps at words, breaks a word longer than the column, counts paragraphs", () => {
  expect(wrappedLines("MP_EVU", 20, false)).toBe(1);
  expect(wrappedLines("Strombezug vom EVU", 12, false)).toBe(2);
  // Strombezug | vom | Energieversor | ger
  expect(wrappedLines("Strombezug vom Energieversorger", 12, false)).toBe(4);
  expect(wrappedLines("Abwärmeauskopplung", 8, false)).toBe(3);
  expect(wrappedLines("eins\nzwei", 40, false)).toBe(2);
  // bold text is wider: what fits in plain type may need a second line
  expect(wrappedLines("Strombedarf Kühlsystem", 24, false)).toBe(1);
  expect(wrappedLines("Strombedarf Kühlsystem", 24, true)).toBe(2);
});

test("a header row is as high as its longest wrapped header; other rows keep Excel's default", () => {
  const book: Book = {
    names: [],
    sheets: [
      {
        name: "S",
        widths: [10, 30],
        validations: [],
        conditional: [],
        rows: [
          [{ value: "Monat", style: "header" }, { value: "MP_KS: Strombedarf Kühlsystem", style: "header" }],
          [{ value: "ein sehr langer Wert, der nicht umbricht", style: "input" }],
          [{ value: "Strombezug vom Energieversorger (MP_EVU)", style: "label" }],
        ],
      },
    ],
  };
  const ws = toExcelJs(book, { lang: "de", cachedResults: false }).getWorksheet("S")!;
  expect(ws.getRow(1).height).toBe(30);
  expect(ws.getRow(2).height).toBeUndefined();
  // Strombezu | g vom | Energieve | rsorger | (MP_EVU)
  expect(ws.getRow(3).height).toBe(75);
});

test("inputs and results sit at the top of their row, level with the first line of a wrapped label", () => {
  const book: Book = {
    names: [],
    sheets: [
      {
        name: "S",
        widths: [10, 12, 12],
        validations: [],
        conditional: [],
        rows: [[{ value: "Strombezug vom Energieversorger (MP_EVU)", style: "label" }, { value: 5, style: "input" }, { formula: "B1*2", style: "formula" }]],
      },
    ],
  };
  const ws = toExcelJs(book, { lang: "de", cachedResults: false }).getWorksheet("S")!;
  expect(ws.getCell("A1").alignment).toMatchObject({ vertical: "top", wrapText: true });
  expect(ws.getCell("B1").alignment).toEqual({ vertical: "top" });
  expect(ws.getCell("C1").alignment).toEqual({ vertical: "top" });
  expect(ws.getCell("B1").protection).toEqual({ locked: false });
  // a count's zero is not shown (an empty row of a table); the value stays 0 for COUNTIFS and the criteria
  const counted = toExcelJs({ names: [], sheets: [{ name: "S", widths: [], validations: [], conditional: [], rows: [[{ formula: "COUNT(B1:C1)", style: "formula", format: "count" }]] }] }, { lang: "de" });
  expect(counted.getWorksheet("S")!.getCell("A1").numFmt).toBe("0;-0;;@");
});
