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
  // Outside string literals and quoted sheet names: Excel's TRUE/FALSE literals are functions in HyperFormula
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((part, i) => (i % 2 === 1 ? part : normaliseCode(part)))
    .join("");
}

function normaliseCode(code: string): string {
  return code
    .replace(/(?<![\w.$])(\d+(?:\.\d*)?|\.\d+)E([+-]?\d+)(?![\w.])/g, "$1e$2")
    .replace(/(?<![\w.!$])(TRUE|FALSE)(?![\w.(!])/gi, (word: string) => `${word.toUpperCase()}()`)
    .replace(/(?<![\w.])(?:_xlfn\.(?:_xlws\.)?|_xlws\.)(?=[A-Z][A-Z0-9._]*\s*\()/gi, "")
    .replace(/_xldudf_(DEUZ[._][A-Z0-9_.]+)(?=\s*\()/gi, (_, name: string) => {
    const dotted = name.toUpperCase().replace(/^DEUZ_/, "DEUZ.");
    const bare = dotted.slice(5);
    const known = deuzFunctions.find((f) => f.name === bare || f.name.replace(/\./g, "_") === bare);
    return known ? `DEUZ.${known.name}` : dotted;
  });
}
