/**
 * EnEfG 2023 as a rule set, judged as of a day: the worked examples of law-notes.md § 5, every date boundary of
 * § 11 and §§ 12-15, and the scope of § 3 Nr. 24 (299/300 kW).
 */
import { serial } from "../../../src/engine/dates";
import { checkRuleSets, enefg2023RuleSet, enefg2026DraftRuleSet, RuleSet, RuleSetFinding } from "../../../src/engine/rulesets";
import { lawErf, lawPue } from "../../../src/engine/rulesets/lawFigures";
import { enefg2023 } from "../../../src/engine/rulesets/enefgParams";
import { platformDeadline } from "../../../src/engine/rulesets/enefg";
import { Reader } from "../../../src/engine/criteria/reader";
import { months } from "../../../src/engine/criteria/figures";
import { fakeInputs, Given } from "../criteria/fakeInputs";
import { lawGiven, Year } from "./lawInputs";

function judge(g: Given, asOf: string, ruleSet: RuleSet = enefg2023RuleSet): Record<string, RuleSetFinding> {
  return Object.fromEntries(checkRuleSets(fakeInputs(g), [ruleSet], serial(asOf)).findings.map((f) => [f.id, f]));
}

/** law-notes.md § 5 example 8: an existing data centre (2015) with PUE 1.45 in its reporting period. */
const existing = (pue = 1.45): Given => {
  const g = lawGiven({ start: "2026-01-01", total: 1.45 / 1.45 * pue * 8_000_000, it: 8_000_000 });
  g.Inbetriebnahme_RZ = serial("2015-03-01");
  return g;
};

/** law-notes.md § 5 examples 4 and 5: new, from 1.9.2026; E_DC 10,500 MWh of which 500 heat upgrading; E_IT 8,000 MWh. */
const newDc = (reused = 1_030_000): Given => {
  const g = lawGiven({ start: "2028-09-01", total: 10_500_000, it: 8_000_000, upgrade: 500_000, reused });
  g.Inbetriebnahme_RZ = serial("2026-09-01");
  return g;
};

