/**
 * The Excel glue against a fake of the Excel objects backed by HyperFormula (test/taskpane/fakeExcel.js, as strict
 * as Excel's documentation: loads before reads, values entered as if typed, protection, notes by cell): the check
 * reads every input in one sync (in batches only when Excel refuses a response above 5 MB), marking takes two more
 * whatever the number of findings, and mark-then-clear
 * gives back exactly the formats the user had; no value the user typed is written.
 */
import { checkOpenWorkbook, MAX_CELLS_PER_SYNC, NO_TEMPLATE, readInputs } from "../../src/taskpane/excel/check";
import { clearMarks, markFindings, marksFor, MAX_MARKS, readState, STATE_SHEET } from "../../src/taskpane/excel/marks";
import { Finding } from "../../src/engine/criteria";
import { evaluateBook } from "../../src/workbook/evaluate";
import { fillExample } from "../../src/workbook/example/scenario";
import { buildTemplate } from "../../src/workbook/template/build";

const { FakeExcel } = require("./fakeExcel");

function openExample(options: Record<string, unknown> = {}) {
  const { book } = buildTemplate("de");
  fillExample(book, "de");
  const excel = new FakeExcel(evaluateBook(book), options);
  (globalThis as Record<string, unknown>).Office = excel.office();
  return excel;
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Office;
});

test("a check reads every input in one sync and finds the example's failures", async () => {
  const excel = openExample();
  const { findings } = await checkOpenWorkbook(excel.context);
  expect(excel.syncs).toBe(1);
  // the template's inputs fit well within the 5 MB Excel on the web allows a response
  expect(excel.responses[0]).toBeLessThan(excel.responseLimit / 2);
  expect(findings.filter((f) => f.status === "fail").map((f) => f.id).sort()).toEqual(["3.1.2", "3.2.6.1", "3.2.7", "3.2.9"]);
});

test("a workbook of the current template lacks no name; one of an earlier version names what it lacks; one without the template is refused", async () => {
  expect((await checkOpenWorkbook(openExample().context)).absent).toEqual([]);
  const { book } = buildTemplate("de");
  fillExample(book, "de");
  book.names = book.names.filter((n) => n.name !== "Auskopplung_in_MP_KS" && n.name !== "RZ_zertifiziert");
  const older = new FakeExcel(evaluateBook(book));
  const r = await checkOpenWorkbook(older.context);
  expect(r.absent.sort()).toEqual(["Auskopplung_in_MP_KS", "RZ_zertifiziert"]);
  expect(r.findings.find((f) => f.id === "3.2.8")?.status).toBe("missing");
  const { book: empty } = buildTemplate("de");
  empty.names = [];
  await expect(checkOpenWorkbook(new FakeExcel(evaluateBook(empty)).context)).rejects.toThrow(NO_TEMPLATE.de);
});

test("the month columns come from their span, the same values as reading them by name", async () => {
  const excel = openExample();
  const all = await readInputs(excel.context);
  const one = await readInputs(excel.context, ["CPU_Auslastung_M03"]);
  expect(all.inputs.matrix("CPU_Auslastung_M03")).toEqual(one.inputs.matrix("CPU_Auslastung_M03"));
  expect(all.ranges.get("CPU_Auslastung_M03")).toEqual(one.ranges.get("CPU_Auslastung_M03"));
  expect(all.inputs.matrix("CPU_Auslastung_M03").length).toBeGreaterThan(100);
});

test("a response Excel refuses as too large: addresses first, then batches of at most MAX_CELLS_PER_SYNC cells, the same inputs", async () => {
  const whole = await readInputs(openExample().context);
  const excel = openExample();
  // a limit the whole read (some 340 KB in the fake) exceeds but a batch of 15,000 cells does not
  excel.responseLimit = 200_000;
  const loads: number[] = [];
  const sync = excel.context.sync;
  excel.context.sync = async () => {
    loads.push(excel.pending.filter(([, l]: [unknown, string[]]) => l.includes("values")).reduce((n: number, [o]: [{ a1: string }]) => {
      const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(o.a1)!;
      const col = (x: string) => [...x].reduce((a, ch) => a * 26 + ch.charCodeAt(0) - 64, 0);
      return n + (m[3] ? (Number(m[4]) - Number(m[2]) + 1) * (col(m[3]) - col(m[1]) + 1) : 1);
    }, 0));
    return sync();
  };
  const batched = await readInputs(excel.context, undefined, 15_000);
  expect(loads[0]).toBeGreaterThan(10_000); // the single read, refused
  expect(loads[1]).toBe(0); // addresses and sizes
  expect(Math.max(...loads.slice(2))).toBeLessThanOrEqual(15_000);
  expect(excel.responses.slice(2).every((b: number) => b <= excel.responseLimit)).toBe(true);
  expect(MAX_CELLS_PER_SYNC).toBeGreaterThanOrEqual(15_000);
  for (const name of ["CPU_Auslastung", "CPU_Auslastung_M03", "Rolle_RZ_Betreiber", "MP_IT2"]) {
    expect(batched.inputs.matrix(name)).toEqual(whole.inputs.matrix(name));
    expect(batched.ranges.get(name)).toEqual(whole.ranges.get(name));
  }
});

