/** Ratios of sums: ERF (3.2.10), WUE (3.2.5), REF (3.2.4), storage (Anhang D), coverage (Anhang D), area (3.2.12). */
import { energy, number, pairedSums } from "../args";
import { areaEfficiency, coverage, erf, ref, storageUtilisation, wue } from "../metrics";
import { DeuzFunction } from "./types";

function ratioOfSums(
  name: string,
  section: string,
  [a, b]: [string, string],
  metric: (x: number, y: number) => number,
): DeuzFunction {
  return {
    name,
    section,
    params: [{ name: a, range: true }, { name: b, range: true }],
    returns: "number",
    compute(x, y) {
      const [sx, sy] = pairedSums(energy(x, a), energy(y, b));
      return metric(sx, sy);
    },
  };
}

export const shareFunctions: DeuzFunction[] = [
  ratioOfSums("ERF", "3.2.10", ["reused", "total"], erf),
  ratioOfSums("WUE", "3.2.5", ["water_m3", "it"], wue),
  ratioOfSums("REF", "3.2.4", ["renewable", "total"], ref),
  ratioOfSums("STORAGE", "Anhang D", ["occupied", "installed"], storageUtilisation),
];

export const areaFunctions: DeuzFunction[] = [
  {
    name: "AREAEFF",
    section: "3.2.12",
    params: [{ name: "it_power_kW" }, { name: "area_m2" }],
    returns: "number",
    compute(power, area) {
      return areaEfficiency(number(power, "it_power_kW", { nonNegative: true }), number(area, "area_m2", { nonNegative: true }));
    },
  },
  ratioOfSums("COVERAGE", "Anhang D", ["measured", "total"], coverage),
];
