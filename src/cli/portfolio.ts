/**
 * `deuz portfolio FILE.xlsx… | DIR [--out Portfolio.xlsx [--force]] [--json] [--rules …] [--as-of DATE] [--lang de|en]`
 * (issue 16): many data centres, one workbook each (DE-UZ 228, section 2), in one view: a row per site with its
 * figures and every criterion's status, totals as ratios of sums, and the roadmap of dated requirements by date.
 * Workbooks are checked one after another and each released before the next (bounded memory). Exit 0 every
 * criterion met, 1 one open (or a file unread, or cells overwritten), 2 no file could be read. Inputs are only read.
 */
import fs from "fs";
import path from "path";
import type ExcelJS from "exceljs";
import { serial, toIsoDate } from "../engine/dates";
import { germanDate } from "../engine/rulesets/enefgParams";
import { ruleSetById, ruleSetLabel } from "../engine/rulesets";
import { checkWorkbook } from "../workbook/check";
import { colours } from "../workbook/colours";
import { UnusableFile } from "../workbook/problems";
import { statusWords } from "../workbook/template/vocabulary";
import {
  byDate, criterionColumns, isSite, PortfolioRoadmapEntry, PortfolioRow, roadmapJson, siteJson, siteOf, siteRoadmap, Totals, totalsJson, TotalsTally,
  unreadSite,
} from "../portfolio";
import { language, parseArgs } from "./args";
import { jsonText } from "./check";
import { collectGarbage } from "./gc";
import { checkTarget, Io, readInput, sameFile, UsageError, writeOutput } from "./io";
import { roadmapLine, ruleChoice, RuleChoice, runRules } from "./rulesets";

type Lang = "de" | "en";
const USAGE = "deuz portfolio: usage: deuz portfolio FILE.xlsx… | DIR [--out PORTFOLIO.xlsx [--force]] [--json] [--rules ID,…] [--as-of YYYY-MM-DD] [--lang de|en]";

/** The workbooks named: files as given, a directory's .xlsx files by name (not its lock files ~$… or hidden ones). */
export function portfolioFiles(args: string[]): string[] {
  const out: string[] = [];
  for (const a of args) {
    let dir = false;
    try {
      dir = fs.statSync(a).isDirectory();
    } catch {
      dir = false;
    }
    if (!dir) {
      out.push(a);
      continue;
    }
    const names = fs.readdirSync(a).filter((n) => /\.xlsx$/i.test(n) && !n.startsWith("~$") && !n.startsWith(".")).sort();
    out.push(...names.map((n) => path.join(a, n)));
  }
  return out;
}

/** One workbook checked as `deuz check` checks it, reduced to its row; the workbook released before returning. */
async function siteRow(file: string, choice: RuleChoice, lang: Lang): Promise<PortfolioRow> {
  let data: Buffer;
  try {
    data = readInput("portfolio", file, lang);
  } catch (e) {
    if (e instanceof UsageError) return unreadSite(file, e.message.replace(/^deuz portfolio: /, ""), lang);
    throw e;
  }
  try {
    const result = await checkWorkbook(data, file);
    try {
      const rules = runRules(choice, result.evaluated.inputs, result.findings);
      return siteOf({
        file, inputs: result.evaluated.inputs, findings: rules.findings, roadmap: rules.roadmap.filter((e) => rules.chosen.some((r) => r.id === e.ruleSet)),
        overwritten: result.overwritten.length, address: (c) => result.evaluated.address(c), lang,
      });
    } finally {
      result.evaluated.destroy();
    }
  } catch (e) {
    if (e instanceof UnusableFile) return unreadSite(file, e.text, lang);
    // our fault, not the file's (as main.ts says it): this row says so, the other sites still appear
    if (process.env.DEUZ_DEBUG) process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
    return unreadSite(file, {
      de: `${file}: interner Fehler, die Datei wurde nicht geprüft; bitte mit der Datei melden`,
      en: `${file}: internal error, the file was not checked; please report it with the file`,
    }, lang);
  }
}

