/** `deuz template --out FILE [--lang de|en] [--example]`: writes the template (or the filled example). */
import fs from "fs";
import path from "path";
import { writeExample, writeTemplate } from "../workbook/assets";
import { language, parseArgs } from "./args";
import { Io, UsageError } from "./io";

export async function templateCommand(args: string[], io: Io): Promise<number> {
  const p = parseArgs("template", args, ["example"], ["out", "lang"]);
  const out = p.values.get("out");
  if (!out || p.positional.length) throw new UsageError("deuz template: usage: deuz template --out FILE.xlsx [--lang de|en] [--example]");
  const lang = language("template", p.values.get("lang"));
  const data = p.flags.has("example") ? await writeExample(lang) : await writeTemplate(lang);
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  fs.writeFileSync(out, data);
  io.out(`${out}\n`);
  return 0;
}
