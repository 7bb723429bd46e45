/** 3.2.9 Kältemittel: the refrigerant table read as the criteria need it (halogen-free or not). */
import { classifyRefrigerant, commonRefrigerants, knownRefrigerants } from "../../src/engine/refrigerants";

const halogenFree = (text: string) => classifyRefrigerant(text)?.halogenFree;

describe("spellings of an ASHRAE 34 designation", () => {
  test.each(["R134a", "R-134a", "r 134a", "R134A", "R_134a", "R 134 a", "R–134a", "R.134a", " R-134a "])("%s is R134a", (spelling) => {
    expect(classifyRefrigerant(spelling)).toMatchObject({ designation: "R134a", halogenFree: false });
  });
  test.each([
    ["R1234ze(E)", "R1234ze(E)"],
    ["R-1234ze (E)", "R1234ze(E)"],
    ["r1234ZE(e)", "R1234ze(E)"],
    ["R1234ze", "R1234ze(E)"], // the E isomer is meant when none is named
    ["R1234zeE", "R1234ze(E)"],
    ["R-1234ze-Z", "R1234ze(Z)"],
    ["R1233zd", "R1233zd(E)"],
    ["R1336mzz(Z)", "R1336mzz(Z)"],
    ["R-1224yd", "R1224yd(Z)"],
  ])("%s is %s (isomers)", (spelling, designation) => {
    expect(classifyRefrigerant(spelling)).toMatchObject({ designation, halogenFree: false });
  });
  test.each([
    ["R744 (CO2)", "R744"],
    ["R-717 (Ammoniak)", "R717"],
    ["R290 (Propan)", "R290"],
  ])("a remark in brackets is ignored: %s is %s", (spelling, designation) => {
    expect(classifyRefrigerant(spelling)).toMatchObject({ designation, halogenFree: true });
  });
  test.each([["R-C318", "RC318"], ["r c318", "RC318"], ["R-E170", "RE170"], ["RE 170", "RE170"]])("%s is %s (cyclic and ether prefixes)", (spelling, designation) => {
    expect(classifyRefrigerant(spelling)?.designation).toBe(designation);
  });
  test.each(["R-404A", "r404a", "R 404 A"])("blends keep their capital letter: %s is R404A", (spelling) => {
    expect(classifyRefrigerant(spelling)?.designation).toBe("R404A");
  });
  test("a designation needs its R; a number alone or other words are unknown", () => {
    for (const text of ["134a", "744", "Frigen", "R", "R-", "R999", "R134b", "", "R134a/R744"]) {
      expect(classifyRefrigerant(text)).toBeNull();
    }
  });
});

describe("natural refrigerants by name", () => {
  test.each([
    ["CO2", "R744"], ["CO₂", "R744"], ["Kohlendioxid", "R744"], ["Kohlenstoffdioxid", "R744"], ["carbon dioxide", "R744"],
    ["NH3", "R717"], ["NH₃", "R717"], ["Ammoniak", "R717"], ["ammonia", "R717"],
    ["Propan", "R290"], ["propane", "R290"], ["Isobutan", "R600a"], ["Butan", "R600"], ["Propen", "R1270"], ["Propylen", "R1270"],
    ["Wasser", "R718"], ["water", "R718"], ["H2O", "R718"], ["Luft", "R729"], ["Ethan", "R170"], ["Ethylen", "R1150"],
    ["Methan", "R50"], ["Dimethylether", "RE170"], ["Pentan", "R601"], ["Isopentan", "R601a"],
  ])("%s is %s, halogen-free", (name, designation) => {
    expect(classifyRefrigerant(name)).toMatchObject({ designation, halogenFree: true });
  });
});

