/**
 * Issue 10 on the template's side: yes/no as people type it, a month listed twice counted once in every sum,
 * GPU servers of Anlage 4.2 left out (3.3.3 Ausnahme 2), data validation with input messages, and the hint
 * shown while the add-in is missing. Evaluated with HyperFormula and the DEUZ functions, as a check does.
 */
import { checkAll } from "../../../src/engine/criteria";
import { serial } from "../../../src/engine/dates";
import { Book } from "../../../src/workbook/book";
import { evaluateBook } from "../../../src/workbook/evaluate";
import { fillCompliant } from "../../../src/workbook/example/scenario";
import { setInput } from "../../../src/workbook/fill";
import { buildTemplate } from "../../../src/workbook/template/build";
import { statusOf } from "../../../src/workbook/template/vocabulary";
import { HyperFormula } from "hyperformula";
import { hyperformulaConfig } from "../../../src/workbook/hyperformula";
import { isNo, isUnanswered, isYes } from "../../../src/workbook/template/vocabulary";

function evaluate(change: (book: Book) => void, lang: "de" | "en" = "de") {
  const { book } = buildTemplate(lang);
  fillCompliant(book, lang);
  change(book);
  const ev = evaluateBook(book);
  const findings = checkAll(ev.inputs);
  const fromWorkbook = Object.fromEntries(findings.map((f) => [f.id, statusOf(ev.inputs.value(`Status_${f.id.replace(/\./g, "_")}`))]));
  const fromCatalogue = Object.fromEntries(findings.map((f) => [f.id, f.status]));
  const value = (name: string) => ev.inputs.value(name);
  const values = Object.fromEntries(["Jahr_Gesamt_kWh", "Jahr_IT_kWh", "Jahr_KS_kWh", "Jahr_RZ_kWh", "Monate_erfasst", "Monate_doppelt", "ITEU_SV",
    "Server_gesamt", "Server_erfasst", "CPU_Zeilen_kurz", "GPU_Server", "Kapazitaet_erfasst_GB", "PUE_Jahr", "CER_Jahr"].map((n) => [n, value(n)]));
  const monthly = ev.inputs.matrix("ITEU_Monatswert").map((r) => r[0]);
  const at = (sheet: string, row: number, col: number) => ev.hf.getCellValue({ sheet: ev.hf.getSheetId(sheet)!, row: row - 1, col: col - 1 });
  const pue = book.names.find((n) => n.name === "PUE_Jahr")!;
  const hints = [at("Anlage 2", 3, 2), at(pue.sheet, pue.row, pue.col + 1)];
  ev.destroy();
  return { fromWorkbook, fromCatalogue, findings, values, monthly, hints };
}

