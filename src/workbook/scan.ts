/**
 * A Book straight from the XML of an .xlsx: cell values, formulas and workbook-level defined names, which
 * is all a check needs, read in one pass per sheet without ExcelJS's full model (styles, validations,
 * conditional formats …), which costs far more time and memory. The parts arrive already inflated and
 * bounded by the zip guard (read.ts). ExcelJS still writes the annotated copy.
 *
 * SpreadsheetML as Excel, LibreOffice and ExcelJS write it: `<c r="B7" t="s"><f>…</f><v>…</v></c>`; shared
 * formulas (`<f t="shared" si="0" ref="…">` on the first cell, `<f t="shared" si="0"/>` on the others) are
 * moved to each cell as Excel does; shared and inline strings joined from their runs without phonetic
 * guides; cells without `r` take the next position. Element names may carry a namespace prefix.
 */
import { Book, BookCell, BookSheet, columnNumber, NameAddress } from "./book";
import { normaliseFormula } from "./formula";
import { unusable } from "./problems";

/** Rows a sheet may have: far more than any data centre's inventory, far fewer than a hostile file's. */
export const MAX_ROWS = 200_000;
/** Cells (row widths summed) a workbook may have: the 5,000 × 36 months of the benchmark are 180,000. */
export const MAX_CELLS = 5_000_000;
const MAX_COLUMNS = 16_384;
/** Rows of an Excel sheet: a reference moved past them is #REF!. */
const EXCEL_ROWS = 1_048_576;

const P = "(?:[A-Za-z_][\\w.-]*:)?";
/** Attributes, with quoted values that may hold ">". */
const ATTRS = `((?:[^>"']|"[^"]*"|'[^']*')*?)`;

const entities: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** XML text to a string: line ends normalised, entities and OOXML's `_xHHHH_` escapes decoded. */
export function xmlText(raw: string, ooxmlEscapes = false): string {
  let s = raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw;
  if (s.includes("&")) {
    s = s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, e: string) => {
      if (e[0] !== "#") return entities[e] ?? whole;
      const code = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    });
  }
  if (ooxmlEscapes && s.includes("_x")) s = s.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return s;
}

const attributePatterns = new Map<string, RegExp>();
function attribute(attrs: string, name: string): string | undefined {
  // as writers write it: ` name="value"`; anything else (quotes, spaces around "=") by the pattern
  const at = attrs.indexOf(` ${name}="`);
  if (at >= 0) {
    const start = at + name.length + 3;
    const end = attrs.indexOf('"', start);
    if (end >= 0) {
      const value = attrs.slice(start, end);
      return value.includes("&") ? xmlText(value) : value;
    }
  }
  let pattern = attributePatterns.get(name);
  if (!pattern) attributePatterns.set(name, (pattern = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)));
  const m = pattern.exec(attrs);
  return m ? xmlText(m[1] ?? m[2]) : undefined;
}

const FORMULA = new RegExp(`<${P}f\\b${ATTRS}(?:/>|>([\\s\\S]*?)</${P}f>)`);
const VALUE = new RegExp(`<${P}v(?:\\s[^>]*)?>([\\s\\S]*?)</${P}v>`);
const INLINE = new RegExp(`<${P}is\\b[^>]*>([\\s\\S]*?)</${P}is>`);

const PHONETIC = new RegExp(`<${P}rPh\\b[\\s\\S]*?</${P}rPh>`, "g");
const TEXT = new RegExp(`<${P}t(?:\\s[^>]*)?(?:/>|>([\\s\\S]*?)</${P}t>)`, "g");

/** The text of a string item (`<si>`, `<is>`): its `<t>` elements joined, phonetic runs (`<rPh>`) left out. */
function itemText(inner: string): string {
  const body = inner.includes("rPh") ? inner.replace(PHONETIC, "") : inner;
  let text = "";
  TEXT.lastIndex = 0;
  for (let m = TEXT.exec(body); m; m = TEXT.exec(body)) text += m[1] ?? "";
  return xmlText(text, true);
}

