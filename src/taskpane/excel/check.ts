/**
 * Checking the open workbook: every input the criteria read, loaded by defined name; the engine's catalogue
 * decides. The values are Excel's own, formulas computed by the DEUZ custom functions.
 *
 * Size: Excel on the web takes at most 5 MB per request and response and fails a larger one with the error code
 * ResponsePayloadSizeLimitExceeded (Excel.ErrorCodes;
 * https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins).
 * The template's inputs are about 23,000 cells once the month columns are taken from their spans, some 2.5 MB,
 * so one sync reads them all: addresses, sizes and values. Only when Excel refuses that response (a table grown
 * far beyond the template, texts of 32,767 characters) are the values read again in batches of at most
 * MAX_CELLS_PER_SYNC cells after a sync for the addresses and sizes; a batch Excel still refuses is halved.
 */
import { checkAll, Finding } from "../../engine/criteria";
import { templateFigures } from "../../engine/criteria/figures";
import { CellValue, Inputs, isCellError } from "../../engine/criteria/types";
import { BookCell } from "../../workbook/book";
import { computedNames, inputNames as filledNames } from "../../workbook/computed";
import { apiFormula, callsDeuz, normaliseFormula } from "../../workbook/formula";
import { compareWithTemplate, FoundRange, Overwritten, overwrittenFindings } from "../../workbook/integrity";
import { PaneError, paneText } from "../messages";
import { judgeRuleSets, LawRequest, LawView } from "../ruleSets";
import { cellOf, parseAddress, qualified, RangeAddress } from "./address";
import { derivedNames, inputNames } from "./names";

