/**
 * The task pane's law view (issue 13) against the Excel fake (test/taskpane/fakeExcel.js): the rule sets chosen in
 * the check tab are judged by the engine's rule sets on the inputs of the check's one sync, grouped by rule set with
 * each group's scope verdict, the roadmap sorted by date with its caveats, and the law's findings marked in the
 * workbook like DE-UZ 228's (and removed again). The law's inputs are set here, whatever the bundled example holds.
 */
import { serial } from "../../src/engine/dates";
import { ruleSets } from "../../src/engine/rulesets";
import { roadmapLine } from "../../src/cli/rulesets";
import { roadmapNumbers } from "../../src/engine/rulesets/roadmapText";
import { checkOpenWorkbook } from "../../src/taskpane/excel/check";
import { checkAndMark, removeMarks } from "../../src/taskpane/excel/actions";
import { marksFor } from "../../src/taskpane/excel/marks";
import { DEFAULT_RULE_SETS, DRAFT_ID, lawDe, lawEn, RULE_SET_IDS } from "../../src/taskpane/i18n/law";
import { lawViewDe, lawViewEn } from "../../src/taskpane/i18n/lawView";
import { caveatsOf, dutyOf, judgeRuleSets, LawView, nextRegisterDeadline, shownFindings } from "../../src/taskpane/ruleSets";
import { fillExample } from "../../src/workbook/example/scenario";
import { buildTemplate } from "../../src/workbook/template/build";
import { fillLaw, LawInputs } from "../workbook/lawInputs";

import { installFake, removeFake } from "./installFake";

/** The example's DE-UZ 228 data with the law's inputs of a 1.5 MW site with 1.2 MW IT (../workbook/lawInputs.ts). */
function open(change: LawInputs = {}) {
  const { book } = buildTemplate("de");
  fillExample(book, "de");
  fillLaw(book, change);
  return installFake(book);
}

afterEach(removeFake);

const group = (view: LawView, id: string) => view.groups.find((g) => g.id === id)!;
const status = (view: LawView, id: string) => shownFindings(view).find((f) => f.id === id)?.status;

describe("the choice", () => {
  test("offers the engine's rule sets in its order; DE-UZ 228 is the default, the 2026 draft never, and is marked in both languages", () => {
    expect([...RULE_SET_IDS]).toEqual(ruleSets.map((r) => r.id));
    expect(DEFAULT_RULE_SETS).toEqual(["de-uz-228"]);
    expect(ruleSets.find((r) => r.id === DRAFT_ID)?.draft).toBe(true);
    expect(ruleSets.filter((r) => r.draft).map((r) => r.id)).toEqual([DRAFT_ID]);
    expect(DEFAULT_RULE_SETS).not.toContain(DRAFT_ID);
    expect(lawDe.choice.draft).toBe("Entwurf");
    expect(lawEn.choice.draft).toBe("Draft");
    expect(lawDe.choice.hints[DRAFT_ID]).toMatch(/kein geltendes Recht/);
    expect(lawEn.choice.hints[DRAFT_ID]).toMatch(/not law/);
  });
});

