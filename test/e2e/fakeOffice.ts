/**
 * office.js for the e2e test (issue 12): Excel backed by the repository's HyperFormula fake
 * (test/taskpane/fakeExcel.js), built for the browser by test/e2e/fakeOffice.build.js. The test sets
 * `window.__deuzFake` before the page loads:
 * - book: "example" (the filled example), "empty" (the template, nothing filled), "insert" (a blank workbook into
 *   which "Vorlage einfügen" inserts the template);
 * - lang: Office's display language; delayMs: each context.sync waits this long, so busy states can be seen;
 * - overwrite: TRUE typed over PUE_Pruefung ('Anlage 3.9'!B6, integrity 3.1.2);
 * - nameError: 'Anlage 3.9'!B4 shows its DEUZ.PUE formula as Excel shows one it did not bind (#NAME?).
 * `window.__excel` is the fake, for the test to count fills and notes.
 */
import { buildTemplate } from "../../src/workbook/template/build";
import { fillExample } from "../../src/workbook/example/scenario";
import { evaluateBook } from "../../src/workbook/evaluate";

const { FakeExcel } = require("../taskpane/fakeExcel");

interface Config {
  book?: "example" | "empty" | "insert";
  lang?: "de" | "en";
  delayMs?: number;
  overwrite?: boolean;
  nameError?: boolean;
}

const w = window as unknown as Record<string, unknown>;
const cfg = (w.__deuzFake ?? {}) as Config;
const lang = cfg.lang ?? "de";
const { book } = buildTemplate(lang);
if (cfg.book === "example" || !cfg.book) fillExample(book, lang);
const excel = new FakeExcel(evaluateBook(book), { toInsert: cfg.book === "insert" });
if (cfg.overwrite) excel.sheet("Anlage 3.9").cells.set("B6", true);
if (cfg.nameError) {
  const f = excel.read("Anlage 3.9", "B4", true)[0][0] as string;
  excel.sheet("Anlage 3.9").cells.set("B4", { formula: f.replace(/DEUZ\.PUE\(/, "_xldudf_DEUZ_PUE("), value: { error: "#NAME?" } });
}
const sync = excel.context.sync;
excel.context.sync = async () => {
  if (cfg.delayMs) await new Promise((r) => setTimeout(r, cfg.delayMs));
  return sync();
};
w.__excel = excel;
w.__created = [];
w.CustomFunctions = { associate() {} };
type Done = (r: { status: string; value?: unknown; error?: { message: string } }) => void;
/**
 * Office.context.document.getFileAsync(Compressed) for "Für Prüfer exportieren": the example's file (served beside
 * the pane, the same example as the fake's book) as Excel hands one over, in slices, each after delayMs.
 */
function getFileAsync(_type: string, { sliceSize }: { sliceSize: number }, done: Done) {
  fetch("assets/DE-UZ-228-Beispiel.xlsx").then((r) => r.arrayBuffer()).then((buffer) => {
    const bytes = new Uint8Array(buffer);
    const slice = (i: number, back: Done) => setTimeout(() => back({ status: "succeeded", value: { index: i, data: Array.from(bytes.subarray(i * sliceSize, (i + 1) * sliceSize)) } }), cfg.delayMs ?? 0);
    done({ status: "succeeded", value: { size: bytes.length, sliceCount: Math.max(1, Math.ceil(bytes.length / sliceSize)), getSliceAsync: slice, closeAsync: (back?: () => void) => back?.() } });
  }, (e) => done({ status: "failed", error: { message: String(e) } }));
}
w.Office = {
  HostType: { Excel: "Excel" },
  FileType: { Compressed: "compressed" },
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }),
  context: { displayLanguage: lang === "de" ? "de-DE" : "en-US", requirements: excel.office().context.requirements, document: { getFileAsync } },
};
w.Excel = {
  run: (f: (context: unknown) => Promise<unknown>) => f(excel.context),
  createWorkbook: async (base64: string) => {
    (w.__created as number[]).push(base64.length);
  },
};
