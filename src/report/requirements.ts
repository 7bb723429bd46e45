/**
 * What each criterion of DE-UZ 228 requires, in a sentence or two per language (from the criteria text,
 * section 3), and the defined names of the cells its figures come from. The report's sections are made from
 * the catalogue (order, title, Anlage, Nachweis) and from this table; a test checks that every name exists in
 * the template and every criterion of the catalogue has its entry.
 */
import { Text } from "../engine/errors";
import { enefg2026Draft } from "../engine/rulesets/enefgParams";

/** A defined name the criterion reads; `rows: "period"` for a meter of Anlage 3.4 (the months of the period). */
export interface Source {
  name: string;
  rows?: "period" | "filled";
}

export interface Requirement {
  text: Text;
  sources: Source[];
}

const period = (...names: string[]): Source[] => names.map((name) => ({ name, rows: "period" as const }));
const filled = (...names: string[]): Source[] => names.map((name) => ({ name, rows: "filled" as const }));
const cells = (...names: string[]): Source[] => names.map((name) => ({ name }));

export const requirements: Record<string, Requirement> = {
  "3.1.1": {
    text: {
      de: "Der Antragsteller verfügt über ein Energiemanagementsystem (angelehnt an DIN EN 50600-3-1, DIN EN ISO 50001 oder EMAS III) mit mindestens acht Punkten: Energiestrategie, Zuständigkeiten, Messkonzept, Effizienzziele, bereichsübergreifende Maßnahmen, kontinuierliche Verbesserung, Lebenszykluskosten und Umweltzeichen bei Neuanschaffungen.",
      en: "The applicant runs an energy management system (after DIN EN 50600-3-1, DIN EN ISO 50001 or EMAS III) with at least eight points: energy strategy, responsibilities, metering concept, efficiency targets, measures across departments, continual improvement, life-cycle cost and eco-labels for new purchases.",
    },
    sources: cells("EnMS_Strategie", "EnMS_Zustaendigkeiten", "EnMS_Messkonzept", "EnMS_Ziele", "EnMS_Bereichsuebergreifend", "EnMS_KVP", "EnMS_TCO", "EnMS_Umweltzeichen"),
  },
  "3.1.2": {
    text: {
      de: "Bei Antragstellung dokumentiert der Energieeffizienzbericht den technischen Zustand des Rechenzentrums und dass alle Anforderungen eingehalten sind, die zu diesem Zeitpunkt gelten; ein Auditor der Anlage B prüft ihn. Ein reiner IT-Betreiber wird nur in einem mit DE-UZ 228 zertifizierten Rechenzentrum ausgezeichnet (Abschnitt 2).",
      en: "At application the energy efficiency report documents the data centre's technical state and that every requirement then in force is met; an auditor of Anlage B checks it. An applicant that operates IT only is labelled only within a data centre certified to DE-UZ 228 (section 2).",
    },
    sources: cells("Rolle_RZ_Betreiber", "Rolle_RZ_Dienstleister", "Rolle_IT_Betreiber", "RZ_zertifiziert"),
  },
  "3.1.3": {
    text: {
      de: "Spätestens 6 Monate vor Ende der Vertragslaufzeit wird ein aktualisierter Bericht vorgelegt, der die Einhaltung während der Laufzeit dokumentiert.",
      en: "At the latest 6 months before the contract ends an updated report documents that the requirements were met during the contract.",
    },
    sources: [],
  },
  "3.2.1": {
    text: {
      de: "Ein Messkonzept mit Block- oder Anlagenschemata für Strom und Kälte, den benannten Messpunkten und der Berechnung von PUE, CER, ERF und WUE aus ihnen (Anhang A).",
      en: "A metering concept with block or plant schematics for electricity and cooling, the meter points named, and how PUE, CER, ERF and WUE are computed from them (Anhang A).",
    },
    sources: cells("Messkonzept_Schema_Strom", "Messkonzept_Schema_Kaelte", "Messkonzept_Messpunkte", "Messkonzept_Berechnung", "Messkonzept_Zaehler_Auskopplung"),
  },
  "3.2.2": {
    text: {
      de: "Monatliche Messwerte von Strom (gesamt, IT, Kühlsystem, Sonstiges, Eigenerzeugung), Kälte, Wärmeabfuhr, genutzter Abwärme und Trinkwasser, mindestens für die 12 Monate vor Antragstellung.",
      en: "Monthly values of electricity (total, IT, cooling, other, own generation), cold, heat removed, waste heat used and drinking water, for at least the 12 months before the application.",
    },
    sources: [...cells("Berichtszeitraum_Beginn", "Berichtszeitraum_Ende"), ...period("Monat", "MP_EVU", "MP_EE", "MP_NEA", "MP_IT2", "MP_KS", "MP_So", "MP_KE", "MP_RZ", "MP_An", "Wasser_m3")],
  },
  "3.2.3": {
    text: {
      de: "Eine Inventarliste der technischen Gebäudeausrüstung mit mindestens Kältetechnik, USV-Anlagen, elektrischen Schaltanlagen und Netzersatzanlagen (mit Treibstofflager), fortgeschrieben bei Neuanschaffungen.",
      en: "An inventory of the building services with at least refrigeration, UPS, electrical switchgear and standby generators (with fuel store), kept up to date with new purchases.",
    },
    sources: filled("TGA_Art", "TGA_Datum"),
  },
  "3.2.4": {
    text: {
      de: "Der Strombedarf wird zu 100 % aus erneuerbaren Energien gedeckt. Ausnahme: Bezug über einen Dritten, höchstens 20 % von dessen EVU-Liefermenge, der nicht erneuerbare Rest mit Kompensationszertifikaten (Anhang B).",
      en: "The electricity is 100 % renewable. Exception: supply through a third party, at most 20 % of what its utility delivers, the non-renewable rest compensated with certificates (Anhang B).",
    },
    sources: [...period("Strom_erneuerbar_kWh", "MP_EVU", "MP_EE", "MP_NEA"), ...cells("Bezug_ueber_Dritte", "EVU_Liefermenge_Dritter_kWh", "Kompensationszertifikate")],
  },
  "3.2.5": {
    text: {
      de: "PUE, CER, ERF und WUE werden jährlich veröffentlicht; der Ort wird in Anlage 2 genannt. Ausnahme: Gefährdung der öffentlichen oder nationalen Sicherheit.",
      en: "PUE, CER, ERF and WUE are published yearly and the place is named in Anlage 2. Exception: a risk to public or national security.",
    },
    sources: cells("Kennzahlen_veroeffentlicht", "Kennzahlen_Ort", "Sicherheitsausnahme"),
  },
  "3.2.6.1": {
    text: {
      de: "IT-Kunden ab 5 kW vertraglicher IT-Spitzenlast erhalten mindestens monatlich ihren IT-Stromverbrauch (kWh) und ihre Spitzenlast (kW).",
      en: "IT customers from 5 kW contracted IT peak receive their IT electricity (kWh) and peak load (kW) at least monthly.",
    },
    sources: filled("Kunde_Name", "Kunde_Spitzenlast_kW", "Kunde_Monatsinfo"),
  },
  "3.2.6.2": {
    text: {
      de: "Für IT-Kunden ab 5 kW ein verbrauchsabhängiger Preis je kWh nicht unter dem Einkaufspreis, ohne Mindestabnahme und ohne Freimenge. Ausnahme: keine monetäre Abrechnung.",
      en: "For IT customers from 5 kW a consumption-based price per kWh not below the purchase price, without minimum purchase or free allowance. Exception: no monetary billing.",
    },
    sources: [...cells("Monetaere_Abrechnung"), ...filled("Kunde_Preis_kWh", "Kunde_Einkaufspreis_kWh", "Kunde_Mindestabnahme_kWh", "Kunde_Freimenge_kWh")],
  },
  "3.2.6.3": {
    text: {
      de: "Der RZ-Dienstleister informiert seine IT-Kunden über Möglichkeiten der Energieeinsparung und unterstützt sie bei der Umsetzung.",
      en: "The service provider informs its IT customers about ways to save energy and supports them in doing so.",
    },
    sources: cells("Beratungsangebot", "Beratungsangebot_Form"),
  },
  "3.2.7": {
    text: {
      de: "PUE der Kategorie 2 nach DIN EN 50600-4-2 über 12 Monate, ohne die Energie zur Abwärmeauskopplung, höchstens der Grenzwert nach Inbetriebnahme (Tabelle 2; Tabelle 3 in den ersten zwei Jahren); der Bilanzzeitraum endet höchstens drei Monate vor dem Antrag.",
      en: "PUE category 2 per DIN EN 50600-4-2 over 12 months, without the energy to extract waste heat, at most the limit for the commissioning date (Tabelle 2; Tabelle 3 in the first two years); the balance period ends at most three months before the application.",
    },
    sources: [...cells("Inbetriebnahme_RZ", "Berichtszeitraum_Beginn", "Antragsdatum"), ...period("MP_EVU", "MP_EE", "MP_NEA", "MP_IT2", "MP_Auskopplung")],
  },
  "3.2.8": {
    text: {
      de: "CER nach DIN EN 50600-4-7 (abgeführte Wärme durch elektrische Energie des Kühlsystems, ohne Energie zur Abwärmeauskopplung) über dem Grenzwert nach Inbetriebnahme des Kühlsystems (Tabelle 4; Tabelle 5 in den ersten zwei Jahren).",
      en: "CER per DIN EN 50600-4-7 (heat removed over the cooling system's electricity, without the energy to extract waste heat) above the limit for the cooling system's commissioning (Tabelle 4; Tabelle 5 in the first two years).",
    },
    sources: [...cells("Inbetriebnahme_Kuehlsystem", "Inbetriebnahme_RZ", "Auskopplung_in_MP_KS"), ...period("MP_RZ", "MP_KS", "MP_Auskopplung")],
  },
  "3.2.9": {
    text: {
      de: "Kälteanlagen, Wärmepumpen und Entfeuchter, die nach dem 01.01.2013 in Betrieb genommen wurden, verwenden nur halogenfreie Kältemittel; ausgenommen sind Anlagen bis 10 kW_th.",
      en: "Refrigeration plant, heat pumps and dehumidifiers commissioned after 2013-01-01 use halogen-free refrigerants only; plant up to 10 kW_th is exempt.",
    },
    sources: filled("TGA_Art", "TGA_Datum", "TGA_Leistung_kW", "TGA_Kaeltemittel"),
  },
  "3.2.10": {
    text: {
      de: "Rechenzentren mit Inbetriebnahme ab 01.01.2023: ein Teil der Abwärme wird genutzt (ERF > 0); ab 100 kW Anschlussleistung Anschlüsse für externe Nutzung und veröffentlichte Temperatur und Menge; der ERF wird jährlich veröffentlicht.",
      en: "Data centres commissioned from 2023-01-01: part of the waste heat is used (ERF > 0); from 100 kW connection power, connections for external use and published temperature and amount; the ERF is published yearly.",
    },
    sources: [...cells("Inbetriebnahme_RZ", "Anschlussleistung_kW", "Abwaerme_Anschluesse", "Abwaerme_veroeffentlicht", "Kennzahlen_veroeffentlicht"), ...period("MP_An", "MP_EVU", "MP_EE", "MP_NEA")],
  },
  "3.2.11": {
    text: {
      de: "Elektrische Schaltanlagen, die nach dem 01.01.2023 installiert wurden, enthalten kein SF6 als Isoliermedium.",
      en: "Electrical switchgear installed after 2023-01-01 contains no SF6 as insulation medium.",
    },
    sources: filled("TGA_Art", "TGA_Datum", "TGA_Isoliermedium"),
  },
  "3.2.12": {
    text: {
      de: "Zur Information: IT-Gesamtleistung je Bruttogrundfläche, bebauter Fläche und IT-Fläche (kW/m²); wer nur Teile eines Gebäudes nutzt, je genutzter Fläche und IT-Fläche.",
      en: "For information: IT total power per gross floor area, built-up area and IT floor area (kW/m²); where only parts of a building are used, per used area and IT floor area.",
    },
    sources: cells("IT_Gesamtleistung_kW", "Teilflaeche", "Flaeche_BGF_m2", "Flaeche_BF_m2", "Flaeche_ITF_m2", "Flaeche_NF_m2"),
  },
  "3.2.13": {
    text: {
      de: "Vor Änderung, Austausch oder Neuanschaffung von TGA-Komponenten wird sichergestellt, dass die Kriterien (insbesondere PUE, CER, Schaltanlagen, Kältemittel) weiter eingehalten werden; die Inventarliste wird fortgeschrieben.",
      en: "Before building-services components are changed, replaced or bought, it is made sure that the criteria (PUE, CER, switchgear, refrigerants in particular) stay met; the inventory is kept up to date.",
    },
    sources: cells("Neuanschaffungen_Prozess"),
  },
  "3.3.1": {
    text: {
      de: "Eine IT-Inventarliste mit mindestens Servern, Speichersystemen und Netzwerkgeräten, fortgeschrieben bei Neuanschaffungen.",
      en: "An IT inventory with at least servers, storage systems and network devices, kept up to date with new purchases.",
    },
    sources: filled("IT_ID", "IT_Typ"),
  },
  "3.3.2": {
    text: {
      de: "Ein Monitoring der IT-Last: für alle Server die mittlere CPU-Auslastung je Monat, für alle Speichersysteme die mittlere Belegung je Monat; Datenreihen über mindestens 3 Monate, mindestens 90 % der Server und der Speicherkapazität erfasst (Anhang D).",
      en: "IT load monitoring: for every server the mean CPU utilisation per month, for every storage system the mean occupancy per month; data series of at least 3 months covering at least 90 % of the servers and of the storage capacity (Anhang D).",
    },
    sources: [...filled("IT_Typ", "IT_GPU", "IT_Kapazitaet_GB", "IT_Monitoring", "CPU_Server_ID"), ...cells("CPU_Auslastung", "Speicher_belegt_GB", "GPU_CPU_Monitoring")],
  },
  "3.3.3": {
    text: {
      de: "Die Server erreichen über 12 Monate eine mittlere CPU-Auslastung ITEU_SV ≥ 20 % (Mittel der Monatswerte, Anhang D). Ausnahme 1: Rechenzentren unter 15 Monaten ab einem Monat; Ausnahme 2: GPU-Server zählen nicht.",
      en: "Over 12 months the servers reach a mean CPU utilisation ITEU_SV ≥ 20 % (mean of the monthly values, Anhang D). Exception 1: data centres younger than 15 months from one month; exception 2: GPU servers do not count.",
    },
    sources: [...filled("CPU_Server_ID"), ...cells("CPU_Auslastung"), ...filled("IT_GPU")],
  },
  "3.3.4": {
    text: {
      de: "IT, die das Rechenzentrum verlässt, wird nicht verschrottet: ein Verfahren zum sicheren Löschen und eine Vereinbarung mit einem Abnehmer zum Refurbishment liegen vor (Ausnahme: Verschlusssachen ohne zerstörungsfreies Löschverfahren).",
      en: "IT leaving the data centre is not scrapped: a procedure for secure erasure and an agreement with a refurbisher are in place (exception: classified data carriers without a non-destructive erasure procedure).",
    },
    sources: cells("Reuse_Loeschverfahren", "Reuse_Vertrag"),
  },
};

