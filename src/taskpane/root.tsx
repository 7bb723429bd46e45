/**
 * The pane's React tree, one element for both sides of the prerender (issue 12: first result within 500 ms):
 * prerender.tsx renders it to HTML at build time, index.tsx hydrates that HTML or renders it anew. The renderer
 * is Griffel's (Fluent's styles): in the browser RendererProvider first takes over the rules prerendered into
 * the page's <style> elements, so that none is inserted twice.
 */
import { RendererProvider, useIsomorphicLayoutEffect } from "@fluentui/react-components";
import type { GriffelRenderer } from "@fluentui/react-components";
import React from "react";
import { App } from "./components/App";

/**
 * At the first commit (hydrated or rendered; React's handlers are attached by then): the prerendered calculator,
 * shown inert, becomes usable. A layout effect, so that it happens before the next paint, not after it.
 */
function Usable({ children }: { children: React.ReactElement }) {
  useIsomorphicLayoutEffect(() => {
    const root = document.getElementById("root");
    if (!root) return;
    root.inert = false;
    root.removeAttribute("aria-busy");
  }, []);
  return children;
}

export const paneTree = (renderer: GriffelRenderer, connected: boolean) => (
  <RendererProvider renderer={renderer}>
    <Usable>
      <App connected={connected} key={connected ? "excel" : "calculator"} />
    </Usable>
  </RendererProvider>
);
