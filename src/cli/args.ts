/** A small option parser for the subcommands: flags, options with a value, and positional arguments. */
import { UsageError } from "./io";

export interface Parsed {
  positional: string[];
  flags: Set<string>;
  values: Map<string, string>;
}

export function parseArgs(command: string, args: string[], flags: string[], valued: string[]): Parsed {
  const out: Parsed = { positional: [], flags: new Set(), values: new Map() };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!a.startsWith("--")) {
      out.positional.push(a);
      continue;
    }
    const [key, inline] = a.slice(2).split("=", 2);
    if (flags.includes(key) && inline === undefined) out.flags.add(key);
    else if (valued.includes(key)) {
      const value = inline ?? args[++i];
      // an empty value (`--out=`, `--out ""`) names nothing: an error, never "no --out"
      if (value === undefined || value === "") throw new UsageError(`deuz ${command}: --${key} needs a value`);
      out.values.set(key, value);
    } else throw new UsageError(`deuz ${command}: unknown option --${key} (see deuz --help)`);
  }
  return out;
}

export function language(command: string, value: string | undefined): "de" | "en" {
  if (value === undefined || value === "de" || value === "en") return (value ?? "de") as "de" | "en";
  throw new UsageError(`deuz ${command}: --lang is de or en, not ${value}`);
}
