/**
 * The DEUZ custom functions: thin wrappers over src/engine/formulas. The JSDoc below is the source of
 * dist/functions.json (custom-functions-metadata-plugin); German texts are merged from strings.de.json.
 * Energy arguments are `any[][]` so that a number or a range is accepted.
 */
import "./standalone";
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
 * Energy Reuse Factor (DE-UZ 228, 3.2.10): energy reused outside the data centre / total energy, 0 to 1.
 * @customfunction ERF ERF
 * @param reused Energy reused outside the data centre in kWh (MP_An), a number or a range.
 * @param total Total energy of the data centre in kWh, a number or a range.
 * @returns The ERF, a ratio of sums.
 */
export function erf(reused: any[][], total: any[][]): number {
  return run("ERF", reused, total) as number;
}

/**
 * Water Usage Effectiveness (DE-UZ 228, 3.2.5): litres of water per kWh of IT energy.
 * @customfunction WUE WUE
 * @param water_m3 Water used in m³, a number or a range.
 * @param it IT energy in kWh (MP_IT2), a number or a range.
 * @returns The WUE in L/kWh.
 */
export function wue(water_m3: any[][], it: any[][]): number {
  return run("WUE", water_m3, it) as number;
}

/**
 * Renewable Energy Factor (DE-UZ 228, 3.2.4): renewable electricity / total electricity, 0 to 1.
 * @customfunction REF REF
 * @param renewable Renewable electricity in kWh, a number or a range.
 * @param total Total electricity of the data centre in kWh, a number or a range.
 * @returns The REF, a ratio of sums.
 */
export function ref(renewable: any[][], total: any[][]): number {
  return run("REF", renewable, total) as number;
}

/**
 * ITEU_SV (DE-UZ 228, 3.3.3, Anhang D): mean CPU utilisation; per month the mean over the servers with a value, then the mean of the months.
 * @customfunction ITEU ITEU
 * @param cpu Monthly mean CPU utilisation per server as fractions: rows are servers, columns are months.
 * @param [ids] The server ID of each row of cpu; with inventory_ids and leave_out, rows to leave out (3.3.3 exception 2: GPU servers).
 * @param [inventory_ids] The IDs of the inventory (Anlage 4.1).
 * @param [leave_out] Beside inventory_ids: TRUE, 1 or Yes (Ja) for each server to leave out, e.g. a GPU server.
 * @returns ITEU_SV as a fraction (0.2 = 20 %).
 */
export function iteu(cpu: any[][], ids?: any[][], inventory_ids?: any[][], leave_out?: any[][]): number {
  return run("ITEU", cpu, ids, inventory_ids, leave_out) as number;
}

/**
 * Servers monitored (DE-UZ 228, 3.3.2, Anhang D): rows with an ID and CPU values for at least min_months months.
 * @customfunction SERVERS SERVERS
 * @param ids The server ID of each row; rows without an ID do not count.
 * @param cpu Monthly mean CPU utilisation per server as fractions, one row per ID.
 * @param [min_months] Months with a value a server needs (default 3, the data series of 3.3.2).
 * @param [inventory_ids] The IDs of the inventory (Anlage 4.1).
 * @param [leave_out] Beside inventory_ids: TRUE, 1 or Yes (Ja) for each server not to count, e.g. a GPU server (3.3.3 exception 2).
 * @returns The number of servers.
 */
export function servers(ids: any[][], cpu: any[][], min_months?: any, inventory_ids?: any[][], leave_out?: any[][]): number {
  return run("SERVERS", ids, cpu, min_months, inventory_ids, leave_out) as number;
}

/**
 * Mean storage utilisation (DE-UZ 228, Anhang D): occupied / installed capacity.
 * @customfunction STORAGE STORAGE
 * @param occupied Occupied capacity (GB), a number or a range.
 * @param installed Installed capacity (GB), a number or a range of the same shape.
 * @returns The utilisation as a fraction.
 */
export function storage(occupied: any[][], installed: any[][]): number {
  return run("STORAGE", occupied, installed) as number;
}

/**
 * Idle power P_idle (DE-UZ 228, Anhang E): mean power of intervals below 1 % CPU, else the intercept of the regression line.
 * @customfunction PIDLE PIDLE
 * @param power Measured power per interval in W or kW.
 * @param cpu CPU utilisation per interval as fractions, the same size as power.
 * @returns P_idle in the unit of power.
 */
export function pidle(power: any[][], cpu: any[][]): number {
  return run("PIDLE", power, cpu) as number;
}

/**
 * Server Idle Energy Coefficient (DE-UZ 228, Anhang E): E_idle / E_server.
 * @customfunction SIEC SIEC
 * @param power Measured power per interval.
 * @param cpu CPU utilisation per interval as fractions, the same size as power.
 * @param [interval] Length of each interval: a number (default 1) or a range the size of power.
 * @param [p_idle] Idle power; default DEUZ.PIDLE(power, cpu).
 * @returns SIEC as a fraction.
 */