describe("the check with rule sets", () => {
  test("reads the workbook once: DE-UZ 228, EnEfG and the EU report judged on the same sync's inputs, grouped in the engine's order", async () => {
    const excel = open();
    const r = await checkOpenWorkbook(excel.context, { ruleSets: ["eu-2024-1364", "de-uz-228", "enefg-2023"], asOf: "2027-07-01" });
    expect(excel.syncs).toBe(1);
    const view = r.law!;
    expect(view.asOf).toBe(serial("2027-07-01"));
    expect(view.groups.map((g) => g.id)).toEqual(["de-uz-228", "enefg-2023", "eu-2024-1364"]);
    // DE-UZ 228's group is the check's own findings (criteria and 3.1.2's integrity), each with its rule set
    expect(group(view, "de-uz-228").findings.map((f) => f.id)).toEqual(r.findings.map((f) => f.id));
    expect(shownFindings(view).every((f) => f.ruleSet)).toBe(true);
    expect(group(view, "enefg-2023").scope).toEqual({ applies: true });
    expect(group(view, "enefg-2023").scopeKw).toBe(300);
    expect(group(view, "eu-2024-1364").scopeKw).toBe(500);
    // the criteria, each once (the engine may add more)
    const ids = group(view, "enefg-2023").findings.map((f) => f.id);
    for (const id of ["EnEfG-11-1", "EnEfG-11-2-PUE", "EnEfG-11-2-ERF", "EnEfG-11-5", "EnEfG-12", "EnEfG-13", "EnEfG-15"]) expect(ids.filter((x) => x === id)).toEqual([id]);
    expect(group(view, "eu-2024-1364").findings.map((f) => f.id)).toEqual(["EU-1364"]);
    // the example's data centre began in 2019: § 11(1) binds from 01.07.2027, § 11(2) does not apply
    expect(status(view, "EnEfG-11-1")).not.toBe("not_applicable");
    expect(status(view, "EnEfG-11-2-PUE")).toBe("not_applicable");
    expect(status(view, "EnEfG-12")).toBe("pass");
  });

  test("without rule sets asked the check is as before (no law view)", async () => {
    const r = await checkOpenWorkbook(open().context);
    expect(r.law).toBeUndefined();
  });

  test("the roadmap is sorted by date, PUE 1,5 from 01.07.2027 before 1,3 from 01.07.2030, the renewables, the EMS and the register", async () => {
    const r = await checkOpenWorkbook(open().context, { ruleSets: ["enefg-2023"], asOf: "2026-11-30" });
    const roadmap = r.law!.roadmap;
    const froms = roadmap.map((e) => e.from);
    expect(froms).toEqual([...froms].sort());
    const pue = roadmap.filter((e) => e.id === "EnEfG-11-1");
    expect(pue.map((e) => [e.from, e.limit])).toEqual([["2027-07-01", 1.5], ["2030-07-01", 1.3]]);
    expect(roadmap.filter((e) => e.id === "EnEfG-11-5").map((e) => e.from)).toEqual(["2024-01-01", "2027-01-01"]);
    expect(roadmap.some((e) => e.id === "EnEfG-12")).toBe(true);
    // 1.5 MW: the first register deadline of § 20(2) Nr. 1
    expect(roadmap.find((e) => e.id === "EnEfG-13")?.from).toBe("2024-05-15");
    expect(r.law!.period.de).toMatch(/^Berichtszeitraum \d\d\.\d\d\.\d{4}–/);
  });

  test("DE-UZ 228's final report (3.1.3) is in the roadmap when Stammdaten gives the contract's end, as deuz check has it", async () => {
    const excel = open();
    const without = await checkOpenWorkbook(excel.context, { ruleSets: ["de-uz-228", "enefg-2023"], asOf: "2026-11-30" });
    expect(without.law!.roadmap.some((e) => e.id === "3.1.3")).toBe(false);
    const withEnd = open({ Vertragsende: serial("2027-12-31") });
    const r = await checkOpenWorkbook(withEnd.context, { ruleSets: ["de-uz-228", "enefg-2023"], asOf: "2026-11-30" });
    const entry = r.law!.roadmap.find((e) => e.id === "3.1.3");
    expect(entry).toMatchObject({ ruleSet: "de-uz-228", from: "2027-06-30", met: null });
    const froms = r.law!.roadmap.map((e) => e.from);
    expect(froms).toEqual([...froms].sort());
    expect(lawViewDe.roadmap.duties[dutyOf(entry!)!]).toMatch(/3\.1\.3/);
    expect(lawViewEn.roadmap.duties[dutyOf(entry!)!]).toMatch(/3\.1\.3/);
  });

  test("a requirement not yet in force is nicht anwendbar on the day before, judged from its day (--as-of as in deuz check)", async () => {
    const before = (await checkOpenWorkbook(open().context, { ruleSets: ["enefg-2023"], asOf: "2027-06-30" })).law!;
    const on = (await checkOpenWorkbook(open().context, { ruleSets: ["enefg-2023"], asOf: "2027-07-01" })).law!;
    expect(status(before, "EnEfG-11-1")).toBe("not_applicable");
    expect(shownFindings(before).find((f) => f.id === "EnEfG-11-1")!.message.de).toMatch(/gilt ab 01\.07\.2027/);
    expect(["pass", "fail"]).toContain(status(on, "EnEfG-11-1"));
  });

  test("a blank or unreadable day is today", () => {
    const view = judgeRuleSets(noInputs, [], { ruleSets: ["enefg-2023"], asOf: "" });
    const today = serial(new Date().toISOString().slice(0, 10));
    expect(view.asOf).toBe(today);
    expect(judgeRuleSets(noInputs, [], { ruleSets: ["enefg-2023"], asOf: "31.12.2027" }).asOf).toBe(today);
  });
});

/** A workbook without any value: every rule set's scope is undecided. */
const noInputs = { has: () => false, value: () => null, matrix: () => [], address: (r: { name: string }) => r.name };

