/**
 * A small in-repo fake of the Excel objects the task pane uses (office-addin-mock cannot do collections):
 * names → ranges with values (from a HyperFormula-evaluated workbook, so formulas really calculate),
 * worksheets with ranges whose fill can be loaded, set and cleared, a very hidden state sheet, and a
 * context.sync() counter. Property reads need no sync here; the count is what the tests measure.
 */
"use strict";

function parse(address) {
  const i = address.lastIndexOf("!");
  return { sheet: address.slice(0, i).replace(/^'|'$/g, "").replace(/''/g, "'"), cell: address.slice(i + 1) };
}
const key = (sheet, cell) => `'${sheet.replace(/'/g, "''")}'!${cell}`;

class FakeFill {
  constructor(wb, address) {
    this.wb = wb;
    this.address = address;
  }
  load() { return this; }
  get color() { return (this.wb.fills.get(this.address) || { color: "#FFFFFF" }).color; }
  set color(c) { this.wb.fills.set(this.address, { pattern: "Solid", color: c }); this.wb.writes.push(["fill", this.address, c]); }
  get pattern() { return (this.wb.fills.get(this.address) || { pattern: "None" }).pattern; }
  clear() { this.wb.fills.delete(this.address); this.wb.writes.push(["clear", this.address]); }
}

class FakeRange {
  constructor(wb, sheet, cell, values) {
    this.wb = wb;
    this.sheet = sheet;
    this.cell = cell;
    this.isNullObject = false;
    this._values = values;
    this.format = { fill: new FakeFill(wb, key(sheet, cell)) };
  }
  load() { return this; }
  get address() { return key(this.sheet, this.cell); }
  get values() { return this._values !== undefined ? this._values : this.wb.cellValues(this.sheet, this.cell); }
  set values(v) {
    this.wb.writes.push(["values", this.sheet, this.cell]);
    if (this.sheet !== this.wb.stateName) this.wb.userValueWrites++;
    const sheet = this.wb.sheet(this.sheet);
    sheet.values = v;
  }
  clear() { const s = this.wb.sheet(this.sheet); if (s) s.values = []; }
  select() { this.wb.selected = this.address; }
}

const nullObject = () => ({ isNullObject: true, load() { return this; }, getRangeOrNullObject() { return nullObject(); }, getUsedRangeOrNullObject() { return nullObject(); } });

class FakeSheet {
  constructor(wb, name) {
    this.wb = wb;
    this.name = name;
    this.visibility = "Visible";
    this.values = [];
    this.isNullObject = false;
  }
  getRange(cell) { return new FakeRange(this.wb, this.name, cell); }
  getUsedRangeOrNullObject() {
    if (!this.values.length) return nullObject();
    const r = new FakeRange(this.wb, this.name, "A1", this.values);
    return r;
  }
  delete() { this.wb.sheets.delete(this.name); }
  activate() {}
}

class FakeExcel {
  /** `ev` is an EvaluatedBook (src/workbook/evaluate.ts) of the workbook the user has open. */
  constructor(ev, stateName = "DEUZ_Markierungen") {
    this.ev = ev;
    this.stateName = stateName;
    this.syncs = 0;
    this.fills = new Map();
    this.writes = [];
    this.userValueWrites = 0;
    this.sheets = new Map();
    const wb = this;
    this.context = {
      sync: async () => { wb.syncs++; },
      workbook: {
        names: {
          getItemOrNullObject(name) {
            const n = ev.name(name);
            if (!n) return nullObject();
            return { isNullObject: false, getRangeOrNullObject: () => new FakeRange(wb, n.sheet, n.range.replace(/\$/g, "")) };
          },
        },
        worksheets: {
          getItem: (name) => wb.sheet(name) || new FakeSheet(wb, name),
          getItemOrNullObject: (name) => wb.sheets.get(name) || nullObject(),
          add: (name) => { const s = new FakeSheet(wb, name); wb.sheets.set(name, s); return s; },
        },
      },
    };
  }
  sheet(name) { return this.sheets.get(name); }
  /** Values of an A1 range of the evaluated workbook, as Excel gives them (errors as "#N/A"). */
  cellValues(sheet, cell) {
    const id = this.ev.hf.getSheetId(sheet);
    const [from, to] = cell.split(":");
    const a = this.ev.hf.simpleCellAddressFromString(from, id);
    const b = this.ev.hf.simpleCellAddressFromString(to || from, id);
    return this.ev.hf.getRangeValues({ start: a, end: b }).map((row) => row.map((v) => (v && typeof v === "object" && "value" in v ? v.value : v === null || v === undefined ? "" : v)));
  }
}

module.exports = { FakeExcel, parse, key };
