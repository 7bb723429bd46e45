/**
 * The inputs the law needs that DE-UZ 228's data do not cover (law-notes.md § 4, "fields to collect"), by defined
 * name: the template's sheet "Gesetz EnEfG-EU" lays them out (src/workbook/template/layout.ts), the rule sets and
 * the register read them. Annual quantities are for the reporting period of Stammdaten, like Anlage 3.4's sums.
 */
export const LAW = {
  owner: "Eigentuemer",
  operator: "Betreiber",
  postcode: "RZ_PLZ",
  lau: "RZ_LAU_Code",
  type: "RZ_Typ",
  /** § 3 Nr. 24 EnEfG: the non-redundant electrical rated connection power of the data centre (scope ≥ 300 kW). */
  connectionKw: "Nennanschlussleistung_nr_kW",
  /** Anlage 3 Nr. 1c/1f EnEfG; EU PD_IT, the installed IT power demand (scope ≥ 500 kW). */
  itKw: "IT_Nennanschlussleistung_kW",
  redundancyPower: "Redundanz_Strom",
  redundancyCooling: "Redundanz_Kuehlung",
  publicBody: "Oeffentlicher_Traeger",
  decommission: "Ausserbetriebnahme_geplant",
  emsKind: "EnMS_Art",
  emsSince: "EnMS_eingerichtet",
  emsCertified: "EnMS_zertifiziert",
  emsExempt: "EnMS_Befreiung_12_4",
  erfExemption: "ERF_Ausnahme_11_3",
  customers: "Kunden_Dritte",
  customersInformed: "Kunden_Jahresverbrauch",
  feedBack: "Strom_Rueckspeisung_kWh",
  otherEnergy: "Energie_sonstige_kWh",
  heatToEnvironment: "Abwaerme_Umgebung_kWh",
  heatToEnvironmentC: "Abwaerme_Umgebung_Temp_C",
  heatDeliveredC: "Abwaerme_geliefert_Temp_C",
  waterTotal: "Wasser_gesamt_m3",
  goo: "EE_HKN_kWh",
  ppa: "EE_PPA_kWh",
  onSite: "EE_vor_Ort_kWh",
  dataStored: "Daten_gespeichert_TB",
  trafficIn: "Datenverkehr_ein_TB",
  trafficOut: "Datenverkehr_aus_TB",
  intakeC: "Zuluft_Sollwert_C",
  registerSent: "Register_gemeldet",
  /** § 3 Nr. 4, § 12 Abs. 5: an IT operator's own IT, non-redundant rated connection power (applicant IT operator only). */
  itOperatorKw: "IT_Betreiber_nr_kW",
  /** § 16 Abs. 4, § 17 Abs. 4: the company's annual average total final energy over the last three closed calendar years. */
  finalEnergy3y: "Endenergie_Mittel_3J_kWh",
  /** § 16 Abs. 1, 2: waste heat avoided per the state of the art and reused where possible and reasonable (the answer). */
  wasteHeat16: "Abwaerme_16",
  /** § 17 Abs. 1 Nr. 3: the maximum thermal power of the waste heat. */
  heatMaxKw: "Abwaerme_max_kW",
  /** § 17 Abs. 1 Nr. 5: the options to control temperature, pressure and feed-in. */
  heatControl: "Abwaerme_Regelung",
  /** § 17 Abs. 2: transmitted to the Bundesstelle für Energieeffizienz (platform for waste heat) on. */
  heatPlatformSent: "Abwaerme_Plattform_gemeldet",
} as const;

/** The sheet that holds them. Excel forbids "/" in a sheet name: "Gesetz EnEfG-EU". */
export const LAW_SHEET = "Gesetz EnEfG-EU";

/** The words of the template's lists, per language, and the other spellings read as each (readWord ignores case). */
export const emsKinds = {
  iso50001: { de: "DIN EN ISO 50001", en: "ISO 50001", also: ["ISO50001", "50001", "EN ISO 50001"] },
  emas: { de: "EMAS", en: "EMAS", also: ["EMAS III", "Umweltmanagementsystem"] },
  none: { de: "keines", en: "none", also: ["kein", "Nein", "No"] },
} as const;

/** § 11(3) EnEfG: the exemption from the reused-energy share the operator proves, or none. */
export const erfExemptions = {
  none: { de: "keine", en: "none", also: ["kein", "Nein", "No"] },
  nr1: { de: "Nr. 1: nachträgliche Ereignisse ohne Verschulden", en: "No. 1: later events, not the operator's fault", also: ["Nr. 1", "1"] },
  nr2: { de: "Nr. 2: Vereinbarung zum Wärmenetz (10 Jahre)", en: "No. 2: heat-network agreement (10 years)", also: ["Nr. 2", "2"] },
  nr3: { de: "Nr. 3: Angebot zu Gestehungskosten nicht angenommen", en: "No. 3: offer at production cost not accepted", also: ["Nr. 3", "3"] },
} as const;

/** § 16 Abs. 1, 2 EnEfG: what the operator states about avoiding and reusing waste heat. */
export const wasteHeatAnswers = {
  done: { de: "vermieden und genutzt, soweit möglich und zumutbar", en: "avoided and reused as far as possible and reasonable", also: ["Ja", "Yes", "umgesetzt", "done"] },
  open: { de: "nicht umgesetzt", en: "not done", also: ["Nein", "No", "offen", "open"] },
  permit: { de: "BImSchG-Anlage mit spezielleren Anforderungen (§ 16 Abs. 3)", en: "BImSchG installation with more specific rules (§ 16(3))", also: ["BImSchG", "§ 16 Abs. 3", "16(3)"] },
} as const;

/** EU 2024/1364 Annex I: the data centre's type. */
export const dcTypes = {
  enterprise: { de: "Unternehmens-RZ", en: "Enterprise", also: ["Unternehmensrechenzentrum", "Enterprise data centre"] },
  colocation: { de: "Kolokation", en: "Colocation", also: ["Co-Lokation", "Colo"] },
  cohosting: { de: "Co-Hosting", en: "Co-hosting", also: ["Cohosting", "Hosting"] },
} as const;
