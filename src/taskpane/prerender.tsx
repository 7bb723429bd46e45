/**
 * The calculator as the page first shows it outside Excel, rendered at build time (scripts/prerender-plugin.js
 * puts it into taskpane.html): the what-if tab on the example scenario in German, and its Fluent styles as
 * <style> elements for the page's head. boot.ts shows it as soon as office.js says the pane runs outside Excel,
 * before React and Fluent have loaded; index.tsx then hydrates it (issue 12: first result within 500 ms).
 * Run in Node only (react-dom/server); nothing in the pane's bundle imports it.
 */
import { createDOMRenderer, renderToStyleElements } from "@fluentui/react-components";
import React from "react";
import { renderToStaticMarkup, renderToString } from "react-dom/server";
import { officeLanguage } from "./i18n";
import { PRERENDERED_LANGUAGE } from "./prerendered";
import { paneTree } from "./root";

export function prerenderCalculator(): { html: string; styles: string } {
  // the pane's language without Office (i18n/index.ts) is the one boot.ts expects of the prerendered markup
  if (officeLanguage() !== PRERENDERED_LANGUAGE) throw new Error(`prerender: the pane would start in ${officeLanguage()}, boot.ts expects ${PRERENDERED_LANGUAGE}`);
  const renderer = createDOMRenderer(undefined);
  const html = renderToString(paneTree(renderer, false));
  const styles = renderToStaticMarkup(<>{renderToStyleElements(renderer)}</>);
  return { html, styles };
}