describe("yes/no as people type it, in Excel's and HyperFormula's comparison alike", () => {
  // each cell A1…: the value, then whether isYes, isNo, isUnanswered hold
  const cases: [string | number | boolean | null, boolean, boolean][] = [
    ["Ja", true, false], ["ja", true, false], ["JA", true, false], ["Ja ", true, false], ["  yes", true, false], ["J", true, false],
    ["Wahr", true, false], ["true", true, false], [true, true, false], [1, true, false],
    ["Nein", false, true], ["nein ", false, true], ["NO", false, true], ["keine", false, true], ["Falsch", false, true], [false, false, true], [0, false, true],
    ["x", false, false], ["vielleicht", false, false], [null, false, false], [2, false, false],
  ];
  test.each(cases)("%p: yes %p, no %p", (value, yes, no) => {
    const cell = typeof value === "string" ? `'${value}` : value;
    const hf = HyperFormula.buildFromArray([[cell, `=${isYes("A1")}`, `=${isNo("A1")}`, `=${isUnanswered("A1")}`]], hyperformulaConfig);
    expect([hf.getCellValue({ sheet: 0, row: 0, col: 1 }), hf.getCellValue({ sheet: 0, row: 0, col: 2 }), hf.getCellValue({ sheet: 0, row: 0, col: 3 })]).toEqual([yes, no, !yes && !no]);
    hf.destroy();
  });

  test("HyperFormula compares text without regard to case (its default), as Excel does", () => {
    expect(hyperformulaConfig.caseSensitive ?? false).toBe(false);
  });

  test.each([["ja"], ["JA "], [" Ja"]])("a role and a declaration written %p count as Ja", (word) => {
    const s = evaluate((book) => { setInput(book, "Rolle_RZ_Betreiber", word); setInput(book, "EnMS_KVP", word); });
    expect(s.fromWorkbook["3.1.1"]).toBe("pass");
    expect(s.fromWorkbook["3.2.7"]).not.toBe("missing");
    expect(s.fromWorkbook).toEqual(s.fromCatalogue);
  });

  test("a declaration written \"x\" misses data (it is no answer), \"nein \" fails", () => {
    expect(evaluate((book) => setInput(book, "EnMS_KVP", "x")).fromWorkbook["3.1.1"]).toBe("missing");
    expect(evaluate((book) => setInput(book, "EnMS_KVP", "nein ")).fromWorkbook["3.1.1"]).toBe("fail");
  });

  test("\"Ja \" in the monitoring column of Anlage 4.1 counts the storage as monitored", () => {
    const s = evaluate((book) => { for (let row = 320; row < 344; row++) setInput(book, "IT_Monitoring", row % 2 ? "Ja " : " ja", row); });
    expect(s.values.Kapazitaet_erfasst_GB).toBe(evaluate(() => undefined).values.Kapazitaet_erfasst_GB);
    expect(s.fromWorkbook["3.3.2"]).toBe("pass");
  });
});

describe("a month listed twice counts once in every sum (3.2.2 still fails it)", () => {
  test("the annual sums equal those of the twelve months, and the month counts agree", () => {
    const once = evaluate(() => undefined);
    // 2024-05 again, in the row of 2024-06 (the 2024-06 values then count nowhere: 11 months)
    const twice = evaluate((book) => setInput(book, "Monat", serial("2024-05-01"), 17));
    expect(twice.values.Monate_doppelt).toBe(1);
    expect(twice.fromWorkbook["3.2.2"]).toBe("fail");
    // a copy of a month's row: the sums are those of the twelve months
    const copy = evaluate((book) => {
      const a = (n: string) => book.names.find((x) => x.name === n)!;
      const at = (n: string, i: number) => book.sheets.find((sh) => sh.name === a(n).sheet)!.rows[a(n).row - 1 + i]?.[a(n).col - 1]?.value ?? null;
      setInput(book, "Monat", serial("2024-05-01"), 24);
      for (const n of ["MP_EVU", "MP_EE", "MP_NEA", "MP_IT2", "MP_KS", "MP_So", "MP_KE", "MP_RZ", "MP_An", "Wasser_m3", "MP_Auskopplung", "Strom_erneuerbar_kWh"]) {
        setInput(book, n, at(n, 16) as number, 24);
      }
    });
    expect(copy.values.Monate_doppelt).toBe(1);
    for (const n of ["Jahr_Gesamt_kWh", "Jahr_IT_kWh", "Jahr_KS_kWh", "Jahr_RZ_kWh", "PUE_Jahr", "CER_Jahr"]) expect([n, copy.values[n]]).toEqual([n, once.values[n]]);
    expect(copy.fromWorkbook["3.2.2"]).toBe("fail");
    expect(copy.fromWorkbook["3.2.7"]).toBe(once.fromWorkbook["3.2.7"]);
  });
});

