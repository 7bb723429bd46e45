/**
 * Structural edits a user or another tool makes to the template, and what `deuz check` (assertTemplate) and
 * `deuz upgrade` (upgradeBook) say about them: what happened and what to do, never "an older version of the
 * template" for a renamed sheet or a deleted name, and never a value left behind in silence.
 */
import fs from "fs";
import path from "path";
import { Book } from "../../src/workbook/book";
import { assertTemplate } from "../../src/workbook/check";
import { UnusableFile } from "../../src/workbook/problems";
import { readBook } from "../../src/workbook/read";
import { renamedSheets } from "../../src/workbook/structure";
import { fillExample } from "../../src/workbook/example/scenario";
import { buildTemplate } from "../../src/workbook/template/build";
import { lawSheet } from "../../src/workbook/template/lawSheet";
import { upgradeBook } from "../../src/workbook/upgrade";

const fixture = fs.readFileSync(path.join(__dirname, "../fixtures/DE-UZ-228-Beispiel-Vorlage-2026-11-22.xlsx"));
/** The example as the current template holds it (built here, so that it is never an older template than the code). */
async function fresh(): Promise<Book> {
  const { book } = buildTemplate("de");
  fillExample(book, "de");
  return book;
}

/** The message of what `act` throws, in both languages. */
function refusal(act: () => unknown): { de: string; en: string } {
  try {
    act();
  } catch (e) {
    expect(e).toBeInstanceOf(UnusableFile);
    return (e as UnusableFile).text;
  }
  throw new Error("nothing was refused");
}

function rename(book: Book, from: string, to: string, { names }: { names: boolean }): void {
  book.sheets.find((s) => s.name === from)!.name = to;
  if (names) for (const n of book.names) if (n.sheet === from) n.sheet = to;
}

function valueAt(book: Book, name: string, row = 0, col = 0): unknown {
  const n = book.names.find((x) => x.name === name)!;
  return book.sheets.find((s) => s.name === n.sheet)!.rows[n.row - 1 + row]?.[n.col - 1 + col]?.value;
}

describe("a renamed sheet", () => {
  test.each([
    ["by a tool that leaves the defined names pointing at the old name", false],
    ["by Excel or LibreOffice, which rename the names along", true],
  ])("%s: check and upgrade say which sheet to rename back", async (_, names) => {
    const book = await fresh();
    rename(book, "Anlage 3.4", "Monatswerte", { names });
    expect(renamedSheets(book, [buildTemplate("de").book])).toEqual([{ found: "Monatswerte", template: "Anlage 3.4" }]);
    const check = refusal(() => assertTemplate(book, "antrag.xlsx"));
    expect(check.de).toBe("antrag.xlsx: Blatt „Monatswerte“ heißt in der Vorlage „Anlage 3.4“: zurückbenennen (Rechtsklick auf den Blattreiter > Umbenennen), dann erneut");
    expect(check.en).toMatch(/^antrag\.xlsx: sheet "Monatswerte" is called "Anlage 3\.4" in the template: rename it back/);
    expect(check.de).not.toMatch(/älteren Version/);
    // the 311 monthly values would be left behind: the move stops instead
    expect(refusal(() => upgradeBook(book, "antrag.xlsx"))).toEqual(check);
  });

  test("Stammdaten renamed is the template with a renamed sheet, not someone else's workbook", async () => {
    const book = await fresh();
    rename(book, "Stammdaten", "Tabelle1", { names: false });
    const check = refusal(() => assertTemplate(book, "antrag.xlsx"));
    expect(check.de).toMatch(/Blatt „Tabelle1“ heißt in der Vorlage „Stammdaten“: zurückbenennen/);
    expect(check.de).not.toMatch(/nicht aus der DE-UZ-228-Vorlage/);
    expect(refusal(() => upgradeBook(book, "antrag.xlsx")).de).toMatch(/Blatt „Tabelle1“ heißt in der Vorlage „Stammdaten“/);
  });

  test("a renamed sheet of the English template is recognised by its English title", async () => {
    const { book } = buildTemplate("en");
    rename(book, "Anlage 4.1", "Servers", { names: false });
    expect(refusal(() => assertTemplate(book, "application.xlsx")).en).toMatch(/sheet "Servers" is called "Anlage 4\.1" in the template/);
  });
});

