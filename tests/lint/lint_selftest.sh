#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The lint must still catch what it is there for: each case plants one offence in a scratch tree
# and expects lint.sh to fail naming it; a clean scratch tree must pass.
set -u
lint="${1:?usage: lint_selftest.sh LINT_SCRIPT}"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
failed=0

plant() { # plant FILE CONTENT EXPECTED_MESSAGE
    rm -rf "$scratch"/*
    mkdir -p "$scratch"/{core/record,models,views,app,sandbox,tests,bench}
    printf '// SPDX-License-Identifier: GPL-3.0-or-later\n#include "core/record/imagerecord.h"\n' \
        >"$scratch/models/ok.cpp"
    if [[ -n "$1" ]]; then
        mkdir -p "$(dirname "$scratch/$1")"
        printf '// SPDX-License-Identifier: GPL-3.0-or-later\n%s\n' "$2" >"$scratch/$1"
    fi
    local out status
    out=$(bash "$lint" "$scratch" 2>&1); status=$?
    if [[ -z "$1" ]]; then
        [[ $status -eq 0 ]] || { echo "FAIL: a clean tree was refused: $out"; failed=1; }
        return
    fi
    if [[ $status -eq 0 || "$out" != *"$3"* ]]; then
        echo "FAIL: $1 with '$2' not caught as '$3' (exit $status): $out"
        failed=1
    fi
}

plant "" "" ""
plant core/api/x.cpp '#include "views/mainwindow.h"' "core/ must not include models/, views/ or app/"
plant core/api/x.cpp '#include "models/recordtablemodel.h"' "core/ must not include models/, views/ or app/"
plant models/x.h '#include "views/recordlistwidget.h"' "models/ must not include views/ or app/"
plant views/x.cpp '#include "app/wesogdesk/desktopapp.h"' "views/ must not include app/"
plant sandbox/x.cpp '#include "core/library/folderscanner.h"' "sandbox/ must use only core/record/"
plant models/x.cpp '#include "recordtablemodel.h"' "project includes are written from the repository root"
plant core/x.cpp '#include <QtWidgets/QWidget>' "core/ and models/ must not use Qt Widgets"
plant views/x.cpp 'connect(a, SIGNAL(x()), b, SLOT(y()));' "string-based connect"

[[ $failed -eq 0 ]] && echo "lint self-test: every planted offence caught"
exit $failed
