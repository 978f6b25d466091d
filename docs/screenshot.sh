#!/usr/bin/env bash
# Regenerates docs/images/attainment-report.png, the screenshot in README.md, from the bundled corpus:
#   docs/screenshot.sh
# Needs Debian's chromium and a CJK font (apt-get install chromium fonts-wqy-zenhei).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet run --project "$root/consumer-sample" -- --html "$work/report.html"
chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update \
  --disable-sync --disable-quic --user-data-dir="$work/profile" --hide-scrollbars --window-size=1280,1100 \
  --screenshot="$root/docs/images/attainment-report.png" "file://$work/report.html" 2> /dev/null
echo "wrote docs/images/attainment-report.png"