test("a batch Excel still refuses is halved; one range too large for a response gives a readable error", async () => {
  const excel = openExample();
  excel.responseLimit = 30_000;
  // batches of 25,000 cells are refused at this limit; halving reaches batches Excel takes, or a single range
  await expect(readInputs(excel.context)).rejects.toThrow(/Der Bereich \w+ ist zu groß.*5 MB/);
  const fine = openExample();
  // the largest range (Anlage 4.2's CPU table, some 160 KB in the fake) fits, a batch of 25,000 cells does not
  fine.responseLimit = 170_000;
  const r = await readInputs(fine.context);
  expect(r.inputs.value("Rolle_RZ_Betreiber")).toBe("Ja");
  expect(fine.responses.filter((b: number) => b > fine.responseLimit).length).toBeGreaterThan(1);
});

test("errors other than the payload limit are not taken for it", async () => {
  const excel = openExample();
  excel.context.sync = async () => {
    throw Object.assign(new Error("GeneralException"), { code: "GeneralException" });
  };
  await expect(readInputs(excel.context)).rejects.toThrow("GeneralException");
});

test("Excel errors are recognised by their value type, also when the text is not English", async () => {
  const excel = openExample();
  const { inputs } = await readInputs(excel.context);
  expect(inputs.value("Rolle_RZ_Betreiber")).toBe("Ja");
  // an error cell whose text Excel might localise: valueTypes says "Error"
  const stamm = excel.sheet("Stammdaten");
  stamm.cells.set("B5", { error: "#NV" });
  const again = await readInputs(excel.context, ["RZ_Name"]);
  expect(again.inputs.value("RZ_Name")).toEqual({ error: "#NV" });
});

test("check and mark: three syncs; the failing cells get the fail colour and a note", async () => {
  const excel = openExample();
  const { findings, ranges } = await checkOpenWorkbook(excel.context);
  const outcome = await markFindings(excel.context, marksFor(findings, ranges, "de"));
  expect(excel.syncs).toBe(3);
  expect(excel.fills.get("'Anlage 3.9'!B4")).toMatchObject({ pattern: "Solid", color: "#F8CBAD" });
  expect(excel.fills.get("'Anlage 3.5'!E18")?.color).toBe("#F8CBAD");
  expect(excel.notes.get("'Anlage 3.9'!B4")).toMatch(/^DE-UZ 228 /);
  expect(excel.sheet(STATE_SHEET).visibility).toBe("VeryHidden");
  expect(excel.userValueWrites).toBe(0);
  expect(outcome).toMatchObject({ protectedSheets: [], notes: true });
  expect(outcome.marked).toBeGreaterThanOrEqual(4);
});

test("the saved state survives Excel's typing rules: addresses with quotes, 0/1 flags, colours", async () => {
  const excel = openExample();
  const { findings, ranges } = await checkOpenWorkbook(excel.context);
  await markFindings(excel.context, marksFor(findings, ranges, "de"));
  const state = excel.sheet(STATE_SHEET);
  const rows = [...state.cells.values()].map((v: unknown) => [v]);
  const saved = readState(rows);
  expect(saved.size).toBe(rows.length);
  expect(saved.get("'Anlage 3.9'!B4")).toMatchObject({ sheet: "Anlage 3.9", cell: "B4", pattern: "None", noteAdded: true });
});