describe("§ 11(1): an existing data centre's PUE", () => {
  test("example 8: PUE 1.45 is not yet judged on 30.06.2027, says from when and that it would meet 1.5", () => {
    const f = judge(existing(), "2027-06-30")["EnEfG-11-1"];
    expect(f.status).toBe("not_applicable");
    expect(f.message.de).toMatch(/gilt ab 01\.07\.2027 \(PUE ≤ 1,50\)\. PUE 1,45 würde ihn einhalten\. \(Berichtszeitraum 01\.01\.2026–31\.12\.2026\)/);
    expect(f.message.en).toMatch(/applies from 2027-07-01/);
    expect(f.ruleSet).toBe("enefg-2023");
  });
  test("example 8: met on 01.07.2027 (≤ 1.5) and on 30.06.2030, not met from 01.07.2030 (≤ 1.3)", () => {
    expect(judge(existing(), "2027-07-01")["EnEfG-11-1"]).toMatchObject({ status: "pass", value: expect.closeTo(1.45, 9), limit: 1.5 });
    expect(judge(existing(), "2030-06-30")["EnEfG-11-1"].status).toBe("pass");
    const f = judge(existing(), "2030-07-01")["EnEfG-11-1"];
    expect(f).toMatchObject({ status: "fail", limit: 1.3 });
    expect(f.message.de).toMatch(/PUE 1,45 \(Berichtszeitraum 01\.01\.2026–31\.12\.2026\) hält § 11 Abs\. 1 Nr\. 2 EnEfG ab 01\.07\.2030 nicht ein/);
  });
  test("example 8 under the draft of 9.4.2026 (1.6 / 1.4): met in 2027, not met from 01.07.2030", () => {
    expect(judge(existing(), "2027-07-01", enefg2026DraftRuleSet)["EnEfG-11-1"]).toMatchObject({ status: "pass", limit: 1.6, ruleSet: "enefg-2026-entwurf" });
    expect(judge(existing(), "2030-07-01", enefg2026DraftRuleSet)["EnEfG-11-1"]).toMatchObject({ status: "fail", limit: 1.4 });
  });
  test("PUE exactly 1.5 is met (≤), a hair above is not", () => {
    expect(judge(existing(1.5), "2028-01-01")["EnEfG-11-1"].status).toBe("pass");
    expect(judge(existing(1.5001), "2028-01-01")["EnEfG-11-1"].status).toBe("fail");
  });
  test("the heat-upgrade electricity stays in an existing data centre's PUE (§ 11(2) S. 3 is for new ones), and the message says so", () => {
    const g = lawGiven({ start: "2026-01-01", total: 12_300_000, it: 8_000_000, upgrade: 400_000 });
    g.Inbetriebnahme_RZ = serial("2015-03-01");
    // 12.3 / 8 = 1.5375 > 1.5; without the upgrade it would be 1.4875
    const f = judge(g, "2027-07-01")["EnEfG-11-1"];
    expect(f.status).toBe("fail");
    expect(f.message.de).toMatch(/MP_Auskopplung\) ist enthalten/);
  });
  test("a data centre operating from 01.07.2026 is judged by § 11(2), not § 11(1); one from 30.06.2026 by § 11(1)", () => {
    const g = existing();
    g.Inbetriebnahme_RZ = serial("2026-07-01");
    expect(judge(g, "2030-07-01")["EnEfG-11-1"].status).toBe("not_applicable");
    g.Inbetriebnahme_RZ = serial("2026-06-30");
    expect(judge(g, "2030-07-01")["EnEfG-11-1"].status).toBe("fail");
    expect(judge(g, "2030-07-01")["EnEfG-11-2-PUE"].status).toBe("not_applicable");
  });
  test("fewer than 12 complete months: fehlt, naming the period", () => {
    const g = existing();
    (g.MP_IT2 as number[])[3] = null as unknown as number;
    const f = judge(g, "2028-01-01")["EnEfG-11-1"];
    expect(f.status).toBe("missing");
    expect(f.message.de).toMatch(/11\/12 vollständige Monate/);
  });
  test("no commissioning date: fehlt, naming the cell", () => {
    const g = existing();
    delete g.Inbetriebnahme_RZ;
    expect(judge(g, "2028-01-01")["EnEfG-11-1"]).toMatchObject({ status: "missing", cells: [{ name: "Inbetriebnahme_RZ" }] });
  });
});

