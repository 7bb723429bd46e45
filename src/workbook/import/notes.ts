/** What the report says besides the cells written: each conversion, gap, reset and left-out device, as data {de, en}. */
import { Text } from "../../engine/errors";
import { numberIn } from "../../engine/criteria/format";
import { encodingNames } from "./decode";
import { meterQuantity } from "./columns";
import { Found, MonthValue } from "./found";
import { berlinText, monthText } from "./time";

export type NoteKind =
  | "source" | "conversion" | "decimal" | "percent" | "step" | "gap" | "partial" | "interpolated" | "reset" | "irregular" | "outside"
  | "unknownId" | "notServer" | "notStorage" | "gpu" | "tape" | "beyondTable" | "ignoredColumn" | "upgraded";

export interface Note {
  kind: NoteKind;
  text: Text;
}

export const note = (kind: NoteKind, de: string, en: string): Note => ({ kind, text: { de, en } });

const int = (n: number, lang: "de" | "en") => n.toLocaleString(lang === "de" ? "de-DE" : "en-GB");
const pct = (x: number, lang: "de" | "en") => `${(x * 100).toLocaleString(lang === "de" ? "de-DE" : "en-GB", { maximumFractionDigits: x < 1 && x > 0.99 ? 2 : 1 })} %`;
/** A reading or an amount, to three decimals at most, grouped (the engine's writer, format.ts). */
const num = (n: number, lang: "de" | "en") => numberIn(n, lang, 3, true);
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
  // meters converted alike in one line
  const converted = new Map<string, { meters: string[]; from: string; to: string; factor: number }>();
  for (const m of found.meters) {
    for (const c of m.conversions) {
      if (c.factor === 1 && c.from.toLowerCase().replace(/_(th|el)$/, "") === c.to.toLowerCase()) continue;
      const key = `${c.from}|${c.to}|${c.factor}`;
      if (!converted.has(key)) converted.set(key, { meters: [], ...c });
      converted.get(key)!.meters.push(m.meter);
    }
  }
  for (const c of converted.values()) {
    notes.push(note("conversion", `${c.meters.join(", ")}: ${c.from} in ${c.to} umgerechnet (× ${c.factor.toLocaleString("de-DE")})`,
      `${c.meters.join(", ")}: ${c.from} converted to ${c.to} (× ${c.factor.toLocaleString("en-GB")})`));
  }
  const steps = new Map<number, string[]>();
  for (const m of found.meters) {
    if (m.step) steps.set(m.step, [...(steps.get(m.step) ?? []), m.meter]);
    else if (m.kind === "intervals") notes.push(note("step", `${m.meter}: nur ein Intervall, Schritt unbekannt: nichts geschrieben`, `${m.meter}: a single interval, step unknown: nothing written`));
  }
  for (const [step, meters] of steps) notes.push(note("step", `${meters.join(", ")}: Intervall ${step} min (aus den Daten)`, `${meters.join(", ")}: interval ${step} min (from the data)`));
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
        : note("gap", `${meter} ${when}: kein Zählerstand zu Monatsbeginn oder -ende (Ablesungen decken ${pct(m.coverage ?? 0, "de")} des Monats): leer gelassen${m.interpolable ? "; --interpolate interpoliert die Monatsgrenze linear zwischen den Ständen davor und danach" : ""}`,
          `${meter} ${when}: no reading at the start or end of the month (readings span ${pct(m.coverage ?? 0, "en")} of it): left blank${m.interpolable ? "; --interpolate interpolates the month boundary linearly between the readings before and after it" : ""}`);
    case "partial": {
      const how = both((l) => (m.expected ? `${int(m.count!, l)} ${l === "de" ? "von" : "of"} ${int(m.expected, l)} ${l === "de" ? "Intervallen" : "intervals"} (${pct(m.coverage!, l)})` : pct(m.coverage!, l)));
      return note("partial", `${meter} ${when}: nur ${how.de} des Monats gemessen, Summe der gemessenen Werte eingetragen (--allow-gaps)`,
        `${meter} ${when}: only ${how.en} of the month measured, the sum of the measured values entered (--allow-gaps)`);
    }
    case "interpolated": {
      const unit = meterQuantity(meter) === "water" ? "m³" : "kWh";
      const line = (l: "de" | "en") => m.interpolated!.map((x) => `${l === "de" ? (x.boundary === "start" ? "Beginn" : "Ende") : x.boundary}: ${num(x.value, l)} ${unit} ${l === "de" ? "zwischen" : "between"} ${berlinText(x.before.at)} (${num(x.before.value, l)}, ${l === "de" ? "Zeile" : "row"} ${x.before.row}) ${l === "de" ? "und" : "and"} ${berlinText(x.after.at)} (${num(x.after.value, l)}, ${l === "de" ? "Zeile" : "row"} ${x.after.row})`).join("; ");
      const share = (l: "de" | "en") => `${num(m.estimated!, l)} ${unit}${m.value ? ` (${pct(m.estimated! / m.value, l)})` : ""}`;
      return note("interpolated", `${meter} ${when}: Zählerstand an der Monatsgrenze linear interpoliert (--interpolate), ${line("de")}; ${share("de")} des Monatswerts beruhen auf der Interpolation`,
        `${meter} ${when}: reading at the month boundary interpolated linearly (--interpolate), ${line("en")}; ${share("en")} of the month's value rest on the interpolation`);
    }
    case "reset": {
      const unit = meterQuantity(meter) === "water" ? "m³" : "kWh";
      return note("reset", `${meter} ${when}: Zählerstand ${m.reset!.after} ${unit} nach ${m.reset!.before} ${unit} (Zeile ${m.reset!.row}): Zählertausch oder Rücksetzung, Verbrauch unbekannt: leer gelassen, von Hand eintragen`,
        `${meter} ${when}: reading ${m.reset!.after} ${unit} after ${m.reset!.before} ${unit} (row ${m.reset!.row}): counter replaced or reset, consumption unknown: left blank, type it by hand`);
    }
    case "irregular":
      return note("irregular", `${meter} ${when}: ${int(m.count!, "de")} Intervalle, der Schritt erlaubt ${int(m.expected!, "de")}: leer gelassen`,
        `${meter} ${when}: ${int(m.count!, "en")} intervals where the step allows ${int(m.expected!, "en")}: left blank`);
    default:
      return null;
  }
}
