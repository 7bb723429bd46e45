/**
 * "Für Prüfer exportieren": Excel hands over the open workbook's file (Office.context.document.getFileAsync),
 * the engine writes the auditor's copy (DEUZ formulas as values, a findings sheet) and Excel opens it as a new
 * workbook (Excel.createWorkbook, ExcelApi 1.8). The heavy part loads only when the button is pressed.
 *
 * From the documentation (https://learn.microsoft.com/javascript/api/office/office.document#office-office-document-getfileasync-member(1),
 * https://learn.microsoft.com/javascript/api/office/office.file):
 * - Office.FileType.Compressed needs the File and CompressedFile requirement sets; Excel on Windows and Mac give
 *   it, Excel on the web only Pdf, so the button says so there instead of failing (support.ts).
 * - Slices are at most 4,194,304 bytes; a larger sliceSize fails with "Internal Error".
 * - At most two files may be open at once: every path, also a failing slice or an exception, closes the file.
 * - Slice.data is a byte array (numbers 0-255).
 */
import type { Language } from "../../engine/errors";
import { PaneError, paneText } from "../messages";
import { requireFeature } from "./support";

export const SLICE_SIZE = 4 * 1024 * 1024;

export function fileBytes(): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    Office.context.document.getFileAsync(Office.FileType.Compressed, { sliceSize: SLICE_SIZE }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) return reject(new Error(result.error.message));
      const file = result.value;
      const parts: Uint8Array[] = [];
      const fail = (error: Error) => file.closeAsync(() => reject(error));
      const next = (i: number) => {
        if (i >= file.sliceCount) {
          const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
          let at = 0;
          for (const p of parts) {
            out.set(p, at);
            at += p.length;
          }
          if (file.size && out.length !== file.size) return fail(new PaneError(paneText("fileIncomplete", out.length, file.size)));
          return file.closeAsync(() => resolve(out));
        }
        file.getSliceAsync(i, (slice) => {
          if (slice.status !== Office.AsyncResultStatus.Succeeded) return fail(new Error(slice.error.message));
          try {
            parts.push(new Uint8Array(slice.value.data as ArrayLike<number>));
            next(i + 1);
          } catch (e) {
            fail(e instanceof Error ? e : new Error(String(e)));
          }
        });
      };
      next(0);
    });
  });
}

function base64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export async function exportForAuditor(lang: Language): Promise<number> {
  requireFeature("export", lang);
  const data = await fileBytes();
  const { auditorCopy } = await import(/* webpackChunkName: "auditor" */ "../../workbook/auditor");
  const { bytes, findings } = await auditorCopy(data, lang);
  await Excel.createWorkbook(base64(bytes));
  return findings.filter((f) => f.status === "fail" || f.status === "missing").length;
}
