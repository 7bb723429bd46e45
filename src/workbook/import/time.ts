/**
 * Timestamps and months as the exports write them, and the calendar of Europe/Berlin: each interval belongs to the
 * month in which it starts in German local time. A timestamp with an offset ("…T00:15:00+01:00", "Z") is that
 * instant; one without is German wall-clock time, whose daylight-saving days have 92 quarter hours (last Sunday of
 * March, 02:00 → 03:00) and 100 (last Sunday of October, 03:00 → 02:00, the hour 02:00-02:59 twice: the first time
 * summer time, the second winter time). The EU rule since 1996: summer time from 01:00 UTC of the last Sunday of
 * March to 01:00 UTC of the last Sunday of October. The date itself is read by the engine's readDate.
 */
import { daysInMonth, serialToYmd, YMD } from "../../engine/dates";
import { readDate } from "../../engine/reading";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Year × 12 + month − 1: consecutive months are consecutive keys. */
export type MonthKey = number;
export const monthKey = (year: number, month: number): MonthKey => year * 12 + month - 1;
export const keyYear = (k: MonthKey) => Math.floor(k / 12);
export const keyMonth = (k: MonthKey) => (k % 12) + 1;
/** "2025-02" */
export const monthText = (k: MonthKey) => `${keyYear(k)}-${String(keyMonth(k)).padStart(2, "0")}`;

function lastSunday(year: number, month: number): number {
  const last = daysInMonth(year, month);
  const weekday = new Date(Date.UTC(year, month - 1, last)).getUTCDay();
  return last - weekday;
}

const dstCache = new Map<number, [number, number]>();
/** The UTC instants summer time begins and ends in `year`. */
function dst(year: number): [number, number] {
  let d = dstCache.get(year);
  if (!d) {
    d = [Date.UTC(year, 2, lastSunday(year, 3), 1), Date.UTC(year, 9, lastSunday(year, 10), 1)];
    dstCache.set(year, d);
  }
  return d;
}

/** Minutes Berlin is ahead of UTC at `instant` (60 or 120). */
let span = { from: 0, to: -1, start: 0, end: 0 };
export function berlinOffset(instant: number): number {
  if (instant < span.from || instant >= span.to) {
    const year = new Date(instant).getUTCFullYear();
    const [start, end] = dst(year);
    span = { from: Date.UTC(year, 0, 1), to: Date.UTC(year + 1, 0, 1), start, end };
  }
  return instant >= span.start && instant < span.end ? 120 : 60;
}

/**
 * The instant of a German wall-clock time: one, none (the hour skipped in March) or two (the hour repeated in
 * October: summer time first).
 */
export function berlinInstants(y: number, m: number, d: number, h: number, mi: number, s = 0): number[] {
  const wall = Date.UTC(y, m - 1, d, h, mi, s);
  return [wall - 2 * HOUR, wall - HOUR].filter((t) => berlinOffset(t) === (wall - t) / MINUTE);
}

/** The Berlin month an instant falls in. */
export function berlinMonth(instant: number): MonthKey {
  const local = new Date(instant + berlinOffset(instant) * MINUTE);
  return monthKey(local.getUTCFullYear(), local.getUTCMonth() + 1);
}

/** The instant a Berlin month begins (midnight of its first day is never ambiguous). */
export function monthStart(k: MonthKey): number {
  return berlinInstants(keyYear(k), keyMonth(k), 1, 0, 0)[0];
}

