/**
 * `deuz report FILE.xlsx --out REPORT.html [--pdf REPORT.pdf] [--force] [--lang de|en] [--rules ID,…] [--as-of DATE]`:
 * the Energieeffizienzbericht (3.1.2) of a filled template as one self-contained HTML file with charts
 * (src/report), and with --pdf the same page printed by a headless Chromium already installed (never a
 * downloaded one). Exit codes as `deuz check`: 0 every criterion met, 1 one failed or misses data or a computed
 * cell is typed over (the report is written all the same), 2 the file cannot be used or no PDF could be printed.
 * The input file is only ever read.
 */
import { spawn } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { pathToFileURL } from "url";
import { renderReport } from "../report";
import { checkWorkbook } from "../workbook/check";
import { UnusableFile } from "../workbook/problems";
import { language, parseArgs } from "./args";
import { checkTarget, Io, readInput, sameFile, unusableLine, UsageError, writeOutput } from "./io";
import { ruleChoice, runRules } from "./rulesets";

const USAGE = "deuz report: usage: deuz report FILE.xlsx --out REPORT.html [--pdf REPORT.pdf] [--force] [--lang de|en] [--rules ID,…] [--as-of YYYY-MM-DD]";

/** Where Debian, Ubuntu and the usual packages put Chromium; DEUZ_CHROMIUM names another (and only that one). */
export const CHROMIUM_PATHS = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];

export function findChromium(env: NodeJS.ProcessEnv = process.env): { path: string | null; looked: string[] } {
  const looked = env.DEUZ_CHROMIUM ? [env.DEUZ_CHROMIUM] : CHROMIUM_PATHS;
  for (const p of looked) {
    try {
      fs.accessSync(p, fs.constants.X_OK);
      if (fs.statSync(p).isFile()) return { path: p, looked };
    } catch {
      // not there: the next
    }
  }
  return { path: null, looked };
}

/**
 * Prints an HTML file to PDF with Chromium's own --print-to-pdf (A4 and the margins come from the page's @page
 * rule, Chromium's date-and-URL header is switched off), in a fresh profile, with background networking off.
 */
export function printPdf(chromium: string, html: string, pdf: string, timeoutMs = 120_000): Promise<void> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "deuz-chromium-"));
  const args = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-extensions",
    "--disable-sync", "--no-first-run", "--no-default-browser-check", "--mute-audio", `--user-data-dir=${profile}`,
    "--no-pdf-header-footer", "--print-to-pdf-no-header", `--print-to-pdf=${pdf}`, pathToFileURL(html).href,
  ];
  return new Promise<void>((resolve, reject) => {
    const child = spawn(chromium, args, { stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => (stderr = (stderr + c.toString("utf8")).slice(-4000)));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("error", (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      fs.rmSync(profile, { recursive: true, force: true });
      const written = fs.existsSync(pdf) && fs.statSync(pdf).size > 0;
      if (written) resolve();
      else reject(new Error(signal ? `Chromium stopped (${signal})` : `Chromium exited ${code}: ${stderr.trim().split("\n").slice(-2).join(" ")}`));
    });
  });
}

