/**
 * The criteria's view of the workbook: every input read through the one reading layer (../reading.ts), and
 * every cell that cannot be read remembered, so that the criterion which needed it says *fehlt*, names the
 * cell, quotes what it holds and says what to enter. A criterion reads a cell only when its rule binds it.
 */
import { Text } from "../errors";
import {
  Expected, readDate, Reading, readNumber, readRefrigerant, readShare, readWord, readYesNo, shownRaw, Unit, isBlankCell, YES_NO,
} from "../reading";
import { CellRef, CellValue, Evaluation, Inputs } from "./types";

export interface Unreadable {
  cell: CellRef;
  found: string;
  expected: Expected;
  /** "counted": a yes the template's whole-column count does not count (Reader.countedYes). */
  why?: "ambiguous" | "unit" | "percentNumber" | "range" | "counted";
  /** The unit or the words the cell takes, for the message. */
  wanted?: string;
}

export const cellRef = (name: string, row?: number, column?: number): CellRef =>
  row === undefined ? { name } : column === undefined ? { name, row } : { name, row, column };

export class Reader {
  readonly problems: Unreadable[] = [];
  private readonly columns = new Map<string, CellValue[]>();

  constructor(readonly inputs: Inputs) {}

  has(name: string): boolean {
    return this.inputs.has(name);
  }

  /** The cell as it is (a value, null when blank, or an Excel error). */
  raw(name: string, row?: number, column = 0): CellValue {
    if (!this.inputs.has(name)) return null;
    if (row === undefined) return this.inputs.value(name);
    if (column === 0) return this.column(name)[row] ?? null;
    return this.inputs.matrix(name)[row]?.[column] ?? null;
  }

  blank(name: string, row?: number, column?: number): boolean {
    return isBlankCell(this.raw(name, row, column));
  }

  /** The first column of a named range, one cell a row. */
  column(name: string): CellValue[] {
    let c = this.columns.get(name);
    if (!c) {
      c = this.inputs.has(name) ? this.inputs.matrix(name).map((r) => (r.length ? r[0] : null)) : [];
      this.columns.set(name, c);
    }
    return c;
  }

  matrix(name: string): CellValue[][] {
    return this.inputs.has(name) ? this.inputs.matrix(name) : [];
  }

  /** Rows (0-based) of a table whose cell in `name` is not blank. */
  filledRows(name: string): number[] {
    return this.column(name).flatMap((v, i) => (isBlankCell(v) ? [] : [i]));
  }

  private take<T>(r: Reading<T>, ref: CellRef, wanted?: string): T | null {
    if (r.ok) return r.value;
    if (!r.blank) {
      const known = this.problems.some((p) => p.cell.name === ref.name && p.cell.row === ref.row && p.cell.column === ref.column);
      if (!known) this.problems.push({ cell: ref, found: r.found, expected: r.expected, ...(r.why ? { why: r.why } : {}), ...(wanted ? { wanted } : {}) });
    }
    return null;
  }

  /** Ja/Nein: true, false, or null when blank or unreadable (then remembered). */
  yesNo(name: string, row?: number): boolean | null {
    return this.take(readYesNo(this.raw(name, row)), cellRef(name, row));
  }

  /**
   * A Ja/Nein cell of a column the template counts as a whole (Anlage 4.1's GPU and monitoring columns: COUNTIFS and
   * SUMIFS over "Ja" and "Yes" in any letter case with at most one space before and after, layout.ts `ifsYes`, as
   * COUNTIFS can neither trim nor read other words). A yes the reading layer takes but such a count does not ("J",
   * "Wahr", TRUE, 1, "  ja") is not counted here either: it is remembered as unreadable, so the criterion says
   * *fehlt*, names the cell and asks for "Ja" (docs/interpretations.md). The engine never counts a device the
   * workbook's own figures leave out.
   */
  countedYes(name: string, row: number): boolean | null {
    const v = this.yesNo(name, row);
    if (v !== true) return v;
    const raw = this.raw(name, row);
    if (typeof raw === "string" && COUNTED_YES.test(raw)) return true;
    const ref = cellRef(name, row);
    if (!this.problems.some((p) => sameCell(p.cell, ref))) this.problems.push({ cell: ref, found: shownRaw(raw), expected: "yesno", why: "counted" });
    return null;
  }

  date(name: string, row?: number): number | null {
    return this.take(readDate(this.raw(name, row)), cellRef(name, row));
  }