describe("§ 11(2): a new data centre", () => {
  test("example 4: EnEfG PUE (10,500 − 500) / 8,000 = 1.25 fails 1.2 from two years after commissioning; the draft's 1.3 passes", () => {
    const g = newDc();
    const r = new Reader(fakeInputs(g));
    expect(lawPue(r, true, months(r)).value).toBeCloseTo(1.25, 12);
    expect(lawPue(r, false, months(r)).value).toBeCloseTo(1.3125, 12);
    expect(judge(g, "2028-09-01")["EnEfG-11-2-PUE"]).toMatchObject({ status: "fail", limit: 1.2 });
    expect(judge(g, "2028-09-01", enefg2026DraftRuleSet)["EnEfG-11-2-PUE"]).toMatchObject({ status: "pass", limit: 1.3 });
  });
  test("the limit binds from EDATE(commissioning, 24): not on 31.08.2028, from 01.09.2028", () => {
    const f = judge(newDc(), "2028-08-31")["EnEfG-11-2-PUE"];
    expect(f.status).toBe("not_applicable");
    expect(f.message.de).toMatch(/gilt ab 01\.09\.2028 \(PUE ≤ 1,20\)\. PUE 1,25 würde ihn nicht einhalten/);
    expect(judge(newDc(), "2028-09-01")["EnEfG-11-2-PUE"].status).toBe("fail");
  });
  test("example 5: ERF 9.81 % with, 10.3 % without the upgrade electricity in the denominator: flagged (fehlt), not decided", () => {
    const g = newDc();
    const r = new Reader(fakeInputs(g));
    const e = lawErf(r, months(r));
    expect(e.full.value).toBeCloseTo(1030 / 10500, 12);
    expect(e.withoutUpgrade.value).toBeCloseTo(0.103, 12);
    const f = judge(g, "2028-09-01")["EnEfG-11-2-ERF"];
    expect(f.status).toBe("missing");
    expect(f.message.de).toMatch(/nicht entscheidbar: ERF 9,8 % mit, 10,3 % ohne/);
    expect(f.message.de).toMatch(/UNVERIFIED/);
  });
  test("ERF clearly above or below 10 % under both denominators is decided", () => {
    expect(judge(newDc(1_200_000), "2028-09-01")["EnEfG-11-2-ERF"]).toMatchObject({ status: "pass", limit: 0.1 });
    expect(judge(newDc(900_000), "2028-09-01")["EnEfG-11-2-ERF"]).toMatchObject({ status: "fail", limit: 0.1 });
  });
  test("the ERF tier follows the day operation began: 10 % from 01.07.2026, 15 % from 01.07.2027, 20 % from 01.07.2028", () => {
    const tier = (dc: string) => {
      const g = newDc(3_000_000);
      g.Inbetriebnahme_RZ = serial(dc);
      return judge(g, "2035-01-01")["EnEfG-11-2-ERF"].limit;
    };
    expect(tier("2027-06-30")).toBe(0.1);
    expect(tier("2027-07-01")).toBe(0.15);
    expect(tier("2028-06-30")).toBe(0.15);
    expect(tier("2028-07-01")).toBe(0.2);
  });
  test("a § 11(3) exemption answered makes the ERF nicht anwendbar; a blank answer beside a failing ERF is fehlt", () => {
    const g = newDc(900_000);
    g.ERF_Ausnahme_11_3 = "Nr. 3: Angebot zu Gestehungskosten nicht angenommen";
    expect(judge(g, "2028-09-01")["EnEfG-11-2-ERF"].status).toBe("not_applicable");
    g.ERF_Ausnahme_11_3 = null;
    expect(judge(g, "2028-09-01")["EnEfG-11-2-ERF"]).toMatchObject({ status: "missing" });
  });
  test("an existing data centre has no ERF duty", () => {
    expect(judge(existing(), "2030-07-01")["EnEfG-11-2-ERF"].status).toBe("not_applicable");
  });
});

describe("§ 11(5): renewable electricity", () => {
  // example 7: 10,000 MWh electricity, 6,000 MWh renewable on balance: 60 %
  const g = (): Given => {
    const x = lawGiven({ start: "2024-01-01", total: 10_000_000, it: 8_000_000, renewable: 6_000_000 } as Year);
    return x;
  };
  test("example 7: nicht anwendbar on 31.12.2023, met from 01.01.2024 (≥ 50 %) to 31.12.2026, not met from 01.01.2027 (100 %)", () => {
    expect(judge(g(), "2023-12-31")["EnEfG-11-5"]).toMatchObject({ status: "not_applicable" });
    expect(judge(g(), "2023-12-31")["EnEfG-11-5"].message.de).toMatch(/gilt ab 01\.01\.2024 \(≥ 50,0 %\)\. Der Anteil 60,0 % würde ihn einhalten/);
    expect(judge(g(), "2024-01-01")["EnEfG-11-5"]).toMatchObject({ status: "pass", limit: 0.5 });
    expect(judge(g(), "2026-12-31")["EnEfG-11-5"].status).toBe("pass");
    const f = judge(g(), "2027-01-01")["EnEfG-11-5"];
    expect(f).toMatchObject({ status: "fail", limit: 1 });
    expect(f.message.de).toMatch(/60,0 % \(Berichtszeitraum 01\.01\.2024–31\.12\.2024\) hält § 11 Abs\. 5 Nr\. 2 EnEfG ab 01\.01\.2027 nicht ein/);
  });
});

