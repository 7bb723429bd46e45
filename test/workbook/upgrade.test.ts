/**
 * Moving a workbook filled in an earlier version of the template into the current one (src/workbook/upgrade.ts):
 * every value travels by defined name, new questions are listed, nothing that has no place is dropped.
 * The fixture is the example as the template of 2026-11-22 wrote it (before Auskopplung_in_MP_KS, RZ_zertifiziert
 * and GPU_CPU_Monitoring existed, with Anlage 4.2's table one row higher).
 */
import fs from "fs";
import path from "path";
import { Book } from "../../src/workbook/book";
import { assertTemplate } from "../../src/workbook/check";
import { evaluateBook } from "../../src/workbook/evaluate";
import { fillExample } from "../../src/workbook/example/scenario";
import { UnusableFile } from "../../src/workbook/problems";
import { readBook } from "../../src/workbook/read";
import { buildTemplate } from "../../src/workbook/template/build";
import { lawSheet } from "../../src/workbook/template/lawSheet";
import { upgradeBook } from "../../src/workbook/upgrade";
import { writeBook } from "../../src/workbook/write";

const fixture = path.join(__dirname, "../fixtures/DE-UZ-228-Beispiel-Vorlage-2026-11-22.xlsx");
/** The example as the template wrote it before issue 13's sheet "Gesetz EnEfG-EU". */
const before13 = path.join(__dirname, "../fixtures/DE-UZ-228-Beispiel-Vorlage-2026-11-30.xlsx");

/** The inputs of the sheet "Gesetz EnEfG-EU" (issue 13), by defined name. */
function lawInputNames(): string[] {
  return lawSheet().fields.filter((f) => f.kind !== "formula").map((f) => f.name);
}

/** Every filled input cell of `book` by name and position: "CPU_Auslastung[3,2]" → value. */
function inputsOf(book: Book, only?: Set<string>): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const n of book.names) {
    if (only && !only.has(n.name)) continue;
    const sheet = book.sheets.find((s) => s.name === n.sheet)!;
    for (let r = 0; r < n.rows; r++) {
      for (let c = 0; c < n.cols; c++) {
        const cell = sheet.rows[n.row - 1 + r]?.[n.col - 1 + c];
        if (cell && !cell.formula && cell.value !== null && cell.value !== undefined && cell.value !== "") out.set(`${n.name}[${r},${c}]`, cell.value);
      }
    }
  }
  return out;
}

/** The names of cells the user fills in the current template. */
function inputNames(book: Book): Set<string> {
  return new Set(book.names.filter((n) => {
    const sheet = book.sheets.find((s) => s.name === n.sheet)!;
    return sheet.rows[n.row - 1]?.[n.col - 1]?.style === "input";
  }).map((n) => n.name));
}

test("a workbook of the template of 2026-11-22: every value arrives under its name, the new questions are listed", async () => {
  const old = await readBook(fs.readFileSync(fixture), "alt.xlsx");
  expect(() => assertTemplate(old, "alt.xlsx")).toThrow(/älteren Version der Vorlage.*deuz upgrade alt.xlsx --out/);
  const moved = upgradeBook(old, "alt.xlsx");
  expect(moved.lang).toBe("de");
  // issue 13 added the sheet "Gesetz EnEfG-EU": its inputs are new questions too (listed apart, every one of them)
  const law = new Set(lawInputNames());
  expect(moved.added.filter((n) => !law.has(n)).sort()).toEqual(["Auskopplung_in_MP_KS", "GPU_CPU_Monitoring", "RZ_zertifiziert", "Vertragsende"]);
  expect(moved.added.filter((n) => law.has(n)).sort()).toEqual([...law].sort());
  const names = inputNames(moved.book);
  const before = inputsOf(old, names);
  const after = inputsOf(moved.book, names);
  expect(before.size).toBeGreaterThan(5000);
  expect(after).toEqual(before);
  // cells, each counted once (a month column is also inside its table's name)
  expect(moved.carried).toBeGreaterThan(5000);
  expect(moved.carried).toBeLessThanOrEqual(before.size);
  expect(() => assertTemplate(moved.book, "neu.xlsx")).not.toThrow();
  // the moved workbook evaluates with the current formulas: the new question is what is missing for CER
  const ev = evaluateBook(moved.book);
  expect(ev.inputs.value("PUE_Jahr")).toBeCloseTo(1.3208, 4);
  expect(ev.inputs.value("CER_Jahr")).toBe("");
  ev.destroy();
});

