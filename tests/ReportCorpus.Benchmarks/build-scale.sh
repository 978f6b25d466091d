#!/usr/bin/env bash
# Time and peak memory of `dotnet build` for a consumer project with 0, the bundled corpus and 1,000 (synthesised)
# reports, and the size of the generated code. Figures in docs/performance.md come from this script:
#   tests/ReportCorpus.Benchmarks/build-scale.sh                      (none, bundled, scale)
#   PROJECTS="none bundled seeds57" RUNS=9 tests/ReportCorpus.Benchmarks/build-scale.sh (some projects, more runs)
#                          (bundled: all of corpus/; seeds57: corpus/national and corpus/zones only, the 57 reports
#                           the earlier figures were taken on; seeds57utf8: the same with ReportCorpusData=utf8)
#   PROJECTS="scale3000 scale10000" RUNS=1 SERVER=0 tests/ReportCorpus.Benchmarks/build-scale.sh
#                          (scaleN: N synthesised reports; SERVER=0 skips the builds through the compiler server;
#                           GENTIME=1 adds one build per project with ReportAnalyzer=true for the generator's time)
#   COMPARE=/tmp/main PROJECTS="none seeds57" RUNS=9 tests/ReportCorpus.Benchmarks/build-scale.sh
#                          (each project also as P.other, the same reports through the generator of another checkout,
#                           e.g. `git archive main | tar -x -C /tmp/main`; runs alternate between all of them)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 MSBUILDDISABLENODEREUSE=1

dotnet build -c Release "$root/tests/ReportCorpus.Benchmarks" -v q > /dev/null
projects=(${PROJECTS:-none bundled scale})
runs=${RUNS:-5}
count_of() { case "$1" in scale) echo 1000 ;; scale*) echo "${1#scale}" ;; esac; }
for p in "${projects[@]}"; do
  n=$(count_of "$p")
  if [ -n "$n" ] && [ ! -d "$work/reports$n" ]; then
    dotnet run -c Release --no-build --project "$root/tests/ReportCorpus.Benchmarks" -- --synthesise "$work/reports$n" "$n"
  fi
done

# make_project NAME GLOB [PROPERTIES]
source "$root/tests/ReportCorpus.Benchmarks/consumer-project.sh"

make_project none "none/*.txt"
make_project bundled "$root/corpus/**/*.txt"
seeds="$root/corpus/national/*.txt;$root/corpus/zones/*.txt"
make_project seeds57 "$seeds"
make_project seeds57utf8 "$seeds" '<ReportCorpusData>utf8</ReportCorpusData>'
for p in "${projects[@]}"; do
  n=$(count_of "$p")
  if [ -n "$n" ]; then make_project "$p" "$work/reports$n/**/*.txt"; fi
done
if [ -n "${COMPARE:-}" ]; then
  compare="$(cd "$COMPARE" && pwd)"
  for p in "${projects[@]}"; do
    mkdir -p "$work/$p.other"
    sed "s|$root/generator/|$compare/generator/|g" "$work/$p/Consumer.csproj" > "$work/$p.other/Consumer.csproj"
    cp "$work/$p/Program.cs" "$work/$p.other/"
  done
  for p in "${projects[@]}"; do projects+=("$p.other"); done
  [[ " ${projects[*]} " == *" none.other "* ]] || { echo "COMPARE needs the project none" >&2; exit 1; }
  dotnet build "$work/none.other" -c Release -v q > /dev/null   # restore, build the other generator once
fi