export interface WorkbookInputs {
  inputs: Inputs;
  ranges: Map<string, RangeAddress>;
  /** Range.formulas of the names asked for with their formulas (a formula "=…", else the cell's value), by lower-case name. */
  formulas: Map<string, unknown[][]>;
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

/** The error Excel gives when a response would exceed its payload limit (code not localised). */
export function payloadTooLarge(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === "ResponsePayloadSizeLimitExceeded" || code === "RequestPayloadSizeLimitExceeded";
}

interface Located {
  name: string;
  item: Excel.NamedItem;
  range: Excel.Range;
}

function locate(context: Excel.RequestContext, names: string[], props: string): Located[] {
  return names.map((name) => {
    // getItemOrNullObject, then getRangeOrNullObject: a missing name and a name that is not a range (a constant,
    // #REF!) both give a null object (ExcelApi 1.4, https://learn.microsoft.com/javascript/api/excel/excel.nameditem#excel-excel-nameditem-getrangeornullobject-member(1))
    const item = context.workbook.names.getItemOrNullObject(name);
    const range = item.getRangeOrNullObject();
    range.load(props);
    return { name, item, range };
  });
}

/** A loaded range's cells as the engine wants them. */
function matrix(range: Excel.Range): CellValue[][] {
  const types = range.valueTypes;
  return range.values.map((row, r) => row.map((v, c) => cellValue(v, types[r]?.[c])));
}

const exists = ({ item, range }: Located) => !item.isNullObject && !range.isNullObject;

/** The values of `batch`, one sync; a batch Excel refuses as too large is halved until one range is left. */
async function readBatch(context: Excel.RequestContext, batch: Located[], into: Map<string, CellValue[][]>, withFormulas: Set<string>): Promise<void> {
  for (const { name, range } of batch) range.load(withFormulas.has(name) ? "values,valueTypes,formulas" : "values,valueTypes");
  try {
    await context.sync();
  } catch (e) {
    if (!payloadTooLarge(e)) throw e;
    if (batch.length === 1) {
      throw new PaneError(paneText("rangeTooLarge", batch[0].name));
    }
    const half = Math.ceil(batch.length / 2);
    await readBatch(context, batch.slice(0, half), into, withFormulas);
    await readBatch(context, batch.slice(half), into, withFormulas);
    return;
  }
  for (const { name, range } of batch) into.set(name.toLowerCase(), matrix(range));
}

/** After Excel refused the single read: addresses and sizes first, then the values in batches of at most maxCells. */
async function readInBatches(context: Excel.RequestContext, names: string[], maxCells: number, into: Map<string, CellValue[][]>, withFormulas: Set<string>): Promise<Located[]> {
  const located = locate(context, names, "address,cellCount");
  await context.sync();
  const found = located.filter(exists);
  const batches: Located[][] = [];
  let cells = Infinity;
  for (const f of found) {
    if (cells + f.range.cellCount > maxCells) {
      batches.push([]);
      cells = 0;
    }
    batches[batches.length - 1].push(f);
    cells += f.range.cellCount;
  }
  for (const batch of batches) {
    // one sync per batch of maxCells cells, on purpose (5 MB limit)
    await readBatch(context, batch, into, withFormulas);
  }
  return found;
}

/** Reads the named ranges: one sync for everything, batches only when Excel refuses the response (see above). */
export async function readInputs(context: Excel.RequestContext, names: string[] = inputNames(), maxCells = MAX_CELLS_PER_SYNC, withFormulas: string[] = []): Promise<WorkbookInputs> {
  const derived = derivedNames();
  // a month column is read through its span when the span is read too
  const wanted = new Set(names);
  const direct = names.filter((n) => !(derived.has(n) && wanted.has(derived.get(n)!.parent)));
  const values = new Map<string, CellValue[][]>();
  let found: Located[];
  const located = locate(context, direct, "address,cellCount,values,valueTypes");
  // the formulas of the cells the template computes, in the same sync (integrity, 3.1.2)
  const formulasOf = new Set(withFormulas);
  for (const { name, range } of located) if (formulasOf.has(name)) range.load("formulas");
  try {
    await context.sync();
    found = located.filter(exists);
    for (const { name, range } of found) values.set(name.toLowerCase(), matrix(range));
  } catch (e) {
    if (!payloadTooLarge(e)) throw e;
    found = await readInBatches(context, direct, maxCells, values, formulasOf);
  }
  const formulas = new Map<string, unknown[][]>();
  for (const { name, range } of found) if (formulasOf.has(name)) formulas.set(name.toLowerCase(), range.formulas);
  const addresses = new Map<string, RangeAddress>();
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
    // messages name the cell as the user finds it ("'Anlage 3.5'!C18")
    address(ref) {
      const at = [...addresses.entries()].find(([n]) => n.toLowerCase() === ref.name.toLowerCase())?.[1];
      if (!at) return ref.name;
      if (ref.row === undefined && ref.column === undefined && (at.rows > 1 || at.cols > 1)) {
        const last = cellOf(at, { name: ref.name, row: at.rows - 1, column: at.cols - 1 }).cell;
        return qualified(at.sheet, `${cellOf(at, ref).cell}:${last}`);
      }
      return qualified(at.sheet, cellOf(at, ref).cell);
    },
  };
  return { inputs, ranges: addresses, formulas };
}

export interface OpenWorkbookCheck {
  /** The criteria's findings, then one 3.1.2 finding per cell the template computes that does not hold its formula or value. */
  findings: Finding[];
  /** Those cells (integrity.ts). */
  overwritten: Overwritten[];
  ranges: Map<string, RangeAddress>;
  /** Names of the current template the workbook lacks (an earlier version of the template): their data is "fehlt". */
  absent: string[];
  /** No input of the Anlagen holds a value yet (the roles aside, which "Vorlage einfügen" writes): nothing to judge. */
  empty: boolean;
  /** Cells the template computes whose DEUZ formula Excel shows as #NAME? (not bound to the add-in: issue 12, 8). */
  nameErrors: NameErrorCell[];
  /** The values this check read (its one sync): the Übersicht tab draws its charts from them (issue 15). */
  inputs: Inputs;
  /** The rule sets asked for, judged on the same inputs (issue 13); undefined when none were asked. */
  law?: LawView;
}

/** A DEUZ formula Excel did not bind to the add-in, and the formula to enter again (the API's form, "=DEUZ.PUE(…)"). */
export interface NameErrorCell {
  sheet: string;
  cell: string;
  formula: string;
}

