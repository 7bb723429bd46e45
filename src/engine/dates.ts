/**
 * Dates are Excel serial numbers in the 1900 date system (DATE(2024,1,1) = 45292), as Excel and
 * HyperFormula hand them to functions. Only whole days matter to the criteria: the time of day is cut off.
 */
const MS_PER_DAY = 86_400_000;
/** Serial 0 of the 1900 system for every serial from 61 on (Excel counts a 29 February 1900 that never was). */
const EPOCH_UTC = Date.UTC(1899, 11, 30);

export interface YMD {
  year: number;
  month: number; // 1..12
  day: number; // 1..31
}

export function serialToYmd(serial: number): YMD {
  const whole = Math.floor(serial);
  const shifted = whole < 61 ? whole + 1 : whole; // 1900-01-01 = 1; 60 = the phantom 1900-02-29 reads as 1900-03-01
  const d = new Date(EPOCH_UTC + shifted * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function ymdToSerial({ year, month, day }: YMD): number {
  // setUTCFullYear, not Date.UTC: Date.UTC reads the years 0-99 as 1900-1999
  const serial = Math.round((new Date(0).setUTCFullYear(year, month - 1, day) - EPOCH_UTC) / MS_PER_DAY);
  return serial < 61 ? serial - 1 : serial;
}

export function serial(isoDate: string): number {
  const ymd = parseIsoDate(isoDate);
  if (!ymd) throw new Error(`not an ISO date: ${isoDate}`);
  return ymdToSerial(ymd);
}

export function toIsoDate(value: number): string {
  const { year, month, day } = serialToYmd(value);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Orders ISO dates (`YYYY-MM-DD`) by their characters: no locale, and no ICU collator to start (some 15 ms). */
export function compareIso(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `YYYY-MM-DD` (optionally followed by a time) to a calendar date; null when it is not a real date. */
export function parseIsoDate(text: string): YMD | null {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+Z?)?\s*$/.exec(text);
  if (!m) return null;
  const ymd = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (ymd.month < 1 || ymd.month > 12 || ymd.day < 1 || ymd.day > daysInMonth(ymd.year, ymd.month)) return null;
  return ymd;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Excel's EDATE: the same day `months` later, clamped to the end of a shorter month. */
export function edate(start: number, months: number): number {
  const { year, month, day } = serialToYmd(start);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return ymdToSerial({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
}

/** Whole days only: a time of day does not move a commissioning date. */
export function day(serialValue: number): number {
  return Math.floor(serialValue);
}
