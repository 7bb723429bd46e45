/**
 * import_cpu_ratio_vs_duckdb and import_cpu_peak_rss_mb (issue 14): a year of hourly CPU utilisation for 5,000
 * servers (43.8 million rows, about 1.4 GB of CSV, generated here into a temporary directory and deleted after; never
 * in tests) reduced to the monthly mean per server, by `deuz import`'s reader (src/workbook/import/source.ts readCsv:
 * decode, parse, sum per server and month, streamed in 1 MB chunks) and by DuckDB's CSV reader doing the same
 * aggregation (@duckdb/node-api, a development dependency for this benchmark only; its extensions neither installed
 * nor loaded, so nothing is downloaded), side by side, each in its own child process. The ratio is CPU time (user +
 * system) of ours over DuckDB's: on the shared two-core machine wall time says more about the neighbours, and DuckDB
 * runs on both cores where ours runs on one. Peak RSS is the child's VmHWM. The means are compared: the same servers,
 * months and values (to 1e-9).
 *
 * `node bench/import-cpu.js` prints one JSON line; BENCH_CPU_SERVERS=200 measures a smaller year (1.75 M rows).
 * Needs `npm run build:cli`. Budget: ratio ≤ 3.0, peak RSS ≤ 300 MB.
 */
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");

const root = path.resolve(__dirname, "..");
const SERVERS = Number(process.env.BENCH_CPU_SERVERS || 5000);

/** The CSV a monitoring system exports: one line per server and hour, German wall-clock time, fractions. */
function generate(file) {
  const { berlinOffset } = require(path.join(root, "lib/workbook/import/time.js"));
  const fd = fs.openSync(file, "w");
  fs.writeSync(fd, "host,timestamp,cpu_util\n");
  const ids = Array.from({ length: SERVERS }, (_, i) => `SRV-${String(i + 1).padStart(5, "0")}`);
  const two = (n) => String(n).padStart(2, "0");
  let rows = 0;
  // every hour of 2025 in UTC, written as German time (the October hour twice, as exports write it)
  for (let t = Date.UTC(2024, 11, 31, 23), h = 0; t < Date.UTC(2025, 11, 31, 23); t += 3_600_000, h++) {
    const d = new Date(t + berlinOffset(t) * 60_000);
    const stamp = `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())} ${two(d.getUTCHours())}:00`;
    let chunk = "";
    for (let s = 0; s < SERVERS; s++) {
      chunk += `${ids[s]},${stamp},${(((s * 7919 + h * 104729) % 1000) / 1000).toFixed(3)}\n`;
      if (chunk.length > 1 << 20) {
        fs.writeSync(fd, chunk);
        chunk = "";
      }
    }
    fs.writeSync(fd, chunk);
    rows += SERVERS;
  }
  fs.closeSync(fd);
  return rows;
}

/** A script run in a child: prints {ms, cpuMs, rssMb, means} where means maps "server month" to the mean. */
function child(body) {
  const script = `
    const measured = async (work) => {
      const t = process.hrtime.bigint();
      const means = await work();
      const ms = Number(process.hrtime.bigint() - t) / 1e6;
      const u = process.resourceUsage();
      const hwm = Number(/VmHWM:\\s*(\\d+)/.exec(require("fs").readFileSync("/proc/self/status", "utf8"))[1]);
      process.stdout.write(JSON.stringify({ ms, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, rssMb: hwm / 1024, means }));
    };
    ${body}`;
  const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", maxBuffer: 1 << 30, cwd: root });
  if (r.status !== 0 || !r.stdout) throw new Error(`child failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout);
}

const ours = (csv) => child(`
  const { readCsv } = require(${JSON.stringify(path.join(root, "lib/workbook/import/source.js"))});
  const { monthText } = require(${JSON.stringify(path.join(root, "lib/workbook/import/time.js"))});
  measured(async () => {
    const found = await readCsv(${JSON.stringify(csv)}, {});
    const means = {};
    for (const d of found.devices) for (const [k, v] of d.months) means[d.id + " " + monthText(k)] = v;
    return means;
  });`);

const duck = (csv) => child(`
  const { DuckDBInstance } = require("@duckdb/node-api");
  measured(async () => {
    // no extension installed or loaded: nothing is downloaded
    const db = await DuckDBInstance.create(":memory:", { autoinstall_known_extensions: "false", autoload_known_extensions: "false" });
    const c = await db.connect();
    const r = await c.runAndReadAll(\`SELECT host, strftime(timestamp, '%Y-%m') AS month, avg(cpu_util) AS mean
      FROM read_csv(${JSON.stringify(csv).replace(/"/g, "'")}, header = true, columns = {'host': 'VARCHAR', 'timestamp': 'TIMESTAMP', 'cpu_util': 'DOUBLE'})
      GROUP BY ALL\`);
    const means = {};
    for (const [host, month, mean] of r.getRows()) means[host + " " + month] = mean;
    return means;
  });`);

function measure() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "deuz-bench-cpu-"));
  try {
    const csv = path.join(dir, "cpu.csv");
    const rows = generate(csv);
    const mb = fs.statSync(csv).size / 2 ** 20;
    const a = ours(csv);
    const b = duck(csv);
    const keys = Object.keys(b.means);
    const differ = keys.filter((k) => !(Math.abs(a.means[k] - b.means[k]) <= 1e-9)).length + Math.abs(Object.keys(a.means).length - keys.length);
    if (differ) throw new Error(`the means differ in ${differ} of ${keys.length} server-months`);
    const ratio = a.cpuMs / b.cpuMs;
    const note = `${rows.toLocaleString("en")} rows (${SERVERS} servers × hours of 2025), ${mb.toFixed(0)} MB CSV; deuz ${Math.round(a.ms)} ms wall, ${Math.round(a.cpuMs)} ms CPU, ${Math.round(a.rssMb)} MB; DuckDB ${Math.round(b.ms)} ms wall, ${Math.round(b.cpuMs)} ms CPU, ${Math.round(b.rssMb)} MB; ${keys.length} server-months equal`;
    return { ratio, rssMb: a.rssMb, rows, note };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = { measure };

if (require.main === module) {
  const r = measure();
  process.stdout.write(JSON.stringify({ name: "import_cpu_ratio_vs_duckdb", value: Math.round(r.ratio * 100) / 100, unit: "x", budget: 3, peakRssMb: Math.round(r.rssMb), rssBudgetMb: 300, note: r.note }) + "\n");
}
