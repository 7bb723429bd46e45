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
import { Book, BookCell, BookSheet, columnNumber, NameAddress, quoteSheet } from "./book";
import { complexity } from "./bounded";
import { normaliseFormula } from "./formula";
import { unusable } from "./problems";

/*
 * The limits count what a sheet holds, never where its empty rows are: LibreOffice writes an empty
 * `<row r="1048576">` after a row was deleted, and a formatted whole row or column as cells with a style and
 * no value. Such rows and cells are not read and count towards nothing.
 */
/** Rows holding a value or a formula a sheet may have: far more than any data centre's inventory, far fewer than a hostile file's. */
export const MAX_ROWS = 200_000;
/** Cells holding a value or a formula a workbook may have: the 5,000 × 36 months of the benchmark are 180,000. */
export const MAX_CELLS = 5_000_000;
/**
 * The slots the evaluation walks: per row holding a value, the last column holding one, summed over the workbook.
 * HyperFormula keeps only the cells that exist (bounded.ts) but walks each row it is given up to its last cell, some
 * 0.2 µs a slot: one value in XFD20000 costs 16,384, a value in XFD in each of 1,000 rows 16 million.
 */
export const MAX_AREA = 10_000_000;
/** The limits a scan enforces (tests pass smaller ones to see what counts). */
export interface Limits {
  rows: number;
  cells: number;
  area: number;
}
const LIMITS: Limits = { rows: MAX_ROWS, cells: MAX_CELLS, area: MAX_AREA };
const MAX_COLUMNS = 16_384;
/** Rows of an Excel sheet: a reference moved past them is #REF!. */
export const EXCEL_ROWS = 1_048_576;

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
      // a character XML does not allow (&#0;, &#xFFFE;) is no text: U+FFFD, as a decoder shows what it cannot read
      return code <= 0x10ffff ? (xmlChar(code) ? String.fromCodePoint(code) : "\uFFFD") : whole;
    });
  }
  if (ooxmlEscapes && s.includes("_x")) s = s.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return s;
}

