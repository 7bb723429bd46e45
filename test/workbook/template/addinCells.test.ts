/** The "Add-in fehlt" hints of the template have no defined name: the pane finds them by address (issue 12, 8). */
import { addinHint } from "../../../src/workbook/template/addin";
import { addinHintCells } from "../../../src/workbook/template/addinCells";
import { buildTemplate } from "../../../src/workbook/template/build";
import { columnNumber } from "../../../src/workbook/book";

test("every hint of the template is listed, at the same cell in German and English, and nothing else", () => {
  const cells = addinHintCells();
  // the long hint above Anlage 2's checklist, a short one beside each key figure
  expect(cells).toContainEqual({ sheet: "Anlage 2", cell: "B3" });
  expect(cells.length).toBeGreaterThan(3);
  for (const lang of ["de", "en"] as const) {
    const { book } = buildTemplate(lang);
    const found = book.sheets.flatMap((s) => s.rows.flatMap((row, r) => (row ?? []).flatMap((c, k) => (c?.formula?.includes("DEUZ.VERSION()") ? [`${s.name}!${r + 1}:${k + 1}`] : []))));
    expect(found.sort()).toEqual(cells.map((c) => `${c.sheet}!${Number(/\d+/.exec(c.cell)![0])}:${columnNumber(/^[A-Z]+/.exec(c.cell)![0])}`).sort());
    for (const c of cells) {
      const row = Number(/\d+/.exec(c.cell)![0]);
      const cell = book.sheets.find((s) => s.name === c.sheet)!.rows[row - 1]![columnNumber(/^[A-Z]+/.exec(c.cell)![0]) - 1]!;
      expect([addinHint(lang, "short"), addinHint(lang, "long")]).toContain(cell.formula);
    }
  }
});
