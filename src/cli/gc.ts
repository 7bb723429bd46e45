/**
 * A full garbage collection between two workbooks of `deuz portfolio` (issue 16: "peak memory that does not grow
 * with their number"). Without it V8 lets the old generation fill with the earlier checks' garbage up to a limit it
 * raises as it goes: the peak RSS of 200 copies of the example was 153-158 MB against 137 MB for 20. Collected after
 * each workbook it stays one check's peak (92 MB at 20 and at 200, bench/portfolio.js), at some 15-50 ms a workbook
 * of its 240-400. Node gives gc() only behind --expose-gc: the flag is set at run time and gc() taken from a new
 * context (as Jest does for --logHeapUsage), then the flag unset. Where that fails nothing is collected: only
 * memory is at stake, never a verdict.
 */
import v8 from "v8";
import vm from "vm";

let gc: (() => void) | null | undefined;

export function collectGarbage(): void {
  if (gc === undefined) {
    const own = (globalThis as { gc?: () => void }).gc;
    gc = typeof own === "function" ? own : null;
    if (!gc) {
      try {
        v8.setFlagsFromString("--expose-gc");
        gc = vm.runInNewContext("gc") as () => void;
        v8.setFlagsFromString("--no-expose-gc");
      } catch {
        gc = null;
      }
    }
  }
  gc?.();
}
