using System;
using System.Collections.Generic;
using System.Threading;
using ReportCorpus.Model;
using ReportCorpus.Parsing.Facts;
using ReportCorpus.Parsing.Structure;
using ReportCorpus.Parsing.Text;

namespace ReportCorpus.Parsing;

/// <summary>
/// Text → <see cref="ParsedReport"/>: the one parser the generator and the analyzer share.
/// It reads one report on its own, never throws on any input, and runs in time linear in the text.
/// </summary>
internal static class ReportParser
{
    public static ParsedReport Parse(string path, string text, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var lines = new LineMap(text);
        var notes = new List<ParseNote>();
        TextCheck.Verdict verdict = TextCheck.Classify(text, out int undecodable);
        if (verdict != TextCheck.Verdict.Text)
        {
            // Identity from the file name alone; no facts from text that is not there or not readable.
            string name = System.IO.Path.GetFileName(path);
            notes.Add(verdict switch
            {
                TextCheck.Verdict.Empty => new ParseNote(ParseNoteCode.Empty, "the file is empty", null),
                TextCheck.Verdict.Binary => new ParseNote(ParseNoteCode.NotText, "it looks like a binary file, not text; remove it from the report items", null),
                _ => new ParseNote(ParseNoteCode.NotText, undecodable.ToString(System.Globalization.CultureInfo.InvariantCulture)
                    + " characters are not UTF-8; it is probably GB18030/GBK. Convert it: iconv -f GB18030 -t UTF-8 \"" + name + "\" > utf8.txt, then replace the file", null),
            });
            return FromFileName(path, notes[0]);
        }

        // From here on every stage, the identity included, reads the text with a crawler's escaped breaks and blanks
        // (\r\n, &nbsp;, TAB runs) as breaks and blanks. Offsets do not move, and every location is taken from the raw
        // file's line map (lines); the identity walks the lines of the view (viewLines), for splitting only.
        string raw = text;
        text = WebEscapes.AsBreaks(raw);
        LineMap viewLines = ReferenceEquals(text, raw) ? lines : new LineMap(text);
        ReportIdentity identity = IdentityParser.Parse(path, text, viewLines, out int bodyStart);
        if (identity.ReviewYear is null)
        {
            notes.Add(new ParseNote(ParseNoteCode.NoYear, "no report year found in the title, the file name or the section headings", null));
        }

        cancellationToken.ThrowIfCancellationRequested();
        int planStart = SectionFinder.FindPlanStart(text, bodyStart, identity.PlanYear);
        int bodyEnd = RepeatedBody.FirstCopyEnd(text, bodyStart);
        if (planStart >= bodyEnd)
        {
            planStart = -1;
        }

        int reviewEnd = planStart < 0 ? bodyEnd : planStart;

        var achievements = new List<FactSpec>();
        var targets = new List<FactSpec>();
        var multiYear = SectionFinder.FindMultiYearSections(text, bodyStart);
        var facts = new PartReader(text, lines, multiYear, identity.ReviewYear, identity.PlanYear, cancellationToken);
        var stated = new StatedOutcomes(text, lines, identity.ReviewYear);

        // 今年 is the plan year in a report delivered in it (2019年政府工作报告), the review year in one written at the
        // end of the year it reviews (2007年工作总结和2008年工作安排): the first year its title names.
        var planYearSentence = new PlanYearSentence(text, identity.ReviewYear, identity.PlanYear, identity.CitedYear == identity.PlanYear);
        facts.ReadReview(bodyStart, reviewEnd, planYearSentence, targets, achievements, stated);
        if (planStart >= 0)
        {
            facts.ReadPlan(planStart, bodyEnd, identity.ReviewYear, identity.PlanYear, targets, achievements, stated);
        }
        else if (targets.Count == 0)
        {
            notes.Add(new ParseNote(ParseNoteCode.NoPlanSection, "no plan section (工作安排, 工作任务, 主要预期目标 …) found, so the report has no targets", null));
        }

        var problems = new List<ProblemSpec>();
        foreach ((int start, int end) in Problems.Find(text, bodyStart, reviewEnd))
        {
            problems.Add(new ProblemSpec(text.Substring(start, end - start), lines.Span(start, end - start)));
        }

        return new ParsedReport(
            path,
            identity,
            targets.ToEquatableArray(),
            achievements.ToEquatableArray(),
            problems.ToEquatableArray(),
            notes.ToEquatableArray(),
            stated.Found.ToEquatableArray());
    }

    /// <summary>A report known by its file name only (a file that is empty, unreadable or not text), with the note why.</summary>
    public static ParsedReport FromFileName(string path, ParseNote note) =>
        new(path, IdentityParser.Parse(path, "", new LineMap(""), out _), default, default, default, new[] { note }.ToEquatableArray(), default);
}