export function siec(power: any[][], cpu: any[][], interval?: any[][], p_idle?: any): number {
  return run("SIEC", power, cpu, interval, p_idle) as number;
}

/**
 * Area efficiency (DE-UZ 228, 3.2.12): IT total power per area in kW/m².
 * @customfunction AREAEFF AREAEFF
 * @param it_power_kW IT total power in kW (the maximum IT power the data centre is built for).
 * @param area_m2 Area in m² (BGF, BF, ITF or NF).
 * @returns kW per m².
 */
export function areaeff(it_power_kW: any, area_m2: any): number {
  return run("AREAEFF", it_power_kW, area_m2) as number;
}

/**
 * Monitoring coverage (DE-UZ 228, Anhang D): share of servers or storage capacity covered; at least 90 % required.
 * @customfunction COVERAGE COVERAGE
 * @param measured Servers (or capacity) covered by the monitoring, a number or a range.
 * @param total All servers (or all capacity), a number or a range.
 * @returns The coverage as a fraction.
 */
export function coverage(measured: any[][], total: any[][]): number {
  return run("COVERAGE", measured, total) as number;
}

/**
 * TRUE when ITEU_SV reaches 20 % (DE-UZ 228, 3.3.3).
 * @customfunction ITEU.CHECK ITEU.CHECK
 * @param iteu ITEU_SV as a fraction.
 * @returns TRUE when met, FALSE when not.
 */
export function iteuCheck(iteu: any): boolean {
  return run("ITEU.CHECK", iteu) as boolean;
}

/**
 * TRUE when a refrigeration system meets DE-UZ 228, 3.2.9: halogen-free refrigerant, or commissioned before 2013-01-01, or at most 10 kW_th.
 * @customfunction REFRIGERANT.CHECK REFRIGERANT.CHECK
 * @param refrigerant Refrigerant by ASHRAE 34 designation (R744, R290, R134a, R513A) or a natural one by name (CO2, Propan); not needed for an exempt system.
 * @param commissioning Commissioning date of the system.
 * @param thermal_power_kW Thermal power of the system in kW_th.
 * @returns TRUE when met, FALSE when not.
 */
export function refrigerantCheck(refrigerant: any, commissioning: any, thermal_power_kW: any): boolean {
  return run("REFRIGERANT.CHECK", refrigerant, commissioning, thermal_power_kW) as boolean;
}

/**
 * TRUE when switchgear meets DE-UZ 228, 3.2.11: no SF6 in switchgear installed from 2023-01-01 on.
 * @customfunction SF6.CHECK SF6.CHECK
 * @param insulation TRUE if the insulation contains SF6, FALSE if not, or the insulation medium as text (SF6, Luft, Vakuum ...); not needed before 2023-01-01.
 * @param installed Installation date of the switchgear.
 * @returns TRUE when met, FALSE when not.
 */
export function sf6Check(insulation: any, installed: any): boolean {
  return run("SF6.CHECK", insulation, installed) as boolean;
}

/**
 * TRUE when electricity is 100 % renewable, or the third-party exception holds (DE-UZ 228, 3.2.4).
 * @customfunction RENEWABLE.CHECK RENEWABLE.CHECK
 * @param renewable Renewable electricity in kWh, a number or a range.
 * @param total Total electricity of the data centre in kWh, a number or a range.
 * @param [supplier_total] Energy the utility delivers to the third party supplying the data centre, in kWh.
 * @param [compensated] TRUE when certificates cover the non-renewable part (Anhang B); needed when the exception decides.
 * @returns TRUE when met, FALSE when not.
 */
export function renewableCheck(renewable: any[][], total: any[][], supplier_total?: any[][], compensated?: any): boolean {
  return run("RENEWABLE.CHECK", renewable, total, supplier_total, compensated) as boolean;
}

/**
 * TRUE when waste-heat use meets DE-UZ 228, 3.2.10 (data centres commissioned from 2023-01-01).
 * @customfunction WASTEHEAT.CHECK WASTEHEAT.CHECK
 * @param dc_commissioning Commissioning date of the data centre.
 * @param erf Energy Reuse Factor as a fraction.
 * @param connection_kW Electrical connection power of the data centre in kW.
 * @param [connections_ready] From 100 kW: TRUE when connections for external heat use exist.
 * @param [heat_published] From 100 kW: TRUE when temperature and amount of heat are published, or all heat is used or contracted.
 * @returns TRUE when met, FALSE when not.
 */
export function wasteheatCheck(dc_commissioning: any, erf: any, connection_kW: any, connections_ready?: any, heat_published?: any): boolean {
  return run("WASTEHEAT.CHECK", dc_commissioning, erf, connection_kW, connections_ready, heat_published) as boolean;
}

