/**
 * Hostile files for `deuz check` and `deuz upgrade`, generated here: each exits 2 with one readable line, within
 * 10 s and 1 GB (the process runs with --max-old-space-size=1024), the file is byte for byte unchanged and
 * `upgrade` writes no output file.
 */
import { execFileSync, spawnSync } from "child_process";
import crypto from "crypto";
import fs from "fs";
import os from "os";
import path from "path";
import zlib from "zlib";
import JSZip from "jszip";
import { writeTemplate } from "../../src/workbook/assets";
import { deflatedFlood, entriesOf, rawZip } from "../workbook/rawZip";

const root = path.resolve(__dirname, "../..");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "deuz-hostile-"));
const sha = (file: string) => crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");

beforeAll(() => {
  if (!fs.existsSync(path.join(root, "lib/cli/main.js"))) {
    execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"], { cwd: root });
  }
});

function check(file: string, command: string[] = ["check", file]) {
  const before = sha(file);
  const started = Date.now();
  const r = spawnSync(process.execPath, ["--max-old-space-size=1024", "bin/deuz.js", ...command], { cwd: root, encoding: "utf8", timeout: 10_000 });
  return { status: r.status, stderr: r.stderr, stdout: r.stdout, ms: Date.now() - started, unchanged: sha(file) === before, signal: r.signal };
}

