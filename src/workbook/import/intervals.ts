/**
 * Interval data (15-minute, hourly … values of energy) summed into Berlin months. Each interval belongs to the
 * month in which it starts; a month's value is the sum of its intervals, written only when every interval is
 * there: the regular step is taken from the data (the most common distance between consecutive intervals of a
 * meter), and a month needs its minutes ÷ step intervals (2,976 quarter hours in a 31-day month, 4 fewer in March,
 * 4 more in October). A month short of intervals is left blank with how many it lacks, or with --allow-gaps the sum
 * of the measured ones with its coverage. An interval given twice stops the import; the hour October repeats may
 * appear twice without offset (summer time first). Each month keeps one bit per minute (5.6 kB), never the rows.
 */
import { MonthValue } from "./found";
import { Place, problemAt } from "./problem";
import { berlinMonth, MonthKey, monthMinutes, monthStart, monthText } from "./time";

const MINUTE = 60_000;

interface Month {
  start: number;
  minutes: number;
  bits: Uint8Array;
  count: number;
  sum: number;
  row: number;
}

export class IntervalSeries {
  private months = new Map<MonthKey, Month>();
  private lastKey: MonthKey | undefined;
  private last: Month | undefined;
  /** Every value starts a month at midnight: monthly values in rows, not intervals. */
  monthly = true;

  constructor(readonly meter: string) {}

  private month(instant: number): [MonthKey, Month] {
    // consecutive rows mostly fall in the month of the row before
    if (this.last && instant >= this.last.start && instant < this.last.start + this.last.minutes * MINUTE) return [this.lastKey!, this.last];
    const key = berlinMonth(instant);
    let m = this.months.get(key);
    if (!m) {
      const minutes = monthMinutes(key);
      m = { start: monthStart(key), minutes, bits: new Uint8Array(Math.ceil(minutes / 8)), count: 0, sum: 0, row: 0 };
      this.months.set(key, m);
    }
    this.lastKey = key;
    this.last = m;
    return [key, m];
  }

  /** An interval starting at `instant` (or at `later`, the second time October's repeated hour appears). */
  add(instant: number, later: number | undefined, value: number, place: Place): void {
    let [key, m] = this.month(instant);
    let bit = Math.floor((instant - m.start) / MINUTE);
    if (m.bits[bit >> 3] & (1 << (bit & 7))) {
      if (later !== undefined) {
        [key, m] = this.month(later);
        bit = Math.floor((later - m.start) / MINUTE);
      }
      if (later === undefined || m.bits[bit >> 3] & (1 << (bit & 7))) {
        const t = new Date(instant).toISOString().replace(".000Z", "Z");
        throw problemAt(place, `Intervall ${this.meter} ${t} steht zweimal in der Datei (${monthText(key)})`, `interval ${this.meter} ${t} is in the file twice (${monthText(key)})`);
      }
    }
    if (bit !== 0) this.monthly = false;
    m.bits[bit >> 3] |= 1 << (bit & 7);
    if (m.count === 0) m.row = place.row;
    m.count++;
    m.sum += value;
  }

  /** The step in minutes: the most common distance between consecutive intervals. */
  step(): number | undefined {
    const counts = new Map<number, number>();
    let previous: number | undefined;
    for (const key of [...this.months.keys()].sort((a, b) => a - b)) {
      const m = this.months.get(key)!;
      const base = m.start / MINUTE;
      for (let byte = 0; byte < m.bits.length; byte++) {
        if (!m.bits[byte]) continue;
        for (let b = 0; b < 8; b++) {
          if (!(m.bits[byte] & (1 << b))) continue;
          const minute = base + byte * 8 + b;
          if (previous !== undefined) counts.set(minute - previous, (counts.get(minute - previous) ?? 0) + 1);
          previous = minute;
        }
      }
    }
    let best: number | undefined;
    for (const [d, n] of counts) if (best === undefined || n > counts.get(best)! || (n === counts.get(best)! && d < best)) best = d;
    return best;
  }

  result(allowGaps: boolean): { step: number | undefined; months: MonthValue[] } {
    const months: MonthValue[] = [];
    if (this.monthly) {
      for (const key of [...this.months.keys()].sort((a, b) => a - b)) {
        const m = this.months.get(key)!;
        months.push({ month: key, status: "complete", value: m.sum, row: m.row });
      }
      return { step: undefined, months };
    }
    const step = this.step();
    for (const key of [...this.months.keys()].sort((a, b) => a - b)) {
      const m = this.months.get(key)!;
      const expected = step ? Math.round(m.minutes / step) : 0;
      const base = { month: key, expected, count: m.count, row: m.row };
      if (step && m.count === expected) months.push({ ...base, status: "complete", value: m.sum });
      else if (step && m.count > expected) months.push({ ...base, status: "irregular", value: null });
      else if (allowGaps && expected) months.push({ ...base, status: "partial", value: m.sum, coverage: m.count / expected });
      else months.push({ ...base, status: "gap", value: null });
    }
    return { step, months };
  }
}
