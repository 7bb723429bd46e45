/** The edition of the criteria this engine implements (DE-UZ 228, title page and Anhang F). */
export const EDITION = "DE-UZ 228 Ausgabe Januar 2023, Version 3";