  number(name: string, unit?: Unit, row?: number, column?: number): number | null {
    const v = this.raw(name, row, column);
    // a number cell is itself (readNumber's first case), without a Reading or a CellRef: the criteria read thousands
    if (typeof v === "number" && Number.isFinite(v)) return v;
    return this.take(readNumber(v, unit), cellRef(name, row, column), unit ? unitShown[unit] : undefined);
  }

  share(name: string, row?: number, column?: number): number | null {
    const v = this.raw(name, row, column);
    // a fraction from 0 to 1 is itself (readShare's number case): the CPU values of Anlage 4.2, cell by cell
    if (typeof v === "number" && v >= 0 && v <= 1) return v;
    return this.take(readShare(v), cellRef(name, row, column));
  }

  refrigerant(name: string, row?: number): { designation: string; halogenFree: boolean } | null {
    return this.take(readRefrigerant(this.raw(name, row)), cellRef(name, row));
  }

  /** One of a list's words (`words`: key → the words naming it; `offered`: the list's words for the message). */
  word<K extends string>(name: string, words: Record<K, readonly string[]>, offered: string, row?: number): K | null {
    return this.take(readWord(this.raw(name, row), words), cellRef(name, row), offered);
  }

  /**
   * A figure several criteria need (the IT inventory and load of 3.3.1-3.3.3), computed once per workbook with a
   * reader of its own; what it could not read is remembered by every criterion that uses it.
   */
  shared<T>(key: string, compute: (r: Reader) => T): T {
    let cache = sharedFigures.get(this.inputs);
    if (!cache) sharedFigures.set(this.inputs, (cache = new Map()));
    let entry = cache.get(key);
    if (!entry) {
      const own = new Reader(this.inputs);
      entry = { value: compute(own), problems: own.problems };
      cache.set(key, entry);
    }
    for (const p of entry.problems) if (!this.problems.some((q) => sameCell(q.cell, p.cell))) this.problems.push(p);
    return entry.value as T;
  }

  /** A cell's address for a message: where the user finds it, or the defined name and row without a workbook. */
  where(ref: CellRef): Text {
    const at = this.inputs.address?.(ref);
    if (at) return { de: at, en: at };
    if (ref.row === undefined) return { de: ref.name, en: ref.name };
    return { de: `${ref.name}, Zeile ${ref.row + 1}`, en: `${ref.name}, row ${ref.row + 1}` };
  }
}

const sharedFigures = new WeakMap<Inputs, Map<string, { value: unknown; problems: Unreadable[] }>>();

const unitShown: Record<Unit, string> = { kW: "kW", kWh: "kWh", m3: "m³", m2: "m²", GB: "GB", EUR_kWh: "€/kWh" };

