#!/usr/bin/env bash
# Proves that a change is structural only: builds the main job at a base revision and in the working tree, then
# compares the JSON export of the bundled corpus and every generated source byte for byte.
#   tests/tools/compare-output.sh [BASE_REV]      (default: HEAD; exit 1 and a diff summary when anything differs)
# The generated sources are the ones the compiler writes with EmitCompilerGeneratedFiles (set here, on the command line).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
base="${1:-HEAD}"
work="$(mktemp -d)"
trap 'git -C "$root" worktree remove --force "$work/base" > /dev/null 2>&1 || true; rm -rf "$work"' EXIT

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

# Writes the export and the generated sources of the checkout in $1 to the folder $2.
export_of() {
  local tree="$1" out="$2"
  mkdir -p "$out"
  dotnet run --project "$tree/consumer-sample" -p:EmitCompilerGeneratedFiles=true -- --json "$out/corpus.json" > /dev/null 2> "$out/run.log" \
    || { cat "$out/run.log"; exit 2; }
  local generated
  generated="$(find "$tree/consumer-sample/obj" -type d -name 'ReportCorpus.ReportGenerator' | head -n 1)"
  [ -n "$generated" ] || { echo "no generated sources under $tree/consumer-sample/obj"; exit 2; }
  rm -rf "$out/generated"; cp -r "$generated" "$out/generated"
}

git -C "$root" worktree add --detach "$work/base" "$base" > /dev/null 2>&1
export_of "$work/base" "$work/before"
export_of "$root" "$work/after"

status=0
if ! cmp -s "$work/before/corpus.json" "$work/after/corpus.json"; then
  echo "JSON export differs:"; { diff "$work/before/corpus.json" "$work/after/corpus.json" | head -n 40; } || true; status=1
fi
if ! diff -r -q "$work/before/generated" "$work/after/generated" > "$work/generated.diff"; then
  echo "generated sources differ:"; head -n 40 "$work/generated.diff"
  first="$(grep -m1 '^Files ' "$work/generated.diff" | awk '{print $2, $4}' || true)"
  if [ -n "$first" ]; then { diff $first | head -n 40; } || true; fi
  status=1
fi
[ "$status" -eq 0 ] && echo "same output as $base: $(grep -c '"zone":' "$work/after/corpus.json") reports, $(ls "$work/after/generated" | wc -l) generated files"
exit "$status"
