#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command beside a real Secret Service: a private session bus (dbus-run-session) with an
# unlocked gnome-keyring-daemon, its keyrings in a scratch home, so the user's own keyring is
# never touched. Works as root on a fresh CI machine (packages from scripts/bootstrap).
# Usage: with-secret-service.sh COMMAND [ARGS...]
set -eu
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir -m 700 "$scratch/runtime"
export HOME="$scratch" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" \
    XDG_RUNTIME_DIR="$scratch/runtime"
# The daemon creates the login keyring with this password and leaves it unlocked.
dbus-run-session -- sh -c 'printf test | gnome-keyring-daemon --unlock --components=secrets >/dev/null && "$@"' \
    sh "$@"
