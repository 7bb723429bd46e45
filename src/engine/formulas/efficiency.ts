/** PUE (3.2.7) and CER (3.2.8): the key figures, their limits (Tabellen 2-5) and the checks. */
import { date, energy, number, optionalDate, optionalEnergy, pairedSums } from "../args";
import { atMost, greaterThan } from "../compare";
import { cerLimit, pueLimit } from "../limits";
import { cer, pue } from "../metrics";
import { DeuzFunction } from "./types";

export const efficiencyFunctions: DeuzFunction[] = [
  {
    name: "PUE",
    section: "3.2.7",
    params: [{ name: "total", range: true }, { name: "it", range: true }, { name: "excluded", optional: true, range: true }],
    returns: "number",
    compute(total, it, excluded) {
      const series = [energy(total, "total"), energy(it, "it")];
      const ex = optionalEnergy(excluded, "excluded");
      const [t, i, e] = pairedSums(...series, ...(ex ? [ex] : []));
      return pue(t, i, e ?? 0);
    },
  },
  {
    name: "CER",
    section: "3.2.8",
    params: [{ name: "heat_removed", range: true }, { name: "cooling", range: true }, { name: "excluded", optional: true, range: true }],
    returns: "number",
    compute(heatRemoved, cooling, excluded) {
      const series = [energy(heatRemoved, "heat_removed"), energy(cooling, "cooling")];
      const ex = optionalEnergy(excluded, "excluded");
      const [q, k, e] = pairedSums(...series, ...(ex ? [ex] : []));
      return cer(q, k, e ?? 0);
    },
  },
  {
    name: "PUE.LIMIT",
    section: "3.2.7",
    params: [{ name: "dc_commissioning" }, { name: "reporting_start", optional: true }],
    returns: "number",
    compute(dcCommissioning, reportingStart) {
      return pueLimit(date(dcCommissioning, "dc_commissioning"), optionalDate(reportingStart, "reporting_start")).limit;
    },
  },
  {
    name: "CER.LIMIT",
    section: "3.2.8",
    params: [{ name: "cooling_commissioning" }, { name: "reporting_start", optional: true }, { name: "dc_commissioning", optional: true }],
    returns: "number",
    compute(coolingCommissioning, reportingStart, dcCommissioning) {
      return cerLimit(
        date(coolingCommissioning, "cooling_commissioning"),
        optionalDate(reportingStart, "reporting_start"),
        optionalDate(dcCommissioning, "dc_commissioning"),
      ).limit;
    },
  },
  {
    name: "PUE.CHECK",
    section: "3.2.7",
    params: [{ name: "pue" }, { name: "dc_commissioning" }, { name: "reporting_start", optional: true }],
    returns: "boolean",
    compute(value, dcCommissioning, reportingStart) {
      const p = number(value, "pue", { nonNegative: true });
      const limit = pueLimit(date(dcCommissioning, "dc_commissioning"), optionalDate(reportingStart, "reporting_start"));
      return atMost(p, limit.limit);
    },
  },
  {
    name: "CER.CHECK",
    section: "3.2.8",
    params: [
      { name: "cer" },
      { name: "cooling_commissioning" },
      { name: "reporting_start", optional: true },
      { name: "dc_commissioning", optional: true },
    ],
    returns: "boolean",
    compute(value, coolingCommissioning, reportingStart, dcCommissioning) {
      const c = number(value, "cer", { nonNegative: true });
      const limit = cerLimit(
        date(coolingCommissioning, "cooling_commissioning"),
        optionalDate(reportingStart, "reporting_start"),
        optionalDate(dcCommissioning, "dc_commissioning"),
      );
      return greaterThan(c, limit.limit);
    },
  },
];
