/**
 * Every message a DEUZ function can give, in German and English. `{arg}` is the argument's name as the
 * function's signature shows it, `{pos}` a position in a range ("Zeile 3, Spalte 1" / "row 3, column 1").
 */
export const messages = {
  notANumber: {
    de: "Argument „{arg}“: „{value}“ ist keine Zahl. Tragen Sie eine Zahl ein.",
    en: "Argument \"{arg}\": \"{value}\" is not a number. Enter a number.",
  },
  notANumberAt: {
    de: "Argument „{arg}“, {pos}: „{value}“ ist keine Zahl. Tragen Sie eine Zahl ein oder lassen Sie die Zelle leer.",
    en: "Argument \"{arg}\", {pos}: \"{value}\" is not a number. Enter a number or leave the cell blank.",
  },
  missing: {
    de: "Argument „{arg}“ fehlt oder ist leer.",
    en: "Argument \"{arg}\" is missing or blank.",
  },
  notFinite: {
    de: "Argument „{arg}“: {value} ist keine endliche Zahl.",
    en: "Argument \"{arg}\": {value} is not a finite number.",
  },
  negative: {
    de: "Argument „{arg}“: {value} ist negativ. Energien, Leistungen, Mengen und Flächen sind ≥ 0.",
    en: "Argument \"{arg}\": {value} is negative. Energies, powers, quantities and areas are ≥ 0.",
  },
  negativeAt: {
    de: "Argument „{arg}“, {pos}: {value} ist negativ. Energien und Mengen sind ≥ 0.",
    en: "Argument \"{arg}\", {pos}: {value} is negative. Energies and quantities are ≥ 0.",
  },
  notAFraction: {
    de: "Argument „{arg}“: {value} liegt nicht zwischen 0 und 1. Anteile als Bruch angeben (20 % = 0,2).",
    en: "Argument \"{arg}\": {value} is not between 0 and 1. Give shares as fractions (20 % = 0.2).",
  },
  notAFractionAt: {
    de: "Argument „{arg}“, {pos}: {value} liegt nicht zwischen 0 und 1. Auslastungen als Bruch angeben (20 % = 0,2).",
    en: "Argument \"{arg}\", {pos}: {value} is not between 0 and 1. Give utilisations as fractions (20 % = 0.2).",
  },
  notADate: {
    de: "Argument „{arg}“: „{value}“ ist kein Datum. Ein Excel-Datum oder JJJJ-MM-TT eintragen.",
    en: "Argument \"{arg}\": \"{value}\" is not a date. Enter an Excel date or YYYY-MM-DD.",
  },
  notAFlag: {
    de: "Argument „{arg}“: „{value}“ ist kein Wahrheitswert. WAHR/FALSCH oder Ja/Nein eintragen.",
    en: "Argument \"{arg}\": \"{value}\" is not a truth value. Enter TRUE/FALSE or Yes/No.",
  },
  notText: {
    de: "Argument „{arg}“: ein Text wird erwartet.",
    en: "Argument \"{arg}\": text is expected.",
  },
  unpaired: {
    de: "„{a}“ und „{b}“, {pos}: ein Wert ist eingetragen, der andere fehlt. Beide Werte eintragen oder beide leer lassen.",
    en: "\"{a}\" and \"{b}\", {pos}: one value is filled in, the other is blank. Fill in both or leave both blank.",
  },
  shapeMismatch: {
    de: "„{a}“ ({ra}×{ca}) und „{b}“ ({rb}×{cb}) müssen gleich große Bereiche sein.",
    en: "\"{a}\" ({ra}×{ca}) and \"{b}\" ({rb}×{cb}) must be ranges of the same size.",
  },
  noValues: {
    de: "Argument „{arg}“ enthält keine Werte.",
    en: "Argument \"{arg}\" holds no values.",
  },
  divisionByZero: {
    de: "„{arg}“ ist 0: durch 0 kann nicht geteilt werden.",
    en: "\"{arg}\" is 0: cannot divide by 0.",
  },
  partAboveWhole: {
    de: "„{part}“ ({partValue}) ist größer als „{whole}“ ({wholeValue}). {hint}",
    en: "\"{part}\" ({partValue}) is greater than \"{whole}\" ({wholeValue}). {hint}",
  },
  reportingBeforeCommissioning: {
    de: "Der Berichtszeitraum beginnt ({start}) vor der Inbetriebnahme ({commissioning}). Datum prüfen.",
    en: "The reporting period starts ({start}) before commissioning ({commissioning}). Check the dates.",
  },
  periodEndsAfterApplication: {
    de: "Das Ende des Bilanzzeitraums ({end}) liegt nach dem Antragsdatum ({application}). Datum prüfen.",
    en: "The balance period ends ({end}) after the application date ({application}). Check the dates.",
  },
  unknownRefrigerant: {
    de: "Kältemittel „{value}“ ist unbekannt. Bezeichnung nach ASHRAE 34 angeben, z. B. R744, R290, R134a, R513A.",
    en: "Refrigerant \"{value}\" is unknown. Give its ASHRAE 34 designation, e.g. R744, R290, R134a, R513A.",
  },
  flagRequired: {
    de: "Argument „{arg}“ fehlt: ab {threshold} ist die Angabe nötig (Abschnitt {section}). WAHR oder FALSCH eintragen.",
    en: "Argument \"{arg}\" is missing: it is needed from {threshold} on (section {section}). Enter TRUE or FALSE.",
  },
  flagNeeded: {
    de: "Argument „{arg}“ fehlt: {reason} (Abschnitt {section}). WAHR oder FALSCH eintragen.",
    en: "Argument \"{arg}\" is missing: {reason} (section {section}). Enter TRUE or FALSE.",
  },
  unknownInsulation: {
    de: "Isoliermedium „{value}“ ist unbekannt. „SF6“ oder das SF6-freie Medium angeben (Luft, Vakuum, Feststoff …) oder WAHR/FALSCH für „enthält SF6“.",
    en: "Insulation medium \"{value}\" is unknown. Give \"SF6\" or the SF6-free medium (air, vacuum, solid …) or TRUE/FALSE for \"contains SF6\".",
  },
  tooLarge: {
    de: "Die Zahlen sind zu groß für eine Berechnung (Ergebnis nicht endlich). Einheiten prüfen (kWh, kW, m³).",
    en: "The numbers are too large to compute with (result not finite). Check the units (kWh, kW, m³).",
  },
  tooFewPoints: {
    de: "Zu wenige verschiedene Werte von „{arg}“ für eine Ausgleichsgerade (mindestens 2 nötig).",
    en: "Too few distinct values of \"{arg}\" for a regression line (at least 2 needed).",
  },
  negativeResult: {
    de: "Ergebnis {value} ist negativ: die Messreihe ergibt keine sinnvolle Leerlaufleistung (Anhang E).",
    en: "Result {value} is negative: the series gives no meaningful idle power (Anhang E).",
  },
  asOfBeforeCommissioning: {
    de: "Der Stichtag ({asOf}) liegt vor der Inbetriebnahme ({commissioning}). Datum prüfen.",
    en: "The date judged ({asOf}) is before commissioning ({commissioning}). Check the dates.",
  },
  enefgNotYet: {
    de: "An diesem Tag gilt noch keine Anforderung nach EnEfG {paragraph}: sie gilt ab {from}.",
    en: "No requirement of EnEfG {paragraph} applies on that day yet: it applies from {fromIso}.",
  },
  enefgNoErfExisting: {
    de: "EnEfG {paragraph} gilt nur für Rechenzentren mit Betriebsaufnahme ab dem 01.07.2026.",
    en: "EnEfG {paragraph} applies only to data centres taking up operation from 2026-07-01.",
  },
} as const;

export type MessageId = keyof typeof messages;

/** "Zeile 3, Spalte 1" / "row 3, column 1": a 1-based position within a range argument. */
export const position = {
  de: (row: number, col: number) => `Zeile ${row}, Spalte ${col} des Bereichs`,
  en: (row: number, col: number) => `row ${row}, column ${col} of the range`,
};

