/** `deuz template --out FILE [--lang de|en] [--example]`: writes the template (or the filled example). */
import { writeExample, writeTemplate } from "../workbook/assets";
import { language, parseArgs } from "./args";
import { checkTarget, Io, UsageError, writeOutput } from "./io";

export async function templateCommand(args: string[], io: Io): Promise<number> {
  const p = parseArgs("template", args, ["example", "force"], ["out", "lang"]);
  const out = p.values.get("out");
  if (!out || p.positional.length) throw new UsageError("deuz template: usage: deuz template --out FILE.xlsx [--force] [--lang de|en] [--example]");
  const lang = language("template", p.values.get("lang"));
  // never over the workbook being filled in, unless asked (issue 11)
  const force = p.flags.has("force");
  checkTarget("template", out, force, lang);
  const data = p.flags.has("example") ? await writeExample(lang) : await writeTemplate(lang);
  writeOutput("template", out, data, force, lang);
  io.out(`${out}\n`);
  return 0;
}
