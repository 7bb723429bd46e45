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
