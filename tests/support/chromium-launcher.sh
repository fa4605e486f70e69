#!/usr/bin/env bash
# Starts Chromium with every --disable-features switch merged into one. Chromium honours only the last of them,
# and Playwright (like chrome-launcher) writes its own list before the caller's arguments, so a list of ours would
# silently switch Playwright's back on. The real executable comes as --chromium-binary=PATH (chromium-args.js).
set -euo pipefail
binary=''
features=()
args=()
for arg in "$@"; do
  case "$arg" in
    --chromium-binary=*) binary="${arg#--chromium-binary=}" ;;
    --disable-features=*) [[ -n "${arg#--disable-features=}" ]] && features+=("${arg#--disable-features=}") ;;
    *) args+=("$arg") ;;
  esac
done
if [[ -z "$binary" ]]; then
  echo "chromium-launcher.sh: no --chromium-binary=PATH given" >&2
  exit 2
fi
if ((${#features[@]} > 0)); then
  args+=("--disable-features=$(IFS=,; echo "${features[*]}")")
fi
exec "$binary" "${args[@]}"