/** The roles, which "Vorlage einfügen" fills in: a template with only these is still without data. */
const ROLE_NAMES = new Set(["rolle_rz_betreiber", "rolle_rz_dienstleister", "rolle_it_betreiber"]);

/** Whether no cell the applicant fills (computed.ts: not the cells the template computes) but the roles holds a value. */
export function withoutData(inputs: Inputs, names: string[]): boolean {
  return names.every((n) => ROLE_NAMES.has(n.toLowerCase()) || inputs.matrix(n).every((row) => row.every((v) => v === null || v === "")));
}

/**
 * A formula that calls a DEUZ function and shows #NAME? (or still carries Excel's `_xldudf_` prefix in the formula
 * bar): Excel has not bound it to the add-in's functions, which happens to a formula that reached Excel in another
 * form until it is entered again (docs/interpretations.md, "DEUZ-Formeln in Dateien").
 */
export function unboundDeuz(formula: unknown, value: CellValue): string | null {
  if (typeof formula !== "string" || !formula.startsWith("=") || !callsDeuz(formula)) return null;
  const nameError = isCellError(value) && value.error.toUpperCase() === "#NAME?";
  return nameError || /_xldudf_/i.test(formula) ? apiFormula(formula) : null;
}

/** The message when the workbook holds none of the template's names: there is nothing to check. */
export const NO_TEMPLATE = paneText("noTemplate");

/** A computed range as Excel gave it: formulas ("=…") with the values they show, or values typed over them. */
function foundRange(at: RangeAddress, formulas: unknown[][], values: CellValue[][]): FoundRange {
  return {
    at,
    cell(r, c): BookCell | undefined {
      const f = formulas[r]?.[c];
      const v = values[r]?.[c] ?? null;
      if (typeof f === "string" && f.startsWith("=")) return { formula: normaliseFormula(f.slice(1)), cached: isCellError(v) ? { error: v.error } : (v ?? "") };
      if (isCellError(v)) return { error: v.error };
      return { value: v };
    },
  };
}

export async function checkOpenWorkbook(context: Excel.RequestContext, rules?: LawRequest): Promise<OpenWorkbookCheck> {
  const names = inputNames();
  const computed = computedNames();
  const { inputs, ranges, formulas } = await readInputs(context, [...new Set([...names, ...computed])], MAX_CELLS_PER_SYNC, computed);
  const absent = names.filter((n) => !ranges.has(n));
  if (absent.length === names.length) throw new PaneError(NO_TEMPLATE);
  const found = (name: string): FoundRange | undefined => {
    const at = ranges.get(name);
    const f = formulas.get(name.toLowerCase());
    return at && f ? foundRange(at, f, inputs.matrix(name)) : undefined;
  };
  const overwritten = compareWithTemplate(found, templateFigures(inputs), inputs);
  // DEUZ formulas showing #NAME?, from the formulas and values this sync read anyway
  const nameErrors = new Map<string, NameErrorCell>();
  for (const name of computed) {
    const at = ranges.get(name);
    const f = formulas.get(name.toLowerCase());
    if (!at || !f) continue;
    const values = inputs.matrix(name);
    f.forEach((row, r) => row.forEach((formula, c) => {
      const enter = unboundDeuz(formula, values[r]?.[c] ?? null);
      if (!enter) return;
      const { sheet, cell } = cellOf(at, { name, row: r, column: c });
      nameErrors.set(qualified(sheet, cell), { sheet, cell, formula: enter });
    }));
  }
  const findings = [...checkAll(inputs), ...overwrittenFindings(overwritten)];
  return {
    findings, overwritten, ranges, absent,
    empty: withoutData(inputs, filledNames().filter((n) => ranges.has(n))), nameErrors: [...nameErrors.values()], inputs,
    // the law's rule sets on the inputs this one sync read: the workbook is not read again (issue 13)
    law: rules ? judgeRuleSets(inputs, findings, rules) : undefined,
  };
}
