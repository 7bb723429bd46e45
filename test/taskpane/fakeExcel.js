/**
 * A small in-repo fake of the Excel objects the task pane uses (office-addin-mock cannot do collections):
 * names → ranges with values (from a HyperFormula-evaluated workbook, so formulas really calculate), worksheets
 * with ranges whose fill can be loaded, set and cleared, notes per sheet, sheet and workbook protection, a very
 * hidden state sheet, and a context.sync() counter.
 *
 * As strict as Excel where the documentation says what Excel does, so that the tests catch what a real Excel
 * would refuse:
 * - a property can be read only after load() and a sync; isNullObject only after a sync
 *   (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model);
 * - a string written through `values` is entered as if typed: "1" becomes 1, "TRUE" true, a leading apostrophe
 *   is dropped, "=..." becomes a formula (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values);
 * - writing values or formulas to a locked cell of a protected sheet fails, fills need allowFormatCells and
 *   notes allowEditObjects (https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotectionoptions);
 *   protect() on a protected and unprotect() on an unprotected sheet fail (https://github.com/OfficeDev/office-js/issues/6784);
 * - notes: Worksheet.notes.getItemOrNullObject takes the cell address on the sheet ("B4"); add() a single cell
 *   that has no note yet (https://learn.microsoft.com/javascript/api/excel/excel.notecollection);
 * - a sync whose response would exceed 5 MB (`responseLimit`, estimated from the values and types loaded) fails with
 *   ResponsePayloadSizeLimitExceeded, as on Excel on the web
 *   (https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins);
 * - adding a sheet fails while the workbook structure is protected; RangeFill.pattern and friends, notes and
 *   insertWorksheetsFromBase64 exist only where the requirement set is supported (`sets`).
 */
"use strict";

