import { callDeuz } from "../../src/engine/formulas";
import { classifyRefrigerant } from "../../src/engine/refrigerants";
import { serial } from "../../src/engine/dates";

const out = (name: string, ...args: unknown[]) => {
  const r = callDeuz(name, args as never);
  return r.ok ? r.value : r.error.code;
};
/** The error code with its German and English message. */
const failure = (name: string, ...args: unknown[]) => {
  const r = callDeuz(name, args as never);
  return r.ok ? { value: r.value } : { code: r.error.code, de: r.error.text.de, en: r.error.text.en };
};

describe("3.2.9 Kältemittel", () => {
  test.each(["R-134a", "r 134a", "R134A", "R134a", "R_134a"])("%s is read as R134a, halogenated", (spelling) => {
    expect(classifyRefrigerant(spelling)).toMatchObject({ designation: "R134a", halogenFree: false });
  });
  test.each(["R717", "R744", "R290", "R600", "R600a", "R1270", "R718", "R729", "R170", "CO2", "Propan", "Ammoniak"])("%s is halogen-free", (r) => {
    expect(classifyRefrigerant(r)?.halogenFree).toBe(true);
  });
  test.each(["R1234yf", "R1234ze(E)", "R1234ze", "R1233zd(E)", "R32", "R22", "R12", "R410A", "R513A", "R454B"])("%s is halogenated", (r) => {
    expect(classifyRefrigerant(r)?.halogenFree).toBe(false);
  });
  test("blends are classified by their components", () => {
    expect(classifyRefrigerant("R436A")).toMatchObject({ halogenFree: true, components: ["R290", "R600a"] });
    expect(classifyRefrigerant("R-404A")).toMatchObject({ halogenFree: false, components: ["R125", "R143a", "R134a"] });
  });
  test("R134a in a 2020 chiller of 40 kW fails", () => {
    expect(out("REFRIGERANT.CHECK", "R134a", "2020-05-01", 40)).toBe(false);
  });
  test("commissioned 2012-12-31 is exempt; from 2013-01-01 on halogen-free is required", () => {
    expect(out("REFRIGERANT.CHECK", "R134a", "2012-12-31", 40)).toBe(true);
    expect(out("REFRIGERANT.CHECK", "R134a", "2013-01-01", 40)).toBe(false);
  });
  test("up to 10 kW_th per system is exempt; 10.01 kW is not", () => {
    expect(out("REFRIGERANT.CHECK", "R410A", "2020-01-01", 10)).toBe(true);
    expect(out("REFRIGERANT.CHECK", "R410A", "2020-01-01", 10.01)).toBe(false);
  });
  test("dates may be Excel serials: 41274 is 2012-12-31, 41275 is 2013-01-01", () => {
    expect(out("REFRIGERANT.CHECK", "R134a", serial("2012-12-31"), 40)).toBe(true);
    expect(out("REFRIGERANT.CHECK", "R134a", 41275, 40)).toBe(false);
    expect(out("REFRIGERANT.CHECK", "R134a", 41275.75, 40)).toBe(false); // a time of day does not move the date
  });
  test("a halogen-free refrigerant passes whenever and however large", () => {
    expect(out("REFRIGERANT.CHECK", "R744", "2024-01-01", 5000)).toBe(true);
    expect(out("REFRIGERANT.CHECK", "Propan", "2024-01-01", 5000)).toBe(true);
    expect(out("REFRIGERANT.CHECK", "R441A", "2024-01-01", 5000)).toBe(true);
    expect(out("REFRIGERANT.CHECK", "R-1234ze(E)", "2024-01-01", 5000)).toBe(false);
  });
  test("an exempt system (before 2013, up to 10 kW_th) needs no refrigerant named", () => {
    expect(out("REFRIGERANT.CHECK", null, "2012-06-01", 40)).toBe(true);
    expect(out("REFRIGERANT.CHECK", "Frigen X", "2020-01-01", 8)).toBe(true);
    expect(out("REFRIGERANT.CHECK", null, "2020-01-01", 40)).toBe("#N/A");
  });
  test("bad dates and powers are errors", () => {
    expect(out("REFRIGERANT.CHECK", "R134a", "2020-02-30", 40)).toBe("#VALUE!");
    expect(out("REFRIGERANT.CHECK", "R134a", "im Mai", 40)).toBe("#VALUE!");
    expect(out("REFRIGERANT.CHECK", "R134a", "2020-01-01", -1)).toBe("#NUM!");
    // a power typed with its unit is read (issue 10: as people type it); another unit is not converted in silence
    expect(out("REFRIGERANT.CHECK", "R134a", "2020-01-01", "40 kW")).toBe(false);
    expect(out("REFRIGERANT.CHECK", "R134a", "01.07.2020", "40,0")).toBe(false);
    expect(out("REFRIGERANT.CHECK", "R134a", "2020-01-01", "40 MW")).toBe("#VALUE!");
    expect(out("REFRIGERANT.CHECK", "R134a", null, 40)).toBe("#N/A");
    expect(out("REFRIGERANT.CHECK", 134, "2020-01-01", 40)).toBe("#VALUE!");
  });
  test("an unknown designation is #N/A with a message", () => {
    const r = callDeuz("REFRIGERANT.CHECK", ["Frigen X", "2020-01-01", 40]);
    expect(r.ok ? null : [r.error.code, r.error.text.de]).toEqual(["#N/A", expect.stringMatching(/Kältemittel „Frigen X“ ist unbekannt/)]);
  });
});

