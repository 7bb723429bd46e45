#!/usr/bin/env python3
"""
LibreOffice Calc as a user would drive it, through UNO (Debian's python3-uno): open an .xlsx, make one edit,
save as .xlsx (Calc MS Excel 2007 XML), close. Used by test/workbook/libreoffice-edits.test.ts.

    lo-edit.py IN.xlsx OUT.xlsx PROFILE_DIR delete-row SHEET ROW     (ROW 1-based, the whole row as Calc deletes it)
    lo-edit.py IN.xlsx OUT.xlsx PROFILE_DIR rename-sheet OLD NEW

Starts its own headless soffice with its own profile, listening on a private pipe, and always ends it
(also on SIGTERM, which the test's timeout sends). Exit 0 when OUT was written.
"""
import os
import signal
import subprocess
import sys
import time
import uuid

import uno  # noqa: E402  (python3-uno)
from com.sun.star.beans import PropertyValue  # noqa: E402
from com.sun.star.connection import NoConnectException  # noqa: E402

SOFFICE = next((p for p in ("/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/lib/libreoffice/program/soffice") if os.path.exists(p)), "soffice")


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def url(path):
    return uno.systemPathToFileUrl(os.path.abspath(path))


def main(argv):
    source, target, profile, action, *rest = argv
    pipe = "deuz-" + uuid.uuid4().hex
    office = subprocess.Popen(
        [SOFFICE, "-env:UserInstallation=" + url(profile), "--headless", "--invisible", "--norestore", "--nologo",
         "--nodefault", "--nolockcheck", f"--accept=pipe,name={pipe};urp;StarOffice.ComponentContext"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)

    def end(*_):
        if office.poll() is None:
            os.killpg(office.pid, signal.SIGKILL)
        sys.exit(3)

    signal.signal(signal.SIGTERM, end)
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        context = None
        for _ in range(240):  # a first start with a new profile takes a while on a busy machine
            try:
                context = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
                break
            except NoConnectException:
                if office.poll() is not None:
                    raise SystemExit(f"soffice ended with {office.returncode} before it listened")
                time.sleep(0.5)
        if context is None:
            raise SystemExit("soffice did not listen")
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        doc = desktop.loadComponentFromURL(url(source), "_blank", 0, (prop("Hidden", True),))
        sheets = doc.Sheets
        if action == "delete-row":
            name, row = rest
            sheet = sheets.getByName(name)
            # the template protects its sheets without a password: the user lifts it (Extras > Blatt schützen),
            # deletes the row and protects the sheet again
            protected = sheet.isProtected()
            if protected:
                sheet.unprotect("")
            sheet.Rows.removeByIndex(int(row) - 1, 1)
            if protected:
                sheet.protect("")
        elif action == "rename-sheet":
            old, new = rest
            sheets.getByName(old).setName(new)
        else:
            raise SystemExit(f"unknown action {action}")
        doc.storeToURL(url(target), (prop("FilterName", "Calc MS Excel 2007 XML"), prop("Overwrite", True)))
        doc.close(True)
        try:
            desktop.terminate()
        except Exception:  # the bridge goes down with the office
            pass
        office.wait(timeout=60)
    finally:
        if office.poll() is None:
            os.killpg(office.pid, signal.SIGKILL)
            office.wait()
    return 0 if os.path.exists(target) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
