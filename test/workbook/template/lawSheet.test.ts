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
  ev = evaluated({ Gesetz_Stichtag: serial("2030-07-01") });
  expect(ev.inputs.value("Status_EnEfG_11_PUE")).toBe("fehlt");
  ev.destroy();
});