describe("3.2.11 Elektrische Schaltanlagen", () => {
  test("SF6 switchgear installed 2024 fails, 2022-12-31 is allowed, 2023-01-01 is not", () => {
    expect(out("SF6.CHECK", "SF6", "2024-03-01")).toBe(false);
    expect(out("SF6.CHECK", "SF6", "2022-12-31")).toBe(true);
    expect(out("SF6.CHECK", true, "2023-01-01")).toBe(false);
  });
  test.each(["SF6", "sf6", "SF₆", "SF 6", "Schwefelhexafluorid", "SF6-Gas", "Vakuum/SF6", "SF6 + Luft", "Ja", true, 1])(
    "%s contains SF6: installed 2023-01-01 fails",
    (medium) => {
      expect(out("SF6.CHECK", medium, "2023-01-01")).toBe(false);
    },
  );
  test.each([
    "Luft", "Vakuum", "Clean Air", "Feststoff", "g3", "g³", "N2", "N₂", "Stickstoff", "CO2", "trockene Luft", "dry air",
    "Feststoffisolierung", "SF6-frei", "ohne SF6", "kein SF6", "Vakuum + Luft", "Vakuum (SF6-frei)", "Fluorketon", "Nein", false, 0,
  ])("%s is SF6-free: installed 2024 passes", (medium) => {
    expect(out("SF6.CHECK", medium, "2024-03-01")).toBe(true);
  });
  test("before 2023-01-01 the medium does not matter, not even an unknown or blank one", () => {
    expect(out("SF6.CHECK", "Zauberstaub", "2022-12-31")).toBe(true);
    expect(out("SF6.CHECK", null, "2022-12-31")).toBe(true);
    expect(out("SF6.CHECK", "SF6", serial("2022-12-31"))).toBe(true);
  });
  test("a blank medium from 2023 on is missing, a number other than 1/0 is no truth value, a bad date is an error", () => {
    expect(out("SF6.CHECK", null, "2023-01-01")).toBe("#N/A");
    expect(out("SF6.CHECK", "", "2023-01-01")).toBe("#N/A");
    expect(out("SF6.CHECK", 2, "2023-01-01")).toBe("#VALUE!");
    expect(out("SF6.CHECK", "SF6", "morgen")).toBe("#VALUE!");
    expect(out("SF6.CHECK", "SF6", null)).toBe("#N/A");
  });
  test("an unknown medium is #N/A saying what to enter", () => {
    expect(failure("SF6.CHECK", "Luft + Zauberstaub", "2024-03-01")).toEqual({
      code: "#N/A",
      de: expect.stringMatching(/Isoliermedium „Luft \+ Zauberstaub“ ist unbekannt/),
      en: expect.stringMatching(/TRUE\/FALSE/),
    });
  });
  test("SF6-free media pass whenever installed; an unknown medium is #N/A", () => {
    expect(out("SF6.CHECK", "Vakuum", "2024-03-01")).toBe(true);
    expect(out("SF6.CHECK", "clean air", "2024-03-01")).toBe(true);
    expect(out("SF6.CHECK", false, "2024-03-01")).toBe(true);
    expect(out("SF6.CHECK", "Zauberstaub", "2024-03-01")).toBe("#N/A");
  });
});