describe("GPU servers in Anlage 4.2 (3.3.3 Ausnahme 2)", () => {
  // the compliant data centre: SRV-0001 … SRV-0008 are GPU servers, rows 0 … 311 of 4.2 name SRV-0009 … SRV-0320
  const gpuRows = (book: Book, util: number) => {
    for (let k = 0; k < 8; k++) {
      setInput(book, "CPU_Server_ID", `SRV-000${k + 1}`, 312 + k);
      for (let m = 0; m < 12; m++) setInput(book, "CPU_Auslastung", util, 312 + k, m);
    }
  };
  test("are left out of ITEU_SV, the monthly values and the coverage; 3.3.2 and 3.3.3 judge the others", () => {
    const without = evaluate(() => undefined);
    const idle = evaluate((book) => gpuRows(book, 0.01));
    expect(idle.values.ITEU_SV).toBeCloseTo(without.values.ITEU_SV as number, 12);
    expect(idle.monthly).toEqual(without.monthly);
    expect([idle.values.Server_gesamt, idle.values.Server_erfasst, idle.values.CPU_Zeilen_kurz]).toEqual([312, 312, 0]);
    expect([idle.fromWorkbook["3.3.2"], idle.fromWorkbook["3.3.3"]]).toEqual(["pass", "pass"]);
  });
  test("GPU rows of 2 months count neither as short rows; the GPU column is read as the engine reads yes", () => {
    const short = evaluate((book) => {
      gpuRows(book, 0.5);
      for (let k = 0; k < 8; k++) for (let m = 2; m < 12; m++) setInput(book, "CPU_Auslastung", null, 312 + k, m);
      for (let k = 0; k < 8; k++) setInput(book, "IT_GPU", ["ja", "JA ", "Yes", " yes", "Ja", "ja", "Ja ", "j"][k], k);
    });
    expect(short.values.CPU_Zeilen_kurz).toBe(0);
    expect(short.values.Server_erfasst).toBe(312);
  });
});

describe("without the add-in", () => {
  test("with the DEUZ functions the hints on Anlage 2 and beside the key figures are empty", () => {
    const s = evaluate(() => undefined);
    expect(s.hints).toEqual(["", ""]);
  });
});

describe("data validation", () => {
  const { book } = buildTemplate("de");
  const all = book.sheets.flatMap((s) => s.validations.map((v) => ({ sheet: s.name, ...v })));
  const on = (sheet: string, cell: string) => all.find((v) => v.sheet === sheet && v.range.split(":")[0] === cell);
  test("every validation has an input message and an alert within Excel's lengths", () => {
    for (const v of all) {
      expect(v.prompt!.title.length).toBeLessThanOrEqual(32);
      expect(v.prompt!.text.length).toBeLessThanOrEqual(255);
      if (v.list || v.number || v.date) {
        expect(v.error!.title.length).toBeLessThanOrEqual(32);
        expect(v.error!.text.length).toBeLessThanOrEqual(255);
      }
    }
  });
  test("energies are numbers ≥ 0, CPU utilisation a fraction, dates between 1990 and 2100, yes/no a list", () => {
    const n = (name: string) => book.names.find((x) => x.name === name)!;
    const cell = (name: string) => `${String.fromCharCode(64 + n(name).col)}${n(name).row}`;
    expect(on("Anlage 3.4", cell("MP_EVU"))).toMatchObject({ number: { min: 0 } });
    expect(on("Anlage 4.2", cell("CPU_Auslastung"))).toMatchObject({ number: { min: 0, max: 1 } });
    expect(on("Anlage 4.2", cell("CPU_Auslastung"))!.prompt!.text).toMatch(/Als Bruch: 20 % = 0,2 oder 20 %/);
    expect(on("Stammdaten", cell("Antragsdatum"))).toMatchObject({ date: { min: serial("1990-01-01"), max: serial("2100-12-31") } });
    expect(on("Stammdaten", cell("Rolle_RZ_Betreiber"))).toMatchObject({ list: ["Ja", "Nein"] });
    expect(on("Stammdaten", cell("Anschlussleistung_kW"))!.prompt!.title).toBe("Zahl ≥ 0 in kW");
    expect(on("Anlage 4.2", cell("CPU_Server_ID"))!.prompt!.text).toMatch(/GPU-Server: aus Anlage 4.2 entfernen \(3.3.3 Ausnahme 2\)/);
  });
});
