using ReportCorpus.Emit;
using Xunit;

namespace ReportCorpus.Tests;

public class RuntimeSourcesTests
{
    [Fact]
    public void Every_embedded_runtime_file_is_emitted_once()
    {
        Assert.Equal(RuntimeSources.Files.OrderBy(f => f, StringComparer.Ordinal), RuntimeSources.Embedded().OrderBy(f => f, StringComparer.Ordinal));
    }

    [Fact]
    public void A_runtime_file_reads_as_written()
    {
        string bound = RuntimeSources.Text("Bound.cs");

        Assert.StartsWith("namespace ReportCorpus\n{\n", bound);
        Assert.Contains("internal enum Bound", bound);
        Assert.DoesNotContain("\r", bound);
    }

    [Fact]
    public void Each_shared_type_is_stamped_once_with_generated_code()
    {
        int types = SharedTypes.Source.Split('\n').Count(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^    internal (sealed |abstract |static )?(record|class|enum) "));
        int stamps = SharedTypes.Source.Split('\n').Count(l => l == "    " + GeneratorInfo.GeneratedCodeAttribute);

        Assert.True(types >= RuntimeSources.Files.Length);
        Assert.Equal(types, stamps);
    }
}
