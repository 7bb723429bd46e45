/** The Übersicht tab's name (issue 15), alone in its file: App.tsx needs only this; the rest of the tab's texts (overview.ts) load with the tab. */
export const overviewTab = { de: "Übersicht", en: "Overview" };
