import { Arg } from "../values";

/** One parameter of a DEUZ function, as the custom-function metadata and HyperFormula see it. */
export interface DeuzParam {
  /** The name shown in Excel's formula help (the same in every language). */
  name: string;
  optional?: boolean;
  /** Accepts a range (custom functions: a matrix parameter; HyperFormula: a range argument). */
  range?: boolean;
}

export type DeuzResult = number | boolean | string;

/** One DEUZ function: the one implementation both adapters (custom functions, HyperFormula) call. */
export interface DeuzFunction {
  /** Name without the namespace: `PUE`, `PUE.LIMIT`. */
  name: string;
  /** The DE-UZ 228 section it implements, e.g. "3.2.7" or "Anhang E". */
  section: string;
  params: DeuzParam[];
  returns: "number" | "boolean" | "string";
  /** Throws DeuzError for bad input; arguments left out arrive as undefined. */
  compute(...args: Arg[]): DeuzResult;
}
