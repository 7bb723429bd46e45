/**
 * One language per message (design review 4.5): every error the pane's Excel glue raises carries its text in
 * German and English, and the pane shows the text of its own language only. The errors are raised for real,
 * against the fake Excel (test/taskpane/fakeExcel.js), and shown through errorMessage, the function App.tsx uses.
 */
import { DeuzError, Language } from "../../src/engine/errors";
import { insertTemplate } from "../../src/taskpane/excel/actions";
import { checkOpenWorkbook, NO_TEMPLATE, readInputs } from "../../src/taskpane/excel/check";
import { markFindings } from "../../src/taskpane/excel/marks";
import { requireFeature } from "../../src/taskpane/excel/support";
import { strings } from "../../src/taskpane/i18n";
import { errorMessage, PaneError } from "../../src/taskpane/messages";
import { evaluateBook } from "../../src/workbook/evaluate";
import { buildTemplate } from "../../src/workbook/template/build";

const { FakeExcel } = require("./fakeExcel");

const other = (lang: Language): Language => (lang === "de" ? "en" : "de");
/** Marks of the other language: German letters and quotes, or common words of either language. */
const looksGerman = (s: string) => /[äöüßÄÖÜ„“]|\b(die|der|das|und|nicht|ist|Arbeitsmappe|Blätter|bitte)\b/i.test(s);
const looksEnglish = (s: string) => /\b(the|and|not|is|workbook|sheets|please|cannot)\b/i.test(s);

function expectOneLanguage(shown: string, lang: Language) {
  expect(shown).not.toMatch(/ \/ /); // no "de / en" pairs
  if (lang === "en") expect(looksGerman(shown)).toBe(false);
  else expect(looksEnglish(shown)).toBe(false);
}

async function caught(p: Promise<unknown> | (() => unknown)): Promise<unknown> {
  try {
    await (typeof p === "function" ? p() : p);
  } catch (e) {
    return e;
  }
  throw new Error("no error was raised");
}

// one evaluated template for every fake: each error here is raised before anything is written
let template: ReturnType<typeof evaluateBook> | undefined;
function emptyTemplate(options: Record<string, unknown> = {}) {
  template ??= evaluateBook(buildTemplate("de").book);
  return new FakeExcel(template, options);
}

afterEach(() => {
  for (const k of ["fetch", "Excel", "Office"]) delete (globalThis as Record<string, unknown>)[k];
});

test("each error table entry is there in both languages, each in its own language", () => {
  const samples: Record<string, unknown[]> = {
    download: ["assets/x.xlsx", 404],
    templateThere: ["Stammdaten"],
    rangeTooLarge: ["CPU_Auslastung"],
    fileIncomplete: [10, 20],
    unsupported: ["F", "ExcelApi 1.13", "H"],
    excel: ["GeneralException"],
  };
  const de = strings.de.errors as Record<string, unknown>;
  const en = strings.en.errors as Record<string, unknown>;
  expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
  const texts = (table: Record<string, unknown>): string[] =>
    Object.entries(table).flatMap(([key, v]) =>
      typeof v === "function" ? [v(...(samples[key] ?? []))] : typeof v === "string" ? [v] : texts(v as Record<string, unknown>),
    );
  const [deTexts, enTexts] = [texts(de), texts(en)];
  expect(deTexts.length).toBe(enTexts.length);
  for (const t of deTexts) expectOneLanguage(t, "de");
  for (const t of enTexts) expectOneLanguage(t, "en");
  // not a copy: "Update Excel." and "Excel aktualisieren." differ, as does every other entry
  deTexts.forEach((t, i) => expect(t).not.toBe(enTexts[i]));
});

