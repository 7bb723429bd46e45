/**
 * The limit tables of DE-UZ 228: Tabelle 2 and 3 (PUE, 3.2.7), Tabelle 4 and 5 (CER, 3.2.8).
 * A row applies from its date on (inclusive) until the next row's date.
 */
import { edate, serial, toIsoDate } from "./dates";
import { fail } from "./errors";

export interface LimitRow {
  /** First day of commissioning this row covers; null for "31.12.2014 oder früher". */
  from: number | null;
  limit: number;
}

export interface Limit {
  limit: number;
  /** Where the limit comes from, e.g. "Tabelle 2" or "Tabelle 5". */
  table: string;
}

/** 3.2.7, Tabelle 2: Mindestanforderung PUE by the data centre's commissioning (PUE ≤ limit). */
export const pueTable2: LimitRow[] = [
  { from: serial("2024-01-01"), limit: 1.25 },
  { from: serial("2019-01-01"), limit: 1.3 },
  { from: serial("2015-01-01"), limit: 1.5 },
  { from: null, limit: 1.6 },
];

/** 3.2.7, Tabelle 3 (Ausnahme 1): new data centres, by age at the start of the reporting period. */
export const pueTable3 = { firstYear: 1.5, secondYear: 1.4 };

/** 3.2.8, Tabelle 4: Mindestanforderung CER by the cooling system's commissioning (CER > limit). */
export const cerTable4: LimitRow[] = [
  { from: serial("2024-01-01"), limit: 9 },
  { from: serial("2019-01-01"), limit: 8 },
  { from: serial("2015-01-01"), limit: 7 },
  { from: null, limit: 5 },
];

/** 3.2.8, Tabelle 5 (Ausnahme 1): new data centres, by age at the start of the reporting period. */
export const cerTable5 = { firstYear: 5, secondYear: 6.5 };

export function byCommissioning(table: LimitRow[], commissioning: number): number {
  const row = table.find((r) => r.from === null || commissioning >= r.from);
  return (row ?? table[table.length - 1]).limit;
}

export type DataCentreAge = "firstYear" | "secondYear" | "older";

/**
 * Age of the data centre at the start of the reporting period, in calendar years as EDATE counts:
 * under one year, one year up to under two years (Tabelle 3/5 "1 Jahr ≤ Inbetriebnahme < 2 Jahre"), or older.
 */
export function dataCentreAge(dcCommissioning: number, reportingStart: number): DataCentreAge {
  if (reportingStart < dcCommissioning) {
    return fail("#NUM!", "reportingBeforeCommissioning", {
      start: toIsoDate(reportingStart),
      commissioning: toIsoDate(dcCommissioning),
    });
  }
  if (reportingStart < edate(dcCommissioning, 12)) return "firstYear";
  if (reportingStart < edate(dcCommissioning, 24)) return "secondYear";
  return "older";
}

/** 3.2.7: the largest PUE allowed. Tabelle 3 replaces Tabelle 2 in the first two years. */
export function pueLimit(dcCommissioning: number, reportingStart?: number): Limit {
  if (reportingStart !== undefined) {
    const age = dataCentreAge(dcCommissioning, reportingStart);
    if (age !== "older") return { limit: pueTable3[age], table: "Tabelle 3" };
  }
  return { limit: byCommissioning(pueTable2, dcCommissioning), table: "Tabelle 2" };
}

/**
 * 3.2.8: the value CER must exceed. Tabelle 4 by the cooling system's commissioning; in the data
 * centre's first two years Tabelle 5 applies as an exception, which only ever relaxes: when Tabelle 4
 * is already lower (an old cooling system moved into a new data centre), Tabelle 4 stands
 * (docs/interpretations.md).
 */
export function cerLimit(coolingCommissioning: number, reportingStart?: number, dcCommissioning?: number): Limit {
  const regular: Limit = { limit: byCommissioning(cerTable4, coolingCommissioning), table: "Tabelle 4" };
  if (reportingStart === undefined) return regular;
  const age = dataCentreAge(dcCommissioning ?? coolingCommissioning, reportingStart);
  if (age === "older") return regular;
  const exception: Limit = { limit: cerTable5[age], table: "Tabelle 5" };
  return exception.limit < regular.limit ? exception : regular;
}
