#!/usr/bin/env node
/**
 * `deuz portfolio` over many workbooks (issue 16): time and peak memory (max RSS) for N copies of the example
 * against N single `deuz check` runs' worth of work, so that "about twice the time of checking them one by one"
 * and "peak memory that does not grow with their number" can be read off. Not in the test run.
 *
 *   npm run build:cli && node bench/portfolio.js [N=200]
 *
 * It writes the example with the law's data into a temporary directory, links it N times, then runs
 * `deuz portfolio DIR --json` for 10 and for N files and `deuz check` once, each in a process of its own
 * (/usr/bin/time -v for the peak RSS where it exists).
 */
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const N = Number(process.argv[2] ?? 200);
const root = path.resolve(__dirname, "..");
const deuz = path.join(root, "bin/deuz.js");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "deuz-portfolio-bench-"));
const example = path.join(dir, "example.xlsx");
const r0 = spawnSync(process.execPath, [deuz, "template", "--example", "--out", example], { encoding: "utf8" });
if (r0.status !== 0) throw new Error(r0.stderr);

function folder(n) {
  const d = path.join(dir, `n${n}`);
  fs.mkdirSync(d);
  for (let i = 0; i < n; i++) fs.copyFileSync(example, path.join(d, `site-${String(i).padStart(4, "0")}.xlsx`));
  return d;
}

const timeBin = fs.existsSync("/usr/bin/time") ? "/usr/bin/time" : null;
function measure(args) {
  const t = Date.now();
  const r = timeBin
    ? spawnSync(timeBin, ["-v", process.execPath, deuz, ...args], { encoding: "utf8", maxBuffer: 1 << 30 })
    : spawnSync(process.execPath, [deuz, ...args], { encoding: "utf8", maxBuffer: 1 << 30 });
  const ms = Date.now() - t;
  const rss = timeBin ? Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024 : NaN;
  return { ms, rss, status: r.status };
}

const single = measure(["check", example, "--json"]);
const ten = measure(["portfolio", folder(10), "--json"]);
const many = measure(["portfolio", folder(N), "--json"]);
const row = (label, m) => console.log(`${label.padEnd(28)} ${String(m.ms).padStart(8)} ms  ${Number.isNaN(m.rss) ? "     ?" : m.rss.toFixed(0).padStart(6)} MB  exit ${m.status}`);
row("deuz check (1 workbook)", single);
row("deuz portfolio (10)", ten);
row(`deuz portfolio (${N})`, many);
console.log(`per workbook in the portfolio: ${(many.ms / N).toFixed(0)} ms; ${N} single checks would take about ${(single.ms * N / 1000).toFixed(1)} s (process start included)`);
fs.rmSync(dir, { recursive: true, force: true });
