/**
 * The pane's messages carry both languages and are shown in one: an error from the Excel glue is a PaneError with
 * a Text made from i18n/de.ts and i18n/en.ts, and the pane picks the language when it shows it (design review 4.5).
 * A message is kept as a function of the language, so that switching the language switches a message already shown.
 */
import type { Language, Text } from "../engine/errors";
import { Strings } from "./i18n/de";
import { strings } from "./i18n";

type Errors = Strings["errors"];
type ErrorKey = { [K in keyof Errors]: Errors[K] extends string | ((...args: never[]) => string) ? K : never }[keyof Errors];
type ErrorArgs<K extends ErrorKey> = Errors[K] extends (...args: infer A) => string ? A : [];

/** The error text `key` of the pane's tables, in both languages. */
export function paneText<K extends ErrorKey>(key: K, ...args: ErrorArgs<K>): Text {
  const one = (lang: Language): string => {
    const entry = strings[lang].errors[key] as string | ((...a: ErrorArgs<K>) => string);
    return typeof entry === "function" ? entry(...args) : entry;
  };
  return { de: one("de"), en: one("en") };
}

/** A failure of a task-pane action: its text in both languages; `message` is the text in `lang` (for logs and tests). */
export class PaneError extends Error {
  constructor(
    readonly text: Text,
    lang: Language = "de",
  ) {
    super(text[lang]);
    this.name = "PaneError";
  }
}

/** A message of the pane, in whichever language is chosen when it is shown. */
export type PaneMessage = (lang: Language) => string;

const isText = (t: unknown): t is Text =>
  typeof t === "object" && t !== null && typeof (t as Text).de === "string" && typeof (t as Text).en === "string";

/**
 * What the pane shows for a failed action: the Text of a PaneError, of the engine's DeuzError or of any error
 * that carries one; otherwise Excel's own message (office.js errors come in Office's language) under a heading in
 * the pane's language.
 */
export function errorMessage(e: unknown): PaneMessage {
  const text = (e as { text?: unknown } | null)?.text;
  if (isText(text)) return (lang) => text[lang];
  const raw = e instanceof Error ? e.message : String(e);
  return (lang) => strings[lang].errors.excel(raw);
}
