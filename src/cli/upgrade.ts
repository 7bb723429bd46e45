/**
 * `deuz upgrade OLD.xlsx --out NEW.xlsx [--lang de|en]`: the values of a workbook filled in an earlier version of
 * the template, carried by defined name into the current template (src/workbook/upgrade.ts). The old file is never
 * written; a file that cannot be moved exits 2 with one line in the language of `--lang` (default German), and
 * nothing is written. The report is in `--lang`, or else in the workbook's language.
 */
import { UnusableFile } from "../workbook/problems";
import { readBook } from "../workbook/read";
import { upgradeBook } from "../workbook/upgrade";
import { writeBook } from "../workbook/write";
import { language, parseArgs } from "./args";
import { checkTarget, Io, readInput, sameFile, unusableLine, UsageError, writeOutput } from "./io";

const USAGE = "deuz upgrade: usage: deuz upgrade OLD.xlsx --out NEW.xlsx [--force] [--lang de|en]";

/** "a, b, c, d, e (+3)" */
const listed = (items: string[]) => items.slice(0, 5).join(", ") + (items.length > 5 ? ` (+${items.length - 5})` : "");

export async function upgradeCommand(args: string[], io: Io): Promise<number> {
  const p = parseArgs("upgrade", args, ["force"], ["out", "lang"]);
  const out = p.values.get("out");
  if (p.positional.length !== 1 || !out) throw new UsageError(USAGE);
  const chosen = p.values.get("lang");
  const messages = language("upgrade", chosen);
  const file = p.positional[0];
  if (sameFile(out, file)) throw new UsageError("deuz upgrade: --out must name a new file; the old workbook is never written");
  const force = p.flags.has("force");
  checkTarget("upgrade", out, force, messages);
  const data = readInput("upgrade", file, messages);
  let moved;
  let written: Buffer;
  try {
    moved = upgradeBook(await readBook(data, file), file);
    // the evaluation that writes the cached values may refuse the file too (bounded.ts): before anything is written
    written = await writeBook(moved.book, { lang: moved.lang });
  } catch (e) {
    if (e instanceof UnusableFile) throw unusableLine("upgrade", e, messages);
    throw e;
  }
  writeOutput("upgrade", out, written, force, messages);
  const de = (chosen === undefined ? moved.lang : messages) === "de";
  io.out(`${de ? `${moved.carried} Werte übernommen` : `${moved.carried} values carried over`}: ${out}\n`);
  if (moved.restored.length) {
    io.out(`${de ? "Gelöschte Namen neu angelegt, ihre Werte übernommen" : "Deleted names rebuilt, their values carried over"}: ${listed(moved.restored)}\n`);
  }
  if (moved.converted.length) {
    io.out(`${de ? "Formeln in Eingabezellen als Werte übernommen" : "Formulas in input cells carried over as their values"}: ${listed(moved.converted)}\n`);
  }
  if (moved.added.length) {
    io.out(`${de ? "Neu in dieser Version der Vorlage, bitte ausfüllen" : "New in this version of the template, please fill in"}: ${moved.added.join(", ")}\n`);
  }
  return 0;
}
