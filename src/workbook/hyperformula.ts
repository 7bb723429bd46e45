/**
 * The HyperFormula adapter: every DEUZ function of the engine table registered as `DEUZ.<NAME>` in a
 * FunctionPlugin, so that the headless checker and `deuz eval` compute exactly what Excel's custom
 * functions compute (one implementation, two thin adapters).
 */
import { CellError, DenseSparseChooseBasedOnThreshold, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from "hyperformula";
import type { ConfigParams, SerializedNamedExpression, Sheets } from "hyperformula";
import { callDeuz, deuzFunctions } from "../engine/formulas";
import { ExcelErrorCode } from "../engine/errors";
import { Arg, Scalar } from "../engine/values";

/** Formula text from the file, made ready for HyperFormula; it lives with the xlsx layer's formula helpers. */
export { normaliseFormula } from "./formula";

const errorTypes: Record<ExcelErrorCode, ErrorType> = {
  "#VALUE!": ErrorType.VALUE,
  "#NUM!": ErrorType.NUM,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#N/A": ErrorType.NA,
};

const methodName = (name: string) => "deuz_" + name.replace(/\./g, "_");

/** HyperFormula's cell value (numbers may come wrapped with a date or percent subtype) to the engine's. */
function scalar(value: unknown): Scalar | CellError {
  if (value === EmptyValue || value === undefined || value === null) return null;
  if (value instanceof CellError) return value;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "object" && typeof (value as { val?: unknown }).val === "number") return (value as { val: number }).val;
  return String(value);
}

class ArgumentError {
  constructor(readonly error: CellError) {}
}

function argument(value: unknown): Arg {
  if (value instanceof SimpleRangeValue) {
    return value.data.map((row) =>
      row.map((cell) => {
        const v = scalar(cell);
        if (v instanceof CellError) throw new ArgumentError(v);
        return v;
      }),
    );
  }
  const v = scalar(value);
  if (v instanceof CellError) throw new ArgumentError(v);
  return v;
}

/**
 * Every parameter is ANY: a range parameter takes a number or a range (SimpleRangeValue), a scalar one a
 * value or a single cell, and a larger range there reaches the engine as a matrix, which reads it as
 * #VALUE! (as the custom functions do) instead of HyperFormula vectorising the call into an array.
 * Errors in arguments are not short-circuited for ANY: `argument` propagates them.
 */
class DeuzPlugin extends FunctionPlugin {
  static override implementedFunctions = Object.fromEntries(
    deuzFunctions.map((f) => [
      `DEUZ.${f.name}`,
      {
        method: methodName(f.name),
        parameters: f.params.map((p) => ({ argumentType: FunctionArgumentType.ANY, optionalArg: Boolean(p.optional) })),
        vectorizationForbidden: true,
      },
    ]),
  );
}

for (const f of deuzFunctions) {
  (DeuzPlugin.prototype as unknown as Record<string, unknown>)[methodName(f.name)] = function (
    this: DeuzPlugin,
    ast: { args: unknown[] },
    state: unknown,
  ) {
    const self = this as unknown as {
      runFunction: (args: unknown, state: unknown, metadata: unknown, fn: (...values: unknown[]) => unknown) => unknown;
      metadata: (name: string) => unknown;
    };
    return self.runFunction(ast.args, state, self.metadata(`DEUZ.${f.name}`), (...values: unknown[]) => {
      let args: Arg[];
      try {
        args = values.map(argument);
      } catch (e) {
        if (e instanceof ArgumentError) return e.error;
        throw e;
      }
      const outcome = callDeuz(f.name, args);
      if (outcome.ok) return outcome.value;
      return new CellError(errorTypes[outcome.error.code], outcome.error.text.en);
    });
  };
}

/** The DEUZ names are the same in every language (as in Excel, where add-in functions are not translated). */
const translations = Object.fromEntries(deuzFunctions.map((f) => [`DEUZ.${f.name}`, `DEUZ.${f.name}`]));

/**
 * Registers the DEUZ plugin (idempotent: the registry, not a flag, says whether it is there) and its names
 * in every language HyperFormula knows, including one registered after the plugin (HyperFormula itself
 * only extends the languages registered when the plugin is; a language without the names gives #NAME?).
 */
export function registerDeuz(): void {
  if (deuzFunctions.some((f) => HyperFormula.getFunctionPlugin(`DEUZ.${f.name}`) !== DeuzPlugin)) {
    HyperFormula.registerFunctionPlugin(DeuzPlugin);
  }
  for (const code of HyperFormula.getRegisteredLanguagesCodes()) {
    const language = HyperFormula.getLanguage(code);
    if (deuzFunctions.some((f) => !language.isFunctionTranslated(`DEUZ.${f.name}`))) language.extendFunctions(translations);
  }
}

export const hyperformulaConfig: Partial<ConfigParams> = {
  licenseKey: "gpl-v3",
  // HyperFormula's default date system (null date 1899-12-30) gives Excel's serials from 1900-03-01 on
  useArrayArithmetic: false,
  // text stays text unless it is an ISO date (Excel stores typed dates as numbers); fewer formats to try
  // on every text cell make large workbooks build faster
  dateFormats: ["YYYY-MM-DD"],
  timeFormats: ["hh:mm", "hh:mm:ss"],
  // dense address maps (faster) for the template's sheets, filled a third or more of their bounding box; a sparse
  // map for a sheet with a value far out (XFD20000), whose dense map would take a slot for every cell of the box
  // (issue 11): memory follows the cells that exist, a dense map at most 10 slots for each
  chooseAddressMappingPolicy: new DenseSparseChooseBasedOnThreshold(0.1),
  useStats: false,
  smartRounding: false,
  maxRows: 1_048_576,
  maxColumns: 16_384,
};

/** A HyperFormula instance with every DEUZ function registered. */
export function createDeuzEngine(
  sheets: Sheets = {},
  config: Partial<ConfigParams> = {},
  namedExpressions: SerializedNamedExpression[] = [],
): HyperFormula {
  registerDeuz();
  return HyperFormula.buildFromSheets(sheets, { ...hyperformulaConfig, ...config }, namedExpressions);
}