test("a workbook of the current template moves unchanged (nothing new to answer)", async () => {
  const { book } = buildTemplate("en");
  fillExample(book, "en");
  const current = await readBook(await writeBook(book, { lang: "en" }), "current.xlsx");
  const moved = upgradeBook(current, "current.xlsx");
  expect(moved.lang).toBe("en");
  expect(moved.added).toEqual([]);
  const names = inputNames(moved.book);
  expect(inputsOf(moved.book, names)).toEqual(inputsOf(current, names));
});

test("a value the current template has no cell for stops the move, naming the cell; nothing is dropped", async () => {
  const old = await readBook(fs.readFileSync(fixture), "alt.xlsx");
  // one column's name reaching a row further than its table (the table itself grows to the old length)
  const n = old.names.find((x) => x.name === "IT_Typ")!;
  n.rows += 1;
  const sheet = old.sheets.find((s) => s.name === n.sheet)!;
  (sheet.rows[n.row - 1 + n.rows - 1] ??= [])[n.col - 1] = { value: "Server" };
  expect(() => upgradeBook(old, "alt.xlsx")).toThrow(UnusableFile);
  expect(() => upgradeBook(old, "alt.xlsx")).toThrow(/'Anlage 4.1'!B\d+ \(IT_Typ\) hat in der aktuellen Vorlage keinen Platz/);
});

test("a workbook made by someone else is not moved", async () => {
  const book: Book = { names: [], sheets: [{ name: "Tabelle1", rows: [[{ value: 1 }]], widths: [], validations: [], conditional: [] }] };
  expect(() => upgradeBook(book, "fremd.xlsx")).toThrow(/nicht aus der DE-UZ-228-Vorlage erstellt/);
});

test("a formula the user typed into an input cell travels as the value it gives; an error typed stays an error", async () => {
  const old = await readBook(fs.readFileSync(fixture), "alt.xlsx");
  const it = old.names.find((x) => x.name === "MP_IT2")!;
  const sheet = old.sheets.find((s) => s.name === it.sheet)!;
  const at = (r: number) => (sheet.rows[it.row - 1 + r] ??= []);
  const refersTo = `${String.fromCharCode(64 + it.col)}${it.row + 1}`;
  at(0)[it.col - 1] = { formula: "500000+79859" };
  at(2)[it.col - 1] = { formula: `${refersTo}*2` }; // another cell of the old table: its place may differ now
  at(3)[it.col - 1] = { error: "#N/A" };
  const secondBefore = sheet.rows[it.row][it.col - 1]!.value as number;
  const moved = upgradeBook(old, "alt.xlsx");
  expect(moved.converted).toEqual([`'Anlage 3.4'!${String.fromCharCode(64 + it.col)}${it.row}`, `'Anlage 3.4'!${String.fromCharCode(64 + it.col)}${it.row + 2}`]);
  const now = moved.book.names.find((x) => x.name === "MP_IT2")!;
  const cells = moved.book.sheets.find((s) => s.name === now.sheet)!.rows;
  const cell = (r: number) => cells[now.row - 1 + r][now.col - 1]!;
  expect(cell(0)).toMatchObject({ value: 579859, style: "input" });
  expect(cell(0).formula).toBeUndefined();
  expect(cell(2).value).toBe(secondBefore * 2);
  expect(cell(3)).toMatchObject({ error: "#N/A", style: "input" });
  // written and read back, the error is still there
  const again = await readBook(await writeBook(moved.book, { lang: "de" }), "neu.xlsx");
  const back = again.sheets.find((s) => s.name === now.sheet)!.rows[now.row - 1 + 3][now.col - 1]!;
  expect(back.error ?? back.value).toBe("#N/A");
});

test("tables a large data centre lengthened stay as long (5,600 inventory rows: the server in row 5,500 arrives)", async () => {
  const { defaultOptions } = await import("../../src/workbook/template/layout");
  const { book } = buildTemplate("de", { ...defaultOptions, itRows: 5600, monitoringMonths: 48 });
  const { setInput } = await import("../../src/workbook/fill");
  setInput(book, "IT_ID", "SRV-5500", 5499);
  setInput(book, "Monat", 45000, 47);
  book.names = book.names.filter((n) => n.name !== "RZ_zertifiziert");
  const moved = upgradeBook(await readBook(await writeBook(book, { lang: "de", cachedResults: false }), "gross.xlsx"), "gross.xlsx");
  const it = moved.book.names.find((n) => n.name === "IT_ID")!;
  expect(it.rows).toBe(5600);
  expect(moved.book.names.find((n) => n.name === "Monat")!.rows).toBe(48);
  expect(inputsOf(moved.book, new Set(["IT_ID"])).get("IT_ID[5499,0]")).toBe("SRV-5500");
  // the name was deleted while its label stands where the template puts it: rebuilt there, not a new question
  expect(moved.restored).toEqual(["RZ_zertifiziert"]);
  expect(moved.added).toEqual([]);
});

