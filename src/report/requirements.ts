/**
 * What each criterion of DE-UZ 228 requires, in a sentence or two per language (from the criteria text,
 * section 3), and the defined names of the cells its figures come from. The report's sections are made from
 * the catalogue (order, title, Anlage, Nachweis) and from this table; a test checks that every name exists in
 * the template and every criterion of the catalogue has its entry.
 */
import { Text } from "../engine/errors";

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
