/**
 * Argument conversion, written once for every DEUZ function: numbers, dates, truth values and ranges,
 * with the Excel error each kind of bad input deserves (#VALUE! for the wrong type, #NUM! for an
 * impossible number, #N/A for missing data).
 */
import { fail, Text } from "./errors";
import { Arg, isBlank, isMatrix, isOmitted, Scalar } from "./values";
import { readDate, readNumber, readYesNo, Unit } from "./reading";
import { position } from "./i18n/messages";

export function pos(row: number, col: number): Text {
  return { de: position.de(row + 1, col + 1), en: position.en(row + 1, col + 1) };
}

function shown(value: Scalar | undefined): string {
  return typeof value === "string" ? value : String(value);
}

/** A single value: a scalar, or the one cell of a 1×1 range. A larger range where one value belongs is #VALUE!. */
function single(arg: Arg, name: string): Scalar | undefined {
  if (!isMatrix(arg)) return arg;
  if (arg.length === 1 && arg[0].length === 1) return arg[0][0];
  return fail("#VALUE!", "notANumber", { arg: name, value: `${arg.length}×${arg[0]?.length ?? 0}` });
}

export interface NumberOptions {
  /** Negative values are #NUM! (energies, powers, areas, quantities). */
  nonNegative?: boolean;
  /** Values outside 0..1 are #NUM! (shares and utilisations). */
  fraction?: boolean;
}

function checkNumber(value: number, name: string, options: NumberOptions): number {
  if (!Number.isFinite(value)) return fail("#NUM!", "notFinite", { arg: name, value: String(value) });
  if (options.fraction && (value < 0 || value > 1)) return fail("#NUM!", "notAFraction", { arg: name, value });
  if (options.nonNegative && value < 0) return fail("#NUM!", "negative", { arg: name, value });
  return value;
}

/** The unit an argument's name declares ("thermal_power_kW", "energy_kWh"), read after a number typed as text. */
function unitOfName(name: string): Unit | undefined {
  const m = /_(kWh|kW|m3|m2)$/.exec(name);
  return m ? (m[1] as Unit) : undefined;
}

/**
 * A required number. Blank is #N/A (missing data). Text is read as people type it, through the one reading layer
 * ("9.000.000", "19,5", "40 kW" where the argument is in kW); other text, an ambiguous "1.234" or a truth value is
 * #VALUE!.
 */
export function number(arg: Arg, name: string, options: NumberOptions = {}): number {
  const value = single(arg, name);
  if (isBlank(value)) return fail("#N/A", "missing", { arg: name });
  if (typeof value === "boolean") return fail("#VALUE!", "notANumber", { arg: name, value: shown(value) });
  const read = readNumber(value, unitOfName(name));
  if (!read.ok) return fail("#VALUE!", "notANumber", { arg: name, value: shown(value) });
  return checkNumber(read.value, name, options);
}

/** An optional number: undefined when left out or blank. */
export function optionalNumber(arg: Arg, name: string, options: NumberOptions = {}): number | undefined {
  return isOmitted(arg) ? undefined : number(arg, name, options);
}

/** A date: an Excel serial number (1900 system), ISO text `YYYY-MM-DD` or German text `01.07.2020`. */
export function date(arg: Arg, name: string): number {
  const value = single(arg, name);
  if (isBlank(value)) return fail("#N/A", "missing", { arg: name });
  if (typeof value === "number" && (!Number.isFinite(value) || value < 1 || value >= 2958466)) return fail("#NUM!", "notADate", { arg: name, value });
  const read = readDate(value);
  if (read.ok) return read.value;
  return fail("#VALUE!", "notADate", { arg: name, value: shown(value) });
}

export function optionalDate(arg: Arg, name: string): number | undefined {
  return isOmitted(arg) ? undefined : date(arg, name);
}

/** A truth value: TRUE/FALSE, 1/0, or the yes/no words of the reading layer (Ja/Nein, Yes/No … in any case). */
export function flag(arg: Arg, name: string): boolean {
  const value = single(arg, name);
  if (isBlank(value)) return fail("#N/A", "missing", { arg: name });
  const read = readYesNo(value);
  if (read.ok) return read.value;
  return fail("#VALUE!", "notAFlag", { arg: name, value: shown(value) });
}

export function optionalFlag(arg: Arg, name: string): boolean | undefined {
  return isOmitted(arg) ? undefined : flag(arg, name);
}

