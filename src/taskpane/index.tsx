/** The task pane: React 18 + Fluent UI v9. Outside Excel it runs as the what-if calculator. */
import React from "react";
import { createRoot } from "react-dom/client";
import { App } from "./components/App";
import { excelConnected } from "./office";

async function start() {
  const root = createRoot(document.getElementById("root")!);
  // render at once as a calculator; switch to the Excel features when office.js says Excel is there
  root.render(<App connected={false} />);
  if (await excelConnected()) root.render(<App connected key="excel" />);
}

void start();
