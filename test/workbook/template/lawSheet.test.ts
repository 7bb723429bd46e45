/**
 * The sheet "Gesetz EnEfG-EU" (issue 13) evaluated in HyperFormula: the law's PUE (with the heat extraction for an
 * existing data centre, § 11(1)), the limit and the statuses in place as of the Stichtag, and the scope of § 3 Nr. 24.
 */
import { serial } from "../../../src/engine/dates";
import { evaluateBook } from "../../../src/workbook/evaluate";
import { fillExample } from "../../../src/workbook/example/scenario";
import { setInput } from "../../../src/workbook/fill";
import { buildTemplate } from "../../../src/workbook/template/build";

function evaluated(values: Record<string, string | number | null>) {
  const { book } = buildTemplate("de");
  fillExample(book, "de");
  for (const [n, v] of Object.entries(values)) setInput(book, n, v);
  return evaluateBook(book);
}

test.each([
  ["2027-06-30", "", "nicht anwendbar"],
  ["2027-07-01", 1.5, "erfüllt"],
  ["2030-06-30", 1.5, "erfüllt"],
  ["2030-07-01", 1.3, "nicht erfüllt"],
])("Stichtag %s: PUE limit %s, status %s (the example: PUE 1.34 under § 11(1))", (day, limit, status) => {
  const ev = evaluated({ Nennanschlussleistung_nr_kW: 1500, Gesetz_Stichtag: serial(day) });
  expect(ev.inputs.value("EnEfG_PUE_Jahr")).toBeCloseTo(1.3408, 3);
  expect(ev.inputs.value("EnEfG_PUE_Grenzwert")).toBe(limit);
  expect(ev.inputs.value("Status_EnEfG_11_PUE")).toBe(status);
  ev.destroy();
});

test("renewable share: nicht anwendbar before 2024, erfüllt at 100 % from 2027; 299 kW is nicht anwendbar, a blank power fehlt", () => {
  let ev = evaluated({ Nennanschlussleistung_nr_kW: 1500, Gesetz_Stichtag: serial("2023-12-31") });
  expect(ev.inputs.value("Status_EnEfG_11_5")).toBe("nicht anwendbar");
  ev.destroy();
  ev = evaluated({ Nennanschlussleistung_nr_kW: 1500, Gesetz_Stichtag: serial("2027-01-01") });
  expect(ev.inputs.value("EnEfG_EE_Mindestanteil")).toBe(1);
  expect(ev.inputs.value("Status_EnEfG_11_5")).toBe("erfüllt");
  ev.destroy();
  ev = evaluated({ Nennanschlussleistung_nr_kW: 299, Gesetz_Stichtag: serial("2030-07-01") });
  expect(ev.inputs.value("Status_EnEfG_11_PUE")).toBe("nicht anwendbar");
  ev.destroy();
  // the example fills the connection power (scenario.ts fillLaw): blanked here
  ev = evaluated({ Nennanschlussleistung_nr_kW: null, Gesetz_Stichtag: serial("2030-07-01") });
  expect(ev.inputs.value("Status_EnEfG_11_PUE")).toBe("fehlt");
  ev.destroy();
});

test("the statuses in place: blank inputs the register needs are amber once the data centre is in scope, 'keines' is red, the status cells coloured; a sheet left blank is not marked", () => {
  const { book } = buildTemplate("de");
  const sheet = book.sheets.find((s) => s.name === "Gesetz EnEfG-EU")!;
  const rules = (name: string) => {
    const n = book.names.find((x) => x.name === name)!;
    const at = `${String.fromCharCode(64 + n.col)}${n.row}`;
    return sheet.conditional.filter((c) => c.range === at);
  };
  expect(rules("RZ_PLZ").map((c) => [c.style, c.formula])).toEqual([["missing", expect.stringMatching(/=""[^]*N\(Nennanschlussleistung_nr_kW\)>=300/)]]);
  expect(rules("RZ_LAU_Code")[0].formula).toMatch(/N\(IT_Nennanschlussleistung_kW\)>=500/);
  expect(rules("EnMS_Art").map((c) => c.style)).toEqual(["missing", "fail"]);
  expect(rules("Status_EnEfG_11_PUE").map((c) => c.style)).toEqual(["fail", "missing", "pass"]);
  const ev = evaluateBook(book);
  const id = ev.hf.getSheetId("Gesetz EnEfG-EU")!;
  const at = (formula: string) => {
    ev.hf.setCellContents({ sheet: id, row: 0, col: 300 }, [["=" + formula]]);
    return ev.hf.getCellValue({ sheet: id, row: 0, col: 300 });
  };
  // blank sheet: no mark
  expect(at(rules("RZ_PLZ")[0].formula)).toBe(false);
  ev.destroy();
  setInput(book, "Nennanschlussleistung_nr_kW", 1500);
  setInput(book, "EnMS_Art", "keines");
  const ev2 = evaluateBook(book);
  const at2 = (formula: string) => {
    ev2.hf.setCellContents({ sheet: id, row: 0, col: 300 }, [["=" + formula]]);
    return ev2.hf.getCellValue({ sheet: id, row: 0, col: 300 });
  };
  expect(at2(rules("RZ_PLZ")[0].formula)).toBe(true);
  expect(at2(rules("EnMS_Art")[1].formula)).toBe(true);
  // §§ 16, 17: the company's average is asked for; its items only above 2.5 GWh (§ 16(4), § 17(4))
  expect(at2(rules("Endenergie_Mittel_3J_kWh")[0].formula)).toBe(true);
  for (const n of ["Abwaerme_16", "Abwaerme_max_kW", "Abwaerme_Regelung", "Abwaerme_Plattform_gemeldet"]) expect(at2(rules(n)[0].formula)).toBe(false);
  // roles not answered: no IT operator's power asked
  expect(at2(rules("IT_Betreiber_nr_kW")[0].formula)).toBe(false);
  ev2.destroy();
  setInput(book, "Endenergie_Mittel_3J_kWh", 2_500_001);
  setInput(book, "Abwaerme_16", "nicht umgesetzt");
  setInput(book, "Rolle_RZ_Betreiber", "Nein");
  setInput(book, "Rolle_RZ_Dienstleister", "Nein");
  setInput(book, "Rolle_IT_Betreiber", "ja");
  const ev3 = evaluateBook(book);
  const at3 = (formula: string) => {
    ev3.hf.setCellContents({ sheet: id, row: 0, col: 300 }, [["=" + formula]]);
    return ev3.hf.getCellValue({ sheet: id, row: 0, col: 300 });
  };
  for (const n of ["Abwaerme_max_kW", "Abwaerme_Regelung", "Abwaerme_Plattform_gemeldet"]) expect(at3(rules(n)[0].formula)).toBe(true);
  expect(rules("Abwaerme_16").map((c) => c.style)).toEqual(["missing", "fail"]);
  expect(at3(rules("Abwaerme_16")[0].formula)).toBe(false);
  expect(at3(rules("Abwaerme_16")[1].formula)).toBe(true);
  expect(at3(rules("IT_Betreiber_nr_kW")[0].formula)).toBe(true);
  ev3.destroy();
  // exactly 2.5 GWh is exempt ("höchstens 2,5 GWh" is not bound)
  setInput(book, "Endenergie_Mittel_3J_kWh", 2_500_000);
  const ev4 = evaluateBook(book);
  ev4.hf.setCellContents({ sheet: id, row: 0, col: 300 }, [["=" + rules("Abwaerme_max_kW")[0].formula]]);
  expect(ev4.hf.getCellValue({ sheet: id, row: 0, col: 300 })).toBe(false);
  ev4.destroy();
});
