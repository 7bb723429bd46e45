/**
 * Checking the open workbook: every input the criteria read, loaded by defined name; the engine's catalogue
 * decides. The values are Excel's own, formulas computed by the DEUZ custom functions.
 *
 * Size: Excel on the web takes at most 5 MB per request and response
 * (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 * The template's inputs are about 23,000 cells once the month columns are taken from their spans, and a text cell
 * may hold 32,767 characters, so the values are read in batches of at most MAX_CELLS_PER_SYNC cells: the first
 * sync asks only for each name's address and cellCount, the next ones for the values. With the template that is
 * two syncs; one more per further MAX_CELLS_PER_SYNC cells.
 */
import { checkAll, Finding } from "../../engine/criteria";
import { CellValue, Inputs } from "../../engine/criteria/types";
import { parseAddress, RangeAddress } from "./address";
import { derivedNames, inputNames } from "./names";

export interface WorkbookInputs {
  inputs: Inputs;
  ranges: Map<string, RangeAddress>;
}

/** At ~100 bytes a cell (value, type, JSON) this keeps a response near 2.5 MB, half the limit of Excel on the web. */
export const MAX_CELLS_PER_SYNC = 25_000;

/**
 * A cell as the engine wants it. Errors are recognised by Range.valueTypes ("Error"), not by their text: `values`
 * gives the error's text, which the documentation does not promise in English
 * (https://learn.microsoft.com/javascript/api/excel/excel.rangevaluetype).
 */
function cellValue(v: unknown, type: string | undefined): CellValue {
  if (type === "Error") return { error: String(v) };
  if (type === "Empty" || v === "" || v === null || v === undefined) return null;
  return v as CellValue;
}

/** Reads the named ranges: sync 1 addresses and sizes, then the values in batches (see above). */
export async function readInputs(context: Excel.RequestContext, names: string[] = inputNames()): Promise<WorkbookInputs> {
  const derived = derivedNames();
  // a month column is read through its span when the span is read too
  const wanted = new Set(names);
  const direct = names.filter((n) => !(derived.has(n) && wanted.has(derived.get(n)!.parent)));
  const located = direct.map((name) => {
    // getItemOrNullObject, then getRangeOrNullObject: a missing name and a name that is not a range (a constant,
    // #REF!) both give a null object (ExcelApi 1.4, https://learn.microsoft.com/javascript/api/excel/excel.nameditem#excel-excel-nameditem-getrangeornullobject-member(1))
    const item = context.workbook.names.getItemOrNullObject(name);
    const range = item.getRangeOrNullObject();
    range.load("address,cellCount");
    return { name, item, range };
  });
  await context.sync();

  const found = located.filter(({ item, range }) => !item.isNullObject && !range.isNullObject);
  const batches: (typeof found)[] = [];
  let cells = Infinity;
  for (const f of found) {
    if (cells + f.range.cellCount > MAX_CELLS_PER_SYNC) {
      batches.push([]);
      cells = 0;
    }
    batches[batches.length - 1].push(f);
    cells += f.range.cellCount;
  }
  const values = new Map<string, CellValue[][]>();
  const addresses = new Map<string, RangeAddress>();
  for (const batch of batches) {
    for (const { range } of batch) range.load("values,valueTypes");
    // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per batch of MAX_CELLS_PER_SYNC cells, on purpose (5 MB limit)
    await context.sync();
    for (const { name, range } of batch) {
      const types = range.valueTypes;
      values.set(name.toLowerCase(), range.values.map((row, r) => row.map((v, c) => cellValue(v, types[r]?.[c]))));
    }
  }
  for (const { name, range } of found) {
    const a = parseAddress(range.address);
    if (a) addresses.set(name, a);
  }
  for (const name of names) {
    const d = derived.get(name);
    if (!d || values.has(name.toLowerCase())) continue;
    const span = values.get(d.parent.toLowerCase());
    const at = addresses.get(d.parent);
    if (!span || !at) continue;
    values.set(name.toLowerCase(), span.map((row) => [row[d.column] ?? null]));
    addresses.set(name, { ...at, col: at.col + d.column, cols: 1 });
  }
  const inputs: Inputs = {
    has: (name) => values.has(name.toLowerCase()),
    value: (name) => values.get(name.toLowerCase())?.[0]?.[0] ?? null,
    matrix: (name) => values.get(name.toLowerCase()) ?? [],
  };
  return { inputs, ranges: addresses };
}

export async function checkOpenWorkbook(context: Excel.RequestContext): Promise<{ findings: Finding[]; ranges: Map<string, RangeAddress> }> {
  const { inputs, ranges } = await readInputs(context);
  return { findings: checkAll(inputs), ranges };
}
