/**
 * A check that reads the values a file carries (inputs.ts) against one that evaluates every formula with
 * HyperFormula (evaluate.ts): every input name reads the same on the example and on the large benchmark
 * workbook, the findings are the same, and HyperFormula is not even loaded unless a formula typed into an input
 * cell carries no value. A formula typed into an input cell that is circular or broken still makes the file
 * unusable; the frozen copy (--freeze) is the same on both paths.
 */
import fs from "fs";
import path from "path";
import ExcelJS from "exceljs";
import { CellValue, checkAll, Finding, isCellError } from "../../src/engine/criteria";
import { freeze } from "../../src/workbook/annotate";
import { assetFiles } from "../../src/workbook/assets";
import { a1, Book, BookCell, quoteSheet } from "../../src/workbook/book";
import { assertInputFormulasWork, checkWorkbook, CheckResult, DEFAULT_ENGINE, Engine } from "../../src/workbook/check";
import { computedNames, inputNames, nameKind } from "../../src/workbook/computed";
import * as evaluate from "../../src/workbook/evaluate";
import { inputsFromBook } from "../../src/workbook/inputs";
import { UnusableFile } from "../../src/workbook/problems";
import { guardZip, readBook } from "../../src/workbook/read";
import { circularSearch, hasBrokenReference, referencesOf } from "../../src/workbook/references";
import { scanBook } from "../../src/workbook/scan";
import { buildTemplate } from "../../src/workbook/template/build";
import { deflated, rawZip } from "./rawZip";

const example = path.join(__dirname, "../../assets", assetFiles.example);

afterEach(() => jest.restoreAllMocks());

/** Errors by their code only (HyperFormula adds a message), numbers to 1e-9 relative (the tolerance of the checks). */
function comparable(v: CellValue): unknown {
  if (isCellError(v)) return { error: v.error };
  if (typeof v === "number") return v === 0 ? 0 : Number(v.toPrecision(10));
  return v;
}
const rowsOf = (m: CellValue[][]) => m.map((r) => r.map(comparable));
const summary = (findings: Finding[]) => findings.map((f) => ({ id: f.id, status: f.status, value: comparable((f.value ?? null) as CellValue), cells: f.cells }));

async function both(data: Buffer, file: string): Promise<Record<Engine, CheckResult>> {
  const hyperformula = await checkWorkbook(data, file, { engine: "hyperformula" });
  const spy = jest.spyOn(evaluate, "evaluateBook");
  const inputs = await checkWorkbook(data, file, { engine: "inputs" });
  // the example and the benchmark workbook carry a value for every formula: nothing to evaluate
  expect(spy).not.toHaveBeenCalled();
  return { hyperformula, inputs };
}

/** Every input name of the workbook reads the same on both paths, and so do the computed ones the file carries. */
function expectSameValues(r: Record<Engine, CheckResult>): void {
  const names = r.inputs.evaluated.book.names;
  let inputs = 0;
  for (const n of names) {
    const kind = nameKind(n.name);
    if (!kind) continue;
    if (kind === "input") inputs++;
    expect({ name: n.name, values: rowsOf(r.inputs.evaluated.inputs.matrix(n.name)) }).toEqual({ name: n.name, values: rowsOf(r.hyperformula.evaluated.inputs.matrix(n.name)) });
  }
  expect(inputs).toBeGreaterThan(100);
}

describe("which names the template computes", () => {
  test.each(["de", "en"] as const)("every name of the %s template is an input or computed, as its cells are", (lang) => {
    const { book } = buildTemplate(lang);
    for (const n of book.names) {
      const sheet = book.sheets.find((s) => s.name === n.sheet)!;
      const cells: (BookCell | undefined)[] = [];
      for (let r = 0; r < n.rows; r++) for (let c = 0; c < n.cols; c++) cells.push(sheet.rows[n.row - 1 + r]?.[n.col - 1 + c]);
      const kind = nameKind(n.name);
      const formulas = cells.every((c) => c?.formula !== undefined);
      const typed = cells.every((c) => c?.style === "input" && c.formula === undefined);
      expect({ name: n.name, kind }).toEqual({ name: n.name, kind: formulas ? "computed" : typed ? "input" : "neither" });
    }
    expect(computedNames().length + inputNames().length).toBe(book.names.length);
  });

  test("spot checks: the annual figures and verdicts are computed, the meters and answers are inputs, any spelling", () => {
    expect(["PUE_Jahr", "PUE_Pruefung", "Status_3_2_7", "Anlage2_Status", "CPU_Werte", "CPU_Server_je_Monat"].map(nameKind)).toEqual(Array(6).fill("computed"));
    expect(["MP_EVU", "mp_evu", "Messwerte", "CPU_Auslastung_M01", "Rolle_IT_Betreiber", "Inbetriebnahme_RZ"].map(nameKind)).toEqual(Array(6).fill("input"));
    expect(nameKind("Eigener_Name")).toBeUndefined();
  });
});

