using System.Globalization;
using ReportCorpus.Emit;
using ReportCorpus.Model;

namespace ReportCorpus.Tool.Html;

/// <summary>
/// The corpus as the generated code's own runtime objects (<c>Report</c>, <c>Target</c>, <c>Outcome</c> …, compiled in
/// from generator/Runtime), built without a compiler from the very data strings the generator emits
/// (<see cref="Emit.ReportData.Items"/>) and decoded by the runtime's decoder. What reads a generated <c>Reports.All</c>
/// (the sample's HTML report and JSON export) then reads the tool's corpus unchanged.
/// </summary>
internal static class RuntimeReports
{
    /// <summary>Every report, in the order given (the generator's: jurisdiction, year, id); targets find their actuals by id.</summary>
    public static IReadOnlyList<Report> Of(IEnumerable<JudgedReport> judged)
    {
        var byId = new Dictionary<string, Report>(StringComparer.Ordinal);
        var reports = new List<Report>();
        Achievement AchievementOf(string id, int index) => byId[id].Achievements[index];
        foreach (JudgedReport j in judged)
        {
            Report report = Decode(j, AchievementOf);
            byId[report.Id] = report;
            reports.Add(report);
        }

        return reports;
    }

    /// <summary>
    /// One report alone, for a writer that streams: its targets find their actuals in the next report's actuals, which
    /// the judgement holds (decoded on first use), not in a corpus held in memory.
    /// </summary>
    public static Report Of(JudgedReport j)
    {
        Achievement[]? next = null;
        Achievement AchievementOf(string id, int index)
        {
            if (j.Judgement.Next is not { } actuals || j.NextEntry is not { } entry || entry.Id != id)
            {
                throw new InvalidOperationException($"{j.Entry.Id}: an actual in {id}, which is not its next report");
            }

            next ??= Achievements(actuals, entry.DisplayPath);
            return next[index];
        }

        return Decode(j, AchievementOf);
    }

    private static Report Decode(JudgedReport j, Func<string, int, Achievement> achievementOf)
    {
        ReportDataItems data = Emit.ReportData.Items(new ReportToEmit("", j.Entry, j.Report, j.Judgement.Checks, j.Judgement.NextId));
        ReportIdentity identity = j.Report.Identity;
        return new DecodedReport(
            j.Entry.Id, identity.Zone, identity.Level, identity.Parent, identity.CityName, identity.City, identity.ReviewYear, identity.PlanYear,
            Date(identity.Published), Date(identity.Delivered),
            identity.Title, j.Entry.DisplayPath,
            string.Concat(data.Sentences), string.Concat(data.Targets), string.Concat(data.Achievements), string.Concat(data.Problems),
            achievementOf);
    }

    // A report's achievements from its actuals, through the same data strings as Decode.
    private static Achievement[] Achievements(ReportActuals actuals, string displayPath)
    {
        (List<string> sentences, Dictionary<string, int> index) = Emit.ReportData.Sentences(EquatableArray<FactSpec>.Empty, actuals.Achievements);
        return global::ReportCorpus.ReportData.Achievements(
            string.Concat(Emit.ReportData.Achievements(actuals.Achievements, index)),
            string.Concat(Emit.ReportData.SentenceItems(sentences)),
            displayPath);
    }

    // The parser writes a publication date as yyyy-MM-dd (2008-03-12), as the emitter reads it.
    private static DateTime? Date(string? published) => published is null
        ? null
        : DateTime.ParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A report decoded from its data strings, as a generated report class is, with untyped lists.</summary>
    private sealed class DecodedReport(
        string id, string zone, GovernmentLevel level, string? parent, string cityName, string city, int? reviewYear, int? planYear, DateTime? published,
        DateTime? delivered, string title, string sourcePath,
        string sentences, string targets, string achievements, string problems, Func<string, int, Achievement> achievementOf)
        : Report<FactList<Target>, FactList<Achievement>>(
            id, zone, level, parent, cityName, city, reviewYear, planYear, published, delivered, title, sourcePath, sentences, targets, achievements, problems, achievementOf);
}
