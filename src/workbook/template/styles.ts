/** The template's colours live with the xlsx writer, which paints them: src/workbook/colours.ts. */
export { colours, markFill } from "../colours";
