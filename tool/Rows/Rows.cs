using System.Text;
using ReportCorpus.Diagnostics;
using ReportCorpus.Model;
using ReportCorpus.Parsing;
using ReportCorpus.Verification;

namespace ReportCorpus.Tool.Rows;

/// <summary>One report (one file read).</summary>
internal sealed record ReportRow(
    string Id, string IdCandidate, string Path, string Zone, string Level, string? Parent, string City, string CityName, int? CitedYear, int? ReviewYear, int? PlanYear,
    string? Published, string? Delivered, string Title, bool TitleFromFileName, string Encoding, long Bytes, int Targets, int Achievements,
    int Problems, string? NextReportId, string? SharesIdWith, string? Notes);

/// <summary>One target or achievement: every field of the model's FactSpec, flattened.</summary>
internal sealed record FactRow(
    string ReportId, string Role, string Kind, int FactIndex, string? Indicator, string? Canonical, string? PropertyName, string Figure,
    double? Value, double? MaxValue, string? Unit, string? Dimension, double? Factor, double? BaseValue, string AmountBound,
    double? Growth, string GrowthBound, double? RelativeDifference, string? RelativeBound, string? RelativeDimension,
    string? RelativeUnit, string? RelativeAgainst, string Qualifiers, bool IsEstimate, bool IsMultiYear, int? PartOf,
    string Sentence, int Line, int Column, int EndLine, int EndColumn, int Offset, int Length);

/// <summary>One problem (存在问题: 一是…).</summary>
internal sealed record ProblemRow(string ReportId, int ProblemIndex, string Text, int Line, int Column, int EndLine, int EndColumn, int Offset, int Length);

/// <summary>The verdict on one target against the next report.</summary>
internal sealed record CheckRow(
    string ReportId, int TargetIndex, string Kind, string? Indicator, string? Canonical, string TargetFigure, string Verdict, string Basis,
    string? NextReportId, int? ActualIndex, string? ActualFigure, string? StatedResult, string? Statement, int Line, int Column);

/// <summary>One entry of the canonical indicator dictionary the parser and the verifier share.</summary>
internal sealed record IndicatorRow(
    string Name, string Chinese, string Synonyms, string Dimensions, string Direction, string Measure, string? Parent, bool IsCeiling);

/// <summary>The rows of one report, built once from the model.</summary>
internal sealed record ReportRows(ReportRow Report, IReadOnlyList<FactRow> Facts, IReadOnlyList<ProblemRow> Problems, IReadOnlyList<CheckRow> Checks)
{
    public static ReportRows Of(JudgedReport judged)
    {
        ParsedReport r = judged.Report;
        string id = judged.Entry.Id;
        string? nextId = judged.Judgement.NextId;
        ReportIdentity identity = r.Identity;
        var report = new ReportRow(
            id, identity.IdCandidate, judged.Entry.DisplayPath, identity.Zone, Name(identity.Level), identity.Parent, identity.City, identity.CityName, identity.CitedYear, identity.ReviewYear,
            identity.PlanYear, identity.Published, identity.Delivered, identity.Title, identity.TitleFromFileName, judged.File.Encoding, judged.File.Bytes,
            r.Targets.Count, r.Achievements.Count, r.Problems.Count, nextId,
            judged.Entry.SharesIdWith is { } twin ? System.IO.Path.GetFileName(twin) : null, Notes(r));

        var facts = new List<FactRow>(r.Targets.Count + r.Achievements.Count);
        for (int i = 0; i < r.Targets.Count; i++)
        {
            facts.Add(Fact(id, r.Targets[i], i));
        }

        for (int i = 0; i < r.Achievements.Count; i++)
        {
            facts.Add(Fact(id, r.Achievements[i], i));
        }

        var problems = new List<ProblemRow>(r.Problems.Count);
        for (int i = 0; i < r.Problems.Count; i++)
        {
            LocationInfo s = r.Problems[i].Span;
            problems.Add(new ProblemRow(id, i, r.Problems[i].Text, s.Line + 1, s.Column + 1, s.EndLine + 1, s.EndColumn + 1, s.Start, s.Length));
        }

        var checks = new List<CheckRow>(judged.Judgement.Checks.Count);
        foreach (CheckSpec check in judged.Judgement.Checks)
        {
            FactSpec target = r.Targets[check.Target];
            FactSpec? actual = check.Actual >= 0 && judged.Judgement.Next is { } next ? next.Achievements[check.Actual] : null;
            checks.Add(new CheckRow(
                id, check.Target, Name(target.Kind), target.Indicator, target.Canonical, FactFormat.Figure(target), Name(check.Verdict), Name(check.Basis),
                nextId, check.Actual >= 0 ? check.Actual : null, actual is null ? null : FactFormat.Figure(actual),
                check.Statement is null ? null : Name(check.Statement.Result), check.Statement?.Sentence,
                target.Span.Line + 1, target.Span.Column + 1));
        }

        return new ReportRows(report, facts, problems, checks);
    }