test("no criterion reads a name the template computes, whatever the roles: a check needs the inputs only (DEFAULT_ENGINE)", async () => {
  const book = await readBook(fs.readFileSync(example), "beispiel.xlsx");
  const roles = ["Rolle_RZ_Betreiber", "Rolle_RZ_Dienstleister", "Rolle_IT_Betreiber"];
  const read = new Set<string>();
  for (const chosen of [[0, 1, 2], [0], [1], [2], [0, 2], []]) {
    for (const [i, role] of roles.entries()) {
      const n = book.names.find((x) => x.name === role)!;
      book.sheets.find((s) => s.name === n.sheet)!.rows[n.row - 1][n.col - 1] = { value: chosen.includes(i) ? "Ja" : "Nein" };
    }
    const { inputs } = inputsFromBook(book);
    const note = <T>(name: string, v: T) => (read.add(name), v);
    checkAll({ has: (n) => note(n, inputs.has(n)), value: (n) => note(n, inputs.value(n)), matrix: (n) => note(n, inputs.matrix(n)), address: inputs.address });
  }
  expect(read.size).toBeGreaterThan(50);
  expect([...read].filter((n) => nameKind(n) !== "input")).toEqual([]);
  expect(DEFAULT_ENGINE).toBe("inputs");
});

describe("both paths read the same", () => {
  test("the example: every input name, the computed cells it carries, the findings", async () => {
    const r = await both(fs.readFileSync(example), "beispiel.xlsx");
    expectSameValues(r);
    expect(summary(r.inputs.findings)).toEqual(summary(r.hyperformula.findings));
    r.hyperformula.evaluated.destroy();
    r.inputs.evaluated.destroy();
  });

  test("the large benchmark workbook (5,000 servers, 36 months): every input name, the findings", async () => {
    const { largeWorkbook } = require("../../bench/large-workbook.js") as { largeWorkbook(): Promise<Buffer> };
    const r = await both(await largeWorkbook(), "gross.xlsx");
    expectSameValues(r);
    expect(summary(r.inputs.findings)).toEqual(summary(r.hyperformula.findings));
    r.hyperformula.evaluated.destroy();
    r.inputs.evaluated.destroy();
  }, 180_000);

  test("a check takes the inputs path unless asked otherwise; DEUZ_ENGINE=hyperformula evaluates every formula", async () => {
    const spy = jest.spyOn(evaluate, "evaluateBook");
    (await checkWorkbook(fs.readFileSync(example), "beispiel.xlsx")).evaluated.destroy();
    expect(spy).not.toHaveBeenCalled();
    process.env.DEUZ_ENGINE = "hyperformula";
    try {
      (await checkWorkbook(fs.readFileSync(example), "beispiel.xlsx")).evaluated.destroy();
    } finally {
      delete process.env.DEUZ_ENGINE;
    }
    expect(spy).toHaveBeenCalledTimes(1);
  });

  test("--freeze: the same frozen copy on both paths (HyperFormula's values, made when asked for)", async () => {
    const data = fs.readFileSync(example);
    const r = await both(data, "beispiel.xlsx");
    const frozen = async (result: CheckResult) => {
      const wb = await result.openCopy();
      const count = freeze(wb, result.evaluated);
      const values: Record<string, unknown> = {};
      wb.eachSheet((ws) => ws.eachRow((row, i) => row.eachCell((cell, c) => (values[`${ws.name}!${i}:${c}`] = cell.value))));
      return { count, values };
    };
    const spy = jest.spyOn(evaluate, "evaluateBook");
    const viaInputs = await frozen(r.inputs);
    expect(spy).toHaveBeenCalledTimes(1);
    const viaHyperFormula = await frozen(r.hyperformula);
    expect(viaInputs.count).toBeGreaterThan(20);
    expect(viaInputs).toEqual(viaHyperFormula);
    r.hyperformula.evaluated.destroy();
    r.inputs.evaluated.destroy();
  });
});

