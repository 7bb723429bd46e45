/**
 * The cases of issue 11, each made from the example workbook (writeExample("de")) by editing its XML the way a
 * user, another program or an attacker would leave it. Shared by test/cli/robust.test.ts and the seeded
 * mutation script (bench/mutate.js, through a compiled copy), so this module needs only jszip.
 */
import JSZip from "jszip";

export type Edit = (parts: Map<string, string>) => void;

/** The part that holds a sheet, by the sheet's name. */
export function partOf(parts: Map<string, string>, sheet: string): string {
  const workbook = parts.get("xl/workbook.xml")!;
  const rels = parts.get("xl/_rels/workbook.xml.rels")!;
  const id = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="([^"]+)"`).exec(workbook)![1];
  const target = new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(rels) ?? new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${id}"`).exec(rels);
  return "xl/" + target![1].replace(/^\/?xl\//, "");
}

/** An xlsx with its text parts edited (binary parts kept). */
export async function edited(xlsx: Buffer, ...edits: Edit[]): Promise<Buffer> {
  const zip = await JSZip.loadAsync(xlsx);
  const parts = new Map<string, string>();
  for (const [name, entry] of Object.entries(zip.files)) if (!entry.dir && /\.(xml|rels)$/.test(name)) parts.set(name, await entry.async("string"));
  const before = new Map(parts);
  for (const edit of edits) edit(parts);
  for (const [name, text] of parts) if (before.get(name) !== text) zip.file(name, text);
  for (const name of before.keys()) if (!parts.has(name)) zip.remove(name);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A cell appended to a sheet at `ref` (a new row after the last), holding a number or an inline string. */
export const farCell = (sheet: string, ref: string, value: number | string = 1): Edit => (parts) => {
  const part = partOf(parts, sheet);
  const row = /\d+$/.exec(ref)![0];
  const cell = typeof value === "number" ? `<c r="${ref}"><v>${value}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${escape(value)}</t></is></c>`;
  parts.set(part, parts.get(part)!.replace("</sheetData>", `<row r="${row}">${cell}</row></sheetData>`));
};

/** An existing cell's content replaced by a formula without a cached value (typed, not yet calculated). */
export const formulaIn = (sheet: string, ref: string, formula: string): Edit => (parts) => {
  const part = partOf(parts, sheet);
  const xml = parts.get(part)!;
  const pattern = new RegExp(`<c r="${ref}"([^>]*?)(?:/>|>[\\s\\S]*?</c>)`);
  if (!pattern.test(xml)) throw new Error(`${sheet}!${ref}: no such cell`);
  parts.set(part, xml.replace(pattern, (_, attrs: string) => `<c r="${ref}"${attrs.replace(/\s*t="[^"]*"/, "")}><f>${escape(formula)}</f></c>`));
};

/** An existing cell's content replaced by an inline string (as a user types text). */
export const textIn = (sheet: string, ref: string, text: string): Edit => (parts) => {
  const part = partOf(parts, sheet);
  const xml = parts.get(part)!;
  const pattern = new RegExp(`<c r="${ref}"([^>]*?)(?:/>|>[\\s\\S]*?</c>)`);
  if (!pattern.test(xml)) throw new Error(`${sheet}!${ref}: no such cell`);
  parts.set(part, xml.replace(pattern, (_, attrs: string) => `<c r="${ref}"${attrs.replace(/\s*t="[^"]*"/, "")} t="inlineStr"><is><t xml:space="preserve">${text}</t></is></c>`));
};

/** A data validation over `sqref` added to a sheet (a drop-down on whole columns, or on the whole sheet). */
export const validationOver = (sheet: string, sqref: string): Edit => (parts) => {
  const part = partOf(parts, sheet);
  const dv = `<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="${sqref}"><formula1>"Ja,Nein"</formula1></dataValidation>`;
  const xml = parts.get(part)!;
  parts.set(part, xml.includes("</dataValidations>") ? xml.replace("</dataValidations>", `${dv}</dataValidations>`) : xml.replace(/(<\/sheetData>(?:[\s\S]*?<\/mergeCells>)?)/, `$1<dataValidations count="1">${dv}</dataValidations>`));
};

/** A defined name added to the workbook (a duplicate of an existing one, maybe in another case). */
export const definedName = (name: string, formula: string): Edit => (parts) => {
  const xml = parts.get("xl/workbook.xml")!;
  parts.set("xl/workbook.xml", xml.replace("</definedNames>", `<definedName name="${name}">${escape(formula)}</definedName></definedNames>`));
};

/** A sheet renamed in xl/workbook.xml (to the name of another: two sheets of one name). */
export const renameSheet = (from: string, to: string): Edit => (parts) => {
  const xml = parts.get("xl/workbook.xml")!;
  parts.set("xl/workbook.xml", xml.replace(`name="${from}" state=`, `name="${to}" state=`));
};

/** A part's text edited by a function. */
export const part = (name: string, edit: (xml: string) => string): Edit => (parts) => {
  parts.set(name, edit(parts.get(name)!));
};

/** The first shared string replaced by `text` (raw XML: may hold escapes such as `_x001B_`). */
export const firstString = (text: string): Edit => part("xl/sharedStrings.xml", (xml) => xml.replace(/<si><t[^>]*>[^<]*<\/t><\/si>/, `<si><t xml:space="preserve">${text}</t></si>`));

/** "1+1+…" with `n` terms. */
export const longSum = (n: number) => Array.from({ length: n }, () => "1").join("+");
/** "((((1))))" nested `n` deep. */
export const nested = (n: number) => "(".repeat(n) + "1" + ")".repeat(n);
