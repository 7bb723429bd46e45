/**
 * Units a source writes, converted to the template's: energy in kWh (Wh, kWh, MWh, GWh; electrical or thermal,
 * "kWh_th", "MWh_el"), water in m³ (m³, l), storage in GB (MB, GB, TB, PB and the binary GiB, TiB). A power (kW)
 * is no energy and is refused rather than multiplied by a guessed interval. Each conversion is reported.
 */
export type Quantity = "energy" | "water" | "storage" | "percent";

export interface UnitRead {
  quantity: Quantity;
  /** Template units per source unit. */
  factor: number;
  /** As written, for the report ("MWh"). */
  written: string;
  /** "th" or "el" when the unit says so. */
  kind?: "th" | "el";
}

const key = (u: string) => u.toLowerCase().replace(/[\s.]/g, "").replace(/^\[|\]$|^\(|\)$/g, "");

const ENERGY: Record<string, number> = { wh: 1e-3, kwh: 1, mwh: 1e3, gwh: 1e6 };
const WATER: Record<string, number> = { "m³": 1, m3: 1, cbm: 1, l: 1e-3, liter: 1e-3, litre: 1e-3, ltr: 1e-3 };
const STORAGE: Record<string, number> = { mb: 1e-3, gb: 1, tb: 1e3, pb: 1e6, gib: 1.073741824, tib: 1099.511627776 };
const POWER = ["w", "kw", "mw", "gw", "kwel", "kwth", "kw_el", "kw_th", "mw_th", "mw_el"];

/** A unit as written after a number or in a header; null when it is none we know. */
export function readUnit(written: string): UnitRead | null {
  const k = key(written);
  if (k === "") return null;
  if (k === "%" || k === "prozent" || k === "percent") return { quantity: "percent", factor: 0.01, written: "%" };
  const energy = /^(wh|kwh|mwh|gwh)(?:_?(th|el))?$/.exec(k);
  if (energy) return { quantity: "energy", factor: ENERGY[energy[1]], written, ...(energy[2] ? { kind: energy[2] as "th" | "el" } : {}) };
  if (k in WATER) return { quantity: "water", factor: WATER[k], written };
  if (k in STORAGE) return { quantity: "storage", factor: STORAGE[k], written };
  return null;
}

export const isPower = (written: string) => POWER.includes(key(written));

/** The template's unit of a quantity, for the report. */
export const templateUnit: Record<Quantity, string> = { energy: "kWh", water: "m³", storage: "GB", percent: "%" };

/**
 * A header split into its name and the unit written after it: "MP_IT2 [MWh]", "MP_KS (kWh)", "Wert in MWh",
 * "CPU %", "Belegt_TB".
 */
export function splitHeader(header: string): { name: string; unit: string } {
  const h = header.trim();
  let m = /^(.*?)\s*[[(]\s*([^\])]*?)\s*[\])]\s*$/.exec(h);
  if (m) return { name: m[1], unit: m[2] };
  m = /^(.*?)\s+in\s+(\S+)$/i.exec(h);
  if (m && (readUnit(m[2]) || isPower(m[2]))) return { name: m[1], unit: m[2] };
  m = /^(.*)[\s_-]+(\S+)$/.exec(h);
  if (m && m[1] && (readUnit(m[2]) || isPower(m[2]))) return { name: m[1], unit: m[2] };
  if (h.endsWith("%")) return { name: h.slice(0, -1).trim(), unit: "%" };
  return { name: h, unit: "" };
}
