/** IT load (3.3.2, 3.3.3, Anhang D) and the Server Idle Energy Coefficient (Anhang E). */
import { fail } from "../errors";
import { finite, number, optionalNumber, ratio, series } from "../args";
import { iteu } from "../metrics";
import { idleSums, iteuOfMatrix, pIdleOf, rowsLeftOut, serversWithSeries } from "./itLoadFast";
import { iteuMet, seriesMonthsMin } from "../rules";
import { isMatrix, isOmitted } from "../values";
import { DeuzFunction } from "./types";

export const itLoadFunctions: DeuzFunction[] = [
  {
    name: "ITEU",
    section: "3.3.3",
    // 3.3.3 Ausnahme 2: ids, inventory_ids and leave_out name the rows to leave out (GPU servers)
    params: [{ name: "cpu", range: true }, { name: "ids", optional: true, range: true }, { name: "inventory_ids", optional: true, range: true }, { name: "leave_out", optional: true, range: true }],
    returns: "number",
    compute(cpu, ids, inventoryIds, leaveOut) {
      let value: number | null;
      if (isMatrix(cpu)) value = iteuOfMatrix(cpu, "cpu", rowsLeftOut(cpu.length, ids, inventoryIds, leaveOut));
      else {
        const s = series(cpu, "cpu", { fraction: true });
        value = iteu(s.values, s.rows, s.cols);
      }
      return value ?? fail("#N/A", "noValues", { arg: "cpu" });
    },
  },
  {
    // 3.3.2 Nachweis ("Datenreihen über mindestens 3 Monate … je Server"), 3.3.3 Ausnahme 2 (GPU servers left out)
    name: "SERVERS",
    section: "3.3.2",
    params: [
      { name: "ids", range: true }, { name: "cpu", range: true }, { name: "min_months", optional: true },
      { name: "inventory_ids", optional: true, range: true }, { name: "leave_out", optional: true, range: true },
    ],
    returns: "number",
    compute(ids, cpu, minMonths, inventoryIds, leaveOut) {
      const m = isMatrix(cpu) ? cpu : [[cpu ?? null]];
      const min = optionalNumber(minMonths, "min_months", { nonNegative: true }) ?? seriesMonthsMin;
      const skip = isOmitted(inventoryIds) ? undefined : rowsLeftOut(m.length, ids, inventoryIds, leaveOut);
      return serversWithSeries(ids, m, min, skip);
    },
  },
  {
    name: "PIDLE",
    section: "Anhang E",
    params: [{ name: "power", range: true }, { name: "cpu", range: true }],
    returns: "number",
    compute(power, cpu) {
      return pIdleOf(idleSums(power, cpu, undefined, 1));
    },
  },
  {
    name: "SIEC",
    section: "Anhang E",
    params: [{ name: "power", range: true }, { name: "cpu", range: true }, { name: "interval", optional: true, range: true }, { name: "p_idle", optional: true }],
    returns: "number",
    compute(power, cpu, interval, idle) {
      const ranged = !isOmitted(interval) && isMatrix(interval) && !(interval.length === 1 && interval[0].length === 1);
      const length = ranged || isOmitted(interval) ? 1 : number(interval, "interval", { nonNegative: true });
      const sums = idleSums(power, cpu, ranged ? interval : undefined, length);
      const idlePower = optionalNumber(idle, "p_idle", { nonNegative: true }) ?? pIdleOf(sums);
      return ratio(finite(idlePower * sums.idleTime), finite(sums.eServer), "power");
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
