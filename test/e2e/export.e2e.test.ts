/**
 * "Für Prüfer exportieren" in the built pane (issue 12, 4), in Debian's Chromium against the browser build of the
 * Excel fake (test/e2e/fakeOffice.ts), whose getFileAsync hands over the example's file in slices: the export has
 * its own labelled spinner, the check button goes on saying "Prüfen" (not "Prüfe …"), every action button stays
 * focusable but does nothing meanwhile (disabledFocusable), focus stays on the export button, and the result is one
 * success message; Excel.createWorkbook receives the auditor's copy. DEUZ_DIST=DIR runs it against a build in DIR.
 */
import { Page } from "playwright-core";
import { paneRun } from "./serve";

const pane = paneRun();

const openPane = (delayMs: number): Promise<Page> => pane.open({ book: "example", delayMs });

test("the export's own busy state: its spinner label, Prüfen unchanged, focus kept; then one success message and the copy opened", async () => {
  const p = await openPane(300);
  await p.getByRole("tab", { name: "Prüfen" }).click();
  const exportButton = p.getByTestId("export");
  const checkButton = p.getByTestId("run-check");
  await exportButton.focus();
  await p.keyboard.press("Enter");
  await expect(p.getByTestId("progress").textContent()).resolves.toBe("Prüferkopie wird erstellt …");
  await expect(exportButton.getAttribute("aria-disabled")).resolves.toBe("true");
  await expect(checkButton.getAttribute("aria-disabled")).resolves.toBe("true");
  await expect(checkButton.textContent()).resolves.toBe("Prüfen");
  await expect(exportButton.textContent()).resolves.toBe("Für Prüfer exportieren");
  await expect(p.evaluate(() => document.activeElement?.getAttribute("data-testid"))).resolves.toBe("export");
  // a click on Prüfen meanwhile starts nothing (dispatched: Playwright itself waits while a button is aria-disabled,
  // and a dispatched click leaves the focus where it is)
  await checkButton.dispatchEvent("click");
  await expect(p.getByTestId("progress").textContent()).resolves.toBe("Prüferkopie wird erstellt …");

  await p.getByTestId("message").waitFor({ timeout: 60_000 });
  await expect(p.getByTestId("message-bar").getAttribute("data-intent")).resolves.toBe("success");
  await expect(p.getByTestId("message").textContent()).resolves.toMatch(/^Kopie für Prüfer als neue Arbeitsmappe geöffnet: DEUZ-Formeln als Werte, Blatt „Prüfung DE-UZ 228“ mit \d+ offenen Punkten\.$/);
  await expect(p.getByTestId("message-bar").count()).resolves.toBe(1);
  await expect(p.getByTestId("progress").count()).resolves.toBe(0);
  await expect(exportButton.getAttribute("aria-disabled")).resolves.not.toBe("true");
  await expect(p.evaluate(() => document.activeElement?.getAttribute("data-testid"))).resolves.toBe("export");
  // no check ran: no findings list
  await expect(p.getByTestId("findings-summary").count()).resolves.toBe(0);
  const created = (await p.evaluate(() => (window as unknown as { __created: number[] }).__created)) as number[];
  expect(created).toHaveLength(1);
  expect(created[0]).toBeGreaterThan(10_000);
  await p.context().close();
}, 120_000);
