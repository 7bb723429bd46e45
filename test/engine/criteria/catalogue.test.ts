/**
 * The criteria catalogue on its own (no workbook): each criterion of DE-UZ 228 section 3 judged from the
 * inputs an applicant fills, by defined name; no cell the template computes is given (the engine computes
 * every figure). The template's formulas are held to the same statuses in test/workbook/template/statuses.test.ts.
 */
import { checkAll, criteria, rolesOf } from "../../../src/engine/criteria";
import { CellValue, Finding, Status } from "../../../src/engine/criteria/types";
import { templateFigures } from "../../../src/engine/criteria/figures";
import { serial } from "../../../src/engine/dates";
import { compliant, fakeInputs, findings, Given, JA, MONTH_TABLE, NEIN, twelve } from "./fakeInputs";

/** PUE (675,000 + 10,000 − 10,000) / 500,000 = 1.35 over every month, above the 1.3 of Tabelle 2; renewables kept at 100 %. */
const pueAt135 = (g: Given) => Object.assign(g, { MP_EVU: twelve(675_000), Strom_erneuerbar_kWh: twelve(685_000) });
/** CPU utilisation of the one server in every month. */
const cpuAt = (share: number) => (g: Given) => Object.assign(g, { CPU_Auslastung: [twelve(share)] });

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

