/** What the report says besides the cells written: each conversion, gap, reset and left-out device, as data {de, en}. */
import { Text } from "../../engine/errors";
import { encodingNames } from "./decode";
import { Found, MonthValue } from "./found";
import { monthText } from "./time";

export type NoteKind =
  | "source" | "conversion" | "decimal" | "percent" | "step" | "gap" | "partial" | "reset" | "irregular" | "outside"
  | "unknownId" | "notServer" | "notStorage" | "gpu" | "tape" | "beyondTable" | "ignoredColumn" | "upgraded";

export interface Note {
  kind: NoteKind;
  text: Text;
}

export const note = (kind: NoteKind, de: string, en: string): Note => ({ kind, text: { de, en } });

const int = (n: number, lang: "de" | "en") => n.toLocaleString(lang === "de" ? "de-DE" : "en-GB");
const pct = (x: number, lang: "de" | "en") => `${(x * 100).toLocaleString(lang === "de" ? "de-DE" : "en-GB", { maximumFractionDigits: 1 })} %`;
const both = (f: (lang: "de" | "en") => string): Text => ({ de: f("de"), en: f("en") });

const LAYOUT = {
  wide: { de: "Monatswerte je Spalte", en: "monthly values per column" },
  long: { de: "Werte je Zeile (Zeitstempel, Zähler, Wert)", en: "values per row (timestamp, meter, value)" },
  cpu: { de: "CPU-Auslastung je Server", en: "CPU utilisation per server" },
  storage: { de: "Speicherbelegung je System", en: "storage occupancy per system" },
};

/** What was read and how: the layout, encoding, separator, decimal mark, units and percent. */
export function sourceNotes(found: Found): Note[] {
  const notes: Note[] = [];
  const kinds = new Set(found.meters.map((m) => m.kind));
  const what = both((l) => `${LAYOUT[found.layout][l]}${kinds.has("intervals") ? (l === "de" ? ", Intervallwerte" : ", interval values") : ""}${found.readings ? (l === "de" ? ", Zählerstände" : ", counter readings") : ""}`);
  const sep = found.separator === "\t" ? "Tab" : found.separator;
  notes.push({
    kind: "source",
    text: both((l) => `${what[l]}; ${int(found.rows, l)} ${l === "de" ? "Zeilen" : "rows"}${found.encoding ? `, ${encodingNames[found.encoding]}` : ""}${sep ? `, ${l === "de" ? "Trennzeichen" : "separator"} ${sep}` : ""}`),
  });
  const a = found.numbers.assumed;
  if (a) {
    const why = { data: { de: "wie die anderen Zahlen der Datei", en: "as the file's other numbers show" }, separator: { de: `wegen des Trennzeichens ${sep}`, en: `because of the separator ${sep}` }, option: { de: "nach --decimal", en: "by --decimal" } }[a.because];
    notes.push(note("decimal", `Mehrdeutige Zahlen wie „${a.example}“ (Zeile ${a.place.row}) mit Dezimalzeichen „${a.mark}“ gelesen, ${why.de}`,
      `ambiguous numbers such as "${a.example}" (row ${a.place.row}) read with the decimal mark "${a.mark}", ${why.en}`));
  }
  for (const m of found.meters) {
    for (const c of m.conversions) {
      if (c.factor === 1 && c.from.toLowerCase().replace(/_(th|el)$/, "") === c.to.toLowerCase()) continue;
      notes.push(note("conversion", `${m.meter}: ${c.from} in ${c.to} umgerechnet (× ${c.factor.toLocaleString("de-DE")})`, `${m.meter}: ${c.from} converted to ${c.to} (× ${c.factor.toLocaleString("en-GB")})`));
    }
    if (m.step) notes.push(note("step", `${m.meter}: Intervall ${m.step} min (aus den Daten)`, `${m.meter}: interval ${m.step} min (from the data)`));
    else if (m.kind === "intervals") notes.push(note("step", `${m.meter}: nur ein Intervall, Schritt unbekannt: nichts geschrieben`, `${m.meter}: a single interval, step unknown: nothing written`));
  }
  for (const c of found.storageConversions ?? []) {
    notes.push(note("conversion", `Speicher: ${c.from} in GB umgerechnet (× ${c.factor.toLocaleString("de-DE")})`, `storage: ${c.from} converted to GB (× ${c.factor.toLocaleString("en-GB")})`));
  }
  if (found.percent) {
    const why = {
      header: { de: "die Kopfzeile nennt %", en: "the header says %" },
      cell: { de: "Werte sind mit % geschrieben", en: "values are written with %" },
      above1: { de: "Werte über 1", en: "values above 1" },
      atMost1: { de: "alle Werte zwischen 0 und 1; sind es Prozent, die Kopfzeile „CPU [%]“ nennen", en: "every value between 0 and 1; if they are percent, name the header \"CPU [%]\"" },
    }[found.percent.because];
    notes.push(found.percent.assumed === "percent"
      ? note("percent", `CPU-Auslastung als Prozent gelesen (${why.de}), als Bruch eingetragen (20 % = 0,2)`, `CPU utilisation read as percent (${why.en}), entered as a fraction (20 % = 0.2)`)
      : note("percent", `CPU-Auslastung als Bruch gelesen (${why.de})`, `CPU utilisation read as a fraction (${why.en})`));
  }
  for (const h of found.ignoredColumns) notes.push(note("ignoredColumn", `Spalte „${h}“ nicht erkannt, nicht gelesen (--map "${h}=NAME")`, `column "${h}" not recognised, not read (--map "${h}=NAME")`));
  return notes;
}

