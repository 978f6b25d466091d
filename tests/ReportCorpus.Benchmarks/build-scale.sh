#!/usr/bin/env bash
# Time and peak memory of `dotnet build` for a consumer project with 0, 57 (the bundled corpus) and 1,000
# (synthesised) reports, and the size of the generated code. Figures in docs/performance.md come from this script:
#   tests/ReportCorpus.Benchmarks/build-scale.sh                      (all three)
#   PROJECTS="none bundled" RUNS=9 tests/ReportCorpus.Benchmarks/build-scale.sh (some projects, more runs)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 MSBUILDDISABLENODEREUSE=1

dotnet build -c Release "$root/tests/ReportCorpus.Benchmarks" -v q > /dev/null
dotnet run -c Release --no-build --project "$root/tests/ReportCorpus.Benchmarks" -- --synthesise "$work/reports1000" 1000

make_project() { # name, report glob
  mkdir -p "$work/$1"
  cat > "$work/$1/Consumer.csproj" <<PROJ
<Project Sdk="Microsoft.NET.Sdk">
  <Import Project="$root/generator/build/ReportCorpus.props" />
  <PropertyGroup>
    <OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable>
    <RootNamespace>Consumer</RootNamespace><EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
    <!-- The RC findings are not what is measured here. -->
    <NoWarn>\$(NoWarn);RC0001;RC0002;RC0003;RC0004;RC0101;RC0102;RC0104;RC0105</NoWarn>
  </PropertyGroup>
  <ItemGroup>
    <ProjectReference Include="$root/generator/ReportCorpus.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
    <ReportCorpus Include="$2" />
  </ItemGroup>
  <Import Project="$root/generator/build/ReportCorpus.targets" />
</Project>
PROJ
  echo 'System.Console.WriteLine(Consumer.Reports.All.Count);' > "$work/$1/Program.cs"
}

make_project none "none/*.txt"
make_project bundled "$root/corpus/**/*.txt"
make_project scale "$work/reports1000/**/*.txt"

# Two ways to build: with the compiler in the build process (a fresh compiler each time, its memory counted: the
# cold case, as on a CI machine) and with the compiler server that `dotnet build` uses by default, already running
# (the case of a developer building again and again; the server's memory is not counted). Runs alternate between the
# projects, so a slow spell of the machine hits them alike; each figure is the median of RUNS (default 5), and the
# cost of the reports is the median of the paired differences with the project that has none.
projects=(${PROJECTS:-none bundled scale})
runs=${RUNS:-5}
declare -A cold server rss
build() { # project, shared compilation (true/false); seconds and peak KB in $work/time.txt
  /usr/bin/time -f '%e %M' -o "$work/time.txt" dotnet build "$work/$1" -c Release --no-restore -v q \
    -p:UseSharedCompilation=$2 -p:BuildProjectReferences=false --no-incremental > "$work/build.log" || { cat "$work/build.log"; exit 1; }
}
for p in "${projects[@]}"; do dotnet build "$work/$p" -c Release -v q > /dev/null; done   # restore, build the generator once
for run in $(seq "$runs"); do
  for p in "${projects[@]}"; do
    build "$p" false
    read -r seconds kb < "$work/time.txt"
    cold[$p]="${cold[$p]:-} $seconds"
    if [ -z "${rss[$p]:-}" ] || [ "$kb" -gt "${rss[$p]}" ]; then rss[$p]=$kb; fi
  done
done
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

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{v[NR]=$1} END{print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }
paired() { # runs of a project, runs of the baseline -> median of the differences
  paste -d' ' <(echo "$1" | tr ' ' '\n' | grep -v '^$') <(echo "$2" | tr ' ' '\n' | grep -v '^$') | awk '{printf "%.2f ", $1-$2}' | median
}
printf '%-8s %8s %18s %14s %20s %10s\n' project reports "cold build (s)" "peak RSS (MB)" "server build (s)" "gen. code"
for p in "${projects[@]}"; do
  count=$(dotnet "$work/$p/bin/Release/net10.0/Consumer.dll")
  size=$(du -sh "$work/$p/obj/Release/net10.0/generated" 2>/dev/null | cut -f1)
  printf '%-8s %8s %18s %14s %20s %10s\n' "$p" "$count" "$(echo "${cold[$p]}" | median) (min $(echo "${cold[$p]}" | tr ' ' '\n' | grep -v '^$' | sort -g | head -1))" \
    "$((rss[$p] / 1024))" "$(echo "${server[$p]}" | median) (min $(echo "${server[$p]}" | tr ' ' '\n' | grep -v '^$' | sort -g | head -1))" "$size"
done
if [ -n "${cold[none]:-}" ]; then
  for p in "${projects[@]}"; do
    [ "$p" = none ] && continue
    echo "$p - none, median of $runs paired runs: cold +$(paired "${cold[$p]}" "${cold[none]}") s, server +$(paired "${server[$p]}" "${server[none]}") s"
  done
fi
