# Sourced by build-scale.sh and build-split.sh (needs $root and $work): the console project they build, which references
# the generator as consumer-sample does and takes the reports of a glob.
make_project() { # name (a folder under $work), report glob, more properties
  mkdir -p "$work/$1"
  cat > "$work/$1/Consumer.csproj" <<PROJ
<Project Sdk="Microsoft.NET.Sdk">
  <Import Project="$root/generator/build/ReportCorpus.props" />
  <PropertyGroup>
    <OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable>
    <RootNamespace>Consumer</RootNamespace><EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
    <!-- The RC findings are not what is measured here. -->
    <NoWarn>\$(NoWarn);RC0001;RC0002;RC0003;RC0004;RC0101;RC0102;RC0104;RC0105</NoWarn>${3:-}
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
