/** The language the calculator is prerendered in (prerender.tsx): the pane's own default outside Office. */
export const PRERENDERED_LANGUAGE = "de";
