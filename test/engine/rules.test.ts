/**
 * The yes/no rules and metrics as plain functions of typed values, the way the criteria catalogue and the
 * task pane call them (no spreadsheet arguments).
 */
import { serial } from "../../src/engine/dates";
import { DeuzError } from "../../src/engine/errors";
import { iteu } from "../../src/engine/metrics";
import { idleSums, pIdleOf } from "../../src/engine/formulas/itLoadFast";
import {
  balancePeriodRecent, customerInfoMet, customerRuleApplies, insulationContainsSf6, iteuMet, pricingMet, refrigerantAllowed,
  refrigerantRuleApplies, renewableMet, sf6RuleApplies, switchgearAllowed, wasteHeatMet, wasteHeatRuleApplies,
} from "../../src/engine/rules";

/** The Excel error code a rule throws, or its value. */
function outcome<T>(f: () => T): T | string {
  try {
    return f();
  } catch (e) {
    if (e instanceof DeuzError) return e.code;
    throw e;
  }
}

describe("3.2.9 refrigerantAllowed", () => {
  test("binds systems from 2013-01-01 with more than 10 kW_th", () => {
    expect(refrigerantRuleApplies(serial("2012-12-31"), 500)).toBe(false);
    expect(refrigerantRuleApplies(serial("2013-01-01"), 10)).toBe(false);
    expect(refrigerantRuleApplies(serial("2013-01-01"), 10.001)).toBe(true);
  });
  test("halogenated refrigerant in a bound system fails, halogen-free passes", () => {
    expect(refrigerantAllowed(false, serial("2013-01-01"), 11)).toBe(false);
    expect(refrigerantAllowed(true, serial("2013-01-01"), 11)).toBe(true);
    expect(refrigerantAllowed(false, serial("2012-12-31"), 11)).toBe(true);
  });
});

describe("3.2.11 switchgearAllowed and insulationContainsSf6", () => {
  test("binds switchgear from 2023-01-01", () => {
    expect(sf6RuleApplies(serial("2022-12-31"))).toBe(false);
    expect(sf6RuleApplies(serial("2023-01-01"))).toBe(true);
    expect(switchgearAllowed(true, serial("2023-01-01"))).toBe(false);
    expect(switchgearAllowed(false, serial("2023-01-01"))).toBe(true);
  });
  test.each([
    ["SF6", true], ["Schwefelhexafluorid (SF₆)", true], ["Vakuum / SF6", true], ["SF6-frei", false], ["Luft und Vakuum", false],
    ["Clean Air", false], ["Zauberstaub", null], ["Luft + Zauberstaub", null], ["", null], ["  ", null],
  ] as const)("%s → %s", (medium, verdict) => {
    expect(insulationContainsSf6(medium)).toBe(verdict);
  });
});

describe("3.2.4 renewableMet", () => {
  test("100 % renewable, or the compensated exception within 20 % of the supplier's delivery", () => {
    expect(renewableMet({ renewable: 1000, total: 1000 })).toBe(true);
    expect(renewableMet({ renewable: 0, total: 1000, supplierTotal: 5000, compensated: true })).toBe(true);
    expect(renewableMet({ renewable: 0, total: 1000, supplierTotal: 5000, compensated: false })).toBe(false);
    expect(renewableMet({ renewable: 0, total: 1000, supplierTotal: 4999.9, compensated: true })).toBe(false);
  });
  test("impossible figures and a missing deciding flag are errors", () => {
    expect(outcome(() => renewableMet({ renewable: 1001, total: 1000 }))).toBe("#NUM!");
    expect(outcome(() => renewableMet({ renewable: 0, total: 1000, supplierTotal: 999, compensated: true }))).toBe("#NUM!");
    expect(outcome(() => renewableMet({ renewable: 0, total: 1000, supplierTotal: 5000 }))).toBe("#N/A");
  });
});

describe("3.2.10 wasteHeatMet", () => {
  const base = { dcCommissioning: serial("2023-01-01"), erf: 0.1, connectionKw: 100 };
  test("binds data centres from 2023-01-01", () => {
    expect(wasteHeatRuleApplies(serial("2022-12-31"))).toBe(false);
    expect(wasteHeatRuleApplies(serial("2023-01-01"))).toBe(true);
    expect(wasteHeatMet({ ...base, dcCommissioning: serial("2022-12-31"), erf: 0 })).toBe(true);
  });
  test("ERF > 0; from 100 kW connections and publication", () => {
    expect(wasteHeatMet({ ...base, erf: 0 })).toBe(false);
    expect(wasteHeatMet({ ...base, connectionKw: 99.9 })).toBe(true);
    expect(wasteHeatMet({ ...base, connectionsReady: true, heatPublished: true })).toBe(true);
    expect(wasteHeatMet({ ...base, connectionsReady: true, heatPublished: false })).toBe(false);
    expect(outcome(() => wasteHeatMet({ ...base, connectionsReady: true }))).toBe("#N/A");
  });
});

describe("3.2.6 customer rules", () => {
  test("bind customers from 5 kW contracted peak", () => {
    expect(customerRuleApplies(4.999)).toBe(false);
    expect(customerRuleApplies(5)).toBe(true);
    expect(customerInfoMet(5, false)).toBe(false);
    expect(customerInfoMet(4.999, false)).toBe(true);
  });
  test("pricing: consumption-based, not below purchase price, no minimum, no free allowance", () => {
    expect(pricingMet({ priceKwh: 0.35, purchasePriceKwh: 0.3 })).toBe(true);
    expect(pricingMet({ priceKwh: 0.35, purchasePriceKwh: 0.3, minimumKwh: 100 })).toBe(false);
    expect(pricingMet({ priceKwh: 0.35, purchasePriceKwh: 0.3, freeKwh: 100 })).toBe(false);
    expect(pricingMet({ priceKwh: 0.25, purchasePriceKwh: 0.3 })).toBe(false);
    expect(pricingMet({ priceKwh: 0, purchasePriceKwh: 0 })).toBe(false);
  });
});

describe("3.2.7 balancePeriodRecent and 3.3.3 iteuMet", () => {
  test("three calendar months as EDATE counts", () => {
    expect(balancePeriodRecent(serial("2024-11-30"), serial("2025-02-28"))).toBe(true);
    expect(balancePeriodRecent(serial("2024-11-30"), serial("2025-03-01"))).toBe(false);
    expect(outcome(() => balancePeriodRecent(serial("2025-01-02"), serial("2025-01-01")))).toBe("#NUM!");
  });
  test("ITEU_SV ≥ 20 %", () => {
    expect(iteuMet(0.2)).toBe(true);
    expect(iteuMet(0.19999)).toBe(false);
  });
});

describe("Anhang D and E metrics on plain arrays", () => {
  test("iteu over a row-major matrix with nulls; null when empty", () => {
    expect(iteu([0.1, 0.4, 0.3, null], 2, 2)).toBeCloseTo(0.3, 12);
    expect(iteu([null, null], 1, 2)).toBeNull();
  });
  test("pIdle and siec", () => {
    const col = (xs: number[]) => xs.map((x) => [x]);
    expect(pIdleOf(idleSums(col([302, 340, 400]), col([0.01, 0.2, 0.5]), undefined, 1))).toBeCloseTo(300, 9);
    const s = idleSums(col([350, 450]), col([0.1, 0.3]), col([1, 1]), 1);
    expect((300 * s.idleTime) / s.eServer).toBeCloseTo(0.6, 12);
  });
});
