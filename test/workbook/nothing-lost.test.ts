/**
 * Nothing lost: the annotated copy (`--out`) and the frozen copy (`--freeze`) keep every value the user typed
 * and every format, cell by cell; only the marked cells change, and only in fill and note.
 */
import fs from "fs";
import os from "os";
import path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { assetFiles } from "../../src/workbook/assets";
import { REPORT_SHEET } from "../../src/workbook/annotate";
import { callsDeuz } from "../../src/workbook/formula";

const example = path.resolve(__dirname, "../../assets", assetFiles.example);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "deuz-lost-"));
const io = { out: () => undefined, err: () => undefined, readStdin: async () => "" };

async function load(file: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

const DEFAULT_FONT = JSON.stringify({ color: { theme: 1 }, family: 2, scheme: "minor", size: 11, name: "Calibri" });
/** ExcelJS writes Excel's default font and an empty border as "no style": the same look, so the same format. */
function normalised(style: Partial<ExcelJS.Style>): string {
  const { font, border, ...rest } = style;
  const out: Record<string, unknown> = { ...rest };
  if (font && JSON.stringify(font) !== DEFAULT_FONT) out.font = font;
  if (border && Object.keys(border).length) out.border = border;
  return JSON.stringify(out);
}

interface Seen { value: unknown; formula?: string; style: string; fill: string; note: unknown }
function cells(wb: ExcelJS.Workbook): Map<string, Seen> {
  const out = new Map<string, Seen>();
  wb.eachSheet((ws) => {
    if (ws.name === REPORT_SHEET) return;
    ws.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, (cell) => {
      const { fill, ...style } = cell.style ?? {};
      out.set(`${ws.name}!${cell.address}`, {
        value: cell.formula ? undefined : JSON.stringify(cell.value),
        formula: cell.formula,
        style: normalised(style),
        fill: JSON.stringify(fill && (fill as ExcelJS.FillPattern).pattern !== "none" ? fill : null),
        note: cell.note,
      });
    }));
  });
  return out;
}

describe.each([["--out", []], ["--out --freeze", ["--freeze"]]])("deuz check %s", (_, extra) => {
  test("keeps every typed value and every format; marked cells change only in fill and note", async () => {
    const out = path.join(dir, `copy${extra.length}.xlsx`);
    await main(["check", example, "--out", out, ...extra], io);
    const before = cells(await load(example));
    const after = cells(await load(out));
    let marked = 0;
    for (const [address, b] of before) {
      const a = after.get(address);
      expect(a).toBeDefined();
      if (b.formula === undefined) expect({ address, value: a!.value }).toEqual({ address, value: b.value });
      else if (!extra.length || !callsDeuz(b.formula)) expect({ address, formula: a!.formula }).toEqual({ address, formula: b.formula });
      else expect(a!.formula).toBeUndefined(); // frozen: a value in place of the DEUZ formula
      expect({ address, style: a!.style }).toEqual({ address, style: b.style });
      if (a!.fill !== b.fill || a!.note !== b.note) {
        marked++;
        expect(String(a!.note)).toMatch(/^DE-UZ 228 3\.\d/);
      }
    }
    expect(marked).toBeGreaterThanOrEqual(4);
  }, 60_000);
});
