#!/usr/bin/env node
/**
 * `deuz portfolio` over many workbooks (issue 16): "200 workbooks of the example's size within about twice the time
 * of checking them one by one, and peak memory that does not grow with their number". Not in the test run.
 *
 *   npm run build:cli && node bench/portfolio.js [N=200] [SMALL=20]    a table of the figures
 *   node bench/run.js portfolio                                        the same figures with their budgets
 *
 * The workbooks are made here, in a temporary directory removed afterwards: the example (`deuz template --example`,
 * with the law's sheet) copied SMALL and N times. Peak memory: for each directory a process of its own loads the
 * command line, checks one workbook to warm up, runs `deuz portfolio DIR --json` in that process (output counted,
 * not kept) and reads its peak RSS (process.resourceUsage().maxRSS) right after. Time: in one more process the N
 * files in batches of SMALL, each batch as one `deuz portfolio` and checked one by one (`deuz check FILE --json`),
 * in turns: the in-process comparison. Beside it, SMALL separate `deuz check` processes against one
 * `deuz portfolio` process over the same SMALL files.
 */
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const root = path.resolve(__dirname, "..");
const deuz = path.join(root, "bin/deuz.js");

const nullIo = () => ({ out: () => undefined, err: () => undefined, readStdin: async () => "" });
const xlsxIn = (dir) => fs.readdirSync(dir).filter((f) => f.endsWith(".xlsx")).sort().map((f) => path.join(dir, f));
const since = (t) => Number(process.hrtime.bigint() - t) / 1e6;

/** In a child process: one warm-up check, then `deuz portfolio DIR --json` and its peak RSS right after. */
async function childRss(dir, outFile) {
  const { main } = require(path.join(root, "lib/cli/main.js"));
  const files = xlsxIn(dir);
  await main(["check", files[0], "--json"], nullIo());
  const rssBefore = process.resourceUsage().maxRSS / 1024;
  const t = process.hrtime.bigint();
  const code = await main(["portfolio", dir, "--json"], nullIo());
  fs.writeFileSync(outFile, JSON.stringify({ n: files.length, code, ms: since(t), rss: process.resourceUsage().maxRSS / 1024, rssBefore }));
}

/**
 * In a child process: the files in batches of `batch`, each batch once as `deuz portfolio FILE… --json` and once
 * checked one by one (`deuz check FILE --json`), in turns (portfolio first, then the checks first), so that the
 * load of a shared machine, which changes by the minute, weighs on both alike.
 */
async function childRatio(dir, outFile, batch) {
  const { main } = require(path.join(root, "lib/cli/main.js"));
  const files = xlsxIn(dir);
  await main(["check", files[0], "--json"], nullIo());
  let portfolioMs = 0;
  let checksMs = 0;
  const portfolio = async (part) => {
    const t = process.hrtime.bigint();
    await main(["portfolio", ...part, "--json"], nullIo());
    portfolioMs += since(t);
  };
  const checks = async (part) => {
    const t = process.hrtime.bigint();
    for (const f of part) await main(["check", f, "--json"], nullIo());
    checksMs += since(t);
  };
  for (let i = 0; i * batch < files.length; i++) {
    const part = files.slice(i * batch, (i + 1) * batch);
    if (i % 2 === 0) { await portfolio(part); await checks(part); } else { await checks(part); await portfolio(part); }
  }
  fs.writeFileSync(outFile, JSON.stringify({ n: files.length, portfolioMs, checksMs }));
}

function inChild(mode, dir, ...rest) {
  const out = path.join(dir, "..", `${path.basename(dir)}-${mode}.json`);
  const r = spawnSync(process.execPath, [__filename, mode, dir, out, ...rest], { encoding: "utf8", maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`bench/portfolio.js ${mode} ${dir}: exit ${r.status}: ${r.stderr}`);
  return JSON.parse(fs.readFileSync(out, "utf8"));
}

/** Wall time of one `deuz …` process, its output discarded. */
function processMs(args) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [deuz, ...args], { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
  if (r.status !== 0 && r.status !== 1) throw new Error(`deuz ${args.join(" ")}: exit ${r.status}: ${r.stderr}`);
  return Number(process.hrtime.bigint() - t) / 1e6;
}

/** Measures SMALL and N workbooks; `record(name, value, unit, budget, note)` as bench/run.js records. */
function benchPortfolio(record, n = 200, small = 20) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "deuz-portfolio-bench-"));
  try {
    const example = path.join(dir, "example.xlsx");
    const made = spawnSync(process.execPath, [deuz, "template", "--example", "--out", example], { encoding: "utf8" });
    if (made.status !== 0) throw new Error(`deuz template --example: ${made.stderr}`);
    const folder = (k) => {
      const d = path.join(dir, `n${k}`);
      fs.mkdirSync(d);
      for (let i = 0; i < k; i++) fs.copyFileSync(example, path.join(d, `site-${String(i).padStart(4, "0")}.xlsx`));
      return d;
    };
    const dSmall = folder(small);
    const dMany = folder(n);
    const a = inChild("--rss", dSmall);
    const b = inChild("--rss", dMany);
    for (const m of [a, b]) if (m.code !== 0 && m.code !== 1) throw new Error(`deuz portfolio over ${m.n}: exit ${m.code}`);
    const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
    record("portfolio_peak_rss_growth_mb", b.rss - a.rss, "MB", 20,
      `peak RSS of deuz portfolio --json in its own process: ${n} workbooks ${Math.round(b.rss)} MB (${s(b.ms)}), ${small} workbooks ${Math.round(a.rss)} MB (after one warm-up check: ${Math.round(a.rssBefore)}/${Math.round(b.rssBefore)} MB)`);
    const c = inChild("--ratio", dMany, String(small));
    record("portfolio_time_ratio_vs_checks_in_process", c.portfolioMs / c.checksMs, "x", 2,
      `${n} workbooks in batches of ${small}, in turns in one process: deuz portfolio ${s(c.portfolioMs)} (${Math.round(c.portfolioMs / n)} ms each), deuz check --json one by one ${s(c.checksMs)} (${Math.round(c.checksMs / n)} ms each)`);
    // separate processes: every `deuz check` starts Node and loads the engine again
    const portfolioProcess = processMs(["portfolio", dSmall, "--json"]);
    let checks = 0;
    for (const f of fs.readdirSync(dSmall).sort()) checks += processMs(["check", path.join(dSmall, f), "--json"]);
    record("portfolio_time_ratio_vs_check_processes", portfolioProcess / checks, "x", null,
      `${small} workbooks: one deuz portfolio process ${s(portfolioProcess)}, ${small} deuz check processes ${s(checks)} (${Math.round(checks / small)} ms each)`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = { benchPortfolio };

if (require.main === module) {
  if (process.argv[2] === "--rss" || process.argv[2] === "--ratio") {
    const [mode, dir, out, batch] = process.argv.slice(2);
    (mode === "--rss" ? childRss(dir, out) : childRatio(dir, out, Number(batch))).catch((e) => {
      console.error(e.stack);
      process.exit(2);
    });
  } else {
    if (!fs.existsSync(path.join(root, "lib/cli/main.js"))) {
      console.error("bench/portfolio.js: lib/cli/main.js is missing: run npm run build:cli first");
      process.exit(2);
    }
    const rows = [];
    benchPortfolio((name, value, unit, budget, note) => rows.push({ name, value, unit, budget, note }), Number(process.argv[2] ?? 200), Number(process.argv[3] ?? 20));
    for (const r of rows) console.log(`${r.name} ${r.value.toFixed(2)} ${r.unit} (budget ${r.budget})  ${r.note}`);
  }
}
