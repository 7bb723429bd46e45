/**
 * Single-pass kernels for the large ranges of IT load (Anhang D, Anhang E): validation and the sums in one
 * walk over the cells, so that 5,000 servers × 12 months or a week of one-minute samples cost about what a
 * plain loop costs. Errors are those of args.ts: #VALUE! for text, #NUM! out of range, #N/A for unpaired blanks.
 */
import { pos } from "../args";
import { readYesNo } from "../reading";
import { fail } from "../errors";
import { finite } from "../args";
import { meanOfMonths } from "../metrics";
import { Arg, isBlank, isMatrix, isOmitted, Matrix, Scalar } from "../values";

/** Anhang E a): "Gibt es ein Messintervall, in dem die CPU-Auslastung unter 1% lag" (strictly below). */
export const IDLE_CPU_THRESHOLD = 0.01;

function badCell(name: string, r: number, c: number, v: Scalar): never {
  if (typeof v !== "number") return fail("#VALUE!", "notANumberAt", { arg: name, pos: pos(r, c), value: String(v) });
  if (!Number.isFinite(v)) return fail("#NUM!", "notFinite", { arg: name, value: String(v) });
  return fail("#NUM!", "notAFractionAt", { arg: name, pos: pos(r, c), value: v });
}

/**
 * ITEU_SV over a matrix of CPU utilisations (rows servers, columns months); null without any value. Rows whose
 * `skip` is true are left out (3.3.3 Ausnahme 2: GPU servers), their cells unread.
 */
export function iteuOfMatrix(m: Matrix, name: string, skip?: boolean[]): number | null {
  let cols = 0;
  for (const row of m) if (row.length > cols) cols = row.length;
  const sums = new Float64Array(cols);
  const counts = new Uint32Array(cols);
  for (let r = 0; r < m.length; r++) {
    if (skip?.[r]) continue;
    const row = m[r];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v === "number" && v >= 0 && v <= 1) {
        sums[c] += v;
        counts[c]++;
      } else if (!isBlank(v)) badCell(name, r, c, v);
    }
  }
  return meanOfMonths(sums, counts);
}

/** An ID as Excel's exact MATCH compares it: text in any letter case, a number as a number; null when blank. */
function idKey(v: Scalar | undefined): string | null {
  if (isBlank(v)) return null;
  return typeof v === "string" ? `t:${v.toLowerCase()}` : `${typeof v}:${String(v)}`;
}

/** The first column of a range argument, one value a row (a single value: one row). */
function firstColumn(a: Arg): (Scalar | undefined)[] {
  return isMatrix(a) ? a.map((row) => row[0]) : [a];
}

/**
 * 3.3.3 Ausnahme 2: which rows of a table of servers to leave out. `ids` names the server of each row (as many
 * rows as the table has), `inventoryIds` the servers of the inventory and `leaveOut` beside them a yes (TRUE, 1, Ja …,
 * read as src/engine/reading.ts reads yes/no) for each server to leave out (the template: its GPU column). An inventory ID listed twice counts by its
 * first row, as MATCH finds it. Undefined when `ids` is left out: every row counts.
 */
export function rowsLeftOut(rows: number, ids: Arg, inventoryIds: Arg, leaveOut: Arg): boolean[] | undefined {
  if (isOmitted(ids) && isOmitted(inventoryIds)) return undefined;
  const own = firstColumn(ids);
  if (own.length !== rows) fail("#N/A", "shapeMismatch", { a: "cpu", ra: rows, ca: 1, b: "ids", rb: own.length, cb: 1 });
  const inventory = firstColumn(inventoryIds);
  const flags = firstColumn(leaveOut);
  if (flags.length !== inventory.length) {
    fail("#N/A", "shapeMismatch", { a: "inventory_ids", ra: inventory.length, ca: 1, b: "leave_out", rb: flags.length, cb: 1 });
  }
  const out = new Set<string>();
  const seen = new Set<string>();
  inventory.forEach((v, i) => {
    const key = idKey(v);
    if (key === null || seen.has(key)) return;
    seen.add(key);
    // a yes as the engine reads it (TRUE, 1, Ja, " yes " …); blank, no or an unreadable word keeps the server
    const f = readYesNo(flags[i]);
    if (f.ok && f.value) out.add(key);
  });
  return own.map((v) => {
    const key = idKey(v);
    return key !== null && out.has(key);
  });
}

