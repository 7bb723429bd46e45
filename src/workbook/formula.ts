/**
 * Formula text as Excel stores it, made ready for HyperFormula. Pure text work with no HyperFormula in it,
 * so that the xlsx scanner can use it without the evaluation layer.
 */
import { deuzFunctions } from "../engine/formulas";

/**
 * Excel may store add-in functions with an `_xldudf_` prefix (`_xldudf_DEUZ.PUE(`, or with underscores
 * for dots, `_xldudf_DEUZ_PUE_LIMIT(`); normalise them back to `DEUZ.PUE(`. Excel's literals TRUE and
 * FALSE become HyperFormula's TRUE() and FALSE(), and the exponent Excel writes in capitals (`1E-6`) the
 * small `e` HyperFormula's number literals need. Functions newer than Excel 2007 are stored with `_xlfn.`
 * (and `_xlws.`) in front (`_xlfn.IFNA(`, `_xlfn._xlws.FILTER(`): the prefix goes, so that HyperFormula
 * evaluates those it knows and names the others #NAME?.
 */
export function normaliseFormula(formula: string): string {
  // most formulas hold none of what changes (checked first: a check reads thousands of them)
  if (!MAY_CHANGE.test(formula)) return formula;
  // Outside string literals and quoted sheet names: Excel's TRUE/FALSE literals are functions in HyperFormula
  return outsideLiterals(formula, normaliseCode);
}

/** What normaliseCode may change, in any case (a superset: an exponent, TRUE/FALSE, the _xl prefixes). */
const MAY_CHANGE = /[\d.]e|true|false|_xl/i;

function normaliseCode(code: string): string {
  // each rewrite only where its text occurs (a check normalises thousands of formulas)
  let out = code;
  if (/[\d.]E/.test(out)) out = out.replace(/(?<![\w.$])(\d+(?:\.\d*)?|\.\d+)E([+-]?\d+)(?![\w.])/g, "$1e$2");
  if (/true|false/i.test(out)) out = out.replace(/(?<![\w.!$])(TRUE|FALSE)(?![\w.(!])/gi, (word: string) => `${word.toUpperCase()}()`);
  if (/_xl(?:fn|ws)\./i.test(out)) out = out.replace(/(?<![\w.])(?:_xlfn\.(?:_xlws\.)?|_xlws\.)(?=[A-Z][A-Z0-9._]*\s*\()/gi, "");
  if (/_xldudf_/i.test(out)) out = out.replace(/_xldudf_(DEUZ[._][A-Z0-9_.]+)(?=\s*\()/gi, (_, name: string) => dottedName(name));
  return out;
}

/**
 * How a DEUZ formula is stored in a file so that Excel with the add-in calculates it on open (issue 12, item 8;
 * docs/interpretations.md, "DEUZ-Formeln in Dateien"): Excel saves a JavaScript custom function as `_xldudf_`,
 * the namespace, `_` and the function's id with its dots as underscores (`DEUZ.PUE.LIMIT(` is stored as
 * `_xldudf_DEUZ_PUE_LIMIT(`), and binds only that form to the add-in's functions when they register; a formula
 * stored as typed (`DEUZ.PUE.LIMIT(`) stays #NAME? until it is entered again. Outside string literals and
 * quoted sheet names only.
 */
export function storedFormula(formula: string): string {
  return outsideLiterals(formula, (code) =>
    code.replace(/(?<![\w.])DEUZ\.([A-Z][A-Z0-9_.]*)(?=\s*\()/gi, (_, name: string) => `_xldudf_DEUZ_${name.toUpperCase().replace(/\./g, "_")}`),
  );
}

/**
 * The form Excel's API takes and shows (Range.formulas): `_xldudf_DEUZ_PUE_LIMIT(` back to `DEUZ.PUE.LIMIT(`,
 * everything else as it is (unlike normaliseFormula, which prepares a formula for HyperFormula).
 */
export function apiFormula(formula: string): string {
  return outsideLiterals(formula, (code) => code.replace(/_xldudf_(DEUZ[._][A-Z0-9_.]+)(?=\s*\()/gi, (_, name: string) => dottedName(name)));
}

/** Whether a formula, in any of the spellings above, calls a DEUZ function. */
export function callsDeuz(formula: string): boolean {
  return /(?<![\w.])DEUZ\.[A-Z]|_xldudf_DEUZ[._][A-Z]/i.test(formula);
}

function outsideLiterals(formula: string, f: (code: string) => string): string {
  if (!formula.includes('"') && !formula.includes("'")) return f(formula);
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((part, i) => (i % 2 === 1 ? part : f(part)))
    .join("");
}

/** DEUZ_PUE_LIMIT or DEUZ.PUE.LIMIT → DEUZ.PUE.LIMIT (a function of the catalogue), else the name with its first dot. */
function dottedName(name: string): string {
  let done = dottedNames.get(name);
  if (done === undefined) dottedNames.set(name, (done = dottedNameOf(name)));
  return done;
}

/** The few DEUZ names a workbook holds, each looked up in the catalogue once. */
const dottedNames = new Map<string, string>();

function dottedNameOf(name: string): string {
  const dotted = name.toUpperCase().replace(/^DEUZ_/, "DEUZ.");
  const bare = dotted.slice(5);
  const known = deuzFunctions.find((f) => f.name === bare || f.name.replace(/\./g, "_") === bare);
  return known ? `DEUZ.${known.name}` : dotted;
}