const fmt = (v: number | null, lang: Lang, digits: number) =>
  v === null ? "–" : v.toLocaleString(lang === "de" ? "de-DE" : "en-GB", { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false });
const pct = (v: number | null, lang: Lang) => (v === null ? "–" : `${fmt(v * 100, lang, 1)} %`);
const kwh = (v: number, lang: Lang) => `${v.toLocaleString(lang === "de" ? "de-DE" : "en-GB", { maximumFractionDigits: 0 })} kWh`;

const WORDS = {
  de: {
    site: "Rechenzentrum", file: "Datei", roles: "Rollen", period: "Berichtszeitraum", open: "Offene Punkte", overwritten: "Überschriebene Zellen",
    error: "Nicht lesbar", totals: "Summen des Portfolios", energy: "Strombedarf gesamt", itEnergy: "Strombedarf IT", pue: "PUE des Portfolios (Σ Energie ÷ Σ IT-Energie)",
    renewable: "Anteil erneuerbar (Σ ÷ Σ)", sitesMet: "Standorte, die erfüllen", roadmap: "Fahrplan: was ab wann gilt", sites: "Standorte", of: "von",
    from: "ab", limit: "Grenzwert", value: "Wert", met: "erfüllt", criterion: "Anforderung", ruleSet: "Regelwerk", figure: "Kennzahl", yes: "ja", no: "nein",
    sheetSites: "Standorte", sheetRoadmap: "Fahrplan", sheetTotals: "Summen", written: "Portfolio geschrieben", none: "keine Datei lesbar",
  },
  en: {
    site: "Data centre", file: "File", roles: "Roles", period: "Reporting period", open: "Open points", overwritten: "Overwritten cells",
    error: "Not readable", totals: "Portfolio totals", energy: "Total electricity", itEnergy: "IT electricity", pue: "Portfolio PUE (Σ energy ÷ Σ IT energy)",
    renewable: "Renewable share (Σ ÷ Σ)", sitesMet: "Sites meeting", roadmap: "Roadmap: what binds when", sites: "Sites", of: "of",
    from: "from", limit: "Limit", value: "Value", met: "met", criterion: "Requirement", ruleSet: "Rule set", figure: "Figure", yes: "yes", no: "no",
    sheetSites: "Sites", sheetRoadmap: "Roadmap", sheetTotals: "Totals", written: "Portfolio written", none: "no file could be read",
  },
} as const;

const ROLE_WORDS: Record<Lang, Record<string, string>> = {
  de: { rzBetreiber: "RZ-Betreiber", rzDienstleister: "RZ-Dienstleister", itBetreiber: "IT-Betreiber" },
  en: { rzBetreiber: "DC operator", rzDienstleister: "DC service provider", itBetreiber: "IT operator" },
};

const shortLabel = (ruleSet: string, lang: Lang) => {
  const rs = ruleSetById(ruleSet);
  return rs ? ruleSetLabel(rs)[lang] : ruleSet;
};

const dateShown = (iso: string | null, lang: Lang) => (iso === null ? "–" : lang === "de" ? germanDate(serial(iso)) : iso);

/** One site's lines of the table (an unreadable file: why), written as soon as the site is read. */
function siteText(row: PortfolioRow, lang: Lang): string {
  const w = WORDS[lang];
  const s = statusWords[lang];
  if (!isSite(row)) return `${row.name}: ${w.error}: ${row.error}\n\n`;
  const f = row.figures;
  const out: string[] = [];
  out.push(`${row.name} (${row.file})`);
  out.push(`  ${w.roles}: ${row.roles.map((r) => ROLE_WORDS[lang][r]).join(", ") || "–"}; ${w.period}: ${dateShown(row.period.from, lang)} – ${dateShown(row.period.to, lang)}`);
  out.push(`  PUE ${fmt(f.PUE, lang, 2)}  CER ${fmt(f.CER, lang, 2)}  ERF ${fmt(f.ERF, lang, 3)}  REF ${pct(f.REF, lang)}  WUE ${fmt(f.WUE, lang, 3)}  ITEU_SV ${pct(f.ITEU_SV, lang)}`);
  const open = row.criteria.filter((c) => c.status === "fail" || c.status === "missing");
  out.push(`  ${w.open}: ${open.length}${open.length ? ` (${open.map((c) => `${c.id} ${s[c.status]}`).join(", ")})` : ""}; ${w.overwritten}: ${row.overwritten}`);
  return out.join("\n") + "\n\n";
}

