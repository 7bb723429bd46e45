/**
 * The EU report ((EU) 2024/1364) as a rule set: Annex III KPIs (law-notes.md § 5 examples 1 and 2), completeness, scope
 * 499/500 kW, and the phase-2 label classes (example 9).
 */
import { serial } from "../../../src/engine/dates";
import { checkRuleSets, defaultRuleSets, eu1364RuleSet } from "../../../src/engine/rulesets";
import { euKpis, euQuantities } from "../../../src/engine/rulesets/lawFigures";
import { registerItems } from "../../../src/engine/rulesets/register";
import { Reader } from "../../../src/engine/criteria/reader";
import { fakeInputs } from "../criteria/fakeInputs";
import { lawGiven } from "./lawInputs";
import { ratingClass } from "../../../src/engine/rulesets/euRating";
import { cer, ref, wue } from "../../../src/engine/metrics";

/** Example 1 ([FI]): E_DC 10,000,000 kWh; E_IT 8,000,000; W_IN 12,000 m³ (potable 3,000); E_REUSE 1,500,000; RES 2 + 3 + 1 million. */
function example1() {
  const g = lawGiven({ start: "2025-01-01", total: 10_000_000, it: 8_000_000, reused: 1_500_000, water: 3000, renewable: 6_000_000 });
  Object.assign(g, { Wasser_gesamt_m3: 12_000, EE_HKN_kWh: 2_000_000, EE_PPA_kWh: 3_000_000, EE_vor_Ort_kWh: 1_000_000 });
  return g;
}

test("example 1: PUE 1.25, WUE 1.5 m³/MWh, ERF 0.15, REF 0.60, each with its definition and where it differs", () => {
  const r = new Reader(fakeInputs(example1()));
  const q = euQuantities(r);
  expect(q).toMatchObject({ eDc: expect.closeTo(10_000_000, 6), eIt: expect.closeTo(8_000_000, 6), wIn: 12_000, wInPot: expect.closeTo(3000, 6), eReuse: expect.closeTo(1_500_000, 6), eRes: 6_000_000 });
  const k = Object.fromEntries(euKpis(r, q).map((x) => [x.id, x]));
  expect(k.PUE.value).toBeCloseTo(1.25, 12);
  expect(k.WUE).toMatchObject({ value: expect.closeTo(1.5, 12), unit: "m³/MWh" });
  expect(k.ERF.value).toBeCloseTo(0.15, 12);
  expect(k.REF.value).toBeCloseTo(0.6, 12);
  expect(k.REF.differs.de).toMatch(/Anteil am Strom/);
  expect(k.WUE.differs.de).toMatch(/nicht nur Trinkwasser/);
});

test("example 4 in EU terms: the heat-upgrade electricity stays in the EU PUE (1.3125)", () => {
  const g = lawGiven({ start: "2028-09-01", total: 10_500_000, it: 8_000_000, upgrade: 500_000 });
  const k = euKpis(new Reader(fakeInputs(g)));
  expect(k[0].value).toBeCloseTo(1.3125, 12);
});

test("EU-1364: complete passes from 15.09.2024; a blank item is fehlt by its number; before, nicht anwendbar saying what is missing", () => {
  const judge = (g: ReturnType<typeof lawGiven>, asOf: string) => checkRuleSets(fakeInputs(g), [eu1364RuleSet], serial(asOf)).findings[0];
  expect(judge(example1(), "2024-09-15")).toMatchObject({ id: "EU-1364", ruleSet: "eu-2024-1364", status: "pass" });
  const g = example1();
  g.RZ_LAU_Code = null;
  g.Zuluft_Sollwert_C = null;
  expect(judge(g, "2024-09-14")).toMatchObject({ status: "not_applicable" });
  expect(judge(g, "2024-09-14").message.de).toMatch(/Heute fehlen: I\.4, II\.11/);
  const f = judge(g, "2025-05-15");
  expect(f.status).toBe("missing");
  expect(f.cells.map((c) => c.name)).toEqual(["RZ_LAU_Code", "Zuluft_Sollwert_C"]);
});

