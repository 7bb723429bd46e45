/**
 * 3.2.9 Kältemittel: which refrigerants are halogen-free. Designations follow ASHRAE 34 (ISO 817).
 * Single substances are listed; blends (R4xx, R5xx, R7xx mixtures) by their components, so that a blend
 * is halogen-free exactly when all its components are.
 */

/** Halogen-free single substances: the natural refrigerants and hydrocarbons. */
const HALOGEN_FREE = [
  "50", // methane
  "170", // ethane
  "290", // propane
  "600", // butane
  "600A", // isobutane
  "601", // pentane
  "601A", // isopentane
  "1150", // ethylene
  "1270", // propylene
  "717", // ammonia
  "718", // water
  "729", // air
  "744", // carbon dioxide
  "744A", // nitrous oxide
  "E170", // dimethyl ether
];

/** Halogenated single substances: CFC, HCFC, HFC and HFO (F, Cl or Br in the molecule). */
const HALOGENATED = [
  "11", "12", "13", "13B1", "14", "21", "22", "23", "30", "31", "32", "40", "41", "113", "114", "115", "116",
  "123", "124", "125", "134", "134A", "141B", "142B", "143", "143A", "152A", "161", "218", "227EA", "236EA",
  "236FA", "245CA", "245FA", "365MFC", "C318", "13I1", "1132A", "1130(E)", "1224YD(Z)", "1233ZD(E)", "1234YF",
  "1234ZE(E)", "1234ZE(Z)", "1336MZZ(E)", "1336MZZ(Z)", "1243ZF",
];

/** Blends by their components (ASHRAE 34 compositions). */
const BLENDS: Record<string, string[]> = {
  "401A": ["22", "152A", "124"], "401B": ["22", "152A", "124"], "402A": ["125", "290", "22"], "402B": ["125", "290", "22"],
  "403B": ["290", "22", "218"], "404A": ["125", "143A", "134A"], "406A": ["22", "600A", "142B"],
  "407A": ["32", "125", "134A"], "407B": ["32", "125", "134A"], "407C": ["32", "125", "134A"], "407D": ["32", "125", "134A"],
  "407F": ["32", "125", "134A"], "407H": ["32", "125", "134A"], "408A": ["125", "143A", "22"], "409A": ["22", "124", "142B"],
  "410A": ["32", "125"], "410B": ["32", "125"], "413A": ["218", "134A", "600A"], "417A": ["125", "134A", "600"],
  "417B": ["125", "134A", "600"], "419A": ["125", "134A", "E170"], "422A": ["125", "134A", "600A"], "422B": ["125", "134A", "600A"],
  "422D": ["125", "134A", "600A"], "424A": ["125", "134A", "600A", "600", "601A"], "427A": ["32", "125", "143A", "134A"],
  "434A": ["125", "143A", "134A", "600A"], "437A": ["125", "134A", "600", "601"], "438A": ["32", "125", "134A", "600", "601A"],
  "442A": ["32", "125", "134A", "152A", "227EA"], "444A": ["32", "152A", "1234ZE(E)"], "444B": ["32", "152A", "1234ZE(E)"],
  "445A": ["744", "134A", "1234ZE(E)"], "446A": ["32", "1234ZE(E)", "600"], "447A": ["32", "125", "1234ZE(E)"],
  "447B": ["32", "125", "1234ZE(E)"], "448A": ["32", "125", "1234YF", "134A", "1234ZE(E)"],
  "449A": ["32", "125", "1234YF", "134A"], "449B": ["32", "125", "1234YF", "134A"], "450A": ["134A", "1234ZE(E)"],
  "451A": ["1234YF", "134A"], "451B": ["1234YF", "134A"], "452A": ["1234YF", "32", "125"], "452B": ["32", "125", "1234YF"],
  "453A": ["32", "125", "134A", "227EA", "600", "601A"], "454A": ["32", "1234YF"], "454B": ["32", "1234YF"], "454C": ["32", "1234YF"],
  "455A": ["744", "32", "1234YF"], "456A": ["32", "134A", "1234ZE(E)"], "457A": ["32", "1234YF", "152A"],
  "459A": ["32", "1234YF", "1234ZE(E)"], "459B": ["32", "1234YF", "1234ZE(E)"], "460A": ["32", "125", "134A", "1234ZE(E)"],
  "460B": ["32", "125", "134A", "1234ZE(E)"], "463A": ["744", "32", "125", "1234YF", "134A"],
  "464A": ["32", "125", "1234ZE(E)", "227EA"], "465A": ["32", "290", "1234YF"], "466A": ["32", "125", "13I1"],
  "468A": ["1132A", "32", "1234YF"], "469A": ["744", "32", "125"], "470A": ["744", "32", "125", "134A", "1234ZE(E)", "227EA"],
  "471A": ["1234ZE(E)", "227EA", "1336MZZ(E)"], "472A": ["744", "32", "134A"], "473A": ["1132A", "23", "32", "125"],
  "500": ["12", "152A"], "502": ["22", "115"], "503": ["23", "13"], "507A": ["125", "143A"], "508A": ["23", "116"],
  "508B": ["23", "116"], "513A": ["1234YF", "134A"], "513B": ["1234YF", "134A"], "514A": ["1336MZZ(Z)", "1130(E)"],
  "515A": ["1234ZE(E)", "227EA"], "515B": ["1234ZE(E)", "227EA"], "516A": ["1234YF", "134A", "152A"],
  // halogen-free blends
  "436A": ["290", "600A"], "436B": ["290", "600A"], "436C": ["290", "600A"], "441A": ["170", "290", "600A", "600"],
  "443A": ["1270", "290", "600A"], "510A": ["E170", "600A"], "511A": ["290", "E170"], "723": ["717", "E170"],
};

