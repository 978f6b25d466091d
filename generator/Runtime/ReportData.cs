namespace ReportCorpus
{
    /// <summary>
    /// Decodes the data strings each generated report carries (its facts, problems and sentences) into records, on
    /// first use. A field is "~" for null, else its length, a colon and its text.
    /// </summary>
    internal sealed class ReportData
    {
        private readonly string _data;
        private int _at;

        private ReportData(string data) => _data = data;

        /// <summary>The targets in <paramref name="facts"/>; <paramref name="actual"/> finds an achievement by report id and index.</summary>
        public static Target[] Targets(string facts, string sentences, string path, global::System.Func<string, int, Achievement> actual)
        {
            string[] text = Texts(sentences);
            var d = new ReportData(facts);
            var targets = new Target[d.Int()!.Value];
            for (int i = 0; i < targets.Length; i++)
            {
                Achievement figures = d.ReadFact(text, path);
                var verdict = (Verdict)d.Int()!.Value;
                string? next = d.Text();
                int? index = d.Int();
                targets[i] = new Target(figures, new Outcome(verdict, next, next is not null && index is int n ? () => actual(next, n) : null));
            }

            return targets;
        }

        /// <summary>The achievements in <paramref name="facts"/>.</summary>
        public static Achievement[] Achievements(string facts, string sentences, string path)
        {
            string[] text = Texts(sentences);
            var d = new ReportData(facts);
            var achievements = new Achievement[d.Int()!.Value];
            for (int i = 0; i < achievements.Length; i++)
            {
                achievements[i] = d.ReadFact(text, path);
            }

            return achievements;
        }

        /// <summary>The problems in <paramref name="problems"/>.</summary>
        public static Problem[] Problems(string problems, string path)
        {
            var d = new ReportData(problems);
            var result = new Problem[d.Int()!.Value];
            for (int i = 0; i < result.Length; i++)
            {
                result[i] = new Problem(d.Text()!, new SourceSpan(path, d.Int()!.Value, d.Int()!.Value, d.Int()!.Value));
            }

            return result;
        }

        // A fact's figures; a target is made from them and its outcome.
        private Achievement ReadFact(string[] sentences, string path)
        {
            string indicator = Text()!, canonical = Text()!;
            decimal? value = Decimal(), max = Decimal();
            string? unit = Text();
            int? dimension = Int();
            decimal? factor = Decimal();
            Quantity? amount = value is decimal v ? new Quantity(v, max, new Unit(unit!, (Dimension)dimension!.Value, factor!.Value)) : null;
            var amountBound = (Bound)Int()!.Value;
            decimal? growth = Decimal();
            var growthBound = (Bound)Int()!.Value;
            decimal? difference = Decimal();
            int? relativeBound = Int();
            string? relativeUnit = Text();
            int? relativeDimension = Int();
            string? against = Text();
            RelativeFigure? relative = difference is decimal diff
                ? new RelativeFigure(diff, (Bound)relativeBound!.Value, new Unit(relativeUnit!, (Dimension)relativeDimension!.Value, 1m), against!)
                : null;
            string? qualifier = Text();
            bool isEstimate = Text() == "1", isMultiYear = Text() == "1";
            int? partOf = Int();
            string text = sentences[Int()!.Value];
            var source = new SourceSpan(path, Int()!.Value, Int()!.Value, Int()!.Value);
            return new Achievement(indicator, canonical, amount, amountBound, growth, growthBound, relative, qualifier, isEstimate, isMultiYear, partOf, text, source);
        }

        private static string[] Texts(string data)
        {
            var d = new ReportData(data);
            var texts = new global::System.Collections.Generic.List<string>();
            while (d._at < data.Length)
            {
                texts.Add(d.Text()!);
            }

            return texts.ToArray();
        }

        private string? Text()
        {
            if (_data[_at] == '~')
            {
                _at++;
                return null;
            }

            int colon = _data.IndexOf(':', _at);
            int length = int.Parse(_data.Substring(_at, colon - _at), global::System.Globalization.CultureInfo.InvariantCulture);
            _at = colon + 1 + length;
            return _data.Substring(colon + 1, length);
        }

        private decimal? Decimal() => Text() is string s
            ? decimal.Parse(s, global::System.Globalization.NumberStyles.Number, global::System.Globalization.CultureInfo.InvariantCulture)
            : null;

        private int? Int() => Text() is string s ? int.Parse(s, global::System.Globalization.CultureInfo.InvariantCulture) : null;
    }
}