/**
 * TRUE when a price model meets DE-UZ 228, 3.2.6.2 and Anhang C.
 * @customfunction PRICING.CHECK PRICING.CHECK
 * @param price_kWh Consumption-based price per kWh charged to the IT customer.
 * @param purchase_price_kWh Purchase price of the electricity per kWh, with all fees, taxes and levies.
 * @param [minimum_kWh] Agreed minimum purchase in kWh (must be none).
 * @param [free_kWh] Agreed free allowance in kWh (must be none).
 * @returns TRUE when met, FALSE when not.
 */
export function pricingCheck(price_kWh: any, purchase_price_kWh: any, minimum_kWh?: any, free_kWh?: any): boolean {
  return run("PRICING.CHECK", price_kWh, purchase_price_kWh, minimum_kWh, free_kWh) as boolean;
}

/**
 * TRUE when an IT customer gets the monthly information of DE-UZ 228, 3.2.6.1 (required from 5 kW contracted peak).
 * @customfunction INFO.CHECK INFO.CHECK
 * @param contracted_peak_kW Contracted electrical IT peak load of the customer in kW.
 * @param monthly_info TRUE (or Ja) when the customer gets monthly consumption and peak figures.
 * @returns TRUE when met, FALSE when not.
 */
export function infoCheck(contracted_peak_kW: any, monthly_info: any): boolean {
  return run("INFO.CHECK", contracted_peak_kW, monthly_info) as boolean;
}

/**
 * TRUE when the balance period ended at most three months before the application (DE-UZ 228, 3.2.7).
 * @customfunction PERIOD.CHECK PERIOD.CHECK
 * @param period_end Last day of the balance period.
 * @param application_date Date of the application.
 * @returns TRUE when met, FALSE when not.
 */
export function periodCheck(period_end: any, application_date: any): boolean {
  return run("PERIOD.CHECK", period_end, application_date) as boolean;
}

/**
 * The PUE limit of the Energieeffizienzgesetz (EnEfG § 11) in force on a day: data centres operating before
 * 2026-07-01: 1.5 from 2027-07-01, 1.3 from 2030-07-01 (§ 11(1)); from 2026-07-01: 1.2 from two years after
 * commissioning (§ 11(2)). #N/A while none applies (naming from when), #NUM! when as_of is before commissioning.
 * @customfunction ENEFG.PUE.LIMIT ENEFG.PUE.LIMIT
 * @param dc_commissioning Day the data centre took up operation (Excel date or YYYY-MM-DD).
 * @param as_of Day the limit is asked for.
 * @returns The largest PUE allowed on that day (annual average).
 */
export function enefgPueLimit(dc_commissioning: any, as_of: any): number {
  return run("ENEFG.PUE.LIMIT", dc_commissioning, as_of) as number;
}

/**
 * TRUE when the PUE meets the EnEfG § 11 limit in force on a day (PUE <= limit; #N/A while no limit applies).
 * @customfunction ENEFG.PUE.CHECK ENEFG.PUE.CHECK
 * @param pue The annual PUE (for data centres from 2026-07-01 without the heat-upgrade electricity, § 11(2) S. 3).
 * @param dc_commissioning Day the data centre took up operation.
 * @param as_of Day judged.
 * @returns TRUE when met, FALSE when not.
 */
export function enefgPueCheck(pue: any, dc_commissioning: any, as_of: any): boolean {
  return run("ENEFG.PUE.CHECK", pue, dc_commissioning, as_of) as boolean;
}

/**
 * The minimum share of reused energy of EnEfG § 11(2) S. 1 No. 2 on a day: 0.10 for operation from 2026-07-01,
 * 0.15 from 2027-07-01, 0.20 from 2028-07-01 (by the day operation began), binding two years after commissioning.
 * #N/A before that and for data centres operating before 2026-07-01.
 * @customfunction ENEFG.ERF.MIN ENEFG.ERF.MIN
 * @param dc_commissioning Day the data centre took up operation.
 * @param as_of Day asked for.
 * @returns The minimum ERF as a fraction (10 % = 0.1).
 */
export function enefgErfMin(dc_commissioning: any, as_of: any): number {
  return run("ENEFG.ERF.MIN", dc_commissioning, as_of) as number;
}

/**
 * The minimum renewable share of the electricity of EnEfG § 11(5) on a day: 0.5 from 2024-01-01, 1 from 2027-01-01;
 * #N/A before 2024.
 * @customfunction ENEFG.RENEWABLE.MIN ENEFG.RENEWABLE.MIN
 * @param as_of Day asked for.
 * @returns The minimum share as a fraction (50 % = 0.5).
 */
export function enefgRenewableMin(as_of: any): number {
  return run("ENEFG.RENEWABLE.MIN", as_of) as number;
}

/**
 * The edition of the criteria this add-in implements.
 * @customfunction VERSION VERSION
 * @returns "DE-UZ 228 Ausgabe Januar 2023, Version 3".
 */
export function version(): string {
  return run("VERSION") as string;
}