describe("scope verdicts (§ 3 Nr. 24 EnEfG: 300 kW; (EU) 2024/1364 Art. 1: 500 kW IT)", () => {
  test("299 kW: EnEfG nicht anwendbar with the reason, every criterion nicht anwendbar and no roadmap; 300 kW applies", async () => {
    const out = (await checkOpenWorkbook(open({ Nennanschlussleistung_nr_kW: 299, IT_Nennanschlussleistung_kW: 200 }).context, { ruleSets: ["enefg-2023", "eu-2024-1364"], asOf: "2027-07-01" })).law!;
    const scope = group(out, "enefg-2023").scope as { notApplicable: { de: string; en: string } };
    expect(scope.notApplicable.de).toMatch(/§ 3 Nr\. 24 EnEfG.*ab 300 kW; hier 299 kW/);
    expect(scope.notApplicable.en).toMatch(/§ 3 No\. 24.*from 300 kW; here 299 kW/);
    expect(group(out, "enefg-2023").findings.every((f) => f.status === "not_applicable")).toBe(true);
    expect(out.roadmap).toEqual([]);
    const eu = group(out, "eu-2024-1364").scope as { notApplicable: { de: string } };
    expect(eu.notApplicable.de).toMatch(/ab 500 kW installierter IT-Leistung; hier 200 kW/);
    const at = (await checkOpenWorkbook(open({ Nennanschlussleistung_nr_kW: 300, IT_Nennanschlussleistung_kW: 500 }).context, { ruleSets: ["enefg-2023", "eu-2024-1364"], asOf: "2027-07-01" })).law!;
    expect(group(at, "enefg-2023").scope).toEqual({ applies: true });
    expect(group(at, "eu-2024-1364").scope).toEqual({ applies: true });
  });

  test("connection power blank: cannot be decided, naming the cell; every criterion fehlt with it", async () => {
    const excel = open({ Nennanschlussleistung_nr_kW: null });
    const view = (await checkOpenWorkbook(excel.context, { ruleSets: ["enefg-2023"], asOf: "2027-07-01" })).law!;
    const scope = group(view, "enefg-2023").scope as { unknown: { de: string }; cells: { name: string }[] };
    expect(scope.cells.map((c) => c.name)).toEqual(["Nennanschlussleistung_nr_kW"]);
    expect(scope.unknown.de).toMatch(/ist leer.*in kW eintragen/);
    expect(group(view, "enefg-2023").findings.every((f) => f.status === "missing" && f.cells[0].name === "Nennanschlussleistung_nr_kW")).toBe(true);
  });

  test("the 2026 draft is its own group, marked as a draft, with its own limits (PUE 1,6 / 1,4)", async () => {
    const view = (await checkOpenWorkbook(open().context, { ruleSets: ["enefg-2023", DRAFT_ID], asOf: "2026-11-30" })).law!;
    expect(group(view, DRAFT_ID).draft).toBe(true);
    expect(group(view, "enefg-2023").draft).toBe(false);
    expect(view.roadmap.filter((e) => e.ruleSet === DRAFT_ID && e.id === "EnEfG-11-1").map((e) => e.limit)).toEqual([1.6, 1.4]);
    // one date, both rule sets: the law in force first
    const day = view.roadmap.filter((e) => e.from === "2027-07-01").map((e) => e.ruleSet);
    expect(day).toEqual(["enefg-2023", DRAFT_ID]);
  });
});