/**
 * 3.3.2 Nachweis: the rows with an ID (not blank) and values in at least `minMonths` columns, leaving out the
 * rows `skip` marks. Cells must be utilisations (fractions) or blank.
 */
export function serversWithSeries(ids: Arg, cpu: Matrix, minMonths: number, skip?: boolean[]): number {
  const own = firstColumn(ids);
  if (own.length !== cpu.length) fail("#N/A", "shapeMismatch", { a: "ids", ra: own.length, ca: 1, b: "cpu", rb: cpu.length, cb: cpu[0]?.length ?? 0 });
  let n = 0;
  for (let r = 0; r < cpu.length; r++) {
    if (skip?.[r] || isBlank(own[r])) continue;
    let months = 0;
    const row = cpu[r];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v === "number" && v >= 0 && v <= 1) months++;
      else if (!isBlank(v)) badCell("cpu", r, c, v);
    }
    if (months >= minMonths) n++;
  }
  return n;
}

/** The sums of Anhang E over paired intervals: P_idle by method a or b, E_server and the idle time. */
export interface IdleSums {
  n: number;
  idleSum: number;
  idleCount: number;
  sx: number;
  sy: number;
  sxx: number;
  sxy: number;
  eServer: number;
  idleTime: number;
}

const asMatrix = (a: Arg): Matrix => (isMatrix(a) ? a : [[a ?? null]]);

/** Cells of `m` in reading order, laid out as rows × cols. */
function reshape(m: Matrix, rows: number, cols: number): Matrix {
  const flat = m.flatMap((r) => r);
  return Array.from({ length: rows }, (_, r) => flat.slice(r * cols, r * cols + cols));
}

/** A cell pair that is not two plain numbers: skipped when blank in all, else the matching error. */
function slowCell(p: Scalar | undefined, x: Scalar | undefined, len: Scalar | number | undefined, ranged: boolean, r: number, c: number): void {
  const pBlank = isBlank(p);
  const xBlank = isBlank(x);
  const tBlank = ranged ? isBlank(len as Scalar) : false;
  if (pBlank && xBlank && (!ranged || tBlank)) return;
  if (pBlank || xBlank || tBlank) {
    const missing = pBlank ? "power" : xBlank ? "cpu" : "interval";
    const present = !pBlank ? "power" : !xBlank ? "cpu" : "interval";
    fail("#N/A", "unpaired", { a: present, b: missing, pos: pos(r, c) });
  }
  if (typeof p === "number" && Number.isFinite(p) && p < 0) fail("#NUM!", "negativeAt", { arg: "power", pos: pos(r, c), value: p });
  if (typeof p !== "number" || !Number.isFinite(p)) badCell("power", r, c, p as Scalar);
  if (typeof x !== "number" || !(x >= 0 && x <= 1)) badCell("cpu", r, c, x as Scalar);
  if (typeof len === "number" && Number.isFinite(len) && len < 0) fail("#NUM!", "negativeAt", { arg: "interval", pos: pos(r, c), value: len });
  badCell("interval", r, c, len as Scalar);
}

/** The hot loop of Anhang E, kept small so that the JIT optimises it: plain numbers, else slowCell. */
function accumulate(P: Matrix, X: Matrix, T: Matrix | undefined, pr: number, pc: number, intervalLength: number): IdleSums {
  if (T === undefined) return accumulateFixed(P, X, pr, pc, intervalLength);
  let idleSum = 0, idleCount = 0, sx = 0, sy = 0, sxx = 0, sxy = 0, eServer = 0, idleTime = 0, n = 0;
  for (let r = 0; r < pr; r++) {
    const pRow = P[r];
    const xRow = X[r];
    const tRow = T ? T[r] : undefined;
    for (let c = 0; c < pc; c++) {
      const p = pRow[c];
      const x = xRow[c];
      const len = tRow === undefined ? intervalLength : tRow[c];
      if (typeof p !== "number" || typeof x !== "number" || typeof len !== "number" || !(p >= 0 && p < Infinity && x >= 0 && x <= 1 && len >= 0 && len < Infinity)) {
        slowCell(p, x, tRow ? len : 0, tRow !== undefined, r, c);
        continue;
      }
      n++;
      if (x < IDLE_CPU_THRESHOLD) {
        idleSum += p;
        idleCount++;
      }
      sx += x;
      sy += p;
      sxx += x * x;
      sxy += x * p;
      eServer += p * len;
      idleTime += (1 - x) * len;
    }
  }
  return { n, idleSum, idleCount, sx, sy, sxx, sxy, eServer, idleTime };
}

