using ReportCorpus.Model;

namespace ReportCorpus.Corpus;

/// <summary>One report as the RC rules see it: parsed, named and judged against its next report.</summary>
internal sealed record AnalyzedReport(ParsedReport Report, ReportEntry Entry, Judgement Judgement);
