/**
 * The key figures of DE-UZ 228 as pure functions of annual sums (ratios of sums, never means of monthly
 * ratios). Inputs are already validated numbers; impossible combinations are #NUM!, zero denominators #DIV/0!.
 */
import { fail } from "./errors";
import { finite, ratio } from "./args";

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

function share(part: number, whole: number, partName: string, wholeName: string, hint: { de: string; en: string }): number {
  if (part > whole) fail("#NUM!", "partAboveWhole", { part: partName, partValue: part, whole: wholeName, wholeValue: whole, hint });
  return ratio(part, whole, wholeName);
}

/** 1.3, 3.2.10: ERF = energy reused outside the data centre / total energy of the data centre, 0..1. */
export function erf(reused: number, total: number): number {
  return share(reused, total, "reused", "total", {
    de: "Die wiederverwendete Energie kann nicht größer sein als die eingesetzte.",
    en: "Reused energy cannot exceed the energy used.",
  });
}

/** 1.3, 3.2.5: WUE in litres per kWh of IT energy (water in m³). */
export function wue(waterM3: number, it: number): number {
  return ratio(finite(waterM3 * 1000), it, "it");
}

/** 3.2.4: renewable energy factor, the renewable share of the electricity used, 0..1. */
export function ref(renewable: number, total: number): number {
  return share(renewable, total, "renewable", "total", {
    de: "Der erneuerbare Strom kann nicht größer sein als der gesamte Strombedarf.",
    en: "Renewable electricity cannot exceed the total electricity used.",
  });
}

/** Anhang D 2: mean storage utilisation = occupied / installed capacity (sums). */
export function storageUtilisation(occupied: number, installed: number): number {
  return share(occupied, installed, "occupied", "installed", {
    de: "Belegter Speicherplatz kann nicht größer sein als der installierte.",
    en: "Occupied capacity cannot exceed installed capacity.",
  });
}

/** Anhang D: share of servers or storage capacity covered by the monitoring (at least 90 % required). */
export function coverage(measured: number, total: number): number {
  return share(measured, total, "measured", "total", {
    de: "Es können nicht mehr Server/Kapazität erfasst sein als vorhanden.",
    en: "Monitoring cannot cover more servers or capacity than there are.",
  });
}

/** 3.2.12: IT total power per area in kW/m² (BGF, BF, ITF or NF). */
export function areaEfficiency(itPowerKw: number, areaM2: number): number {
  return ratio(itPowerKw, areaM2, "area_m2");
}

/**
 * 3.3.3, Anhang D 1: ITEU_SV from monthly mean CPU utilisations (rows = servers, columns = months, null =
 * no value): per month the mean over the servers that have a value (N = servers in use that month), then
 * the mean of the months that have any value ("Der ITEU_SV kann auch als Mittelwert der Monatswerte
 * berechnet werden"). Null when there is no value at all.
 */
export function iteu(values: ArrayLike<number | null>, rows: number, cols: number): number | null {
  const sums = new Float64Array(cols);
  const counts = new Uint32Array(cols);
  for (let r = 0; r < rows; r++) {
    const base = r * cols;
    for (let c = 0; c < cols; c++) {
      const v = values[base + c];
      if (v !== null) {
        sums[c] += v;
        counts[c]++;
      }
    }
  }
  return meanOfMonths(sums, counts);
}

/** Anhang D: the mean of the monthly means (sum and count of values per month); null without any value. */
export function meanOfMonths(sums: ArrayLike<number>, counts: ArrayLike<number>): number | null {
  let total = 0;
  let months = 0;
  for (let c = 0; c < sums.length; c++) {
    if (counts[c] > 0) {
      total += sums[c] / counts[c];
      months++;
    }
  }
  return months === 0 ? null : finite(total / months);
}
