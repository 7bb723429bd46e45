import { standInCustomFunctions, StandInError } from "./customFunctionsStandIn";

standInCustomFunctions();
 
const { run } = require("../../src/functions/adapter") as typeof import("../../src/functions/adapter");

describe("custom-function adapter", () => {
  afterEach(() => delete (globalThis as Record<string, unknown>).Office);
  test("an engine error becomes CustomFunctions.Error with the code and a German message by default", () => {
    try {
      run("PUE", [[900]], [[1000]], null);
      throw new Error("no error");
    } catch (e) {
      expect(e).toBeInstanceOf(StandInError);
      expect((e as StandInError).code).toBe("#NUM!");
      expect((e as StandInError).message).toMatch(/^DEUZ\.PUE: .*IT-Energie ist Teil der Gesamtenergie/);
    }
  });
  test("the message follows Office's display language", () => {
    (globalThis as Record<string, unknown>).Office = { context: { displayLanguage: "en-US" } };
    expect(() => run("PUE", [[1]], [[0]], null)).toThrow(/DEUZ\.PUE: "it" is 0/);
  });
  test("values pass through unchanged", () => {
    expect(run("PUE.LIMIT", 45292, null)).toBe(1.25);
  });
});
