/** The files in assets/: the template (German, English) and the filled example, generated from code. */
import { fillExample } from "./example/scenario";
import { buildTemplate } from "./template/build";
import { Lang } from "./template/model";
import { writeBook } from "./write";

export const assetFiles = {
  templateDe: "DE-UZ-228-Vorlage.xlsx",
  templateEn: "DE-UZ-228-Template-en.xlsx",
  example: "DE-UZ-228-Beispiel.xlsx",
};

export function writeTemplate(lang: Lang = "de"): Promise<Buffer> {
  return writeBook(buildTemplate(lang).book, { lang });
}

export function writeExample(lang: Lang = "de"): Promise<Buffer> {
  const { book } = buildTemplate(lang);
  fillExample(book, lang);
  return writeBook(book, { lang });
}
