/**
 * `deuz check` and `deuz upgrade` on workbooks whose structure was edited: one line in the language of `--lang`
 * (German without it), exit 2, nothing written, the input unchanged; a deleted name is rebuilt by upgrade.
 */
import fs from "fs";
import os from "os";
import path from "path";
import JSZip from "jszip";
import { writeExample } from "../../src/workbook/assets";
import { run, sha } from "./run";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "deuz-structure-"));

/** The example with its workbook.xml edited as another tool would leave it. */
async function exampleWith(edit: (workbookXml: string) => string, file: string): Promise<string> {
  const zip = await JSZip.loadAsync(await writeExample("de"));
  zip.file("xl/workbook.xml", edit(await zip.file("xl/workbook.xml")!.async("string")));
  const out = path.join(dir, file);
  fs.writeFileSync(out, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  return out;
}

/** One line on stderr, exit 2, the file unchanged and (for upgrade) no output written. */
async function refused(argv: string[], file: string, out?: string) {
  const before = sha(file);
  const r = await run(argv);
  expect(r.code).toBe(2);
  expect(r.out).toBe("");
  expect(r.err.trim().split("\n")).toHaveLength(1);
  expect(sha(file)).toBe(before);
  if (out) expect(fs.existsSync(out)).toBe(false);
  return r.err.trim();
}

describe("a sheet renamed by a tool that leaves the defined names pointing at the old name", () => {
  let file: string;
  beforeAll(async () => {
    file = await exampleWith((xml) => xml.replace(/(<sheet\b[^>]*name=")Anlage 3\.4(")/, "$1Monatswerte$2"), "umbenannt.xlsx");
  });

  test("deuz check says which sheet to rename back, in German and with --lang en in English", async () => {
    expect(await refused(["check", file], file)).toBe(`deuz check: ${file}: Blatt „Monatswerte“ heißt in der Vorlage „Anlage 3.4“: zurückbenennen (Rechtsklick auf den Blattreiter > Umbenennen), dann erneut`);
    expect(await refused(["check", file, "--lang", "en"], file)).toBe(`deuz check: ${file}: sheet "Monatswerte" is called "Anlage 3.4" in the template: rename it back (right-click the sheet tab > Rename), then run again`);
  });

  test("deuz upgrade stops with the same line instead of leaving the monthly values out, and writes nothing", async () => {
    const out = path.join(dir, "neu.xlsx");
    expect(await refused(["upgrade", file, "--out", out], file, out)).toMatch(/^deuz upgrade: .*Blatt „Monatswerte“ heißt in der Vorlage „Anlage 3\.4“: zurückbenennen/);
    expect(await refused(["upgrade", file, "--out", out, "--lang", "en"], file, out)).toMatch(/^deuz upgrade: .*sheet "Monatswerte" is called "Anlage 3\.4" in the template/);
  });
});

test("a defined name deleted: check names it and the way back; upgrade rebuilds it and does not list it as new", async () => {
  const file = await exampleWith((xml) => xml.replace(/<definedName name="Anschlussleistung_kW"[^>]*>[^<]*<\/definedName>/, ""), "ohne-name.xlsx");
  expect(await refused(["check", file], file)).toMatch(/der Name „Anschlussleistung_kW“ für Stammdaten!B\d+ fehlt, Blatt und Zelle sind da: .*Formeln > Namens-Manager/);
  const out = path.join(dir, "namen-neu.xlsx");
  const r = await run(["upgrade", file, "--out", out]);
  expect(r.err).toBe("");
  expect(r.code).toBe(0);
  expect(r.out).toMatch(/Gelöschte Namen neu angelegt, ihre Werte übernommen: Anschlussleistung_kW\n/);
  expect(r.out).not.toMatch(/bitte ausfüllen: .*Anschlussleistung_kW/);
  const c = await run(["check", out, "--json"]);
  expect([0, 1]).toContain(c.code);
});

test("an .ods file, and a file that is no ZIP, in the language of --lang", async () => {
  const zip = new JSZip();
  zip.file("mimetype", "application/vnd.oasis.opendocument.spreadsheet", { compression: "STORE" });
  zip.file("content.xml", "<office:document-content/>");
  const ods = path.join(dir, "Antrag.xlsx"); // named .xlsx, but LibreOffice's format inside
  fs.writeFileSync(ods, await zip.generateAsync({ type: "nodebuffer" }));
  expect(await refused(["check", ods, "--lang", "en"], ods)).toBe(`deuz check: ${ods} is an OpenDocument spreadsheet (.ods): in LibreOffice: File > Save As > file type Excel 2007-365 (.xlsx), then give the .xlsx file`);
  expect(await refused(["upgrade", ods, "--out", path.join(dir, "x.xlsx")], ods)).toMatch(/ist eine OpenDocument-Tabelle \(\.ods\): in LibreOffice: Datei > Speichern unter > Dateityp Excel 2007-365 \(\.xlsx\)/);
  const text = path.join(dir, "notiz.xlsx");
  fs.writeFileSync(text, "PUE 1,3");
  const en = await refused(["check", text, "--lang", "en"], text);
  expect(en).toMatch(/is not an \.xlsx file \(not a ZIP archive\)/);
  expect(en).not.toMatch(/keine|ZIP-Archiv/);
  expect(await refused(["check", path.join(dir, "fehlt.xlsx"), "--lang", "en"], text)).toMatch(/fehlt\.xlsx cannot be read \(ENOENT\)$/);
});
