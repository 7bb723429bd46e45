/**
 * The conditional formats evaluated: each rule's formula is computed by HyperFormula for every cell of
 * its range (shifted as Excel shifts a rule's relative references), so a test sees which cells a user
 * sees red or amber.
 */
import { evaluateBook } from "../../../src/workbook/evaluate";
import { a1, Book, columnNumber, quoteSheet } from "../../../src/workbook/book";
import { serial } from "../../../src/engine/dates";
import { normaliseFormula } from "../../../src/workbook/hyperformula";
import { fillCompliant, fillExample } from "../../../src/workbook/example/scenario";
import { setInput } from "../../../src/workbook/fill";
import { buildTemplate } from "../../../src/workbook/template/build";
import { cellAddress } from "../../../src/workbook/template/names";

/** Scratch cells lie this many columns to the right of the rule's cell. */
const SCRATCH = 300;

/**
 * Every marked input or figure as "'Sheet'!A1" → "fail" | "missing" (a red rule wins over an amber one);
 * Anlage 2's status column, coloured by its own word, is left out.
 */
function marked(book: Book): Map<string, string> {
  // the ID rules of Anlage 4.1/4.2 look up each cell: by column index, not a scan of 1,000 rows per cell
  const ev = evaluateBook(book, { useColumnIndex: true });
  const out = new Map<string, string>();
  for (const sheet of book.sheets.filter((s) => s.name !== "Anlage 2")) {
    const id = ev.hf.getSheetId(sheet.name)!;
    for (const cf of sheet.conditional) {
      const [from, to = from] = cf.range.split(":");
      const [, c0, r0] = /^([A-Z]+)(\d+)$/.exec(from)!;
      const [, c1, r1] = /^([A-Z]+)(\d+)$/.exec(to)!;
      const top = { sheet: id, row: Number(r0) - 1, col: columnNumber(c0) - 1 + SCRATCH };
      ev.hf.setCellContents(top, [["=" + normaliseFormula(cf.formula)]]);
      ev.hf.copy({ start: top, end: top });
      for (let r = Number(r0); r <= Number(r1); r++) {
        for (let c = columnNumber(c0); c <= columnNumber(c1); c++) {
          const at = { sheet: id, row: r - 1, col: c - 1 + SCRATCH };
          if (r !== Number(r0) || c !== columnNumber(c0)) ev.hf.paste(at);
          if (ev.hf.getCellValue(at) === true) {
            const address = `${quoteSheet(sheet.name)}!${a1(r, c)}`;
            if (out.get(address) !== "fail") out.set(address, cf.style);
          }
          ev.hf.setCellContents(at, [[null]]);
        }
      }
    }
  }
  ev.destroy();
  return out;
}

const list = (m: Map<string, string>, style: string) => [...m].filter(([, s]) => s === style).map(([a]) => a).sort();

test("the empty template marks only the roles, amber, until one is chosen", () => {
  const { book } = buildTemplate("de");
  const m = marked(book);
  expect(list(m, "fail")).toEqual([]);
  expect(list(m, "missing")).toEqual(["Rolle_RZ_Betreiber", "Rolle_RZ_Dienstleister", "Rolle_IT_Betreiber"].map((name) => cellAddress({ name })).sort());
});

test("a compliant data centre shows no mark", () => {
  const { book } = buildTemplate("de");
  fillCompliant(book, "de");
  expect([...marked(book)]).toEqual([]);
});

test("the example marks its deliberate failures in place", () => {
  const { book } = buildTemplate("de");
  fillExample(book, "de");
  const m = marked(book);
  expect(list(m, "fail")).toEqual([
    cellAddress({ name: "PUE_Jahr" }), // 3.2.7: PUE 1.32 > 1.30
    cellAddress({ name: "TGA_Kaeltemittel", row: 11 }), // 3.2.9: R134a in a 40 kW chiller from 2020
    cellAddress({ name: "Kunde_Monatsinfo", row: 3 }), // 3.2.6.1: customer D, 8 kW, not informed
  ].sort());
  expect(list(m, "missing")).toEqual([
    cellAddress({ name: "Monate_vollstaendig" }), // 3.2.2: 11 of 12 months complete
    cellAddress({ name: "Wasser_m3", row: 19 }), // the water of 2024-08
  ].sort());
});

test("an IT operator only: the data centre's failures are no longer marked", () => {
  const { book } = buildTemplate("de");
  fillExample(book, "de");
  setInput(book, "Rolle_RZ_Betreiber", "Nein");
  setInput(book, "Rolle_RZ_Dienstleister", "Nein");
  // Abschnitt 2: until it says the data centre is certified, that answer is amber; and, the applicant now an IT
  // operator in someone else's data centre, the power of its own IT that § 12(5) and § 3 Nr. 4 ask for (EnEfG-12-5)
  expect(list(marked(book), "missing")).toEqual([cellAddress({ name: "IT_Betreiber_nr_kW" }), cellAddress({ name: "RZ_zertifiziert" })].sort());
  setInput(book, "RZ_zertifiziert", "Ja");
  setInput(book, "IT_Betreiber_nr_kW", 400);
  // the example fills the sheet "Gesetz EnEfG-EU" (issue 13): its statuses follow the law's scope (§ 3 Nr. 24), not
  // DE-UZ 228's roles, so the renewable share met under § 11(5) stays green
  expect([...marked(book)]).toEqual([[cellAddress({ name: "Status_EnEfG_11_5" }), "pass"]]);
});