# Two ways to build: with the compiler in the build process (a fresh compiler each time, its memory counted: the
# cold case, as on a CI machine) and with the compiler server that `dotnet build` uses by default, already running
# (the case of a developer building again and again; the server's memory is not counted). Runs alternate between the
# projects, so a slow spell of the machine hits them alike; each figure is the median of RUNS (default 5), and the
# cost of the reports is the median of the paired differences with the project that has none.
declare -A cold server rss
build() { # project, shared compilation (true/false); seconds and peak KB in $work/time.txt
  /usr/bin/time -f '%e %M' -o "$work/time.txt" dotnet build "$work/$1" -c Release --no-restore -v q \
    -p:UseSharedCompilation=$2 -p:BuildProjectReferences=false --no-incremental > "$work/build.log" || { cat "$work/build.log"; exit 1; }
}
dotnet build "$work/none" -c Release -v q > /dev/null   # restore, build the generator once
for p in "${projects[@]}"; do dotnet restore "$work/$p" -v q > /dev/null; done
for run in $(seq "$runs"); do
  for p in "${projects[@]}"; do
    build "$p" false
    read -r seconds kb < "$work/time.txt"
    cold[$p]="${cold[$p]:-} $seconds"
    if [ -z "${rss[$p]:-}" ] || [ "$kb" -gt "${rss[$p]}" ]; then rss[$p]=$kb; fi
  done
done
if [ "${SERVER:-1}" = 1 ]; then
# Through the server (named explicitly: an environment may turn it off, as this machine's does with
# UseSharedCompilation=false); one build of each project first starts it and warms it, and is not counted.
for p in "${projects[@]}"; do build "$p" true; done
for run in $(seq "$runs"); do
  for p in "${projects[@]}"; do
    build "$p" true
    read -r seconds _ < "$work/time.txt"
    server[$p]="${server[$p]:-} $seconds"
  done
done
dotnet build-server shutdown > /dev/null 2>&1 || true
fi
# The generator's and the analyzer's own time, as the compiler reports it (one build each, not counted above).
declare -A gentime
if [ "${GENTIME:-0}" = 1 ]; then
  for p in "${projects[@]}"; do
    dotnet build "$work/$p" -c Release --no-restore -v d -p:UseSharedCompilation=false -p:BuildProjectReferences=false \
      -p:ReportAnalyzer=true --no-incremental > "$work/analyzer.log" || true
    gentime[$p]="$( { grep -E 'ReportCorpus\.(ReportGenerator|Diagnostics\.ReportAnalyzer)|Total (analyzer|generator) execution time' "$work/analyzer.log" || true; } \
      | sed -E 's/^ +//' | tr -s ' ' | sort -u | tr '\n' ';')"
  done
fi

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{v[NR]=$1} END{print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }
paired() { # runs of a project, runs of the baseline -> median of the differences
  paste -d' ' <(echo "$1" | tr ' ' '\n' | grep -v '^$') <(echo "$2" | tr ' ' '\n' | grep -v '^$') | awk '{printf "%.2f ", $1-$2}' | median
}
printf '%-8s %8s %18s %14s %20s %10s\n' project reports "cold build (s)" "peak RSS (MB)" "server build (s)" "gen. code"
for p in "${projects[@]}"; do
  count=$(dotnet "$work/$p/bin/Release/net10.0/Consumer.dll" || echo "-")
  size=$(du -sh "$work/$p/obj/Release/net10.0/generated" 2>/dev/null | cut -f1)
  printf '%-8s %8s %18s %14s %20s %10s\n' "$p" "$count" "$(echo "${cold[$p]}" | median) (min $(echo "${cold[$p]}" | tr ' ' '\n' | grep -v '^$' | sort -g | head -1))" \
    "$((rss[$p] / 1024))" "$( [ -n "${server[$p]:-}" ] && echo "$(echo "${server[$p]}" | median) (min $(echo "${server[$p]}" | tr ' ' '\n' | grep -v '^$' | sort -g | head -1))" || echo -)" "$size"
  if [ -n "${gentime[$p]:-}" ]; then echo "         $p, compiler's own report: ${gentime[$p]}"; fi
done
if [ -n "${cold[none]:-}" ]; then
  for p in "${projects[@]}"; do
    base=none; [[ "$p" == *.other ]] && base=none.other
    [ "$p" = "$base" ] && continue
    echo "$p - $base, median of $runs paired runs: cold +$(paired "${cold[$p]}" "${cold[$base]}") s$( [ -n "${server[$p]:-}" ] && echo ", server +$(paired "${server[$p]}" "${server[$base]}") s")"
  done
fi