/** A month that is not written as measured: why, and whether anything was written. */
export function monthNote(meter: string, m: MonthValue): Note | null {
  const when = monthText(m.month);
  switch (m.status) {
    case "gap":
      return m.expected
        ? note("gap", `${meter} ${when}: ${int(m.expected - (m.count ?? 0), "de")} von ${int(m.expected, "de")} Intervallen fehlen: leer gelassen (3.2.2 fehlt; --allow-gaps schreibt die Summe der gemessenen)`,
          `${meter} ${when}: ${int(m.expected - (m.count ?? 0), "en")} of ${int(m.expected, "en")} intervals missing: left blank (3.2.2 missing; --allow-gaps writes the sum of those measured)`)
        : note("gap", `${meter} ${when}: kein Zählerstand zu Monatsbeginn oder -ende (Ablesungen decken ${pct(m.coverage ?? 0, "de")} des Monats): leer gelassen`,
          `${meter} ${when}: no reading at the start or end of the month (readings span ${pct(m.coverage ?? 0, "en")} of it): left blank`);
    case "partial":
      return note("partial", `${meter} ${when}: nur ${pct(m.coverage!, "de")} des Monats gemessen, Summe der gemessenen Werte eingetragen (--allow-gaps)`,
        `${meter} ${when}: only ${pct(m.coverage!, "en")} of the month measured, the sum of the measured values entered (--allow-gaps)`);
    case "reset":
      return note("reset", `${meter} ${when}: Zählerstand ${m.reset!.after} nach ${m.reset!.before} (Zeile ${m.reset!.row}): Zählertausch oder Rücksetzung, Verbrauch unbekannt: leer gelassen, von Hand eintragen`,
        `${meter} ${when}: reading ${m.reset!.after} after ${m.reset!.before} (row ${m.reset!.row}): counter replaced or reset, consumption unknown: left blank, type it by hand`);
    case "irregular":
      return note("irregular", `${meter} ${when}: ${int(m.count!, "de")} Intervalle, der Schritt erlaubt ${int(m.expected!, "de")}: leer gelassen`,
        `${meter} ${when}: ${int(m.count!, "en")} intervals where the step allows ${int(m.expected!, "en")}: left blank`);
    default:
      return null;
  }
}