export async function reportCommand(args: string[], io: Io): Promise<number> {
  const p = parseArgs("report", args, ["force"], ["out", "pdf", "lang", "as-of", "rules"]);
  const force = p.flags.has("force");
  const lang = language("report", p.values.get("lang"));
  const de = lang === "de";
  if (p.positional.length !== 1) throw new UsageError(USAGE);
  const file = p.positional[0];
  const out = p.values.get("out");
  const pdf = p.values.get("pdf");
  if (!out) throw new UsageError(`${USAGE}\n${de ? "deuz report: --out nennt die HTML-Datei des Berichts" : "deuz report: --out names the report's HTML file"}`);
  // the rule sets and the day they are judged on, as `deuz check` reads them (src/cli/rulesets.ts, issue 13)
  const choice = ruleChoice("report", p.values.get("rules"), p.values.get("as-of"));
  for (const [option, target] of [["--out", out], ["--pdf", pdf]] as const) {
    if (target && sameFile(target, file)) throw new UsageError(de ? `deuz report: ${option} muss eine neue Datei nennen; die Eingabe wird nie geschrieben` : `deuz report: ${option} must name a new file; the input is never written`);
  }
  if (pdf && sameFile(pdf, out)) throw new UsageError(de ? "deuz report: --pdf und --out nennen dieselbe Datei" : "deuz report: --pdf and --out name the same file");
  // where the files go is checked before any work: an existing file only with --force, never through a link
  checkTarget("report", out, force, lang);
  if (pdf) checkTarget("report", pdf, force, lang, "--pdf");

  const data = readInput("report", file, lang);
  let result;
  try {
    result = await checkWorkbook(data, file);
  } catch (e) {
    if (e instanceof UnusableFile) throw unusableLine("report", e, lang);
    throw e;
  }
  const { evaluated, overwritten } = result;
  const locale = de ? "de-DE" : "en-GB";
  let html: string;
  let findings;
  try {
    const rules = runRules(choice, evaluated.inputs, result.findings);
    findings = rules.findings;
    html = renderReport(evaluated.inputs, findings, {
      lang, asOf: rules.asOf, file: path.basename(file), address: (ref) => evaluated.address(ref), overwritten,
      ruleSets: rules.chosen.map((r) => ({ id: r.id, title: r.draft ? { de: `${r.title.de} (Entwurf)`, en: `${r.title.en} (draft)` } : r.title, edition: r.edition, draft: Boolean(r.draft) })),
      roadmap: rules.roadmap.map((e) => {
        // shares in percent, PUE with two decimals, as `deuz check` writes the roadmap (rulesets.ts roadmapLine)
        const shown = (v: number | string | null) => (typeof v !== "number" ? v : e.figure === "PUE" ? v.toLocaleString(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }) : `${(v * 100).toLocaleString(locale, { maximumFractionDigits: 1 })} %`);
        return { ruleSet: e.ruleSet, id: e.id, from: e.from, limit: `${e.figure} ${e.comparison} ${shown(e.limit)}`, value: shown(e.value), met: e.met };
      }),
    });
  } finally {
    evaluated.destroy();
  }
  writeOutput("report", out, Buffer.from(html, "utf8"), force, lang);
  io.out(`${de ? "Bericht" : "Report"}: ${out}\n`);

  if (pdf) {
    const chromium = findChromium();
    if (!chromium.path) {
      throw new UsageError(de
        ? `deuz report: --pdf braucht Chromium, es ist keines installiert (gesucht: ${chromium.looked.join(", ")}). Installieren (Debian/Ubuntu: sudo apt-get install chromium) oder DEUZ_CHROMIUM=/pfad/zu/chromium setzen; deuz lädt keinen Browser herunter. Der HTML-Bericht ist geschrieben: ${out} (im Browser auf A4 drucken).`
        : `deuz report: --pdf needs Chromium and none is installed (looked for: ${chromium.looked.join(", ")}). Install it (Debian/Ubuntu: sudo apt-get install chromium) or set DEUZ_CHROMIUM=/path/to/chromium; deuz downloads no browser. The HTML report is written: ${out} (print it on A4 from a browser).`);
    }
    // Chromium prints into a directory of its own; the PDF is then written as every --out is
    const printing = fs.mkdtempSync(path.join(os.tmpdir(), "deuz-pdf-"));
    const target = path.join(printing, "report.pdf");
    try {
      await printPdf(chromium.path, path.resolve(out), target);
      writeOutput("report", pdf, fs.readFileSync(target), force, lang, "--pdf");
    } catch (e) {
      if (e instanceof UsageError) throw e;
      throw new UsageError(de
        ? `deuz report: Chromium (${chromium.path}) hat kein PDF geschrieben: ${e instanceof Error ? e.message : String(e)}. Der HTML-Bericht ist geschrieben: ${out}`
        : `deuz report: Chromium (${chromium.path}) wrote no PDF: ${e instanceof Error ? e.message : String(e)}. The HTML report is written: ${out}`);
    } finally {
      fs.rmSync(printing, { recursive: true, force: true });
    }
    io.out(`PDF: ${pdf}\n`);
  }
  return overwritten.length || findings.some((f) => f.status === "fail" || f.status === "missing") ? 1 : 0;
}
