/** Whether office.js loaded and the pane runs inside Excel; outside Office the pane is a calculator. */
export async function excelConnected(timeoutMs = 3000): Promise<boolean> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office || typeof office.onReady !== "function") return false;
  try {
    const info = await Promise.race([office.onReady(), new Promise<null>((resolve) => setTimeout(() => resolve(null), timeoutMs))]);
    return Boolean(info && info.host === office.HostType?.Excel && typeof (globalThis as { Excel?: unknown }).Excel !== "undefined");
  } catch {
    return false;
  }
}
