import { callDeuz } from "../../src/engine/formulas";
import { classifyRefrigerant } from "../../src/engine/refrigerants";

const out = (name: string, ...args: unknown[]) => {
  const r = callDeuz(name, args as never);
  return r.ok ? r.value : r.error.code;
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
});

describe("3.2.6 RZ-Dienstleister", () => {
  test("3.2.6.2: price not below the purchase price, no minimum, no free allowance", () => {
    expect(out("PRICING.CHECK", 0.3, 0.3)).toBe(true);
    expect(out("PRICING.CHECK", 0.29, 0.3)).toBe(false);
    expect(out("PRICING.CHECK", 0.4, 0.3, 0, 0)).toBe(true);
    expect(out("PRICING.CHECK", 0.4, 0.3, 0, 500)).toBe(false);
    expect(out("PRICING.CHECK", 0, 0)).toBe(false);
  });
  test("3.2.6.1: monthly information from exactly 5 kW contracted peak", () => {
    expect(out("INFO.CHECK", 4.99, false)).toBe(true);
    expect(out("INFO.CHECK", 5, false)).toBe(false);
    expect(out("INFO.CHECK", 5, "Ja")).toBe(true);
    expect(out("INFO.CHECK", 5, "vielleicht")).toBe("#VALUE!");
  });
});

describe("3.2.7 Bilanzzeitraum", () => {
  test("three months as EDATE counts, month ends included", () => {
    expect(out("PERIOD.CHECK", "2024-12-31", "2025-03-31")).toBe(true);
    expect(out("PERIOD.CHECK", "2024-12-31", "2025-04-01")).toBe(false);
    expect(out("PERIOD.CHECK", "2024-11-30", "2025-02-28")).toBe(true);
    expect(out("PERIOD.CHECK", "2024-11-30", "2025-03-01")).toBe(false);
  });
  test("a period ending after the application is #NUM!", () => {
    expect(out("PERIOD.CHECK", "2025-05-01", "2025-04-01")).toBe("#NUM!");
  });
});
