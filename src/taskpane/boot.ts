/**
 * The first script of taskpane.html, a few hundred bytes run before the pane's large bundle: it asks office.js
 * where the pane runs and, outside Excel, shows the calculator prerendered into the page (<template
 * id="calculator">, see prerender.tsx) at once, inert until index.tsx has hydrated it. Inside Excel, or until
 * Office.onReady answers, the neutral placeholder stays (issue 12, 7). index.tsx reads the same answer from
 * `window.deuzConnected`, so both decide alike.
 */
import { officeLanguage } from "./i18n";
import { excelConnected } from "./office";
import { PRERENDERED_LANGUAGE } from "./prerendered";

declare global {
  interface Window {
    /** Whether the pane runs inside Excel, as boot.ts asked office.js (at most 3 s). */
    deuzConnected?: Promise<boolean>;
  }
}

window.deuzConnected = excelConnected().then((connected) => {
  const root = document.getElementById("root");
  const calculator = document.getElementById("calculator");
  if (!connected && officeLanguage() === PRERENDERED_LANGUAGE && root && calculator instanceof HTMLTemplateElement && calculator.content.childNodes.length) {
    root.replaceChildren(calculator.content.cloneNode(true));
    root.dataset.prerendered = PRERENDERED_LANGUAGE;
    // shown, not yet usable (root.tsx lifts it after hydration): nothing typed before React takes over is lost
    root.inert = true;
    root.setAttribute("aria-busy", "true");
  }
  return connected;
});
