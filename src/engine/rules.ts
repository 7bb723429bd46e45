/**
 * The yes/no rules of DE-UZ 228 as pure functions of typed values, shared by the DEUZ check functions,
 * the criteria catalogue and the task pane. Dates are Excel serials (whole days).
 */
import { atLeast, atMost, greaterThan } from "./compare";
import { edate, serial, toIsoDate } from "./dates";
import { fail } from "./errors";

/** 3.2.9: "nach dem 1.01.2013 in Betrieb genommen" read as from 2013-01-01 on (docs/interpretations.md). */
export const refrigerantRuleFrom = serial("2013-01-01");
/** 3.2.9: "Ausgenommen sind Anlagen mit einer thermischen Leistung von bis zu 10 kW_th pro Anlage." */
export const refrigerantExemptUpToKw = 10;
/** 3.2.11: "nach dem 1.1.2023 installiert" read as from 2023-01-01 on. */
export const sf6RuleFrom = serial("2023-01-01");
/** 3.2.10: "Rechenzentren, die ab dem 01.01.2023 in Betrieb gehen". */
export const wasteHeatRuleFrom = serial("2023-01-01");
/** 3.2.10: "ab einer elektrischen Anschlussleistung von 100 kW". */
export const wasteHeatConnectionKw = 100;
/** 3.2.4 Ausnahme: "nicht mehr als 20 Prozent der vom EVU an diesen Dritten insgesamt gelieferten Energiemenge". */
export const thirdPartyShareMax = 0.2;
/** 3.2.6.1, 3.2.6.2: "ab einer vertraglich vereinbarten elektrischen IT-Spitzenlast von 5 Kilowatt". */
export const customerPeakKw = 5;
/** 3.2.7: "nicht länger als drei Monate zurückliegen". */
export const balancePeriodMaxAgeMonths = 3;
/** 3.3.3: ITEU_SV ≥ 20 %. */
export const iteuMin = 0.2;
/** Anhang D: at least 90 % of servers / storage capacity monitored. */
export const coverageMin = 0.9;
/** 3.3.2 Nachweis: "Datenreihen über mindestens 3 Monate" (CPU per server, occupancy per storage system). */
export const seriesMonthsMin = 3;

/** 3.2.9 binds systems commissioned from 2013-01-01 on with more than 10 kW_th. */
export function refrigerantRuleApplies(commissioning: number, thermalPowerKw: number): boolean {
  return commissioning >= refrigerantRuleFrom && thermalPowerKw > refrigerantExemptUpToKw;
}

/** 3.2.9: halogen-free, or commissioned before 2013-01-01, or at most 10 kW_th. */
export function refrigerantAllowed(halogenFree: boolean, commissioning: number, thermalPowerKw: number): boolean {
  return halogenFree || !refrigerantRuleApplies(commissioning, thermalPowerKw);
}

/** 3.2.11 binds switchgear installed from 2023-01-01 on. */
export function sf6RuleApplies(installed: number): boolean {
  return installed >= sf6RuleFrom;
}

/** 3.2.11: no SF6 in switchgear installed from 2023-01-01 on. */
export function switchgearAllowed(containsSf6: boolean, installed: number): boolean {
  return !containsSf6 || !sf6RuleApplies(installed);
}

/** 3.3.3: ITEU_SV ≥ 20 %. */
export function iteuMet(iteu: number): boolean {
  return atLeast(iteu, iteuMin);
}

export interface RenewableSupply {
  renewable: number;
  total: number;
  /** Energy the utility delivers to the third party that supplies the data centre (Ausnahme). */
  supplierTotal?: number;
  /** Certificates cover the non-renewable part (Anhang B). */
  compensated?: boolean;
}

/**
 * 3.2.4: 100 % renewable, or the third-party exception (≤ 20 % of the supplier's delivery, compensated).
 * Without `supplierTotal` no exception is claimed; with the share within 20 %, `compensated` decides and is
 * required (#N/A when left out).
 */
export function renewableMet({ renewable, total, supplierTotal, compensated }: RenewableSupply): boolean {
  if (renewable > total * (1 + 1e-9)) {
    fail("#NUM!", "partAboveWhole", {
      part: "renewable", partValue: renewable, whole: "total", wholeValue: total,
      hint: { de: "Erneuerbarer Strom ist Teil des Strombedarfs.", en: "Renewable electricity is part of the total." },
    });
  }
  if (atLeast(renewable, total)) return true;
  if (supplierTotal === undefined) return false;
  if (total > supplierTotal) {
    fail("#NUM!", "partAboveWhole", {
      part: "total", partValue: total, whole: "supplier_total", wholeValue: supplierTotal,
      hint: {
        de: "Der Dritte liefert dem RZ höchstens, was er vom EVU bezieht.",
        en: "The third party cannot deliver more than it receives from the utility.",
      },
    });
  }
  if (supplierTotal === 0 || !atMost(total / supplierTotal, thirdPartyShareMax)) return false;
  if (compensated === undefined) {
    fail("#N/A", "flagNeeded", {
      arg: "compensated",
      section: "3.2.4",
      reason: {
        de: "die Ausnahme (höchstens 20 % der Liefermenge des Dritten) gilt nur mit Kompensationszertifikaten für den nicht erneuerbaren Strom (Anhang B)",
        en: "the exception (at most 20 % of the third party's delivery) holds only with compensation certificates for the non-renewable electricity (Anhang B)",
      },
    });
  }
  return compensated;
}

