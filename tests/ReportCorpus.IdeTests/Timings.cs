using System.Globalization;

namespace ReportCorpus.IdeTests;

/// <summary>
/// The editor timings of a run, appended to the file named by REPORTCORPUS_IDE_TIMINGS when it is set
/// (docs/performance.md); never asserted.
/// </summary>
internal static class Timings
{
    private static readonly object s_lock = new();

    public static void Record(string what, TimeSpan elapsed)
    {
        if (Environment.GetEnvironmentVariable("REPORTCORPUS_IDE_TIMINGS") is not { Length: > 0 } file)
        {
            return;
        }

        lock (s_lock)
        {
            File.AppendAllText(file, string.Format(CultureInfo.InvariantCulture, "{0}: {1:0.00} s\n", what, elapsed.TotalSeconds));
        }
    }
}