export function sharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  const out: string[] = [];
  const si = new RegExp(`<${P}si(?:\\s[^>]*)?(?:/>|>([\\s\\S]*?)</${P}si>)`, "g");
  for (let m = si.exec(xml); m; m = si.exec(xml)) out.push(m[1] ? itemText(m[1]) : "");
  return out;
}

/** "B7" (or "$B$7") to 1-based row and column; null when it is no cell address. */
function cellAddress(ref: string): { row: number; col: number } | null {
  let i = ref.charCodeAt(0) === 36 /* $ */ ? 1 : 0;
  let col = 0;
  for (let letters = 0; i < ref.length; i++, letters++) {
    const ch = ref.charCodeAt(i) & ~32; // upper case
    if (ch < 65 || ch > 90) break;
    if (letters === 3) return null;
    col = col * 26 + ch - 64;
  }
  if (col === 0) return null;
  if (ref.charCodeAt(i) === 36) i++;
  let row = 0;
  const digits = i;
  for (; i < ref.length; i++) {
    const d = ref.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return null;
    row = row * 10 + d;
  }
  return i > digits && row > 0 ? { row, col } : null;
}

function letters(col: number): string {
  let s = "";
  for (let c = col; c > 0; c = Math.floor((c - 1) / 26)) s = String.fromCharCode(65 + ((c - 1) % 26)) + s;
  return s;
}

/**
 * A shared formula moved from its first cell by (dRow, dCol), as Excel fills it: relative references move,
 * `$` parts stay; text in quotes, function names and defined names are left alone. References to whole rows
 * or columns (`A:A`, `1:1`) are left as they are (not moved).
 */
