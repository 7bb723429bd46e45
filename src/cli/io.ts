import fs from "fs";
import path from "path";
import { UnusableFile } from "../workbook/problems";
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

export const processIo: Io = {
  out: (text) => {
    watchPipe();
    process.stdout.write(text);
  },
  err: (text) => process.stderr.write(text),
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

/** The bytes of an input file, or one line saying why they cannot be read. */
export function readInput(command: string, file: string, lang: "de" | "en" = "de"): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new UsageError(`deuz ${command}: ${file} ${lang === "de" ? "kann nicht gelesen werden" : "cannot be read"} (${why})`);
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