describe("§ 12: energy or environmental management system", () => {
  test("binds from 01.07.2025; certification from 01.01.2026 at 1 MW", () => {
    const g = lawGiven();
    g.EnMS_Art = "keines";
    expect(judge(g, "2025-06-30")["EnEfG-12"].status).toBe("not_applicable");
    expect(judge(g, "2025-07-01")["EnEfG-12"].status).toBe("fail");
    const c = lawGiven();
    c.EnMS_zertifiziert = null;
    expect(judge(c, "2025-12-31")["EnEfG-12"].status).toBe("pass");
    expect(judge(c, "2026-01-01")["EnEfG-12"]).toMatchObject({ status: "missing", cells: [{ name: "EnMS_zertifiziert" }] });
  });
  test("below 1 MW certification binds only for public bodies from 300 kW; the answer is asked for", () => {
    const g = lawGiven();
    g.Nennanschlussleistung_nr_kW = 999;
    g.EnMS_zertifiziert = null;
    expect(judge(g, "2026-01-01")["EnEfG-12"].status).toBe("pass");
    g.Oeffentlicher_Traeger = "Ja";
    expect(judge(g, "2026-01-01")["EnEfG-12"].status).toBe("missing");
    g.Oeffentlicher_Traeger = null;
    expect(judge(g, "2026-01-01")["EnEfG-12"]).toMatchObject({ status: "missing", cells: [{ name: "Oeffentlicher_Traeger" }] });
  });
  test("§ 12(6): planned out of operation before 01.07.2027 is nicht anwendbar; on 01.07.2027 it is not", () => {
    const g = lawGiven();
    g.EnMS_Art = "keines";
    g.Ausserbetriebnahme_geplant = serial("2027-06-30");
    expect(judge(g, "2026-01-01")["EnEfG-12"].status).toBe("not_applicable");
    g.Ausserbetriebnahme_geplant = serial("2027-07-01");
    expect(judge(g, "2026-01-01")["EnEfG-12"].status).toBe("fail");
  });
});

describe("§ 13 Anlage 3 and § 15", () => {
  test("Anlage 3 complete passes from the first deadline (≥ 500 kW: 15.05.2024); a blank item is fehlt by its number", () => {
    expect(judge(lawGiven(), "2024-05-14")["EnEfG-13"].status).toBe("not_applicable");
    expect(judge(lawGiven(), "2024-05-15")["EnEfG-13"].status).toBe("pass");
    const g = lawGiven();
    g.RZ_PLZ = null;
    g.Abwaerme_Umgebung_Temp_C = null;
    const f = judge(g, "2025-01-01")["EnEfG-13"];
    expect(f.status).toBe("missing");
    expect(f.message.de).toMatch(/es fehlen Nr\. 1d, 2c\./);
  });
  test("300 to under 500 kW: first deadline 01.07.2025 (§ 20(2) Nr. 2 reads 200 kW; § 3 Nr. 24 makes it 300)", () => {
    const g = lawGiven();
    g.Nennanschlussleistung_nr_kW = 400;
    expect(judge(g, "2025-06-30")["EnEfG-13"].status).toBe("not_applicable");
    expect(judge(g, "2025-07-01")["EnEfG-13"].status).toBe("pass");
  });
  test("§ 15 from 01.01.2024: customers not shown their annual energy fail; no services to third parties is nicht anwendbar", () => {
    const g = lawGiven();
    g.Kunden_Jahresverbrauch = "Nein";
    expect(judge(g, "2023-12-31")["EnEfG-15"].status).toBe("not_applicable");
    expect(judge(g, "2024-01-01")["EnEfG-15"].status).toBe("fail");
    g.Kunden_Dritte = "Nein";
    expect(judge(g, "2024-01-01")["EnEfG-15"].status).toBe("not_applicable");
  });
});

