namespace ReportCorpus;

/// <summary>Names of the pipeline steps, so tests can check which steps ran, were cached or came out unchanged.</summary>
internal static class TrackingNames
{
    public const string ParsedReports = nameof(ParsedReports);
    public const string ReportKeys = nameof(ReportKeys);
    public const string IdOverrides = nameof(IdOverrides);
    public const string Namespace = nameof(Namespace);
    public const string CorpusIndex = nameof(CorpusIndex);
    public const string CorpusActuals = nameof(CorpusActuals);
    public const string NextReports = nameof(NextReports);
    public const string JudgedReports = nameof(JudgedReports);
    public const string ReportsToEmit = nameof(ReportsToEmit);
    public const string DataSettings = nameof(DataSettings);
    public const string ReportCosts = nameof(ReportCosts);
    public const string EmissionPlan = nameof(EmissionPlan);
}
