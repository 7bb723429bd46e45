/** The template's layout as data: sheets of labelled fields and tables, every input a defined name. */
import { Language, Text } from "../../engine/errors";
import type { ConditionalFormat, NameAddress, NumberFormat } from "../book";

export type { NameAddress };

/** The engine's language type, under the name template code uses. */
export type Lang = Language;

/** What a cell holds: kinds of input, or a formula. */
export type Kind = "text" | "date" | "number" | "kwh" | "fraction" | "yesno" | "list" | "formula";

export interface Field {
  /** Workbook-level defined name of the value cell. */
  name: string;
  label: Text;
  kind: Kind;
  unit?: string;
  /** Drop-down values (kind "list"), per language. */
  list?: (lang: Lang) => string[];
  /** For kind "formula": the formula (English function names, "," separators), per language. */
  formula?: (lang: Lang) => string;
  /** Shown as a percentage / date / number format. */
  format?: NumberFormat;
  /**
   * The criteria (section ids) this input decides: while it is blank and one of them is "fehlt" the cell is
   * amber; while it says "Nein" and one of them is "nicht erfüllt" it is red.
   */
  feeds?: string[];
  /** An Excel condition without which a blank is not missing (e.g. only when the exception is claimed). */
  neededIf?: string;
  /** "Nein" is an answer, not a shortcoming: the cell is never red (e.g. which meter holds an energy). */
  noIsAnswer?: boolean;
  /** Put in front of the input message of the cell's data validation. */
  prompt?: Text;
  /** A key figure computed by a DEUZ function: beside it, a hint shown only while the add-in is missing. */
  addinHint?: boolean;
}

export interface Column {
  name: string;
  header: Text;
  kind: Kind;
  list?: (lang: Lang) => string[];
  /** For kind "formula": the formula of data row `row` (1-based sheet row; `index` 0-based in the table). */
  formula?: (row: number, lang: Lang, index: number) => string;
  format?: NumberFormat;
  width?: number;
  /** Several columns under one name (e.g. twelve months): the name covers them all. */
  span?: number;
  /** Header of the k-th spanned column (0-based), e.g. the month. */
  spanHeader?: (k: number, lang: Lang) => string;
  /** Put in front of the input message of the column's data validation. */
  prompt?: Text;
}

export interface Table {
  columns: Column[];
  rows: number;
  /** A row above the header with a formula per column (e.g. counts per month), named as a whole. */
  summary?: { name: string; label: Text; formula: (column: string, lang: Lang) => string | null };
  /** Names over blocks of adjacent columns, from the first named column to the last. */
  blocks?: { name: string; from: string; to: string }[];
}

export interface SheetSpec {
  name: string;
  title: Text;
  intro: Text;
  fields: Field[];
  table?: Table;
  /** Conditional formats of the sheet's own, given where each field sits (the sheet of the law, issue 13). */
  marks?: (lang: Lang, cellOf: (name: string) => string) => ConditionalFormat[];
}