describe("scope, § 3 Nr. 24: from 300 kW non-redundant connection power", () => {
  test("299 kW: every criterion nicht anwendbar with the reason; 300 kW: judged", () => {
    const g = lawGiven();
    g.Nennanschlussleistung_nr_kW = 299;
    const out = Object.values(judge(g, "2028-01-01"));
    expect(out.every((f) => f.status === "not_applicable")).toBe(true);
    expect(out[0].message.de).toMatch(/ab 300 kW; hier 299 kW/);
    g.Nennanschlussleistung_nr_kW = 300;
    expect(Object.values(judge(g, "2028-01-01")).some((f) => f.status !== "not_applicable")).toBe(true);
  });
  test("a blank connection power: every criterion fehlt, naming the cell", () => {
    const g = lawGiven();
    g.Nennanschlussleistung_nr_kW = null;
    const out = Object.values(judge(g, "2028-01-01"));
    expect(out.every((f) => f.status === "missing" && f.cells[0].name === "Nennanschlussleistung_nr_kW")).toBe(true);
  });
});

describe("roadmap", () => {
  test("an existing data centre: ab 01.07.2027 PUE ≤ 1.5 met, ab 01.07.2030 PUE ≤ 1.3 not met; renewable 50 % / 100 %", () => {
    const { roadmap } = checkRuleSets(fakeInputs(existing(1.32)), [enefg2023RuleSet], serial("2026-11-30"));
    expect(roadmap.map((e) => [e.id, e.from, e.limit, e.met])).toEqual([
      ["EnEfG-11-5", "2024-01-01", 0.5, true],
      ["EnEfG-15", "2024-01-01", "Jahresverbrauch je Kunde", true],
      ["EnEfG-13", "2024-05-15", "Anlage 3", true],
      ["EnEfG-12", "2025-07-01", "DIN EN ISO 50001 / EMAS", true],
      ["EnEfG-12", "2026-01-01", "validiert/zertifiziert", true],
      ["EnEfG-11-5", "2027-01-01", 1, true],
      ["EnEfG-11-1", "2027-07-01", 1.5, true],
      ["EnEfG-11-1", "2030-07-01", 1.3, false],
    ]);
    expect(roadmap[6]).toMatchObject({ ruleSet: "enefg-2023", value: expect.closeTo(1.32, 9), comparison: "≤", figure: "PUE" });
  });
  test("a new data centre: PUE and ERF from two years after commissioning; the ERF's verdict is open while the denominators disagree", () => {
    const { roadmap } = checkRuleSets(fakeInputs(newDc()), [enefg2023RuleSet], serial("2026-11-30"));
    const pue = roadmap.find((e) => e.id === "EnEfG-11-2-PUE")!;
    expect(pue).toMatchObject({ from: "2028-09-01", limit: 1.2, met: false });
    expect(roadmap.find((e) => e.id === "EnEfG-11-2-ERF")).toMatchObject({ from: "2028-09-01", limit: 0.1, met: null });
  });
});