export function slideFormula(formula: string, dRow: number, dCol: number): string {
  if (dRow === 0 && dCol === 0) return formula;
  return formula
    .split(/("(?:[^"]|"")*"|'(?:[^']|'')*')/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            // whole columns (A:C) and whole rows (2:5) move along one axis only
            .replace(/(^|[^\w.$])(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![\w.(!])/g, (whole, before: string, abs1: string, c1: string, abs2: string, c2: string) => {
              const [n1, n2] = [columnNumber(c1.toUpperCase()), columnNumber(c2.toUpperCase())];
              if (n1 > MAX_COLUMNS || n2 > MAX_COLUMNS) return whole;
              const [m1, m2] = [abs1 ? n1 : n1 + dCol, abs2 ? n2 : n2 + dCol];
              if (Math.min(m1, m2) < 1 || Math.max(m1, m2) > MAX_COLUMNS) return `${before}#REF!`;
              return `${before}${abs1}${abs1 ? c1 : letters(m1)}:${abs2}${abs2 ? c2 : letters(m2)}`;
            })
            .replace(/(^|[^\w.$:])(\$?)(\d+):(\$?)(\d+)(?![\w.(!:])/g, (whole, before: string, abs1: string, r1: string, abs2: string, r2: string) => {
              const [m1, m2] = [abs1 ? Number(r1) : Number(r1) + dRow, abs2 ? Number(r2) : Number(r2) + dRow];
              if (Math.min(m1, m2) < 1 || Math.max(m1, m2) > EXCEL_ROWS) return `${before}#REF!`;
              return `${before}${abs1}${m1}:${abs2}${m2}`;
            })
            .replace(/(^|[^\w.$])(\$?)([A-Za-z]{1,3})(\$?)(\d+)(?![\w.(!])/g, (whole, before: string, colAbs: string, col: string, rowAbs: string, row: string) => {
              const c = columnNumber(col.toUpperCase());
              if (c > MAX_COLUMNS) return whole;
              const newCol = colAbs ? c : c + dCol;
              const newRow = rowAbs ? Number(row) : Number(row) + dRow;
              if (newCol < 1 || newRow < 1 || newCol > MAX_COLUMNS || newRow > EXCEL_ROWS) return `${before}#REF!`;
              return `${before}${colAbs}${colAbs ? col : letters(newCol)}${rowAbs}${newRow}`;
            }),
    )
    .join("");
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function scanSheet(name: string, xml: string, strings: string[], file: string, budget: { cells: number }): BookSheet {
  const sheet: BookSheet = { name, rows: [], widths: [], validations: [], conditional: [] };
  const start = xml.search(new RegExp(`<${P}sheetData\\b`));
  if (start < 0) return sheet;
  const element = new RegExp(`<(${P})(row|c)\\b${ATTRS}(/?)>|</${P}sheetData>`, "g");
  element.lastIndex = start;
  const shared = new Map<string, { formula: string; row: number; col: number }>();
  let rowNumber = 0;
  let col = 0;
  for (let m = element.exec(xml); m; m = element.exec(xml)) {
    if (m[2] === undefined) break; // </sheetData>
    const attrs = m[3];
    if (m[2] === "row") {
      const r = attribute(attrs, "r");
      rowNumber = r ? Number(r) : rowNumber + 1;
      if (!(rowNumber >= 1)) throw unusable.broken(file, `${name}: <row r="${r}">`);
      if (rowNumber > MAX_ROWS) throw unusable.tooManyRows(file, name, MAX_ROWS);
      col = 0;
      continue;
    }
    let inner = "";
    if (m[4] !== "/") {
      const close = xml.indexOf(`</${m[1]}c>`, element.lastIndex);
      if (close < 0) throw unusable.broken(file, `${name}: <c> ohne Ende/without end`);
      inner = xml.slice(element.lastIndex, close);
      element.lastIndex = close + m[1].length + 4;
    }
    const r = attribute(attrs, "r");
    const at = r ? cellAddress(r) : { row: rowNumber || 1, col: col + 1 };
    if (!at || at.col > MAX_COLUMNS) throw unusable.broken(file, `${name}: <c r="${r}">`);
    if (at.row > MAX_ROWS) throw unusable.tooManyRows(file, name, MAX_ROWS);
    rowNumber = at.row;
    col = at.col;
    const cell = cellOf(inner, attribute(attrs, "t"), at, shared, strings, file);
    if (!cell) continue;
    const row = (sheet.rows[at.row - 1] ??= []);
    const before = row.length;
    row[at.col - 1] = cell;
    budget.cells += row.length - before;
    if (budget.cells > MAX_CELLS) throw unusable.tooManyCells(file, MAX_CELLS);
  }
  return sheet;
}

function cellOf(
  inner: string,
  type: string | undefined,
  at: { row: number; col: number },
  shared: Map<string, { formula: string; row: number; col: number }>,
  strings: string[],
  file: string,
): BookCell | undefined {
  if (!inner) return undefined;
  const f = inner.includes("<f") || inner.includes(":f") ? FORMULA.exec(inner) : null;
  if (f) {
    const kind = attribute(f[1], "t");
    const text = f[2] === undefined ? "" : xmlText(f[2]);
    if (kind === "shared") {
      const si = attribute(f[1], "si") ?? "";
      if (text) {
        shared.set(si, { formula: text, row: at.row, col: at.col });
        return { formula: normaliseFormula(text) };
      }
      const master = shared.get(si);
      if (master) return { formula: normaliseFormula(slideFormula(master.formula, at.row - master.row, at.col - master.col)) };
    } else if (kind !== "dataTable" && text) {
      return { formula: normaliseFormula(text) };
    }
  }
  if (type === "inlineStr") {
    const is = INLINE.exec(inner);
    return is ? { value: checkedText(itemText(is[1]), file) } : undefined;
  }
  let raw: string;
  if (inner.startsWith("<v>")) {
    const end = inner.indexOf("</v>", 3);
    if (end < 0) return undefined;
    raw = inner.slice(3, end);
  } else {
    const v = VALUE.exec(inner);
    if (!v) return undefined;
    raw = v[1];
  }
  switch (type) {
    case "s": {
      const s = strings[Number(raw)];
      return s === undefined ? undefined : { value: s };
    }
    case "b":
      return { value: raw.trim() === "1" || raw.trim().toLowerCase() === "true" };
    case "e":
      return { error: xmlText(raw).trim() };
    case "str":
      return { value: checkedText(xmlText(raw, true), file) };
    case "d": {
      const ms = Date.parse(/[zZ]|[+-]\d\d:?\d\d$/.test(raw) ? raw : raw + "Z");
      return Number.isNaN(ms) ? { value: xmlText(raw) } : { value: (ms - EXCEL_EPOCH) / 86_400_000 };
    }
    default: {
      const n = Number(raw);
      return raw.trim() === "" ? undefined : { value: Number.isNaN(n) ? xmlText(raw) : n };
    }
  }
}

function checkedText(text: string, file: string): string {
  if (text.length > 32_767) throw unusable.cellTooLong(file, 32_767);
  return text;
}

/** "'Anlage 3.9'!$B$4" or "Stammdaten!$B$5:$B$9" (the first area of a list) to sheet and range. */
export function parseRange(ref: string): Omit<NameAddress, "name"> | null {
  const m = /^(?:'((?:[^']|'')+)'|([^!'"]+))!\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(ref.trim());
  if (!m) return null;
  const sheet = (m[1] ?? m[2]).replace(/''/g, "'");
  const [c1, c2] = [m[3].toUpperCase(), (m[5] ?? m[3]).toUpperCase()];
  const r1 = Number(m[4]);
  const r2 = m[6] ? Number(m[6]) : r1;
  const range = m[5] ? `$${c1}$${r1}:$${c2}$${r2}` : `$${c1}$${r1}`;
  return { sheet, range, row: r1, col: columnNumber(c1), rows: r2 - r1 + 1, cols: columnNumber(c2) - columnNumber(c1) + 1 };
}

/** The areas of a defined name's formula ("A!$B$1,A!$C$1"), split at commas outside quotes. */
function areas(formula: string): string[] {
  return formula.split(/,(?=(?:[^']*'[^']*')*[^']*$)/);
}

/**
 * The Book of an inflated .xlsx, or null when the workbook uses the 1904 date system (its date serials
 * need the cell formats; the caller reads such a file with ExcelJS instead).
 */
export function scanBook(parts: Map<string, Buffer>, file: string): Book | null {
  const text = (name: string) => parts.get(name)?.toString("utf8");
  const workbook = text("xl/workbook.xml");
  if (!workbook) throw unusable.notXlsx(file);
  const pr = new RegExp(`<${P}workbookPr\\b${ATTRS}/?>`).exec(workbook);
  const date1904 = pr ? attribute(pr[1], "date1904") : undefined;
  if (date1904 === "1" || date1904 === "true") return null;

  const targets = new Map<string, string>();
  const rels = text("xl/_rels/workbook.xml.rels") ?? "";
  const rel = new RegExp(`<${P}Relationship\\b${ATTRS}/?>`, "g");
  for (let m = rel.exec(rels); m; m = rel.exec(rels)) {
    const id = attribute(m[1], "Id");
    const target = attribute(m[1], "Target");
    const type = attribute(m[1], "Type") ?? "";
    if (!id || !target || !/\/worksheet$/.test(type)) continue;
    targets.set(id, target.startsWith("/") ? target.slice(1) : ("xl/" + target).replace(/[^/]+\/\.\.\//g, ""));
  }

  const strings = sharedStrings(text("xl/sharedStrings.xml"));
  const budget = { cells: 0 };
  const sheets: BookSheet[] = [];
  const sheetTag = new RegExp(`<${P}sheet\\b${ATTRS}/?>`, "g");
  for (let m = sheetTag.exec(workbook); m; m = sheetTag.exec(workbook)) {
    const name = attribute(m[1], "name");
    const id = /(?:^|\s)[\w.-]+:id\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(m[1]);
    if (name === undefined) continue;
    const part = id ? targets.get(id[1] ?? id[2]) : undefined;
    const xml = part ? text(part) : undefined;
    if (xml === undefined) continue; // a chart sheet or a dialog sheet: no cells
    sheets.push(scanSheet(name, xml, strings, file, budget));
  }

  const names: NameAddress[] = [];
  const defined = new RegExp(`<${P}definedName\\b${ATTRS}>([\\s\\S]*?)</${P}definedName>`, "g");
  for (let m = defined.exec(workbook); m; m = defined.exec(workbook)) {
    const name = attribute(m[1], "name");
    if (!name || attribute(m[1], "localSheetId") !== undefined) continue;
    const first = areas(xmlText(m[2])).map(parseRange).find((x) => x !== null);
    if (first) names.push({ name, ...first });
  }
  return { sheets, names };
}