test("a value typed over a computed cell is not dropped in silence: the move stops, naming the cell", async () => {
  const old = await readBook(fs.readFileSync(fixture), "alt.xlsx");
  const pue = old.names.find((x) => x.name === "PUE_Jahr")!;
  old.sheets.find((s) => s.name === pue.sheet)!.rows[pue.row - 1][pue.col - 1] = { value: 1.2 };
  expect(() => upgradeBook(old, "alt.xlsx")).toThrow(/'Anlage 3\.9'!B\d+ \(PUE_Jahr\) hat in der aktuellen Vorlage keinen Platz/);
});

test("a workbook of the template before issue 13 moves into the one with the sheet \"Gesetz EnEfG-EU\": every value arrives, the law's inputs are the new questions, and the law's rule sets then read them", async () => {
  const old = await readBook(fs.readFileSync(before13), "vor-gesetz.xlsx");
  expect(() => assertTemplate(old, "vor-gesetz.xlsx")).toThrow(/älteren Version der Vorlage.*deuz upgrade vor-gesetz.xlsx --out/);
  const moved = upgradeBook(old, "vor-gesetz.xlsx");
  // and Stammdaten's contract end (3.1.3, issue 16)
  expect(moved.added.sort()).toEqual([...lawInputNames(), "Vertragsende"].sort());
  const names = inputNames(moved.book);
  const before = inputsOf(old, names);
  expect(before.size).toBeGreaterThan(5000);
  expect(inputsOf(moved.book, names)).toEqual(before);
  expect(() => assertTemplate(moved.book, "neu.xlsx")).not.toThrow();
  expect(moved.book.sheets.map((s) => s.name)).toContain("Gesetz EnEfG-EU");
  // filled in, the law's rule sets judge the moved workbook
  const { setInput } = await import("../../src/workbook/fill");
  setInput(moved.book, "Nennanschlussleistung_nr_kW", 1500);
  const { checkRuleSets, enefg2023RuleSet } = await import("../../src/engine/rulesets");
  const { serial } = await import("../../src/engine/dates");
  const ev = evaluateBook(moved.book);
  const pue = checkRuleSets(ev.inputs, [enefg2023RuleSet], serial("2027-07-01")).findings.find((f) => f.id === "EnEfG-11-1")!;
  expect(pue.status).toBe("pass");
  // § 11(1) keeps the heat-extraction energy in an existing data centre's PUE: 1.34 where DE-UZ 228 (3.2.7) shows 1.32
  expect(pue.value).toBeCloseTo(1.3408, 3);
  ev.destroy();
});

test("a workbook of the template before Stammdaten's contract end (3.1.3, issue 16): refused as an earlier version, moved with every value, Vertragsende the one new question", async () => {
  const { book } = buildTemplate("de");
  fillExample(book, "de");
  // the template before it: no name Vertragsende, no row for it (it is Stammdaten's last, so nothing else moves)
  const at = book.names.find((n) => n.name === "Vertragsende")!;
  book.names = book.names.filter((n) => n !== at);
  const stammdaten = book.sheets.find((x) => x.name === "Stammdaten")!;
  stammdaten.rows[at.row - 1] = [];
  const old = await readBook(await writeBook(book, { lang: "de" }), "vor-vertragsende.xlsx");
  expect(() => assertTemplate(old, "vor-vertragsende.xlsx")).toThrow(/älteren Version der Vorlage \(Name „Vertragsende“ fehlt\): deuz upgrade/);
  const moved = upgradeBook(old, "vor-vertragsende.xlsx");
  expect(moved.added).toEqual(["Vertragsende"]);
  const names = inputNames(moved.book);
  expect(inputsOf(moved.book, names)).toEqual(inputsOf(old, names));
  expect(() => assertTemplate(moved.book, "neu.xlsx")).not.toThrow();
});