export interface WasteHeat {
  dcCommissioning: number;
  erf: number;
  connectionKw: number;
  connectionsReady?: boolean;
  /** Temperature and amount published, or all heat already used or contracted. */
  heatPublished?: boolean;
}

/** 3.2.10 binds data centres commissioned from 2023-01-01 on. */
export function wasteHeatRuleApplies(dcCommissioning: number): boolean {
  return dcCommissioning >= wasteHeatRuleFrom;
}

/**
 * 3.2.10: for data centres from 2023-01-01: ERF > 0; from 100 kW also connections and publication.
 * A flag that decides the verdict but is left out is #N/A; one that cannot change it is not needed.
 */
export function wasteHeatMet(w: WasteHeat): boolean {
  if (!wasteHeatRuleApplies(w.dcCommissioning)) return true;
  if (!greaterThan(w.erf, 0)) return false;
  if (w.connectionKw < wasteHeatConnectionKw) return true;
  if (w.connectionsReady === false || w.heatPublished === false) return false;
  const threshold = `${wasteHeatConnectionKw} kW`;
  if (w.connectionsReady === undefined) fail("#N/A", "flagRequired", { arg: "connections_ready", threshold, section: "3.2.10" });
  if (w.heatPublished === undefined) fail("#N/A", "flagRequired", { arg: "heat_published", threshold, section: "3.2.10" });
  return true;
}

export interface PriceModel {
  priceKwh: number;
  purchasePriceKwh: number;
  minimumKwh?: number;
  freeKwh?: number;
}

/** 3.2.6.2, Anhang C: a consumption-based price ≥ the purchase price, no minimum purchase, no free allowance. */
export function pricingMet(p: PriceModel): boolean {
  return p.priceKwh > 0 && atLeast(p.priceKwh, p.purchasePriceKwh) && !(p.minimumKwh ?? 0) && !(p.freeKwh ?? 0);
}

/** 3.2.6.1, 3.2.6.2 bind IT customers from 5 kW contracted peak on. */
export function customerRuleApplies(contractedPeakKw: number): boolean {
  return contractedPeakKw >= customerPeakKw;
}

/** 3.2.6.1: customers from 5 kW contracted peak get monthly consumption and peak information. */
export function customerInfoMet(contractedPeakKw: number, monthlyInfo: boolean): boolean {
  return !customerRuleApplies(contractedPeakKw) || monthlyInfo;
}

/** 3.2.7: the balance period ended at most three calendar months (as EDATE counts) before the application. */
export function balancePeriodRecent(periodEnd: number, applicationDate: number): boolean {
  if (periodEnd > applicationDate) {
    fail("#NUM!", "periodEndsAfterApplication", { end: toIsoDate(periodEnd), application: toIsoDate(applicationDate) });
  }
  return applicationDate <= edate(periodEnd, balancePeriodMaxAgeMonths);
}

/** Words for SF6 and for SF6-free insulation media (3.2.11), lower case without spaces, hyphens or dots. */
const SF6_WORDS = new Set(["sf6", "schwefelhexafluorid", "sulfurhexafluoride", "sulphurhexafluoride", "ja", "yes", "true", "wahr"]);
const SF6_FREE_WORDS = new Set([
  "luft", "air", "trockeneluft", "dryair", "cleanair", "synthetischeluft", "syntheticair", "vakuum", "vacuum", "feststoff",
  "solid", "feststoffisolierung", "solidinsulation", "g3", "n2", "stickstoff", "nitrogen", "co2", "kohlendioxid",
  "carbondioxide", "o2", "öl", "oil", "nein", "no", "false", "falsch", "kein", "keins", "keines", "none", "fluorketon",
  "fluoroketone", "fluornitril", "fluoronitrile", "sf6frei", "sf6free", "ohnesf6", "keinsf6", "nosf6", "withoutsf6",
]);

function insulationWord(medium: string): boolean | null {
  const word = medium
    .toLowerCase()
    .replace(/₆/g, "6")
    .replace(/₂/g, "2")
    .replace(/³/g, "3")
    .replace(/[\s\-‐‑–—_.]/g, "");
  if (word === "") return null;
  if (SF6_FREE_WORDS.has(word)) return false; // before the SF6 test: "SF6-frei" names no SF6
  if (SF6_WORDS.has(word) || word.includes("sf6")) return true;
  return null;
}

/**
 * Whether an insulation medium named in words contains SF6; null when a word is unknown. A mixture
 * ("Vakuum/SF6", "Luft + Feststoff", "Vakuum (SF6-frei)") contains SF6 when one part does and is SF6-free when
 * every part is known to be.
 */
export function insulationContainsSf6(medium: string): boolean | null {
  const parts = medium.split(/\s*(?:[+/,;&()]|\bund\b|\band\b)\s*/i).filter((p) => p.trim() !== "");
  if (parts.length === 0) return null;
  const verdicts = parts.map(insulationWord);
  if (verdicts.includes(true)) return true;
  return verdicts.every((v) => v === false) ? false : null;
}
