#!/usr/bin/env bash
# Time and peak memory of `dotnet build` for a consumer project with 0, 57 (the bundled corpus) and 1,000
# (synthesised) reports, and the size of the generated code. Figures in docs/performance.md come from this script:
#   tests/ReportCorpus.Benchmarks/build-scale.sh                      (all three)
#   PROJECTS="none bundled" tests/ReportCorpus.Benchmarks/build-scale.sh (some)
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
# (the case of a developer building again and again; the server's memory is not counted).
printf '%-8s %8s %16s %14s %18s %10s\n' project reports "cold build (s)" "peak RSS (MB)" "server build (s)" "gen. code"
for p in ${PROJECTS:-none bundled scale}; do
  dotnet build "$work/$p" -c Release -v q > /dev/null          # restore and build the generator once
  best=""; rss=""; warm=""
  for run in 1 2 3; do
    # A full rebuild of the consumer (the generator project is up to date), compiler in-process so its memory counts.
    /usr/bin/time -f '%e %M' -o "$work/time.txt" dotnet build "$work/$p" -c Release --no-restore -v q \
      -p:UseSharedCompilation=false -p:BuildProjectReferences=false --no-incremental > "$work/build.log" || { cat "$work/build.log"; exit 1; }
    read -r seconds kb < "$work/time.txt"
    if [ -z "$best" ] || awk "BEGIN{exit !($seconds < $best)}"; then best=$seconds; fi
    if [ -z "$rss" ] || [ "$kb" -gt "$rss" ]; then rss=$kb; fi
  done
  for run in 1 2 3 4; do
    # The same rebuild through the compiler server (named explicitly: an environment may turn it off, as this
    # machine's does with UseSharedCompilation=false); the first run starts it and is not counted.
    /usr/bin/time -f '%e %M' -o "$work/time.txt" dotnet build "$work/$p" -c Release --no-restore -v q \
      -p:UseSharedCompilation=true -p:BuildProjectReferences=false --no-incremental > "$work/build.log" || { cat "$work/build.log"; exit 1; }
    read -r seconds kb < "$work/time.txt"
    if [ "$run" -gt 1 ] && { [ -z "$warm" ] || awk "BEGIN{exit !($seconds < $warm)}"; }; then warm=$seconds; fi
  done
  count=$(dotnet "$work/$p/bin/Release/net10.0/Consumer.dll")
  size=$(du -sh "$work/$p/obj/Release/net10.0/generated" 2>/dev/null | cut -f1)
  printf '%-8s %8s %16s %14s %18s %10s\n' "$p" "$count" "$best" "$((rss / 1024))" "$warm" "$size"
done
dotnet build-server shutdown > /dev/null 2>&1 || true
