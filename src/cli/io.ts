import fs from "fs";
import path from "path";
import { unusable, UnusableFile } from "../workbook/problems";
/** What a command writes to and reads from: injectable, so that tests need not spawn a process. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  readStdin(): Promise<string>;
}

let pipeWatched = false;

/** A reader that stops early (`deuz eval … | head -1`) closes the pipe: stop quietly, not with a stack trace. */
function watchPipe(): void {
  if (pipeWatched) return;
  pipeWatched = true;
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(0);
    throw e;
  });
}

/**
 * Text as a terminal may show it (issue 11): a control character from a cell (ESC of `_x001B_`, BEL, NUL) could
 * retitle or clear the terminal, so C0 controls other than tab and line end are shown as their pictures (␛, ␇,
 * ␀), DEL, C1 controls and the bidirectional overrides that reorder a line ("Trojan source") as U+FFFD, lone
 * surrogates as U+FFFD. JSON output escapes these itself (check.ts), so it passes unchanged.
 */
export function printable(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B-\u001F]/g, (c) => (c === "\r" ? "\u240D" : String.fromCharCode(0x2400 + c.charCodeAt(0))))
    .replace(/[\u007F-\u009F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}

export const processIo: Io = {
  out: (text) => {
    watchPipe();
    process.stdout.write(printable(text));
  },
  err: (text) => process.stderr.write(printable(text)),
  readStdin: () =>
    new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      process.stdin.on("data", (c: Buffer) => chunks.push(c));
      process.stdin.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
      process.stdin.on("error", reject);
    }),
};

/** A failure the command reports in one readable line and an exit code (2: the input cannot be used). */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}

/** The largest input file read (docs/security.md): the template with 5,000 servers and 36 months is about 5 MB. */
export const MAX_INPUT_MB = 100;

/**
 * The bytes of an input file, or one line saying why they cannot be read. Only a regular file (a link to one is
 * followed) of at most MAX_INPUT_MB is read, and no more bytes than its size said when it was opened: a FIFO
 * (which would block), /dev/zero (which never ends), a directory or a padded file exit 2 before any work.
 */
export function readInput(command: string, file: string, lang: "de" | "en" = "de"): Buffer {
  const refuse = (e: UnusableFile) => new UsageError(`deuz ${command}: ${e.in(lang)}`);
  let fd: number | undefined;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) throw refuse(unusable.notRegular(file));
    if (stat.size > MAX_INPUT_MB * 2 ** 20) throw refuse(unusable.fileTooLarge(file, MAX_INPUT_MB));
    // O_NONBLOCK: should the path turn into a FIFO between stat and open, opening it does not wait for a writer
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
    const opened = fs.fstatSync(fd);
    if (!opened.isFile()) throw refuse(unusable.notRegular(file));
    if (opened.size > MAX_INPUT_MB * 2 ** 20) throw refuse(unusable.fileTooLarge(file, MAX_INPUT_MB));
    const data = Buffer.alloc(opened.size);
    let read = 0;
    while (read < data.length) {
      const n = fs.readSync(fd, data, read, data.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return read === data.length ? data : data.subarray(0, read);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const why = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new UsageError(`deuz ${command}: ${file} ${lang === "de" ? "kann nicht gelesen werden" : "cannot be read"} (${why})`);
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/**
 * Checks where `--out` will write, before any work (issue 11): an existing file is kept unless `force`, a
 * directory never replaced, the directory must exist and be writable. Throws one line in the language.
 */
export function checkTarget(command: string, out: string, force: boolean, lang: "de" | "en", option = "--out"): void {
  const de = lang === "de";
  const fail = (deText: string, enText: string) => new UsageError(`deuz ${command}: ${option} ${out}: ${de ? deText : enText}`);
  let existing: fs.Stats | undefined;
  try {
    existing = fs.lstatSync(out);
  } catch {
    existing = undefined;
  }
  if (existing?.isDirectory()) throw fail("ist ein Verzeichnis: einen Dateinamen angeben", "is a directory: give a file name");
  if (existing && !force) {
    throw existing.isSymbolicLink()
      ? fail("ist ein symbolischer Link: einen anderen Namen wählen (--force ersetzt den Link selbst, nie sein Ziel)", "is a symbolic link: choose another name (--force replaces the link itself, never its target)")
      : fail("gibt es schon: einen anderen Namen wählen oder --force zum Überschreiben", "exists: choose another name, or --force to overwrite it");
  }
  const dir = path.dirname(path.resolve(out));
  let parent: fs.Stats;
  try {
    parent = fs.statSync(dir);
  } catch {
    throw fail(`das Verzeichnis ${dir} gibt es nicht: erst anlegen`, `the directory ${dir} does not exist: create it first`);
  }
  if (!parent.isDirectory()) throw fail(`${dir} ist kein Verzeichnis`, `${dir} is not a directory`);
  try {
    fs.accessSync(dir, fs.constants.W_OK);
  } catch {
    throw fail(`in ${dir} darf nicht geschrieben werden`, `${dir} is not writable`);
  }
}

/**
 * Writes `--out`: into a new file beside it first, then moved into place, so that a link at `out` is replaced
 * itself and never written through, and an existing file is replaced only with `force` (else, should one have
 * appeared since checkTarget, nothing is written). One line when it fails.
 */
export function writeOutput(command: string, out: string, data: Buffer, force: boolean, lang: "de" | "en", option = "--out"): void {
  const dir = path.dirname(path.resolve(out));
  const temporary = path.join(dir, `.${path.basename(out)}.${process.pid}.${randomHex()}.tmp`);
  try {
    fs.writeFileSync(temporary, data, { flag: "wx", mode: 0o644 });
    if (force) fs.renameSync(temporary, out);
    else {
      try {
        fs.linkSync(temporary, out);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === "EEXIST") throw e;
        fs.copyFileSync(temporary, out, fs.constants.COPYFILE_EXCL);
      }
    }
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new UsageError(`deuz ${command}: ${option} ${out}: ${lang === "de" ? "kann nicht geschrieben werden" : "cannot be written"} (${why})`);
  } finally {
    try {
      fs.unlinkSync(temporary);
    } catch {
      // moved into place
    }
  }
}

/** An unusable file as the one line a command prints, in the language of `--lang` (exit 2). */
export function unusableLine(command: string, e: UnusableFile, lang: "de" | "en"): UsageError {
  return new UsageError(`deuz ${command}: ${e.in(lang)}`);
}

/** True when both paths name one file: the same path, or a link to it. */
export function sameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [x, y] = [fs.statSync(a), fs.statSync(b)];
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/** Eight random hex digits for a temporary name; crypto is loaded only when a file is written (a check writes none). */
function randomHex(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require("crypto") as typeof import("crypto")).randomBytes(4).toString("hex");
}
