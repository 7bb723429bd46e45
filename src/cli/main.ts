/** The `deuz` command: DE-UZ 228 checks and formulas without Excel. */
import { EDITION } from "../engine/edition";
import { UnusableFile } from "../workbook/problems";
import { Io, processIo, UsageError } from "./io";

type Command = (args: string[], io: Io) => Promise<number>;

/* eslint-disable @typescript-eslint/no-require-imports */
// each command's modules load when it runs: `deuz check` needs neither ExcelJS nor HyperFormula to start (docs/performance.md)
const evalCommand: Command = (args, io) => (require("./eval") as typeof import("./eval")).evalCommand(args, io);
const checkCommand: Command = (args, io) => (require("./check") as typeof import("./check")).checkCommand(args, io);
const templateCommand: Command = (args, io) => (require("./template") as typeof import("./template")).templateCommand(args, io);
const upgradeCommand: Command = (args, io) => (require("./upgrade") as typeof import("./upgrade")).upgradeCommand(args, io);
const importCommand: Command = (args, io) => (require("./import") as typeof import("./import")).importCommand(args, io);
const registerCommand_: Command = (args, io) => (require("./register") as typeof import("./register")).registerCommand(args, io);
/* eslint-enable @typescript-eslint/no-require-imports */

/** Subcommands; each module adds itself here. */
const commands: Record<string, { run: Command; usage: string }> = {
  eval: {
    run: evalCommand,
    usage: "deuz eval [FORMULA ...]    evaluate formulas with the DEUZ functions (no formula: one per line of stdin;\n" +
      "                              after -- every argument is a formula)",
  },
  check: {
    run: checkCommand,
    usage: "deuz check FILE.xlsx [--json] [--out ANNOTATED.xlsx [--force]] [--freeze] [--rules ID,...] [--as-of YYYY-MM-DD] [--lang de|en]\n" +
      "                              [--rules de-uz-228,enefg-2023,eu-2024-1364,enefg-2026-entwurf] [--as-of YYYY-MM-DD]\n" +
      "                              check a filled template; --out writes an annotated copy (--freeze: values\n" +
      "                              in place of DEUZ formulas); --rules: the rule sets (default: every one whose\n" +
      "                              scope applies, no draft), --as-of: the day judged (default today);\n" +
      "                              exit 0 all met, 1 failed or missing, 2 unusable",
  },
  register: {
    run: registerCommand_,
    usage: "deuz register FILE.xlsx [--json|--csv] [--lang de|en]\n" +
      "                              the register data of EnEfG Anlage 3 and the EU report (2024/1364): value,\n" +
      "                              unit and cells per item, fehlt where missing; exit 0 complete, 1 not, 2 unusable",
  },
  template: {
    run: templateCommand,
    usage: "deuz template --out FILE.xlsx [--force] [--lang de|en] [--example]\n" +
      "                              write the template (or the filled example)",
  },
  import: {
    run: importCommand,
    usage: 'deuz import SOURCE.csv|.xlsx --into WORKBOOK.xlsx --out NEW.xlsx [--force] [--readings] [--allow-gaps] [--interpolate]\n' +
      '                              [--replace] [--map "COLUMN=NAME" ...] [--decimal , | .] [--json] [--lang de|en]\n' +
      "                              meter exports and IT-load series into the template by defined name (exit 0\n" +
      "                              written, 1 nothing written: cells hold other values, see --replace; 2 unusable)",
  },
  upgrade: {
    run: upgradeCommand,
    usage: "deuz upgrade OLD.xlsx --out NEW.xlsx [--force] [--lang de|en]\n" +
      "                              carry the values of a workbook filled in an earlier version of the template\n" +
      "                              into the current one (by defined name); lists the new questions",
  },
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  portfolio: { run: (args, io) => (require("./portfolio") as typeof import("./portfolio")).portfolioCommand(args, io), usage: "deuz portfolio FILE.xlsx... | DIR [--out PORTFOLIO.xlsx [--force]] [--json] [--rules ID,...] [--as-of YYYY-MM-DD] [--lang de|en]\n                              one row per data centre, totals (PUE as a ratio of sums), the roadmap by date;\n                              exit 0 all met, 1 open points, 2 no file readable" },
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  report: { run: (args, io) => (require("./report") as typeof import("./report")).reportCommand(args, io), usage: "deuz report FILE.xlsx --out REPORT.html [--pdf REPORT.pdf] [--force] [--lang de|en] [--rules ID,...] [--as-of YYYY-MM-DD]\n                              the Energieeffizienzbericht (3.1.2) as one HTML file with charts; --pdf prints it\n                              with an installed Chromium; exit codes as check" },
};

export function registerCommand(name: string, run: Command, usage: string): void {
  commands[name] = { run, usage };
}

function version(): string {
  // lib/cli/main.js and src/cli/main.ts both sit two levels below the package root
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const pkg = require("../../package.json") as { version: string };
  return `deuz ${pkg.version} (${EDITION})`;
}

function help(): string {
  return [
    `deuz: Blauer Engel DE-UZ 228 "Rechenzentren" without Excel (${EDITION})`,
    "",
    "Usage:",
    ...Object.values(commands).map((c) => "  " + c.usage),
    "  deuz --help                 this help",
    "  deuz --version              version and criteria edition",
    "",
    "Exit codes: 0 done (an Excel error such as #DIV/0! is a value), 1 criteria not met or data missing,",
    "2 the input cannot be used (one line on stderr says why).",
    "",
  ].join("\n");
}

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [first, ...rest] = argv;
  try {
    if (first === undefined) {
      // no command: the usage goes to stderr, as for any other unusable command line
      io.err(help());
      return 2;
    }
    if (first === "--help" || first === "-h" || first === "help") {
      io.out(help());
      return 0;
    }
    if (first === "--version" || first === "-V") {
      io.out(version() + "\n");
      return 0;
    }
    const command = commands[first];
    if (!command) throw new UsageError(`deuz: unknown command "${first}" (see deuz --help)`);
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(e.message + "\n");
      return e.exitCode;
    }
    // a command that did not say it in its --lang: German, one line, exit 2
    if (e instanceof UnusableFile) {
      io.err(`deuz ${first}: ${e.in("de")}\n`);
      return 2;
    }
    // anything else is our fault, not the file's: one line without JavaScript's words (issue 11), exit 2
    io.err(`deuz ${first}: interner Fehler, die Eingabe wurde nicht verarbeitet (nichts geschrieben); bitte mit der Datei melden / internal error, the input was not processed (nothing written); please report it with the file\n`);
    if (process.env.DEUZ_DEBUG) io.err(`${e instanceof Error ? e.stack : String(e)}\n`);
    return 2;
  }
}
