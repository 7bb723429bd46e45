/**
 * Seeded mutation test of the command line (issue 11; docs/security.md): mutants of the example workbook, made from
 * its XML and its zip, each run through `deuz check` (and every third through `check --out --freeze` and `upgrade`)
 * in a child process with --max-old-space-size=1024. Every run must exit 0, 1 or 2, print no JavaScript error, stay
 * under 1 GB resident and 10 s of CPU, leave the input as it was and write only well-formed XML. Not part of the
 * default test run (it takes some 20 minutes on a loaded machine).
 *
 *   npm run build:cli && node bench/mutate.js [--count 300] [--seed 11] [--bin bin/deuz.js]
 *
 * Prints the counts per outcome and every mutant that broke a rule (with its seed and mutation, to make it again).
 */
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const crypto = require("crypto");
const { spawnSync } = require("child_process");
const JSZip = require("jszip");
const { SaxesParser } = require("saxes");

const root = path.resolve(__dirname, "..");
const option = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
};
const COUNT = Number(option("count", 300));
const SEED = Number(option("seed", 11));
const BIN = path.resolve(option("bin", path.join(root, "bin/deuz.js")));
const { writeExample } = require(path.join(path.dirname(BIN), "../lib/workbook/assets.js"));

/** mulberry32 (the example's generator): the same mutants for the same seed on every machine. */
const { seeded: random } = require(path.join(path.dirname(BIN), "../lib/workbook/example/random.js"));

const FORMULAS = [
  "SUM(B:B)", "SUM(A:XFD)", "XFD1048576+B:B", "SUM(1:1048576)", "SUM(TRANSPOSE(A1:A1048576))", "COUNTA(A:A)",
  "DEUZ.PUE(B1:B1000000,C1:C1000000)", "DEUZ.PUE(SUM(B:B),SUM(E:E))", "SUMPRODUCT(A1:A1048576,B1:B1048576)",
  "VLOOKUP(1,A:XFD,2,FALSE)", "MATCH(1,A:A,0)", "INDEX(A:A,1048576)", "OFFSET(A1,0,0,1048576,1)", "SUM(OFFSET(A1,0,0,100000,100))",
  "INDIRECT(\"A1:XFD1048576\")", "ROWS(A:A)", "E20", "E20+1", "#REF!+1", "1/0", "REPT(\"x\",32767)", "REPT(\"x\",40000)",
  Array(1500).fill("1").join("+"), "(".repeat(200) + "1" + ")".repeat(200), "SUM(".repeat(70) + "1" + ")".repeat(70),
  "DEUZ.PUE(", "\"unclosed", "DATE(10000,1,1)", "DEUZ.PUE.LIMIT(\"0001-01-01\")", "DEUZ.PUE.LIMIT(-1)", "_xlfn.XLOOKUP(1,A:A,B:B)",
  "LET(x,1,x)", "LAMBDA(x,x)(1)", "SUM('Anlage 4.1'!A:A)", "'Fehlt'!A1", "Stammdaten!B4&Stammdaten!B4", "CHAR(27)&\"[2J\"",
  "SEQUENCE(1048576)", "MMULT(A1:A1000,B1:B1000)", "IF(1,SUM(A:A),0)",
];
const TEXTS = ["_x001B_]0;x_x0007_", "_xFFFE_", "_xD800_", "&#0;", "&#xFFFF;", "\u0001", "x".repeat(32767), "x".repeat(32768), "]]>", "&amp;lt;", "\u202Eevil", "𝕏"];

