/**
 * The copy for an auditor who has no add-in: the workbook with every DEUZ formula replaced by its value and a
 * sheet "Prüfung DE-UZ 228" listing the findings, failing cells marked. Used by `deuz check --out --freeze`
 * and by the task pane's "Für Prüfer exportieren" (with the bytes Excel gives of the open workbook).
 */
import ExcelJS from "exceljs";
import { checkAll, Finding } from "../engine/criteria";
import { annotate, freeze } from "./annotate";
import { evaluateBook } from "./evaluate";
import { bookFrom } from "./exceljsBook";
import { Lang } from "./template/model";

export async function auditorCopy(data: ArrayBuffer | Uint8Array, lang: Lang): Promise<{ bytes: Uint8Array; findings: Finding[] }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as ArrayBuffer);
  const ev = evaluateBook(bookFrom(wb));
  try {
    const findings = checkAll(ev.inputs);
    annotate(wb, findings, ev, lang);
    freeze(wb, ev);
    return { bytes: new Uint8Array(await wb.xlsx.writeBuffer()), findings };
  } finally {
    ev.destroy();
  }
}
