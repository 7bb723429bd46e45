import { evaluateBook } from "../../src/workbook/evaluate";
import { Book } from "../../src/workbook/book";

test("typed text that starts with '=' or an apostrophe stays text; names read values, blanks and errors", () => {
  const book: Book = {
    sheets: [{ name: "S", rows: [[{ value: "=nicht rechnen" }, { value: "'Zitat" }, { formula: "1/0" }, undefined, { value: 45292 }]], widths: [], validations: [], conditional: [] }],
    names: [
      { name: "Text", sheet: "S", range: "$A$1:$B$1", row: 1, col: 1, rows: 1, cols: 2 },
      { name: "Fehler", sheet: "S", range: "$C$1", row: 1, col: 3, rows: 1, cols: 1 },
      { name: "Zeile", sheet: "S", range: "$C$1:$E$1", row: 1, col: 3, rows: 1, cols: 3 },
    ],
  };
  const ev = evaluateBook(book);
  expect(ev.inputs.matrix("Text")).toEqual([["=nicht rechnen", "'Zitat"]]);
  expect(ev.inputs.value("fehler")).toMatchObject({ error: "#DIV/0!" });
  expect(ev.inputs.matrix("Zeile")[0].slice(1)).toEqual([null, 45292]);
  expect(ev.address({ name: "Zeile", row: 0, column: 2 })).toBe("S!E1");
  expect(ev.inputs.has("Unbekannt")).toBe(false);
  ev.destroy();
});

test("text cells stay text as in Excel: numbers, percentages, booleans, errors and ISO dates stored as text", () => {
  const typed = ["12", "12%", "TRUE", "#N/A", "2024-01-31", " 7 "];
  const book: Book = {
    sheets: [{
      name: "S",
      rows: [
        typed.map((value) => ({ value })),
        [{ formula: "SUM(A1:F1)" }, { formula: "COUNT(A1:F1)" }, { formula: "A1+1" }, { formula: "C1=TRUE()" }, { formula: "ISTEXT(D1)" }],
      ],
      widths: [], validations: [], conditional: [],
    }],
    names: [
      { name: "Getippt", sheet: "S", range: "$A$1:$F$1", row: 1, col: 1, rows: 1, cols: 6 },
      { name: "Formeln", sheet: "S", range: "$A$2:$E$2", row: 2, col: 1, rows: 1, cols: 5 },
    ],
  };
  const ev = evaluateBook(book);
  expect(ev.inputs.matrix("Getippt")).toEqual([typed]);
  // Excel: SUM and COUNT skip text in ranges, arithmetic converts numeric text, text "TRUE" is not TRUE
  expect(ev.inputs.matrix("Formeln")).toEqual([[0, 0, 13, false, true]]);
  ev.destroy();
});