/** One mutation of the example's parts, chosen by `rnd`; returns a label. */
function mutate(parts, names, rnd) {
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const sheets = names.filter((n) => /worksheets\/sheet\d+\.xml$/.test(n));
  const sheet = pick(sheets);
  const xml = parts.get(sheet);
  const kind = Math.floor(rnd() * 12);
  const at = Math.floor(rnd() * xml.length);
  switch (kind) {
    case 0: { // a formula typed into a cell that holds a value
      const cells = [...xml.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)>(<v>[^<]*<\/v>)<\/c>/g)];
      if (!cells.length) return "none";
      const c = pick(cells);
      const f = pick(FORMULAS);
      parts.set(sheet, xml.replace(c[0], `<c r="${c[1]}"${c[2].replace(/\s*t="[^"]*"/, "")}><f>${f.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")}</f></c>`));
      return `formula ${sheet} ${c[1]} ${f.slice(0, 40)}`;
    }
    case 1: { // a value far out
      const ref = pick(["XFD1", "XFD20000", "XFD1048576", "A1048576", "AAA500000"]);
      parts.set(sheet, xml.replace("</sheetData>", `<row r="${ref.replace(/^[A-Z]+/, "")}"><c r="${ref}"><v>1</v></c></row></sheetData>`));
      return `far ${sheet} ${ref}`;
    }
    case 2: { // a data validation or a merge over a large area
      const sqref = pick(["A1:XFD1048576", "C:C", "A:A B:B", "1:1048576", "B2:B1048576"]);
      const el = rnd() < 0.7 ? `<dataValidations count="1"><dataValidation type="list" sqref="${sqref}"><formula1>"a,b"</formula1></dataValidation></dataValidations>` : `<mergeCells count="1"><mergeCell ref="${sqref.split(" ")[0]}"/></mergeCells>`;
      parts.set(sheet, xml.includes("<dataValidations") ? xml.replace(/<dataValidations[^>]*>/, (m) => m + el.replace(/<\/?dataValidations[^>]*>/g, "")) : xml.replace("</sheetData>", "</sheetData>" + el));
      return `span ${sheet} ${sqref}`;
    }
    case 3: { // text with escapes or characters XML forbids
      const t = pick(TEXTS);
      const ss = parts.get("xl/sharedStrings.xml");
      const n = Math.floor(rnd() * 300);
      let i = 0;
      parts.set("xl/sharedStrings.xml", ss.replace(/<si><t([^>]*)>([^<]*)<\/t><\/si>/g, (m, a, v) => (i++ === n ? `<si><t${a}>${v}${t}</t></si>` : m)));
      return `text #${n} ${JSON.stringify(t.slice(0, 20))}`;
    }
    case 4: { // a shared-string index changed
      const v = pick(["99999", "-1", "1e9", "", "x"]);
      parts.set(sheet, xml.replace(/(t="s"[^>]*><v>)\d+/, `$1${v}`));
      return `sst-index ${sheet} ${v}`;
    }
    case 5: // a part cut off
      parts.set(sheet, xml.slice(0, at));
      return `cut ${sheet} at ${at}`;
    case 6: { // bytes deleted or repeated
      const len = 1 + Math.floor(rnd() * 200);
      parts.set(sheet, rnd() < 0.5 ? xml.slice(0, at) + xml.slice(at + len) : xml.slice(0, at) + xml.slice(at, at + len).repeat(3) + xml.slice(at + len));
      return `bytes ${sheet} at ${at} len ${len}`;
    }
    case 7: { // a defined name twice, or a sheet name twice
      const wb = parts.get("xl/workbook.xml");
      if (rnd() < 0.5) {
        const names = [...wb.matchAll(/<definedName name="([^"]+)">([^<]+)</g)];
        const n = pick(names);
        parts.set("xl/workbook.xml", wb.replace("</definedNames>", `<definedName name="${rnd() < 0.5 ? n[1] : n[1].toUpperCase()}">${n[2]}</definedName></definedNames>`));
        return `dup-name ${n[1]}`;
      }
      const list = [...wb.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1]);
      const [a, b] = [pick(list), pick(list)];
      parts.set("xl/workbook.xml", wb.replace(`name="${a}"`, `name="${b}"`));
      return `dup-sheet ${a}->${b}`;
    }
    case 8: { // a row or cell reference out of range
      const r = pick(["0", "1048577", "-5", "99999999999", "abc", ""]);
      parts.set(sheet, xml.replace(/<row r="\d+"/, `<row r="${r}"`));
      return `row-ref ${sheet} ${r}`;
    }
    case 9: { // a numeric character reference or entity
      const e = pick(["&#0;", "&#xFFFE;", "&#1114112;", "&bogus;", "&#x1F;", "<!DOCTYPE x>", "<![CDATA[x]]>"]);
      parts.set(sheet, xml.replace(/<v>([^<]*)<\/v>/, `<v>$1${e}</v>`));
      return `entity ${sheet} ${e}`;
    }
    case 10: { // the workbook's own parts
      const wb = parts.get("xl/workbook.xml");
      const cut = Math.floor(rnd() * wb.length);
      parts.set("xl/workbook.xml", rnd() < 0.5 ? wb.slice(0, cut) : wb.replace(/date1904="[^"]*"|<workbookPr/, '<workbookPr date1904="1"'));
      return `workbook ${cut}`;
    }
    default: { // a text cell quoted in a message made very long or hostile
      parts.set(sheet, xml.replace(/<c r="([A-Z]+\d+)"([^>]*?) t="s"><v>\d+<\/v><\/c>/, `<c r="$1"$2 t="inlineStr"><is><t>${pick(TEXTS)}</t></is></c>`));
      return `inline ${sheet}`;
    }
  }
}

