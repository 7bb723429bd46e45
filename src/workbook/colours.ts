/** Colours of the template and of every mark the tools add (ARGB, as ExcelJS and Excel use them). */
export const colours = {
  /** Input cells: light yellow, the usual convention for "type here". */
  input: "FFFFF9E6",
  /** A criterion fails on this cell (3.x: nicht erfüllt). */
  fail: "FFF8CBAD",
  failFont: "FF9C0006",
  /** Data missing (fehlt). */
  missing: "FFFFE699",
  missingFont: "FF7F6000",
  /** Met (erfüllt). */
  pass: "FFC6EFCE",
  passFont: "FF006100",
  header: "FF1F4E79",
  headerFont: "FFFFFFFF",
  title: "FF1F4E79",
} as const;

/** The fill the annotator and the task pane put on failing cells (RGB hex, as office.js wants it). */
export const markFill = {
  fail: "#" + colours.fail.slice(2),
  missing: "#" + colours.missing.slice(2),
};
