/**
 * "Für Prüfer exportieren": Excel hands over the open workbook's file (Office.context.document.getFileAsync),
 * the engine writes the auditor's copy (DEUZ formulas as values, a findings sheet) and Excel opens it as a new
 * workbook (Excel.createWorkbook, ExcelApi 1.8). The heavy part loads only when the button is pressed.
 */
function fileBytes(): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    Office.context.document.getFileAsync(Office.FileType.Compressed, { sliceSize: 4 * 1024 * 1024 }, (result) => {
      if (result.status !== Office.AsyncResultStatus.Succeeded) return reject(new Error(result.error.message));
      const file = result.value;
      const parts: Uint8Array[] = [];
      const next = (i: number) => {
        if (i >= file.sliceCount) {
          file.closeAsync();
          const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
          let at = 0;
          for (const p of parts) {
            out.set(p, at);
            at += p.length;
          }
          return resolve(out);
        }
        file.getSliceAsync(i, (slice) => {
          if (slice.status !== Office.AsyncResultStatus.Succeeded) {
            file.closeAsync();
            return reject(new Error(slice.error.message));
          }
          parts.push(new Uint8Array(slice.value.data as number[]));
          next(i + 1);
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

export async function exportForAuditor(lang: "de" | "en"): Promise<number> {
  const data = await fileBytes();
  const { auditorCopy } = await import(/* webpackChunkName: "auditor" */ "../../workbook/auditor");
  const { bytes, findings } = await auditorCopy(data, lang);
  await Excel.createWorkbook(base64(bytes));
  return findings.filter((f) => f.status === "fail" || f.status === "missing").length;
}