/** Everyday names for natural refrigerants, German and English. */
const COMMON_NAMES: Record<string, string> = {
  CO2: "744", "KOHLENDIOXID": "744", "CARBONDIOXIDE": "744", NH3: "717", AMMONIAK: "717", AMMONIA: "717",
  PROPAN: "290", PROPANE: "290", ISOBUTAN: "600A", ISOBUTANE: "600A", BUTAN: "600", BUTANE: "600",
  PROPEN: "1270", PROPYLEN: "1270", PROPYLENE: "1270", WASSER: "718", WATER: "718", H2O: "718", LUFT: "729", AIR: "729",
  ETHAN: "170", ETHANE: "170", DME: "E170", DIMETHYLETHER: "E170", KOHLENSTOFFDIOXID: "744", METHAN: "50", METHANE: "50",
  ETHEN: "1150", ETHYLEN: "1150", ETHYLENE: "1150", PENTAN: "601", PENTANE: "601", ISOPENTAN: "601A", ISOPENTANE: "601A",
};

/**
 * Trade names that carry a designation of their own (compact, upper case, as `classifyRefrigerant` compares):
 * a product named after no number is listed with the ASHRAE 34 designation its maker gives.
 */
const TRADE_NAMES: Record<string, string> = {
  PURON: "410A", SOLSTICEYF: "1234YF", OPTEONYF: "1234YF", SOLSTICEZE: "1234ZE(E)", SOLSTICEZD: "1233ZD(E)",
  SOLSTICEN40: "448A", SOLSTICEN13: "450A", OPTEONXP10: "513A", OPTEONXP40: "449A", OPTEONXP44: "452A",
  OPTEONXL40: "454A", OPTEONXL41: "454B", OPTEONXL20: "454C",
};

/**
 * Brand names written before a designation, with or without its "R": "Solkane 134a", "Suva 404A", "Forane 32",
 * "Genetron 407C", "Klea 134a", "Freon 22", "Frigen 12", "Isceon 29", "Reclin 134a".
 */
const BRANDS = /^(SOLKANE|SUVA|FORANE|GENETRON|KLEA|FREON|FRIGEN|ISCEON|RECLIN|ARCTON|DAIKIN)R?(?=[CE]?\d)/;

export type RefrigerantClass = "halogen-free" | "halogenated";

export interface Refrigerant {
  /** Canonical designation, e.g. "R134a", "R1234ze(E)". */
  designation: string;
  halogenFree: boolean;
  components: string[];
}

