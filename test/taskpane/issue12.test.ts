/**
 * Issue 12 against the HyperFormula-backed Excel fake: a template without data is "Noch keine Daten" and nothing is
 * marked (6); a finding's note is marked amber with a "Hinweis" note, as `deuz check --out` does (2); DEUZ formulas
 * Excel shows as #NAME? are found by the check and entered again, nothing else written (8); the findings list's
 * figures in the pane's language (2).
 */
import { checkAndMark, reenterFormulas, templatePresent } from "../../src/taskpane/excel/actions";
import { checkOpenWorkbook } from "../../src/taskpane/excel/check";
import { unboundHint } from "../../src/taskpane/excel/hints";
import { marksFor } from "../../src/taskpane/excel/marks";
import { figureText } from "../../src/taskpane/findingText";
import { Finding } from "../../src/engine/criteria";
import { fillExample } from "../../src/workbook/example/scenario";
import { setInput } from "../../src/workbook/fill";
import { buildTemplate } from "../../src/workbook/template/build";

import { installFake, removeFake } from "./installFake";

const { FakeExcel } = require("./fakeExcel");

function open(fill: "example" | "empty" | "roles") {
  const { book } = buildTemplate("de");
  if (fill === "example") fillExample(book, "de");
  if (fill === "roles") {
    setInput(book, "Rolle_RZ_Betreiber", "Ja");
    setInput(book, "Rolle_RZ_Dienstleister", "Nein");
    setInput(book, "Rolle_IT_Betreiber", "Nein");
  }
  return installFake(book);
}

afterEach(removeFake);

describe("a template without data (issue 12, 6)", () => {
  test.each(["empty", "roles"] as const)("%s: the check says there is nothing yet and marks nothing", async (fill) => {
    const excel = open(fill);
    const r = await checkAndMark("de");
    expect(r.empty).toBe(true);
    expect(r.marks).toBeUndefined();
    expect(excel.fills.size).toBe(0);
    expect(excel.notes.size).toBe(0);
    expect(excel.sheet("DEUZ_Markierungen")).toBeUndefined();
  });

  test("the filled example is not empty and is marked", async () => {
    const excel = open("example");
    const r = await checkAndMark("de");
    expect(r.empty).toBe(false);
    expect(r.marks!.marked).toBeGreaterThan(0);
    expect(r.nameErrors).toEqual([]);
    expect(excel.fills.size).toBeGreaterThan(0);
  });

  test("templatePresent: one sync, true with the template, false without", async () => {
    const excel = open("empty");
    await expect(templatePresent()).resolves.toBe(true);
    expect(excel.syncs).toBe(1);
    const blank = new FakeExcel(undefined);
    (globalThis as Record<string, unknown>).Excel = { run: (f: (c: unknown) => unknown) => f(blank.context) };
    await expect(templatePresent()).resolves.toBe(false);
  });
});

test("a finding's note (3.3.3 Ausnahme 2, GPU servers in Anlage 4.2) is marked amber with a Hinweis, as --out does", () => {
  const excel = open("example");
  void excel;
  const finding: Finding = {
    id: "3.3.3", title: { de: "Mindestauslastung", en: "Minimum utilisation" }, anlage: "Anlage 4.2", status: "pass", cells: [],
    message: { de: "", en: "" }, value: 0.27, limit: 0.2,
    note: { cells: [{ name: "Monat", row: 2 }], message: { de: "2 GPU-Server aus ITEU_SV ausgenommen.", en: "2 GPU servers left out of ITEU_SV." } },
  };
  const ranges = new Map([["Monat", { sheet: "Anlage 4.2", row: 10, col: 1, rows: 36, cols: 1 }]]);
  const marks = marksFor([finding], ranges, "de");
  expect(marks).toEqual([{ sheet: "Anlage 4.2", cell: "A12", status: "missing", note: "DE-UZ 228 3.3.3 (Mindestauslastung): Hinweis. 2 GPU-Server aus ITEU_SV ausgenommen." }]);
  expect(marksFor([finding], ranges, "en")[0].note).toBe("DE-UZ 228 3.3.3 (Minimum utilisation): note. 2 GPU servers left out of ITEU_SV.");
});

