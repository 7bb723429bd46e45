/**
 * The task pane: React 18 + Fluent UI v9. Outside Excel it runs as the what-if calculator. Until office.js says
 * where it runs (Office.onReady, at most 3 s) the page shows the neutral placeholder of taskpane.html, never the
 * calculator's "Excel ist nicht verbunden" first (issue 12, 7).
 */
import React from "react";
import { createRoot } from "react-dom/client";
import { App } from "./components/App";
import { excelConnected } from "./office";

async function start() {
  const connected = await excelConnected();
  createRoot(document.getElementById("root")!).render(<App connected={connected} key={connected ? "excel" : "calculator"} />);
}

void start();
