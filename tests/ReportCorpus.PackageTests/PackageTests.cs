using System.Xml.Linq;

namespace ReportCorpus.PackageTests;

/// <summary>One pack for all the tests of the package.</summary>
[CollectionDefinition(Name)]
public sealed class PackageCollection : ICollectionFixture<PackageFixture>
{
    public const string Name = "package";
}

/// <summary>What is inside the package: the generator where the compiler finds it, the MSBuild files, nothing else.</summary>
[Collection(PackageCollection.Name)]
public class PackageContentTests
{
    private readonly PackageFixture _package;

    public PackageContentTests(PackageFixture package) => _package = package;

    [Fact]
    public void Pack_succeeds()
    {
        Assert.True(_package.PackResult.ExitCode == 0, _package.PackResult.ToString());
        Assert.NotNull(_package.PackagePath);
    }

    [Fact]
    public void The_generator_is_an_analyzer_and_nothing_is_a_runtime_assembly()
    {
        using var zip = _package.OpenPackage();
        var entries = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Contains("analyzers/dotnet/cs/ReportCorpus.dll", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) || e.StartsWith("ref/", StringComparison.Ordinal));
        Assert.Single(entries, e => e.EndsWith(".dll", StringComparison.Ordinal));
        foreach (string file in new[] { "build/ReportCorpus.props", "build/ReportCorpus.targets", "buildTransitive/ReportCorpus.props", "buildTransitive/ReportCorpus.targets", "PACKAGE.md" })
        {
            Assert.Contains(file, entries);
        }
    }

    [Fact]
    public void The_assembly_holds_no_path_of_the_machine_that_built_it()
    {
        // PathMap: the same sources give the same assembly wherever they are built.
        using var zip = _package.OpenPackage();
        using var stream = new MemoryStream();
        zip.GetEntry("analyzers/dotnet/cs/ReportCorpus.dll")!.Open().CopyTo(stream);
        string bytes = System.Text.Encoding.Latin1.GetString(stream.ToArray());
        Assert.DoesNotContain(_package.RepositoryRoot, bytes);
        Assert.Contains("/_/generator/", bytes);
    }

    [Fact]
    public void The_nuspec_is_a_development_dependency_without_dependencies()
    {
        using var zip = _package.OpenPackage();
        using var stream = zip.GetEntry("ReportCorpus.nuspec")!.Open();
        XElement metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string Value(string name) => metadata.Elements().Single(e => e.Name.LocalName == name).Value;

        Assert.Equal("true", Value("developmentDependency"));
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("PACKAGE.md", Value("readme"));
        Assert.False(string.IsNullOrWhiteSpace(Value("releaseNotes")));
        Assert.NotNull(metadata.Elements().SingleOrDefault(e => e.Name.LocalName == "repository"));
        Assert.DoesNotContain(metadata.Elements(), e => e.Name.LocalName == "dependencies");
    }

    [Fact]
    public void The_props_make_the_generator_settings_compiler_visible()
    {
        using var zip = _package.OpenPackage();
        using var stream = zip.GetEntry("build/ReportCorpus.props")!.Open();
        var props = XDocument.Load(stream);
        var visible = props.Descendants().Where(e => e.Name.LocalName is "CompilerVisibleProperty" or "CompilerVisibleItemMetadata")
            .Select(e => (string?)e.Attribute("MetadataName") ?? (string)e.Attribute("Include")!).ToList();
        Assert.Contains("ReportCorpusNamespace", visible);
        Assert.Contains("RootNamespace", visible);
        Assert.Contains("ReportId", visible);
    }
}

/// <summary>
/// The user's path: a fresh console project that references the package from a folder feed, two reports given as
/// &lt;ReportCorpus Include&gt;, a build that shows the RC warnings and a program that reads the typed reports.
/// </summary>
[Collection(PackageCollection.Name)]
public class ConsumerProjectTests
{
    private readonly PackageFixture _package;

    public ConsumerProjectTests(PackageFixture package) => _package = package;

    [Fact]
    public void A_fresh_console_project_builds_and_runs_with_the_package()
    {
        Assert.True(_package.PackResult.ExitCode == 0, _package.PackResult.ToString());
        string project = Directory.CreateDirectory(Path.Combine(_package.WorkDirectory, "consumer")).FullName;
        string reports = Directory.CreateDirectory(Path.Combine(project, "reports")).FullName;
        foreach (string seed in new[] { "宁波国家高新区2007年工作总结和2008年工作安排.txt", "宁波国家高新区2008年工作总结和2009年工作安排.txt" })
        {
            File.Copy(Path.Combine(_package.RepositoryRoot, "corpus", "zones", seed), Path.Combine(reports, seed));
        }

        // Its own package folder, so a ReportCorpus of the same version cached by an earlier run is never used.
        File.WriteAllText(Path.Combine(project, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config><add key="globalPackagesFolder" value="{Path.Combine(_package.WorkDirectory, "packages")}" /></config>
              <packageSources>
                <clear />
                <add key="local" value="{_package.Feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(project, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <RootNamespace>Consumer</RootNamespace>
                <ReportCorpusNamespace>Consumer.Data</ReportCorpusNamespace>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="ReportCorpus" Version="{_package.Version}" PrivateAssets="all" />
                <ReportCorpus Include="reports/*.txt" />
                <!-- Per-file metadata travels with the item into AdditionalFiles and reaches the generator. -->
                <ReportCorpus Update="reports/宁波国家高新区2007年工作总结和2008年工作安排.txt" ReportId="NingboFirst" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(project, "Program.cs"), """
            using ReportCorpus;
            using Consumer.Data;

            Target gdp = Reports.Ningbo2008.Targets.GrossRegionalProduct;
            Console.WriteLine($"gdp target {gdp.Amount} growth {gdp.Growth}% line {gdp.Source.Line}");
            Target revenue = Reports.NingboFirst.Targets.GeneralBudgetRevenue;
            Console.WriteLine($"revenue {revenue.Amount} {revenue.Outcome.Verdict} in {revenue.Outcome.NextReportId}: {revenue.Outcome.Actual?.Amount}");
            Console.WriteLine($"reports {Reports.All.Count}");
            """);

        ExternalProcess.Result build = Dotnet.Run(project, "build", "-nologo", "-p:UseSharedCompilation=false");
        Assert.True(build.ExitCode == 0, build.ToString());
        // The analyzer's findings, located in the report text.
        Assert.Contains("宁波国家高新区2007年工作总结和2008年工作安排.txt(14,", build.Output);
        Assert.Contains("warning RC0002", build.Output);
        Assert.Contains("warning RC0001", build.Output);
        Assert.Contains("https://github.com/reportcorpus/reportcorpus/blob/main/docs/diagnostics/RC0002.md", build.Output);
        Assert.DoesNotContain("warning CS", build.Output);
        Assert.DoesNotContain("AD0001", build.Output);
        Assert.DoesNotContain("CS8785", build.Output);

        ExternalProcess.Result run = Dotnet.Run(project, "run", "--no-build");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("gdp target 123亿元 growth 30% line 103", run.Output);
        Assert.Contains("revenue 17.5亿元 Missed in Ningbo2008: 16.5亿元", run.Output);
        Assert.Contains("reports 2", run.Output);
    }
}