export function text(arg: Arg, name: string): string {
  const value = single(arg, name);
  if (isBlank(value)) return fail("#N/A", "missing", { arg: name });
  if (typeof value !== "string") return fail("#VALUE!", "notText", { arg: name });
  return value;
}

/**
 * A number or a range of numbers, read row by row. Blank cells stay `null` (missing, not zero);
 * text or truth values in a cell are #VALUE! naming the position.
 */
export interface Series {
  name: string;
  rows: number;
  cols: number;
  values: (number | null)[];
  /** True when the argument was a range (even 1×1), false for a typed number. */
  range: boolean;
}

export function series(arg: Arg, name: string, options: NumberOptions = {}): Series {
  if (!isMatrix(arg)) {
    if (isBlank(arg)) return fail("#N/A", "missing", { arg: name });
    return { name, rows: 1, cols: 1, values: [number(arg, name, options)], range: false };
  }
  const rows = arg.length;
  const cols = rows === 0 ? 0 : Math.max(...arg.map((r) => r.length));
  const values: (number | null)[] = new Array(rows * cols);
  for (let r = 0; r < rows; r++) {
    const row = arg[r];
    for (let c = 0; c < cols; c++) {
      const value = row[c];
      if (isBlank(value)) {
        values[r * cols + c] = null;
        continue;
      }
      if (typeof value !== "number") return fail("#VALUE!", "notANumberAt", { arg: name, pos: pos(r, c), value: shown(value) });
      if (!Number.isFinite(value)) return fail("#NUM!", "notFinite", { arg: name, value: String(value) });
      if (options.fraction && (value < 0 || value > 1)) return fail("#NUM!", "notAFractionAt", { arg: name, pos: pos(r, c), value });
      if (options.nonNegative && value < 0) return fail("#NUM!", "negativeAt", { arg: name, pos: pos(r, c), value });
      values[r * cols + c] = value;
    }
  }
  return { name, rows, cols, values, range: true };
}

/** An energy (kWh), power (kW), water (m³) or capacity: a number or a range, every value ≥ 0. */
export function energy(arg: Arg, name: string): Series {
  return series(arg, name, { nonNegative: true });
}

export function optionalEnergy(arg: Arg, name: string): Series | undefined {
  return isOmitted(arg) ? undefined : energy(arg, name);
}

/**
 * The sums of paired series. Ranges of the same shape are read as one table (a month per position):
 * a position filled in one and blank in another is #N/A naming it. A blank position in all of them is
 * skipped. Each sum over no values at all is #N/A.
 */
export function pairedSums(...all: Series[]): number[] {
  const ranges = all.filter((s) => s.range && s.values.length > 1);
  for (let i = 1; i < ranges.length; i++) {
    const a = ranges[0];
    const b = ranges[i];
    if (a.rows !== b.rows || a.cols !== b.cols) continue; // different shapes: summed independently
    for (let k = 0; k < a.values.length; k++) {
      if ((a.values[k] === null) !== (b.values[k] === null)) {
        fail("#N/A", "unpaired", { a: a.name, b: b.name, pos: pos(Math.floor(k / a.cols), k % a.cols) });
      }
    }
  }
  return all.map((s) => {
    let sum = 0;
    let count = 0;
    for (const v of s.values) {
      if (v !== null) {
        sum += v;
        count++;
      }
    }
    if (count === 0) fail("#N/A", "noValues", { arg: s.name });
    return finite(sum);
  });
}

/** Two series of the same size, position by position (Anhang E: power and CPU per interval). */
export function sameSize(a: Series, b: Series): void {
  if (a.values.length !== b.values.length) {
    fail("#N/A", "shapeMismatch", { a: a.name, ra: a.rows, ca: a.cols, b: b.name, rb: b.rows, cb: b.cols });
  }
}

/** numerator / denominator, #DIV/0! naming the denominator when it is 0. */
export function ratio(numerator: number, denominator: number, denominatorName: string): number {
  if (denominator === 0) return fail("#DIV/0!", "divisionByZero", { arg: denominatorName });
  return finite(numerator / denominator);
}

/** A result that overflowed (sums near 1.8e308) is #NUM!, never Infinity or NaN. */
export function finite(value: number): number {
  return Number.isFinite(value) ? value : fail("#NUM!", "tooLarge");
}
