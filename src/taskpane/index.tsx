/**
 * The task pane: React 18 + Fluent UI v9. Outside Excel it runs as the what-if calculator. Until office.js says
 * where it runs (Office.onReady, at most 3 s) the page shows the neutral placeholder of taskpane.html, never the
 * calculator's "Excel ist nicht verbunden" first (issue 12, 7). boot.ts has asked already and, outside Excel,
 * shown the calculator prerendered at build time (prerender.tsx): React hydrates that markup (the same tree,
 * root.tsx) rather than render it again.
 */
import { createDOMRenderer } from "@fluentui/react-components";
import { createRoot, hydrateRoot } from "react-dom/client";
import { excelConnected } from "./office";
import { paneTree } from "./root";

async function start() {
  const connected = await (window.deuzConnected ?? excelConnected());
  const root = document.getElementById("root")!;
  const renderer = createDOMRenderer(document);
  if (!connected && root.dataset.prerendered) {
    hydrateRoot(root, paneTree(renderer, false), {
      // markup that does not match is rendered anew by React: worth a line in the console, never an uncaught error
      onRecoverableError: (e) => console.warn("DE-UZ 228: prerendered calculator not reused", e),
    });
    return;
  }
  createRoot(root).render(paneTree(renderer, connected));
}

void start();
