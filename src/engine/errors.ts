import { messages, MessageId } from "./i18n/messages";

/** The Excel errors a DEUZ function can return. */
export type ExcelErrorCode = "#VALUE!" | "#NUM!" | "#DIV/0!" | "#N/A";

export type Language = "de" | "en";

export interface Text {
  de: string;
  en: string;
}

/** A user-facing failure: the Excel error code plus a message in German and English. */
export class DeuzError extends Error {
  constructor(
    readonly code: ExcelErrorCode,
    readonly text: Text,
  ) {
    super(text.en);
    this.name = "DeuzError";
  }

  messageIn(language: Language): string {
    return this.text[language];
  }
}

/** A message parameter: the same in both languages, or a Text of its own. */
export type Param = string | number | Text;
export type Params = Record<string, Param>;

function fill(template: string, params: Params, language: Language): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
    if (!(key in params)) return whole;
    const value = params[key];
    return typeof value === "object" ? value[language] : String(value);
  });
}

/** The message `id` of i18n/messages, filled with `params`, in both languages. */
export function message(id: MessageId, params: Params = {}): Text {
  const entry = messages[id];
  return { de: fill(entry.de, params, "de"), en: fill(entry.en, params, "en") };
}

export function fail(code: ExcelErrorCode, id: MessageId, params: Params = {}): never {
  throw new DeuzError(code, message(id, params));
}