function parse(address) {
  const i = address.lastIndexOf("!");
  return { sheet: address.slice(0, i).replace(/^'|'$/g, "").replace(/''/g, "'"), cell: address.slice(i + 1) };
}
const key = (sheet, cell) => `'${sheet.replace(/'/g, "''")}'!${cell}`;
const quoteIfNeeded = (sheet) => (/^[A-Za-z_\u00C0-\u024F][\w.\u00C0-\u024F]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`);
const colNum = (s) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
const colLetter = (n) => { let s = ""; for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s; return s; };
function cells(a1) {
  const [from, to] = a1.split(":");
  const m1 = /^([A-Z]+)(\d+)$/.exec(from);
  const m2 = /^([A-Z]+)(\d+)$/.exec(to || from);
  if (!m1 || !m2) throw new Error(`InvalidArgument: ${a1}`);
  return { r0: Number(m1[2]), c0: colNum(m1[1]), r1: Number(m2[2]), c1: colNum(m2[1]) };
}
const versionAtLeast = (have, want) => {
  const [a, b] = String(have).split(".").map(Number);
  const [c, d] = String(want).split(".").map(Number);
  return a > c || (a === c && (b || 0) >= (d || 0));
};

class ApiError extends Error {
  constructor(code, message) { super(`${code}: ${message}`); this.code = code; }
}

/** Load tracking shared by the fake objects: load() queues, sync() makes readable. */
class Loadable {
  constructor(wb) { this._wb = wb; this._loaded = new Set(); this._synced = false; }
  load(props) {
    const list = typeof props === "string" ? props.split(",").map((p) => p.trim()) : Array.isArray(props) ? props : [];
    this._wb.pending.push([this, list]);
    return this;
  }
  _need(prop) {
    if (!this._loaded.has(prop)) throw new ApiError("PropertyNotLoaded", `${this.constructor.name}.${prop} was not loaded`);
  }
  _sync(list) { this._synced = true; for (const p of list) this._loaded.add(p); }
}

class NullObject extends Loadable {
  constructor(wb) { super(wb); wb.pending.push([this, []]); }
  get isNullObject() {
    if (!this._synced) throw new ApiError("PropertyNotLoaded", "isNullObject read before a sync");
    return true;
  }
  getRangeOrNullObject() { return new NullObject(this._wb); }
  getUsedRangeOrNullObject() { return new NullObject(this._wb); }
  get protection() { return new NullObject(this._wb); }
  get notes() { return { getItemOrNullObject: () => new NullObject(this._wb) }; }
}

class FakeFill extends Loadable {
  constructor(wb, sheet, cell) { super(wb); this.sheet = sheet; this.cell = cell; this.k = key(sheet, cell); }
  _state() { return this._wb.fills.get(this.k) || { pattern: "None", color: "#FFFFFF", patternColor: null, tintAndShade: 0, patternTintAndShade: 0 }; }
  _set(prop, v) {
    this._wb.sheet(this.sheet).checkFormat();
    const s = { ...this._state(), [prop]: v };
    if (prop === "color" && s.pattern === "None") s.pattern = "Solid";
    this._wb.fills.set(this.k, s);
    this._wb.writes.push(["fill", this.k, prop, v]);
  }
  get color() { this._need("color"); return this._state().color; }
  set color(c) { this._set("color", c); }
  get pattern() { this._wb.requireSet("ExcelApi", "1.9"); this._need("pattern"); return this._state().pattern; }
  set pattern(p) { this._wb.requireSet("ExcelApi", "1.9"); this._set("pattern", p); }
  get patternColor() { this._wb.requireSet("ExcelApi", "1.9"); this._need("patternColor"); return this._state().patternColor; }
  set patternColor(p) { this._wb.requireSet("ExcelApi", "1.9"); this._set("patternColor", p); }
  get tintAndShade() { this._wb.requireSet("ExcelApi", "1.9"); this._need("tintAndShade"); return this._state().tintAndShade; }
  set tintAndShade(p) { this._wb.requireSet("ExcelApi", "1.9"); this._set("tintAndShade", p); }
  get patternTintAndShade() { this._wb.requireSet("ExcelApi", "1.9"); this._need("patternTintAndShade"); return this._state().patternTintAndShade; }
  set patternTintAndShade(p) { this._wb.requireSet("ExcelApi", "1.9"); this._set("patternTintAndShade", p); }
  load(props) {
    const list = typeof props === "string" ? props.split(",").map((p) => p.trim()) : [];
    if (list.some((p) => p !== "color")) this._wb.requireSet("ExcelApi", "1.9");
    return super.load(list);
  }
  clear() { this._wb.sheet(this.sheet).checkFormat(); this._wb.fills.delete(this.k); this._wb.writes.push(["clear", this.k]); }
}

/** What Excel makes of a value written through `values`: as if typed. */
function entered(v) {
  if (typeof v !== "string") return v;
  if (v.startsWith("'")) return v.slice(1);
  if (v.startsWith("=")) return { formula: v };
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(v.trim())) return Number(v);
  if (/^(TRUE|FALSE)$/i.test(v)) return v.toUpperCase() === "TRUE";
  return v;
}

class FakeRange extends Loadable {
  constructor(wb, sheet, a1) {
    super(wb);
    this.sheet = sheet;
    this.a1 = a1;
    this.format = { fill: new FakeFill(wb, sheet, a1) };
    wb.pending.push([this, []]);
  }
  get isNullObject() { if (!this._synced) throw new ApiError("PropertyNotLoaded", "isNullObject read before a sync"); return false; }
  get address() { this._need("address"); return `${quoteIfNeeded(this.sheet)}!${this.a1.split(":").map((c) => c.replace(/([A-Z]+)(\d+)/, "$$$1$$$2")).join(":")}`; }
  get cellCount() { this._need("cellCount"); const { r0, c0, r1, c1 } = cells(this.a1); return (r1 - r0 + 1) * (c1 - c0 + 1); }
  get rowIndex() { this._need("rowIndex"); return cells(this.a1).r0 - 1; }
  get columnIndex() { this._need("columnIndex"); return cells(this.a1).c0 - 1; }
  get values() { this._need("values"); return this._wb.read(this.sheet, this.a1).map((row) => row.map((v) => (v && typeof v === "object" && "formula" in v ? v.value ?? 0 : v && typeof v === "object" && "error" in v ? v.error : v))); }
  get valueTypes() {
    this._need("valueTypes");
    return this._wb.read(this.sheet, this.a1).map((row) => row.map((v) => (v === "" || v === null ? "Empty" : v && typeof v === "object" && "error" in v ? "Error" : typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : "String")));
  }
  get formulas() { this._need("formulas"); return this._wb.read(this.sheet, this.a1, true); }
  set values(v) { this._write(v, false); }
  set formulas(v) { this._write(v, true); }
  _write(v, asFormulas) {
    const { r0, c0, r1, c1 } = cells(this.a1);
    if (v.length !== r1 - r0 + 1 || v.some((row) => row.length !== c1 - c0 + 1)) throw new ApiError("InvalidArgument", `dimensions of ${this.a1}`);
    const sheet = this._wb.sheet(this.sheet);
    v.forEach((row, i) => row.forEach((x, j) => {
      const cell = `${colLetter(c0 + j)}${r0 + i}`;
      sheet.checkWrite(cell);
      this._wb.writes.push([asFormulas ? "formulas" : "values", key(this.sheet, cell), x]);
      if (this.sheet !== this._wb.stateName && !(asFormulas && typeof x === "string" && x.startsWith("="))) this._wb.userValueWrites++;
      // the workbook's own formula entered again: Excel calculates it, so the cell shows the evaluated value
      if (typeof x === "string" && x.startsWith("=") && this._wb.sameAsEvaluated(this.sheet, cell, x)) sheet.cells.delete(cell);
      else sheet.cells.set(cell, entered(x));
    }));
  }
  clear() { const s = this._wb.sheet(this.sheet); for (const c of [...s.cells.keys()]) if (this.a1.includes(":") && /^[A-Z]+:[A-Z]+$/.test(this.a1) ? true : c === this.a1) s.cells.delete(c); }
  select() { this._wb.selected = key(this.sheet, this.a1); }
}

class FakeNote extends Loadable {
  constructor(wb, sheet, cell) { super(wb); this.sheet = sheet; this.cell = cell; wb.pending.push([this, []]); }
  get isNullObject() { if (!this._synced) throw new ApiError("PropertyNotLoaded", "isNullObject read before a sync"); return false; }
  get content() { this._need("content"); return this._wb.notes.get(key(this.sheet, this.cell)); }
  set content(c) { this._wb.sheet(this.sheet).checkObjects(); this._wb.notes.set(key(this.sheet, this.cell), c); }
  delete() { this._wb.sheet(this.sheet).checkObjects(); this._wb.notes.delete(key(this.sheet, this.cell)); }
}

class FakeProtection extends Loadable {
  constructor(wb, sheet) { super(wb); this.s = sheet; }
  get protected() { this._need("protected"); return this.s.prot.protected; }
  get options() { this._need("options"); return { ...this.s.prot.options }; }
  protect(options) {
    if (this.s.prot.protected) throw new ApiError("AccessDenied", "protect() on a protected sheet");
    this.s.prot = { protected: true, options: { ...(options || {}) } };
  }
  unprotect(password) {
    if (!this.s.prot.protected) throw new ApiError("AccessDenied", "unprotect() on an unprotected sheet");
    if (this.s.prot.password && password !== this.s.prot.password) throw new ApiError("InvalidArgument", "wrong password");
    this.s.prot = { protected: false, options: this.s.prot.options };
  }
}

/** A chart series: its name, the ranges of its values and categories ("'Anlage 3.9'!F5:F16"), what was set on its format. */
class FakeSeries {
  constructor(source) {
    this.name = "";
    this.values = source;
    this.xValues = null;
    this.format = { line: {}, fill: { setSolidColor(c) { this.color = c; } } };
  }
  setValues(range) { this.values = key(range.sheet, range.a1); }
  setXAxisValues(range) { this.xValues = key(range.sheet, range.a1); }
}

/** A chart (issue 15): name, type, title, axes, legend, position, series; delete(). Only what the pane sets is kept. */
class FakeChart extends Loadable {
  constructor(wb, sheet, type, source) {
    super(wb);
    this.sheet = sheet;
    this.type = type;
    this._name = `Chart ${++wb.chartCount}`;
    this.title = {};
    this.legend = {};
    this.axes = { valueAxis: { title: {} }, categoryAxis: { title: {} } };
    this.list = [new FakeSeries(key(source.sheet, source.a1))];
    this.series = { getItemAt: (i) => this.list[i], add: (name) => { const s = new FakeSeries(null); s.name = name || ""; this.list.push(s); return s; } };
    wb.pending.push([this, []]);
  }
  get isNullObject() { if (!this._synced) throw new ApiError("PropertyNotLoaded", "isNullObject read before a sync"); return false; }
  get name() { this._need("name"); return this._name; }
  set name(n) { this._name = n; }
  setPosition(from, to) { this.position = [from, to]; }
  delete() { this.sheet.checkObjects(); this.sheet.charts.list.splice(this.sheet.charts.list.indexOf(this), 1); }
}

/** Worksheet.charts: add needs "edit objects" on a protected sheet; items after load("items/name"). */
class FakeCharts extends Loadable {
  constructor(wb, sheet) { super(wb); this.sheet = sheet; this.list = []; }
  get items() { this._need("items"); return this.list.map((c) => { c._loaded.add("name"); return c; }); }
  add(type, source, seriesBy) {
    this.sheet.checkObjects();
    if (!(source instanceof FakeRange)) throw new ApiError("InvalidArgument", "sourceData must be a Range");
    if (seriesBy && !["Auto", "Columns", "Rows"].includes(seriesBy)) throw new ApiError("InvalidArgument", `seriesBy ${seriesBy}`);
    const c = new FakeChart(this._wb, this.sheet, type, source);
    this.list.push(c);
    return c;
  }
  getItemOrNullObject(name) { return this.list.find((c) => c._name === name) || new NullObject(this._wb); }
  load(props) { return Loadable.prototype.load.call(this, String(props).includes("items") ? ["items"] : []); }
}

class FakeSheet extends Loadable {
  constructor(wb, name, id) {
    super(wb);
    this.name = name;
    this.id = id;
    this._visibility = "Visible";
    this.cells = new Map(); // A1 → value or { formula } (sheets that are not in the evaluated workbook)
    this.unlocked = new Set();
    this.prot = { protected: false, options: {} };
    this.protection = new FakeProtection(wb, this);
    this.charts = new FakeCharts(wb, this);
    this.notes = {
      getItemOrNullObject: (cell) => {
        wb.requireSet("ExcelApi", "1.18");
        if (!/^[A-Z]+\d+$/.test(cell)) throw new ApiError("InvalidArgument", `a note's key on a sheet is its cell ("B4"), not ${cell}`);
        return wb.notes.has(key(name, cell)) ? new FakeNote(wb, name, cell) : new NullObject(wb);
      },
    };
    wb.pending.push([this, []]);
  }
  get isNullObject() { if (!this._synced) throw new ApiError("PropertyNotLoaded", "isNullObject read before a sync"); return false; }
  get visibility() { return this._visibility; }
  set visibility(v) {
    if (!["Visible", "Hidden", "VeryHidden"].includes(v)) throw new ApiError("InvalidArgument", `visibility ${v}`);
    this._visibility = v;
  }
  checkWrite(cell) {
    if (this.prot.protected && !this.unlocked.has(cell)) throw new ApiError("AccessDenied", `${this.name}!${cell} is locked on a protected sheet`);
  }
  checkFormat() {
    if (this.prot.protected && !this.prot.options.allowFormatCells) throw new ApiError("AccessDenied", `${this.name} is protected without allowFormatCells`);
  }
  checkObjects() {
    if (this.prot.protected && !this.prot.options.allowEditObjects) throw new ApiError("AccessDenied", `${this.name} is protected without allowEditObjects`);
  }
  getRange(a1) { cells(a1.replace(/^([A-Z]+):([A-Z]+)$/, "$11:$21048576")); return new FakeRange(this._wb, this.name, a1); }
  getRangeByIndexes(r, c, rows, cols) {
    return new FakeRange(this._wb, this.name, `${colLetter(c + 1)}${r + 1}:${colLetter(c + cols)}${r + rows}`);
  }
  getUsedRangeOrNullObject() {
    const keys = this._wb.ev && this._wb.ev.book.sheets.some((x) => x.name === this.name) ? this._wb.usedOfEvaluated(this.name) : [...this.cells.keys()];
    if (!keys.length) return new NullObject(this._wb);
    let r1 = 1, c1 = 1;
    for (const k of keys) { const { r0, c0 } = cells(k); r1 = Math.max(r1, r0); c1 = Math.max(c1, c0); }
    return new FakeRange(this._wb, this.name, `A1:${colLetter(c1)}${r1}`);
  }
  delete() {
    if (this._wb.structureProtected) throw new ApiError("AccessDenied", "workbook structure is protected");
    this._wb.sheets.delete(this.name);
  }
  activate() {}
}