describe("a formula typed into an input cell", () => {
  let base: Book;
  beforeAll(async () => {
    base = await readBook(fs.readFileSync(example), "beispiel.xlsx");
  });
  /** The first cell of `name` in A1 notation, without and with its sheet. */
  function at(name: string): { cell: string; address: string } {
    const n = base.names.find((x) => x.name === name)!;
    return { cell: a1(n.row, n.col), address: `${quoteSheet(n.sheet)}!${a1(n.row, n.col)}` };
  }
  /** The example with `cell` in the first cell of `name`. */
  function withCell(name: string, cell: BookCell): { book: Book; address: string } {
    const book: Book = { ...base, sheets: base.sheets.map((s) => ({ ...s, rows: s.rows.map((r) => (r ? [...r] : r)) })) };
    const n = book.names.find((x) => x.name === name)!;
    book.sheets.find((s) => s.name === n.sheet)!.rows[n.row - 1][n.col - 1] = cell;
    return { book, address: at(name).address };
  }
  const refusal = (book: Book): string => {
    try {
      assertInputFormulasWork(inputsFromBook(book), "x.xlsx");
    } catch (e) {
      if (e instanceof UnusableFile) return e.message;
      throw e;
    }
    return "";
  };

  test("with a cached value reads as that value, without evaluating", () => {
    const spy = jest.spyOn(evaluate, "evaluateBook");
    const { book } = withCell("MP_IT2", { formula: "500000+79859", cached: 579859 });
    expect(refusal(book)).toBe("");
    expect(inputsFromBook(book).inputs.matrix("MP_IT2")[0][0]).toBe(579859);
    expect(spy).not.toHaveBeenCalled();
  });

  test("without one (written by openpyxl), or with #NAME? (saved without the add-in), is evaluated, once", () => {
    const spy = jest.spyOn(evaluate, "evaluateBook");
    const { book } = withCell("MP_IT2", { formula: "500000+79859" });
    const read = inputsFromBook(book);
    expect(read.inputs.matrix("MP_IT2")[0][0]).toBe(579859);
    expect(read.inputs.value("MP_IT2")).toBe(579859);
    expect(spy).toHaveBeenCalledTimes(1);
    read.destroy();
    const deuz = inputsFromBook(withCell("Anschlussleistung_kW", { formula: "DEUZ.PUE(1300000,1000000)*1000", cached: { error: "#NAME?" } }).book);
    expect(deuz.inputs.value("Anschlussleistung_kW")).toBeCloseTo(1300, 9);
    deuz.destroy();
  });

  test("circular through the template's sums, or onto itself, makes the file unusable, read from the text alone", () => {
    const spy = jest.spyOn(evaluate, "evaluateBook");
    const through = withCell("MP_EVU", { formula: "Jahr_Gesamt_kWh/12", cached: 0 });
    expect(refusal(through.book)).toContain(`${through.address} ergibt #CYCLE!`);
    const own = withCell("Anschlussleistung_kW", { formula: `${at("Anschlussleistung_kW").cell}+1`, cached: 0 });
    expect(refusal(own.book)).toContain(`${own.address} ergibt #CYCLE!`);
    expect(spy).not.toHaveBeenCalled();
    // a formula of the template's own that refers to an input is no cycle of the input's
    expect(refusal(withCell("Anschlussleistung_kW", { formula: "IT_Gesamtleistung_kW*2", cached: 2000 }).book)).toBe("");
  });

  test("#REF! (its cells were deleted) makes the file unusable; INDIRECT is left to HyperFormula", () => {
    const broken = withCell("MP_KS", { formula: "#REF!*2", cached: { error: "#REF!" } });
    expect(refusal(broken.book)).toContain(`${broken.address} ergibt #REF!`);
    const spy = jest.spyOn(evaluate, "evaluateBook");
    const indirect = withCell("MP_EVU", { formula: `INDIRECT("${at("Anschlussleistung_kW").address}")*0`, cached: 0 });
    expect(refusal(indirect.book)).toBe("");
    expect(spy).toHaveBeenCalledTimes(1);
  });
});

