/**
 * Single values by defined name for the what-if (src/taskpane/whatif.ts), read through the one reading layer.
 * The criteria themselves read through the Reader (reader.ts), which also remembers what it could not read.
 */
import { readNumber, readYesNo } from "../reading";
import { Inputs } from "./types";

/** A number as people type it, or null when blank or unreadable. */
export function num(inputs: Inputs, name: string): number | null {
  const r = readNumber(inputs.has(name) ? inputs.value(name) : null);
  return r.ok ? r.value : null;
}

/** A Ja/Nein (Yes/No) answer: true, false, or null when blank or unreadable. */
export function answer(inputs: Inputs, name: string): boolean | null {
  const r = readYesNo(inputs.has(name) ? inputs.value(name) : null);
  return r.ok ? r.value : null;
}
