/** A portfolio of data centres (issue 16): one row per workbook, totals as ratios of sums, one roadmap by date. */
export * from "./site";
export * from "./totals";
export * from "./roadmap";
export * from "./json";
export * from "./detach";