describe("references read from a formula's text", () => {
  const names = new Map([["monat", { name: "Monat", sheet: "Anlage 3.4", range: "$A$7:$A$42", row: 7, col: 1, rows: 36, cols: 1 }]]);
  test("cells, ranges on other sheets, whole columns and rows, names; not functions, not text", () => {
    expect(referencesOf(`SUM('Anlage 3.4'!$B$7:B9,Monat)+A:B+$2:3+DEUZ.PUE(1,LOG10(2))+LEN("C5")+Stammdaten!C4`, "S", names)).toEqual([
      { sheet: "Anlage 3.4", row1: 7, col1: 2, row2: 9, col2: 2 },
      { sheet: "Anlage 3.4", row1: 7, col1: 1, row2: 42, col2: 1 },
      { sheet: "S", row1: 1, col1: 1, row2: 1_048_576, col2: 2 },
      { sheet: "S", row1: 2, col1: 1, row2: 3, col2: 16_384 },
      { sheet: "Stammdaten", row1: 4, col1: 3, row2: 4, col2: 3 },
    ]);
    expect(referencesOf("OFFSET(A1,1,0)", "S", names)).toBeNull();
    expect(hasBrokenReference('IF(A1="#REF!",1,2)')).toBe(false);
    expect(hasBrokenReference("'Alt'!#REF!+1")).toBe(true);
  });

  test("a cycle through several sheets is found; a long chain without one is not", () => {
    const cell = (formula: string) => ({ formula });
    const book: Book = {
      sheets: [
        { name: "A", rows: [[cell("B!A1+1")]], widths: [], validations: [], conditional: [] },
        { name: "B", rows: [[cell("SUM(C!A:A)")]], widths: [], validations: [], conditional: [] },
        { name: "C", rows: Array.from({ length: 1000 }, (_, i) => [cell(i === 999 ? "A!A1" : `A${i + 2}`)]), widths: [], validations: [], conditional: [] },
      ],
      names: [],
    };
    expect(circularSearch(book)("A", 1, 1)).toBe(true);
    book.sheets[2].rows[999] = [{ value: 1 }];
    expect(circularSearch(book)("A", 1, 1)).toBe(false);
    expect(circularSearch(book, 10)("A", 1, 1)).toBeUndefined();
  });
});

test("the scanner keeps the value a file carries for each formula: number, text, boolean, error, empty text, none", async () => {
  const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  const sheet =
    `<row r="1"><c r="A1"><f>1+1</f><v>2</v></c><c r="B1" t="str"><f>"a"&amp;"b"</f><v>a&amp;b</v></c><c r="C1" t="b"><f>TRUE</f><v>1</v></c>` +
    `<c r="D1" t="e"><f>NA()</f><v>#N/A</v></c><c r="E1" t="str"><f>""</f><v></v></c><c r="F1"><f>A1</f></c></row>` +
    `<row r="2"><c r="A2"><f t="shared" ref="A2:B2" si="0">A1*2</f><v>4</v></c><c r="B2"><f t="shared" si="0"/><v>8</v></c></row>`;
  const data = rawZip([
    deflated("[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`),
    deflated("xl/workbook.xml", `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Stammdaten" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    deflated("xl/_rels/workbook.xml.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`),
    deflated("xl/worksheets/sheet1.xml", `<worksheet xmlns="${MAIN}"><sheetData>${sheet}</sheetData></worksheet>`),
  ]);
  const book = scanBook(await guardZip(data, "x.xlsx"), "x.xlsx")!;
  const [first, second] = book.sheets[0].rows;
  expect(first.map((c) => c?.cached)).toEqual([2, "a&b", true, { error: "#N/A" }, "", undefined]);
  expect(second.map((c) => [c?.formula, c?.cached])).toEqual([["A1*2", 4], ["B1*2", 8]]);
  // ExcelJS's model of the same bytes, where it keeps them
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  expect(wb.getWorksheet("Stammdaten")!.getCell("A1").result).toBe(2);
});
