/** Inputs for the catalogue without a workbook: a defined name's value, column or matrix, by name. */
import { CellValue, Inputs } from "../../../src/engine/criteria/types";

export type Given = Record<string, CellValue | CellValue[] | CellValue[][]>;

/** A scalar is a one-cell name, a list a one-column range (one value a row), a list of lists a matrix. */
export function fakeInputs(given: Given): Inputs & { read: Set<string> } {
  const read = new Set<string>();
  const matrix = (name: string): CellValue[][] => {
    const v = given[name];
    if (!Array.isArray(v)) return [[v ?? null]];
    return v.map((row) => (Array.isArray(row) ? row : [row]));
  };
  return {
    read,
    has: (name) => (read.add(name), name in given),
    value: (name) => (read.add(name), matrix(name)[0]?.[0] ?? null),
    matrix: (name) => (read.add(name), name in given ? matrix(name) : []),
  };
}
