/**
 * The Energieeffizienzgesetz's dated requirements for data centres as parameters (BGBl. 2023 I Nr. 309,
 * Ausfertigung 13.11.2023; ../../../../shared/reference/enefg-rechenzentren.txt), one value per edition: the law in
 * force (`enefg2023`) and the ministry's draft of 9.4.2026 as law-notes.md N-1 describes it (`enefg2026Draft`). The
 * DEUZ.ENEFG.* functions and the rule sets read these, so a new edition is a new value.
 */
import { edate, serial, toIsoDate } from "../dates";
import { fail } from "../errors";

export interface DatedLimit {
  /** First day it binds (inclusive: "ab dem"). */
  from: number;
  limit: number;
}

export interface EnefgParams {
  /** § 3 Nr. 24: a Rechenzentrum from this non-redundant rated connection power (kW). */
  scopeKw: number;
  /** § 11(1)/(2): data centres taking up operation before this day are "existing" (§ 11(1)), from it "new" (§ 11(2)). */
  cutoff: number;
  /** § 11(1) Nr. 1, 2: PUE limits of existing data centres, by the day judged. */
  existingPue: DatedLimit[];
  /** § 11(2) S. 1 Nr. 1: PUE limit of new data centres. */
  newPue: number;
  /** § 11(2) S. 2: months after commissioning by which the requirements of S. 1 bind ("spätestens zwei Jahre"). */
  graceMonths: number;
  /** § 11(2) S. 1 Nr. 2: the reused-energy share by the day operation began (10 %; 15 and 20 % "geplant"). */
  erfTiers: DatedLimit[];
  /** § 11(5): renewable share of the electricity, on balance, by the day judged. */
  renewable: DatedLimit[];
  /** § 12(1): energy or environmental management system by this day. */
  emsBy: number;
  /** § 12(3): validation or certification from this day … */
  certifiedFrom: number;
  /** … for data centres from this power (kW) … */
  certifiedKw: number;
  /** … or, owned by or run for public bodies, from this power (kW). */
  certifiedPublicKw: number;
  /** § 3 Nr. 4: an IT operator keeps IT from this non-redundant rated connection power (kW) in someone else's data centre. */
  itOperatorKw: number;
  /** § 12(5) S. 2, 3: an IT operator validates or certifies from `certifiedFrom` from this IT power (kW) … */
  itCertifiedKw: number;
  /** … or, run for public bodies, from this IT power (kW). */
  itCertifiedPublicKw: number;
  /** § 16(4), § 17(4): companies with at most this annual average total final energy (kWh, last three years) are exempt. */
  wasteHeatExemptKwh: number;
  /** § 12(6): §§ 12(1)-(3) do not apply to data centres planned to go out of operation before this day. */
  decommissionBefore: number;
  /** § 12(4): EMS exemption: ≥ 50 % of the reused energy into a heat network and ≤ 7.5 GWh a year (3 years). */
  emsExemption: { heatNetworkShare: number; maxKwhPerYear: number };
  /** § 13(1): Anlage 3 for the previous calendar year by 31 March; § 20(2): the first deadlines by size. */
  registerFirst: { fromKw: number; by: number }[];
  /** § 20(4): the waste-heat information of § 17(2) first due by this day, then every 31 March. */
  platformFirst: number;
  /** § 15: customers shown their annual energy from this day. */
  customersFrom: number;
}

/** The law in force: EnEfG of 13.11.2023 without later amendments. */
export const enefg2023: EnefgParams = {
  scopeKw: 300,
  cutoff: serial("2026-07-01"),
  existingPue: [{ from: serial("2027-07-01"), limit: 1.5 }, { from: serial("2030-07-01"), limit: 1.3 }],
  newPue: 1.2,
  graceMonths: 24,
  erfTiers: [{ from: serial("2026-07-01"), limit: 0.1 }, { from: serial("2027-07-01"), limit: 0.15 }, { from: serial("2028-07-01"), limit: 0.2 }],
  renewable: [{ from: serial("2024-01-01"), limit: 0.5 }, { from: serial("2027-01-01"), limit: 1 }],
  emsBy: serial("2025-07-01"),
  certifiedFrom: serial("2026-01-01"),
  certifiedKw: 1000,
  certifiedPublicKw: 300,
  itOperatorKw: 50,
  itCertifiedKw: 500,
  itCertifiedPublicKw: 300,
  wasteHeatExemptKwh: 2_500_000,
  decommissionBefore: serial("2027-07-01"),
  emsExemption: { heatNetworkShare: 0.5, maxKwhPerYear: 7_500_000 },
  // § 20(2) Nr. 2 reads "ab … 200 Kilowatt bis unter 500 Kilowatt"; § 3 Nr. 24 makes 300 kW the lower bound of a
  // Rechenzentrum at all, and BMWK/BAFA say 300 kW (law-notes.md § 1.5): 300 kW here
  registerFirst: [{ fromKw: 500, by: serial("2024-05-15") }, { fromKw: 300, by: serial("2025-07-01") }],
  customersFrom: serial("2024-01-01"),
  platformFirst: serial("2024-01-01"),
};

