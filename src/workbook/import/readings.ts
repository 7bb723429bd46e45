/**
 * Cumulative counter readings into monthly consumption. A month's consumption is the reading at the start of the
 * next month minus the reading at its start (Berlin midnight; a date without a time is midnight), so readings
 * in between may be missing without harm. A reading lower than the one before is a counter replaced or reset:
 * the consumption across it is unknown, so the month it falls in is left blank and reported with both readings
 * (type the month's value by hand), never a negative or a guess, also with --allow-gaps. A month without a
 * reading at one of its boundaries is left blank, or with --allow-gaps gets the consumption between the readings
 * inside it, with the share of the month they span. With --interpolate, a boundary without a reading of its own is
 * read off the straight line between the readings around it (at most MAX_SPAN apart, no reset between them, and
 * the month holding a reading of its own): the month is "interpolated", its boundaries and the part of its value
 * that rests on the line are reported. The readings of a meter are kept (three numbers each) to be
 * put in order; a file of readings is small next to interval data.
 */
import { Interpolated, MonthValue } from "./found";
import { Place, problemAt } from "./problem";
import { berlinMonth, MonthKey, monthStart, monthText } from "./time";

/**
 * The farthest apart two readings may be for a month boundary between them to be interpolated (--interpolate):
 * a monthly reading taken a few days off the first (docs/interpretations.md, "Zählerstände zwischen den Monaten").
 */
export const MAX_SPAN = 35 * 86_400_000;

export class ReadingSeries {
  private t: number[] = [];
  private v: number[] = [];
  private rows: number[] = [];

  constructor(readonly meter: string) {}

  add(instant: number, value: number, place: Place): void {
    this.t.push(instant);
    this.v.push(value);
    this.rows.push(place.row);
  }

  result(allowGaps: boolean, interpolate = false): MonthValue[] {
    const order = this.t.map((_, i) => i).sort((a, b) => this.t[a] - this.t[b] || this.rows[a] - this.rows[b]);
    const t: number[] = [];
    const v: number[] = [];
    const rows: number[] = [];
    for (const i of order) {
      const n = t.length;
      if (n && t[n - 1] === this.t[i]) {
        if (v[n - 1] === this.v[i]) continue;
        const when = new Date(this.t[i]).toISOString();
        throw problemAt({ row: this.rows[i] }, `${this.meter}: zwei verschiedene Zählerstände für ${when} (auch Zeile ${rows[n - 1]})`,
          `${this.meter}: two different readings for ${when} (also row ${rows[n - 1]})`);
      }
      t.push(this.t[i]);
      v.push(this.v[i]);
      rows.push(this.rows[i]);
    }
    if (t.length < 2) return [];
    const months: MonthValue[] = [];
    const index = new Map<number, number>(t.map((x, i) => [x, i]));
    /** The last reading before instant b (-1 when none). */
    const before = (b: number): number => {
      let lo = -1;
      let hi = t.length - 1;
      while (lo < hi) {
        const mid = Math.ceil((lo + hi) / 2);
        if (t[mid] < b) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    };
    /** The boundary b read off the line between the readings around it, if they are close enough and no reset lies between. */
    const between = (b: number, boundary: Interpolated["boundary"]): Interpolated | null => {
      const i = before(b);
      if (i < 0 || i + 1 >= t.length || t[i + 1] <= b || v[i + 1] < v[i] || t[i + 1] - t[i] > MAX_SPAN) return null;
      const value = v[i] + ((v[i + 1] - v[i]) * (b - t[i])) / (t[i + 1] - t[i]);
      return { boundary, at: b, value, before: { at: t[i], value: v[i], row: rows[i] }, after: { at: t[i + 1], value: v[i + 1], row: rows[i + 1] } };
    };
    for (let key: MonthKey = berlinMonth(t[0]); monthStart(key) < t[t.length - 1]; key++) {
      const [start, end] = [monthStart(key), monthStart(key + 1)];
      // the intervals between consecutive readings that lie within the month; a reset in any interval touching it
      let sum = 0;
      let covered = 0;
      let reset: MonthValue["reset"];
      let first = 0;
      for (let i = 0; i + 1 < t.length; i++) {
        if (t[i] >= end || t[i + 1] <= start) continue;
        if (v[i + 1] < v[i]) {
          reset ??= { row: rows[i + 1], before: v[i], after: v[i + 1] };
          continue;
        }
        if (t[i] < start || t[i + 1] > end) continue;
        if (!first) first = rows[i];
        sum += v[i + 1] - v[i];
        covered += t[i + 1] - t[i];
      }
      const row = first || rows[Math.max(0, t.findIndex((x) => x >= start))];
      if (reset) {
        months.push({ month: key, status: "reset", value: null, reset, row });
        continue;
      }
      if (index.has(start) && index.has(end)) {
        months.push({ month: key, status: "complete", value: v[index.get(end)!] - v[index.get(start)!], row });
        continue;
      }
      // a boundary without a reading of its own, read off the line between its neighbours; the month must hold a reading
      const own = t.some((x) => x >= start && x <= end);
      const a = index.has(start) ? null : between(start, "start");
      const b = index.has(end) ? null : between(end, "end");
      const interpolable = own && (index.has(start) || a !== null) && (index.has(end) || b !== null);
      if (interpolate && interpolable) {
        const from = a ? a.value : v[index.get(start)!];
        const to = b ? b.value : v[index.get(end)!];
        // what rests on the line: from the start boundary to the first reading in the month, from the last one to the end
        const estimated = (a ? a.after.value - a.value : 0) + (b ? b.value - b.before.value : 0);
        months.push({ month: key, status: "interpolated", value: to - from, interpolated: [a, b].filter((x): x is Interpolated => x !== null), estimated, row });
      } else if (allowGaps && covered > 0) months.push({ month: key, status: "partial", value: sum, coverage: covered / (end - start), row });
      else months.push({ month: key, status: "gap", value: null, coverage: covered / (end - start), row, ...(interpolable ? { interpolable } : {}) });
    }
    return months;
  }
}

export const resetText = (meter: string, m: MonthValue) => ({
  de: `${meter} ${monthText(m.month)}: Zählerstand ${m.reset!.after} nach ${m.reset!.before} (Zeile ${m.reset!.row}): Zählertausch oder Rücksetzung, der Verbrauch dieses Monats ist unbekannt und bleibt leer: von Hand eintragen`,
  en: `${meter} ${monthText(m.month)}: reading ${m.reset!.after} after ${m.reset!.before} (row ${m.reset!.row}): counter replaced or reset, this month's consumption is unknown and left blank: type it by hand`,
});
