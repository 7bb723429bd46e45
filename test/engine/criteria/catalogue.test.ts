/**
 * The criteria catalogue on its own (no workbook): each criterion of DE-UZ 228 section 3 judged from the
 * evaluated inputs it reads by defined name. The template's formulas are held to the same statuses in
 * test/workbook/template/statuses.test.ts.
 */
import { checkAll, criteria, rolesOf } from "../../../src/engine/criteria";
import { CellValue, Finding, Status } from "../../../src/engine/criteria/types";
import { edate, serial } from "../../../src/engine/dates";
import { fakeInputs, Given } from "./fakeInputs";

const JA = "Ja";
const NEIN = "Nein";
const months = Array.from({ length: 12 }, (_, i) => edate(serial("2024-01-01"), i));
const twelve = <T>(v: T) => months.map(() => v);

/** A data centre operator, service provider and IT operator that meets every criterion. */
function compliant(): Given {
  return {
    Rolle_RZ_Betreiber: JA, Rolle_RZ_Dienstleister: JA, Rolle_IT_Betreiber: JA,
    Inbetriebnahme_RZ: serial("2019-06-01"), Inbetriebnahme_Kuehlsystem: serial("2019-06-01"),
    Antragsdatum: serial("2025-03-15"), Berichtszeitraum_Beginn: serial("2024-01-01"), Berichtszeitraum_Ende: serial("2024-12-31"),
    Zeitraum_von: serial("2024-01-01"), Zeitraum_bis: serial("2024-12-31"), Monate_Berichtszeitraum: 12,
    Anschlussleistung_kW: 2500, IT_Gesamtleistung_kW: 1200, Teilflaeche: NEIN,
    Flaeche_BGF_m2: 4200, Flaeche_BF_m2: 1800, Flaeche_ITF_m2: 1500, Flaecheneffizienz_ITF: 0.8,
    Monetaere_Abrechnung: JA, Kennzahlen_Ort: "https://rz.example/kennzahlen",
    ...Object.fromEntries(["EnMS_Strategie", "EnMS_Zustaendigkeiten", "EnMS_Messkonzept", "EnMS_Ziele", "EnMS_Bereichsuebergreifend", "EnMS_KVP", "EnMS_TCO", "EnMS_Umweltzeichen",
      "Messkonzept_Schema_Strom", "Messkonzept_Schema_Kaelte", "Messkonzept_Messpunkte", "Messkonzept_Berechnung", "Messkonzept_Zaehler_Auskopplung",
      "Neuanschaffungen_Prozess", "Beratungsangebot", "Kennzahlen_veroeffentlicht", "Reuse_Loeschverfahren", "Reuse_Vertrag"].map((n) => [n, JA])),
    Monat: [...months],
    MP_EVU: twelve(600_000), MP_EE: twelve(10_000), MP_NEA: twelve(0), MP_IT2: twelve(500_000), MP_KS: twelve(60_000), MP_So: twelve(30_000),
    MP_KE: twelve(480_000), MP_RZ: twelve(500_000), MP_An: twelve(20_000), Wasser_m3: twelve(0), MP_Auskopplung: twelve(10_000), Strom_erneuerbar_kWh: twelve(610_000),
    PUE_Jahr: 1.2, PUE_Grenzwert: 1.3, PUE_Pruefung: true, Bilanzzeitraum_Pruefung: true,
    CER_Jahr: 9.5, CER_Grenzwert: 8, CER_Pruefung: true, Ausnahme2_anwendbar: false,
    Anteil_erneuerbar: 1, Erneuerbar_Pruefung: true, ERF_Jahr: 0.03, Abwaerme_Pruefung: true,
    TGA_Art: ["Kältetechnik", "USV", "Schaltanlage", "NEA"],
    TGA_Datum: [serial("2019-05-15"), serial("2019-05-01"), serial("2019-04-01"), serial("2019-05-01")],
    TGA_Leistung_kW: [650, null, null, null],
    TGA_Kaeltemittel: ["R290", null, null, null],
    TGA_Isoliermedium: [null, null, "SF6", null],
    Kunde_Name: ["Kunde A", "Kunde B"], Kunde_Spitzenlast_kW: [40, 3], Kunde_Monatsinfo: [JA, NEIN],
    Kunde_Preis_kWh: [0.38, 0.4], Kunde_Einkaufspreis_kWh: [0.29, 0.29], Kunde_Mindestabnahme_kWh: [0, 0], Kunde_Freimenge_kWh: [0, 0],
    IT_Typ: ["Server", "Speicher", "Netzwerk"],
    Erfassung_Server: 1, Erfassung_Speicher: 1, CPU_Monate: 12, Speicher_Monate: 12,
    ITEU_SV: 0.27, ITEU_Pruefung: true, ITEU_Monate_noetig: 12,
  };
}

