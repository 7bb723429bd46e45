/**
 * The template's data validation: every input cell that can refuse a wrong entry does, with an input message
 * saying what to enter and an alert when something else is typed (issue 10, item 3). Lists (yes/no, kinds,
 * refrigerants) offer their words; numbers must be ≥ 0 (energies, powers, areas, capacities, prices), shares
 * and utilisations fractions between 0 and 1; dates lie between 1990 and 2100 (plant from 1950 on). Excel and
 * LibreOffice enforce it while typing; pasted values and other tools pass, and the engine reads those as typed.
 */
import { serial } from "../../engine/dates";
import type { Validation } from "../book";
import { Kind, Lang } from "./model";

/** Dates an application can hold: 3.2.x asks for commissioning and reporting dates of this era. */
export const DATE_RANGE = { min: serial("1990-01-01"), max: serial("2100-12-31") };
/** Plant of the building services (Anlage 3.5) may be older: 3.2.9 exempts systems from before 2013. */
export const PLANT_DATE_RANGE = { min: serial("1950-01-01"), max: serial("2100-12-31") };

type Message = { title: string; text: string };
const m = (title: string, text: string): Message => ({ title, text });

/** The unit a number cell is kept in, from the field's unit or the defined name's suffix. */
export function unitOf(name: string, kind: Kind, unit?: string): string | undefined {
  if (unit) return unit;
  const suffix = /_(kWh|kW|m2|m3|GB|l)$/.exec(name)?.[1];
  if (suffix) return { kWh: "kWh", kW: "kW", m2: "m²", m3: "m³", GB: "GB", l: "l" }[suffix];
  if (name.startsWith("MP_") || kind === "kwh") return "kWh";
  return undefined;
}

const texts = {
  de: {
    number: (unit?: string) => m(unit ? `Zahl ≥ 0 in ${unit}` : "Zahl ≥ 0",
      `Eine Zahl ≥ 0${unit ? ` in ${unit}` : ""} eintragen, ohne Einheit (z. B. 40, nicht „40 ${unit ?? "kW"}“). 0 ist ein Wert; leer heißt: fehlt.`),
    numberError: (unit?: string) => m("Keine Zahl ≥ 0", `Hier steht eine Zahl ≥ 0${unit ? ` in ${unit}` : ""}, ohne Einheit und ohne Text.`),
    fraction: m("Anteil als Bruch", "Als Bruch: 20 % = 0,2 oder 20 % (mit Prozentzeichen). Werte zwischen 0 und 1; leer heißt: kein Wert in diesem Monat."),
    fractionError: m("Kein Anteil zwischen 0 und 1", "Als Bruch eintragen: 20 % = 0,2 oder 20 %. Eine 20 ohne Prozentzeichen wäre 2.000 %."),
    date: (from: string) => m("Datum", `Ein Datum zwischen ${from} und 31.12.2100 eintragen, z. B. 01.07.2020 (als Datum, nicht als Text).`),
    dateError: (from: string) => m("Kein Datum", `Hier steht ein Datum zwischen ${from} und 31.12.2100, z. B. 01.07.2020.`),
    yesno: m("Ja oder Nein", "Aus der Liste wählen: Ja oder Nein."),
    yesnoError: m("Ja oder Nein", "Nur „Ja“ oder „Nein“ aus der Liste. Ein Kreuz („x“) sagt nicht, welche Antwort gilt."),
    list: m("Aus der Liste wählen", "Einen Eintrag der Liste wählen (Pfeil rechts neben der Zelle)."),
    listError: m("Nicht in der Liste", "Einen Eintrag der Liste wählen. Andere Schreibweisen kann die Prüfung nicht sicher lesen."),
  },
  en: {
    number: (unit?: string) => m(unit ? `Number ≥ 0 in ${unit}` : "Number ≥ 0",
      `Enter a number ≥ 0${unit ? ` in ${unit}` : ""}, without the unit (e.g. 40, not "40 ${unit ?? "kW"}"). 0 is a value; blank means missing.`),
    numberError: (unit?: string) => m("Not a number ≥ 0", `This cell takes a number ≥ 0${unit ? ` in ${unit}` : ""}, without unit or text.`),
    fraction: m("Share as a fraction", "As a fraction: 20 % = 0.2 or 20 % (with the percent sign). Values between 0 and 1; blank means no value this month."),
    fractionError: m("Not a share between 0 and 1", "Enter a fraction: 20 % = 0.2 or 20 %. A 20 without the percent sign would be 2,000 %."),
    date: (from: string) => m("Date", `Enter a date between ${from} and 2100-12-31, e.g. 2020-07-01 (as a date, not as text).`),
    dateError: (from: string) => m("Not a date", `This cell takes a date between ${from} and 2100-12-31, e.g. 2020-07-01.`),
    yesno: m("Yes or No", "Choose from the list: Yes or No."),
    yesnoError: m("Yes or No", "Only \"Yes\" or \"No\" from the list. A cross (\"x\") does not say which answer applies."),
    list: m("Choose from the list", "Choose an entry of the list (arrow to the right of the cell)."),
    listError: m("Not in the list", "Choose an entry of the list. Other spellings the check cannot read reliably."),
  },
};

/**
 * The validation of an input cell or column of kind `kind` over `range`, or null for text (names, IDs, notes)
 * without a message.
 * `words` is the drop-down of a list or yes/no cell; `extra` adds to the input message (e.g. what a column is for).
 */
export function validationFor(range: string, name: string, kind: Kind, lang: Lang, words?: string[], unit?: string, extra?: string): Validation | null {
  const t = texts[lang];
  const prompt = (msg: Message): Message => ({ title: msg.title, text: extra ? `${extra} ${msg.text}`.slice(0, 255) : msg.text });
  if (words) {
    const yesno = kind === "yesno";
    return { range, list: words, prompt: prompt(yesno ? t.yesno : t.list), error: yesno ? t.yesnoError : t.listError };
  }
  if (kind === "number" || kind === "kwh") {
    const u = unitOf(name, kind, unit);
    return { range, number: { min: 0 }, prompt: prompt(t.number(u)), error: t.numberError(u) };
  }
  if (kind === "fraction") return { range, number: { min: 0, max: 1 }, prompt: prompt(t.fraction), error: t.fractionError };
  if (kind === "date") {
    const plant = name === "TGA_Datum";
    const from = plant ? (lang === "de" ? "01.01.1950" : "1950-01-01") : lang === "de" ? "01.01.1990" : "1990-01-01";
    return { range, date: plant ? PLANT_DATE_RANGE : DATE_RANGE, prompt: prompt(t.date(from)), error: t.dateError(from) };
  }
  // text: any value, only the message of `extra` (e.g. which IDs Anlage 4.2 takes)
  return extra ? { range, prompt: { title: lang === "de" ? "Eingabe" : "Entry", text: extra.slice(0, 255) } } : null;
}