describe("which refrigerants are halogen-free", () => {
  test.each(["R717", "R744", "R290", "R600", "R600a", "R1270", "R718", "R729", "R170", "R1150", "R50", "R601", "R601a", "RE170", "R744A"])(
    "%s (natural) is halogen-free",
    (r) => expect(halogenFree(r)).toBe(true),
  );
  test.each(["R11", "R12", "R22", "R123", "R32", "R125", "R134a", "R143a", "R152a", "R23", "R227ea", "R245fa"])(
    "%s (CFC, HCFC, HFC) is halogenated",
    (r) => expect(halogenFree(r)).toBe(false),
  );
  test.each(["R1234yf", "R1234ze(E)", "R1234ze(Z)", "R1233zd(E)", "R1336mzz(Z)", "R1336mzz(E)", "R1224yd(Z)", "R1243zf", "R1132a"])(
    "%s (HFO, HCFO) is halogenated",
    (r) => expect(halogenFree(r)).toBe(false),
  );
  test.each([
    ["R404A", ["R125", "R143a", "R134a"]],
    ["R407C", ["R32", "R125", "R134a"]],
    ["R410A", ["R32", "R125"]],
    ["R413A", ["R218", "R134a", "R600a"]],
    ["R417A", ["R125", "R134a", "R600"]],
    ["R422D", ["R125", "R134a", "R600a"]],
    ["R427A", ["R32", "R125", "R143a", "R134a"]],
    ["R438A", ["R32", "R125", "R134a", "R600", "R601a"]],
    ["R448A", ["R32", "R125", "R1234yf", "R134a", "R1234ze(E)"]],
    ["R449A", ["R32", "R125", "R1234yf", "R134a"]],
    ["R450A", ["R134a", "R1234ze(E)"]],
    ["R452A", ["R1234yf", "R32", "R125"]],
    ["R452B", ["R32", "R125", "R1234yf"]],
    ["R454B", ["R32", "R1234yf"]],
    ["R454C", ["R32", "R1234yf"]],
    ["R455A", ["R744", "R32", "R1234yf"]],
    ["R502", ["R22", "R115"]],
    ["R507A", ["R125", "R143a"]],
    ["R513A", ["R1234yf", "R134a"]],
    ["R514A", ["R1336mzz(Z)", "R1130(E)"]],
    ["R515B", ["R1234ze(E)", "R227ea"]],
  ])("the blend %s is halogenated: %j", (r, components) => {
    expect(classifyRefrigerant(r)).toMatchObject({ designation: r, halogenFree: false, components });
  });
  test("a blend with a natural component is still halogenated when another component is not (R455A: R744 + R32 + R1234yf)", () => {
    expect(classifyRefrigerant("R455A")?.components).toContain("R744");
    expect(halogenFree("R455A")).toBe(false);
  });
  test.each([
    ["R436A", ["R290", "R600a"]],
    ["R436B", ["R290", "R600a"]],
    ["R441A", ["R170", "R290", "R600a", "R600"]],
    ["R443A", ["R1270", "R290", "R600a"]],
    ["R510A", ["RE170", "R600a"]],
    ["R511A", ["R290", "RE170"]],
    ["R723", ["R717", "RE170"]],
  ])("the blend %s of hydrocarbons and natural refrigerants is halogen-free: %j", (r, components) => {
    expect(classifyRefrigerant(r)).toMatchObject({ designation: r, halogenFree: true, components });
  });
});

describe("the table itself", () => {
  const known = knownRefrigerants();
  test("every designation it knows reads back as itself", () => {
    for (const d of known) expect(classifyRefrigerant(d)?.designation).toBe(d);
  });
  test("no designation is listed twice (as halogen-free and halogenated, or as substance and blend)", () => {
    expect(new Set(known).size).toBe(known.length);
  });
  test("every component of a blend is a known single substance", () => {
    for (const d of known) {
      const r = classifyRefrigerant(d)!;
      for (const c of r.components) expect({ blend: d, component: c, known: classifyRefrigerant(c)?.components }).toEqual({ blend: d, component: c, known: [c] });
    }
  });
  test("the template's drop-down offers only designations the table knows", () => {
    for (const d of commonRefrigerants) expect(classifyRefrigerant(d)?.designation).toBe(d);
  });
});

describe("trade names and chemical families (issue 10: as people write them)", () => {
  test.each([
    ["Solkane 134a", "R134a"], ["Suva R404A", "R404A"], ["Klea 134a", "R134a"], ["Forane 32", "R32"], ["Freon 22", "R22"],
    ["Opteon XP10", "R513A"], ["Opteon XL41", "R454B"], ["Puron", "R410A"], ["Solstice ze", "R1234ze(E)"], ["Solstice yf", "R1234yf"],
    ["HFC-134a", "R134a"], ["HFO-1234yf", "R1234yf"], ["HCFC-22", "R22"],
  ])("%s is %s", (name, designation) => {
    expect(classifyRefrigerant(name)?.designation).toBe(designation);
  });

  test("a brand alone, or a number without R or brand, is not read", () => {
    expect(classifyRefrigerant("Solkane")).toBeNull();
    expect(classifyRefrigerant("134a")).toBeNull();
    expect(classifyRefrigerant("Opteon")).toBeNull();
  });
});
