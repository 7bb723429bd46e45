import { execFileSync, spawnSync } from "child_process";
import fs from "fs";
import path from "path";
import { main } from "../../src/cli/main";
import { Io } from "../../src/cli/io";

function run(argv: string[], stdin = "") {
  let out = "";
  let err = "";
  const io: Io = { out: (t) => (out += t), err: (t) => (err += t), readStdin: async () => stdin };
  return main(argv, io).then((code) => ({ code, out, err }));
}

describe("deuz eval", () => {
  test("answers one line per formula: full-precision numbers, TRUE/FALSE, error codes, text", async () => {
    const r = await run(["eval", "=DEUZ.PUE(1300,1000)", "DEUZ.PUE.LIMIT(DATE(2020,1,1))", "=DEUZ.CER.CHECK(9,DATE(2024,1,1))", "=DEUZ.PUE(0,0)", "=DEUZ.VERSION()", "=1/3"]);
    expect(r.code).toBe(0);
    expect(r.out.split("\n")).toEqual(["1.3", "1.3", "FALSE", "#DIV/0!", "DE-UZ 228 Ausgabe Januar 2023, Version 3", String(1 / 3), ""]);
  });
  test("reads one formula per non-empty line of standard input, in one workbook", async () => {
    const r = await run(["eval"], "=DEUZ.ITEU(0.25)\n\n=DEUZ.ITEU.CHECK(0.2)\r\n");
    expect(r).toEqual({ code: 0, out: "0.25\nTRUE\n", err: "" });
  });
  test("a formula that does not parse exits 2 naming its line", async () => {
    const r = await run(["eval"], "=1+1\n\n=DEUZ.PUE(1,\n");
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toMatch(/^deuz eval: line 3: cannot parse "=DEUZ.PUE\(1,"/);
    expect(r.err.trim().split("\n")).toHaveLength(1);
  });
  test("an unknown command or option exits 2 with one line", async () => {
    expect(await run(["frobnicate"])).toMatchObject({ code: 2, err: 'deuz: unknown command "frobnicate" (see deuz --help)\n' });
    expect((await run(["eval", "--fast"])).code).toBe(2);
  });
  test("a formula may start with a minus; after -- every argument is a formula", async () => {
    expect(await run(["eval", "-DEUZ.PUE(1300,1000)", "-SQRT(2)"])).toEqual({ code: 0, out: `-1.3\n${-Math.SQRT2}\n`, err: "" });
    expect(await run(["eval", "--", "--1", "-x"])).toMatchObject({ code: 0, out: "1\n#NAME?\n" });
    expect(await run(["eval", "-x"])).toMatchObject({ code: 2, err: "deuz eval: unknown option -x (see deuz --help)\n" });
  });
  test("numbers in full precision with a point, dates as serials, text as text", async () => {
    const r = await run(["eval", "=0.1+0.2", "=DATE(2024,1,1)", "=1E-20", '="Ja"', "=2^60", "=DEUZ.PUE(1.3E+3,1E3)"]);
    expect(r.out.split("\n")).toEqual(["0.30000000000000004", "45292", "1e-20", "Ja", String(2 ** 60), "1.3", ""]);
  });
  test("a parse error among the arguments names the argument and prints nothing else", async () => {
    const r = await run(["eval", "=1", "=DEUZ.PUE(1300;1000"]);
    expect(r).toEqual({ code: 2, out: "", err: 'deuz eval: argument 2: cannot parse "=DEUZ.PUE(1300;1000"\n' });
  });
  test("no command prints the usage on stderr and exits 2", async () => {
    const r = await run([]);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toMatch(/deuz eval/);
  });
  test("--help lists the commands, --version names the criteria edition", async () => {
    const help = await run(["--help"]);
    expect(help.code).toBe(0);
    // only commands that exist are listed
    const listed = [...help.out.matchAll(/^ {2}deuz (\w+)/gm)].map((m) => m[1]);
    expect(listed).toEqual(["eval", "check", "register", "template", "import", "upgrade", "portfolio", "report"]);
    expect((await run(["--version"])).out).toMatch(/^deuz \d+\.\d+\.\d+ \(DE-UZ 228 Ausgabe Januar 2023, Version 3\)\n$/);
  });
});

describe("bin/deuz.js", () => {
  const root = path.resolve(__dirname, "../..");
  beforeAll(() => {
    // `npm test` builds lib/ first; build it here only when missing (rebuilding while another test file
    // runs bin/deuz.js would race with it)
    if (!fs.existsSync(path.join(root, "lib/cli/main.js"))) {
      execFileSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"], { cwd: root });
    }
  });
  test("runs as a command", () => {
    const r = spawnSync(process.execPath, ["bin/deuz.js", "eval", "=DEUZ.PUE(1300,1000)", "=DEUZ.PUE.LIMIT(DATE(2020,1,1))"], { cwd: root, encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("1.3\n1.3\n");
  });
});