/** What an unreadable cell holds and what to enter instead, in one sentence per language. */
export function unreadableText(p: Unreadable, where: Text): Text {
  const f = p.found;
  const holds = { de: `${where.de} enthält „${f}“`, en: `${where.en} holds "${f}"` };
  switch (p.expected) {
    case "yesno":
      if (p.why === "counted") {
        return {
          de: `${holds.de}: die Zählung der Vorlage in dieser Spalte nimmt nur „Ja“ als Ja. „Ja“ (oder „Nein“) aus der Liste wählen.`,
          en: `${holds.en}: the template's count in this column takes only "Yes" as yes. Choose "Yes" (or "No") from the list.`,
        };
      }
      return { de: `${holds.de}: keine Ja/Nein-Antwort. „Ja“ oder „Nein“ wählen.`, en: `${holds.en}: not a Yes/No answer. Choose "Yes" or "No".` };
    case "date":
      return { de: `${holds.de}: kein Datum. Ein Datum eintragen (z. B. 01.07.2020).`, en: `${holds.en}: not a date. Enter a date (e.g. 2020-07-01).` };
    case "number": {
      const unit = p.wanted ? { de: ` in ${p.wanted}`, en: ` in ${p.wanted}` } : { de: "", en: "" };
      if (p.why === "ambiguous") {
        return {
          de: `${holds.de}: mehrdeutig (Tausenderpunkt oder Dezimalpunkt?). Die Zahl${unit.de} als Zahl eintragen, z. B. 1234 oder 1,234.`,
          en: `${holds.en}: ambiguous (thousands separator or decimal point?). Enter the number${unit.en} as a number, e.g. 1234 or 1.234.`,
        };
      }
      if (p.why === "unit") {
        return {
          de: `${holds.de}: nicht die Einheit der Spalte${p.wanted ? ` (${p.wanted})` : ""}. Umrechnen und die Zahl${unit.de} eintragen.`,
          en: `${holds.en}: not the column's unit${p.wanted ? ` (${p.wanted})` : ""}. Convert it and enter the number${unit.en}.`,
        };
      }
      return { de: `${holds.de}: keine Zahl. Eine Zahl${unit.de} eintragen.`, en: `${holds.en}: not a number. Enter a number${unit.en}.` };
    }
    case "share":
      if (p.why === "percentNumber") {
        return {
          de: `${holds.de}: als Anteil wären das ${f} × 100 %. Als Bruch (20 % = 0,2) oder mit Prozentzeichen („20 %“) eintragen.`,
          en: `${holds.en}: as a share that is ${f} × 100 %. Enter a fraction (20 % = 0.2) or with a percent sign ("20 %").`,
        };
      }
      return { de: `${holds.de}: kein Anteil zwischen 0 und 100 %. Als Bruch (0,2) oder „20 %“ eintragen.`, en: `${holds.en}: not a share between 0 and 100 %. Enter a fraction (0.2) or "20 %".` };
    case "refrigerant":
      return {
        de: `${holds.de}: kein bekanntes Kältemittel. Die Bezeichnung nach ASHRAE 34 eintragen (z. B. R134a, R744).`,
        en: `${holds.en}: not a known refrigerant. Enter its ASHRAE 34 designation (e.g. R134a, R744).`,
      };
    case "word":
      return { de: `${holds.de}: kein Eintrag der Liste. Aus der Liste wählen (${p.wanted ?? ""}).`, en: `${holds.en}: not an entry of the list. Choose from the list (${p.wanted ?? ""}).` };
  }
}

const SHOWN_PROBLEMS = 3;

/**
 * A criterion's evaluation with the cells it could not read: a pass or a *fehlt* becomes *fehlt* naming them
 * (never *erfüllt* on a value nobody could read). A fail stands where it rests on what was read (a row, a "Nein")
 * and names them too; for an `aggregate` criterion it becomes *fehlt*, since the cells not read may change it.
 */
export function withUnreadable(section: string, e: Evaluation, reader: Reader, aggregate = false): Evaluation {
  const problems = reader.problems;
  if (problems.length === 0 || e.status === "not_applicable") return e;
  const texts = problems.slice(0, SHOWN_PROBLEMS).map((p) => unreadableText(p, reader.where(p.cell)));
  const more = problems.length > SHOWN_PROBLEMS ? problems.length - SHOWN_PROBLEMS : 0;
  const note: Text = {
    de: `${section}: ${texts.map((t) => t.de).join(" ")}${more ? ` (+${more} weitere Zellen)` : ""}`,
    en: `${section}: ${texts.map((t) => t.en).join(" ")}${more ? ` (+${more} more cells)` : ""}`,
  };
  const cells = [...problems.map((p) => p.cell), ...e.cells.filter((c) => !problems.some((p) => sameCell(p.cell, c)))];
  if (e.status === "fail" && !aggregate) {
    // the fail rests on cells that were read (a row of its own, a "Nein"): it stands, and the others are named
    return { ...e, cells: [...e.cells, ...problems.map((p) => p.cell)], message: { de: `${e.message.de} ${note.de}`, en: `${e.message.en} ${note.en}` } };
  }
  if (e.status === "fail") {
    // a figure over many cells, or an exception's answer, that a cell not read may change: fehlt, saying what it
    // would be without them
    return {
      ...e, status: "missing", cells,
      message: { de: `${note.de} Ohne diese Zellen gilt: ${e.message.de}`, en: `${note.en} Without these cells: ${e.message.en}` },
    };
  }
  const rest = e.status === "missing" ? { de: ` ${e.message.de}`, en: ` ${e.message.en}` } : { de: "", en: "" };
  return { ...e, status: "missing", cells, message: { de: note.de + rest.de, en: note.en + rest.en } };
}

/** What the template's whole-column counts take as yes: the drop-down's words, at most one space either side. */
const COUNTED_YES = new RegExp(`^ ?(?:${YES_NO.de[0]}|${YES_NO.en[0]}) ?$`, "i");

const sameCell = (a: CellRef, b: CellRef) => a.name === b.name && a.row === b.row && a.column === b.column;

export { shownRaw };