describe("DEUZ formulas Excel shows as #NAME? (issue 12, 8)", () => {
  test("the check finds them in its one read; 'Formeln neu eingeben' writes exactly those cells, in the API's form, and restores the protection", async () => {
    const excel = open("example");
    const ws = excel.sheet("Anlage 3.9");
    const formula = excel.read("Anlage 3.9", "B4", true)[0][0] as string;
    expect(formula).toMatch(/^=DEUZ\.PUE\(/);
    // as Excel shows a formula it did not bind: the stored name, #NAME?
    ws.cells.set("B4", { formula: formula.replace(/^=DEUZ\.PUE\(/, "=_xldudf_DEUZ_PUE("), value: { error: "#NAME?" } });
    ws.prot = { protected: true, options: { allowFormatCells: true, allowEditObjects: true } };
    const r = await checkOpenWorkbook(excel.context);
    expect(r.nameErrors).toEqual([{ sheet: "Anlage 3.9", cell: "B4", formula }]);
    // not reported as typed over (3.1.2): the formula is the template's
    expect(r.overwritten).toEqual([]);

    excel.writes.length = 0;
    const out = await reenterFormulas(r.nameErrors, "de");
    expect(out).toEqual({ entered: 1, locked: [] });
    expect(excel.writes).toEqual([["formulas", "'Anlage 3.9'!B4", formula]]);
    expect(ws.prot).toEqual({ protected: true, options: { allowFormatCells: true, allowEditObjects: true } });
    expect(excel.read("Anlage 3.9", "B4")[0][0]).toBeCloseTo(1.3208, 3);
    expect((await checkOpenWorkbook(excel.context)).nameErrors).toEqual([]);
  });

  test("a cell entered again by hand since the check is left alone", async () => {
    const excel = open("example");
    excel.writes.length = 0;
    const formula = excel.read("Anlage 3.9", "B4", true)[0][0] as string;
    await expect(reenterFormulas([{ sheet: "Anlage 3.9", cell: "B4", formula }], "de")).resolves.toEqual({ entered: 0, locked: [] });
    expect(excel.writes).toEqual([]);
  });
});

/**
 * "Formeln neu eingeben" enters the template's "Add-in fehlt" hints again too: they have no defined name, so the
 * pane finds them by the template's addresses (src/workbook/template/addinCells.ts). An unbound hint does not show
 * #NAME?: its ISERROR(DEUZ.VERSION()) turns the error into the hint's text.
 */
describe("the 'Add-in fehlt' hints (issue 12, 8)", () => {
  const stored = (formula: string) => formula.replace(/DEUZ\.([A-Z_.]+)\(/g, (_, n: string) => `_xldudf_DEUZ_${n.replace(/\./g, "_")}(`);

  test("an unbound hint beside PUE is entered again with the sheet's #NAME? cell; a bound hint is left alone", async () => {
    const excel = open("example");
    const ws = excel.sheet("Anlage 3.9");
    const pue = excel.read("Anlage 3.9", "B4", true)[0][0] as string;
    const hint = excel.read("Anlage 3.9", "C4", true)[0][0] as string;
    expect(hint).toMatch(/^=IF\(ISERROR\(DEUZ\.VERSION\(\)\),"#NAME\?: braucht das Add-in/);
    // a bound hint shows nothing
    expect(excel.read("Anlage 3.9", "C4")[0][0]).toBe("");
    // as Excel shows a workbook whose DEUZ formulas it did not bind: PUE #NAME?, the hint its text
    const text = /^=IF\(ISERROR\(DEUZ\.VERSION\(\)\),"((?:[^"]|"")*)"/.exec(hint)![1].replace(/""/g, '"');
    ws.cells.set("B4", { formula: stored(pue), value: { error: "#NAME?" } });
    ws.cells.set("C4", { formula: stored(hint), value: text });
    ws.prot = { protected: true, options: { allowFormatCells: true, allowEditObjects: true } };

    const r = await checkOpenWorkbook(excel.context);
    // the check reads named ranges only: the hint is not among its findings, the PUE cell is
    expect(r.nameErrors).toEqual([{ sheet: "Anlage 3.9", cell: "B4", formula: pue }]);
    excel.writes.length = 0;
    await expect(reenterFormulas(r.nameErrors, "de")).resolves.toEqual({ entered: 2, locked: [] });
    // C10, the other hint of the sheet, was bound: not written
    expect(excel.writes).toEqual([["formulas", "'Anlage 3.9'!B4", pue], ["formulas", "'Anlage 3.9'!C4", hint]]);
    expect(excel.read("Anlage 3.9", "C4")[0][0]).toBe("");
    expect(excel.read("Anlage 3.9", "B4")[0][0]).toBeCloseTo(1.3208, 3);
    expect(ws.prot).toEqual({ protected: true, options: { allowFormatCells: true, allowEditObjects: true } });
  });

  test("a hint is unbound when it shows its text or an error, or keeps the _xldudf_ prefix; never a cell without DEUZ", () => {
    const hint = '=IF(ISERROR(DEUZ.VERSION()),"#NAME?: braucht das Add-in","")';
    expect(unboundHint(hint, "", false)).toBeNull();
    expect(unboundHint(hint, "#NAME?: braucht das Add-in", false)).toBe(hint);
    expect(unboundHint(hint, "#NAME?", true)).toBe(hint);
    expect(unboundHint(stored(hint), "", false)).toBe(hint);
    expect(unboundHint('=IF(ISERROR(1/0),"x","")', "x", false)).toBeNull();
    expect(unboundHint("Text", "Text", false)).toBeNull();
  });
});

describe("figures in the findings list (issue 12, 2)", () => {
  const f = (id: string, value: Finding["value"], limit: Finding["limit"], status: Finding["status"] = "fail") => ({ id, value, limit, status });
  test("PUE and CER with two decimals as the criteria write them, in the language's decimal mark", () => {
    expect(figureText(f("3.2.7", 1.3208092865384968, 1.3), "de")).toEqual({ value: "1,32", limit: "≤ 1,30" });
    expect(figureText(f("3.2.7", 1.3004, 1.3), "en")).toEqual({ value: "1.3004", limit: "≤ 1.30" });
    expect(figureText(f("3.2.8", 8.944010226202007, 8, "pass"), "de")).toEqual({ value: "8,94", limit: "> 8,00" });
  });
  test("shares in %", () => {
    expect(figureText(f("3.3.3", 0.2723157051282051, 0.2, "pass"), "de")).toEqual({ value: "27,2 %", limit: "≥ 20 %" });
    expect(figureText(f("3.2.4", 1, 1, "pass"), "en")).toEqual({ value: "100 %", limit: "= 100 %" });
    expect(figureText(f("3.3.2", 0.995, 0.9, "pass"), "de")).toEqual({ value: "99,5 %", limit: "≥ 90 %" });
  });
  test("counts and texts as they are; nothing while the criterion is fehlt", () => {
    expect(figureText(f("3.3.1", 1384, null, "pass"), "de")).toEqual({ value: "1.384 Geräte", limit: undefined });
    expect(figureText(f("3.2.6.1", 12, null), "en")).toEqual({ value: "12 IT customers", limit: undefined });
    expect(figureText(f("3.1.1", "8/8", null, "pass"), "de")).toEqual({ value: "8/8", limit: undefined });
    expect(figureText(f("3.2.9", "R134a", null), "de")).toEqual({ value: "R134a", limit: undefined });
    expect(figureText(f("3.2.7", 0, 0, "missing"), "de")).toEqual({});
    expect(figureText(f("3.2.2", "0/0", 0, "missing"), "de")).toEqual({});
  });
});