/** The table's end: the totals and the roadmap. */
function totalsText(totals: Totals, roadmap: PortfolioRoadmapEntry[], lang: Lang): string {
  const w = WORDS[lang];
  const out: string[] = [];
  out.push(w.totals, "-".repeat(w.totals.length));
  out.push(`${w.sites}: ${totals.sites}${totals.unread ? ` (+${totals.unread} ${w.error.toLowerCase()})` : ""}`);
  out.push(`${w.energy}: ${kwh(totals.energyKwh, lang)}`, `${w.itEnergy}: ${kwh(totals.itEnergyKwh, lang)}`);
  out.push(`${w.pue}: ${fmt(totals.PUE, lang, 2)} (${totals.pueSites} ${w.of} ${totals.sites})`);
  out.push(`${w.renewable}: ${pct(totals.renewableShare, lang)} (${totals.renewableSites} ${w.of} ${totals.sites})`);
  out.push(`${w.sitesMet}:`);
  for (const c of totals.criteria) {
    // of the sites where it applies: not those outside the rule set's scope, nor those where it is not applicable
    const applicable = c.pass + c.fail + c.missing;
    if (applicable > 0) out.push(`  ${c.ruleSet === "de-uz-228" ? "" : c.ruleSet + " "}${c.id} ${c.title}: ${c.pass} ${w.of} ${applicable}`);
  }
  if (roadmap.length) {
    out.push("", w.roadmap, "-".repeat(w.roadmap.length));
    for (const e of roadmap) out.push(`${e.name}: ${roadmapLine(e, lang)}`);
  }
  return out.join("\n") + "\n";
}

/**
 * `--json` written in parts: the head, each site as it is read, the totals and roadmap at the end; the same text as
 * jsonText(portfolioJson(…)) of the whole (a value nested at depth d is JSON.stringify's own text, each line after
 * the first indented by 2·d spaces).
 */
const nested = (value: unknown, depth: number) => jsonText(value).replace(/\n/g, "\n" + "  ".repeat(depth));
const jsonHead = (asOf: string) => `{\n  "asOf": ${jsonText(asOf)},\n  "sites": [`;
const jsonSite = (row: PortfolioRow, first: boolean) => `${first ? "" : ","}\n    ${nested(siteJson(row), 2)}`;
const jsonTail = (totals: Totals, roadmap: PortfolioRoadmapEntry[]) =>
  `\n  ],\n  "totals": ${nested(totalsJson(totals), 1)},\n  "roadmap": ${nested(roadmapJson(roadmap), 1)}\n}\n`;

/** Column headers of the criteria: the id, with its rule set where two rule sets share an id. */
function headers(cols: { ruleSet: string; id: string }[]): string[] {
  return cols.map((c) => (cols.filter((d) => d.id === c.id).length > 1 ? `${c.ruleSet} ${c.id}` : c.id));
}

const FILL = { pass: colours.pass, fail: colours.fail, missing: colours.missing } as const;
const FONT = { pass: colours.passFont, fail: colours.failFont, missing: colours.missingFont } as const;

