/**
 * `deuz eval [FORMULA ...]`: evaluates formulas in one HyperFormula instance with every DEUZ function,
 * one result a line. Without formulas, each non-empty line of standard input is one.
 */
import { DetailedCellError } from "hyperformula";
import { boundedFormula, complexity } from "../workbook/bounded";
import { createDeuzEngine, normaliseFormula } from "../workbook/hyperformula";
import { Io, UsageError } from "./io";

/** A result as one line: full-precision numbers with ".", TRUE/FALSE, Excel error codes, or text. */
export function formatValue(value: unknown): string {
  if (value instanceof DetailedCellError) return value.value;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value === null || value === undefined) return "";
  return String(value);
}

/** Where a formula came from, for messages: "line 3" of stdin or "argument 2". */
export type Origin = (index: number) => string;
const byArgument: Origin = (i) => `argument ${i + 1}`;

export function evaluateFormulas(formulas: string[], origin: Origin = byArgument): string[] {
  const limits = { chars: "characters", nesting: "levels of parentheses", operators: "operators" };
  const cells = formulas.map((f, i) => {
    const text = normaliseFormula(f.trim());
    // what HyperFormula cannot evaluate without a stack overflow, and ranges far past the formulas (bounded.ts)
    const tooComplex = complexity(text);
    if (tooComplex) throw new UsageError(`deuz eval: ${origin(i)}: more than ${tooComplex.max} ${limits[tooComplex.limit]}: split the formula`);
    const bounded = boundedFormula(text, { rows: formulas.length, cols: 1 }).formula;
    return bounded.startsWith("=") ? bounded : `=${bounded}`;
  });
  const hf = createDeuzEngine({ eval: [] });
  cells.forEach((formula, i) => {
    if (!hf.validateFormula(formula)) {
      throw new UsageError(`deuz eval: ${origin(i)}: cannot parse "${formulas[i].trim()}"`);
    }
  });
  hf.setSheetContent(0, cells.map((c) => [c]));
  const results = cells.map((_, row) => hf.getCellValue({ sheet: 0, row, col: 0 }));
  hf.destroy();
  results.forEach((value, i) => {
    if (value instanceof DetailedCellError && value.type === "ERROR") {
      throw new UsageError(`deuz eval: ${origin(i)}: cannot parse "${formulas[i].trim()}": ${value.message}`);
    }
  });
  return results.map(formatValue);
}

/**
 * An option: `--word` or `-x`. A formula may start with a minus (`-PI()`, `-A1`), so nothing longer after
 * a single dash counts as one; after `--` every argument is a formula.
 */
const isOption = (a: string) => /^--[a-z]/i.test(a) || /^-[a-z]$/i.test(a);

export async function evalCommand(args: string[], io: Io): Promise<number> {
  const end = args.indexOf("--");
  const options = end < 0 ? args : args.slice(0, end);
  const unknown = options.find(isOption);
  if (unknown) throw new UsageError(`deuz eval: unknown option ${unknown} (see deuz --help)`);
  const formulas = end < 0 ? args : [...args.slice(0, end), ...args.slice(end + 1)];
  if (formulas.length > 0) {
    for (const line of evaluateFormulas(formulas)) io.out(line + "\n");
    return 0;
  }
  const lines = (await io.readStdin()).split(/\r?\n/);
  const numbered = lines.map((text, i) => ({ text, line: i + 1 })).filter((l) => l.text.trim() !== "");
  const results = evaluateFormulas(numbered.map((l) => l.text), (i) => `line ${numbered[i].line}`);
  for (const line of results) io.out(line + "\n");
  return 0;
}