describe("law-notes.md § 5, examples 2, 3 and 6: ratios of sums", () => {
  test("example 6: two months (150, 100) and (260, 200) MWh: the law's PUE is 410 / 300 = 1.3667, not the mean 1.40 of the monthly ratios", () => {
    const g = lawGiven({ start: "2024-01-01", total: 0, it: 0 });
    g.Monat = [serial("2024-01-01"), serial("2024-02-01")];
    g.MP_EVU = [150_000, 260_000];
    g.MP_EE = [0, 0];
    g.MP_NEA = [0, 0];
    g.MP_IT2 = [100_000, 200_000];
    g.MP_Auskopplung = [0, 0];
    const r = new Reader(fakeInputs(g));
    const f = lawPue(r, false, months(r));
    expect(f.months).toBe(2);
    expect(f.value).toBeCloseTo(410 / 300, 12);
  });
  test("example 3: 1,234,567 / 1,023,456 kWh = 1.20627 (the source prints 1.21); the limit compares the value, never a rounded one", () => {
    const g = lawGiven({ start: "2026-01-01", total: 1_234_567 * 12, it: 1_023_456 * 12 });
    g.Inbetriebnahme_RZ = serial("2015-01-01");
    const f = judge(g, "2030-07-01")["EnEfG-11-1"];
    expect(f.value).toBeCloseTo(1_234_567 / 1_023_456, 12);
    expect(f.status).toBe("pass");
  });
  test("example 2: ERF 79 / 147 = 0.5374 (DIN EN 50600-4-6 card)", () => {
    const g = lawGiven({ start: "2026-01-01", total: 147_000, it: 100_000, reused: 79_000 });
    const r = new Reader(fakeInputs(g));
    expect(lawErf(r, months(r)).full.value).toBeCloseTo(0.5374, 4);
  });
});

describe("§ 12(2): measurement and improvement within the management system", () => {
  test("met with the metering concept in place, the components' meters complete and a continual improvement process", () => {
    expect(judge(lawGiven(), "2025-07-01")["EnEfG-12-2"].status).toBe("pass");
    expect(judge(lawGiven(), "2025-06-30")["EnEfG-12-2"].status).toBe("not_applicable");
  });
  test("no metering concept (Nr. 1) or no improvement process (Nr. 2) fails, citing the number; a month without the cooling meter is fehlt", () => {
    const g = lawGiven();
    g.EnMS_Messkonzept = "Nein";
    const f = judge(g, "2026-01-01")["EnEfG-12-2"];
    expect(f).toMatchObject({ status: "fail", cells: [{ name: "EnMS_Messkonzept" }] });
    expect(f.message.de).toMatch(/§ 12 Abs\. 2 Nr\. 1 EnEfG/);
    const k = lawGiven();
    k.EnMS_KVP = "Nein";
    expect(judge(k, "2026-01-01")["EnEfG-12-2"].message.de).toMatch(/§ 12 Abs\. 2 Nr\. 2 EnEfG/);
    const m = lawGiven();
    (m.MP_KS as (number | null)[])[4] = null;
    expect(judge(m, "2026-01-01")["EnEfG-12-2"]).toMatchObject({ status: "missing", value: "11/12" });
  });
});

