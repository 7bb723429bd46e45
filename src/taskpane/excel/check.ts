/**
 * Checking the open workbook: every input the criteria read, loaded in one batch by defined name; the
 * engine's catalogue decides. The values are Excel's own, formulas computed by the DEUZ custom functions.
 */
import { checkAll, Finding } from "../../engine/criteria";
import { CellValue, Inputs } from "../../engine/criteria/types";
import { parseAddress, RangeAddress } from "./address";
import { inputNames } from "./names";

export interface WorkbookInputs {
  inputs: Inputs;
  ranges: Map<string, RangeAddress>;
}

const ERROR = /^#(N\/A|VALUE!|NUM!|DIV\/0!|REF!|NAME\?|NULL!|CALC!|SPILL!|BUSY!|GETTING_DATA|CONNECT!|BLOCKED!|FIELD!|UNKNOWN!)$/;

function cellValue(v: unknown): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "string" && ERROR.test(v)) return { error: v };
  return v as CellValue;
}

/** One sync: the values and addresses of every named range the criteria read. */
export async function readInputs(context: Excel.RequestContext, names: string[] = inputNames()): Promise<WorkbookInputs> {
  const ranges = names.map((name) => {
    const range = context.workbook.names.getItemOrNullObject(name).getRangeOrNullObject();
    range.load("values,address");
    return { name, range };
  });
  await context.sync();
  const values = new Map<string, CellValue[][]>();
  const addresses = new Map<string, RangeAddress>();
  for (const { name, range } of ranges) {
    if (range.isNullObject) continue;
    values.set(name.toLowerCase(), range.values.map((row) => row.map(cellValue)));
    const a = parseAddress(range.address);
    if (a) addresses.set(name, a);
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
