/**
 * `deuz check` on workbooks filled as people fill them (issue 10): values typed as text the way a German energy
 * manager, LibreOffice or a script writes them, end to end through the xlsx file. The status is the engine's,
 * the message names the cell by its address and quotes what it holds. The engine's own table of typed values
 * is test/engine/criteria/typed.test.ts; here the file path is what is tested.
 */
import fs from "fs";
import os from "os";
import path from "path";
import { Book } from "../../src/workbook/book";
import { fillCompliant } from "../../src/workbook/example/scenario";
import { Input, setInput } from "../../src/workbook/fill";
import { buildTemplate } from "../../src/workbook/template/build";
import { writeBook } from "../../src/workbook/write";
import { run } from "./run";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "deuz-typed-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface Criterion {
  id: string;
  status: string;
  cells: string[];
  message: string;
  note?: { cells: string[]; message: string };
}

let count = 0;
async function check(change: (book: Book) => void, lang: "de" | "en" = "de"): Promise<{ code: number; criteria: Record<string, Criterion> }> {
  const { book } = buildTemplate(lang);
  fillCompliant(book, lang);
  change(book);
  const file = path.join(dir, `typed-${count++}.xlsx`);
  // no cached formula results: as a script or LibreOffice without the add-in leaves the computed cells
  fs.writeFileSync(file, await writeBook(book, { lang, cachedResults: false }));
  const { code, out, err } = await run(["check", file, "--json", "--lang", lang]);
  if (code === 2) throw new Error(err);
  const json = JSON.parse(out) as { criteria: Criterion[] };
  return { code, criteria: Object.fromEntries(json.criteria.map((c) => [c.id, c])) };
}

/** A row of Anlage 3.5 beyond the compliant inventory: an R134a chiller of 2020 with 40 kW_th, as typed. */
const chiller = (kind: Input, date: Input, power: Input, refrigerant: Input) => (book: Book) => {
  const row = 30;
  setInput(book, "TGA_Bezeichnung", "Kaltwassersatz 3", row);
  setInput(book, "TGA_Art", kind, row);
  setInput(book, "TGA_Datum", date, row);
  setInput(book, "TGA_Leistung_kW", power, row);
  setInput(book, "TGA_Kaeltemittel", refrigerant, row);
};

/** A customer with 8 kW contracted peak (bound by 3.2.6.1) answering the monthly information with `answer`. */
const customer = (answer: Input) => (book: Book) => {
  setInput(book, "Kunde_Spitzenlast_kW", "8 kW", 3);
  setInput(book, "Kunde_Monatsinfo", answer, 3);
};

