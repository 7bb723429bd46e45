/**
 * `deuz upgrade OLD.xlsx --out NEW.xlsx`: the values of a workbook filled in an earlier version of the template,
 * carried by defined name into the current template (src/workbook/upgrade.ts). The old file is never written.
 */
import fs from "fs";
import path from "path";
import { UnusableFile } from "../workbook/problems";
import { readBook } from "../workbook/read";
import { upgradeBook } from "../workbook/upgrade";
import { writeBook } from "../workbook/write";
import { parseArgs } from "./args";
import { Io, readInput, sameFile, UsageError } from "./io";

const USAGE = "deuz upgrade: usage: deuz upgrade OLD.xlsx --out NEW.xlsx";

export async function upgradeCommand(args: string[], io: Io): Promise<number> {
  const p = parseArgs("upgrade", args, [], ["out"]);
  const out = p.values.get("out");
  if (p.positional.length !== 1 || !out) throw new UsageError(USAGE);
  const file = p.positional[0];
  if (sameFile(out, file)) throw new UsageError("deuz upgrade: --out must name a new file; the old workbook is never written");
  const data = readInput("upgrade", file);
  let moved;
  try {
    moved = upgradeBook(await readBook(data, file), file);
  } catch (e) {
    if (e instanceof UnusableFile) throw new UsageError(`deuz upgrade: ${e.message}`);
    throw e;
  }
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  fs.writeFileSync(out, await writeBook(moved.book, { lang: moved.lang }));
  const de = moved.lang === "de";
  io.out(`${de ? `${moved.carried} Werte übernommen` : `${moved.carried} values carried over`}: ${out}\n`);
  if (moved.converted.length) {
    const list = moved.converted.slice(0, 5).join(", ") + (moved.converted.length > 5 ? ` (+${moved.converted.length - 5})` : "");
    io.out(`${de ? "Formeln in Eingabezellen als Werte übernommen" : "Formulas in input cells carried over as their values"}: ${list}\n`);
  }
  if (moved.added.length) {
    io.out(`${de ? "Neu in dieser Version der Vorlage, bitte ausfüllen" : "New in this version of the template, please fill in"}: ${moved.added.join(", ")}\n`);
  }
  return 0;
}