class FakeExcel {
  /**
   * `ev` is an EvaluatedBook (src/workbook/evaluate.ts) of the workbook the user has open. `sets` maps requirement
   * sets to the version the host supports (default: ExcelApi 1.18).
   */
  constructor(ev, { stateName = "DEUZ_Markierungen", sets = { ExcelApi: "1.18", File: "1.1", CompressedFile: "1.1" }, toInsert = false } = {}) {
    this.ev = ev;
    this.stateName = stateName;
    this.sets = sets;
    this.syncs = 0;
    this.chartCount = 0;
    /** Bytes a response may carry (Excel on the web: 5 MB) and the estimated size of each sync's response. */
    this.responseLimit = 5 * 1024 * 1024;
    this.responses = [];
    this.pending = [];
    this.fills = new Map();
    this.notes = new Map();
    this.writes = [];
    this.userValueWrites = 0;
    this.sheets = new Map();
    this.structureProtected = false;
    this.extraNames = new Map();
    let nextId = 1;
    const wb = this;
    this.newSheet = (name) => { const s = new FakeSheet(wb, name, `{${nextId++}}`); wb.sheets.set(name, s); return s; };
    // `toInsert`: ev is the template, not yet in the workbook (a blank "Tabelle1" is); insertWorksheetsFromBase64
    // brings its sheets, protected as the template's writer protects them, and its names
    this.namesVisible = !toInsert;
    const addEvaluated = () => ev.book.sheets.map((s) => {
      const sheet = this.newSheet(s.name);
      s.rows.forEach((row, r) => (row || []).forEach((c, k) => { if (c && c.style === "input") sheet.unlocked.add(`${colLetter(k + 1)}${r + 1}`); }));
      if (toInsert) sheet.prot = { protected: true, options: { allowFormatCells: true, allowFormatColumns: true, allowFormatRows: true, allowEditObjects: true, selectionMode: "Normal" } };
      return sheet;
    });
    if (toInsert) {
      this.newSheet("Tabelle1");
      this.onInsert = () => { this.namesVisible = true; return addEvaluated(); };
    } else if (ev) addEvaluated();
    const worksheets = new Loadable(wb);
    Object.defineProperty(worksheets, "items", { get() { this._need("items"); return [...wb.sheets.values()].map((s) => { s._loaded.add("name"); s.protection._loaded.add("protected"); s.protection._loaded.add("options"); return s; }); } });
    Object.assign(worksheets, {
      getItem: (name) => { const s = wb.sheet(name) || [...wb.sheets.values()].find((x) => x.id === name); if (!s) throw new ApiError("ItemNotFound", name); return s; },
      getItemOrNullObject: (name) => wb.sheets.get(name) || new NullObject(wb),
      add: (name) => {
        if (wb.structureProtected) throw new ApiError("AccessDenied", "workbook structure is protected");
        if (wb.sheets.has(name)) throw new ApiError("ItemAlreadyExists", name);
        return wb.newSheet(name);
      },
      load(props) { return Loadable.prototype.load.call(this, String(props).includes("items") ? ["items"] : []); },
    });
    const names = new Loadable(wb);
    Object.defineProperty(names, "items", { get() { this._need("items"); return wb.allNames().map((name) => ({ name })); } });
    Object.assign(names, {
      getItemOrNullObject(name) {
        const n = wb.nameRange(name);
        if (!n) return new NullObject(wb);
        const item = new Loadable(wb);
        wb.pending.push([item, []]);
        Object.defineProperty(item, "isNullObject", { get() { if (!item._synced) throw new ApiError("PropertyNotLoaded", "isNullObject"); return false; } });
        item.getRangeOrNullObject = () => new FakeRange(wb, n.sheet, n.range.replace(/\$/g, ""));
        return item;
      },
      load(props) { return Loadable.prototype.load.call(this, String(props).includes("items") ? ["items"] : []); },
    });
    const protection = new Loadable(wb);
    Object.defineProperty(protection, "protected", { get() { this._need("protected"); return wb.structureProtected; } });
    this.context = {
      sync: async () => {
        wb.syncs++;
        const batch = wb.pending.splice(0);
        // Excel on the web refuses a response above 5 MB; what it would carry is estimated as the JSON of the values
        // and value types loaded in this batch (the rest of a response is small beside them)
        const bytes = batch.reduce((n, [obj, list]) => {
          if (!(obj instanceof FakeRange) || !list.some((p) => p === "values" || p === "valueTypes")) return n;
          const cells = wb.read(obj.sheet, obj.a1);
          return n + (list.includes("values") ? JSON.stringify(cells.map((row) => row.map((v) => (v && typeof v === "object" ? v.value ?? v.error ?? 0 : v)))).length : 0) + (list.includes("valueTypes") ? cells.reduce((k, row) => k + row.length * 9, 0) : 0);
        }, 0);
        wb.responses.push(bytes);
        if (bytes > wb.responseLimit) throw new ApiError("ResponsePayloadSizeLimitExceeded", `response of ${bytes} bytes`);
        for (const [obj, list] of batch) obj._sync(list);
      },
      workbook: {
        names,
        worksheets,
        protection,
        get notes() {
          wb.requireSet("ExcelApi", "1.18");
          return {
            add(cell, content) {
              if (typeof cell === "string" || !(cell instanceof FakeRange) || cell.a1.includes(":")) throw new ApiError("InvalidCellAddress", "a single cell");
              wb.sheet(cell.sheet).checkObjects();
              const k = key(cell.sheet, cell.a1);
              if (wb.notes.has(k)) throw new ApiError("InvalidArgument", `${k} has a note already`);
              wb.notes.set(k, content);
            },
          };
        },
        insertWorksheetsFromBase64: (base64, options) => {
          wb.requireSet("ExcelApi", "1.13");
          if (wb.structureProtected) throw new ApiError("AccessDenied", "workbook structure is protected");
          if (options && options.positionType && !["None", "Before", "After", "Beginning", "End"].includes(options.positionType)) throw new ApiError("InvalidArgument", "positionType");
          wb.insertedBase64 = base64;
          const ids = (wb.onInsert ? wb.onInsert(base64) : []).map((s) => s.id);
          const result = new Loadable(wb);
          wb.pending.push([result, ["value"]]);
          Object.defineProperty(result, "value", { get() { this._need("value"); return ids; } });
          return result;
        },
      },
    };
  }
  requireSet(set, version) {
    if (!this.sets[set] || !versionAtLeast(this.sets[set], version)) throw new ApiError("ApiNotFound", `${set} ${version}`);
  }
  /** An Office global whose requirements answer from `sets`. */
  office() {
    const wb = this;
    return { context: { requirements: { isSetSupported: (set, version) => Boolean(wb.sets[set]) && versionAtLeast(wb.sets[set], version || "1.1") } } };
  }
  sheet(name) { return this.sheets.get(name); }
  allNames() { return [...(this.ev && this.namesVisible ? this.ev.book.names.map((n) => n.name) : []), ...this.extraNames.keys()]; }
  nameRange(name) { return this.extraNames.get(name) || (this.ev && this.namesVisible ? this.ev.name(name) : undefined); }
  usedOfEvaluated(name) {
    const s = this.ev.book.sheets.find((x) => x.name === name);
    const out = [...this.sheet(name).cells.keys()];
    s.rows.forEach((row, r) => (row || []).forEach((c, k) => { if (c) out.push(`${colLetter(k + 1)}${r + 1}`); }));
    return out;
  }
  /** Whether `formula` ("=…") is the evaluated workbook's formula at that cell (spaces and case aside). */
  sameAsEvaluated(sheet, cell, formula) {
    const id = this.ev ? this.ev.hf.getSheetId(sheet) : undefined;
    if (id === undefined) return false;
    const { r0, c0 } = cells(cell);
    const at = { sheet: id, row: r0 - 1, col: c0 - 1 };
    const squash = (f) => String(f).replace(/\s+/g, "").toUpperCase();
    return this.ev.hf.doesCellHaveFormula(at) && squash(this.ev.hf.getCellFormula(at)) === squash(formula);
  }
  /** Values (or formulas) of an A1 range: cells written through the fake first, else the evaluated workbook. */
  read(sheet, a1, formulas = false) {
    const { r0, c0, r1, c1 } = cells(a1);
    const s = this.sheet(sheet);
    const id = this.ev ? this.ev.hf.getSheetId(sheet) : undefined;
    const out = [];
    for (let r = r0; r <= r1; r++) {
      const row = [];
      for (let c = c0; c <= c1; c++) {
        const cell = `${colLetter(c)}${r}`;
        if (s && s.cells.has(cell)) {
          const v = s.cells.get(cell);
          // a formula set on the fake shows 0, or the value given with it ({ formula, value: { error: "#NAME?" } })
          row.push(v && typeof v === "object" && "formula" in v ? (formulas ? v.formula : "value" in v ? v.value : 0) : v === null || v === undefined ? "" : v);
        } else if (id !== undefined) {
          const at = { sheet: id, row: r - 1, col: c - 1 };
          if (formulas && this.ev.hf.doesCellHaveFormula(at)) row.push(this.ev.hf.getCellFormula(at));
          else {
            const v = this.ev.hf.getCellValue(at);
            row.push(v && typeof v === "object" && "value" in v ? { error: v.value } : v === null || v === undefined ? "" : v);
          }
        } else row.push("");
      }
      out.push(row);
    }
    return out;
  }
}

module.exports = { FakeExcel, ApiError, parse, key, entered };