describe("3.2.4 Erneuerbare Energien", () => {
  test("100 % renewable passes; 99.9 % without the exception fails", () => {
    expect(out("RENEWABLE.CHECK", 1000, 1000)).toBe(true);
    expect(out("RENEWABLE.CHECK", 999, 1000)).toBe(false);
  });
  test("the exception: at most 20 % of the third party's delivery, and compensated", () => {
    expect(out("RENEWABLE.CHECK", 500, 1000, 5000, true)).toBe(true); // exactly 20 %
    expect(out("RENEWABLE.CHECK", 500, 1000, 4999, true)).toBe(false);
    expect(out("RENEWABLE.CHECK", 500, 1000, 5000, false)).toBe(false);
    expect(out("RENEWABLE.CHECK", 500, 1000, 5000)).toBe("#N/A"); // compensated decides, so it is needed
    expect(out("RENEWABLE.CHECK", 500, 1000, 900, true)).toBe("#NUM!");
    expect(out("RENEWABLE.CHECK", 1100, 1000)).toBe("#NUM!");
  });
});

describe("3.2.4 Erneuerbare Energien: ranges and errors", () => {
  const col = (...v: (number | null)[]) => v.map((x) => [x]);
  test("monthly ranges are summed; months blank in both are skipped", () => {
    expect(out("RENEWABLE.CHECK", col(400, null, 600), col(400, null, 600))).toBe(true);
    expect(out("RENEWABLE.CHECK", col(400, null, 599), col(400, null, 600))).toBe(false);
  });
  test("a month filled in one range only is #N/A naming the position", () => {
    expect(failure("RENEWABLE.CHECK", col(400, 100), col(400, null))).toEqual({
      code: "#N/A",
      de: expect.stringContaining("Zeile 2, Spalte 1"),
      en: expect.stringContaining("row 2, column 1"),
    });
  });
  test("without the exception, compensation is not asked for; more than 20 % fails whatever compensated says", () => {
    expect(out("RENEWABLE.CHECK", 999, 1000)).toBe(false);
    expect(out("RENEWABLE.CHECK", 500, 1000, 4000)).toBe(false);
  });
  test("when the exception decides, a missing compensated is #N/A naming 3.2.4 and Anhang B", () => {
    expect(failure("RENEWABLE.CHECK", 500, 1000, 5000)).toEqual({
      code: "#N/A",
      de: expect.stringMatching(/„compensated“.*Anhang B.*3\.2\.4/),
      en: expect.stringMatching(/"compensated".*Anhang B.*3\.2\.4/),
    });
  });
  test("Ja/Nein are accepted for compensated; other words are #VALUE!", () => {
    expect(out("RENEWABLE.CHECK", 500, 1000, 5000, "Ja")).toBe(true);
    expect(out("RENEWABLE.CHECK", 500, 1000, 5000, "Nein")).toBe(false);
    expect(out("RENEWABLE.CHECK", 500, 1000, 5000, "gekauft")).toBe("#VALUE!");
  });
  test("negative energies are #NUM!, text #VALUE!, nothing at all #N/A", () => {
    expect(out("RENEWABLE.CHECK", -1, 1000)).toBe("#NUM!");
    expect(out("RENEWABLE.CHECK", 500, 1000, -5000, true)).toBe("#NUM!");
    expect(out("RENEWABLE.CHECK", "alles", 1000)).toBe("#VALUE!");
    expect(out("RENEWABLE.CHECK", col(null, null), col(null, null))).toBe("#N/A");
  });
});