describe("judged from the inputs (issue 10)", () => {
  /** The names of the cells the template computes (PUE_Jahr, PUE_Pruefung, ITEU_SV …). */
  const computed = Object.keys(templateFigures(fakeInputs(compliant())));

  test("no criterion reads a cell the template computes", () => {
    expect(computed).toEqual(expect.arrayContaining(["PUE_Jahr", "PUE_Pruefung", "CER_Pruefung", "ITEU_SV", "ITEU_Pruefung", "Erfassung_Server", "Anteil_erneuerbar", "ERF_Jahr"]));
    const inputs = fakeInputs(compliant());
    checkAll(inputs);
    expect([...inputs.read].filter((n) => computed.includes(n))).toEqual([]);
  });

  test("typed over with passing values, the template's cells change no verdict (PUE 1.35, CER 7.14, ITEU_SV 15 %)", () => {
    const failing = (g: Given) => Object.assign(cpuAt(0.15)(pueAt135(g)), { MP_KS: twelve(70_000) });
    const honest = findings(failing);
    const typedOver = findings((g) => Object.assign(failing(g), {
      PUE_Jahr: 1.2, PUE_Pruefung: true, CER_Jahr: 9.5, CER_Pruefung: true, ITEU_SV: 0.27, ITEU_Pruefung: true,
      Erfassung_Server: 1, Erneuerbar_Pruefung: true, Abwaerme_Pruefung: true, Bilanzzeitraum_Pruefung: true, Monate_Berichtszeitraum: 12,
    }));
    expect(typedOver).toEqual(honest);
    expect([honest["3.2.7"].status, honest["3.2.8"].status, honest["3.3.3"].status]).toEqual(["fail", "fail", "fail"]);
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
    const f = findings((g) => Object.assign(pueAt135(g), { Rolle_RZ_Betreiber: NEIN, Rolle_RZ_Dienstleister: NEIN, RZ_zertifiziert: JA, MP_KS: twelve(70_000) }));
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
    const both = findings((g) => Object.assign(cpuAt(0.15)(g), { Rolle_RZ_Betreiber: NEIN, Rolle_RZ_Dienstleister: NEIN, RZ_zertifiziert: null }))["3.1.2"];
    expect(both.status).toBe("fail");
    expect(both.message.de).toMatch(/Abschnitt 2.*Nicht erfüllt sind 3\.3\.3/);
  });

  test("3.1.2: the report fails when any criterion fails, misses data when any does", () => {
    expect(findings(pueAt135)["3.1.2"].status).toBe("fail");
    expect(findings((g) => (g.EnMS_TCO = null))["3.1.2"].status).toBe("missing");
    expect(findings((g) => Object.assign(pueAt135(g), { EnMS_TCO: null }))["3.1.2"].message.de).toMatch(/3\.2\.7/);
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
      for (const n of MONTH_TABLE) (g[n] as unknown[]).pop();
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
    // 2024-01-01 to 2024-11-30: 11 calendar months (December's row is then outside the period)
    expect(findings((g) => (g.Berichtszeitraum_Ende = serial("2024-11-30")))["3.2.2"]).toMatchObject({
      status: "fail", cells: [{ name: "Berichtszeitraum_Beginn" }, { name: "Berichtszeitraum_Ende" }],
    });
    expect(findings((g) => (g.Berichtszeitraum_Ende = serial("2025-01-31")))["3.2.2"].status).toBe("fail");
    const f = findings((g) => Object.assign(g, { Berichtszeitraum_Ende: null }));
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
  test("3.2.4: 80 % renewable electricity (488,000 of 610,000 kWh a month) fails; no renewable electricity entered misses data", () => {
    const f = findings((g) => (g.Strom_erneuerbar_kWh = twelve(488_000)))["3.2.4"];
    expect(f).toMatchObject({ status: "fail", limit: 1 });
    expect(f.value).toBeCloseTo(0.8, 12);
    expect(f.message.de).toContain("nur zu 80,0 % erneuerbar");
    expect(f.message.en).toContain("only 80.0 % of the electricity");
    expect(findings((g) => (g.Strom_erneuerbar_kWh = twelve(null)))["3.2.4"]).toMatchObject({ status: "missing", cells: [{ name: "Strom_erneuerbar_kWh" }] });
    // every kWh renewable, to the last one, is met (3.2.4: 100 %)
    expect(findings()["3.2.4"]).toMatchObject({ status: "pass", value: 1, limit: 1 });
    expect(findings((g) => ((g.Strom_erneuerbar_kWh as number[])[6] = 609_999))["3.2.4"].status).toBe("fail");
  });

  test("3.2.5: not publishing fails unless public or national security is at risk", () => {
    expect(findings((g) => (g.Kennzahlen_veroeffentlicht = NEIN))["3.2.5"].status).toBe("fail");
    expect(findings((g) => Object.assign(g, { Kennzahlen_veroeffentlicht: NEIN, Sicherheitsausnahme: JA }))["3.2.5"].status).toBe("pass");
  });

  test("3.2.10: a data centre from 2023 without waste heat used (MP_An 0 in every month, ERF 0) fails on the ERF cell", () => {
    const fromYear2023 = (g: Given) => Object.assign(g, { Inbetriebnahme_RZ: serial("2023-01-01"), Abwaerme_Anschluesse: JA, Abwaerme_veroeffentlicht: JA });
    expect(findings((g) => Object.assign(fromYear2023(g), { MP_An: twelve(0) }))["3.2.10"]).toMatchObject({ status: "fail", value: 0, limit: 0, cells: [{ name: "ERF_Jahr" }] });
    // ERF 240,000 / 7,320,000 = 0.033 > 0
    expect(findings(fromYear2023)["3.2.10"].status).toBe("pass");
    // commissioned 2019: not bound, whatever the heat used
    expect(findings((g) => (g.MP_An = twelve(0)))["3.2.10"].status).toBe("pass");
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
  test("a PUE over its limit fails, marked on the cell that shows PUE, even while the application date is missing", () => {
    const f = findings((g) => Object.assign(pueAt135(g), { Antragsdatum: null }));
    expect(f["3.2.7"]).toMatchObject({ status: "fail", value: 1.35, limit: 1.3, cells: [{ name: "PUE_Jahr" }] });
    expect(f["3.2.7"].message.de).toMatch(/^3\.2\.7: PUE 1,35 hält den Grenzwert 1,30 nicht ein/);
    expect(f["3.2.7"].message.en).toMatch(/^3\.2\.7: PUE 1\.35 does not meet the limit 1\.30/);
  });

  test("PUE exactly at its limit is met (PUE ≤ Grenzwert): (650,000 + 10,000 − 10,000) / 500,000 = 1.3", () => {
    const f = findings((g) => Object.assign(g, { MP_EVU: twelve(650_000), Strom_erneuerbar_kWh: twelve(660_000) }));
    expect(f["3.2.7"]).toMatchObject({ status: "pass", value: 1.3, limit: 1.3, cells: [] });
    // one kWh more in one month breaks it, and the message tells the figure from its limit
    const over = findings((g) => {
      Object.assign(g, { MP_EVU: twelve(650_000), Strom_erneuerbar_kWh: twelve(660_000) });
      (g.MP_EVU as number[])[3] = 650_001;
    })["3.2.7"];
    expect(over.status).toBe("fail");
    expect(over.message.de).not.toMatch(/PUE 1,30 /);
    expect(over.message.de).toMatch(/PUE 1,3000002 hält den Grenzwert 1,30 nicht ein/);
  });

  test("the energy to extract waste heat is taken off the total (3.2.7): without it the compliant PUE would be 1.22", () => {
    expect(findings()["3.2.7"]).toMatchObject({ status: "pass", value: 1.2 });
    expect(findings((g) => (g.MP_Auskopplung = twelve(0)))["3.2.7"].value).toBeCloseTo(1.22, 12);
  });

  test("a balance period that ended more than three months before the application fails 3.2.7", () => {
    // 2024-12-31 + 3 months = 2025-03-31: an application on 2025-04-15 comes too late, one on 2025-03-31 in time
    expect(findings((g) => (g.Antragsdatum = serial("2025-04-15")))["3.2.7"]).toMatchObject({ status: "fail", cells: [{ name: "Berichtszeitraum_Ende" }, { name: "Antragsdatum" }] });
    expect(findings((g) => (g.Antragsdatum = serial("2025-03-31")))["3.2.7"].status).toBe("pass");
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
      pueAt135(g);
      // December without its IT value and with a large total: 12 months of total over 11 of IT would give 1.51
      (g.MP_EVU as number[])[11] = 900_000;
      (g.MP_IT2 as unknown[])[11] = null;
    });
    expect(f["3.2.7"]).toMatchObject({ status: "missing", cells: [{ name: "MP_IT2", row: 11 }] });
    // the figure over the 11 complete months only: (11 × 675,000) / (11 × 500,000)
    expect(f["3.2.7"].message.de).toMatch(/11\/12 Monate .*Über die 11 vollständigen Monate liegt PUE bei 1,35 \(Grenzwert 1,30\); es entscheidet das ganze Jahr/);
    expect(f["3.2.7"].message.en).toMatch(/Over the 11 complete months, PUE is 1\.35 \(limit 1\.30\); the whole year decides/);
    expect(f["3.2.7"].message.de).not.toMatch(/1,51/);
  });

  test("a CER not above its limit fails: exactly 8 (500,000 / 62,500) is not > 8 (Tabelle 4, cooling from 2019)", () => {
    const f = findings((g) => (g.MP_KS = twelve(62_500)))["3.2.8"];
    expect(f).toMatchObject({ status: "fail", value: 8, limit: 8, cells: [{ name: "CER_Jahr" }] });
    expect(f.message.de).toMatch(/^3\.2\.8: CER 8,00 hält den Grenzwert 8,00 nicht ein/);
    expect(findings((g) => (g.MP_KS = twelve(62_499)))["3.2.8"].status).toBe("pass");
  });

  test("3.2.8 (Version 2): the extraction comes off E_KS only where MP_KS contains it; unanswered, CER misses data", () => {
    // 500,000 / (60,000 − 10,000) = 10
    expect(findings((g) => (g.Auskopplung_in_MP_KS = JA))["3.2.8"]).toMatchObject({ status: "pass", value: 10 });
    expect(findings((g) => (g.Auskopplung_in_MP_KS = null))["3.2.8"]).toMatchObject({ status: "missing", cells: [{ name: "Auskopplung_in_MP_KS" }] });
    // no heat extracted: the question does not arise
    expect(findings((g) => Object.assign(g, { Auskopplung_in_MP_KS: null, MP_Auskopplung: twelve(0) }))["3.2.8"].status).toBe("pass");
  });

  test("Ausnahme 2: less than 15 months old, the planned values decide while measured months are missing", () => {
    // commissioned 2024-01-01, applied for 2025-03-15 < 2025-04-01 (15 months): the limits after 12 months are
    // Tabelle 3's 1.4 and Tabelle 5's 6.5 (below Tabelle 4's 9 for a cooling system from 2024)
    const young = (g: Given) => Object.assign(g, { Inbetriebnahme_RZ: serial("2024-01-01"), Inbetriebnahme_Kuehlsystem: serial("2024-01-01"), Monat: [] });
    const planned = findings((g) => Object.assign(young(g), { PUE_Planwert: 1.35, CER_Planwert: 7 }));
    expect(planned["3.2.7"]).toMatchObject({ status: "pass", value: 1.35, limit: 1.4 });
    expect(planned["3.2.8"]).toMatchObject({ status: "pass", value: 7, limit: 6.5 });
    const over = findings((g) => Object.assign(young(g), { PUE_Planwert: 1.45, CER_Planwert: 6.5 }));
    expect(over["3.2.7"]).toMatchObject({ status: "fail", value: 1.45, limit: 1.4, cells: [{ name: "PUE_Planwert" }] });
    expect(over["3.2.8"]).toMatchObject({ status: "fail", value: 6.5, limit: 6.5, cells: [{ name: "CER_Planwert" }] });
    expect(findings(young)["3.2.7"].status).toBe("missing");
    // commissioned a month earlier, the application comes 15 months after: no exception, the planned value is not read
    expect(findings((g) => Object.assign(young(g), { PUE_Planwert: 1.35, Inbetriebnahme_RZ: serial("2023-12-01") }))["3.2.7"].status).toBe("missing");
  });
});

describe("3.2.5 and 3.2.10: publication", () => {
  test("3.2.5: published yearly with the place named, or the security exception", () => {
    expect(findings((g) => (g.Kennzahlen_veroeffentlicht = NEIN))["3.2.5"]).toMatchObject({ status: "fail", cells: [{ name: "Kennzahlen_veroeffentlicht" }] });
    expect(findings((g) => (g.Kennzahlen_Ort = null))["3.2.5"]).toMatchObject({ status: "missing", cells: [{ name: "Kennzahlen_Ort" }] });
    expect(findings((g) => Object.assign(g, { Kennzahlen_veroeffentlicht: NEIN, Sicherheitsausnahme: JA }))["3.2.5"].status).toBe("pass");
  });

  test("3.2.10: a data centre from 2023-01-01 must publish its ERF (vgl. 3.2.5); an older one is not bound", () => {
    // from 100 kW connection power: connections for external use in place, temperature and amount published
    const young = (change: (g: Given) => void) => findings((g) => {
      Object.assign(g, { Inbetriebnahme_RZ: serial("2023-01-01"), Abwaerme_Anschluesse: JA, Abwaerme_veroeffentlicht: JA });
      change(g);
    })["3.2.10"];
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

  /** `count` more servers without GPU in Anlage 4.1, SRV-2 … on (not in Anlage 4.2 unless `monitored`). */
  const moreServers = (count: number, monitored = 0, months = 12) => (g: Given) => {
    for (let i = 0; i < count; i++) {
      const id = `SRV-${i + 2}`;
      (g.IT_ID as CellValue[]).push(id);
      (g.IT_Typ as CellValue[]).push("Server");
      (g.IT_GPU as CellValue[]).push(NEIN);
      (g.IT_Kapazitaet_GB as CellValue[]).push(null);
      (g.IT_Monitoring as CellValue[]).push(JA);
      if (i < monitored) {
        (g.CPU_Server_ID as CellValue[]).push(id);
        (g.CPU_Auslastung as CellValue[][]).push(twelve(0.27).map((v, m) => (m < months ? v : null)));
      }
    }
    return g;
  };

  test("3.3.2: less than 90 % of the servers or of the storage capacity monitored fails on the coverage shown (Anhang D)", () => {
    // 8 of 9 servers with a series in Anlage 4.2: 88.9 %
    const low = findings(moreServers(8, 7))["3.3.2"];
    expect(low).toMatchObject({ status: "fail", cells: [{ name: "Erfassung_Server" }], limit: 0.9 });
    expect(low.value).toBeCloseTo(8 / 9, 12);
    expect(low.message.de).toMatch(/nur 88,9 % der Server ohne GPU/);
    // 9 of 10: exactly 90 % is met
    expect(findings(moreServers(9, 8))["3.3.2"]).toMatchObject({ status: "pass", value: 0.9 });
    // a failing storage coverage is the value shown, and the message names storage, not the servers:
    // a second system of 1,000 GB outside the monitoring
    const storage = findings((g) => {
      (g.IT_ID as CellValue[]).push("STO-2");
      (g.IT_Typ as CellValue[]).push("Speicher");
      (g.IT_Kapazitaet_GB as CellValue[])[3] = 1000;
      (g.IT_Monitoring as CellValue[])[3] = NEIN;
    })["3.3.2"];
    expect(storage).toMatchObject({ status: "fail", value: 0.5, cells: [{ name: "Erfassung_Speicher" }] });
    expect(storage.message.de).toMatch(/nur 50,0 % der Speicherkapazität/);
    expect(storage.message.de).not.toMatch(/Server/);
    // 10 servers, 8 with 12 months and 2 with only 2 months: the short series do not count (80 %)
    const servers = findings((g) => {
      moreServers(9, 7)(g);
      for (const id of ["SRV-9", "SRV-10"]) {
        (g.CPU_Server_ID as CellValue[]).push(id);
        (g.CPU_Auslastung as CellValue[][]).push([0.3, 0.3, ...Array(10).fill(null)]);
      }
    })["3.3.2"];
    expect(servers).toMatchObject({ status: "fail", value: 0.8 });
    expect(servers.message.de).toMatch(/nur 80,0 % der Server ohne GPU .*mindestens 3 Monate \(2 Zeile\(n\) mit weniger Monaten zählen nicht\)/);
  });

  test("3.3.2: CPU and storage series of fewer than 3 months miss data", () => {
    const two = <T>(v: T) => twelve(v).map((x, m) => (m < 2 ? x : null));
    expect(findings((g) => (g.CPU_Auslastung = [two(0.27)]))["3.3.2"]).toMatchObject({ status: "missing", cells: [{ name: "CPU_Auslastung" }] });
    expect(findings((g) => (g.Speicher_belegt_GB = [two(500)]))["3.3.2"]).toMatchObject({ status: "missing", cells: [{ name: "Speicher_belegt_GB" }] });
    const three = <T>(v: T) => twelve(v).map((x, m) => (m < 3 ? x : null));
    expect(findings((g) => Object.assign(g, { CPU_Auslastung: [three(0.27)], Speicher_belegt_GB: [three(500)] }))["3.3.2"].status).toBe("pass");
  });

  describe("3.3.2: each row of Anlage 4.2 names a server of Anlage 4.1, once; GPU servers are left out (3.3.3, Ausnahme 2)", () => {
    // SRV-1 30 %, SRV-2 20 %, 1001 25 %: ITEU_SV 25 %; the GPU server GPU-1 is monitored, outside ITEU_SV
    const it = (g: Given) => Object.assign(g, {
      IT_ID: ["SRV-1", "SRV-2", "GPU-1", "STO-1", 1001, "NET-1"], IT_Typ: ["Server", "Server", "Server", "Speicher", "Server", "Netzwerk"],
      IT_GPU: [NEIN, NEIN, JA, NEIN, NEIN, null], IT_Kapazitaet_GB: [null, null, null, 1000, null, null], IT_Monitoring: [JA, JA, JA, JA, JA, null],
      GPU_CPU_Monitoring: JA,
      CPU_Server_ID: ["SRV-1", "SRV-2", 1001], CPU_Auslastung: [twelve(0.3), twelve(0.2), twelve(0.25)],
    });
    const row = (id: CellValue, values: CellValue[] = twelve(0.3)) => (g: Given) => {
      it(g);
      (g.CPU_Server_ID as CellValue[]).push(null, id);
      (g.CPU_Auslastung as CellValue[][]).push(twelve(null), values);
    };
    const f332 = (change: (g: Given) => void) => findings(change)["3.3.2"];

    test("servers of 4.1 each named once pass, the numeric ID 1001 too", () => {
      expect(f332(it)).toMatchObject({ status: "pass", value: 1 });
      expect(findings(it)["3.3.3"].value).toBeCloseTo(0.25, 12);
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

    test("(b) a GPU server listed in 4.2 is left out of ITEU_SV and the coverage, and named in the note to remove it", () => {
      // at 1 % it would pull ITEU_SV to (0.3 + 0.2 + 0.25 + 0.01) / 4 = 19 %
      const f = findings(row("GPU-1", twelve(0.01)));
      for (const id of ["3.3.2", "3.3.3"]) {
        expect(f[id].status).toBe("pass");
        expect(f[id].note?.cells).toEqual([{ name: "CPU_Server_ID", row: 4 }]);
        expect(f[id].note?.message.de).toMatch(/^3\.3\.3, Ausnahme 2: 1 Zeile\(n\) in Anlage 4\.2 nennen GPU-Server; .*Aus Anlage 4\.2 entfernen\./);
        expect(f[id].note?.message.en).toMatch(/GPU servers; .*Remove them from Anlage 4\.2\./);
      }
      expect(f["3.3.2"].value).toBe(1);
      expect(f["3.3.3"].value).toBeCloseTo(0.25, 12);
      // without values, the same
      expect(f332(row("GPU-1", twelve(null)))).toMatchObject({ status: "pass", note: { cells: [{ name: "CPU_Server_ID", row: 4 }] } });
      // no GPU row: no note
      expect(f332(it).note).toBeUndefined();
    });

    test("3.3.2 'für alle Server': GPU servers in 4.1 need their CPU utilisation monitored too (outside ITEU_SV)", () => {
      expect(f332((g) => Object.assign(it(g), { GPU_CPU_Monitoring: NEIN }))).toMatchObject({ status: "fail", cells: [{ name: "GPU_CPU_Monitoring" }] });
      expect(f332((g) => Object.assign(it(g), { GPU_CPU_Monitoring: null }))).toMatchObject({ status: "missing", cells: [{ name: "GPU_CPU_Monitoring" }] });
    });

    test("(c) a server named again fails on the later row, whatever the letter case", () => {
      expect(f332(row("srv-1"))).toMatchObject({ status: "fail", cells: [{ name: "CPU_Server_ID", row: 4 }] });
      expect(f332(row("SRV-2")).message.en).toContain("already listed in an earlier row");
    });

    test("(d) CPU values without an ID miss data; an empty row or blanks without values are no row", () => {
      expect(f332(row(null))).toMatchObject({ status: "missing", cells: [{ name: "CPU_Server_ID", row: 4 }] });
      expect(f332(row(null, twelve(null))).status).toBe("pass");
      expect(f332(row("  ", twelve(null))).status).toBe("pass");
    });

    test("wrong rows come before low coverage and are counted, first cell first", () => {
      const f = f332((g) => {
        row("SRV-9")(g);
        (g.CPU_Server_ID as CellValue[]).push("STO-1");
        (g.CPU_Auslastung as CellValue[][]).push(twelve(0.3));
        // ten more servers outside the monitoring: 3 of 13 covered
        for (let i = 0; i < 10; i++) {
          (g.IT_ID as CellValue[]).push(`SRV-X${i}`);
          (g.IT_Typ as CellValue[]).push("Server");
          (g.IT_GPU as CellValue[]).push(NEIN);
        }
      });
      expect(f).toMatchObject({ status: "fail", cells: [{ name: "CPU_Server_ID", row: 4 }, { name: "CPU_Server_ID", row: 5 }] });
      expect(f.message.de).toMatch(/^3\.3\.2: 2 Zeile\(n\) in Anlage 4\.2/);
      expect(f.value).toBeCloseTo(3 / 13, 12);
    });
  });

  test("3.3.3: ITEU_SV below 20 % fails on the ITEU_SV cell; fewer months than needed miss data", () => {
    const low = findings(cpuAt(0.19))["3.3.3"];
    expect(low).toMatchObject({ status: "fail", limit: 0.2, cells: [{ name: "ITEU_SV" }] });
    expect(low.value).toBeCloseTo(0.19, 12);
    expect(low.message.de).toMatch(/^3\.3\.3: ITEU_SV 19,0 % liegt unter 20,0 %/);
    const eleven = findings((g) => (g.CPU_Auslastung = [twelve(0.27).map((v, m) => (m < 11 ? v : null))]))["3.3.3"];
    expect(eleven).toMatchObject({ status: "missing", cells: [{ name: "CPU_Auslastung" }] });
    expect(eleven.message.de).toMatch(/für 12 Monat\(e\) .*\(vorhanden: 11\)/);
  });

  test("3.3.3 at the boundary: 20 % is met (≥ 20 %); 19.99 % fails and is not shown as 20 %", () => {
    expect(findings(cpuAt(0.2))["3.3.3"].status).toBe("pass");
    const f = findings(cpuAt(0.1999))["3.3.3"];
    expect(f.status).toBe("fail");
    expect(f.message.de).toContain("ITEU_SV 19,99 % liegt unter 20,0 %");
    expect(f.message.en).toContain("ITEU_SV 19.99 % is below 20.0 %");
    expect(f.message.de).not.toMatch(/ITEU_SV 20/);
    expect(f.message.en).not.toMatch(/ITEU_SV 20/);
  });

  test("3.3.3 Ausnahme 1: one month suffices for a data centre less than 15 months old", () => {
    const oneMonth = (g: Given) => (g.CPU_Auslastung = [twelve(0.27).map((v, m) => (m === 11 ? v : null))]);
    // commissioned 2024-01-01, applied for 2025-03-15: less than 15 months
    expect(findings((g) => { oneMonth(g); g.Inbetriebnahme_RZ = serial("2024-01-01"); })["3.3.3"].status).toBe("pass");
    expect(findings(oneMonth)["3.3.3"]).toMatchObject({ status: "missing", cells: [{ name: "CPU_Auslastung" }] });
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
  const f = findings((g) => Object.assign(pueAt135(g), { EnMS_TCO: null }, { IT_ID: ["SRV-1", "SRV-2", "STO-1", "NET-1"], IT_Typ: ["Server", "Server", "Speicher", "Netzwerk"], IT_GPU: [NEIN, NEIN, null, null], IT_Kapazitaet_GB: [null, null, 1000, null], IT_Monitoring: [JA, JA, JA, null] }));
  for (const x of Object.values(f).filter((y) => y.status === "fail" || y.status === "missing")) {
    expect(x.message.de).toContain(x.id);
    expect(x.message.en).toContain(x.id);
  }
  expect(status(f)["3.2.7"]).toBe("fail");
  expect(status(f)["3.3.2"]).toBe("fail"); // 1 of 2 servers monitored
  expect(status(f)["3.1.1"]).toBe("missing");
});
