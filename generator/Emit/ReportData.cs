using System.Collections.Generic;
using System.Globalization;
using System.Text;
using ReportCorpus.Model;
using ReportCorpus.Verification;

namespace ReportCorpus.Emit;

/// <summary>
/// Writes a report's facts, problems and sentences as compact data strings that the generated code decodes on first
/// use (<c>ReportCorpus.ReportData</c> in the shared types). The compiler binds one string literal instead of an
/// object creation with a dozen arguments per fact, which is what made large corpora slow to build.
/// Each field is a token: <c>~</c> for null, else its length in UTF-16 code units, a colon and the text, so no text
/// from a report needs escaping inside the data (the literal around it is still escaped by <see cref="CSharp.Literal"/>).
/// </summary>
internal sealed class ReportData
{
    private readonly StringBuilder _sb = new();

    public ReportData Add(string? text)
    {
        if (text is null)
        {
            _sb.Append('~');
        }
        else
        {
            _sb.Append(text.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(text);
        }

        return this;
    }

    public ReportData Add(decimal? value) => Add(value?.ToString(CultureInfo.InvariantCulture));

    public ReportData Add(int? value) => Add(value?.ToString(CultureInfo.InvariantCulture));

    public ReportData Add(bool value) => Add(value ? "1" : "0");

    public override string ToString() => _sb.ToString();

    /// <summary>The distinct sentences of the facts, in order of first use, and each fact's index into them.</summary>
    public static (List<string> Sentences, Dictionary<string, int> Index) Sentences(EquatableArray<FactSpec> targets, EquatableArray<FactSpec> achievements)
    {
        var sentences = new List<string>();
        var index = new Dictionary<string, int>(System.StringComparer.Ordinal);
        foreach (FactSpec fact in System.Linq.Enumerable.Concat(targets, achievements))
        {
            if (!index.ContainsKey(fact.Sentence))
            {
                index[fact.Sentence] = sentences.Count;
                sentences.Add(fact.Sentence);
            }
        }

        return (sentences, index);
    }

    /// <summary>One fact, field by field in the order <c>ReportCorpus.ReportData.ReadFact</c> reads them; a target adds its check.</summary>
    public static string Fact(FactSpec f, int sentence, CheckSpec? check, string? nextId)
    {
        var d = new ReportData()
            .Add(f.Indicator).Add(f.Canonical)
            .Add(f.Amount?.Value).Add(f.Amount?.Max).Add(f.Amount?.Unit).Add(f.Amount is null ? null : (int)f.Amount.Dimension).Add(f.Amount?.Factor)
            .Add((int)f.AmountBound).Add(f.Growth).Add((int)f.GrowthBound)
            .Add(f.Relative?.Difference).Add(f.Relative is null ? null : (int)f.Relative.Bound).Add(f.Relative?.Unit)
            .Add(f.Relative is null ? null : (int)f.Relative.Dimension).Add(f.Relative?.Against)
            .Add(f.Qualifiers.Length == 0 ? null : f.Qualifiers).Add(f.IsEstimate).Add(f.IsMultiYear).Add(f.PartOf < 0 ? null : f.PartOf)
            .Add(sentence).Add(f.Span.Line + 1).Add(f.Span.Column + 1).Add(f.Span.Length);
        if (check is not null)
        {
            bool judged = !(check.Verdict == Verdict.Unverifiable && check.NextPath is null);
            d.Add((int)check.Verdict).Add(judged ? nextId : null).Add(check.Actual >= 0 && nextId is not null ? check.Actual : null);
        }

        return d.ToString();
    }

    /// <summary>The token that opens a list of <paramref name="count"/> facts or problems.</summary>
    public static string Count(int count) => new ReportData().Add(count).ToString();

    public static string Problem(ProblemSpec p) =>
        new ReportData().Add(p.Text).Add(p.Span.Line + 1).Add(p.Span.Column + 1).Add(p.Span.Length).ToString();
}
