/**
 * Integrity (src/workbook/integrity.ts, 3.1.2: the report must show the workbook's own figures): every cell the
 * template computes holds the template's formula, and a value the file carries for it is the engine's. Files are
 * made from the example as the current template writes it (never assets/), edited in their XML where a test needs
 * what only another program or a hand would write.
 */
import { spawnSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { DetailedCellError } from "hyperformula";
import { checkAll } from "../../src/engine/criteria";
import { writeExample } from "../../src/workbook/assets";
import { Book, BookSheet } from "../../src/workbook/book";
import { checkWorkbook } from "../../src/workbook/check";
import { evaluateBook } from "../../src/workbook/evaluate";
import { fillExample } from "../../src/workbook/example/scenario";
import { inputsFromBook } from "../../src/workbook/inputs";
import { formulaShape, integrityOfBook, overwrittenFindings } from "../../src/workbook/integrity";
import { readBook } from "../../src/workbook/read";
import { buildTemplate } from "../../src/workbook/template/build";
import { defaultOptions } from "../../src/workbook/template/layout";
import { upgradeBook } from "../../src/workbook/upgrade";
import { cachedAs, editCell, typed } from "./editXlsx";

let example: Buffer;
let exampleBook: Book;
beforeAll(async () => {
  example = await writeExample("de");
  exampleBook = await readBook(example, "Beispiel.xlsx");
}, 60_000);

const nameOf = (book: Book, name: string) => book.names.find((n) => n.name === name)!;

test("the example is clean: every computed cell holds the template's formula and the engine's value", async () => {
  const ev = evaluateBook(exampleBook);
  expect(integrityOfBook(exampleBook, ev.inputs)).toEqual([]);
  ev.destroy();
});

test("the English example is clean too (its status words are the English template's)", async () => {
  const book = await readBook(await writeExample("en"), "Example.xlsx");
  const ev = evaluateBook(book);
  expect(integrityOfBook(book, ev.inputs)).toEqual([]);
  ev.destroy();
}, 60_000);

describe("typed over", () => {
  test("TRUE typed over PUE_Pruefung: one finding naming 'Anlage 3.9'!B6; 3.2.7 stays nicht erfüllt (PUE 1.3208 > 1.30)", async () => {
    const n = nameOf(exampleBook, "PUE_Pruefung");
    expect([n.sheet, n.range]).toEqual(["Anlage 3.9", "$B$6"]);
    const result = await checkWorkbook(await editCell(example, "Anlage 3.9", "B6", typed("1")), "getippt.xlsx");
    expect(result.overwritten).toHaveLength(1);
    const [o] = result.overwritten;
    expect(o).toMatchObject({ name: "PUE_Pruefung", cell: "'Anlage 3.9'!B6", found: true, expected: "=DEUZ.PUE.CHECK(PUE_Jahr,Inbetriebnahme_RZ,Berichtszeitraum_Beginn)", expectedValue: false });
    expect(o.message.de).toMatch(/^3\.1\.2 .*'Anlage 3\.9'!B6 \(PUE_Pruefung\) enthält WAHR statt der Formel der Vorlage =DEUZ\.PUE\.CHECK.*Formel wiederherstellen.*deuz upgrade/);
    expect(o.message.en).toMatch(/'Anlage 3\.9'!B6 \(PUE_Pruefung\) holds TRUE instead of the template's formula/);
    // the verdict is the engine's, from the inputs
    const pue = result.findings.find((f) => f.id === "3.2.7")!;
    expect(pue.status).toBe("fail");
    expect(pue.value).toBeCloseTo(1.3208, 4);
    result.evaluated.destroy();
  }, 60_000);

  test("a number typed over PUE_Jahr: the finding names the cell, what it holds and the engine's figure", async () => {
    const n = nameOf(exampleBook, "PUE_Jahr");
    const cell = n.range.replace(/\$/g, "");
    const result = await checkWorkbook(await editCell(example, n.sheet, cell, typed("1.25")), "getippt.xlsx");
    expect(result.overwritten.map((o) => [o.name, o.cell, o.found])).toEqual([["PUE_Jahr", `'${n.sheet}'!${cell}`, 1.25]]);
    expect(result.overwritten[0].expected).toMatch(/^=DEUZ\.PUE\(/);
    expect(result.overwritten[0].expectedValue).toBeCloseTo(1.3208, 4);
    expect(result.overwritten[0].message.de).toContain("enthält 1,25 statt der Formel der Vorlage =DEUZ.PUE(");
    expect(result.findings.find((f) => f.id === "3.2.7")!.status).toBe("fail");
    result.evaluated.destroy();
  }, 60_000);

  test("a value changed in the file without its formula: the cached value is not the engine's", async () => {
    const n = nameOf(exampleBook, "PUE_Jahr");
    const cell = n.range.replace(/\$/g, "");
    const edited = await editCell(example, n.sheet, cell, cachedAs("1.25"));
    const result = await checkWorkbook(edited, "geaendert.xlsx");
    expect(result.overwritten).toHaveLength(1);
    const [o] = result.overwritten;
    expect(o.found).toBe(1.25);
    expect(o.expected).toMatch(/^=DEUZ\.PUE\(/);
    expect(o.message.de).toMatch(/zeigt 1,25, aus den Eingaben ergibt sich 1,3208\d*: der gespeicherte Wert passt nicht zur Formel/);
    result.evaluated.destroy();
  }, 60_000);

  test("a value within 1e-9 of the engine's is the same value; #NAME? (saved without the add-in) is not compared", async () => {
    const n = nameOf(exampleBook, "PUE_Jahr");
    const sheet = exampleBook.sheets.find((s) => s.name === n.sheet)!;
    const cell = sheet.rows[n.row - 1][n.col - 1]!;
    const ev = evaluateBook(exampleBook);
    const cached = cell.cached as number;
    try {
      cell.cached = cached * (1 + 1e-11);
      expect(integrityOfBook(exampleBook, ev.inputs)).toEqual([]);
      cell.cached = { error: "#NAME?" };
      expect(integrityOfBook(exampleBook, ev.inputs)).toEqual([]);
      cell.cached = cached * (1 + 1e-6);
      expect(integrityOfBook(exampleBook, ev.inputs).map((o) => o.name)).toEqual(["PUE_Jahr"]);
    } finally {
      cell.cached = cached;
      ev.destroy();
    }
  });

  test("saved without the add-in (#NAME? in a DEUZ cell): IFERROR(DEUZ.…,\"\")'s blank is no changed value; saved with it, it is", () => {
    const book = structuredClone(exampleBook);
    const cellOf = (name: string) => {
      const n = nameOf(book, name);
      return book.sheets.find((s) => s.name === n.sheet)!.rows[n.row - 1][n.col - 1]!;
    };
    const ev = evaluateBook(book);
    try {
      cellOf("Anteil_erneuerbar").cached = "";
      expect(integrityOfBook(book, ev.inputs).map((o) => [o.name, o.found])).toEqual([["Anteil_erneuerbar", ""]]);
      cellOf("PUE_Jahr").cached = { error: "#NAME?" };
      expect(integrityOfBook(book, ev.inputs)).toEqual([]);
    } finally {
      ev.destroy();
    }
  });

  test("a formula changed in a table row and one deleted from a filled row are findings; as findings they are 3.1.2 failures marked at their cell", async () => {
    const book = structuredClone(exampleBook);
    const status = nameOf(book, "Monat_Status");
    const pue = nameOf(book, "PUE_Monat");
    const sheet = book.sheets.find((s) => s.name === status.sheet)!;
    sheet.rows[status.row - 1 + 3][status.col - 1] = { value: "vollständig" };
    sheet.rows[pue.row - 1 + 4][pue.col - 1] = { formula: "1.2", cached: 1.2 };
    const ev = evaluateBook(book);
    const list = integrityOfBook(book, ev.inputs);
    ev.destroy();
    expect(list.map((o) => [o.name, o.found]).sort()).toEqual([
      ["Monat_Status", "vollständig"],
      ["PUE_Monat", "=1.2"],
    ]);
    const findings = overwrittenFindings(list);
    expect(findings.every((f) => f.id === "3.1.2" && f.status === "fail" && f.anlage === "Anlage 3.4")).toBe(true);
    expect(findings.map((f) => f.cells)).toEqual(list.map((o) => [o.ref]));
  });
});

// ---- rows inserted, deleted, sorted; tables lengthened: the template's formulas, moved, are clean --------------

/** Moves a row number as Excel does when rows are deleted (delta -1 at `at`) or inserted (delta +1 before `at`). */
function moved(row: number, at: number, delta: number): number {
  return delta < 0 ? (row > at ? row - 1 : row) : row >= at ? row + 1 : row;
}

/** A formula's same-sheet references moved as Excel moves them (the template's per-row formulas are all same-sheet). */
function moveReferences(formula: string, at: number, delta: number): string {
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 ? part : part.replace(/(?<![\w.$])(\$?[A-Z]{1,3}\$?)(\d+)(?![\w.(])/g, (_, col: string, row: string) => `${col}${moved(Number(row), at, delta)}`)))
    .join("");
}

/** Deletes (delta -1) or inserts (delta +1, a blank row) sheet row `at` as Excel does: cells, formulas, defined names. */
function shiftRows(book: Book, sheetName: string, at: number, delta: -1 | 1): void {
  const sheet = book.sheets.find((s) => s.name === sheetName)! as BookSheet;
  if (delta < 0) sheet.rows.splice(at - 1, 1);
  else sheet.rows.splice(at - 1, 0, []);
  for (const row of sheet.rows) for (const cell of row ?? []) if (cell?.formula) cell.formula = moveReferences(cell.formula, at, delta);
  for (const n of book.names) {
    if (n.sheet !== sheetName) continue;
    const last = n.row + n.rows - 1;
    if (delta < 0 && n.row <= at && at <= last) n.rows--;
    else if (delta > 0 && n.row < at && at <= last) n.rows++;
    else n.row = moved(n.row, at, delta);
    n.range = n.rows === 1 && n.cols === 1 ? `$${n.range.split("$")[1]}$${n.row}` : n.range.replace(/^\$([A-Z]+)\$\d+:\$([A-Z]+)\$\d+$/, (_, a: string, b: string) => `$${a}$${n.row}:$${b}$${n.row + n.rows - 1}`);
  }
}

/** Every formula's cached value as the spreadsheet recalculates it after the edit. */
function recalculate(book: Book): void {
  const ev = evaluateBook(book);
  for (const sheet of book.sheets) {
    const id = ev.hf.getSheetId(sheet.name)!;
    sheet.rows.forEach((row, r) => (row ?? []).forEach((cell, c) => {
      if (!cell?.formula) return;
      const v = ev.hf.getCellValue({ sheet: id, row: r, col: c });
      cell.cached = v instanceof DetailedCellError ? { error: v.value } : ((v ?? "") as number | string | boolean);
    }));
  }
  ev.destroy();
}

function integrity(book: Book) {
  const ev = evaluateBook(book);
  try {
    return { list: integrityOfBook(book, ev.inputs), findings: checkAll(ev.inputs) };
  } finally {
    ev.destroy();
  }
}

describe("rows and tables", () => {
  test.each([
    ["Anlage 3.4", "Monat", 3],
    ["Anlage 4.2", "CPU_Server_ID", 5],
  ])("a row deleted in %s: the per-row formulas below it move up and stay the template's", (sheet, first, index) => {
    const book = structuredClone(exampleBook);
    const top = nameOf(book, first).row;
    shiftRows(book, sheet, top + index, -1);
    recalculate(book);
    expect(nameOf(book, first).rows).toBe(nameOf(exampleBook, first).rows - 1);
    expect(integrity(book).list).toEqual([]);
  });

  test.each([
    ["Anlage 3.4", "Monat", 3],
    ["Anlage 4.2", "CPU_Server_ID", 5],
  ])("a blank row inserted in %s: the table is longer, its new row has no formulas yet and shows nothing: clean", (sheet, first, index) => {
    const book = structuredClone(exampleBook);
    shiftRows(book, sheet, nameOf(book, first).row + index, 1);
    recalculate(book);
    expect(nameOf(book, first).rows).toBe(nameOf(exampleBook, first).rows + 1);
    expect(integrity(book).list).toEqual([]);
  });

  test("a month typed into an inserted row without copying the formulas: its status and monthly PUE are missing, two findings", () => {
    const book = structuredClone(exampleBook);
    const monat = nameOf(book, "Monat");
    shiftRows(book, "Anlage 3.4", monat.row + 3, 1);
    book.sheets.find((s) => s.name === "Anlage 3.4")!.rows[monat.row + 3 - 1] = [{ value: 44000 }];
    recalculate(book);
    expect(integrity(book).list.map((o) => [o.name, o.cell, o.found]).sort()).toEqual([
      ["Monat_Status", `'Anlage 3.4'!O${monat.row + 3}`, null],
      ["PUE_Monat", `'Anlage 3.4'!N${monat.row + 3}`, null],
    ]);
  });

  test("the months of Anlage 3.4 sorted newest first (Excel moves the rows' formulas with them): clean", () => {
    const book = structuredClone(exampleBook);
    const monat = nameOf(book, "Monat");
    const sheet = book.sheets.find((s) => s.name === "Anlage 3.4")!;
    const months = 24;
    // rows move with their formulas, whose relative references Excel writes for the new row (as the template would)
    const block = sheet.rows.slice(monat.row - 1, monat.row - 1 + months).reverse();
    const template = structuredClone(sheet.rows.slice(monat.row - 1, monat.row - 1 + months));
    block.forEach((row, i) => {
      sheet.rows[monat.row - 1 + i] = row.map((cell, c) => (cell?.formula ? { ...template[i][c]!, cached: undefined } : cell));
    });
    recalculate(book);
    expect(integrity(book).list).toEqual([]);
  });

  test("a table lengthened by deuz upgrade (1,200 devices, 1,100 CPU rows, 50 plant rows) is clean", () => {
    const { book: long } = buildTemplate("de", { ...defaultOptions, itRows: 1200, cpuRows: 1100, inventoryRows: 50 });
    fillExample(long, "de");
    const moved = upgradeBook(long, "lang.xlsx");
    expect(nameOf(moved.book, "IT_ID").rows).toBe(1200);
    expect(nameOf(moved.book, "CPU_Werte").rows).toBe(1100);
    recalculate(moved.book);
    expect(integrity(moved.book).list).toEqual([]);
  }, 60_000);
});

test("LibreOffice (without the add-in) deletes a month's row of Anlage 3.4 and saves: its own spelling, #NAME? values, clean", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "deuz-integrity-"));
  const source = path.join(dir, "Beispiel.xlsx");
  const target = path.join(dir, "Beispiel-LibreOffice.xlsx");
  fs.writeFileSync(source, example);
  const row = nameOf(exampleBook, "Monat").row + 6;
  const r = spawnSync("/usr/bin/python3", [path.join(__dirname, "lo-edit.py"), source, target, path.join(dir, "profile"), "delete-row", "Anlage 3.4", String(row)], { encoding: "utf8", timeout: 170_000 });
  expect(r.status).toBe(0);
  const book = await readBook(fs.readFileSync(target), "Beispiel-LibreOffice.xlsx");
  expect(nameOf(book, "Monat").rows).toBe(nameOf(exampleBook, "Monat").rows - 1);
  const read = inputsFromBook(book);
  expect(integrityOfBook(book, read.inputs)).toEqual([]);
  read.destroy();
}, 180_000);