const HALOGEN_FREE_SET = new Set(HALOGEN_FREE);
const SINGLES = new Set([...HALOGEN_FREE, ...HALOGENATED]);
/** Where the isomer suffix is commonly left out: R1234ze means R1234ze(E). */
const DEFAULT_ISOMER: Record<string, string> = { "1234ZE": "1234ZE(E)", "1233ZD": "1233ZD(E)", "1336MZZ": "1336MZZ(Z)", "1224YD": "1224YD(Z)" };

/** Designations ASHRAE 34 writes with capitals after the number. */
const UPPER_CASE = new Set(["744A", "13B1", "13I1"]);

function canonical(code: string): string {
  if (code in BLENDS || UPPER_CASE.has(code)) return "R" + code; // blends keep their upper-case letter: R513A, R404A
  // R134A → R134a: lower-case letters after the number, isomer marks upper case (ASHRAE 34 style)
  return "R" + code.replace(/([0-9])([A-Z]+)/g, (_, d: string, letters: string) => d + letters.toLowerCase()).replace(/\(([ez])\)/g, (_, m: string) => `(${m.toUpperCase()})`);
}

/** The code after "R" as the tables hold it: the isomer mark in brackets, a missing one by its usual default. */
function tableCode(code: string): string {
  if (SINGLES.has(code) || code in BLENDS) return code;
  if (code in DEFAULT_ISOMER) return DEFAULT_ISOMER[code];
  // R1234zeE, R-1234ze-E: the isomer mark written without brackets
  const bare = /^(\d+[A-Z]+)([EZ])$/.exec(code);
  if (bare && SINGLES.has(`${bare[1]}(${bare[2]})`)) return `${bare[1]}(${bare[2]})`;
  return code;
}

/**
 * Reads any common spelling: "R-134a", "r 134a", "R134A", "R1234ze(E)", "R744 (CO2)", "CO2", "NH₃", "Propan", and
 * trade names: "Solkane 134a", "Opteon XP10". A bare number needs its "R" (ASHRAE 34) or a brand before it; only the
 * natural refrigerants may be named in words. Null when unknown.
 */
export function classifyRefrigerant(text: string): Refrigerant | null {
  const compact = text
    .toUpperCase()
    .replace(/₂/g, "2")
    .replace(/₃/g, "3")
    .replace(/[\s_\-‐‑–—.]/g, "")
    .replace(/\((?![EZ]\))[^)]*\)/g, ""); // a remark in brackets, "R744 (CO2)", but not the isomer mark "(E)"
  let code: string | undefined = COMMON_NAMES[compact] ?? TRADE_NAMES[compact];
  if (!code) {
    // "HFC-134a", "HFO-1234yf", "HCFC-22": the chemical family written in place of the "R" (ISO 817 allows it)
    const designation = compact.replace(BRANDS, "R").replace(/^(?:HCFC|HFC|HFO|HCFO|CFC|PFC|FC)(?=\d)/, "R");
    const m = /^R([CE]?\d+[A-Z0-9]*(?:\([EZ]\))?)$/.exec(designation); // RC318 (cyclic), RE170 (ether)
    if (!m) return null;
    code = m[1];
  }
  code = tableCode(code);
  if (SINGLES.has(code)) {
    return { designation: canonical(code), halogenFree: HALOGEN_FREE_SET.has(code), components: [canonical(code)] };
  }
  const blend = BLENDS[code];
  if (!blend) return null;
  return { designation: canonical(code), halogenFree: blend.every((c) => HALOGEN_FREE_SET.has(c)), components: blend.map(canonical) };
}

/** Refrigerants offered in the template's drop-down: the common ones, natural first. */
export const commonRefrigerants = [
  "R744", "R717", "R290", "R600a", "R1270", "R718", "R1234ze(E)", "R1234yf", "R1233zd(E)", "R513A", "R454B",
  "R32", "R134a", "R410A", "R407C", "R404A", "R22",
];

/** Every designation the table knows, canonical ("R134a", "R513A"): single substances, then blends. */
export function knownRefrigerants(): string[] {
  return [...SINGLES, ...Object.keys(BLENDS)].map(canonical);
}