describe("§ 12(5): IT operators in someone else's data centre", () => {
  const itOnly = (kw: number | null): Given => {
    const g = lawGiven();
    Object.assign(g, { Rolle_RZ_Betreiber: "Nein", Rolle_RZ_Dienstleister: "Nein", Rolle_IT_Betreiber: "Ja", IT_Betreiber_nr_kW: kw });
    return g;
  };
  test("the data centre's operator: EnEfG-12-5 nicht anwendbar; an IT operator only: EnEfG-12 nicht anwendbar, EnEfG-12-5 judged", () => {
    expect(judge(lawGiven(), "2026-01-01")["EnEfG-12-5"].status).toBe("not_applicable");
    const out = judge(itOnly(600), "2026-01-01");
    expect(out["EnEfG-12"]).toMatchObject({ status: "not_applicable" });
    expect(out["EnEfG-12"].message.de).toMatch(/siehe EnEfG-12-5/);
    expect(out["EnEfG-12-5"].status).toBe("pass");
  });
  test("certification from 01.01.2026 at 500 kW of own IT, or 300 kW for public bodies; below 50 kW no IT operator (§ 3 Nr. 4); blank power fehlt", () => {
    const g = itOnly(500);
    g.EnMS_zertifiziert = null;
    expect(judge(g, "2025-12-31")["EnEfG-12-5"].status).toBe("pass");
    const f = judge(g, "2026-01-01")["EnEfG-12-5"];
    expect(f).toMatchObject({ status: "missing", cells: [{ name: "EnMS_zertifiziert" }] });
    expect(f.message.de).toMatch(/§ 12 Abs\. 5 Satz 2 EnEfG \(IT ab 500 kW\)/);
    const small = itOnly(499);
    small.EnMS_zertifiziert = null;
    expect(judge(small, "2026-01-01")["EnEfG-12-5"].status).toBe("pass");
    small.Oeffentlicher_Traeger = "Ja";
    expect(judge(small, "2026-01-01")["EnEfG-12-5"].message.de).toMatch(/Satz 3/);
    expect(judge(itOnly(49), "2026-01-01")["EnEfG-12-5"]).toMatchObject({ status: "not_applicable" });
    expect(judge(itOnly(null), "2026-01-01")["EnEfG-12-5"]).toMatchObject({ status: "missing", cells: [{ name: "IT_Betreiber_nr_kW" }] });
    const none = itOnly(600);
    none.EnMS_Art = "keines";
    expect(judge(none, "2025-07-01")["EnEfG-12-5"].message.de).toMatch(/§ 12 Abs\. 5 Satz 1 mit Abs\. 1 EnEfG: seit dem 01\.07\.2025/);
  });
  test("the roadmap names the IT operator's duties EnEfG-12-5", () => {
    const { roadmap } = checkRuleSets(fakeInputs(itOnly(600)), [enefg2023RuleSet], serial("2026-11-30"));
    expect(roadmap.filter((e) => e.id.startsWith("EnEfG-12")).map((e) => [e.id, e.from, e.met])).toEqual([["EnEfG-12-5", "2025-07-01", true], ["EnEfG-12-5", "2026-01-01", true]]);
  });
});

