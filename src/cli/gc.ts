/**
 * A full garbage collection between two workbooks of `deuz portfolio` when the heap has grown (issue 16: "peak
 * memory that does not grow with their number"). Without one V8 lets the old generation fill with the earlier
 * checks' garbage up to a limit it sets from the first, large checks and raises as it goes: the peak RSS of 200
 * copies of the example was 153-158 MB against 137 MB for 20. One collection after the first workbook (and another
 * whenever the heap holds 16 MB more than after the last) keeps it at one check's peak: 97 MB for 200, 95 MB for
 * 20 (bench/portfolio.js); in those runs it was the only one, some 60-80 ms in all. Node gives gc() only behind
 * --expose-gc: the flag is set at run time and gc() taken from a new context (as Jest does for --logHeapUsage),
 * then the flag unset. Where that fails nothing is collected: only memory is at stake, never a verdict.
 */
import v8 from "v8";
import vm from "vm";

/** How much the heap may grow over what it held after the last collection. */
const SLACK = 16 * 2 ** 20;

let gc: (() => void) | null | undefined;
/** The heap's use after the last collection; 0 before the first. */
let after = 0;

function collector(): (() => void) | null {
  const own = (globalThis as { gc?: () => void }).gc;
  if (typeof own === "function") return own;
  try {
    v8.setFlagsFromString("--expose-gc");
    const found = vm.runInNewContext("gc") as () => void;
    v8.setFlagsFromString("--no-expose-gc");
    return typeof found === "function" ? found : null;
  } catch {
    return null;
  }
}

export function collectGarbage(): void {
  const used = v8.getHeapStatistics().used_heap_size;
  if (after && used < after + SLACK) return;
  if (gc === undefined) gc = collector();
  gc?.();
  after = Math.max(1, v8.getHeapStatistics().used_heap_size);
}