describe("a deleted defined name", () => {
  test("check names it, its cell and how to restore it; upgrade rebuilds it and carries its value", async () => {
    const book = await fresh();
    const before = valueAt(book, "Anschlussleistung_kW");
    book.names = book.names.filter((n) => n.name !== "Anschlussleistung_kW");
    const check = refusal(() => assertTemplate(book, "antrag.xlsx"));
    expect(check.de).toMatch(/^antrag\.xlsx: der Name „Anschlussleistung_kW“ für Stammdaten!B16 fehlt, Blatt und Zelle sind da: in Excel unter Formeln > Namens-Manager .*„Anschlussleistung_kW“ für Stammdaten!B16 neu anlegen, oder deuz upgrade antrag\.xlsx --out NEU\.xlsx legt die Namen neu an$/);
    expect(check.en).toMatch(/the defined name "Anschlussleistung_kW" for Stammdaten!B16 is missing although its sheet and cell are there: recreate .* Formulas > Name Manager/);
    expect(check.de).not.toMatch(/älteren Version/);
    const moved = upgradeBook(book, "antrag.xlsx");
    expect(moved.restored).toEqual(["Anschlussleistung_kW"]);
    expect(moved.added).toEqual([]);
    expect(valueAt(moved.book, "Anschlussleistung_kW")).toBe(before);
    expect(() => assertTemplate(moved.book, "neu.xlsx")).not.toThrow();
  });

  test("several deleted names: the first, and how many more", async () => {
    const book = await fresh();
    book.names = book.names.filter((n) => !["MP_EVU", "IT_Typ", "Reuse_Vertrag"].includes(n.name));
    expect(refusal(() => assertTemplate(book, "antrag.xlsx")).de).toMatch(/der Name „MP_EVU“ für 'Anlage 3\.4'!B20:B55 fehlt \(\+2 weitere\)/);
  });

  test("a workbook of an earlier template is still that: its new names have no label in place", async () => {
    const old = await readBook(fixture, "alt.xlsx");
    expect(refusal(() => assertTemplate(old, "alt.xlsx")).de).toMatch(/älteren Version der Vorlage.*deuz upgrade alt\.xlsx --out NEU\.xlsx/);
    const moved = upgradeBook(old, "alt.xlsx");
    expect(moved.restored).toEqual([]);
    // issue 13's sheet "Gesetz EnEfG-EU" is new to it as well: its inputs are listed apart, every one of them
    const law = new Set(lawSheet().fields.filter((f) => f.kind !== "formula").map((f) => f.name));
    expect(moved.added.filter((n) => !law.has(n)).sort()).toEqual(["Auskopplung_in_MP_KS", "GPU_CPU_Monitoring", "RZ_zertifiziert", "Vertragsende"]);
    expect(moved.added.filter((n) => law.has(n)).sort()).toEqual([...law].sort());
  });

  test("a field another name has filled is not listed as new", async () => {
    const book = await fresh();
    // MP_EVU gone and its header changed: not recognisable as deleted, but Messwerte (B20:M55) brings its months
    book.names = book.names.filter((n) => n.name !== "MP_EVU");
    book.sheets.find((s) => s.name === "Anlage 3.4")!.rows[18][1] = { value: "Bezug" };
    const evu = valueAt(book, "Messwerte");
    const moved = upgradeBook(book, "antrag.xlsx");
    expect(moved.restored).toEqual([]);
    expect(moved.added).not.toContain("MP_EVU");
    expect(valueAt(moved.book, "MP_EVU")).toBe(evu);
  });
});

describe("names that point at nothing: the move stops, writing nothing", () => {
  test("a name whose cells were deleted (#REF!)", async () => {
    const book = await fresh();
    book.names = book.names.filter((n) => n.name !== "MP_IT2");
    book.unresolved = ["MP_IT2"];
    const check = refusal(() => assertTemplate(book, "antrag.xlsx"));
    expect(check.de).toMatch(/der Name „MP_IT2“ zeigt auf keine Zelle mehr \(#REF!.*gehört er zu 'Anlage 3\.4'!E20:E55.*Namens-Manager/);
    expect(refusal(() => upgradeBook(book, "antrag.xlsx"))).toEqual(check);
  });

  test("a name of one's own pointing at a sheet that does not exist", async () => {
    const book = await fresh();
    book.names.push({ name: "Meine_Notiz", sheet: "Notizen", range: "$A$1", row: 1, col: 1, rows: 1, cols: 1 });
    const message = refusal(() => upgradeBook(book, "antrag.xlsx"));
    expect(message.de).toMatch(/der Name „Meine_Notiz“ zeigt auf das Blatt „Notizen“, das es nicht gibt/);
    expect(refusal(() => assertTemplate(book, "antrag.xlsx"))).toEqual(message);
  });

  test("a sheet of the template deleted: its names point at nothing", async () => {
    const book = await fresh();
    book.sheets = book.sheets.filter((s) => s.name !== "Anlage 4.4");
    const gone = book.names.filter((n) => n.sheet === "Anlage 4.4").map((n) => n.name);
    book.names = book.names.filter((n) => n.sheet !== "Anlage 4.4");
    book.unresolved = gone;
    const check = refusal(() => assertTemplate(book, "antrag.xlsx"));
    expect(check.de).toMatch(/das Blatt „Anlage 4\.4“ der Vorlage fehlt \(gelöscht\?\)/);
    expect(refusal(() => upgradeBook(book, "antrag.xlsx"))).toEqual(check);
  });
});