test("mark then clear restores exactly the user's formats and notes, also patterned and tinted fills", async () => {
  const excel = openExample();
  excel.fills.set("'Anlage 3.9'!B4", { pattern: "Gray25", color: "#00B050", patternColor: "#FF0000", tintAndShade: 0.4, patternTintAndShade: -0.2 });
  excel.notes.set("'Anlage 3.5'!E18", "my own note");
  const fills = new Map(excel.fills);
  const notes = new Map(excel.notes);
  const { findings, ranges } = await checkOpenWorkbook(excel.context);
  await markFindings(excel.context, marksFor(findings, ranges, "de"));
  expect(excel.notes.get("'Anlage 3.5'!E18")).toBe("my own note");
  // a second check marks again without losing what the user had
  await markFindings(excel.context, marksFor(findings, ranges, "de"));
  const outcome = await clearMarks(excel.context);
  expect(outcome.restored).toBeGreaterThanOrEqual(4);
  expect(outcome.kept).toBe(0);
  expect(excel.fills).toEqual(fills);
  expect(excel.notes).toEqual(notes);
  expect(excel.sheet(STATE_SHEET)).toBeUndefined();
  expect(excel.userValueWrites).toBe(0);
});

test("a finding that is gone gets its fill back at the next check; its note goes with Markierungen entfernen", async () => {
  const excel = openExample();
  const { findings, ranges } = await checkOpenWorkbook(excel.context);
  await markFindings(excel.context, marksFor(findings, ranges, "de"));
  await markFindings(excel.context, []);
  expect(excel.fills.get("'Anlage 3.9'!B4")).toBeUndefined();
  expect(excel.notes.get("'Anlage 3.9'!B4")).toBeDefined();
  // marked once more: the user's (empty) fill is saved again, not ours
  await markFindings(excel.context, marksFor(findings, ranges, "de"));
  await clearMarks(excel.context);
  expect(excel.fills.size).toBe(0);
  expect(excel.notes.size).toBe(0);
});

test("a sheet protected without formatting is not marked and is named; one protected without objects gets fills only", async () => {
  const excel = openExample();
  excel.sheet("Anlage 3.9").prot = { protected: true, options: { allowFormatCells: false } };
  excel.sheet("Anlage 3.5").prot = { protected: true, options: { allowFormatCells: true, allowEditObjects: false } };
  const { findings, ranges } = await checkOpenWorkbook(excel.context);
  const outcome = await markFindings(excel.context, marksFor(findings, ranges, "de"));
  expect(outcome.protectedSheets).toEqual(["Anlage 3.9"]);
  expect(excel.fills.get("'Anlage 3.9'!B4")).toBeUndefined();
  expect(excel.fills.get("'Anlage 3.5'!E18")?.color).toBe("#F8CBAD");
  expect(excel.notes.get("'Anlage 3.5'!E18")).toBeUndefined();
  const cleared = await clearMarks(excel.context);
  expect(cleared.kept).toBe(0);
  expect(excel.fills.size).toBe(0);
});

test("without ExcelApi 1.18 cells are marked without notes; without a state sheet in a protected structure it says so", async () => {
  const excel = openExample({ sets: { ExcelApi: "1.17" } });
  const { findings, ranges } = await checkOpenWorkbook(excel.context);
  const outcome = await markFindings(excel.context, marksFor(findings, ranges, "de"));
  expect(outcome.notes).toBe(false);
  expect(excel.notes.size).toBe(0);
  expect(excel.fills.get("'Anlage 3.9'!B4")?.color).toBe("#F8CBAD");

  const locked = openExample();
  locked.structureProtected = true;
  const r = await checkOpenWorkbook(locked.context);
  await expect(markFindings(locked.context, marksFor(r.findings, r.ranges, "de"))).rejects.toThrow(/Arbeitsmappenstruktur ist geschützt/);
});

test("1,000 findings are marked in the same two syncs", async () => {
  const excel = openExample();
  const { ranges } = await checkOpenWorkbook(excel.context);
  const many: Finding[] = Array.from({ length: 1000 }, (_, i) => ({
    id: "3.3.3", title: { de: "ITEU", en: "ITEU" }, anlage: "Anlage 4.2", status: "fail",
    cells: [{ name: "CPU_Auslastung", row: i % 300, column: Math.floor(i / 300) }],
    message: { de: "3.3.3: zu niedrig", en: "3.3.3: too low" },
  }));
  const marks = marksFor(many, ranges, "de");
  expect(marks).toHaveLength(Math.min(1000, MAX_MARKS));
  const before = excel.syncs;
  await markFindings(excel.context, marks);
  expect(excel.syncs - before).toBe(2);
  expect([...excel.fills.values()].filter((f: { color: string }) => f.color === "#F8CBAD")).toHaveLength(1000);
});
