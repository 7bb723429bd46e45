import type { Language } from "../../engine/errors";
import { de, Strings } from "./de";
import { en } from "./en";

export type { Language };
export const strings: Record<Language, Strings> = { de, en };

/** German unless Office runs in another language (the users fill these templates in German first). */
export function officeLanguage(): Language {
  const tag = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office?.context?.displayLanguage;
  return tag && !tag.toLowerCase().startsWith("de") ? "en" : "de";
}
