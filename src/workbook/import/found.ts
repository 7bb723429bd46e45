/** What a source holds, month by month, before anything is written: the result of reading it. */
import { Encoding } from "./decode";
import { Separator } from "./csv";
import { NumberNotes } from "./numbers";
import { MonthKey } from "./time";

export type MonthStatus =
  /** every interval measured, or both boundary readings present: the value */
  | "complete"
  /** --allow-gaps: the sum of what was measured, with its coverage */
  | "partial"
  /** --interpolate: counter readings, a month boundary between two readings interpolated linearly (reported) */
  | "interpolated"
  /** intervals missing, or a boundary reading missing: left blank */
  | "gap"
  /** a counter reading lower than the one before (replacement or reset): left blank */
  | "reset"
  /** more intervals than the step allows: left blank */
  | "irregular";

export interface MonthValue {
  month: MonthKey;
  status: MonthStatus;
  /** Null where the month is left blank. */
  value: number | null;
  /** Intervals the month should have and has (interval data). */
  expected?: number;
  count?: number;
  /** Share of the month measured (partial). */
  coverage?: number;
  /** The reading lower than the one before (reset). */
  reset?: { row: number; before: number; after: number };
  /** Counter readings: each month boundary read off the line between the two readings around it (--interpolate). */
  interpolated?: Interpolated[];
  /** The part of the value that rests on interpolation rather than on readings (interpolated). */
  estimated?: number;
  /** A gap of counter readings that --interpolate would close (readings on both sides of each missing boundary). */
  interpolable?: boolean;
  /** The first source row of the month. */
  row: number;
}

/** A reading at a month boundary, interpolated linearly between the readings before and after it. */
export interface Interpolated {
  boundary: "start" | "end";
  /** The boundary's instant and the reading put there. */
  at: number;
  value: number;
  before: { at: number; value: number; row: number };
  after: { at: number; value: number; row: number };
}

export interface Conversion {
  /** The unit as the source writes it, the template's, and the factor between them. */
  from: string;
  to: string;
  factor: number;
}

export interface MeterSeries {
  meter: string;
  kind: "monthly" | "intervals" | "readings";
  /** The regular step of interval data, in minutes. */
  step?: number;
  months: MonthValue[];
  conversions: Conversion[];
}

/** Mean per month of one server (CPU, as a fraction) or storage system (GB occupied and installed). */
export interface DeviceSeries {
  id: string;
  row: number;
  /** month → mean (CPU) or [occupied, installed] means (storage). */
  months: Map<MonthKey, number | [number, number]>;
}

export interface Found {
  layout: "wide" | "long" | "cpu" | "storage";
  readings: boolean;
  rows: number;
  encoding?: Encoding;
  separator?: Separator;
  numbers: NumberNotes;
  meters: MeterSeries[];
  devices: DeviceSeries[];
  /** CPU: percent or fraction, and why. */
  percent?: { assumed: "percent" | "fraction"; because: "header" | "cell" | "above1" | "atMost1" };
  storageConversions?: Conversion[];
  ignoredColumns: string[];
  /** Wide data with a Datum column that turned out not to be monthly. */
  endLabelled?: boolean;
}
