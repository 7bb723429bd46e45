/**
 * The committed assets are byte for byte what the generator writes now (npm run assets): the workbook's
 * dates and creator are fixed and every zip entry carries one date, so two runs, at any time and in any
 * time zone, write the same bytes.
 */
import fs from "fs";
import path from "path";
import JSZip from "jszip";
import { ASSET_DATE, assetFiles, writeExample, writeTemplate } from "../../../src/workbook/assets";

const assets = path.resolve(__dirname, "../../../assets");

test.each([
  [assetFiles.templateDe, () => writeTemplate("de")],
  [assetFiles.templateEn, () => writeTemplate("en")],
  [assetFiles.example, () => writeExample("de")],
])("assets/%s is byte for byte what the generator writes (npm run assets)", async (file, generate) => {
  const now = await generate();
  const committed = fs.readFileSync(path.join(assets, file));
  expect(now.equals(committed)).toBe(true);
});

test("every zip entry carries the fixed date; the workbook names its creator and fixed dates", async () => {
  const zip = await JSZip.loadAsync(await writeTemplate("de"));
  for (const entry of Object.values(zip.files)) expect(entry.date.getTime()).toBe(ASSET_DATE.getTime());
  const core = await zip.file("docProps/core.xml")!.async("string");
  expect(core).toContain("<dc:creator>deuz (DE-UZ 228)</dc:creator>");
  expect(core).toContain("2025-01-01T00:00:00Z");
});
