/**
 * IT load per device (Anlage 4.2, 3.3.2): the mean of each server's CPU samples per Berlin month, and of each
 * storage system's occupied and installed capacity. Only sums and counts per device and month are kept, so a
 * year of hourly samples for thousands of servers streams through in constant memory per server.
 *
 * CPU as percent or fraction (the template keeps fractions, 20 % = 0.2): a header with "%" or a value written
 * with "%" means percent; otherwise values above 1 mean percent and values all within 0-1 are read as fractions.
 * The report says which was assumed and why. A percent above 100 or a value below 0 stops the import at its row.
 */
import { DeviceSeries } from "./found";
import { Place, problemAt } from "./problem";
import { berlinMonth, MonthKey } from "./time";

interface Sums {
  id: string;
  row: number;
  months: Map<MonthKey, number[]>;
  /** The month last added to and its sums: a device's samples come month after month. */
  month: MonthKey;
  sums: number[] | undefined;
}

/** Spellings remembered in `exact`, so that a file spelling its IDs ever differently cannot grow it without end. */
const MAX_SPELLINGS = 1 << 20;

export class DeviceMeans {
  /** By ID in lower case: "srv-01" and "SRV-01" are one device. */
  private devices = new Map<string, Sums>();
  /** By ID as written (most files write each the same way throughout): no lower-casing for each sample. */
  private exact = new Map<string, Sums>();
  private lastKey: string | undefined;
  private last: Sums | undefined;
  /** The month of the last instant: an export per poll gives every device the same time in turn. */
  private lastInstant = NaN;
  private lastMonth: MonthKey = 0;
  /** The first value above 1 and above 100, for the percent decision. */
  above1: Place | undefined;
  above100: { place: Place; value: number } | undefined;

  /** `values`: one number (CPU) or two (occupied, installed). */
  add(id: string, instant: number, values: number[], place: Place): void {
    let d = id === this.lastKey ? this.last : this.exact.get(id);
    if (!d) {
      const key = id.toLowerCase();
      d = this.devices.get(key);
      if (!d) this.devices.set(key, (d = { id, row: place.row, months: new Map(), month: 0, sums: undefined }));
      if (this.exact.size < MAX_SPELLINGS) this.exact.set(id, d);
    }
    this.lastKey = id;
    this.last = d;
    if (instant !== this.lastInstant) [this.lastInstant, this.lastMonth] = [instant, berlinMonth(instant)];
    const key = this.lastMonth;
    let s = d.month === key ? d.sums : d.months.get(key);
    if (!s) d.months.set(key, (s = new Array(values.length + 1).fill(0)));
    d.month = key;
    d.sums = s;
    for (let i = 0; i < values.length; i++) s[i] += values[i];
    s[values.length]++;
  }

  /** Per device and month the means, `scale` applied (0.01 for percent). */
  result(scale = 1): DeviceSeries[] {
    return [...this.devices.values()].map((d) => ({
      id: d.id,
      row: d.row,
      months: new Map([...d.months].map(([k, s]) => {
        const n = s[s.length - 1];
        const means = s.slice(0, -1).map((x) => (x / n) * scale);
        return [k, means.length === 1 ? means[0] : (means as [number, number])];
      })),
    }));
  }
}

export const negative = (place: Place, what: string) =>
  problemAt(place, `${what} ist negativ: Werte ab 0 angeben`, `${what} is negative: give values from 0`);
