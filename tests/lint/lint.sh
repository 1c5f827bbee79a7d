#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Source rules the compiler cannot check (design.md §1.2, §3.2, §4). Prints each offending line.
set -u
root="${1:?usage: lint.sh SOURCE_ROOT}"
cd "$root" || exit 2
failed=0

check() { # check "what is wrong" <grep args...>
    local what="$1"; shift
    local hits
    hits=$(grep -rnE "$@" 2>/dev/null)
    if [[ -n "$hits" ]]; then
        echo "lint: $what"
        echo "$hits" | sed 's/^/    /'
        failed=1
    fi
}

# Waiting must poll a condition; a marked line says why a fixed wait is right.
hits=$(grep -rn 'QTest::qWait(' tests --include='*.cpp' --include='*.h' | grep -v 'qWait-ok:')
if [[ -n "$hits" ]]; then
    echo "lint: bare QTest::qWait( in tests (use QTRY_*, QSignalSpy::wait, or mark '// qWait-ok: <reason>')"
    echo "$hits" | sed 's/^/    /'
    failed=1
fi
check "string-based connect (SIGNAL/SLOT); use function pointers" \
    '\b(SIGNAL|SLOT)\(' core models views app sandbox tests --include='*.cpp' --include='*.h'
check "core/ and models/ must not use Qt Widgets" \
    '#include <(QtWidgets/|Q(Widget|MainWindow|Dialog|Application|TableView|ListView|Label|MessageBox)\b)' \
    core models --include='*.cpp' --include='*.h'
# Layering (design.md §1.2): includes are written from the repository root, so the path says the layer.
check "core/ must not include models/, views/ or app/" \
    '#include "(models|views|app)/' core --include='*.cpp' --include='*.h'
check "models/ must not include views/ or app/" '#include "(views|app)/' models --include='*.cpp' --include='*.h'
check "views/ must not include app/" '#include "app/' views --include='*.cpp' --include='*.h'
if [[ -d sandbox ]]; then
    check "sandbox/ must use only core/record/ (not api/, library/, workspace/ or anything above core)" \
        '#include "(core/(api|caption|library|workspace|connection|submit|i18n)|models|views|app)/' sandbox \
        --include='*.cpp' --include='*.h'
fi
check "project includes are written from the repository root (\"core/record/imagerecord.h\")" \
    '#include "[^/"]+\.h"' core models views app sandbox tests bench fuzz --include='*.cpp' --include='*.h'
check "nested event loops on the GUI thread (use open() and signals)" \
    '(QEventLoop\b.*\.exec\(|\bexec\(\);.*//.*dialog|->exec\(\)|waitForFinished\(\))' views models app/wesogdesk \
    --include='*.cpp' --include='*.h'

hits=$(for f in $(find core models views app sandbox tests bench -name '*.cpp' -o -name '*.h' 2>/dev/null); do
    head -n1 "$f" | grep -q '^// SPDX-License-Identifier: ' || echo "$f"
done)
if [[ -n "$hits" ]]; then
    echo "lint: first line must be the SPDX licence line"
    echo "$hits" | sed 's/^/    /'
    failed=1
fi

# The README's Quick start tells what `./scripts/test --asan` runs; the asan test preset decides it.
if [[ -f README.md && -f CMakePresets.json ]]; then
    preset_skips_slow=no
    tr -d ' \n' <CMakePresets.json | grep -qE '"name":"asan","configurePreset":"asan"[^]]*"exclude":\{"label":"slow"\}' &&
        preset_skips_slow=yes
    readme_skips_slow=no
    grep -qE -- '--asan`.*(leaves out|without).*`slow`' README.md && readme_skips_slow=yes
    if [[ $preset_skips_slow != "$readme_skips_slow" ]]; then
        echo "lint: README says the asan run leaves out the slow tests: $readme_skips_slow; the asan test preset does: $preset_skips_slow"
        failed=1
    fi
fi

if [[ $failed -eq 0 ]]; then
    echo "lint: clean"
fi
exit $failed