/** Whether XML 1.0 allows the character (tab, line ends, and from space on, but no surrogates, U+FFFE or U+FFFF). */
function xmlChar(code: number): boolean {
  return code === 9 || code === 10 || code === 13 || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
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

/** What the sheets scanned so far hold: cells with a value or formula, and the area laid out for them. */
interface Budget {
  cells: number;
  area: number;
  limits: Limits;
}

function scanSheet(name: string, xml: string, strings: string[], file: string, budget: Budget): BookSheet {
  const sheet: BookSheet = { name, rows: [], widths: [], validations: [], conditional: [] };
  const start = xml.search(new RegExp(`<${P}sheetData\\b`));
  if (start < 0) return sheet;
  const element = new RegExp(`<(${P})(row|c)\\b${ATTRS}(/?)>|</${P}sheetData>`, "g");
  element.lastIndex = start;
  const shared = new Map<string, { formula: string; row: number; col: number }>();
  let rowNumber = 0;
  let col = 0;
  // rows holding a value
  let rowsHeld = 0;
  let closed = /^<[^>]*\/>/.test(xml.slice(start, start + 200));
  for (let m = element.exec(xml); m; m = element.exec(xml)) {
    if (m[2] === undefined) {
      closed = true; // </sheetData>
      break;
    }
    const attrs = m[3];
    if (m[2] === "row") {
      const r = attribute(attrs, "r");
      rowNumber = r ? Number(r) : rowNumber + 1;
      if (!(rowNumber >= 1 && rowNumber <= EXCEL_ROWS)) throw unusable.broken(file, `${name}: <row r="${r ?? rowNumber}">`);
      col = 0;
      continue;
    }
    let inner = "";
    if (m[4] !== "/") {
      const close = xml.indexOf(`</${m[1]}c>`, element.lastIndex);
      if (close < 0) throw unusable.broken(file, { de: `${name}: <c> ohne Ende`, en: `${name}: <c> without end` });
      inner = xml.slice(element.lastIndex, close);
      element.lastIndex = close + m[1].length + 4;
    }
    const r = attribute(attrs, "r");
    const at = r ? cellAddress(r) : { row: rowNumber || 1, col: col + 1 };
    if (!at || at.col > MAX_COLUMNS || at.row > EXCEL_ROWS) throw unusable.broken(file, `${name}: <c r="${r ?? (at ? `${letters(at.col)}${at.row}` : "")}">`);
    rowNumber = at.row;
    col = at.col;
    // a cell with a style and no value (a formatted row or column) is not read
    const cell = cellOf(inner, attribute(attrs, "t"), at, shared, strings, file, name);
    if (!cell) continue;
    // what HyperFormula cannot evaluate without a stack overflow is refused here, naming the cell (bounded.ts)
    const tooComplex = cell.formula !== undefined && cell.formula.length >= 128 ? complexity(cell.formula) : undefined;
    if (tooComplex) throw unusable.tooComplex(file, `${quoteSheet(name)}!${letters(at.col)}${at.row}`, tooComplex.limit, tooComplex.max);
    let row = sheet.rows[at.row - 1];
    if (!row) {
      if (++rowsHeld > budget.limits.rows) throw unusable.tooManyRows(file, name, budget.limits.rows);
      row = sheet.rows[at.row - 1] = [];
    }
    if (row[at.col - 1] === undefined && ++budget.cells > budget.limits.cells) throw unusable.tooManyCells(file, budget.limits.cells);
    if (at.col > row.length && (budget.area += at.col - row.length) > budget.limits.area) throw unusable.tooSpread(file, name, `${letters(at.col)}${at.row}`, budget.limits.area);
    row[at.col - 1] = cell;
  }
  // a part cut off (a zip written half) has no end to its sheetData: ExcelJS would fail on it after the report
  if (!closed) throw unusable.broken(file, { de: `${name}: Tabellendaten ohne Ende`, en: `${name}: sheet data without end` });
  return sheet;
}

function cellOf(
  inner: string,
  type: string | undefined,
  at: { row: number; col: number },
  shared: Map<string, { formula: string; row: number; col: number }>,
  strings: string[],
  file: string,
  sheet: string,
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
        return { formula: normaliseFormula(text), ...cachedOf(inner, type, strings, file) };
      }
      const master = shared.get(si);
      if (master) return { formula: normaliseFormula(slideFormula(master.formula, at.row - master.row, at.col - master.col)), ...cachedOf(inner, type, strings, file) };
    } else if (kind !== "dataTable" && text) {
      return { formula: normaliseFormula(text), ...cachedOf(inner, type, strings, file) };
    }
  }
  return valueCell(inner, type, strings, file, () => `${sheet}!${letters(at.col)}${at.row}`);
}

/** A formula cell's value as the file carries it (`<v>`), when it carries one. */
function cachedOf(inner: string, type: string | undefined, strings: string[], file: string): Pick<BookCell, "cached"> {
  const v = valueCell(inner, type, strings, file);
  if (v?.error !== undefined) return { cached: { error: v.error } };
  return v?.value === undefined || v.value === null ? {} : { cached: v.value };
}

