#!/usr/bin/env node
/**
 * `deuz portfolio` over many workbooks (issue 16): "200 workbooks of the example's size within about twice the time
 * of checking them one by one, and peak memory that does not grow with their number". Not in the test run.
 *
 *   npm run build:cli && node bench/portfolio.js [N=200] [SMALL=20]    a table of the figures
 *   node bench/run.js portfolio                                        the same figures with their budgets
 *
 * The workbooks are made here, in a temporary directory removed afterwards: the example (`deuz template --example`,
 * with the law's sheet) copied SMALL and N times. For each directory a process of its own loads the command line,
 * checks one workbook to warm up, then runs `deuz portfolio DIR --json` in that process (output counted, not
 * kept) and reads its peak RSS (process.resourceUsage().maxRSS) right after, and then checks the same files one by
 * one (`deuz check FILE --json`) in the same process: the in-process comparison. Beside it, SMALL separate
 * `deuz check` processes against one `deuz portfolio` process over the same SMALL files.
 */
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const root = path.resolve(__dirname, "..");
const deuz = path.join(root, "bin/deuz.js");

/** In a child process: warm up, the portfolio in-process with its peak RSS, then the single checks in-process. */
async function child(dir, outFile) {
  const { main } = require(path.join(root, "lib/cli/main.js"));
  let bytes = 0;
  const io = { out: (t) => (bytes += t.length), err: () => undefined, readStdin: async () => "" };
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".xlsx")).sort().map((f) => path.join(dir, f));
  await main(["check", files[0], "--json"], io);
  const rssBefore = process.resourceUsage().maxRSS / 1024;
  let t = process.hrtime.bigint();
  const code = await main(["portfolio", dir, "--json"], io);
  const portfolioMs = Number(process.hrtime.bigint() - t) / 1e6;
  const rss = process.resourceUsage().maxRSS / 1024;
  const jsonBytes = bytes;
  t = process.hrtime.bigint();
  for (const f of files) await main(["check", f, "--json"], io);
  const checksMs = Number(process.hrtime.bigint() - t) / 1e6;
  fs.writeFileSync(outFile, JSON.stringify({ n: files.length, code, portfolioMs, checksMs, rss, rssBefore, jsonBytes }));
}

function inProcess(dir) {
  const out = path.join(dir, "..", `${path.basename(dir)}.json`);
  const r = spawnSync(process.execPath, [__filename, "--child", dir, out], { encoding: "utf8", maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`bench/portfolio.js --child ${dir}: exit ${r.status}: ${r.stderr}`);
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
    const a = inProcess(dSmall);
    const b = inProcess(dMany);
    for (const m of [a, b]) if (m.code !== 0 && m.code !== 1) throw new Error(`deuz portfolio over ${m.n}: exit ${m.code}`);
    const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
    record("portfolio_peak_rss_growth_mb", b.rss - a.rss, "MB", 20,
      `peak RSS of deuz portfolio --json in its own process: ${n} workbooks ${Math.round(b.rss)} MB, ${small} workbooks ${Math.round(a.rss)} MB (after one warm-up check: ${Math.round(a.rssBefore)}/${Math.round(b.rssBefore)} MB)`);
    record("portfolio_time_ratio_vs_checks_in_process", b.portfolioMs / b.checksMs, "x", 2,
      `${n} workbooks: portfolio ${s(b.portfolioMs)} (${Math.round(b.portfolioMs / n)} ms each), ${n} × deuz check --json in the same process ${s(b.checksMs)}; at ${small}: ${(a.portfolioMs / a.checksMs).toFixed(2)}`);
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
  if (process.argv[2] === "--child") {
    child(process.argv[3], process.argv[4]).catch((e) => {
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
