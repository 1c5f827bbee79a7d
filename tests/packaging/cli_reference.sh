#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Holds the written references to the programs: the options each program really has (its --help)
# against the manual pages in docs/man/, the README's reference and the bash completion, both ways,
# and the version in the packaging files against the project's. Prints every mismatch.
# Usage: cli_reference.sh SOURCE_ROOT VERSION WESOGCTL WESOG_SANDBOX WESOGDESK
set -u
root=$1 version=$2 wesogctl=$3 sandbox=$4 wesogdesk=$5
failed=0
fail() {
    echo "cli_reference: $*"
    failed=1
}

# A private home, so no saved language or settings change what the programs print.
HOME=$(mktemp -d)
trap 'rm -rf "$HOME"' EXIT
export HOME LANGUAGE=en LC_ALL=C.UTF-8
unset XDG_CONFIG_HOME XDG_DATA_HOME

# Long options in Qt's help text: the option column of the lines that start with "  -". Qt
# prints a one-letter option alone with one dash (pull's `-q <query>`) but takes `--q` too,
# which is how the references write it; -h and -v stay Qt's short forms of --help/--version.
help_options() {
    grep -E '^  -' | sed -E 's/^  //; s/  .*//; s/^-([a-gi-uw-z])( |$)/--\1\2/' | grep -oE -- '--[a-z][a-z-]*' |
        sort -u
}
# Long options written in a manual page's source (\-\-name\-part).
man_options() { grep -oE '\\-\\-[a-z]+(\\-[a-z]+)*' "$1" | sed 's/\\//g' | sort -u; }
# Long options named in the README section that starts with the heading $1.
readme_options() {
    awk -v h="$1" '$0 == h { on = 1; next } on && /^##/ { exit } on' "$root/README.md" |
        grep -oE -- '--[a-z][a-z-]*' | sort -u
}
# Options the completion offers after `wesogctl COMMAND -`.
completion_options() {
    bash -c 'source "$1"; COMP_WORDS=(wesogctl "$2" -); COMP_CWORD=2; _wesogctl; printf "%s\n" "${COMPREPLY[@]}"' \
        _ "$root/packaging/wesogctl.bash" "$1" | sort -u
}
# compare WHAT ACTUAL WRITTEN: every actual option is written, every written one is actual.
compare() {
    local missing extra
    missing=$(comm -23 <(echo "$2") <(echo "$3") | xargs)
    extra=$(comm -13 <(echo "$2") <(echo "$3") | xargs)
    [[ -z $missing ]] || fail "$1 leaves out: $missing"
    [[ -z $extra ]] || fail "$1 names options that do not exist: $extra"
}
# Help and version options are documented once in the manual pages, not in the README.
without_help() { grep -vxE -- '--(help|help-all|version)'; }

ctl_all=""
for command in scan submit status pull write check; do
    options=$("$wesogctl" "$command" --help | help_options)
    [[ -n $options ]] || fail "wesogctl $command --help lists no options"
    compare "the bash completion of wesogctl $command" "$options" "$(completion_options "$command")"
    ctl_all+="$options"$'\n'
done
ctl_all=$(printf '%s--version\n' "$ctl_all" | sort -u) # --version is read by main(), outside Qt's parser
compare "wesogctl(1)" "$ctl_all" "$(man_options "$root/docs/man/wesogctl.1")"
compare "the README's wesogctl reference" "$(without_help <<<"$ctl_all")" "$(readme_options '### wesogctl')"
top=$(bash -c 'source "$1"; COMP_WORDS=(wesogctl ""); COMP_CWORD=1; _wesogctl; echo "${COMPREPLY[*]}"' \
    _ "$root/packaging/wesogctl.bash")
[[ $top == "scan submit status pull write check --help --version" ]] || fail "the completion of the first word offers: $top"

options=$("$sandbox" --help | help_options)
compare "wesog-sandbox(1)" "$options" "$(man_options "$root/docs/man/wesog-sandbox.1")"
compare "the README's wesog-sandbox reference" "$(without_help <<<"$options")" "$(readme_options '### wesog-sandbox')"

# The GUI's --help must run without any display.
options=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$wesogdesk" --help | help_options)
[[ -n $options ]] || fail "wesogdesk --help failed without a display"
compare "wesogdesk(1)" "$options" "$(man_options "$root/docs/man/wesogdesk.1")"
compare "the README's wesogdesk command line" "$(without_help <<<"$options")" "$(readme_options '### Command line')"

# Every code page the completion offers is one wesogctl accepts.
empty=$(mktemp -d -p "$HOME")
codepages=$(bash -c 'source "$1"; COMP_WORDS=(wesogctl scan --codepage ""); COMP_CWORD=3; _wesogctl;
    echo "${COMPREPLY[*]}"' _ "$root/packaging/wesogctl.bash")
[[ -n $codepages ]] || fail "the completion offers no code page"
for codepage in $codepages; do
    "$wesogctl" scan "$empty" --codepage "$codepage" >/dev/null 2>&1 || fail "wesogctl refuses the offered code page $codepage"
done

# One version everywhere: the programs, the Debian changelog, the AppStream release, the pages.
[[ $("$wesogctl" --version) == "wesogctl $version" ]] || fail "wesogctl --version is not $version"
[[ $(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM "$wesogdesk" --version) == "Wesog Desk $version" ]] ||
    fail "wesogdesk --version is not $version (or needs a display)"
changelog=$(sed -nE '1s/^wesogdesk \(([^)]+)\).*/\1/p' "$root/packaging/changelog")
[[ $changelog == "$version" ]] || fail "packaging/changelog starts at $changelog, the project is $version"
release=$(grep -m1 -oE '<release version="[^"]+"' "$root/resources/com.wesog.wesogdesk.metainfo.xml" | cut -d'"' -f2)
[[ $release == "$version" ]] || fail "the metainfo's newest release is $release, the project is $version"
for page in "$root"/docs/man/*.1; do
    grep -q "^\.TH .*\"Wesog Desk $version\"" "$page" || fail "$(basename "$page") does not say Wesog Desk $version"
done

[[ $failed -eq 0 ]] && echo "cli_reference: the manual pages, README, completion and versions agree"
exit $failed
