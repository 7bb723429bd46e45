/**
 * "Für Prüfer exportieren": the file comes in slices from getFileAsync(Compressed) and is closed on every path
 * (at most two files may be open: https://learn.microsoft.com/javascript/api/office/office.file); hosts without
 * CompressedFile (Excel on the web gives only PDF) or ExcelApi 1.8 get a message instead of a failure.
 */
import { exportForAuditor, fileBytes, SLICE_SIZE } from "../../src/taskpane/excel/exportAuditor";

type Callback = (r: { status: string; value?: unknown; error?: { message: string } }) => void;

function office(slices: (number[] | Error)[], sets: Record<string, boolean> = { ExcelApi: true, File: true, CompressedFile: true }) {
  const log: string[] = [];
  const size = slices.reduce((n, s) => n + (s instanceof Error ? 0 : s.length), 0);
  (globalThis as Record<string, unknown>).Office = {
    FileType: { Compressed: "compressed" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    context: {
      requirements: { isSetSupported: (set: string) => Boolean(sets[set]) },
      document: {
        getFileAsync(type: string, options: { sliceSize: number }, cb: Callback) {
          log.push(`open ${type} ${options.sliceSize}`);
          cb({
            status: "succeeded",
            value: {
              size,
              sliceCount: slices.length,
              getSliceAsync(i: number, done: Callback) {
                log.push(`slice ${i}`);
                const s = slices[i];
                done(s instanceof Error ? { status: "failed", error: { message: s.message } } : { status: "succeeded", value: { data: s, index: i } });
              },
              closeAsync(done?: () => void) {
                log.push("close");
                done?.();
              },
            },
          });
        },
      },
    },
  };
  return log;
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>).Office;
});

test("slices are joined in order and the file is closed", async () => {
  const log = office([[1, 2, 3], [4, 5]]);
  expect([...(await fileBytes())]).toEqual([1, 2, 3, 4, 5]);
  expect(log).toEqual([`open compressed ${SLICE_SIZE}`, "slice 0", "slice 1", "close"]);
  expect(SLICE_SIZE).toBeLessThanOrEqual(4194304);
});

test("a failing slice rejects and still closes the file", async () => {
  const log = office([[1], new Error("slice broke"), [3]]);
  await expect(fileBytes()).rejects.toThrow("slice broke");
  expect(log).toEqual([`open compressed ${SLICE_SIZE}`, "slice 0", "slice 1", "close"]);
});

test("Excel on the web (no CompressedFile) gets a message naming the set and the way out, in German and English", async () => {
  const log = office([[1]], { ExcelApi: true, File: true, CompressedFile: false });
  await expect(exportForAuditor("de")).rejects.toThrow(/braucht CompressedFile 1\.1.*nur als PDF.*deuz check/);
  await expect(exportForAuditor("en")).rejects.toThrow(/needs CompressedFile 1\.1.*only as PDF/);
  expect(log).toEqual([]);
});