test("scope: 499 kW installed IT power is nicht anwendbar, 500 kW is judged; the default leaves out what does not apply and the draft", () => {
  const g = example1();
  g.IT_Nennanschlussleistung_kW = 499;
  const out = checkRuleSets(fakeInputs(g), [eu1364RuleSet], serial("2025-06-01")).findings[0];
  expect(out.status).toBe("not_applicable");
  expect(out.message.de).toMatch(/ab 500 kW installierter IT-Leistung; hier 499 kW/);
  expect(defaultRuleSets(fakeInputs(g), serial("2025-06-01")).chosen.map((r) => r.id)).toEqual(["de-uz-228", "enefg-2023"]);
  g.IT_Nennanschlussleistung_kW = 500;
  expect(checkRuleSets(fakeInputs(g), [eu1364RuleSet], serial("2025-06-01")).findings[0].status).toBe("pass");
  expect(defaultRuleSets(fakeInputs(g), serial("2025-06-01")).chosen.map((r) => r.id)).toEqual(["de-uz-228", "enefg-2023", "eu-2024-1364"]);
});

test("the register: Anlage 3 numbered 1a-2i with units and cells; shares in percent; size class", () => {
  const items = registerItems(new Reader(fakeInputs(example1())));
  const enefg = items.filter((i) => i.ruleSet === "enefg-2023");
  expect([...new Set(enefg.map((i) => i.no))]).toEqual(["1a", "1b", "1c", "1d", "1e", "1f", "2a", "2b", "2c", "2d", "2e", "2f", "2g", "2h", "2i"]);
  expect(enefg.find((i) => i.no === "1c")!.value).toBe("< 5 MW");
  expect(enefg.find((i) => i.no === "2b")).toMatchObject({ value: 60, unit: "%" });
  expect(enefg.find((i) => i.no === "2g")).toMatchObject({ value: 15, unit: "%" });
  expect(enefg.find((i) => i.no === "2f")!.value).toBeCloseTo(1.25, 12);
  expect(enefg.every((i) => !i.missing)).toBe(true);
});

describe("law-notes.md § 5 example 9: the phase-2 label (C(2026) 3472, adopted, not in force)", () => {
  test("PUE 1.25 is B (1.15 < PUE ≤ 1.25), 1.15 is A (the bound inclusive), 1.95 is G; WUE 1.5 is G (unit as example 1, UNVERIFIED)", () => {
    expect(ratingClass("PUE", 1.25)).toBe("B");
    expect(ratingClass("PUE", 1.15)).toBe("A");
    expect(ratingClass("PUE", 1.95)).toBe("G");
    expect(ratingClass("WUE", 1.5)).toBe("G");
  });
  test("a hair above a bound is the next class; between the known bands (C, E, F) no class is guessed", () => {
    expect(ratingClass("PUE", 1.1501)).toBe("B");
    expect(ratingClass("PUE", 1.5)).toBe("D");
    expect(ratingClass("PUE", 1.3)).toBeNull(); // C: bounds not in the sources
    expect(ratingClass("PUE", 1.7)).toBeNull(); // E or F
    expect(ratingClass("WUE", 0.1)).toBe("A");
    expect(ratingClass("WUE", 0.3)).toBeNull();
    expect(ratingClass("WUE", 0.5)).toBe("D");
  });
  test("example 1's figures under the label: PUE 1.25 is B, WUE 1.5 m³/MWh is G", () => {
    const k = Object.fromEntries(euKpis(new Reader(fakeInputs(example1()))).map((x) => [x.id, x.value!]));
    expect(ratingClass("PUE", k.PUE)).toBe("B");
    expect(ratingClass("WUE", k.WUE)).toBe("G");
  });
});

describe("law-notes.md § 5 example 2: the cards of DIN EN 50600-4 (kopja3/green_DC)", () => {
  test("REF 99 / 147 = 0.67, CER 95 / 44 = 2.16, WUE 928 m³ / 582.6 MWh = 1.593 m³/MWh", () => {
    expect(ref(99, 147)).toBeCloseTo(0.6735, 4);
    expect(cer(95, 44)).toBeCloseTo(2.159, 3);
    // the engine's WUE is l/kWh, equal in number to m³/MWh
    expect(wue(928, 582_600)).toBeCloseTo(1.593, 3);
  });
});