describe("3.2.10 Abwärmenutzung", () => {
  test("data centres commissioned before 2023 are not bound", () => {
    expect(out("WASTEHEAT.CHECK", "2022-12-31", 0, 5000)).toBe(true);
  });
  test("from 2023-01-01 ERF must be above 0", () => {
    expect(out("WASTEHEAT.CHECK", "2023-01-01", 0, 99)).toBe(false);
    expect(out("WASTEHEAT.CHECK", "2023-01-01", 0.01, 99)).toBe(true);
  });
  test("from exactly 100 kW connections and publication are required too", () => {
    expect(out("WASTEHEAT.CHECK", "2023-01-01", 0.01, 100, true, true)).toBe(true);
    expect(out("WASTEHEAT.CHECK", "2023-01-01", 0.01, 100, false, true)).toBe(false);
    expect(out("WASTEHEAT.CHECK", "2023-01-01", 0.01, 100, "Ja", "Nein")).toBe(false);
    expect(out("WASTEHEAT.CHECK", "2023-01-01", 0.01, 100)).toBe("#N/A");
  });
  test("below 100 kW (99.99 kW) the flags are not needed", () => {
    expect(out("WASTEHEAT.CHECK", "2023-01-01", 0.01, 99.99)).toBe(true);
    expect(out("WASTEHEAT.CHECK", "2023-01-01", 0.01, 99.99, false, false)).toBe(true);
  });
  test("a flag that cannot change the verdict may be left out", () => {
    expect(out("WASTEHEAT.CHECK", "2023-01-01", 0.01, 100, false)).toBe(false);
    expect(out("WASTEHEAT.CHECK", "2023-01-01", 0.01, 100, null, false)).toBe(false);
    expect(out("WASTEHEAT.CHECK", "2023-01-01", 0, 100)).toBe(false); // ERF = 0 already fails
  });
  test("a needed flag left out is #N/A naming it, 100 kW and 3.2.10", () => {
    expect(failure("WASTEHEAT.CHECK", "2023-01-01", 0.01, 100, true)).toEqual({
      code: "#N/A",
      de: expect.stringMatching(/„heat_published“.*100 kW.*3\.2\.10/),
      en: expect.stringMatching(/"heat_published".*100 kW.*3\.2\.10/),
    });
    expect(failure("WASTEHEAT.CHECK", "2023-01-01", 0.01, 100, null, true)).toMatchObject({ code: "#N/A", en: expect.stringContaining("connections_ready") });
  });
  test("ERF exactly 0 fails (ERF > 0 is strict); ERF is a fraction", () => {
    expect(out("WASTEHEAT.CHECK", "2024-01-01", 0, 50)).toBe(false);
    expect(out("WASTEHEAT.CHECK", "2024-01-01", 1e-6, 50)).toBe(true);
    expect(out("WASTEHEAT.CHECK", "2024-01-01", 5, 50)).toBe("#NUM!");
    expect(out("WASTEHEAT.CHECK", "2024-01-01", -0.1, 50)).toBe("#NUM!");
  });
  test("data centres before 2023 need no ERF or connection power", () => {
    expect(out("WASTEHEAT.CHECK", "2022-12-31", null, null)).toBe(true);
    expect(out("WASTEHEAT.CHECK", serial("2022-12-31"), 0, 5000)).toBe(true);
    expect(out("WASTEHEAT.CHECK", serial("2023-01-01"), 0, 5000)).toBe(false);
  });
  test("from 2023 ERF and connection power are required; bad values are errors", () => {
    expect(out("WASTEHEAT.CHECK", "2023-01-01", null, 50)).toBe("#N/A");
    expect(out("WASTEHEAT.CHECK", "2023-01-01", 0.1, null)).toBe("#N/A");
    expect(out("WASTEHEAT.CHECK", "2023-01-01", 0.1, -100)).toBe("#NUM!");
    expect(out("WASTEHEAT.CHECK", "2023-01-01", 0.1, 100, "vielleicht", true)).toBe("#VALUE!");
    expect(out("WASTEHEAT.CHECK", "Januar 2023", 0.1, 100, true, true)).toBe("#VALUE!");
  });
});