describe("§ 11(4) with § 16, and § 17: waste heat", () => {
  test("§ 16: the operator's answer judged; 'nicht umgesetzt' fails citing § 19(1) Nr. 7; § 16(3) BImSchG nicht anwendbar; blank fehlt", () => {
    expect(judge(lawGiven(), "2026-01-01")["EnEfG-16"].status).toBe("pass");
    const g = lawGiven();
    g.Abwaerme_16 = "nicht umgesetzt";
    expect(judge(g, "2026-01-01")["EnEfG-16"].message.de).toMatch(/§ 16 Abs\. 1, 2 EnEfG.*§ 19 Abs\. 1 Nr\. 7/);
    g.Abwaerme_16 = "BImSchG";
    expect(judge(g, "2026-01-01")["EnEfG-16"].status).toBe("not_applicable");
    g.Abwaerme_16 = null;
    expect(judge(g, "2026-01-01")["EnEfG-16"]).toMatchObject({ status: "missing", cells: [{ name: "Abwaerme_16" }] });
  });
  test("§§ 16(4), 17(4): at most 2.5 GWh a year over three years is exempt (2,500,000 kWh exempt, 2,500,001 not); blank fehlt", () => {
    const g = lawGiven();
    g.Endenergie_Mittel_3J_kWh = 2_500_000;
    g.Abwaerme_16 = null;
    const out = judge(g, "2026-01-01");
    expect(out["EnEfG-16"].status).toBe("not_applicable");
    expect(out["EnEfG-17"].message.de).toMatch(/§ 17 Abs\. 4 EnEfG.*2,5 GWh, höchstens 2,5 GWh: ausgenommen/);
    g.Endenergie_Mittel_3J_kWh = 2_500_001;
    expect(judge(g, "2026-01-01")["EnEfG-16"].status).toBe("missing");
    g.Endenergie_Mittel_3J_kWh = null;
    expect(judge(g, "2026-01-01")["EnEfG-17"]).toMatchObject({ status: "missing", cells: [{ name: "Endenergie_Mittel_3J_kWh" }] });
  });
  test("§ 17: the six items of Abs. 1 and the day sent (Abs. 2); a missing item is fehlt by its number; sent after the day judged fails", () => {
    expect(judge(lawGiven(), "2026-01-01")["EnEfG-17"]).toMatchObject({ status: "pass", value: "6/6" });
    const g = lawGiven();
    g.Abwaerme_max_kW = null;
    g.Abwaerme_Regelung = null;
    const f = judge(g, "2026-01-01")["EnEfG-17"];
    expect(f).toMatchObject({ status: "missing", value: "4/6" });
    expect(f.message.de).toMatch(/es fehlen Nr\. 3, 5 /);
    const s = lawGiven();
    s.Abwaerme_Plattform_gemeldet = null;
    expect(judge(s, "2026-01-01")["EnEfG-17"]).toMatchObject({ status: "missing", cells: [{ name: "Abwaerme_Plattform_gemeldet" }] });
    s.Abwaerme_Plattform_gemeldet = serial("2026-03-31");
    expect(judge(s, "2026-03-30")["EnEfG-17"].status).toBe("fail");
  });
  test("EnEfG-17: every 31 March (§ 17(2)), first by 01.01.2024 (§ 20(4)): a transmission older than the deadline before the last one passed is not this year's", () => {
    const p = enefg2023;
    const d = (x: string) => serial(x);
    expect(platformDeadline(p, d("2023-12-31"))).toBeNull();
    expect(platformDeadline(p, d("2024-01-01"))).toEqual({ by: d("2024-01-01"), previous: null });
    expect(platformDeadline(p, d("2024-03-30"))).toEqual({ by: d("2024-01-01"), previous: null });
    expect(platformDeadline(p, d("2024-03-31"))).toEqual({ by: d("2024-03-31"), previous: d("2024-01-01") });
    expect(platformDeadline(p, d("2026-11-30"))).toEqual({ by: d("2026-03-31"), previous: d("2025-03-31") });
    const s = lawGiven();
    // sent 20.03.2025: the transmission due by 31.03.2025; on 31.03.2026 the next one is due
    expect(judge(s, "2026-03-30")["EnEfG-17"].status).toBe("pass");
    const late = judge(s, "2026-03-31")["EnEfG-17"];
    expect(late).toMatchObject({ status: "fail", cells: [{ name: "Abwaerme_Plattform_gemeldet" }] });
    expect(late.message.de).toBe("EnEfG-17: § 17 Abs. 2 EnEfG: zuletzt am 20.03.2025 an die Plattform für Abwärme übermittelt; die Übermittlung bis 31.03.2026 fehlt (jährlich bis 31. März). Übermitteln und das Datum eintragen.");
    expect(late.message.en).toMatch(/last sent to the waste-heat platform on 2025-03-20; the one due by 2026-03-31 is missing/);
    // sent after the deadline before: late, but sent; the statute's fine (§ 19) is not this tool's verdict
    s.Abwaerme_Plattform_gemeldet = serial("2025-04-02");
    expect(judge(s, "2026-03-30")["EnEfG-17"].status).toBe("pass");
    // exactly on the deadline before the last one: that year's transmission, not the next
    s.Abwaerme_Plattform_gemeldet = serial("2025-03-31");
    expect(judge(s, "2026-04-01")["EnEfG-17"].status).toBe("fail");
  });
  test("no law criterion is silently absent: every criterion of EnEfG 2023 has a status and cites its paragraph in its title", () => {
    const out = Object.values(judge(lawGiven(), "2026-01-01"));
    expect(out.map((f) => f.id)).toEqual(["EnEfG-11-1", "EnEfG-11-2-PUE", "EnEfG-11-2-ERF", "EnEfG-11-5", "EnEfG-12", "EnEfG-12-2", "EnEfG-12-5", "EnEfG-13", "EnEfG-15", "EnEfG-16", "EnEfG-17"]);
    for (const f of out) expect(f.title.de).toMatch(/§ \d+/);
  });
});