describe("the roadmap's words", () => {
  test("figures as deuz check writes them: PUE with two decimals, shares in percent, the language's decimal mark", () => {
    const e = { ruleSet: "enefg-2023", id: "EnEfG-11-1", from: "2027-07-01", limit: 1.5, comparison: "≤" as const, figure: "PUE", value: 1.3217, met: true };
    expect(roadmapNumbers(e, "de")).toEqual({ limit: "1,5", value: "1,32" });
    expect(roadmapNumbers(e, "en")).toEqual({ limit: "1.5", value: "1.32" });
    expect(roadmapLine(e, "de")).toBe("ab 01.07.2027 PUE ≤ 1,5: 1,32 ✓  (EnEfG-11-1)");
    const share = { ...e, id: "EnEfG-11-5", figure: "EE-Anteil", limit: 1, comparison: "≥" as const, value: 0.705, met: false };
    expect(roadmapNumbers(share, "de")).toEqual({ limit: "100 %", value: "70,5 %" });
    expect(roadmapLine(share, "en")).toBe("from 2027-07-01 renewable share ≥ 100 %: 70.5 % ✗  (EnEfG-11-5)");
    expect(roadmapNumbers({ ...e, value: null }, "de").value).toBeNull();
  });

  test("UNVERIFIED readings flagged where law-notes.md says: the renewables' 'ungefördert', the ERF's denominator, the draft's dates", () => {
    const e = (id: string, figure: string) => ({ ruleSet: "enefg-2023", id, from: "2027-01-01", limit: 1, comparison: "≥" as const, figure, value: null, met: null });
    expect(caveatsOf(e("EnEfG-11-5", "EE-Anteil"), false)).toEqual(["annualAverage", "unsubsidised"]);
    expect(caveatsOf(e("EnEfG-11-5", "EE-Anteil"), true)).toEqual(["annualAverage", "unsubsidised", "draftRenewable"]);
    expect(caveatsOf(e("EnEfG-11-2-ERF", "ERF"), false)).toEqual(["annualAverage", "erfDenominator"]);
    expect(caveatsOf(e("EnEfG-11-2-PUE", "PUE"), true)).toEqual(["annualAverage", "draftGrace"]);
    expect(caveatsOf({ ...e("EnEfG-13", "Register"), comparison: "=" as const }, false)).toEqual(["registerFirst"]);
    for (const s of [lawViewDe, lawViewEn]) {
      for (const c of ["annualAverage", "unsubsidised", "erfDenominator", "draftGrace", "draftRenewable"] as const) expect(s.roadmap.caveats[c]).toMatch(/UNVERIFIED/);
    }
  });

  test("the register's next 31 March; § 12(1) and § 12(3) told apart by their day", () => {
    expect(nextRegisterDeadline(serial("2026-11-30"))).toBe(serial("2027-03-31"));
    expect(nextRegisterDeadline(serial("2027-03-31"))).toBe(serial("2027-03-31"));
    expect(nextRegisterDeadline(serial("2027-01-15"))).toBe(serial("2027-03-31"));
    const duty = { ruleSet: "enefg-2023", id: "EnEfG-12", limit: "x", comparison: "=" as const, figure: "EnMS", value: null, met: null };
    expect(dutyOf({ ...duty, from: "2025-07-01" })).toBe("EnEfG-12");
    expect(dutyOf({ ...duty, from: "2026-01-01" })).toBe("EnEfG-12-certified");
    expect(dutyOf({ ...duty, id: "EnEfG-11-1", comparison: "≤", from: "2027-07-01" })).toBeUndefined();
  });
});

describe("marks for the law's findings", () => {
  test("a law finding with a cell is marked like DE-UZ 228's, its note naming the criterion; a draft's with ENTWURF", async () => {
    const excel = open({ EnMS_Art: "keines" });
    const r = await checkOpenWorkbook(excel.context, { ruleSets: ["enefg-2023", DRAFT_ID], asOf: "2026-11-30" });
    const marks = marksFor(shownFindings(r.law!), r.ranges, "de");
    const ems = marks.find((m) => m.note.includes("EnEfG-12"))!;
    expect(ems.status).toBe("fail");
    expect(ems.sheet).toBe("Gesetz EnEfG-EU");
    expect(ems.note).toMatch(/^EnEfG-12 \(Energie/);
    expect(ems.note).toMatch(/\nENTWURF EnEfG-12 /);
    // DE-UZ 228's notes keep their prefix
    expect(marksFor(r.findings, r.ranges, "de").every((m) => m.note.startsWith("DE-UZ 228 "))).toBe(true);
    expect(marksFor(shownFindings(r.law!), r.ranges, "en").find((m) => m.note.includes("EnEfG-12"))!.note).toMatch(/\nDRAFT EnEfG-12 /);
  });

  test("Prüfen with EnEfG marks the law's cells in the same run, and 'Markierungen entfernen' gives the fills back", async () => {
    const excel = open({ EnMS_Art: "keines" });
    const at = excel.nameRange("EnMS_Art");
    const cell = at.range.replace(/\$/g, "");
    const before = excel.syncs;
    const r = await checkAndMark("de", undefined, { ruleSets: ["de-uz-228", "enefg-2023"], asOf: "2026-11-30" });
    // one sync to read, two to mark: the law adds none
    expect(excel.syncs - before).toBe(3);
    expect(r.law!.groups.map((g) => g.id)).toEqual(["de-uz-228", "enefg-2023"]);
    const key = `${at.sheet}!${cell}`;
    expect([...excel.fills.keys()].some((k: string) => k.replace(/'/g, "") === key)).toBe(true);
    expect([...excel.notes.entries()].find(([k]: [string]) => k.replace(/'/g, "") === key)?.[1]).toMatch(/EnEfG-12/);
    await removeMarks("de");
    expect([...excel.notes.keys()].some((k: string) => k.replace(/'/g, "") === key)).toBe(false);
    expect([...excel.fills.keys()].some((k: string) => k.replace(/'/g, "") === key)).toBe(false);
  });

  test("DE-UZ 228 alone marks exactly what the check marked before the rule sets", async () => {
    const a = open();
    const plain = await checkAndMark("de");
    const b = open();
    const chosen = await checkAndMark("de", undefined, { ruleSets: ["de-uz-228"] });
    expect(chosen.marks?.marked).toBe(plain.marks?.marked);
    expect([...b.notes.values()]).toEqual([...a.notes.values()]);
  });
});
