/**
 * The criteria catalogue's contract: one object per criterion of DE-UZ 228, section 3. The template's
 * Anlage 2 rows, `deuz check`, the task pane's findings list and docs/criteria.md are all made from it.
 */
import { Text } from "../errors";
import { Scalar } from "../values";
import type { Reader } from "./reader";

/** The applicant's roles (section 3, Tabelle 1). */
export type Role = "rzBetreiber" | "rzDienstleister" | "itBetreiber";

/** pass = erfüllt, fail = nicht erfüllt, missing = fehlt (data missing), not_applicable = nicht anwendbar. */
export type Status = "pass" | "fail" | "missing" | "not_applicable";

/**
 * A cell a finding points at, by workbook-level defined name: the whole named range, or one cell of it
 * (`row`, 0-based within the range; `column`, 0-based, for ranges more than one column wide).
 */
export interface CellRef {
  name: string;
  row?: number;
  column?: number;
}

/** A formula that evaluated to an Excel error (#N/A, #DIV/0! …). */
export interface CellErrorValue {
  error: string;
  message?: string;
}

/** An evaluated cell: a value, null when blank, or an Excel error. */
export type CellValue = Scalar | CellErrorValue;

export function isCellError(value: unknown): value is CellErrorValue {
  return typeof value === "object" && value !== null && typeof (value as CellErrorValue).error === "string";
}

/** What a check reads: the workbook's inputs by defined name, already evaluated. */
export interface Inputs {
  /** True when the workbook defines the name. */
  has(name: string): boolean;
  /** The first cell of the named range (null when blank). */
  value(name: string): CellValue;
  /** The named range as rows of cells (blank cells null). */
  matrix(name: string): CellValue[][];
  /** Where a cell is, as the user finds it ("'Anlage 3.5'!C18"), for messages; absent without a workbook. */
  address?(ref: CellRef): string;
}

export interface Evaluation {
  status: Status;
  /** The figure the criterion is about (PUE, CER, ITEU …), when it has one. */
  value?: number | string | boolean | null;
  limit?: number | string | null;
  /** The cells that cause a fail or a missing datum (empty when it passes). */
  cells: CellRef[];
  /** Names the section, the cell and what to do; empty strings when it passes. */
  message: Text;
  /** Cells to look at that do not change the status (GPU servers listed in Anlage 4.2), with what to do. */
  note?: { cells: CellRef[]; message: Text };
}

export interface Criterion {
  /** Section number of DE-UZ 228, e.g. "3.2.7". */
  id: string;
  title: Text;
  /** Who must meet it (Tabelle 1). */
  roles: Role[];
  /** Where the applicant documents it, e.g. "Anlage 3.9". */
  anlage: string;
  /** Documents to attach; listed in Anlage 2's "Nachweis" column, they never change the status. */
  nachweis: Text;
  /**
   * The verdict rests on figures summed or averaged over many cells (PUE, coverage, ITEU_SV …) or on an
   * exception's answer: a cell it could not read may change it, so a fail with unreadable cells is *fehlt*.
   */
  aggregate?: boolean;
  /** Judges the inputs, each read through the reader (which remembers what it could not read). */
  evaluate(reader: Reader): Evaluation;
}

export interface Finding extends Evaluation {
  id: string;
  title: Text;
  anlage: string;
}