/** The template with one part replaced or added. */
async function templateWith(parts: Record<string, string | Buffer>, file: string): Promise<string> {
  const zip = await JSZip.loadAsync(await writeTemplate("de"));
  for (const [name, content] of Object.entries(parts)) zip.file(name, content);
  const out = path.join(dir, file);
  fs.writeFileSync(out, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return out;
}

/** A zip whose one part inflates to `gigabytes`, built from raw deflate so no gigabytes touch memory. */
function zipBomb(file: string, gigabytes: number): string {
  const size = Math.round(gigabytes * 2 ** 30);
  const deflated = zlib.deflateRawSync(Buffer.alloc(64 * 2 ** 20), { level: 9 });
  // repeat the deflate stream of 64 MB of zeros: store blocks are not needed, a bomb only has to declare the size
  const copies = Math.ceil(size / (64 * 2 ** 20));
  const data = Buffer.concat(Array.from({ length: copies }, () => deflated));
  const name = Buffer.from("xl/sharedStrings.xml");
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(0, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(Math.min(size, 0xffffffff), 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(Math.min(size, 0xffffffff), 24);
  central.writeUInt16LE(name.length, 28);
  const cd = Buffer.concat([central, name]);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(local.length + name.length + data.length, 16);
  const out = path.join(dir, file);
  fs.writeFileSync(out, Buffer.concat([local, name, data, cd, end]));
  return out;
}

/** A zip whose first worksheet inflates to a gigabyte while its central directory declares the template's size. */
async function lyingZipBomb(file: string): Promise<string> {
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
  const template = await writeTemplate("de");
  const declared = (await JSZip.loadAsync(template)).file("xl/worksheets/sheet1.xml")!;
  const size = (await declared.async("nodebuffer")).length;
  const bomb = { name: "xl/worksheets/sheet1.xml", stored: await deflatedFlood(head, 1024, "</sheetData></worksheet>"), method: 8 as const, declared: size };
  const out = path.join(dir, file);
  fs.writeFileSync(out, rawZip(await entriesOf(template, { [bomb.name]: bomb })));
  return out;
}

const cases: [string, () => Promise<string> | string, RegExp][] = [
  ["not a zip", () => { const f = path.join(dir, "text.xlsx"); fs.writeFileSync(f, "Energie: viel\n"); return f; }, /keine \.xlsx-Datei/],
  ["a truncated zip", async () => { const f = path.join(dir, "truncated.xlsx"); const t = await writeTemplate("de"); fs.writeFileSync(f, t.subarray(0, Math.floor(t.length / 2))); return f; }, /beschädigt|nicht gelesen/],
  ["a zip bomb (sharedStrings declared to unpack to 4 GB)", () => zipBomb("bomb.xlsx", 3.9), /entpackt sich zu mehr als/],
  ["a zip bomb that lies (a worksheet declared at its size inflates to 1 GB)", () => lyingZipBomb("liar.xlsx"), /sheet1\.xml entpackt sich zu mehr, als das ZIP-Verzeichnis angibt/],
  ["an XML entity expansion (billion laughs)", () => templateWith({ "xl/sharedStrings.xml": `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol2;</t></si></sst>` }, "laughs.xlsx"), /DOCTYPE\/ENTITY/],
  ["an external entity", () => templateWith({ "xl/sharedStrings.xml": `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&xxe;</t></si></sst>` }, "xxe.xlsx"), /DOCTYPE\/ENTITY/],
  ["a million rows", () => {
    const rows = Array.from({ length: 1_000_000 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join("");
    return templateWith({ "xl/worksheets/sheet1.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:A1000000"/><sheetData>${rows}</sheetData></worksheet>` }, "million.xlsx");
  }, /mehr als 200000 Zeilen/],
  ["a 10 MB cell", () => templateWith({ "xl/sharedStrings.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>${"x".repeat(10 * 2 ** 20)}</t></si></sst>` }, "bigcell.xlsx"), /mehr als 32767 Zeichen/],
  // issue 11: values far apart cost what they hold (XFD1 and A200000 are two cells); a value in XFD in each of
  // 611 rows makes the evaluation walk more than 10 million slots (scan.ts MAX_AREA)
  ["values far out in many rows (XFD in 611 rows: 10 million slots for the evaluation to walk)", () => {
    const far = Array.from({ length: 611 }, (_, i) => `<row r="${i + 1}"><c r="XFD${i + 1}"><v>1</v></c></row>`).join("");
    return templateWith({ "xl/worksheets/sheet16.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${far}</sheetData></worksheet>` }, "far.xlsx");
  }, /hat Werte bis XFD6\d\d, weit außerhalb der Tabellen/],
  ["a workbook made by someone else", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Tabelle1").getCell("A1").value = "Stromzähler";
    wb.getWorksheet("Tabelle1")!.getCell("B1").value = 1300000;
    const out = path.join(dir, "other.xlsx");
    await wb.xlsx.writeFile(out);
    return out;
  }, /nicht aus der DE-UZ-228-Vorlage/],
  ["an OpenDocument spreadsheet (.ods)", async () => {
    const zip = new JSZip();
    zip.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet", { compression: "STORE" });
    zip.file("content.xml", `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>`);
    const out = path.join(dir, "Antrag.ods");
    fs.writeFileSync(out, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    return out;
  }, /Antrag\.ods ist eine OpenDocument-Tabelle \(\.ods\): in LibreOffice: Datei > Speichern unter > Dateityp Excel 2007-365 \(\.xlsx\)/],
];

/** Exit 2 with one readable line, in time, without a crash, the file unchanged. */
function refusedWell(r: ReturnType<typeof check>, message: RegExp): void {
  expect(r.signal).toBeNull();
  expect(r.stderr).toMatch(message);
  expect(r.stderr.trim().split("\n")).toHaveLength(1);
  expect(r.status).toBe(2);
  expect(r.ms).toBeLessThan(10_000);
  expect(r.unchanged).toBe(true);
}

/** Each hostile file is made once, for both commands. */
const made = new Map<string, Promise<string>>();
const once = (name: string, make: () => Promise<string> | string) => {
  if (!made.has(name)) made.set(name, Promise.resolve(make()));
  return made.get(name)!;
};

describe.each(cases)("deuz check on %s", (name, make, message) => {
  test("exits 2 with one readable line, in bounded time and memory, and leaves the file unchanged", async () => {
    const file = await once(name, make);
    refusedWell(check(file), message);
  }, 30_000);
});

describe.each(cases)("deuz upgrade on %s", (name, make, message) => {
  test("exits 2 with one readable line, in bounded time and memory, writes nothing and leaves the file unchanged", async () => {
    const file = await once(name, make);
    const out = path.join(dir, `upgraded-${path.basename(file)}`);
    refusedWell(check(file, ["upgrade", file, "--out", out]), message);
    expect(fs.existsSync(out)).toBe(false);
  }, 30_000);
});

describe("broken formulas in a template workbook", () => {
  /** The template with `formula` in `cell` of `sheet`, with `result` as its cached value when given. */
  async function withFormula(formula: string, file: string, sheet = "Anlage 3.9", cell = "B4", result?: number) {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await writeTemplate("de")) as unknown as ArrayBuffer);
    wb.getWorksheet(sheet)!.getCell(cell).value = { formula, ...(result === undefined ? {} : { result }) } as never;
    const out = path.join(dir, file);
    await wb.xlsx.writeFile(out);
    return out;
  }
  // a formula typed into an input cell must work (with a cached value read from its text, without one evaluated)
  test.each([["without", undefined], ["with", 0]])("circular formulas typed into an input cell exit 2 naming the cell (%s a cached value)", async (_, result) => {
    const r = check(await withFormula("Jahr_Gesamt_kWh/12", `circular-${result}.xlsx`, "Anlage 3.4", "B20", result));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/'Anlage 3\.4'!B20 ergibt #CYCLE!/);
  }, 30_000);
  test("#REF! typed into an input cell exits 2 naming the cell", async () => {
    const r = check(await withFormula("#REF!*2", "ref.xlsx", "Stammdaten", "B16"));
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/Stammdaten!B16 ergibt #(REF|ERROR)!/);
  }, 30_000);
  // since the criteria judge from the inputs, a cell the template computes is the integrity check's (3.1.2): it is
  // listed as not holding the template's formula and the check exits 1; it no longer makes the file unusable
  test.each([["circular", "B4+1"], ["#REF!", "#REF!+1"]])("a %s formula in a cell the template computes is listed (3.1.2), exit 1", async (kind, formula) => {
    const r = check(await withFormula(formula, `computed-${kind === "#REF!" ? "ref" : kind}.xlsx`));
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`'Anlage 3.9'!B4 (PUE_Jahr) enthält die Formel =${formula}`);
  }, 30_000);
});
