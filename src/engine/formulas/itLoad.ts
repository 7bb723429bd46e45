/** IT load (3.3.2, 3.3.3, Anhang D) and the Server Idle Energy Coefficient (Anhang E). */
import { fail } from "../errors";
import { number, optionalNumber, pos, sameSize, series, Series } from "../args";
import { iteu, pIdle, siec } from "../metrics";
import { iteuMet } from "../rules";
import { Arg, isMatrix, isOmitted } from "../values";
import { DeuzFunction } from "./types";

/** Paired interval series (Anhang E): equal size, and a blank in one where the other has a value is #N/A. */
function intervals(...all: Series[]): number[][] {
  for (const s of all.slice(1)) sameSize(all[0], s);
  const out: number[][] = all.map(() => []);
  const n = all[0].values.length;
  for (let k = 0; k < n; k++) {
    const blanks = all.filter((s) => s.values[k] === null).length;
    if (blanks === all.length) continue;
    if (blanks > 0) {
      const a = all.find((s) => s.values[k] !== null)!;
      const b = all.find((s) => s.values[k] === null)!;
      fail("#N/A", "unpaired", { a: a.name, b: b.name, pos: pos(Math.floor(k / all[0].cols), k % all[0].cols) });
    }
    all.forEach((s, i) => out[i].push(s.values[k] as number));
  }
  if (out[0].length === 0) fail("#N/A", "noValues", { arg: all[0].name });
  return out;
}

function powerAndCpu(power: Arg, cpu: Arg): [Series, Series] {
  return [series(power, "power", { nonNegative: true }), series(cpu, "cpu", { fraction: true })];
}

export const itLoadFunctions: DeuzFunction[] = [
  {
    name: "ITEU",
    section: "3.3.3",
    params: [{ name: "cpu", range: true }],
    returns: "number",
    compute(cpu) {
      const s = series(cpu, "cpu", { fraction: true });
      const value = iteu(s.values, s.rows, s.cols);
      return value ?? fail("#N/A", "noValues", { arg: "cpu" });
    },
  },
  {
    name: "PIDLE",
    section: "Anhang E",
    params: [{ name: "power", range: true }, { name: "cpu", range: true }],
    returns: "number",
    compute(power, cpu) {
      const [p, c] = intervals(...powerAndCpu(power, cpu));
      return pIdle(p, c);
    },
  },
  {
    name: "SIEC",
    section: "Anhang E",
    params: [{ name: "power", range: true }, { name: "cpu", range: true }, { name: "interval", optional: true, range: true }, { name: "p_idle", optional: true }],
    returns: "number",
    compute(power, cpu, interval, idle) {
      const [ps, cs] = powerAndCpu(power, cpu);
      let p: number[];
      let c: number[];
      let t: number[];
      if (isOmitted(interval) || !isMatrix(interval) || (interval.length === 1 && interval[0].length === 1)) {
        const length = isOmitted(interval) ? 1 : number(interval, "interval", { nonNegative: true });
        [p, c] = intervals(ps, cs);
        t = p.map(() => length);
      } else {
        [p, c, t] = intervals(ps, cs, series(interval, "interval", { nonNegative: true }));
      }
      const idlePower = optionalNumber(idle, "p_idle", { nonNegative: true }) ?? pIdle(p, c);
      return siec(p, c, t, idlePower);
    },
  },
  {
    name: "ITEU.CHECK",
    section: "3.3.3",
    params: [{ name: "iteu" }],
    returns: "boolean",
    compute(value) {
      return iteuMet(number(value, "iteu", { fraction: true }));
    },
  },
];