/** A cell's value (`<v>` or inline text) by its type. */
function valueCell(inner: string, type: string | undefined, strings: string[], file: string, where: () => string = () => ""): BookCell | undefined {
  if (type === "inlineStr") {
    const is = INLINE.exec(inner);
    return is ? { value: checkedText(itemText(is[1]), file) } : undefined;
  }
  let raw: string;
  // as writers write it (after the formula in a formula cell): `<v>`; "<" stands nowhere else unescaped in a cell
  const open = inner.indexOf("<v>");
  if (open >= 0) {
    const end = inner.indexOf("</v>", open + 3);
    if (end < 0) return undefined;
    raw = inner.slice(open + 3, end);
  } else {
    const v = VALUE.exec(inner);
    if (!v) return undefined;
    raw = v[1];
  }
  switch (type) {
    case "s": {
      const s = strings[Number(raw)];
      // an index past the list's end: the file is damaged (ExcelJS fails on it when it writes the copy)
      if (s === undefined) throw unusable.broken(file, { de: `${where()}: Text Nr. ${raw.slice(0, 12)} fehlt in sharedStrings.xml`, en: `${where()}: string ${raw.slice(0, 12)} missing from sharedStrings.xml` });
      return { value: s };
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

/** A defined name whose reference cannot be resolved: `#REF!` (its cells were deleted). */
export function refersToNothing(formula: string): boolean {
  return /#REF!/i.test(formula);
}

/**
 * The Book of an inflated .xlsx, or null when the workbook uses the 1904 date system (its date serials
 * need the cell formats; the caller reads such a file with ExcelJS instead, after this scan has held its
 * sheets to the limits).
 */
export function scanBook(parts: Map<string, Buffer>, file: string, limits: Limits = LIMITS): Book | null {
  const text = (name: string) => parts.get(name)?.toString("utf8");
  const workbook = text("xl/workbook.xml");
  if (!workbook) throw unusable.notXlsx(file);
  if (!new RegExp(`</${P}workbook>\\s*$`).test(workbook.slice(-200))) throw unusable.broken(file, { de: "xl/workbook.xml ohne Ende", en: "xl/workbook.xml without end" });
  const pr = new RegExp(`<${P}workbookPr\\b${ATTRS}/?>`).exec(workbook);
  const date1904 = pr ? attribute(pr[1], "date1904") : undefined;

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
  const budget: Budget = { cells: 0, area: 0, limits };
  const sheets: BookSheet[] = [];
  const sheetTag = new RegExp(`<${P}sheet\\b${ATTRS}/?>`, "g");
  const sheetNames = new Map<string, string>();
  for (let m = sheetTag.exec(workbook); m; m = sheetTag.exec(workbook)) {
    const name = attribute(m[1], "name");
    const id = /(?:^|\s)[\w.-]+:id\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(m[1]);
    if (name === undefined) continue;
    // sheet names are one name in any case: which of two a name or a check means is undefined
    const twin = sheetNames.get(name.toLowerCase());
    if (twin !== undefined) throw unusable.duplicateSheet(file, twin);
    sheetNames.set(name.toLowerCase(), name);
    const part = id ? targets.get(id[1] ?? id[2]) : undefined;
    const xml = part ? text(part) : undefined;
    if (xml === undefined) continue; // a chart sheet or a dialog sheet: no cells
    sheets.push(scanSheet(name, xml, strings, file, budget));
  }
  if (date1904 === "1" || date1904 === "true") return null;

  const names: NameAddress[] = [];
  const unresolved: string[] = [];
  const definedNames = new Map<string, string>();
  const defined = new RegExp(`<${P}definedName\\b${ATTRS}>([\\s\\S]*?)</${P}definedName>`, "g");
  for (let m = defined.exec(workbook); m; m = defined.exec(workbook)) {
    const name = attribute(m[1], "name");
    if (!name || attribute(m[1], "localSheetId") !== undefined) continue;
    // defined names are one name in any case (Excel's Name Manager refuses a second PUE_Jahr as pue_jahr)
    const twin = definedNames.get(name.toLowerCase());
    if (twin !== undefined) throw unusable.duplicateName(file, twin, name);
    definedNames.set(name.toLowerCase(), name);
    const formula = xmlText(m[2]);
    const first = areas(formula).map(parseRange).find((x) => x !== null);
    if (first) names.push({ name, ...first });
    else if (refersToNothing(formula)) unresolved.push(name);
  }
  return unresolved.length ? { sheets, names, unresolved } : { sheets, names };
}