/** Zip-level mutations on the written bytes. */
function mutateZip(data, rnd) {
  const kind = Math.floor(rnd() * 4);
  if (kind === 0) return { data: data.subarray(0, Math.floor(rnd() * data.length)), label: "zip truncated" };
  if (kind === 1) {
    const copy = Buffer.from(data);
    for (let i = 0; i < 8; i++) copy[Math.floor(rnd() * copy.length)] ^= 1 << Math.floor(rnd() * 8);
    return { data: copy, label: "zip bits flipped" };
  }
  if (kind === 2) return { data: Buffer.concat([data, Buffer.alloc(Math.floor(rnd() * 8 * 2 ** 20))]), label: "zip padded" };
  // a declared size in the central directory changed
  const copy = Buffer.from(data);
  const cd = copy.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  if (cd > 0) copy.writeUInt32LE(Math.floor(rnd() * 0xffffffff), cd + 24);
  return { data: copy, label: "zip size changed" };
}

function wellFormed(file) {
  return JSZip.loadAsync(fs.readFileSync(file)).then(async (zip) => {
    for (const [name, entry] of Object.entries(zip.files)) {
      if (entry.dir || !/\.(xml|rels|vml)$/.test(name)) continue;
      const parser = new SaxesParser();
      let error;
      parser.on("error", (e) => (error = error || e));
      parser.write(await entry.async("string")).close();
      if (error) return `${name}: ${error.message}`;
    }
    return undefined;
  });
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "deuz-mutate-"));
const preload = path.join(dir, "measure.js");
// the peak resident set of the child itself (VmHWM; maxRSS would count this process's memory at fork) and its CPU time
fs.writeFileSync(preload, `process.on("exit", () => { const fs = require("fs"); const u = process.resourceUsage(); let kb = u.maxRSS; try { kb = Number(/VmHWM:\\s*(\\d+)/.exec(fs.readFileSync("/proc/self/status", "utf8"))[1]); } catch {} fs.writeFileSync(process.env.DEUZ_MEASURE, JSON.stringify({ rssMb: kb / 1024, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 })); });\n`);
const JS_ERROR = /TypeError|RangeError|ReferenceError|Cannot read prop|Maximum call stack|heap out of memory|undefined|at .*\.js:\d+|node:internal/;
const sha = (f) => crypto.createHash("sha256").update(fs.readFileSync(f)).digest("hex");

