/**
 * DE-UZ 228 3.1.3: "spätestens 6 Monate vor Ende der vereinbarten Vertragslaufzeit" the final report (an updated
 * Anlage 2). Given the contract's end (Stammdaten, Vertragsende), the roadmap dates it and 3.1.3's message says
 * by when; 3.1.3 stays nicht anwendbar in an application; a cell that holds no date is named, never passed over.
 */
import { serial } from "../../../src/engine/dates";
import { finalReportDue } from "../../../src/engine/criteria/finalReport";
import { checkRuleSets, deUz228 } from "../../../src/engine/rulesets";
import { compliant, fakeInputs, Given } from "./fakeInputs";

const check = (change: (g: Given) => void = () => undefined) => {
  const g = compliant();
  change(g);
  const out = checkRuleSets(fakeInputs(g), [deUz228], serial("2026-11-30"));
  return { finding: out.findings.find((f) => f.id === "3.1.3")!, roadmap: out.roadmap };
};

test("six months before the contract's end, a shorter month's last day: 31.12.2027 gives 30.06.2027, 31.08.2028 gives 29.02.2028", () => {
  expect(finalReportDue(serial("2027-12-31"))).toBe(serial("2027-06-30"));
  expect(finalReportDue(serial("2028-08-31"))).toBe(serial("2028-02-29"));
  expect(finalReportDue(serial("2027-07-15"))).toBe(serial("2027-01-15"));
});

test("a contract ending 31.12.2027 (section 5's term): the final report by 30.06.2027 in the roadmap, and in 3.1.3's message", () => {
  const { finding, roadmap } = check((g) => (g.Vertragsende = serial("2027-12-31")));
  expect(roadmap).toEqual([{ ruleSet: "de-uz-228", id: "3.1.3", from: "2027-06-30", limit: "aktualisierte Anlage 2", comparison: "=", figure: "Abschlussbericht", value: null, met: null }]);
  expect(finding.status).toBe("not_applicable");
  expect(finding.cells).toEqual([{ name: "Vertragsende" }]);
  expect(finding.message.de).toBe("3.1.3 gilt erst 6 Monate vor Ende der Vertragslaufzeit. Vertragsende 31.12.2027: den Energieeffizienzbericht zur Abschlussevaluation (aktualisierte Anlage 2) spätestens am 30.06.2027 bei der RAL gGmbH vorlegen.");
  expect(finding.message.en).toBe("3.1.3 applies only 6 months before the contract ends. Contract end 2027-12-31: hand in the energy efficiency report for the final evaluation (updated Anlage 2) to RAL gGmbH by 2027-06-30 at the latest.");
});

test("a date typed as text (31.12.2027) is read as the date", () => {
  expect(check((g) => (g.Vertragsende = "31.12.2027")).roadmap.map((e) => e.from)).toEqual(["2027-06-30"]);
});

test("no contract end (an application): no roadmap entry, 3.1.3 nicht anwendbar as before", () => {
  const { finding, roadmap } = check();
  expect(roadmap).toEqual([]);
  expect(finding.status).toBe("not_applicable");
  expect(finding.cells).toEqual([]);
  expect(finding.message.de).toBe("3.1.3 gilt erst 6 Monate vor Ende der Vertragslaufzeit.");
});

test("a contract end that is no date: no roadmap entry, and 3.1.3 names the cell, what it holds and what to enter", () => {
  const { finding, roadmap } = check((g) => (g.Vertragsende = "Ende 2027"));
  expect(roadmap).toEqual([]);
  expect(finding.status).toBe("not_applicable");
  expect(finding.cells).toEqual([{ name: "Vertragsende" }]);
  expect(finding.message.de).toMatch(/Der Abgabetermin des Abschlussberichts ist nicht bestimmbar: .*Vertragsende.* enthält „Ende 2027“: kein Datum\. Ein Datum eintragen/);
  expect(finding.message.en).toMatch(/The final report's due date cannot be given: .*holds "Ende 2027": not a date\. Enter a date/);
});