describe("formulas compared by shape", () => {
  const at = { row: 20, col: 15 };
  const top = { row: 19, col: 15 };
  const same = (a: string, b: string) => expect(formulaShape(a, at, top)).toBe(formulaShape(b, at, top));
  test("what writers change is no difference", () => {
    same("=IF(A20=\"\",\"\",1)", "if( a20 = \"\" , \"\" , 1 )");
    same("_xlfn.IFNA(B20,0)", "IFNA(B20,0)");
    same("_xludf.DEUZ.PUE(B20,C20)", "DEUZ.PUE(B20,C20)");
    same("_xldudf_DEUZ_PUE_LIMIT(A20)", "DEUZ.PUE.LIMIT(A20)");
    same("IF(A20,TRUE,FALSE)", "IF(A20,TRUE(),FALSE())");
    same("'Anlage 3.4'!B20", "Anlage 3.4!B20".replace("Anlage 3.4", "'ANLAGE 3.4'"));
    same("Stammdaten!B7", "'Stammdaten'!B7");
  });
  test("references relative to the formula's own row; $ references relative to the range's first row", () => {
    expect(formulaShape("COUNT(B25:M25)", { row: 25, col: 14 }, { row: 15, col: 14 })).toBe(formulaShape("COUNT(B15:M15)", { row: 15, col: 14 }, { row: 15, col: 14 }));
    expect(formulaShape("COUNTIFS($A$20:A24,1)", { row: 24, col: 15 }, { row: 20, col: 15 })).toBe(formulaShape("COUNTIFS($A$19:A23,1)", { row: 23, col: 15 }, { row: 19, col: 15 }));
  });
  test("what changes the result is a difference: another cell, text in quotes, another function", () => {
    expect(formulaShape("IF(A20=\"\",\"\",1)", at, top)).not.toBe(formulaShape("IF(A21=\"\",\"\",1)", at, top));
    expect(formulaShape("COUNTIF(X,\"vollständig\")", at, top)).not.toBe(formulaShape("COUNTIF(X,\"Vollständig\")", at, top));
    expect(formulaShape("SUM(B20:M20)", at, top)).not.toBe(formulaShape("COUNT(B20:M20)", at, top));
  });
});