/** The months of the reporting period a law figure is summed over (Stammdaten), as 3.2.7 names them. */
const periodBounds = cells("Berichtszeitraum_Beginn", "Berichtszeitraum_Ende");
/** Whom § 12 binds: the roles of Stammdaten (§ 3 Nr. 3, 4 EnEfG). */
const roles = cells("Rolle_RZ_Betreiber", "Rolle_RZ_Dienstleister", "Rolle_IT_Betreiber");

/**
 * What each criterion of the law's rule sets (src/engine/rulesets/enefg.ts, eu1364.ts) requires, paraphrasing the
 * statute and citing the paragraph (/work/shared/reference/enefg-rechenzentren.txt; the EU report after law-notes.md
 * § 2, whose unverified points say so), and the defined names the criterion's code reads. The scope cell of a rule
 * set (§ 3 Nr. 24: Nennanschlussleistung_nr_kW; EU: IT_Nennanschlussleistung_kW) is listed where the criterion
 * itself reads it. The draft of 2026 reuses the EnEfG ids and so these texts; its group is marked as a draft.
 */
export const lawRequirements: Record<string, Requirement> = {
  "EnEfG-11-1": {
    text: {
      de: "§ 11 Abs. 1 EnEfG: Rechenzentren, die vor dem 1. Juli 2026 den Betrieb aufgenommen haben, erreichen im Jahresdurchschnitt dauerhaft eine Energieverbrauchseffektivität (PUE, DIN EN 50600-4-2) von höchstens 1,5 ab dem 1. Juli 2027 und von höchstens 1,3 ab dem 1. Juli 2030.",
      en: "EnEfG § 11(1): data centres that took up operation before 1 July 2026 permanently reach, as an annual average, a power usage effectiveness (PUE, DIN EN 50600-4-2) of at most 1.5 from 1 July 2027 and at most 1.3 from 1 July 2030.",
    },
    sources: [...cells("Inbetriebnahme_RZ"), ...periodBounds, ...period("MP_EVU", "MP_EE", "MP_NEA", "MP_IT2", "MP_Auskopplung")],
  },
  "EnEfG-11-2-PUE": {
    text: {
      de: "§ 11 Abs. 2 Satz 1 Nr. 1, Satz 2 und 3 EnEfG: Rechenzentren, die ab dem 1. Juli 2026 den Betrieb aufnehmen, erreichen spätestens zwei Jahre nach Inbetriebnahme im Jahresdurchschnitt dauerhaft eine PUE von höchstens 1,2. Der Strom von Anlagen, die ausschließlich der Aufwertung der Abwärme dienen, bleibt dabei unberücksichtigt.",
      en: "EnEfG § 11(2) S. 1 No. 1, S. 2 and 3: data centres taking up operation from 1 July 2026 permanently reach, at the latest two years after commissioning and as an annual average, a PUE of at most 1.2. The electricity of installations that serve only to upgrade the waste heat is left out.",
    },
    sources: [...cells("Inbetriebnahme_RZ"), ...periodBounds, ...period("MP_EVU", "MP_EE", "MP_NEA", "MP_IT2", "MP_Auskopplung")],
  },
  "EnEfG-11-2-ERF": {
    text: {
      de: "§ 11 Abs. 2 Satz 1 Nr. 2, Satz 2 EnEfG: Rechenzentren mit Betriebsaufnahme ab dem 1. Juli 2026 weisen spätestens zwei Jahre nach Inbetriebnahme einen Anteil wiederverwendeter Energie (ERF, DIN EN 50600-4-6) von mindestens 10 % auf; bei Betriebsaufnahme ab dem 1. Juli 2027 einen geplanten Anteil von mindestens 15 %, ab dem 1. Juli 2028 von mindestens 20 %. Nach § 11 Abs. 3 entfällt das, wenn der Betreiber nachträgliche Ereignisse ohne sein Verschulden, eine Vereinbarung zur Abwärmenutzung mit Gemeinde oder Wärmenetzbetreiber (Erfüllung binnen zehn Jahren) oder ein nicht binnen sechs Monaten angenommenes Angebot zu Gestehungskosten nachweist.",
      en: "EnEfG § 11(2) S. 1 No. 2, S. 2: data centres taking up operation from 1 July 2026 show, at the latest two years after commissioning, an energy reuse factor (ERF, DIN EN 50600-4-6) of at least 10 %; from 1 July 2027 a planned share of at least 15 %, from 1 July 2028 of at least 20 %. By § 11(3) this does not apply if the operator proves later events through no fault of its own, a waste-heat agreement with a municipality or heat-network operator (met within ten years), or an offer at production cost not accepted within six months.",
    },
    sources: [...cells("Inbetriebnahme_RZ", "ERF_Ausnahme_11_3"), ...periodBounds, ...period("MP_EVU", "MP_EE", "MP_NEA", "MP_IT2", "MP_An", "MP_Auskopplung")],
  },
  "EnEfG-11-5": {
    text: {
      de: "§ 11 Abs. 5 EnEfG: Betreiber von Rechenzentren decken den Stromverbrauch ihrer Rechenzentren bilanziell ab dem 1. Januar 2024 zu 50 % und ab dem 1. Januar 2027 zu 100 % durch Strom aus erneuerbaren Energien. „Ungefördert“ steht nicht im Gesetzestext; Sekundärquellen fügen es hinzu (nicht verifiziert, UNVERIFIED).",
      en: "EnEfG § 11(5): data centre operators cover their data centres' electricity consumption on balance with renewable electricity, 50 % from 1 January 2024 and 100 % from 1 January 2027. \"Unsubsidised\" is not in the statute; secondary sources add it (not verified, UNVERIFIED).",
    },
    sources: [...periodBounds, ...period("Strom_erneuerbar_kWh", "MP_EVU", "MP_EE", "MP_NEA")],
  },
  "EnEfG-12": {
    text: {
      de: "§ 12 Abs. 1, 3 EnEfG: Betreiber von Rechenzentren richten bis zum 1. Juli 2025 ein Energie- oder Umweltmanagementsystem ein; ab dem 1. Januar 2026 ist es ab 1 MW nicht redundanter Nennanschlussleistung (im Eigentum oder Auftrag öffentlicher Träger ab 300 kW) zu validieren oder zu zertifizieren. Befreit sind nach Abs. 4 Rechenzentren, deren wiederverwendete Energie zu mindestens 50 % über ein Wärmenetz aufgenommen wird, bei höchstens 7,5 GWh Gesamtendenergieverbrauch im Mittel der letzten drei Kalenderjahre, und nach Abs. 6 solche, die plangemäß vor dem 1. Juli 2027 außer Betrieb gehen.",
      en: "EnEfG § 12(1), (3): data centre operators set up an energy or environmental management system by 1 July 2025; from 1 January 2026 it must be validated or certified from 1 MW non-redundant rated connection power (300 kW when owned by or run for public bodies). Exempt are, by § 12(4), data centres whose reused energy goes at least 50 % into a heat network, at most 7.5 GWh total final energy a year over the last three calendar years, and, by § 12(6), those planned to go out of operation before 1 July 2027.",
    },
    sources: [...roles, ...cells("Ausserbetriebnahme_geplant", "EnMS_Befreiung_12_4", "EnMS_Art", "EnMS_eingerichtet", "EnMS_zertifiziert", "Nennanschlussleistung_nr_kW", "Oeffentlicher_Traeger")],
  },
  "EnEfG-12-2": {
    text: {
      de: "§ 12 Abs. 2 EnEfG: Im Rahmen des Energie- oder Umweltmanagementsystems werden die elektrische Leistung und der Energiebedarf der wesentlichen Komponenten des Rechenzentrums kontinuierlich gemessen (Nr. 1) und Maßnahmen ergriffen, die seine Energieeffizienz kontinuierlich verbessern (Nr. 2).",
      en: "EnEfG § 12(2): within the energy or environmental management system, the electrical power and energy demand of the data centre's essential components are measured continuously (No. 1) and measures are taken that continually improve its energy efficiency (No. 2).",
    },
    sources: [...roles, ...cells("Ausserbetriebnahme_geplant", "EnMS_Befreiung_12_4", "EnMS_Messkonzept", "EnMS_KVP"), ...periodBounds, ...period("MP_IT2", "MP_KS", "MP_So")],
  },
  "EnEfG-12-5": {
    text: {
      de: "§ 12 Abs. 5 EnEfG: Betreiber von Informationstechnik (§ 3 Nr. 4: ab 50 kW nicht redundanter Nennanschlussleistung in einem Rechenzentrum, das sie nicht selbst betreiben) erfüllen Abs. 1 und 2 entsprechend. Ab dem 1. Januar 2026 ist ihr System ab 500 kW IT-Leistung (im Auftrag öffentlicher Träger ab 300 kW) zu validieren oder zu zertifizieren.",
      en: "EnEfG § 12(5): IT operators (§ 3 No. 4: from 50 kW non-redundant rated connection power in a data centre they do not operate themselves) meet § 12(1) and (2) accordingly. From 1 January 2026 their system must be validated or certified from 500 kW of IT power (300 kW when run for public bodies).",
    },
    sources: [...roles, ...cells("IT_Betreiber_nr_kW", "Ausserbetriebnahme_geplant", "EnMS_Art", "EnMS_eingerichtet", "EnMS_zertifiziert", "Oeffentlicher_Traeger")],
  },
  "EnEfG-13": {
    text: {
      de: "§ 13 Abs. 1 EnEfG: Betreiber von Rechenzentren veröffentlichen bis zum 31. März jedes Jahres die Informationen nach Anlage 3 für das vorangegangene Kalenderjahr und übermitteln sie an den Bund (Energieeffizienzregister, § 14). Erstmals nach § 20 Abs. 2 ab 500 kW bis zum 15. Mai 2024, von 200 bis unter 500 kW bis zum 1. Juli 2025.",
      en: "EnEfG § 13(1): data centre operators publish the information of Anlage 3 for the previous calendar year every year by 31 March and send it to the federal government (energy efficiency register, § 14). By § 20(2) first from 500 kW by 15 May 2024, from 200 to below 500 kW by 1 July 2025.",
    },
    sources: [
      ...cells("Nennanschlussleistung_nr_kW", "RZ_Name", "Eigentuemer", "Betreiber", "IT_Nennanschlussleistung_kW", "RZ_PLZ", "Flaeche_BGF_m2", "Strom_Rueckspeisung_kWh",
        "Abwaerme_Umgebung_kWh", "Abwaerme_Umgebung_Temp_C", "Abwaerme_geliefert_Temp_C", "Daten_gespeichert_TB", "Energie_sonstige_kWh", "Wasser_gesamt_m3", "Auskopplung_in_MP_KS"),
      ...periodBounds, ...period("MP_EVU", "MP_EE", "MP_NEA", "MP_IT2", "Strom_erneuerbar_kWh", "MP_An", "MP_RZ", "MP_KS", "MP_Auskopplung"),
    ],
  },
  "EnEfG-15": {
    text: {
      de: "§ 15 EnEfG: Bieten Betreiber von Rechenzentren Dienstleistungen für Dritte (Kunden) an, stellen sie ab dem 1. Januar 2024 jedem Kunden die ihm direkt zuzuordnenden Energieverbräuche pro Jahr dar.",
      en: "EnEfG § 15: data centre operators that offer services to third parties (customers) show each customer, from 1 January 2024, the energy consumption directly attributable to them per year.",
    },
    sources: cells("Kunden_Dritte", "Kunden_Jahresverbrauch"),
  },
  "EnEfG-16": {
    text: {
      de: "§ 11 Abs. 4 mit § 16 Abs. 1, 2 EnEfG: Abwärme ist nach dem Stand der Technik zu vermeiden und auf den technisch unvermeidbaren Anteil zu reduzieren, und die anfallende Abwärme ist wiederzuverwenden (auch auf dem Betriebsgelände und bei Dritten), soweit möglich und zumutbar. Ausgenommen sind nach Abs. 3 genehmigungsbedürftige Anlagen nach § 4 BImSchG mit spezielleren Anforderungen und nach Abs. 4 Unternehmen mit höchstens 2,5 GWh Gesamtendenergieverbrauch im Jahresmittel der letzten drei abgeschlossenen Kalenderjahre.",
      en: "EnEfG § 11(4) with § 16(1), (2): waste heat is avoided per the state of the art and reduced to the technically unavoidable share, and the waste heat arising is reused (on site and by third parties too) as far as possible and reasonable. Exempt are, by § 16(3), installations needing a permit under § 4 BImSchG with more specific rules and, by § 16(4), companies with at most 2.5 GWh total final energy a year on average over the last three closed calendar years.",
    },
    sources: cells("Endenergie_Mittel_3J_kWh", "Abwaerme_16"),
  },
  "EnEfG-17": {
    text: {
      de: "§ 17 Abs. 1, 2 EnEfG: Unternehmen übermitteln der Bundesstelle für Energieeffizienz bis zum 31. März jedes Jahres zu ihrer Abwärme Name, Standort, jährliche Wärmemenge und maximale thermische Leistung, zeitliche Verfügbarkeit im Jahresverlauf, Möglichkeiten zur Regelung von Temperatur, Druck und Einspeisung sowie das durchschnittliche Temperaturniveau, und aktualisieren sie bei Änderungen. Ausgenommen sind nach Abs. 4 Unternehmen mit höchstens 2,5 GWh Gesamtendenergieverbrauch im Jahresmittel der letzten drei abgeschlossenen Kalenderjahre.",
      en: "EnEfG § 17(1), (2): companies send the Federal Office for Energy Efficiency, every year by 31 March, their waste heat's company name, site, annual heat and maximum thermal power, availability over the year, options to control temperature, pressure and feed-in, and average temperature, and update it on change. Exempt by § 17(4) are companies with at most 2.5 GWh total final energy a year on average over the last three closed calendar years.",
    },
    sources: [
      ...cells("Endenergie_Mittel_3J_kWh", "Betreiber", "RZ_Standort", "RZ_PLZ", "Abwaerme_max_kW", "Abwaerme_Regelung", "Abwaerme_Umgebung_Temp_C", "Abwaerme_Plattform_gemeldet"),
      ...periodBounds, ...period("MP_RZ"),
    ],
  },
  "EU-1364": {
    text: {
      de: "EED (EU) 2023/1791 Art. 12 mit Delegierter Verordnung (EU) 2024/1364: Rechenzentren ab 500 kW installierter IT-Leistung (PD_IT) melden die Angaben nach Anhang I und die Kennzahlen nach Anhang II für das Vorjahr an die europäische Datenbank, erstmals bis 15.09.2024, dann jährlich bis 15. Mai; in Deutschland über das Energieeffizienzregister (§ 14 EnEfG). Die Inhalte stammen aus Sekundärquellen: die vollständige Liste der Angaben, die Einheiten der Datenmengen und die Redundanzskala sind nicht verifiziert (UNVERIFIED).",
      en: "EED (EU) 2023/1791 Art. 12 with Delegated Regulation (EU) 2024/1364: data centres from 500 kW installed IT power demand (PD_IT) report the information of Annex I and the KPIs of Annex II for the year before to the European database, first by 15 September 2024, then every 15 May; in Germany through the energy efficiency register (EnEfG § 14). The contents come from secondary sources: the complete list of items, the units of data amounts and the redundancy scale are not verified (UNVERIFIED).",
    },
    sources: [
      ...cells("IT_Nennanschlussleistung_kW", "RZ_Name", "Eigentuemer", "Betreiber", "RZ_LAU_Code", "RZ_Typ", "Inbetriebnahme_RZ", "Redundanz_Strom", "Redundanz_Kuehlung",
        "Flaeche_BGF_m2", "Flaeche_ITF_m2", "Energie_sonstige_kWh", "Wasser_gesamt_m3", "Abwaerme_geliefert_Temp_C", "EE_HKN_kWh", "EE_PPA_kWh", "EE_vor_Ort_kWh",
        "Zuluft_Sollwert_C", "Datenverkehr_ein_TB", "Datenverkehr_aus_TB", "Daten_gespeichert_TB"),
      ...periodBounds, ...period("MP_EVU", "MP_EE", "MP_NEA", "MP_IT2", "Wasser_m3", "MP_An"),
    ],
  },
};

