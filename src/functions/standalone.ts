/**
 * Outside Office (the task pane opened in a browser, or office.js not loaded) there is no `CustomFunctions`
 * global, and the `CustomFunctions.associate(…)` lines the build appends to functions.ts would throw an uncaught
 * ReferenceError on every load (issue 12, 9). This stand-in only lets those lines pass; inside Excel the runtime's
 * own `CustomFunctions`, defined by office.js before this script runs, is left as it is.
 */
const root = globalThis as { CustomFunctions?: unknown };
if (typeof root.CustomFunctions === "undefined") root.CustomFunctions = { associate: () => undefined };

export {};
