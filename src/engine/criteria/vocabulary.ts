/**
 * The words of DE-UZ 228's inventories as the criteria read them: each kind with the word the template's
 * drop-down offers per language, and the other spellings people type for it (read through `readWord`, so case,
 * spaces, hyphens and umlauts spelt out do not matter). The template offers `de`/`en`; the engine reads all.
 */

/** 3.2.3 / Anlage 3.5: the plant of the building services. */
export const componentKinds = {
  refrigeration: { de: "Kältetechnik", en: "Refrigeration", also: ["Kälteanlage", "Kältemaschine", "Kaltwassersatz", "Chiller", "Kühlung", "Cooling"] },
  ups: { de: "USV", en: "UPS", also: ["USV-Anlage", "Unterbrechungsfreie Stromversorgung", "Uninterruptible power supply"] },
  switchgear: { de: "Schaltanlage", en: "Switchgear", also: ["Elektrische Schaltanlage", "Mittelspannungsschaltanlage", "Niederspannungsschaltanlage"] },
  generator: { de: "NEA", en: "Generator", also: ["Netzersatzanlage", "Notstromaggregat", "Notstrom", "Standby generator", "Diesel generator"] },
  heatPump: { de: "Wärmepumpe", en: "Heat pump", also: [] },
  dehumidifier: { de: "Entfeuchter", en: "Dehumidifier", also: ["Luftentfeuchter"] },
  other: { de: "Sonstiges", en: "Other", also: ["Sonstige"] },
} as const;
export type ComponentKind = keyof typeof componentKinds;

/** 3.2.9 applies to "Kälteanlagen, Wärmepumpen und Entfeuchtern". */
export const refrigerantKinds: ComponentKind[] = ["refrigeration", "heatPump", "dehumidifier"];
/** 3.2.3: "Komponenten der Kältetechnik, USV-Anlagen, Elektrische Schaltanlagen, Netzersatzanlagen". */
export const requiredKinds: ComponentKind[] = ["refrigeration", "ups", "switchgear", "generator"];

/** 3.3.1 / Anlage 4.1: server, storage, network; tape is storage the monitoring need not cover (Anhang D 2). */
export const itKinds = {
  server: { de: "Server", en: "Server", also: [] },
  storage: { de: "Speicher", en: "Storage", also: ["Speichersystem", "Storage system", "SAN", "NAS"] },
  tape: { de: "Bandspeicher", en: "Tape storage", also: ["Band-Speicher", "Magnetband", "Tape", "Tape library", "Bandbibliothek"] },
  network: { de: "Netzwerk", en: "Network", also: ["Netzwerkgerät", "Network device", "Switch", "Router"] },
} as const;
export type ItKind = keyof typeof itKinds;

type Kinds = Record<string, { de: string; en: string; also: readonly string[] }>;

/** Every word read as each kind. */
export function wordsOf<K extends string>(kinds: Record<K, { de: string; en: string; also: readonly string[] }>): Record<K, string[]> {
  return Object.fromEntries(Object.entries(kinds as Kinds).map(([k, w]) => [k, [w.de, w.en, ...w.also]])) as Record<K, string[]>;
}

/** The words a drop-down offers, for a message ("Kältetechnik, USV, …"). */
export function offered(kinds: Kinds, lang: "de" | "en" = "de"): string {
  return Object.values(kinds).map((w) => w[lang]).join(", ");
}

/** 3.2.6.1/3.2.6.2 and meters: each monthly meter of Anlage 3.4 with the unit its column holds. */
export const METER_UNITS = {
  MP_EVU: "kWh", MP_EE: "kWh", MP_NEA: "kWh", MP_IT2: "kWh", MP_KS: "kWh", MP_So: "kWh", MP_KE: "kWh", MP_RZ: "kWh",
  MP_An: "kWh", Wasser_m3: "m3", MP_Auskopplung: "kWh", Strom_erneuerbar_kWh: "kWh",
} as const;
export type Meter = keyof typeof METER_UNITS;

/** 3.2.2: the meters every month of the reporting period needs ("0 ist ein Wert"). */
export const METERS: Meter[] = ["MP_EVU", "MP_EE", "MP_NEA", "MP_IT2", "MP_KS", "MP_So", "MP_KE", "MP_RZ", "MP_An", "Wasser_m3"];
/** The meters a key figure is computed from (3.2.2's list): PUE from the total and IT, CER from heat and cooling. */
export const PUE_METERS: Meter[] = ["MP_EVU", "MP_EE", "MP_NEA", "MP_IT2"];
export const CER_METERS: Meter[] = ["MP_RZ", "MP_KS"];
/** Meters judged for negative values besides 3.2.2's list. */
export const ALL_METERS: Meter[] = [...METERS, "MP_Auskopplung", "Strom_erneuerbar_kWh"];