function findings(change: (g: Given) => void = () => undefined): Record<string, Finding> {
  const g = compliant();
  change(g);
  return Object.fromEntries(checkAll(fakeInputs(g)).map((f) => [f.id, f]));
}
const status = (f: Record<string, Finding>) => Object.fromEntries(Object.entries(f).map(([id, x]) => [id, x.status]));
const having = (f: Record<string, Finding>, s: Status) => Object.entries(f).filter(([, x]) => x.status === s).map(([id]) => id);

describe("the catalogue", () => {
  test("lists section 3 in section order, 3.1.1 to 3.3.4, with 3.2.12 Flächeneffizienz", () => {
    const ids = criteria.map((c) => c.id);
    expect(ids[0]).toBe("3.1.1");
    expect(ids[ids.length - 1]).toBe("3.3.4");
    expect(ids).toContain("3.2.12");
    const key = (id: string) => id.split(".").map((p) => p.padStart(3, "0")).join(".");
    expect([...ids].sort((a, b) => key(a).localeCompare(key(b)))).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test("every criterion names its roles (Tabelle 1), its Anlage and the evidence in German and English", () => {
    for (const c of criteria) {
      expect(c.roles.length).toBeGreaterThan(0);
      expect(c.anlage).toMatch(/^(Anlage|Flächeneffizienz)/);
      expect(c.nachweis.de && c.nachweis.en && c.title.de && c.title.en).toBeTruthy();
    }
    expect(criteria.find((c) => c.id === "3.3.3")!.roles).toEqual(["itBetreiber"]);
    expect(criteria.find((c) => c.id === "3.2.6.1")!.roles).toEqual(["rzDienstleister"]);
  });

  test("a compliant data centre meets every criterion; 3.1.3 applies only at the end of the contract", () => {
    const f = findings();
    expect(having(f, "fail")).toEqual([]);
    expect(having(f, "missing")).toEqual([]);
    expect(having(f, "not_applicable")).toEqual(["3.1.3"]);
    for (const x of Object.values(f).filter((y) => y.status === "pass")) expect(x.cells).toEqual([]);
  });
});

describe("roles (section 3, Tabelle 1)", () => {
  test("read from Rolle_RZ_Betreiber, Rolle_RZ_Dienstleister, Rolle_IT_Betreiber; Yes counts as Ja", () => {
    expect(rolesOf(fakeInputs({ Rolle_RZ_Betreiber: "Yes", Rolle_RZ_Dienstleister: NEIN, Rolle_IT_Betreiber: null }))).toEqual(["rzBetreiber"]);
  });

  test("without any role every criterion misses data, pointing at the role cells", () => {
    const f = findings((g) => Object.assign(g, { Rolle_RZ_Betreiber: null, Rolle_RZ_Dienstleister: NEIN, Rolle_IT_Betreiber: null }));
    expect(new Set(Object.values(f).map((x) => x.status))).toEqual(new Set(["missing"]));
    expect(f["3.2.7"].cells.map((c) => c.name)).toEqual(["Rolle_RZ_Betreiber", "Rolle_RZ_Dienstleister", "Rolle_IT_Betreiber"]);
  });

  test("an IT operator only: 3.2 does not apply, even where its data would fail", () => {
    const f = findings((g) => Object.assign(g, { Rolle_RZ_Betreiber: NEIN, Rolle_RZ_Dienstleister: NEIN, RZ_zertifiziert: JA, PUE_Pruefung: false }));
    expect(having(f, "not_applicable").filter((id) => id.startsWith("3.2"))).toHaveLength(criteria.filter((c) => c.id.startsWith("3.2")).length);
    expect(having(f, "pass")).toEqual(["3.1.1", "3.1.2", "3.3.1", "3.3.2", "3.3.3", "3.3.4"]);
  });

  test("a data centre operator that rents nothing out: 3.2.6 and 3.3 do not apply", () => {
    const f = findings((g) => Object.assign(g, { Rolle_RZ_Dienstleister: NEIN, Rolle_IT_Betreiber: NEIN }));
    expect(having(f, "not_applicable")).toEqual(["3.1.3", "3.2.6.1", "3.2.6.2", "3.2.6.3", "3.3.1", "3.3.2", "3.3.3", "3.3.4"]);
  });
});

describe("3.1 all applicants", () => {
  test("3.1.1: one 'Nein' fails even while another point is unanswered; only the 'Nein' is marked", () => {
    const f = findings((g) => Object.assign(g, { EnMS_KVP: NEIN, EnMS_TCO: null }));
    expect(f["3.1.1"]).toMatchObject({ status: "fail", value: "6/8", cells: [{ name: "EnMS_KVP" }] });
  });

  test("3.1.1: an unanswered point is missing", () => {
    expect(findings((g) => (g.EnMS_TCO = null))["3.1.1"]).toMatchObject({ status: "missing", cells: [{ name: "EnMS_TCO" }] });
  });

  test("3.1.2, Abschnitt 2: an IT operator only needs a data centre certified to DE-UZ 228", () => {
    const itOnly = (certified: string | null) => findings((g) => Object.assign(g, { Rolle_RZ_Betreiber: NEIN, Rolle_RZ_Dienstleister: NEIN, RZ_zertifiziert: certified }))["3.1.2"];
    expect(itOnly(JA).status).toBe("pass");
    expect(itOnly(null)).toMatchObject({ status: "missing", cells: [{ name: "RZ_zertifiziert" }] });
    expect(itOnly(NEIN)).toMatchObject({ status: "fail", cells: [{ name: "RZ_zertifiziert" }] });
    expect(itOnly(NEIN).message.de).toMatch(/^3\.1\.2, Abschnitt 2: /);
    // an applicant running the data centre is not asked
    expect(findings((g) => (g.RZ_zertifiziert = NEIN))["3.1.2"].status).toBe("pass");
    // a failing criterion outweighs the missing answer, and the message keeps both
    const both = findings((g) => Object.assign(g, { Rolle_RZ_Betreiber: NEIN, Rolle_RZ_Dienstleister: NEIN, RZ_zertifiziert: null, ITEU_Pruefung: false }))["3.1.2"];
    expect(both.status).toBe("fail");
    expect(both.message.de).toMatch(/Abschnitt 2.*Nicht erfüllt sind 3\.3\.3/);
  });

  test("3.1.2: the report fails when any criterion fails, misses data when any does", () => {
    expect(findings((g) => (g.PUE_Pruefung = false))["3.1.2"].status).toBe("fail");
    expect(findings((g) => (g.EnMS_TCO = null))["3.1.2"].status).toBe("missing");
    expect(findings((g) => Object.assign(g, { EnMS_TCO: null, PUE_Pruefung: false }))["3.1.2"].message.de).toMatch(/3\.2\.7/);
  });
});

describe("3.2.2 monitoring", () => {
  test("12 months with every value is met; 0 is a value", () => {
    expect(findings()["3.2.2"]).toMatchObject({ status: "pass", value: "12/12" });
  });

  test("a blank value in a month of the period misses data and names that cell", () => {
    const f = findings((g) => ((g.Wasser_m3 as number[])[7] = null as never));
    expect(f["3.2.2"]).toMatchObject({ status: "missing", value: "11/12", cells: [{ name: "Wasser_m3", row: 7 }] });
  });

  test("eleven rows: one month has no row", () => {
    const f = findings((g) => {
      for (const n of ["Monat", "MP_EVU", "MP_EE", "MP_NEA", "MP_IT2", "MP_KS", "MP_So", "MP_KE", "MP_RZ", "MP_An", "Wasser_m3", "MP_Auskopplung", "Strom_erneuerbar_kWh"]) (g[n] as unknown[]).pop();
    });
    expect(f["3.2.2"].status).toBe("missing");
    expect(f["3.2.2"].message.de).toMatch(/1 ohne Zeile/);
  });

  test("months outside the reporting period do not count, blank or not", () => {
    const f = findings((g) => {
      (g.Monat as number[]).unshift(serial("2023-12-01"));
      for (const n of ["MP_EVU", "MP_IT2"]) (g[n] as unknown[]).unshift(5);
      for (const n of ["MP_EE", "MP_NEA", "MP_KS", "MP_So", "MP_KE", "MP_RZ", "MP_An", "Wasser_m3", "MP_Auskopplung", "Strom_erneuerbar_kWh"]) (g[n] as unknown[]).unshift(null);
    });
    expect(f["3.2.2"].status).toBe("pass");
  });

  test("a negative value fails (a meter reading, not a consumption)", () => {
    const f = findings((g) => ((g.MP_KS as number[])[3] = -5));
    expect(f["3.2.2"]).toMatchObject({ status: "fail", cells: [{ name: "MP_KS", row: 3 }] });
  });

  test("a month listed twice fails: its energy would count twice in the annual sums", () => {
    const f = findings((g) => ((g.Monat as number[])[5] = serial("2024-05-15")));
    expect(f["3.2.2"]).toMatchObject({ status: "fail", cells: [{ name: "Monat", row: 5 }] });
  });

  test("a reporting period of other than 12 months fails; a blank one misses data", () => {
    expect(findings((g) => (g.Monate_Berichtszeitraum = 11))["3.2.2"].status).toBe("fail");
    const f = findings((g) => Object.assign(g, { Berichtszeitraum_Ende: null, Zeitraum_bis: "", Monate_Berichtszeitraum: "" }));
    expect(f["3.2.2"]).toMatchObject({ status: "missing", cells: [{ name: "Berichtszeitraum_Ende" }] });
  });
});

describe("3.2.3 inventory, 3.2.9 refrigerants, 3.2.11 switchgear", () => {
  const withRow = (kind: string, date: string, power: number | null, refrigerant: string | null, medium: string | null) => (g: Given) => {
    (g.TGA_Art as unknown[]).push(kind);
    (g.TGA_Datum as unknown[]).push(serial(date));
    (g.TGA_Leistung_kW as unknown[]).push(power);
    (g.TGA_Kaeltemittel as unknown[]).push(refrigerant);
    (g.TGA_Isoliermedium as unknown[]).push(medium);
  };

  test("3.2.3: an inventory without a generator (NEA) misses data", () => {
    const f = findings((g) => ((g.TGA_Art as string[])[3] = "USV"));
    expect(f["3.2.3"].status).toBe("missing");
    expect(f["3.2.3"].message.de).toMatch(/NEA/);
  });

  test("3.2.3: a plant without its date misses data on that row", () => {
    expect(findings((g) => ((g.TGA_Datum as unknown[])[1] = null))["3.2.3"]).toMatchObject({ status: "missing", cells: [{ name: "TGA_Datum", row: 1 }] });
  });

  test("3.2.9: a chiller commissioned 2020 with 40 kW_th and R134a fails on its refrigerant", () => {
    const f = findings(withRow("Kältetechnik", "2020-07-01", 40, "R134a", null));
    expect(f["3.2.9"]).toMatchObject({ status: "fail", cells: [{ name: "TGA_Kaeltemittel", row: 4 }] });
  });

  test("3.2.9: up to 10 kW_th per system, or commissioned before 2013-01-01, a halogenated refrigerant is allowed", () => {
    expect(findings(withRow("Kältetechnik", "2020-07-01", 10, "R32", null))["3.2.9"].status).toBe("pass");
    expect(findings(withRow("Kältetechnik", "2012-12-31", 400, "R134a", null))["3.2.9"].status).toBe("pass");
  });

  test("3.2.9: heat pumps and dehumidifiers are bound too; other plant is not", () => {
    expect(findings(withRow("Wärmepumpe", "2021-09-01", 400, "R410A", null))["3.2.9"].status).toBe("fail");
    expect(findings(withRow("Entfeuchter", "2021-09-01", 20, "R134a", null))["3.2.9"].status).toBe("fail");
    expect(findings(withRow("USV", "2021-09-01", 400, "R134a", null))["3.2.9"].status).toBe("pass");
  });

  test("3.2.9: a bound chiller without its refrigerant misses data", () => {
    expect(findings(withRow("Kältetechnik", "2020-07-01", 40, null, null))["3.2.9"]).toMatchObject({ status: "missing", cells: [{ name: "TGA_Kaeltemittel", row: 4 }] });
  });

  test("3.2.11: switchgear installed 2024 with SF6 fails; SF6 from 2019 and vacuum from 2024 are allowed", () => {
    expect(findings(withRow("Schaltanlage", "2024-02-01", null, null, "SF6"))["3.2.11"]).toMatchObject({ status: "fail", cells: [{ name: "TGA_Isoliermedium", row: 4 }] });
    expect(findings()["3.2.11"].status).toBe("pass");
    expect(findings(withRow("Schaltanlage", "2024-02-01", null, null, "Vakuum"))["3.2.11"].status).toBe("pass");
  });
});

describe("3.2.4 renewable energy, 3.2.5 publication, 3.2.10 waste heat", () => {
  test("3.2.4 follows DEUZ.RENEWABLE.CHECK: FALSE fails, no result misses data", () => {
    expect(findings((g) => Object.assign(g, { Erneuerbar_Pruefung: false, Anteil_erneuerbar: 0.8 }))["3.2.4"]).toMatchObject({ status: "fail", value: 0.8, limit: 1 });
    expect(findings((g) => (g.Erneuerbar_Pruefung = ""))["3.2.4"].status).toBe("missing");
  });

  test("3.2.5: not publishing fails unless public or national security is at risk", () => {
    expect(findings((g) => (g.Kennzahlen_veroeffentlicht = NEIN))["3.2.5"].status).toBe("fail");
    expect(findings((g) => Object.assign(g, { Kennzahlen_veroeffentlicht: NEIN, Sicherheitsausnahme: JA }))["3.2.5"].status).toBe("pass");
  });

  test("3.2.10: a data centre from 2023 without waste heat used (ERF 0) fails on the ERF cell", () => {
    expect(findings((g) => Object.assign(g, { Abwaerme_Pruefung: false, ERF_Jahr: 0 }))["3.2.10"]).toMatchObject({ status: "fail", cells: [{ name: "ERF_Jahr" }] });
  });
});

describe("3.2.6 service providers", () => {
  test("3.2.6.1: a customer from 5 kW without monthly information fails on that row; below 5 kW it is not bound", () => {
    const f = findings((g) => Object.assign(g, { Kunde_Monatsinfo: [NEIN, NEIN] }));
    expect(f["3.2.6.1"]).toMatchObject({ status: "fail", cells: [{ name: "Kunde_Monatsinfo", row: 0 }] });
  });

  test("3.2.6.1: no customer listed misses data", () => {
    expect(findings((g) => Object.assign(g, { Kunde_Name: [null, null] }))["3.2.6.1"].status).toBe("missing");
  });

  test("3.2.6.2: a price below the purchase price, a minimum purchase or a free allowance fails (Anhang C)", () => {
    expect(findings((g) => ((g.Kunde_Preis_kWh as number[])[0] = 0.25))["3.2.6.2"]).toMatchObject({ status: "fail", cells: [{ name: "Kunde_Preis_kWh", row: 0 }] });
    expect(findings((g) => ((g.Kunde_Freimenge_kWh as number[])[0] = 1000))["3.2.6.2"].status).toBe("fail");
    expect(findings((g) => ((g.Kunde_Preis_kWh as number[])[1] = 0.1))["3.2.6.2"].status).toBe("pass"); // 3 kW customer
  });

  test("3.2.6.2 does not apply without monetary billing", () => {
    expect(findings((g) => Object.assign(g, { Monetaere_Abrechnung: NEIN, Kunde_Preis_kWh: [0.1, 0.1] }))["3.2.6.2"].status).toBe("not_applicable");
  });
});

describe("3.2.7 PUE and 3.2.8 CER", () => {
  test("a PUE over its limit fails on the PUE cell, even while the application date is missing", () => {
    const f = findings((g) => Object.assign(g, { PUE_Jahr: 1.35, PUE_Pruefung: false, Antragsdatum: null }));
    expect(f["3.2.7"]).toMatchObject({ status: "fail", value: 1.35, limit: 1.3, cells: [{ name: "PUE_Jahr" }] });
  });

  test("a balance period that ended more than three months before the application fails 3.2.7", () => {
    expect(findings((g) => (g.Bilanzzeitraum_Pruefung = false))["3.2.7"]).toMatchObject({ status: "fail", cells: [{ name: "Berichtszeitraum_Ende" }, { name: "Antragsdatum" }] });
  });

  test("fewer than 12 complete months of its own meters: the figure misses data, naming the blank meter cells", () => {
    const it = findings((g) => ((g.MP_IT2 as unknown[])[2] = null));
    expect(it["3.2.7"]).toMatchObject({ status: "missing", cells: [{ name: "MP_IT2", row: 2 }] });
    expect(it["3.2.8"].status).toBe("pass"); // CER is MP_RZ over MP_KS: the IT meter does not count
    const cooling = findings((g) => ((g.MP_KS as unknown[])[5] = null));
    expect(cooling["3.2.8"]).toMatchObject({ status: "missing", cells: [{ name: "MP_KS", row: 5 }] });
    expect(cooling["3.2.7"].status).toBe("pass");
    const water = findings((g) => ((g.Wasser_m3 as unknown[])[7] = null));
    expect([water["3.2.2"].status, water["3.2.7"].status, water["3.2.8"].status]).toEqual(["missing", "pass", "pass"]);
  });

  test("an incomplete year over the limit misses data, it does not fail: the whole year decides (im Jahresdurchschnitt)", () => {
    const f = findings((g) => {
      Object.assign(g, { PUE_Jahr: 1.35, PUE_Pruefung: false });
      (g.MP_IT2 as unknown[])[11] = null;
    });
    expect(f["3.2.7"]).toMatchObject({ status: "missing", cells: [{ name: "MP_IT2", row: 11 }] });
    expect(f["3.2.7"].message.de).toMatch(/11\/12 Monate .*liegt PUE bei 1,35 \(Grenzwert 1,3\); es entscheidet das ganze Jahr/);
  });

  test("a CER not above its limit fails", () => {
    expect(findings((g) => Object.assign(g, { CER_Jahr: 8, CER_Pruefung: false }))["3.2.8"]).toMatchObject({ status: "fail", value: 8, limit: 8 });
  });

  test("Ausnahme 2: less than 15 months old, the planned values decide while measured months are missing", () => {
    const young = (g: Given) => Object.assign(g, { Ausnahme2_anwendbar: true, Monat: [], PUE_Pruefung: "", CER_Pruefung: "" });
    const planned = findings((g) => Object.assign(young(g), { PUE_Planwert: 1.35, PUE_Plan_Grenzwert: 1.4, PUE_Plan_Pruefung: true, CER_Planwert: 7, CER_Plan_Grenzwert: 6.5, CER_Plan_Pruefung: true }));
    expect(planned["3.2.7"]).toMatchObject({ status: "pass", value: 1.35, limit: 1.4 });
    expect(planned["3.2.8"]).toMatchObject({ status: "pass", value: 7, limit: 6.5 });
    const over = findings((g) => Object.assign(young(g), { PUE_Planwert: 1.45, PUE_Plan_Grenzwert: 1.4, PUE_Plan_Pruefung: false }));
    expect(over["3.2.7"]).toMatchObject({ status: "fail", cells: [{ name: "PUE_Planwert" }] });
    expect(findings(young)["3.2.7"].status).toBe("missing");
  });
});

describe("3.2.5 and 3.2.10: publication", () => {
  test("3.2.5: published yearly with the place named, or the security exception", () => {
    expect(findings((g) => (g.Kennzahlen_veroeffentlicht = NEIN))["3.2.5"]).toMatchObject({ status: "fail", cells: [{ name: "Kennzahlen_veroeffentlicht" }] });
    expect(findings((g) => (g.Kennzahlen_Ort = null))["3.2.5"]).toMatchObject({ status: "missing", cells: [{ name: "Kennzahlen_Ort" }] });
    expect(findings((g) => Object.assign(g, { Kennzahlen_veroeffentlicht: NEIN, Sicherheitsausnahme: JA }))["3.2.5"].status).toBe("pass");
  });

  test("3.2.10: a data centre from 2023-01-01 must publish its ERF (vgl. 3.2.5); an older one is not bound", () => {
    const young = (change: (g: Given) => void) => findings((g) => { g.Inbetriebnahme_RZ = serial("2023-01-01"); change(g); })["3.2.10"];
    expect(young(() => undefined).status).toBe("pass");
    expect(young((g) => (g.Kennzahlen_veroeffentlicht = NEIN))).toMatchObject({ status: "fail", cells: [{ name: "Kennzahlen_veroeffentlicht" }] });
    expect(young((g) => (g.Kennzahlen_veroeffentlicht = null))).toMatchObject({ status: "missing", cells: [{ name: "Kennzahlen_veroeffentlicht" }] });
    expect(young((g) => Object.assign(g, { Kennzahlen_veroeffentlicht: NEIN, Sicherheitsausnahme: JA })).status).toBe("pass");
    expect(findings((g) => (g.Kennzahlen_veroeffentlicht = NEIN))["3.2.10"].status).toBe("pass"); // commissioned 2019
  });
});

describe("3.2.12 area efficiency (information)", () => {
  test("met once IT total power and BGF, BF and ITF are given", () => {
    expect(findings()["3.2.12"]).toMatchObject({ status: "pass", value: 0.8 });
    expect(findings((g) => (g.Flaeche_BF_m2 = null))["3.2.12"]).toMatchObject({ status: "missing", cells: [{ name: "Flaeche_BF_m2" }] });
  });

  test("a tenant in part of a building gives NF and ITF instead", () => {
    expect(findings((g) => Object.assign(g, { Teilflaeche: JA, Flaeche_BGF_m2: null, Flaeche_BF_m2: null, Flaeche_NF_m2: 2000 }))["3.2.12"].status).toBe("pass");
    expect(findings((g) => Object.assign(g, { Teilflaeche: JA, Flaeche_NF_m2: null }))["3.2.12"].cells).toEqual([{ name: "Flaeche_NF_m2" }]);
  });
});

describe("3.3 IT operators", () => {
  test("3.3.1: an inventory without network devices misses data", () => {
    expect(findings((g) => (g.IT_Typ = ["Server", "Speicher"]))["3.3.1"].status).toBe("missing");
  });

  test("3.3.1: an ID in two rows of Anlage 4.1 fails on the later rows, compared as MATCH compares", () => {
    const inventory = (ids: CellValue[], types: CellValue[] = ids.map(() => "Server")) => (g: Given) =>
      Object.assign(g, { IT_ID: ids, IT_Typ: [...types, "Speicher", "Netzwerk"] });
    const f = findings(inventory(["SRV-1", "SRV-2", "srv-1", null, "SRV-2", "SRV-1"]))["3.3.1"];
    expect(f).toMatchObject({ status: "fail", cells: [{ name: "IT_ID", row: 2 }, { name: "IT_ID", row: 4 }, { name: "IT_ID", row: 5 }] });
    expect(f.message.de).toMatch(/^3\.3\.1: 3 Zeile\(n\) in Anlage 4\.1 wiederholen eine Kennung .*„srv-1“/);
    expect(f.message.en).toContain('"srv-1"');
    // the text "1001" is not the number 1001; an ID of blanks is no ID
    expect(findings(inventory([1001, "1001", "  ", "  "]))["3.3.1"].status).toBe("pass");
    // a wrong inventory fails even while a kind of device is missing
    expect(findings((g) => Object.assign(g, { IT_ID: ["A", "A"], IT_Typ: ["Server", "Server"] }))["3.3.1"].status).toBe("fail");
  });

  test("3.3.2: less than 90 % of the servers or of the storage capacity monitored fails (Anhang D)", () => {
    expect(findings((g) => (g.Erfassung_Server = 0.89))["3.3.2"]).toMatchObject({ status: "fail", cells: [{ name: "Erfassung_Server" }], limit: 0.9 });
    // a failing storage coverage is the value shown, and the message names storage, not the servers
    const storage = findings((g) => (g.Erfassung_Speicher = 0.5))["3.3.2"];
    expect(storage).toMatchObject({ status: "fail", value: 0.5, cells: [{ name: "Erfassung_Speicher" }] });
    expect(storage.message.de).toMatch(/nur 50 % der Speicherkapazität/);
    expect(storage.message.de).not.toMatch(/Server/);
    const servers = findings((g) => Object.assign(g, { Erfassung_Server: 0.8, CPU_Zeilen_kurz: 12 }))["3.3.2"];
    expect(servers.message.de).toMatch(/nur 80 % der Server ohne GPU .*mindestens 3 Monate \(12 Zeile\(n\) mit weniger Monaten zählen nicht\)/);
    expect(findings((g) => (g.Erfassung_Server = 0.9))["3.3.2"].status).toBe("pass");
  });

  test("3.3.2: CPU and storage series of fewer than 3 months miss data", () => {
    expect(findings((g) => (g.CPU_Monate = 2))["3.3.2"].status).toBe("missing");
    expect(findings((g) => (g.Speicher_Monate = 2))["3.3.2"]).toMatchObject({ status: "missing", cells: [{ name: "Speicher_belegt_GB" }] });
  });

  describe("3.3.2: each row of Anlage 4.2 names a server of Anlage 4.1 without GPU, once (3.3.3, Ausnahme 2)", () => {
    const it = (g: Given) => Object.assign(g, {
      IT_ID: ["SRV-1", "SRV-2", "GPU-1", "STO-1", 1001], IT_Typ: ["Server", "Server", "Server", "Speicher", "Server"], IT_GPU: [NEIN, NEIN, JA, NEIN, NEIN],
      CPU_Server_ID: ["SRV-1", "SRV-2", 1001], CPU_Auslastung: [[0.3, 0.3], [0.2, 0.2], [0.25, null]],
    });
    const row = (id: CellValue, values: CellValue[] = [0.3, 0.3]) => (g: Given) => {
      it(g);
      (g.CPU_Server_ID as CellValue[]).push(null, id);
      (g.CPU_Auslastung as CellValue[][]).push([null, null], values);
    };
    const f332 = (change: (g: Given) => void) => findings(change)["3.3.2"];

    test("servers of 4.1 each named once pass, the numeric ID 1001 too", () => {
      expect(f332(it).status).toBe("pass");
    });

    test("(a) an ID not in 4.1 fails on that cell, named in the message", () => {
      expect(f332(row("SRV-9"))).toMatchObject({ status: "fail", cells: [{ name: "CPU_Server_ID", row: 4 }] });
      expect(f332(row("SRV-9")).message.de).toContain("„SRV-9“ ist kein Server in Anlage 4.1");
      expect(f332(row("SRV-9")).message.en).toContain('"SRV-9" is not a server in Anlage 4.1');
      // text "1001" is not the number 1001, as in MATCH
      expect(f332(row("1001")).status).toBe("fail");
    });

    test("(a) a storage system is no server", () => {
      expect(f332(row("STO-1"))).toMatchObject({ status: "fail", cells: [{ name: "CPU_Server_ID", row: 4 }] });
    });

    test("(b) a GPU server fails, even without values", () => {
      expect(f332(row("GPU-1", [null, null]))).toMatchObject({ status: "fail", cells: [{ name: "CPU_Server_ID", row: 4 }] });
      expect(f332(row("GPU-1")).message.de).toContain("GPU-Server");
    });

    test("(c) a server named again fails on the later row, whatever the letter case", () => {
      expect(f332(row("srv-1"))).toMatchObject({ status: "fail", cells: [{ name: "CPU_Server_ID", row: 4 }] });
      expect(f332(row("SRV-2")).message.en).toContain("already listed in an earlier row");
    });

    test("(d) CPU values without an ID miss data; an empty row or blanks without values are no row", () => {
      expect(f332(row(null))).toMatchObject({ status: "missing", cells: [{ name: "CPU_Server_ID", row: 4 }] });
      expect(f332(row(null, [null, null])).status).toBe("pass");
      expect(f332(row("  ", [null, null])).status).toBe("pass");
    });

    test("wrong rows come before low coverage and are counted, first cell first", () => {
      const f = f332((g) => {
        row("SRV-9")(g);
        (g.CPU_Server_ID as CellValue[]).push("GPU-1");
        g.Erfassung_Server = 0.5;
      });
      expect(f).toMatchObject({ status: "fail", cells: [{ name: "CPU_Server_ID", row: 4 }, { name: "CPU_Server_ID", row: 5 }] });
      expect(f.message.de).toMatch(/^3\.3\.2: 2 Zeile\(n\) in Anlage 4\.2/);
    });
  });

  test("3.3.3: ITEU_SV below 20 % fails; fewer months than needed miss data", () => {
    expect(findings((g) => Object.assign(g, { ITEU_SV: 0.19, ITEU_Pruefung: false }))["3.3.3"]).toMatchObject({ status: "fail", value: 0.19, limit: 0.2 });
    expect(findings((g) => (g.CPU_Monate = 11))["3.3.3"].status).toBe("missing");
  });

  test("3.3.3 Ausnahme 1: one month suffices for a data centre less than 15 months old", () => {
    expect(findings((g) => Object.assign(g, { CPU_Monate: 1, ITEU_Monate_noetig: 1 }))["3.3.3"].status).toBe("pass");
  });

  test("3.3.4: secure erasure and the refurbishment contract always; the Verschlusssachen exception frees only those data carriers", () => {
    expect(findings((g) => (g.Reuse_Vertrag = NEIN))["3.3.4"].status).toBe("fail");
    expect(findings((g) => Object.assign(g, { Reuse_Vertrag: NEIN, Reuse_Ausnahme: JA }))["3.3.4"]).toMatchObject({ status: "fail", cells: [{ name: "Reuse_Vertrag" }] });
    expect(findings((g) => Object.assign(g, { Reuse_Vertrag: null, Reuse_Ausnahme: JA }))["3.3.4"].status).toBe("missing");
    expect(findings((g) => Object.assign(g, { Reuse_Loeschverfahren: NEIN, Reuse_Ausnahme: JA }))["3.3.4"].status).toBe("fail");
    expect(findings((g) => (g.Reuse_Ausnahme = JA))["3.3.4"].status).toBe("pass");
  });
});

test("messages name the section in German and English", () => {
  const f = findings((g) => Object.assign(g, { PUE_Pruefung: false, EnMS_TCO: null, Erfassung_Server: 0.5 }));
  for (const x of Object.values(f).filter((y) => y.status === "fail" || y.status === "missing")) {
    expect(x.message.de).toContain(x.id);
    expect(x.message.en).toContain(x.id);
  }
  expect(status(f)["3.2.7"]).toBe("fail");
});
