/* global CustomFunctions */
/**
 * The DEUZ custom functions: thin wrappers over src/engine/formulas. The JSDoc below is the source of
 * dist/functions.json (custom-functions-metadata-plugin); German texts are merged from functions-de.strings.json.
 * Energy arguments are `any[][]` so that a number or a range is accepted.
 */
import { run } from "./adapter";

/**
 * Power Usage Effectiveness (DE-UZ 228, 3.2.7): (total - excluded) / it over the reporting period.
 * @customfunction PUE PUE
 * @param total Total electrical energy of the data centre in kWh (MP_EVU + MP_EE + MP_NEA), a number or a range.
 * @param it IT energy in kWh (MP_IT2), a number or a range of the same shape.
 * @param [excluded] Energy to extract waste heat in kWh (heat pumps, heat-network pumps), left out of PUE.
 * @returns The PUE, a ratio of sums.
 */
export function pue(total: any[][], it: any[][], excluded?: any[][]): number {
  return run("PUE", total, it, excluded) as number;
}

/**
 * Cooling Efficiency Ratio (DE-UZ 228, 3.2.8): heat_removed / (cooling - excluded).
 * @customfunction CER CER
 * @param heat_removed Heat removed from the data centre in kWh_th (MP_RZ), a number or a range.
 * @param cooling Electrical energy of the whole cooling system in kWh (MP_KS), a number or a range.
 * @param [excluded] Energy to extract waste heat in kWh (heat pumps), left out of the cooling energy.
 * @returns The CER, a ratio of sums.
 */
export function cer(heat_removed: any[][], cooling: any[][], excluded?: any[][]): number {
  return run("CER", heat_removed, cooling, excluded) as number;
}

/**
 * The largest PUE allowed (DE-UZ 228, 3.2.7, Tabelle 2; Tabelle 3 in the first two years).
 * @customfunction PUE.LIMIT PUE.LIMIT
 * @param dc_commissioning Commissioning date of the data centre (Excel date or YYYY-MM-DD).
 * @param [reporting_start] Start of the reporting period; in the data centre's first two years Tabelle 3 applies.
 * @returns The PUE limit (PUE must be at most this).
 */
export function pueLimit(dc_commissioning: any, reporting_start?: any): number {
  return run("PUE.LIMIT", dc_commissioning, reporting_start) as number;
}

/**
 * The value CER must exceed (DE-UZ 228, 3.2.8, Tabelle 4; Tabelle 5 in the data centre's first two years).
 * @customfunction CER.LIMIT CER.LIMIT
 * @param cooling_commissioning Commissioning date of the cooling system (Excel date or YYYY-MM-DD).
 * @param [reporting_start] Start of the reporting period.
 * @param [dc_commissioning] Commissioning date of the data centre (default: the cooling system's).
 * @returns The CER limit (CER must be greater than this).
 */
export function cerLimit(cooling_commissioning: any, reporting_start?: any, dc_commissioning?: any): number {
  return run("CER.LIMIT", cooling_commissioning, reporting_start, dc_commissioning) as number;
}

/**
 * TRUE when the PUE meets its limit (DE-UZ 228, 3.2.7: PUE <= limit).
 * @customfunction PUE.CHECK PUE.CHECK
 * @param pue The annual PUE.
 * @param dc_commissioning Commissioning date of the data centre.
 * @param [reporting_start] Start of the reporting period.
 * @returns TRUE when met, FALSE when not.
 */
export function pueCheck(pue: any, dc_commissioning: any, reporting_start?: any): boolean {
  return run("PUE.CHECK", pue, dc_commissioning, reporting_start) as boolean;
}

/**
 * TRUE when the CER exceeds its limit (DE-UZ 228, 3.2.8: CER > limit, strictly).
 * @customfunction CER.CHECK CER.CHECK
 * @param cer The annual CER.
 * @param cooling_commissioning Commissioning date of the cooling system.
 * @param [reporting_start] Start of the reporting period.
 * @param [dc_commissioning] Commissioning date of the data centre (default: the cooling system's).
 * @returns TRUE when met, FALSE when not.
 */
export function cerCheck(cer: any, cooling_commissioning: any, reporting_start?: any, dc_commissioning?: any): boolean {
  return run("CER.CHECK", cer, cooling_commissioning, reporting_start, dc_commissioning) as boolean;
}

/**
 * The edition of the criteria this add-in implements.
 * @customfunction VERSION VERSION
 * @returns "DE-UZ 228 Ausgabe Januar 2023, Version 3".
 */
export function version(): string {
  return run("VERSION") as string;
}