/**
 * The same walk for one interval length for all (the common case): fewer checks per point. One loop over the
 * cells, the row advanced as the column wraps, so that a single-column series (the usual layout) sets up no inner
 * loop per row (half the time of a nested loop on 100,800 points).
 */
function accumulateFixed(P: Matrix, X: Matrix, pr: number, pc: number, len: number): IdleSums {
  let idleSum = 0, idleCount = 0, sx = 0, sy = 0, sxx = 0, sxy = 0, sumP = 0, sumIdle = 0, n = 0;
  let r = 0;
  let c = 0;
  let pRow = P[0];
  let xRow = X[0];
  for (let k = pr * pc; k > 0; k--) {
    const p = pRow[c];
    const x = xRow[c];
    if (typeof p !== "number" || typeof x !== "number" || !(p >= 0 && p < Infinity && x >= 0 && x <= 1)) {
      slowCell(p, x, 0, false, r, c);
    } else {
      n++;
      if (x < IDLE_CPU_THRESHOLD) {
        idleSum += p;
        idleCount++;
      }
      sx += x;
      sy += p;
      sxx += x * x;
      sxy += x * p;
      sumP += p;
      sumIdle += 1 - x;
    }
    if (++c === pc) {
      c = 0;
      r++;
      pRow = P[r];
      xRow = X[r];
    }
  }
  return { n, idleSum, idleCount, sx, sy, sxx, sxy, eServer: sumP * len, idleTime: sumIdle * len };
}

/**
 * One walk over power, CPU and (optionally) interval lengths of the same size. `intervalLength` is used
 * when `intervals` is undefined.
 */
export function idleSums(powerArg: Arg, cpuArg: Arg, intervals: Arg | undefined, intervalLength: number): IdleSums {
  const power = asMatrix(powerArg);
  const cpu = asMatrix(cpuArg);
  const t = intervals === undefined ? undefined : asMatrix(intervals);
  // ranges from Excel and HyperFormula are rectangular: the first row gives the width
  const size = (m: Matrix) => [m.length, m.length ? m[0].length : 0];
  const [pr, pc] = size(power);
  const [cr, cc] = size(cpu);
  if (pr * pc !== cr * cc || (t && size(t)[0] * size(t)[1] !== pr * pc)) {
    fail("#N/A", "shapeMismatch", { a: "power", ra: pr, ca: pc, b: t && size(t)[0] * size(t)[1] !== pr * pc ? "interval" : "cpu", rb: t ? size(t)[0] : cr, cb: t ? size(t)[1] : cc });
  }
  const s: IdleSums = { n: 0, idleSum: 0, idleCount: 0, sx: 0, sy: 0, sxx: 0, sxy: 0, eServer: 0, idleTime: 0 };
  // the same positions of differently shaped ranges (a row against a column) are read in reading order
  const flat = (m: Matrix): Matrix => (m.length === pr && size(m)[1] === pc ? m : reshape(m, pr, pc));
  const P = power;
  const X = flat(cpu);
  const T = t ? flat(t) : undefined;
  Object.assign(s, accumulate(P, X, T, pr, pc, intervalLength));
  if (s.n === 0) fail("#N/A", "noValues", { arg: "power" });
  return s;
}

/** Anhang E: P_idle from the sums: method a (mean power below 1 % CPU), else method b (intercept). */
export function pIdleOf(s: IdleSums): number {
  if (s.idleCount > 0) return finite(s.idleSum / s.idleCount);
  const mx = s.sx / s.n;
  const my = s.sy / s.n;
  const sxx = s.sxx - s.n * mx * mx;
  const sxy = s.sxy - s.n * mx * my;
  if (!(sxx > 1e-12 * Math.max(1, s.sxx))) return fail("#DIV/0!", "tooFewPoints", { arg: "cpu" });
  const intercept = finite(my - (sxy / sxx) * mx);
  if (intercept < 0) return fail("#NUM!", "negativeResult", { value: intercept });
  return intercept;
}
