/** The label of "Daten importieren" (issue 14): the only text of the import in the pane's first chunk (App.tsx); the rest (import.ts) loads with the tab. */
export const importTab = { de: "Daten importieren", en: "Import data" } as const;