/** A limit of the draft in the language's digits. */
const draftLimit = (v: number, lang: "de" | "en") => (lang === "de" ? String(v).replace(".", ",") : String(v));
const [draftFrom2027, draftFrom2030] = enefg2026Draft.existingPue;

/**
 * ENTWURF (law-notes.md § 1.4 N-1): where the ministry's draft of 9.4.2026 changes what a criterion requires, its own
 * text, with the draft's limits from enefgParams.ts; every other criterion of the draft keeps the statute's text.
 */
export const draftRequirements: Record<string, Requirement> = {
  "EnEfG-11-1": {
    text: {
      de: `ENTWURF (BMWE, 9.4.2026; kein geltendes Recht) zu § 11 Abs. 1 EnEfG: Rechenzentren, die vor dem 1. Juli 2026 den Betrieb aufgenommen haben, erreichen im Jahresdurchschnitt dauerhaft eine PUE von höchstens ${draftLimit(draftFrom2027.limit, "de")} ab dem 1. Juli 2027 und von höchstens ${draftLimit(draftFrom2030.limit, "de")} ab dem 1. Juli 2030 (geltendes Recht: 1,5 und 1,3).`,
      en: `DRAFT (BMWE, 9.4.2026; not law) of EnEfG § 11(1): data centres that took up operation before 1 July 2026 permanently reach, as an annual average, a PUE of at most ${draftLimit(draftFrom2027.limit, "en")} from 1 July 2027 and at most ${draftLimit(draftFrom2030.limit, "en")} from 1 July 2030 (the law in force: 1.5 and 1.3).`,
    },
    sources: lawRequirements["EnEfG-11-1"].sources,
  },
  "EnEfG-11-2-PUE": {
    text: {
      de: `ENTWURF (BMWE, 9.4.2026; kein geltendes Recht) zu § 11 Abs. 2 Satz 1 Nr. 1 EnEfG: Rechenzentren, die ab dem 1. Juli 2026 den Betrieb aufnehmen, erreichen spätestens zwei Jahre nach Inbetriebnahme im Jahresdurchschnitt dauerhaft eine PUE von höchstens ${draftLimit(enefg2026Draft.newPue, "de")} (geltendes Recht: 1,2); der Strom zur Aufwertung der Abwärme bleibt unberücksichtigt.`,
      en: `DRAFT (BMWE, 9.4.2026; not law) of EnEfG § 11(2) S. 1 No. 1: data centres taking up operation from 1 July 2026 permanently reach, at the latest two years after commissioning and as an annual average, a PUE of at most ${draftLimit(enefg2026Draft.newPue, "en")} (the law in force: 1.2); the electricity upgrading the waste heat is left out.`,
    },
    sources: lawRequirements["EnEfG-11-2-PUE"].sources,
  },
};
