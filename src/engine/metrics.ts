/**
 * The key figures of DE-UZ 228 as pure functions of annual sums (ratios of sums, never means of monthly
 * ratios). Inputs are already validated numbers; impossible combinations are #NUM!, zero denominators #DIV/0!.
 */
import { fail } from "./errors";
import { ratio } from "./args";

/**
 * 3.2.7: PUE = (total − excluded) / IT. `excluded` is the energy used to extract waste heat (heat pumps,
 * heat-network pumps), which "geht nicht in die Berechnung des PUE ein".
 */
export function pue(total: number, it: number, excluded = 0): number {
  if (it > total) {
    fail("#NUM!", "partAboveWhole", {
      part: "it", partValue: it, whole: "total", wholeValue: total,
      hint: { de: "Die IT-Energie ist Teil der Gesamtenergie.", en: "IT energy is part of the total energy." },
    });
  }
  if (excluded > total - it) {
    fail("#NUM!", "partAboveWhole", {
      part: "excluded", partValue: excluded, whole: "total − it", wholeValue: total - it,
      hint: {
        de: "Die Energie zur Abwärmeauskopplung ist Teil der Nicht-IT-Energie.",
        en: "The energy to extract waste heat is part of the non-IT energy.",
      },
    });
  }
  return ratio(total - excluded, it, "it");
}

/**
 * 3.2.8: CER = Q_th,RZ,a / E_KS,a, the heat removed over the electrical energy of the whole cooling
 * system, without the energy used to extract waste heat (Version 2, 02/2025).
 */
export function cer(heatRemoved: number, cooling: number, excluded = 0): number {
  if (excluded > cooling) {
    fail("#NUM!", "partAboveWhole", {
      part: "excluded", partValue: excluded, whole: "cooling", wholeValue: cooling,
      hint: {
        de: "Die Energie zur Abwärmeauskopplung ist Teil der Energie des Kühlsystems.",
        en: "The energy to extract waste heat is part of the cooling system's energy.",
      },
    });
  }
  return ratio(heatRemoved, cooling - excluded, "cooling");
}
