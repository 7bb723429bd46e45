/**
 * The files in assets/: the template (German, English) and the filled example, generated from code. The
 * same code writes the same bytes on every machine and at every time: ExcelJS stamps each zip entry with
 * the current time, so the entries are re-stamped with one fixed date.
 */
import JSZip from "jszip";
import { fillExample } from "./example/scenario";
import { buildTemplate } from "./template/build";
import { Lang } from "./template/model";
import { writeBook } from "./write";

export const assetFiles = {
  templateDe: "DE-UZ-228-Vorlage.xlsx",
  templateEn: "DE-UZ-228-Template-en.xlsx",
  example: "DE-UZ-228-Beispiel.xlsx",
};

/** The date every zip entry of a generated asset carries (the workbook's own created/modified date). */
export const ASSET_DATE = new Date(Date.UTC(2025, 0, 1));

/** The xlsx with every zip entry dated ASSET_DATE, in the order ExcelJS wrote them. */
export async function stableZip(data: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(data);
  for (const entry of Object.values(zip.files)) entry.date = ASSET_DATE;
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 }, platform: "DOS" });
}

export async function writeTemplate(lang: Lang = "de"): Promise<Buffer> {
  return stableZip(await writeBook(buildTemplate(lang).book, { lang }));
}

export async function writeExample(lang: Lang = "de"): Promise<Buffer> {
  const { book } = buildTemplate(lang);
  fillExample(book, lang);
  return stableZip(await writeBook(book, { lang }));
}
