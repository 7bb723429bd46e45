/** Editing one cell's XML in an .xlsx, as another program or a hand would leave it (tests of the integrity check). */
import JSZip from "jszip";
import { deflated, entriesOf, rawZip } from "./rawZip";

/** The part of the xlsx that holds a sheet, by the sheet's name. */
export async function sheetPart(xlsx: Buffer, sheet: string): Promise<string> {
  const zip = await JSZip.loadAsync(xlsx);
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const id = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="([^"]+)"`).exec(workbook)![1];
  const target = new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(rels) ?? new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${id}"`).exec(rels);
  return "xl/" + target![1].replace(/^\/?xl\//, "");
}

/** The xlsx with one cell's XML (`<c r="B6" …>…</c>`) rewritten by `edit`. */
export async function editCell(xlsx: Buffer, sheet: string, cell: string, edit: (xml: string) => string): Promise<Buffer> {
  const part = await sheetPart(xlsx, sheet);
  const xml = await (await JSZip.loadAsync(xlsx)).file(part)!.async("string");
  const pattern = new RegExp(`<c r="${cell}"[^>]*?(?:/>|>[\\s\\S]*?</c>)`);
  if (!pattern.test(xml)) throw new Error(`${sheet}!${cell}: no such cell in ${part}`);
  return rawZip(await entriesOf(xlsx, { [part]: deflated(part, xml.replace(pattern, edit)) }));
}

/** A value typed over a formula cell: the formula gone, `value` as the cell's value (`t` kept: "b" for booleans). */
export const typed = (value: string) => (c: string) => c.replace(/<f>[\s\S]*?<\/f>/, "").replace(/<v>[^<]*<\/v>/, `<v>${value}</v>`);
/** The value the file carries for a formula cell changed, the formula kept. */
export const cachedAs = (value: string) => (c: string) => c.replace(/<v>[^<]*<\/v>/, `<v>${value}</v>`);