/**
 * ENTWURF, not law: the BMWE draft of 9.4.2026 (law-notes.md § 1.4 N-1, Taylor Wessing 29.4.2026): PUE 1.6 / 1.4
 * for existing data centres, 1.3 for new ones; EMS duty and 100 % renewable stay. The cabinet's reported 4 years
 * instead of 2 and a later renewable date (N-2) rest on a weak source: UNVERIFIED, not encoded.
 */
export const enefg2026Draft: EnefgParams = {
  ...enefg2023,
  existingPue: [{ from: serial("2027-07-01"), limit: 1.6 }, { from: serial("2030-07-01"), limit: 1.4 }],
  newPue: 1.3,
};

/** The limit in force at `day` among dated rows (the last whose `from` ≤ day), or null before the first. */
export function inForce(rows: DatedLimit[], day: number): DatedLimit | null {
  let found: DatedLimit | null = null;
  for (const r of rows) if (day >= r.from) found = r;
  return found;
}

export const isNewDataCentre = (p: EnefgParams, commissioning: number) => commissioning >= p.cutoff;

/** § 11(2) S. 2: the day from which a new data centre's requirements bind, as EDATE counts two years. */
export const graceEnd = (p: EnefgParams, commissioning: number) => edate(commissioning, p.graceMonths);

/** What a dated rule gives on a day: a limit in force, or none yet and the first day one binds (null: never). */
export type DatedOutcome = { limit: number; from: number; paragraph: string } | { limit: null; from: number | null; paragraph: string };

/** § 11(1)/(2): the PUE limit a data centre commissioned on `commissioning` must meet on `day`. */
export function pueLimitOn(p: EnefgParams, commissioning: number, day: number): DatedOutcome {
  if (isNewDataCentre(p, commissioning)) {
    const from = graceEnd(p, commissioning);
    return day >= from ? { limit: p.newPue, from, paragraph: "§ 11 Abs. 2 Satz 1 Nr. 1" } : { limit: null, from, paragraph: "§ 11 Abs. 2 Satz 1 Nr. 1" };
  }
  const row = inForce(p.existingPue, day);
  const index = row ? p.existingPue.indexOf(row) : -1;
  if (row) return { limit: row.limit, from: row.from, paragraph: `§ 11 Abs. 1 Nr. ${index + 1}` };
  return { limit: null, from: p.existingPue[0].from, paragraph: "§ 11 Abs. 1 Nr. 1" };
}

/** § 11(2) S. 1 Nr. 2: the reused-energy share of a new data centre by the day it began operating (null: existing). */
export function erfTier(p: EnefgParams, commissioning: number): number | null {
  if (!isNewDataCentre(p, commissioning)) return null;
  return inForce(p.erfTiers, commissioning)!.limit;
}

/** § 11(2) S. 1 Nr. 2 with S. 2: the share required on `day`; none for an existing data centre (from: null). */
export function erfMinOn(p: EnefgParams, commissioning: number, day: number): DatedOutcome {
  const tier = erfTier(p, commissioning);
  if (tier === null) return { limit: null, from: null, paragraph: "§ 11 Abs. 2 Satz 1 Nr. 2" };
  const from = graceEnd(p, commissioning);
  return day >= from ? { limit: tier, from, paragraph: "§ 11 Abs. 2 Satz 1 Nr. 2" } : { limit: null, from, paragraph: "§ 11 Abs. 2 Satz 1 Nr. 2" };
}

/** § 11(5): the renewable share of the electricity required on `day`. */
export function renewableMinOn(p: EnefgParams, day: number): DatedOutcome {
  const row = inForce(p.renewable, day);
  const index = row ? p.renewable.indexOf(row) : -1;
  return row ? { limit: row.limit, from: row.from, paragraph: `§ 11 Abs. 5 Nr. ${index + 1}` } : { limit: null, from: p.renewable[0].from, paragraph: "§ 11 Abs. 5 Nr. 1" };
}

/** For the DEUZ functions: a day before commissioning is #NUM!, a day without a limit #N/A naming from when. */
export function limitOrError(outcome: DatedOutcome, commissioning: number | null, day: number): number {
  if (commissioning !== null && day < commissioning) {
    return fail("#NUM!", "asOfBeforeCommissioning", { asOf: toIsoDate(day), commissioning: toIsoDate(commissioning) });
  }
  if (outcome.limit !== null) return outcome.limit;
  if (outcome.from === null) return fail("#N/A", "enefgNoErfExisting", { paragraph: outcome.paragraph });
  return fail("#N/A", "enefgNotYet", { from: germanDate(outcome.from), fromIso: toIsoDate(outcome.from), paragraph: outcome.paragraph });
}

/** 01.07.2027 */
export function germanDate(day: number): string {
  const [y, m, d] = toIsoDate(day).split("-");
  return `${d}.${m}.${y}`;
}
