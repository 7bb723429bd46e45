/**
 * The table of DEUZ functions: one implementation per function, read by both adapters (the Excel
 * custom functions in src/functions and the HyperFormula plugin in src/workbook) and by the docs.
 */
import { DeuzError } from "../errors";
import { EDITION } from "../edition";
import { Arg } from "../values";
import { checkFunctions } from "./checks";
import { efficiencyFunctions } from "./efficiency";
import { enefgFunctions } from "./enefg";
import { itLoadFunctions } from "./itLoad";
import { areaFunctions, shareFunctions } from "./shares";
import { DeuzFunction, DeuzResult } from "./types";

export * from "./types";

const versionFunction: DeuzFunction = {
  name: "VERSION",
  section: "",
  params: [],
  returns: "string",
  compute: () => EDITION,
};

const ordered = [
  "PUE", "CER", "ERF", "WUE", "REF", "ITEU", "SERVERS", "STORAGE", "PIDLE", "SIEC", "AREAEFF", "COVERAGE", "PUE.LIMIT", "CER.LIMIT",
  "PUE.CHECK", "CER.CHECK", "ITEU.CHECK", "REFRIGERANT.CHECK", "SF6.CHECK", "RENEWABLE.CHECK", "WASTEHEAT.CHECK",
  "PRICING.CHECK", "INFO.CHECK", "PERIOD.CHECK", "ENEFG.PUE.LIMIT", "ENEFG.PUE.CHECK", "ENEFG.ERF.MIN", "ENEFG.RENEWABLE.MIN", "VERSION",
];
const all = [...efficiencyFunctions, ...shareFunctions, ...areaFunctions, ...itLoadFunctions, ...checkFunctions, ...enefgFunctions, versionFunction];

/** Every DEUZ function, in the order of the function reference. */
export const deuzFunctions: DeuzFunction[] = ordered.map((name) => {
  const f = all.find((g) => g.name === name);
  if (!f) throw new Error(`DEUZ.${name} is not implemented`);
  return f;
});

const byName = new Map(deuzFunctions.map((f) => [f.name, f]));

export function deuzFunction(name: string): DeuzFunction {
  const f = byName.get(name.toUpperCase().replace(/^DEUZ\./, ""));
  if (!f) throw new Error(`unknown DEUZ function ${name}`);
  return f;
}

/** The outcome of one call: a value, or an Excel error with its message in both languages. */
export type Outcome = { ok: true; value: DeuzResult } | { ok: false; error: DeuzError };

/**
 * Calls a DEUZ function. Bad input becomes a DeuzError; anything else that goes wrong, or a result that
 * is not a finite number, becomes #NUM! rather than an exception, NaN or Infinity.
 */
export function callDeuz(name: string, args: Arg[]): Outcome {
  const f = deuzFunction(name);
  try {
    const value = f.compute(...args);
    if (typeof value === "number" && !Number.isFinite(value)) {
      return { ok: false, error: new DeuzError("#NUM!", { de: "Das Ergebnis ist keine endliche Zahl.", en: "The result is not a finite number." }) };
    }
    return { ok: true, value };
  } catch (e) {
    if (e instanceof DeuzError) return { ok: false, error: e };
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, error: new DeuzError("#VALUE!", { de: `Unerwartete Eingabe: ${detail}`, en: `Unexpected input: ${detail}` }) };
  }
}
