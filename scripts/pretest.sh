#!/usr/bin/env bash
# Installs what the tests need from Debian when it is missing: Chromium (task-pane e2e test, driven by
# playwright-core; no browser download), LibreOffice Calc (opens what we write, as a real client would) and
# its Python bridge python3-uno (edits and saves a workbook as a user would).
set -euo pipefail
need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
command -v soffice >/dev/null 2>&1 || command -v libreoffice >/dev/null 2>&1 || need+=(libreoffice-calc)
# LibreOffice driven through UNO (test/workbook/lo-edit.py: delete a row, rename a sheet, save as .xlsx)
[ -x /usr/bin/python3 ] && /usr/bin/python3 -c "import uno" >/dev/null 2>&1 || need+=(python3-uno)
if [ ${#need[@]} -gt 0 ]; then
  echo "pretest: installing ${need[*]} from Debian"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo_cmd apt-get update -qq
  $sudo_cmd apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