    public static IEnumerable<IndicatorRow> Indicators() =>
        Parsing.Lexicon.Indicators.All.Select(static e => new IndicatorRow(
            e.Name, e.Chinese, string.Join("|", e.Synonyms.Concat(e.Whole ?? [])), string.Join("|", e.Dimensions), e.Direction.ToString(),
            e.Measure.ToString(), e.Parent, e.Direction == Parsing.Lexicon.Direction.Ceiling));

    private static FactRow Fact(string reportId, FactSpec f, int index)
    {
        QuantitySpec? a = f.Amount;
        RelativeSpec? rel = f.Relative;
        LocationInfo s = f.Span;
        return new FactRow(
            reportId, Name(f.Role), Name(f.Kind), index, f.Indicator, f.Canonical, f.PropertyName, FactFormat.Figure(f),
            (double?)a?.Value, (double?)a?.Max, a?.Unit, a is null ? null : Name(a.Dimension), (double?)a?.Factor,
            a is null ? null : (double)(a.Value * a.Factor), Name(f.AmountBound),
            (double?)f.Growth, Name(f.GrowthBound), (double?)rel?.Difference, rel is null ? null : Name(rel.Bound),
            rel is null ? null : Name(rel.Dimension), rel?.Unit, rel?.Against, f.Qualifiers, f.IsEstimate, f.IsMultiYear,
            f.PartOf >= 0 ? f.PartOf : null, f.Sentence, s.Line + 1, s.Column + 1, s.EndLine + 1, s.EndColumn + 1, s.Start, s.Length);
    }

    private static string? Notes(ParsedReport r) => r.Notes.Count == 0
        ? null
        : string.Join("; ", r.Notes.Select(static n => ReportFindings.RuleOf(n.Code).Id + ": " + n.Message));

    /// <summary>An enum member as the JSON export and docs/verification.md write it: NoActual → no-actual.</summary>
    public static string Name<TEnum>(TEnum value) where TEnum : struct, Enum => KebabNames<TEnum>.Of(value);

    // Every fact has eight enum fields: the names are made once per member, not once per field of every fact.
    private static class KebabNames<TEnum> where TEnum : struct, Enum
    {
        private static readonly Dictionary<TEnum, string> s_names = Enum.GetValues<TEnum>().Distinct().ToDictionary(static v => v, Kebab);

        public static string Of(TEnum value) => s_names.TryGetValue(value, out string? name) ? name : Kebab(value);

        private static string Kebab(TEnum value)
        {
            string name = value.ToString();
            var kebab = new StringBuilder(name.Length + 4);
            for (int i = 0; i < name.Length; i++)
            {
                if (char.IsUpper(name[i]) && i > 0)
                {
                    kebab.Append('-');
                }

                kebab.Append(char.ToLowerInvariant(name[i]));
            }

            return kebab.ToString();
        }
    }
}
