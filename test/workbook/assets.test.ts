/**
 * The committed assets are what the generator writes now (compared by content: ExcelJS zips carry their
 * own timestamps, so bytes differ between runs), and the template has what issue 3 asks of it.
 */
import fs from "fs";
import path from "path";
import ExcelJS from "exceljs";
import { assetFiles, writeExample, writeTemplate } from "../../src/workbook/assets";

const assets = path.resolve(__dirname, "../../assets");
const protectionOf = (ws: ExcelJS.Worksheet) => (ws as unknown as { sheetProtection?: { sheet?: boolean; hashValue?: string } }).sheetProtection;

async function content(data: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ArrayBuffer);
  const sheets = wb.worksheets.map((ws) => {
    const cells: string[] = [];
    ws.eachRow((row, r) => row.eachCell((cell, c) => cells.push(`${r},${c}:${JSON.stringify(cell.formula ?? cell.value)}`)));
    const model = ws.model as unknown as { dataValidations?: unknown; conditionalFormattings?: unknown[] };
    return { name: ws.name, cells, validations: JSON.stringify(model.dataValidations), conditional: JSON.stringify(model.conditionalFormattings), protection: JSON.stringify(protectionOf(ws)) };
  });
  return { sheets, names: JSON.stringify(wb.definedNames.model) };
}

test.each([
  [assetFiles.templateDe, () => writeTemplate("de")],
  [assetFiles.templateEn, () => writeTemplate("en")],
  [assetFiles.example, () => writeExample("de")],
])("assets/%s is what the generator writes now (npm run assets)", async (file, generate) => {
  const committed = await content(fs.readFileSync(path.join(assets, file)));
  const now = await content(await generate());
  expect(committed).toEqual(now);
});

describe("the template", () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(assets, assetFiles.templateDe));
  });

  test("defines the names of issue 3 over the input cells; monthly ones over the rows of Anlage 3.4", () => {
    const names = new Map((wb.definedNames.model as { name: string; ranges: string[] }[]).map((n) => [n.name, n.ranges[0]]));
    for (const n of ["Antragsdatum", "Inbetriebnahme_RZ", "Inbetriebnahme_Kuehlsystem", "Berichtszeitraum_Beginn", "Berichtszeitraum_Ende",
      "Rolle_RZ_Betreiber", "Rolle_RZ_Dienstleister", "Rolle_IT_Betreiber", "Anschlussleistung_kW"]) {
      expect(names.get(n)).toMatch(/^Stammdaten!\$B\$\d+$/);
    }
    const monat = names.get("Monat")!;
    const [, first, last] = /\$A\$(\d+):\$A\$(\d+)$/.exec(monat)!;
    expect(Number(last) - Number(first) + 1).toBeGreaterThanOrEqual(36);
    for (const n of ["MP_EVU", "MP_EE", "MP_NEA", "MP_IT2", "MP_KS", "MP_So", "MP_KE", "MP_RZ", "MP_An", "MP_Auskopplung", "Wasser_m3", "Strom_erneuerbar_kWh"]) {
      expect(names.get(n)).toMatch(new RegExp(`^'Anlage 3\\.4'!\\$[A-Z]+\\$${first}:\\$[A-Z]+\\$${last}$`));
    }
  });

  test("input cells are unlocked, formula cells locked, every sheet protected without a password", () => {
    const ws = wb.getWorksheet("Stammdaten")!;
    expect(ws.getCell("B4").protection?.locked).toBe(false);
    const pue = wb.getWorksheet("Anlage 3.9")!.getCell("B4");
    // stored as Excel stores the add-in's functions, so that Excel with the add-in calculates it on open (issue 12, 8)
    expect(pue.formula).toMatch(/^_xldudf_DEUZ_PUE\(/);
    expect(pue.protection?.locked).not.toBe(false);
    for (const sheet of wb.worksheets) {
      expect(protectionOf(sheet)?.sheet).toBe(true);
      expect(protectionOf(sheet)?.hashValue).toBeUndefined();
    }
  });

  test("offers drop-downs for roles, component kinds and refrigerants", () => {
    expect(wb.getWorksheet("Stammdaten")!.getCell("B7").dataValidation).toMatchObject({ type: "list", formulae: ['"Ja,Nein"'] });
    expect(wb.getWorksheet("Anlage 3.5")!.getCell("B8").dataValidation?.formulae?.[0]).toMatch(/Kältetechnik,USV,Schaltanlage,NEA/);
    expect(wb.getWorksheet("Anlage 3.5")!.getCell("E8").dataValidation?.formulae?.[0]).toMatch(/R744.*R134a/);
  });

  test("uses no structured references, dynamic arrays or 3D references", () => {
    for (const ws of wb.worksheets) {
      ws.eachRow((row) => row.eachCell((cell) => {
        const f = cell.formula;
        if (!f) return;
        expect(f).not.toMatch(/\w\[|@|#(This Row|All|Data)|FILTER\(|SORT\(|UNIQUE\(|SEQUENCE\(|LET\(|:\w+!/);
      }));
    }
  });

  test("highlights through conditional formats that read the checks", () => {
    const cf = (wb.getWorksheet("Anlage 2")!.model as unknown as { conditionalFormattings: { rules: { formulae: string[] }[] }[] }).conditionalFormattings;
    expect(cf.map((c) => c.rules[0].formulae[0])).toEqual(expect.arrayContaining([expect.stringMatching(/="nicht erfüllt"$/), expect.stringMatching(/="fehlt"$/)]));
    const inventory = (wb.getWorksheet("Anlage 3.5")!.model as unknown as { conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[] }).conditionalFormattings;
    expect(inventory.find((c) => c.ref.startsWith("E"))!.rules[0].formulae[0]).toMatch(/\$H7="nicht erfüllt"/);
  });
});
