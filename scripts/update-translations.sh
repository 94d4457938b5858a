#!/usr/bin/env bash
# Refresh i18n/awrach_fr.ts from the tr("...") strings in ui/ and app/ (the core's messages,
# read back by app/language.py) and the settings' titles (QT_TR_NOOP in app/settings.py),
# then compile the .qm.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t sources < <(find ui app -name '*.py' | sort)
.venv/bin/pyside6-lupdate -no-obsolete -locations relative "${sources[@]}" -ts i18n/awrach_fr.ts
.venv/bin/pyside6-lrelease i18n/awrach_fr.ts -qm i18n/awrach_fr.qm
