/**
 * Anlage 4.1's whole-column counts (GPU_Server, Kapazitaet_erfasst_GB: COUNTIFS/SUMIFS over "Ja"/"Yes" with at most
 * one space either side) and the engine read the same cells alike: what the template counts the engine counts and
 * the statuses agree; a yes the template's count leaves out ("J", "Wahr", TRUE, 1, "  ja") the engine does not
 * count either and makes 3.3.2 *fehlt*, naming the cell and asking for "Ja" (docs/interpretations.md).
 */
import { checkAll } from "../../../src/engine/criteria";
import { Book } from "../../../src/workbook/book";
import { evaluateBook } from "../../../src/workbook/evaluate";
import { fillCompliant } from "../../../src/workbook/example/scenario";
import { setInput } from "../../../src/workbook/fill";
import { buildTemplate } from "../../../src/workbook/template/build";
import { statusOf } from "../../../src/workbook/template/vocabulary";

/** Rows of the compliant inventory: 320 servers, then 24 storage systems. */
const STORAGE_ROW = 320;
const SERVER_ROW = 100; // no GPU server (rows 0-7 are)

function evaluated(change: (book: Book) => void) {
  const { book } = buildTemplate("de");
  fillCompliant(book, "de");
  change(book);
  const ev = evaluateBook(book);
  const findings = checkAll(ev.inputs);
  const out = {
    capacityCounted: ev.inputs.value("Kapazitaet_erfasst_GB"),
    capacityTotal: ev.inputs.value("Kapazitaet_gesamt_GB"),
    gpuServers: ev.inputs.value("GPU_Server"),
    workbook: Object.fromEntries(findings.map((f) => [f.id, statusOf(ev.inputs.value(`Status_${f.id.replace(/\./g, "_")}`))])),
    catalogue: Object.fromEntries(findings.map((f) => [f.id, f.status])),
    f332: findings.find((f) => f.id === "3.3.2")!,
    address: ev.address,
  };
  ev.destroy();
  return out;
}

const base = evaluated(() => undefined);

test.each(["Ja", "ja", "JA", "Ja ", " ja", " Ja ", "Yes", "yes ", " YES "])("monitoring %j: counted by the template and the engine alike", (word) => {
  const s = evaluated((book) => setInput(book, "IT_Monitoring", word, STORAGE_ROW));
  expect(s.capacityCounted).toBe(base.capacityCounted);
  expect(s.workbook).toEqual(s.catalogue);
  expect(s.catalogue["3.3.2"]).toBe("pass");
});

test.each<[string, unknown]>([["J", "J"], ["Wahr", "Wahr"], ["true", "true"], ["TRUE", true], ["1", 1], ["two spaces", "  ja"]])(
  "monitoring %s: the template does not count it, the engine neither: 3.3.2 fehlt naming the cell",
  (_, value) => {
    const s = evaluated((book) => setInput(book, "IT_Monitoring", value as string, STORAGE_ROW));
    expect(s.capacityCounted).toBeLessThan(base.capacityCounted as number);
    expect(s.f332.status).toBe("missing");
    const cell = s.address({ name: "IT_Monitoring", row: STORAGE_ROW });
    expect(s.f332.cells).toContainEqual({ name: "IT_Monitoring", row: STORAGE_ROW });
    expect(s.f332.message.de).toContain(`${cell} enthält`);
    expect(s.f332.message.de).toContain("nur „Ja“ als Ja");
    expect(s.f332.message.en).toContain('takes only "Yes" as yes');
  },
);

test("a GPU server marked 'J': the template's GPU count leaves it out, the engine does not take it as GPU and says fehlt", () => {
  const s = evaluated((book) => setInput(book, "IT_GPU", "J", SERVER_ROW));
  expect(s.gpuServers).toBe(base.gpuServers);
  expect(s.f332.status).toBe("missing");
  expect(s.f332.cells).toContainEqual({ name: "IT_GPU", row: SERVER_ROW });
  const ja = evaluated((book) => setInput(book, "IT_GPU", "Ja ", SERVER_ROW));
  expect(ja.gpuServers).toBe((base.gpuServers as number) + 1);
  expect(ja.workbook).toEqual(ja.catalogue);
});
