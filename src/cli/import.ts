/**
 * `deuz import SOURCE.csv|.xlsx --into WORKBOOK.xlsx --out NEW.xlsx [--readings] [--allow-gaps] [--interpolate] [--replace]
 * [--map "COLUMN=NAME" ...] [--decimal , | .] [--json] [--lang de|en]`: meter exports and IT-load series into the
 * template's cells by defined name (src/workbook/import/). The source and the workbook are only ever read. Exit 0
 * written, 1 nothing written because cells hold other values (without --replace), 2 the input cannot be used (one
 * line naming the row and column, or the file).
 */
import fs from "fs";
import { importInto } from "../workbook/import/apply";
import { parseMap } from "../workbook/import/columns";
import { ImportProblem } from "../workbook/import/problem";
import { reportJson, reportText } from "../workbook/import/report";
import { readSource } from "../workbook/import/source";
import { unusable, UnusableFile } from "../workbook/problems";
import { language, parseArgs } from "./args";
import { checkTarget, Io, readInput, sameFile, unusableLine, UsageError, writeOutput } from "./io";

const USAGE = 'deuz import: usage: deuz import SOURCE.csv|.xlsx --into WORKBOOK.xlsx --out NEW.xlsx [--force] [--readings] [--allow-gaps] [--interpolate] [--replace] [--map "COLUMN=NAME" ...] [--decimal , | .] [--json] [--lang de|en]';

export async function importCommand(args: string[], io: Io): Promise<number> {
  // --map may be given many times
  const maps: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === "--map") {
      if (args[i + 1] === undefined) throw new UsageError("deuz import: --map needs a value");
      maps.push(args[++i]);
    } else if (args[i].startsWith("--map=")) maps.push(args[i].slice(6));
    else rest.push(args[i]);
  }
  const p = parseArgs("import", rest, ["readings", "allow-gaps", "interpolate", "replace", "json", "force"], ["into", "out", "lang", "decimal"]);
  const lang = language("import", p.values.get("lang"));
  const into = p.values.get("into");
  const out = p.values.get("out");
  if (p.positional.length !== 1 || !into || !out) throw new UsageError(USAGE);
  const source = p.positional[0];
  const decimal = p.values.get("decimal");
  if (decimal !== undefined && decimal !== "," && decimal !== ".") throw new UsageError(`deuz import: --decimal is "," or ".", not ${decimal}`);
  if (sameFile(out, source) || sameFile(out, into)) {
    throw new UsageError(lang === "de" ? "deuz import: --out muss eine neue Datei nennen; Quelle und Arbeitsmappe werden nie geschrieben" : "deuz import: --out must name a new file; the source and the workbook are never written");
  }
  // where the output goes is checked before any work: an existing file only with --force, never through a link
  checkTarget("import", out, p.flags.has("force"), lang);
  const workbook = readInput("import", into, lang);
  try {
    // the source streams later: whether it can be read, now; only a regular file (a FIFO would never end, /dev/zero neither)
    if (!fs.statSync(source).isFile()) throw new UsageError(`deuz import: ${unusable.notRegular(source).in(lang)}`);
    fs.closeSync(fs.openSync(source, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0)));
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`deuz import: ${source} ${lang === "de" ? "kann nicht gelesen werden" : "cannot be read"} (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
  let found;
  try {
    const options = { readings: p.flags.has("readings"), allowGaps: p.flags.has("allow-gaps"), interpolate: p.flags.has("interpolate"), map: parseMap(maps), decimal: decimal as "," | "." | undefined };
    // an .xlsx is read whole, within the bound every workbook has (io.ts); a CSV streams, of any size
    found = await readSource(source, options, (file) => readInput("import", file, lang));
  } catch (e) {
    if (e instanceof ImportProblem) throw new UsageError(`deuz import: ${source}: ${e.in(lang)}`);
    if (e instanceof UnusableFile) throw unusableLine("import", e, lang);
    throw e;
  }
  try {
    const result = await importInto(found, workbook, into, p.flags.has("replace"));
    if (result.output) writeOutput("import", out, result.output, p.flags.has("force"), lang);
    io.out(p.flags.has("json") ? reportJson(source, into, result.output ? out : null, found, result, lang) : reportText(source, out, found, result, lang));
    return result.output ? 0 : 1;
  } catch (e) {
    if (e instanceof ImportProblem) throw new UsageError(`deuz import: ${into}: ${e.in(lang)}`);
    if (e instanceof UnusableFile) throw unusableLine("import", e, lang);
    throw e;
  }
}
