/**
 * The yes/no criteria: 3.2.4, 3.2.6.1, 3.2.6.2, 3.2.7 (balance period), 3.2.9, 3.2.10, 3.2.11. The facts a
 * rule asks for (refrigerant, insulation medium, ERF and flags) are read only when the rule binds the system
 * (its date, its power): for an exempt system they may be blank (docs/interpretations.md).
 */
import { date, energy, flag, number, optionalEnergy, optionalFlag, optionalNumber, pairedSums, text } from "../args";
import { fail } from "../errors";
import { classifyRefrigerant } from "../refrigerants";
import {
  balancePeriodRecent, customerInfoMet, customerRuleApplies, insulationContainsSf6, pricingMet, refrigerantAllowed,
  refrigerantRuleApplies, renewableMet, sf6RuleApplies, switchgearAllowed, wasteHeatMet, wasteHeatRuleApplies,
} from "../rules";
import { Arg, isMatrix } from "../values";
import { DeuzFunction } from "./types";

/** TRUE/FALSE (contains SF6) or the insulation medium in words. */
function containsSf6(arg: Arg): boolean {
  const value = isMatrix(arg) && arg.length === 1 && arg[0].length === 1 ? arg[0][0] : arg;
  if (typeof value === "string" && value.trim() !== "") {
    const verdict = insulationContainsSf6(value);
    if (verdict === null) return fail("#N/A", "unknownInsulation", { value });
    return verdict;
  }
  return flag(value as Arg, "insulation");
}

export const checkFunctions: DeuzFunction[] = [
  {
    name: "REFRIGERANT.CHECK",
    section: "3.2.9",
    params: [{ name: "refrigerant" }, { name: "commissioning" }, { name: "thermal_power_kW" }],
    returns: "boolean",
    compute(refrigerant, commissioning, power) {
      const when = date(commissioning, "commissioning");
      const kw = number(power, "thermal_power_kW", { nonNegative: true });
      if (!refrigerantRuleApplies(when, kw)) return true;
      const name = text(refrigerant, "refrigerant");
      const r = classifyRefrigerant(name) ?? fail("#N/A", "unknownRefrigerant", { value: name });
      return refrigerantAllowed(r.halogenFree, when, kw);
    },
  },
  {
    name: "SF6.CHECK",
    section: "3.2.11",
    params: [{ name: "insulation" }, { name: "installed" }],
    returns: "boolean",
    compute(insulation, installed) {
      const when = date(installed, "installed");
      if (!sf6RuleApplies(when)) return true;
      return switchgearAllowed(containsSf6(insulation), when);
    },
  },
  {
    name: "RENEWABLE.CHECK",
    section: "3.2.4",
    params: [
      { name: "renewable", range: true },
      { name: "total", range: true },
      { name: "supplier_total", optional: true, range: true },
      { name: "compensated", optional: true },
    ],
    returns: "boolean",
    compute(renewable, total, supplierTotal, compensated) {
      const [r, t] = pairedSums(energy(renewable, "renewable"), energy(total, "total"));
      const supplier = optionalEnergy(supplierTotal, "supplier_total");
      return renewableMet({
        renewable: r,
        total: t,
        supplierTotal: supplier ? pairedSums(supplier)[0] : undefined,
        compensated: optionalFlag(compensated, "compensated"),
      });
    },
  },
  {
    name: "WASTEHEAT.CHECK",
    section: "3.2.10",
    params: [
      { name: "dc_commissioning" },
      { name: "erf" },
      { name: "connection_kW" },
      { name: "connections_ready", optional: true },
      { name: "heat_published", optional: true },
    ],
    returns: "boolean",
    compute(dcCommissioning, erf, connection, ready, published) {
      const when = date(dcCommissioning, "dc_commissioning");
      if (!wasteHeatRuleApplies(when)) return true;
      return wasteHeatMet({
        dcCommissioning: when,
        erf: number(erf, "erf", { fraction: true }),
        connectionKw: number(connection, "connection_kW", { nonNegative: true }),
        connectionsReady: optionalFlag(ready, "connections_ready"),
        heatPublished: optionalFlag(published, "heat_published"),
      });
    },
  },
  {
    name: "PRICING.CHECK",
    section: "3.2.6.2",
    params: [{ name: "price_kWh" }, { name: "purchase_price_kWh" }, { name: "minimum_kWh", optional: true }, { name: "free_kWh", optional: true }],
    returns: "boolean",
    compute(price, purchase, minimum, free) {
      return pricingMet({
        priceKwh: number(price, "price_kWh", { nonNegative: true }),
        purchasePriceKwh: number(purchase, "purchase_price_kWh", { nonNegative: true }),
        minimumKwh: optionalNumber(minimum, "minimum_kWh", { nonNegative: true }),
        freeKwh: optionalNumber(free, "free_kWh", { nonNegative: true }),
      });
    },
  },
  {
    name: "INFO.CHECK",
    section: "3.2.6.1",
    params: [{ name: "contracted_peak_kW" }, { name: "monthly_info" }],
    returns: "boolean",
    compute(peak, info) {
      const peakKw = number(peak, "contracted_peak_kW", { nonNegative: true });
      // below 5 kW the information is not owed: a blank monthly_info does not matter then
      return !customerRuleApplies(peakKw) || customerInfoMet(peakKw, flag(info, "monthly_info"));
    },
  },
  {
    name: "PERIOD.CHECK",
    section: "3.2.7",
    params: [{ name: "period_end" }, { name: "application_date" }],
    returns: "boolean",
    compute(end, application) {
      return balancePeriodRecent(date(end, "period_end"), date(application, "application_date"));
    },
  },
];
