using ReportCorpus.Model;

namespace ReportCorpus.Tests;

/// <summary>
/// The mechanics the hand-checked headline tables share (NationalHeadlineTests, NingboHeadlineTests): the Verifier's
/// verdict on a target, in the tables' words, and the rule that a row says `ok` when the tool agrees with the hand, or
/// why it does not yet, in which case it must still disagree (so that a fix updates the table).
/// </summary>
internal static class HandVerdicts
{
    /// <summary>The verdict on target <paramref name="index"/> of <paramref name="report"/>, or "(no such target)" for -1.</summary>
    public static string Of(ParsedReport report, int index, IEnumerable<ReportActuals> corpus)
    {
        if (index < 0)
        {
            return "(no such target)";
        }

        CheckSpec check = TargetChecks.Of(report, corpus).Single(c => c.Target == index);
        return check.Verdict switch
        {
            Verdict.Met => "met",
            Verdict.Missed => "missed",
            Verdict.NoActual => "no-actual",
            Verdict.Unverifiable => "unverifiable",
            _ => check.Verdict.ToString(),
        };
    }

    /// <summary>Asserts the row's claim: agreement when its tool column says ok, disagreement otherwise.</summary>
    public static void AssertRow(string verdict, string hand, string tool, string where)
    {
        string found = $"{where}: tool says {verdict}, hand says {hand}";
        if (tool == "ok")
        {
            Assert.True(verdict == hand, found);
        }
        else
        {
            Assert.False(verdict == hand, found + " (the row is marked '" + tool + "': the tool agrees now, mark it ok)");
        }
    }
}