async function runOne(args, input, out) {
  const measure = path.join(dir, "m.json");
  fs.rmSync(measure, { force: true });
  const before = sha(input);
  const started = Date.now();
  const r = spawnSync(process.execPath, ["--max-old-space-size=1024", "-r", preload, BIN, ...args], { encoding: "utf8", timeout: 120_000, env: { ...process.env, DEUZ_MEASURE: measure } });
  const m = fs.existsSync(measure) ? JSON.parse(fs.readFileSync(measure, "utf8")) : { rssMb: NaN, cpuMs: NaN };
  const problems = [];
  if (r.signal || ![0, 1, 2].includes(r.status)) problems.push(r.signal === "SIGTERM" ? "hang" : `crash ${r.status}/${r.signal}`);
  if (JS_ERROR.test(r.stderr)) problems.push(`js-error ${r.stderr.split("\n")[0].slice(0, 120)}`);
  if (r.status === 2 && r.stderr.trim().split("\n").length !== 1) problems.push("not one line");
  if (m.rssMb >= 1024) problems.push(`rss ${Math.round(m.rssMb)} MB`);
  if (m.cpuMs >= 10_000) problems.push(`cpu ${Math.round(m.cpuMs)} ms`);
  if (sha(input) !== before) problems.push("input changed");
  if (/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/.test(r.stdout + r.stderr)) problems.push("control character printed");
  if (out && fs.existsSync(out)) {
    const bad = await wellFormed(out).catch((e) => `unreadable: ${e.message}`);
    if (bad) problems.push(`ill-formed ${bad}`);
    fs.rmSync(out, { force: true });
  }
  return { status: r.status, problems, ms: Date.now() - started, ...m };
}

(async () => {
  const example = await writeExample("de");
  const base = await JSZip.loadAsync(example);
  const names = Object.keys(base.files).filter((n) => !base.files[n].dir);
  const original = new Map();
  for (const n of names) if (/\.(xml|rels)$/.test(n)) original.set(n, await base.file(n).async("string"));
  const counts = { runs: 0, exit0: 0, exit1: 0, exit2: 0, broken: 0 };
  const failures = [];
  const started = Date.now();
  for (let i = 0; i < COUNT; i++) {
    const rnd = random(SEED * 100_003 + i);
    const parts = new Map(original);
    const labels = [];
    const edits = 1 + Math.floor(rnd() * 2);
    for (let k = 0; k < edits; k++) labels.push(mutate(parts, names, rnd));
    const zip = await JSZip.loadAsync(example);
    for (const [n, text] of parts) if (original.get(n) !== text) zip.file(n, text);
    let data = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
    if (rnd() < 0.1) {
      const z = mutateZip(data, rnd);
      data = z.data;
      labels.push(z.label);
    }
    const file = path.join(dir, `mutant-${i}.xlsx`);
    fs.writeFileSync(file, data);
    const runs = [["check", file]];
    if (i % 3 === 0) runs.push(["check", file, "--out", path.join(dir, "copy.xlsx"), "--freeze"], ["upgrade", file, "--out", path.join(dir, "new.xlsx")]);
    for (const args of runs) {
      const out = args.includes("--out") ? args[args.indexOf("--out") + 1] : undefined;
      const r = await runOne(args, file, out);
      counts.runs++;
      if ([0, 1, 2].includes(r.status)) counts[`exit${r.status}`]++;
      if (r.problems.length) {
        counts.broken++;
        failures.push({ mutant: i, seed: SEED, labels, command: args[0] + (out ? " --out" : ""), problems: r.problems });
        process.stderr.write(`broken: ${JSON.stringify(failures[failures.length - 1])}\n`);
      }
    }
    fs.rmSync(file, { force: true });
    if ((i + 1) % 25 === 0) process.stderr.write(`${i + 1}/${COUNT} mutants, ${counts.runs} runs, ${counts.broken} broken, ${Math.round((Date.now() - started) / 1000)} s\n`);
  }
  console.log(JSON.stringify({ seed: SEED, mutants: COUNT, ...counts, failures }, null, 2));
  fs.rmSync(dir, { recursive: true, force: true });
  process.exitCode = counts.broken ? 1 : 0;
})();
