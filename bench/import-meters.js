/**
 * import_meters_ms (issue 14): `deuz import` of a year of 15-minute data: 700,800 rows (10 meters of Anlage 3.4 ×
 * 2 years of quarter hours, 2025 and 2026: 20 meter-years; the reporting period is 2025, 2026 is read and reported
 * as outside) into the template filled as the example, Anlage 3.4 emptied. Measures the whole command in a child
 * process (read the CSV in chunks, sum into months, write the workbook) and its peak memory.
 * `node bench/import-meters.js` prints one JSON line {name, value, unit, rssMb, rows}; needs `npm run build:cli`.
 * For bench/run.js: `importMeters: () => { const r = require("./import-meters").measure(); record(r.name, r.value, "ms", null, r.note); }`.
 */
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawnSync } = require("child_process");

const root = path.resolve(__dirname, "..");
const lib = (p) => require(path.join(root, "lib", p));

const METERS = ["MP_EVU", "MP_EE", "MP_NEA", "MP_IT2", "MP_KS", "MP_So", "MP_KE", "MP_RZ", "MP_An", "MP_Auskopplung"];

async function prepare(dir) {
  const { buildTemplate } = lib("workbook/template/build.js");
  const { fillCompliant } = lib("workbook/example/scenario.js");
  const { setInput } = lib("workbook/fill.js");
  const { writeBook } = lib("workbook/write.js");
  const { serial } = lib("engine/dates.js");
  const { book } = buildTemplate("de");
  fillCompliant(book, "de");
  for (const name of ["Monat", ...METERS, "Wasser_m3", "Strom_erneuerbar_kWh"]) {
    const n = book.names.find((x) => x.name === name);
    for (let r = 0; r < n.rows; r++) setInput(book, name, null, r);
  }
  setInput(book, "Berichtszeitraum_Beginn", serial("2025-01-01"));
  setInput(book, "Berichtszeitraum_Ende", serial("2025-12-31"));
  setInput(book, "Antragsdatum", serial("2026-03-15"));
  const into = path.join(dir, "Vorlage.xlsx");
  fs.writeFileSync(into, await writeBook(book, { lang: "de" }));
  // the CSV as a German export writes it: local time, ';', decimal comma, written in pieces
  const { monthStart, monthKey, berlinOffset } = lib("workbook/import/time.js");
  const csv = path.join(dir, "lastgang.csv");
  const fd = fs.openSync(csv, "w");
  fs.writeSync(fd, "Zeitstempel;Zähler;Wert [kWh]\n");
  const two = (n) => String(n).padStart(2, "0");
  let rows = 0;
  for (let t = monthStart(monthKey(2025, 1)), k = 0; t < monthStart(monthKey(2027, 1)); t += 900_000, k++) {
    const d = new Date(t + berlinOffset(t) * 60_000);
    const stamp = `${two(d.getUTCDate())}.${two(d.getUTCMonth() + 1)}.${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
    let chunk = "";
    METERS.forEach((m, i) => {
      chunk += `${stamp};${m};${(10 + i * 3 + (k % 96) / 8).toFixed(3).replace(".", ",")}\n`;
      rows++;
    });
    fs.writeSync(fd, chunk);
  }
  fs.closeSync(fd);
  return { into, csv, rows };
}

/** Runs the command once in a child and gives its wall time (ms) and peak RSS (MB). */
function once(csv, into, out) {
  const script = `
    const { main } = require(${JSON.stringify(path.join(root, "lib/cli/main.js"))});
    const t = process.hrtime.bigint();
    main(["import", ${JSON.stringify(csv)}, "--into", ${JSON.stringify(into)}, "--out", ${JSON.stringify(out)}, "--json"], { out: () => {}, err: (e) => process.stderr.write(e), readStdin: async () => "" })
      .then((code) => { process.stdout.write(JSON.stringify({ code, ms: Number(process.hrtime.bigint() - t) / 1e6, rssMb: process.resourceUsage().maxRSS / 1024 })); });`;
  const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
  if (r.status !== 0 || !r.stdout) throw new Error(`import failed: ${r.stderr}`);
  const res = JSON.parse(r.stdout);
  if (res.code !== 0) throw new Error(`deuz import exited ${res.code}: ${r.stderr}`);
  return res;
}

async function measure() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "deuz-bench-import-"));
  try {
    const { into, csv, rows } = await prepare(dir);
    const runs = [0, 1, 2].map((i) => once(csv, into, path.join(dir, `out-${i}.xlsx`)));
    const best = runs.reduce((a, b) => (b.ms < a.ms ? b : a));
    const mb = fs.statSync(csv).size / 2 ** 20;
    return { name: "import_meters_ms", value: Math.round(best.ms), unit: "ms", rssMb: Math.round(Math.max(...runs.map((r) => r.rssMb))), rows, note: `${rows.toLocaleString("en")} rows, ${mb.toFixed(0)} MB CSV, best of 3, peak RSS ${Math.round(Math.max(...runs.map((r) => r.rssMb)))} MB` };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

module.exports = { measure };

if (require.main === module) {
  measure().then((r) => console.log(JSON.stringify(r)), (e) => {
    console.error(`bench: ${e.message}`);
    process.exit(2);
  });
}