const two = (n: number) => String(n).padStart(2, "0");
/** An instant as German wall-clock time, for the report: "03.01.2024 07:15" (German and English alike). */
export function berlinText(instant: number): string {
  const d = new Date(instant + berlinOffset(instant) * MINUTE);
  return `${two(d.getUTCDate())}.${two(d.getUTCMonth() + 1)}.${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
}

/** The minutes of a Berlin month: 44,640 for 31 days, 60 fewer in March and 60 more in October. */
export const monthMinutes = (k: MonthKey) => (monthStart(k + 1) - monthStart(k)) / MINUTE;

export interface Stamp {
  /** The instant (ms since 1970, UTC); for a repeated October hour without offset, the summer-time one. */
  instant: number;
  /** The winter-time instant of a repeated October hour written without offset. */
  later?: number;
  /** A date without a time of day (midnight). */
  dateOnly: boolean;
  /** The wall-clock date as written, for a month column. */
  ymd: YMD;
}

let lastDate: { text: string; ymd: YMD | null } = { text: "", ymd: null };
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(?:(Z|UTC)|([+-])(\d{2}):?(\d{2}))?$/i;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * A timestamp: "01.02.2025 00:15", "01.02.2025 24:00", "2025-02-01T00:15:00+01:00", "2025-02-01 00:15:00Z", a date
 * alone, an Excel serial (a date cell of an .xlsx source: wall-clock time) or a Date (ExcelJS gives wall-clock time
 * as UTC fields). Null when it is none; "skipped" for a wall-clock time March skips.
 */
export function readStamp(v: unknown): Stamp | null | "skipped" {
  let ymd: YMD;
  let h = 0;
  let mi = 0;
  let s = 0;
  let offset: number | undefined;
  let dateOnly = true;
  if (v instanceof Date) {
    if (Number.isNaN(v.getTime())) return null;
    ymd = { year: v.getUTCFullYear(), month: v.getUTCMonth() + 1, day: v.getUTCDate() };
    [h, mi, s] = [v.getUTCHours(), v.getUTCMinutes(), v.getUTCSeconds()];
    dateOnly = h === 0 && mi === 0 && s === 0;
  } else if (typeof v === "number") {
    if (!Number.isFinite(v) || v < 1) return null;
    const t = new Date(EXCEL_EPOCH + Math.round(v * 86_400) * 1000);
    ymd = serialToYmd(Math.floor(v));
    [h, mi, s] = [t.getUTCHours(), t.getUTCMinutes(), t.getUTCSeconds()];
    dateOnly = v === Math.floor(v);
  } else if (typeof v === "string") {
    const text = v.trim();
    const split = /^(\S+?)(?:[T ]\s*(.+))?$/.exec(text);
    if (!split) return null;
    // consecutive rows mostly share their date: read once
    if (split[1] !== lastDate.text) {
      const date = readDate(split[1]);
      lastDate = { text: split[1], ymd: date.ok ? serialToYmd(date.value) : null };
    }
    if (!lastDate.ymd) return null;
    ymd = lastDate.ymd;
    if (split[2] !== undefined) {
      const t = TIME.exec(split[2].trim());
      if (!t) return null;
      [h, mi, s] = [Number(t[1]), Number(t[2]), Number(t[3] ?? 0)];
      if (h > 24 || mi > 59 || s > 59 || (h === 24 && (mi || s))) return null;
      if (t[4]) offset = 0;
      else if (t[5]) offset = (t[5] === "-" ? -1 : 1) * (Number(t[6]) * 60 + Number(t[7]));
      dateOnly = false;
    }
  } else return null;
  if (offset !== undefined) return { instant: Date.UTC(ymd.year, ymd.month - 1, ymd.day, h, mi, s) - offset * MINUTE, dateOnly, ymd };
  if (h === 24) {
    // "24:00" of a day is midnight of the next
    const next = new Date(Date.UTC(ymd.year, ymd.month - 1, ymd.day + 1));
    return { instant: berlinInstants(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), 0, 0)[0], dateOnly: false, ymd };
  }
  const instants = berlinInstants(ymd.year, ymd.month, ymd.day, h, mi, s);
  if (!instants.length) return "skipped";
  return { instant: instants[0], ...(instants.length > 1 ? { later: instants[1] } : {}), dateOnly, ymd };
}

const MONTH_NAMES: Record<string, number> = {
  jan: 1, januar: 1, january: 1, jänner: 1, feb: 2, februar: 2, february: 2, mär: 3, mrz: 3, märz: 3, maerz: 3, mar: 3, march: 3,
  apr: 4, april: 4, mai: 5, may: 5, jun: 6, juni: 6, june: 6, jul: 7, juli: 7, july: 7, aug: 8, august: 8,
  sep: 9, sept: 9, september: 9, okt: 10, oktober: 10, oct: 10, october: 10, nov: 11, november: 11, dez: 12, dezember: 12, dec: 12, december: 12,
};

export interface MonthCell {
  month: MonthKey;
  /** Written as a month ("02.2025", "Feb 2025") or as the first day of it at midnight. */
  isMonth: boolean;
}

/**
 * A month column's cell: "2025-02", "02.2025", "02/2025", "Feb 2025", "Februar 2025", or a date (its month;
 * `isMonth` when it is the first day without a time).
 */
export function readMonth(v: unknown): MonthCell | null {
  if (typeof v === "string") {
    const t = v.trim().toLowerCase();
    let m = /^(\d{4})-(\d{1,2})$/.exec(t);
    if (m) return valid(Number(m[1]), Number(m[2]));
    m = /^(\d{1,2})[./](\d{4})$/.exec(t);
    if (m) return valid(Number(m[2]), Number(m[1]));
    m = /^([a-zäöü]+)\.?\s*(\d{4})$/.exec(t);
    if (m && MONTH_NAMES[m[1]]) return valid(Number(m[2]), MONTH_NAMES[m[1]]);
  }
  const stamp = readStamp(v);
  if (stamp === null || stamp === "skipped") return null;
  return { month: monthKey(stamp.ymd.year, stamp.ymd.month), isMonth: stamp.dateOnly && stamp.ymd.day === 1 };
}

function valid(year: number, month: number): MonthCell | null {
  return month >= 1 && month <= 12 && year >= 1900 ? { month: monthKey(year, month), isMonth: true } : null;
}