describe("3.2.6 RZ-Dienstleister", () => {
  test("3.2.6.2: price not below the purchase price, no minimum, no free allowance", () => {
    expect(out("PRICING.CHECK", 0.3, 0.3)).toBe(true);
    expect(out("PRICING.CHECK", 0.29, 0.3)).toBe(false);
    expect(out("PRICING.CHECK", 0.4, 0.3, 0, 0)).toBe(true);
    expect(out("PRICING.CHECK", 0.4, 0.3, 0, 500)).toBe(false);
    expect(out("PRICING.CHECK", 0, 0)).toBe(false);
  });
  test("3.2.6.2: any minimum purchase or free allowance fails, blank or 0 counts as none", () => {
    expect(out("PRICING.CHECK", 0.4, 0.3, 1000)).toBe(false);
    expect(out("PRICING.CHECK", 0.4, 0.3, 0.001, 0)).toBe(false);
    expect(out("PRICING.CHECK", 0.4, 0.3, null, null)).toBe(true);
    expect(out("PRICING.CHECK", 0.4, 0.3, "", 0)).toBe(true);
  });
  test("3.2.6.2: a price equal to the purchase price up to noise passes; one cent less fails", () => {
    expect(out("PRICING.CHECK", 0.1 + 0.2, 0.3)).toBe(true);
    expect(out("PRICING.CHECK", 0.29, 0.3)).toBe(false);
    expect(out("PRICING.CHECK", 0.01, 0)).toBe(true);
  });
  test("3.2.6.2: negative prices or quantities are #NUM!, text #VALUE!, a missing price #N/A", () => {
    expect(out("PRICING.CHECK", -0.3, 0.3)).toBe("#NUM!");
    expect(out("PRICING.CHECK", 0.3, -0.3)).toBe("#NUM!");
    expect(out("PRICING.CHECK", 0.4, 0.3, -1)).toBe("#NUM!");
    expect(out("PRICING.CHECK", "0,30 €", 0.3)).toBe("#VALUE!");
    expect(out("PRICING.CHECK", null, 0.3)).toBe("#N/A");
  });
  test("3.2.6.1: monthly information from exactly 5 kW contracted peak", () => {
    expect(out("INFO.CHECK", 4.99, false)).toBe(true);
    expect(out("INFO.CHECK", 5, false)).toBe(false);
    expect(out("INFO.CHECK", 5, "Ja")).toBe(true);
    expect(out("INFO.CHECK", 5, "vielleicht")).toBe("#VALUE!");
  });
  test("3.2.6.1: below 5 kW the information is not owed, so it may be left blank; from 5 kW it is needed", () => {
    expect(out("INFO.CHECK", 4.99, null)).toBe(true);
    expect(out("INFO.CHECK", 5, null)).toBe("#N/A");
    expect(out("INFO.CHECK", 120, true)).toBe(true);
    expect(out("INFO.CHECK", 120, "Nein")).toBe(false);
    expect(out("INFO.CHECK", -1, true)).toBe("#NUM!");
    expect(out("INFO.CHECK", "5 kW", true)).toBe(true);
    expect(out("INFO.CHECK", "5 kW", "nein")).toBe(false);
    expect(out("INFO.CHECK", "fünf", true)).toBe("#VALUE!");
  });
});

describe("3.2.7 Bilanzzeitraum", () => {
  test("three months as EDATE counts, month ends included", () => {
    expect(out("PERIOD.CHECK", "2024-12-31", "2025-03-31")).toBe(true);
    expect(out("PERIOD.CHECK", "2024-12-31", "2025-04-01")).toBe(false);
    expect(out("PERIOD.CHECK", "2024-11-30", "2025-02-28")).toBe(true);
    expect(out("PERIOD.CHECK", "2024-11-30", "2025-03-01")).toBe(false);
  });
  test("month ends: 2023-11-30 allows 2024-02-29 in a leap year; 2024-08-31 allows 2024-11-30", () => {
    expect(out("PERIOD.CHECK", "2023-11-30", "2024-02-29")).toBe(true);
    expect(out("PERIOD.CHECK", "2023-11-30", "2024-03-01")).toBe(false);
    expect(out("PERIOD.CHECK", "2024-08-31", "2024-11-30")).toBe(true);
    expect(out("PERIOD.CHECK", "2024-08-31", "2024-12-01")).toBe(false);
  });
  test("mid-month: the same day three months on is the last allowed day; the same day is allowed", () => {
    expect(out("PERIOD.CHECK", "2024-06-15", "2024-09-15")).toBe(true);
    expect(out("PERIOD.CHECK", "2024-06-15", "2024-09-16")).toBe(false);
    expect(out("PERIOD.CHECK", "2024-06-15", "2024-06-15")).toBe(true);
    expect(out("PERIOD.CHECK", serial("2024-12-31"), serial("2025-03-31"))).toBe(true);
  });
  test("a period ending after the application is #NUM!", () => {
    expect(out("PERIOD.CHECK", "2025-05-01", "2025-04-01")).toBe("#NUM!");
    expect(failure("PERIOD.CHECK", "2025-05-01", "2025-04-01")).toMatchObject({ de: expect.stringContaining("2025-05-01"), en: expect.stringContaining("2025-04-01") });
  });
  test("missing or bad dates", () => {
    expect(out("PERIOD.CHECK", null, "2025-04-01")).toBe("#N/A");
    // German text dates are read (31.12.2024 + 3 months = 31.03.2025 < 01.04.2025); text that is no date is not
    expect(out("PERIOD.CHECK", "31.12.2024", "2025-04-01")).toBe(false);
    expect(out("PERIOD.CHECK", "Dezember 2024", "2025-04-01")).toBe("#VALUE!");
    expect(out("PERIOD.CHECK", -5, "2025-04-01")).toBe("#NUM!");
  });
});