test("the errors of insert, check and marks show in the pane's language only, after a switch too", async () => {
  const errors: unknown[] = [];
  const setUp = (options: Record<string, unknown> = {}) => {
    const excel = emptyTemplate({ toInsert: true, ...options });
    (globalThis as Record<string, unknown>).fetch = async () => ({ ok: true, arrayBuffer: async () => new ArrayBuffer(8) });
    (globalThis as Record<string, unknown>).Excel = { run: (f: (c: unknown) => unknown) => f(excel.context) };
    (globalThis as Record<string, unknown>).Office = excel.office();
    return excel;
  };
  const roles = { rzBetreiber: true, rzDienstleister: false, itBetreiber: false };

  // insert: the structure is protected; the template's sheets are there already; Excel is too old; the download fails
  setUp().structureProtected = true;
  errors.push(await caught(insertTemplate("x.xlsx", roles, "en")));
  setUp().newSheet("Stammdaten");
  errors.push(await caught(insertTemplate("x.xlsx", roles, "de")));
  setUp({ sets: { ExcelApi: "1.12" } });
  errors.push(await caught(insertTemplate("x.xlsx", roles, "en")));
  setUp();
  (globalThis as Record<string, unknown>).fetch = async () => ({ ok: false, status: 404 });
  errors.push(await caught(insertTemplate("x.xlsx", roles, "de")));
  setUp({ sets: { ExcelApi: "1.18" } }); // Excel on the web: no CompressedFile
  errors.push(await caught(() => requireFeature("export", "en")));

  // check: a workbook without the template; a range too large for one response
  const { book: bare } = buildTemplate("de");
  bare.names = [];
  errors.push(await caught(checkOpenWorkbook(new FakeExcel(evaluateBook(bare)).context)));
  const small = emptyTemplate();
  (globalThis as Record<string, unknown>).Office = small.office();
  small.responseLimit = 2_000;
  errors.push(await caught(readInputs(small.context)));

  // marks: no sheet for the saved formats can be added to a protected structure
  const locked = emptyTemplate();
  (globalThis as Record<string, unknown>).Office = locked.office();
  locked.structureProtected = true;
  errors.push(await caught(markFindings(locked.context, [{ sheet: "Stammdaten", cell: "B4", status: "fail", note: "DE-UZ 228 3.1.2" }])));

  expect(errors).toHaveLength(8);
  for (const e of errors) {
    expect(e).toBeInstanceOf(PaneError);
    const text = (e as PaneError).text;
    const show = errorMessage(e);
    // the test of the other language is not idle: each text is recognisably in its own
    expect([looksGerman(text.de), looksEnglish(text.en)]).toEqual([true, true]);
    for (const lang of ["de", "en"] as const) {
      expect(show(lang)).toBe(text[lang]);
      expect(show(lang)).not.toContain(text[other(lang)]);
      expectOneLanguage(show(lang), lang);
    }
  }
  // the thrown message itself is in the language the action was called with (German when it has none)
  expect((errors[0] as Error).message).toBe((errors[0] as PaneError).text.en);
  expect((errors[1] as Error).message).toMatch(/enthält schon Blätter oder Namen der Vorlage \(Stammdaten\)/);
  expect((errors[2] as PaneError).text).toEqual({
    de: expect.stringMatching(/^„Vorlage einfügen“ braucht ExcelApi 1\.13; .*Microsoft 365/),
    en: expect.stringMatching(/^"Insert template" needs ExcelApi 1\.13, .*Microsoft 365/),
  });
  expect((errors[3] as PaneError).text.en).toMatch(/x\.xlsx: HTTP 404/);
  expect((errors[5] as PaneError).text).toEqual(NO_TEMPLATE);
  expect((errors[6] as PaneError).text.en).toMatch(/^The range \w+ is too large .*deuz check/);
});

test("the engine's errors show their own text; any other error Excel's words under a heading in the pane's language", () => {
  const deuz = new DeuzError("#VALUE!", { de: "Wert fehlt", en: "value missing" });
  expect(errorMessage(deuz)("de")).toBe("Wert fehlt");
  expect(errorMessage(deuz)("en")).toBe("value missing");
  const excel = errorMessage(Object.assign(new Error("GeneralException"), { code: "GeneralException" }));
  expect(excel("en")).toBe("Excel reports an error: GeneralException");
  expect(excel("de")).toBe("Excel meldet einen Fehler: GeneralException");
  expect(errorMessage("boom")("en")).toBe("Excel reports an error: boom");
});