test("blank inputs a missing criterion needs turn amber: dates, meter values, a chiller's power", () => {
  const { book } = buildTemplate("en");
  fillCompliant(book, "en");
  setInput(book, "Inbetriebnahme_Kuehlsystem", null);
  setInput(book, "TGA_Leistung_kW", null, 0);
  setInput(book, "Flaeche_NF_m2", null); // not needed for a whole building: stays unmarked
  const m = marked(book);
  expect(list(m, "fail")).toEqual([]);
  expect(list(m, "missing")).toEqual([cellAddress({ name: "Inbetriebnahme_Kuehlsystem" }), cellAddress({ name: "TGA_Leistung_kW", row: 0 })].sort());
});

test("a month listed twice, a negative value and a 'Nein' a criterion needs are red", () => {
  const { book } = buildTemplate("de");
  fillCompliant(book, "de");
  setInput(book, "Monat", serial("2024-05-01"), 17); // again, in the row of 2024-06
  setInput(book, "MP_KS", -3, 13);
  setInput(book, "EnMS_KVP", "Nein");
  const m = marked(book);
  expect(list(m, "fail")).toEqual([
    cellAddress({ name: "Monat", row: 17 }),
    cellAddress({ name: "Monate_doppelt" }),
    cellAddress({ name: "MP_KS", row: 13 }),
    cellAddress({ name: "Werte_negativ" }),
    cellAddress({ name: "EnMS_KVP" }),
  ].sort());
});

test("CPU values without a server ID in Anlage 4.2 are amber on the ID cell and the count (3.3.2)", () => {
  const { book } = buildTemplate("de");
  fillCompliant(book, "de");
  for (let m = 0; m < 12; m++) setInput(book, "CPU_Auslastung", 0.3, 312, m);
  setInput(book, "CPU_Server_ID", "SRV-0009", 313); // named, without values: not amber (red as named twice, 3.3.2)
  const m = marked(book);
  expect(list(m, "fail")).toEqual([cellAddress({ name: "CPU_Server_ID", row: 313 })]);
  expect(list(m, "missing")).toEqual([cellAddress({ name: "CPU_Server_ID", row: 312 }), cellAddress({ name: "CPU_Zeilen_ohne_Kennung" })].sort());
});

test("3.3.2: rows with an ID and fewer than 3 months of values are red while the server coverage fails", () => {
  const { book } = buildTemplate("de");
  fillCompliant(book, "de");
  // 40 of 312 servers with 2 months only: coverage 87 %
  for (let row = 0; row < 40; row++) for (let m = 2; m < 12; m++) setInput(book, "CPU_Auslastung", null, row, m);
  const fail = list(marked(book), "fail");
  expect(fail).toContain(cellAddress({ name: "Erfassung_Server" }));
  expect(fail).toContain(cellAddress({ name: "CPU_Zeilen_kurz" }));
  expect(fail).toContain(cellAddress({ name: "CPU_Werte", row: 0 }));
  expect(fail).toContain(cellAddress({ name: "CPU_Werte", row: 39 }));
  expect(fail).not.toContain(cellAddress({ name: "CPU_Werte", row: 40 }));
  expect(fail).toHaveLength(42); // the 40 rows, the coverage and the count
});

test("IDs the catalogue fails are red in Anlage 4.1 (3.3.1) and 4.2 (3.3.2), though Anlage 2 cannot judge them, a GPU server amber; not without IT", () => {
  // the compliant data centre: SRV-0001 … SRV-0008 are GPU servers, rows 0 … 311 of 4.2 name SRV-0009 … SRV-0320
  const { book } = buildTemplate("de");
  fillCompliant(book, "de");
  setInput(book, "CPU_Server_ID", "SRV-9999", 5); // (a) not in 4.1
  setInput(book, "CPU_Server_ID", "STO-001", 7); // (a) a storage system
  setInput(book, "CPU_Server_ID", "SRV-0001", 312); // (b) a GPU server
  setInput(book, "CPU_Server_ID", "srv-0009", 313); // (c) named in row 0 already, in other letter case
  setInput(book, "IT_ID", "srv-0010", 400); // 3.3.1: SRV-0010 is in row 9 already
  setInput(book, "IT_ID", 1001, 401); // the number 1001 is not the text "1001"; blanks are no ID
  setInput(book, "IT_ID", "1001", 402);
  setInput(book, "IT_ID", "  ", 403);
  setInput(book, "IT_ID", "  ", 404);
  const m = marked(book);
  expect(list(m, "fail")).toEqual([
    ...[5, 7, 313].map((row) => cellAddress({ name: "CPU_Server_ID", row })),
    cellAddress({ name: "IT_ID", row: 400 }),
  ].sort());
  // (b) a GPU server is amber since issue 10: ITEU_SV and the coverage leave it out, the row is to be removed
  expect(list(m, "missing")).toEqual([cellAddress({ name: "CPU_Server_ID", row: 312 })]);
  setInput(book, "Rolle_IT_Betreiber", "Nein");
  expect([...marked(book)]).toEqual([]);
});
