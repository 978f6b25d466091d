using System.Collections.Generic;
using System.Globalization;
using System.Text;
using ReportCorpus.Model;

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

    public ReportData Add(int? value) => Add(Token(value));

    public override string ToString() => _sb.ToString();

    /// <summary>
    /// A report's data, item by item, as the generated constants hold it: the sentences (each once), then the targets
    /// (with their checks), achievements and problems, each list opened by its count. The emitter writes each list as one
    /// constant; the command-line tool joins them to build the same runtime objects without a compiler.
    /// </summary>
    public static ReportDataItems Items(ReportToEmit input)
    {
        ParsedReport report = input.Report;
        (List<string> sentences, Dictionary<string, int> sentenceIndex) = Sentences(report.Targets, report.Achievements);
        return new ReportDataItems(
            SentenceItems(sentences),
            Counted(report.Targets, (f, i) => Fact(f, sentenceIndex[f.Sentence], input.Checks[i], input.NextId)),
            Achievements(report.Achievements, sentenceIndex),
            Counted(report.Problems, (p, _) => Problem(p)));
    }

    /// <summary>The sentences' items, one token each.</summary>
    public static List<string> SentenceItems(List<string> sentences) => sentences.ConvertAll(s => new ReportData().Add(s).ToString());

    /// <summary>The achievements' items, each naming its sentence by its place in <paramref name="sentenceIndex"/>.</summary>
    public static List<string> Achievements(EquatableArray<FactSpec> achievements, Dictionary<string, int> sentenceIndex) =>
        Counted(achievements, (f, _) => Fact(f, sentenceIndex[f.Sentence], null, null));

    private static List<string> Counted<T>(EquatableArray<T> items, System.Func<T, int, string> data)
        where T : System.IEquatable<T>
    {
        var list = new List<string>(items.Count + 1) { Count(items.Count) };
        for (int i = 0; i < items.Count; i++)
        {
            list.Add(data(items[i], i));
        }

        return list;
    }

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

    /// <summary>One fact, each field where <see cref="FactField"/> puts it (the decoder reads the same list); a target adds its check.</summary>
    public static string Fact(FactSpec f, int sentence, CheckSpec? check, string? nextId)
    {
        var fields = new FactRecord(check is null ? FactFields.OfAchievement : FactFields.OfTarget);
        fields[FactField.Kind] = Token((int)f.Kind);
        fields[FactField.Indicator] = f.Indicator;
        fields[FactField.Canonical] = f.Canonical;
        fields[FactField.AmountValue] = Token(f.Amount?.Value);
        fields[FactField.AmountMax] = Token(f.Amount?.Max);
        fields[FactField.AmountUnit] = f.Amount?.Unit;
        fields[FactField.AmountDimension] = Token(f.Amount is null ? null : (int)f.Amount.Dimension);
        fields[FactField.AmountFactor] = Token(f.Amount?.Factor);
        fields[FactField.AmountBound] = Token((int)f.AmountBound);
        fields[FactField.GrowthValue] = Token(f.Growth);
        fields[FactField.GrowthBound] = Token((int)f.GrowthBound);
        fields[FactField.RelativeFigureDifference] = Token(f.Relative?.Difference);
        fields[FactField.RelativeFigureBound] = Token(f.Relative is null ? null : (int)f.Relative.Bound);
        fields[FactField.RelativeFigureUnit] = f.Relative?.Unit;
        fields[FactField.RelativeFigureDimension] = Token(f.Relative is null ? null : (int)f.Relative.Dimension);
        fields[FactField.RelativeFigureAgainst] = f.Relative?.Against;
        fields[FactField.Qualifier] = f.Qualifiers.Length == 0 ? null : f.Qualifiers;
        fields[FactField.Estimate] = Token(f.IsEstimate);
        fields[FactField.MultiYear] = Token(f.IsMultiYear);
        fields[FactField.PartOf] = Token(f.PartOf < 0 ? null : f.PartOf);
        fields[FactField.Sentence] = Token(sentence);
        fields[FactField.Line] = Token(f.Span.Line + 1);
        fields[FactField.Column] = Token(f.Span.Column + 1);
        fields[FactField.Length] = Token(f.Span.Length);
        if (check is not null)
        {
            bool judged = !(check.Verdict == Verdict.Unverifiable && check.NextPath is null);
            fields[FactField.Verdict] = Token((int)check.Verdict);
            fields[FactField.Basis] = Token((int)check.Basis);
            fields[FactField.NextReportId] = judged ? nextId : null;
            fields[FactField.ActualIndex] = Token(check.Actual >= 0 && nextId is not null ? check.Actual : null);
            fields[FactField.StatedResult] = Token(check.Statement is null ? null : (int)check.Statement.Result);
            fields[FactField.StatedText] = check.Statement?.Sentence;
        }

        return fields.ToString();
    }

    /// <summary>The token that opens a list of <paramref name="count"/> facts or problems.</summary>
    public static string Count(int count) => new ReportData().Add(count).ToString();

    public static string Problem(ProblemSpec p) =>
        new ReportData().Add(p.Text).Add(p.Span.Line + 1).Add(p.Span.Column + 1).Add(p.Span.Length).ToString();

    private static string? Token(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Token(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string Token(bool value) => value ? "1" : "0";

    // A fact's fields by name, each set once, written in the order of FactField.
    private sealed class FactRecord
    {
        private readonly string?[] _values;
        private readonly bool[] _set;

        public FactRecord(int count)
        {
            _values = new string?[count];
            _set = new bool[count];
        }

        public string? this[FactField field]
        {
            set
            {
                if (_set[(int)field])
                {
                    throw new System.InvalidOperationException("The fact field " + field + " is set twice.");
                }

                _values[(int)field] = value;
                _set[(int)field] = true;
            }
        }

        public override string ToString()
        {
            var data = new ReportData();
            for (int i = 0; i < _values.Length; i++)
            {
                if (!_set[i])
                {
                    throw new System.InvalidOperationException("The fact field " + (FactField)i + " is not set.");
                }

                data.Add(_values[i]);
            }

            return data.ToString();
        }
    }
}

/// <summary>A report's data strings, item by item (<see cref="ReportData.Items"/>); each list's items joined make one constant.</summary>
internal sealed record ReportDataItems(List<string> Sentences, List<string> Targets, List<string> Achievements, List<string> Problems);
