/**
 * The template's facts as `npm run assets` stored them (template/facts.json, tested equal to the builder): what
 * `deuz check` knows of the template without loading or running the builder (templateFacts.ts). Imported by the
 * command line's check only, so that the task pane's bundle does not carry the file.
 */
import stored from "./template/facts.json";
import { TemplateFacts, useStoredFacts } from "./templateFacts";

export function useStoredTemplateFacts(): void {
  useStoredFacts(stored as unknown as TemplateFacts);
}
