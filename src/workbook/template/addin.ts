/**
 * Issue 10, item 6: without the DE-UZ 228 add-in (LibreOffice, Excel without it) every DEUZ formula is #NAME?
 * and Anlage 2 shows *fehlt* with no word why. A hint, shown only while `DEUZ.VERSION()` is an error, says that
 * the statuses need the add-in and that `deuz check` (or a frozen copy) gives them; with the add-in it is empty.
 */
import { Lang } from "./model";

const hints = {
  long: {
    de: "Ohne das Add-in „DE-UZ 228“ kann dieses Programm die DEUZ-Formeln nicht berechnen (#NAME?): Status, PUE, CER, ERF und ITEU_SV fehlen deshalb. Das Add-in in Excel laden, oder die Datei mit „deuz check Datei.xlsx“ prüfen; „deuz check Datei.xlsx --out geprueft.xlsx --freeze“ schreibt eine Kopie mit den Werten.",
    en: "Without the \"DE-UZ 228\" add-in this program cannot compute the DEUZ formulas (#NAME?): statuses, PUE, CER, ERF and ITEU_SV are missing for that reason. Load the add-in in Excel, or check the file with \"deuz check file.xlsx\"; \"deuz check file.xlsx --out checked.xlsx --freeze\" writes a copy with the values.",
  },
  short: {
    de: "#NAME?: braucht das Add-in DE-UZ 228, oder „deuz check“ (Kopie mit Werten: --out … --freeze)",
    en: "#NAME?: needs the DE-UZ 228 add-in, or \"deuz check\" (a copy with values: --out … --freeze)",
  },
};

/** The hint as an Excel formula: the text while DEUZ.VERSION() is an error, else empty. */
export function addinHint(lang: Lang, length: "short" | "long"): string {
  return `IF(ISERROR(DEUZ.VERSION()),"${hints[length][lang].replace(/"/g, '""')}","")`;
}