/** The portfolio as a workbook: sheets of sites, roadmap and totals, statuses in the template's colours. */
async function workbookOf(rows: PortfolioRow[], totals: Totals, roadmap: PortfolioRoadmapEntry[], lang: Lang): Promise<Buffer> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ExcelJSModule = require("exceljs") as typeof import("exceljs");
  const w = WORDS[lang];
  const sw = statusWords[lang];
  const wb: ExcelJS.Workbook = new ExcelJSModule.Workbook();
  const head = (ws: ExcelJS.Worksheet, values: string[]) => {
    const r = ws.addRow(values);
    r.eachCell((c) => {
      c.font = { bold: true, color: { argb: colours.headerFont } };
      c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: colours.header } };
      c.alignment = { wrapText: true, vertical: "top" };
    });
    ws.views = [{ state: "frozen", ySplit: 1, xSplit: 1 }];
  };
  const sites = rows.filter(isSite);
  const cols = criterionColumns(sites);
  const ws = wb.addWorksheet(w.sheetSites);
  const fixed = [w.site, w.file, w.roles, `${w.period} ${w.from}`, "…", "PUE", "CER", "ERF", "REF", "WUE", "ITEU_SV"];
  fixed[4] = lang === "de" ? "bis" : "to";
  head(ws, [...fixed, ...headers(cols), w.open, w.overwritten, w.error]);
  ws.getRow(1).eachCell((c, n) => {
    const col = cols[n - fixed.length - 1];
    if (col) c.note = `${shortLabel(col.ruleSet, lang)}: ${sites.flatMap((s) => s.criteria).find((x) => x.ruleSet === col.ruleSet && x.id === col.id)?.title ?? ""}`;
  });
  for (const row of rows) {
    if (!isSite(row)) {
      const r = ws.addRow([row.name, row.file, ...new Array(fixed.length - 2 + cols.length + 2).fill(null), row.error]);
      r.getCell(r.cellCount).font = { color: { argb: colours.failFont } };
      continue;
    }
    const f = row.figures;
    const r = ws.addRow([
      row.name, row.file, row.roles.map((x) => ROLE_WORDS[lang][x]).join(", "),
      row.period.from ? new Date(`${row.period.from}T00:00:00Z`) : null, row.period.to ? new Date(`${row.period.to}T00:00:00Z`) : null,
      f.PUE, f.CER, f.ERF, f.REF, f.WUE, f.ITEU_SV,
      ...cols.map((c) => {
        const x = row.criteria.find((y) => y.ruleSet === c.ruleSet && y.id === c.id);
        return x ? sw[x.status] : null;
      }),
      row.open, row.overwritten, null,
    ]);
    cols.forEach((c, i) => {
      const x = row.criteria.find((y) => y.ruleSet === c.ruleSet && y.id === c.id);
      if (!x || x.status === "not_applicable") return;
      const cell = r.getCell(fixed.length + 1 + i);
      cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: FILL[x.status] } };
      cell.font = { color: { argb: FONT[x.status] } };
      if (x.message) cell.note = x.message.slice(0, 1000);
    });
  }
  const formats: Record<number, string> = { 4: "yyyy-mm-dd", 5: "yyyy-mm-dd", 6: "0.00", 7: "0.00", 8: "0.000", 9: "0.0%", 10: "0.000", 11: "0.0%" };
  for (const [n, numFmt] of Object.entries(formats)) ws.getColumn(Number(n)).numFmt = numFmt;
  ws.getColumn(1).width = 28;
  ws.getColumn(2).width = 24;
  ws.getColumn(3).width = 22;
  ws.getColumn(4).width = 11;
  ws.getColumn(5).width = 11;
  ws.getColumn(fixed.length + cols.length + 3).width = 60;

  const rm = wb.addWorksheet(w.sheetRoadmap);
  head(rm, [w.from, w.site, w.file, w.ruleSet, w.criterion, w.figure, w.limit, w.value, w.met]);
  for (const e of roadmap) {
    const r = rm.addRow([new Date(`${e.from}T00:00:00Z`), e.name, e.file, shortLabel(e.ruleSet, lang), e.id, e.figure, typeof e.limit === "number" ? `${e.comparison} ${e.limit}` : e.limit, e.value, e.met === null ? null : e.met ? w.yes : w.no]);
    if (e.met !== null) {
      const status = e.met ? "pass" : "fail";
      r.getCell(9).fill = { type: "pattern", pattern: "solid", fgColor: { argb: FILL[status] } };
      r.getCell(9).font = { color: { argb: FONT[status] } };
    }
  }
  rm.getColumn(1).numFmt = "yyyy-mm-dd";
  [12, 28, 24, 30, 16, 12, 20, 12, 10].forEach((width, i) => (rm.getColumn(i + 1).width = width));

  const tot = wb.addWorksheet(w.sheetTotals);
  head(tot, [w.totals, w.value]);
  tot.addRow([w.sites, totals.sites]);
  tot.addRow([w.error, totals.unread]);
  tot.addRow([`${w.energy} (kWh)`, totals.energyKwh]).getCell(2).numFmt = "#,##0";
  tot.addRow([`${w.itEnergy} (kWh)`, totals.itEnergyKwh]).getCell(2).numFmt = "#,##0";
  tot.addRow([w.pue, totals.PUE]).getCell(2).numFmt = "0.00";
  tot.addRow([w.renewable, totals.renewableShare]).getCell(2).numFmt = "0.0%";
  tot.addRow([w.open, totals.open]);
  tot.addRow([w.overwritten, totals.overwritten]);
  tot.addRow([]);
  const h = tot.addRow([w.sitesMet, sw.pass, sw.fail, sw.missing, sw.not_applicable]);
  h.font = { bold: true };
  for (const c of totals.criteria) tot.addRow([`${shortLabel(c.ruleSet, lang)} ${c.id}: ${c.title}`, c.pass, c.fail, c.missing, c.not_applicable]);
  tot.getColumn(1).width = 60;
  tot.getColumn(2).width = 16;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function portfolioCommand(args: string[], io: Io): Promise<number> {
  const p = parseArgs("portfolio", args, ["json", "force"], ["out", "lang", "rules", "as-of"]);
  if (!p.positional.length) throw new UsageError(USAGE);
  const lang = language("portfolio", p.values.get("lang"));
  const choice = ruleChoice("portfolio", p.values.get("rules"), p.values.get("as-of"));
  const out = p.values.get("out");
  const force = p.flags.has("force");
  const files = portfolioFiles(p.positional);
  if (!files.length) throw new UsageError(`deuz portfolio: ${lang === "de" ? "keine .xlsx-Datei in" : "no .xlsx file in"} ${p.positional.join(", ")}`);
  if (out) {
    if (files.some((f) => sameFile(out, f))) throw new UsageError("deuz portfolio: --out must name a new file; the inputs are never written");
    checkTarget("portfolio", out, force, lang);
  }
  // one after another, each workbook released (its garbage collected, gc.ts) before the next is read, each site
  // written as soon as it is read and only counted (TotalsTally) and its dated requirements kept: memory does not
  // grow with the number of sites.
  // Only --out keeps the rows (detached, a few KB each), for the workbook it writes.
  const json = p.flags.has("json");
  const asOf = toIsoDate(choice.asOf);
  const tally = new TotalsTally();
  const dated: PortfolioRoadmapEntry[] = [];
  const rows: PortfolioRow[] = [];
  let anyOpen = false;
  if (json) io.out(jsonHead(asOf));
  for (const [i, file] of files.entries()) {
    const row = await siteRow(file, choice, lang);
    tally.add(row);
    dated.push(...siteRoadmap(row));
    if (isSite(row) && row.open > 0) anyOpen = true;
    if (out) rows.push(row);
    io.out(json ? jsonSite(row, i === 0) : siteText(row, lang));
    // the earlier workbooks' garbage collected when the heap has grown (gc.ts): the peak is one check's, whatever their number
    if (files.length > 1) collectGarbage();
  }
  const totals = tally.totals();
  const roadmap = byDate(dated);
  io.out(json ? jsonTail(totals, roadmap) : totalsText(totals, roadmap, lang));
  if (!totals.sites) {
    io.err(`deuz portfolio: ${WORDS[lang].none}\n`);
    return 2;
  }
  if (out) {
    writeOutput("portfolio", out, await workbookOf(rows, totals, roadmap, lang), force, lang);
    if (!p.flags.has("json")) io.out(`${WORDS[lang].written}: ${out}\n`);
  }
  return totals.unread || totals.overwritten || anyOpen ? 1 : 0;
}