describe("deuz check reads what people type (issue 10)", () => {
  test("the compliant workbook meets everything, also without cached formula results", async () => {
    const { code, criteria } = await check(() => undefined);
    expect(code).toBe(0);
    expect(Object.values(criteria).filter((c) => c.status === "fail" || c.status === "missing")).toEqual([]);
  });

  test.each([
    ["text date 01.07.2020", chiller("Kältetechnik", "01.07.2020", 40, "R134a")],
    ["power '40 kW'", chiller("Kältetechnik", 44013, "40 kW", "R134a")],
    ["power '40,0'", chiller("Kältetechnik", 44013, "40,0", "R134a")],
    ["Art 'kältetechnik'", chiller("kältetechnik", 44013, 40, "R134a")],
    ["trade name 'Solkane 134a'", chiller("Kältetechnik", 44013, 40, "Solkane 134a")],
  ])("3.2.9: an R134a chiller of 2020 with 40 kW_th fails with %s", async (_, change) => {
    const { code, criteria } = await check(change);
    expect(code).toBe(1);
    expect(criteria["3.2.9"].status).toBe("fail");
    expect(criteria["3.2.9"].cells).toEqual([expect.stringMatching(/^'Anlage 3\.5'!E\d+$/)]);
  });

  test("3.2.9: a power '40 MW' in the kW column is not read: fehlt, naming the cell and quoting it", async () => {
    const { criteria } = await check(chiller("Kältetechnik", 44013, "40 MW", "R134a"));
    expect(criteria["3.2.9"].status).toBe("missing");
    expect(criteria["3.2.9"].cells[0]).toMatch(/^'Anlage 3\.5'!D\d+$/);
    expect(criteria["3.2.9"].message).toContain(`${criteria["3.2.9"].cells[0]} enthält „40 MW“`);
  });

  test.each(["nein", "NEIN", "Nein ", "keine"])("3.2.6.1: a 40 kW customer informed %j fails", async (word) => {
    const { criteria } = await check(customer(word));
    expect(criteria["3.2.6.1"].status).toBe("fail");
    expect(criteria["3.2.6.1"].cells).toEqual([expect.stringMatching(/^'Anlage 3\.7-3\.8'!C\d+$/)]);
  });

  test("3.2.6.1: 'x' is no answer: fehlt, quoting it", async () => {
    const { criteria } = await check(customer("x"));
    expect(criteria["3.2.6.1"].status).toBe("missing");
    expect(criteria["3.2.6.1"].message).toContain(`${criteria["3.2.6.1"].cells[0]} enthält „x“`);
  });

  test("roles: 'ja' and 'JA' count as Ja; 'x' leaves every criterion fehlt, naming the role", async () => {
    const ja = await check((book) => {
      setInput(book, "Rolle_IT_Betreiber", "ja");
      setInput(book, "Rolle_RZ_Betreiber", "JA");
    });
    expect(ja.criteria["3.3.3"].status).toBe("pass");
    expect(ja.criteria["3.2.7"].status).toBe("pass");
    const x = await check((book) => setInput(book, "Rolle_IT_Betreiber", "x"));
    expect(new Set(Object.values(x.criteria).map((c) => c.status))).toEqual(new Set(["missing"]));
    expect(x.criteria["3.3.3"].message).toContain("„x“");
  });

  test("'Ja ' with a trailing space is Ja everywhere (no false failures)", async () => {
    const { code } = await check((book) => {
      for (const n of ["Rolle_RZ_Betreiber", "Kennzahlen_veroeffentlicht", "EnMS_KVP"]) setInput(book, n, "Ja ");
    });
    expect(code).toBe(0);
  });

  test("English twins: 'no ' fails 3.2.6.1, '2020-07-01' and '40 kW' fail 3.2.9", async () => {
    const info = await check(customer("no "), "en");
    expect(info.criteria["3.2.6.1"].status).toBe("fail");
    const r134a = await check(chiller("Refrigeration", "2020-07-01", "40 kW", "R-134a"), "en");
    expect(r134a.criteria["3.2.9"].status).toBe("fail");
    const x = await check(customer("x"), "en");
    expect(x.criteria["3.2.6.1"].message).toContain("holds \"x\": not a Yes/No answer");
  });
});

test("GPU servers listed in Anlage 4.2 are left out of ITEU_SV and the coverage: a Hinweis, marked amber in --out (3.3.3 Ausnahme 2)", async () => {
  const ExcelJS = (await import("exceljs")).default;
  const { book } = buildTemplate("de");
  fillCompliant(book, "de");
  // SRV-0001 is a GPU server of Anlage 4.1; its idle CPU would pull ITEU_SV down if it were averaged in
  setInput(book, "CPU_Server_ID", "SRV-0001", 312);
  for (let m = 0; m < 12; m++) setInput(book, "CPU_Auslastung", 0.01, 312, m);
  const file = path.join(dir, "gpu.xlsx");
  fs.writeFileSync(file, await writeBook(book, { lang: "de", cachedResults: false }));
  const out = path.join(dir, "gpu-geprueft.xlsx");
  const r = await run(["check", file, "--json", "--out", out]);
  const json = JSON.parse(r.out) as { criteria: Criterion[] };
  const c333 = json.criteria.find((c) => c.id === "3.3.3")!;
  expect(c333.status).toBe("pass");
  expect(json.criteria.find((c) => c.id === "3.3.2")!.status).toBe("pass");
  expect(c333.note!.message).toMatch(/^3\.3\.3, Ausnahme 2: 1 Zeile\(n\) in Anlage 4\.2 nennen GPU-Server/);
  const [cell] = c333.note!.cells;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const [sheet, a1] = [cell.slice(0, cell.lastIndexOf("!")).replace(/^'|'$/g, ""), cell.slice(cell.lastIndexOf("!") + 1)];
  const target = wb.getWorksheet(sheet)!.getCell(a1);
  expect((target.fill as { fgColor?: { argb?: string } }).fgColor?.argb).toBeDefined();
  expect(String(target.note)).toMatch(/Hinweis\. 3\.3\.3, Ausnahme 2/);
});
