#!/usr/bin/env bash
# Where a large build's time and memory go: N synthesised reports (default 3,000) built once with the generator, then
# its generated code built alone (no generator, no report files) and in variants with one part of it taken out. Each is
# one cold build (`UseSharedCompilation=false`, the compiler in the build's own process, its peak RSS counted), so run
# it on a quiet machine. Figures in docs/performance.md ("Where a large build goes") come from:
#   tests/ReportCorpus.Benchmarks/build-split.sh            (3,000 reports)
#   N=1000 tests/ReportCorpus.Benchmarks/build-split.sh
# Variants of the generated code, each edited with sed from the generator's own output:
#   alone     the generated files as they are
#   no-data   every UTF-8 data literal emptied (""u8): what the data cost
#   no-docs   every XML doc comment removed
#   no-attrs  every [GeneratedCode] attribute of a report's classes removed
#   no-props  no data, and no typed property on the report's lists (Targets.GrossRegionalProduct …)
#   one-file-per-100  no data, and the report files concatenated 100 to a file: what a file costs
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
n=${N:-3000}
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 MSBUILDDISABLENODEREUSE=1

dotnet build -c Release "$root/tests/ReportCorpus.Benchmarks" -v q > /dev/null
dotnet run -c Release --no-build --project "$root/tests/ReportCorpus.Benchmarks" -- --synthesise "$work/reports" "$n" > /dev/null

source "$root/tests/ReportCorpus.Benchmarks/consumer-project.sh"
# UTF-8 data whatever N, the shape every corpus past the string budget takes (1,000 reports and more).
make_project with-generator "$work/reports/**/*.txt" '<ReportCorpusData>utf8</ReportCorpusData>'

build() { # project -> "seconds peak-MB"
  dotnet restore "$work/$1" -v q > /dev/null
  /usr/bin/time -f '%e %M' -o "$work/time.txt" dotnet build "$work/$1" -c Release --no-restore -v q \
    -p:UseSharedCompilation=false -p:BuildProjectReferences=false --no-incremental > "$work/build.log" || { cat "$work/build.log"; exit 1; }
  read -r seconds kb < "$work/time.txt"
  echo "$seconds $((kb / 1024))"
}

# A variant: the generated code as plain sources of a project with no generator, then an edit of it.
variant() { # name, sed script for the report files (or empty)
  mkdir -p "$work/$1"
  printf '<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n    <OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable>\n    <RootNamespace>Consumer</RootNamespace>\n  </PropertyGroup>\n</Project>\n' > "$work/$1/Consumer.csproj"
  cp "$work/with-generator/Program.cs" "$work/$1/"
  cp -r "$work/with-generator/obj/Release/net10.0/generated" "$work/$1/gen"
  if [ -n "$2" ]; then find "$work/$1/gen" -name 'Reports.*.g.cs' ! -name 'Reports.g.cs' -exec sed -i -E "$2" {} +; fi
}

printf '%-18s %10s %14s %10s %8s\n' build "time (s)" "peak RSS (MB)" "code" reports
report() { # name
  read -r seconds mb <<< "$(build "$1")"
  count=$(dotnet "$work/$1/bin/Release/net10.0/Consumer.dll")
  size=$(du -sh "$work/$1/gen" 2>/dev/null || du -sh "$work/$1/obj/Release/net10.0/generated")
  printf '%-18s %10s %14s %10s %8s\n' "$1" "$seconds" "$mb" "$(echo "$size" | cut -f1)" "$count"
}
report with-generator
no_data='s/^(\s+[a-z]+: global::System\.Text\.Encoding\.UTF8\.GetString\()".*"(u8\.ToArray\(\)\),)$/\1""\2/'
variant alone ''; report alone
variant no-data "$no_data"; report no-data
variant no-docs '/^\s*\/\/\/ /d'; report no-docs
variant no-attrs '/^\s*\[global::System\.CodeDom\.Compiler\.GeneratedCode\(/d'; report no-attrs
variant no-props "$no_data;"'/^\s*public global::ReportCorpus\.(Target|Achievement) \w+ => this\[[0-9]+\];$/d'; report no-props
variant one-file-per-100 "$no_data"
(cd "$work/one-file-per-100/gen"/*/*/ && ls Reports.*.g.cs | grep -v '^Reports\.g\.cs$' | split -l 100 - "$work/chunk." \
  && i=0 && for c in "$work"/chunk.*; do cat $(cat "$c") > "Part$i.cs.part"; rm $(cat "$c") "$c"; i=$((i + 1)); done \
  && for f in Part*.cs.part; do mv "$f" "${f%.part}"; done)
report one-file-per-100
