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
                string?[] fields = d.Fields(FactFields.OfTarget);
                var verdict = (Verdict)Int(fields[(int)FactField.Verdict])!.Value;
                var basis = (VerdictBasis)Int(fields[(int)FactField.Basis])!.Value;
                string? next = fields[(int)FactField.NextReportId];
                int? index = Int(fields[(int)FactField.ActualIndex]);
                var stated = (StatedResult?)Int(fields[(int)FactField.StatedResult]);
                targets[i] = new Target(Fact(fields, text, path), new Outcome(verdict, basis, stated, fields[(int)FactField.StatedText], next, next is not null && index is int n ? () => actual(next, n) : null));
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
                achievements[i] = Fact(d.Fields(FactFields.OfAchievement), text, path);
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

        // A fact's figures and place; a target is made from them and its outcome.
        private static Achievement Fact(string?[] fields, string[] sentences, string path)
        {
            string? At(FactField field) => fields[(int)field];
            Quantity? amount = Decimal(At(FactField.AmountValue)) is decimal value
                ? new Quantity(value, Decimal(At(FactField.AmountMax)), new Unit(
                    At(FactField.AmountUnit)!, (Dimension)Int(At(FactField.AmountDimension))!.Value, Decimal(At(FactField.AmountFactor))!.Value))
                : null;
            RelativeFigure? relative = Decimal(At(FactField.RelativeFigureDifference)) is decimal difference
                ? new RelativeFigure(difference, (Bound)Int(At(FactField.RelativeFigureBound))!.Value, new Unit(
                    At(FactField.RelativeFigureUnit)!, (Dimension)Int(At(FactField.RelativeFigureDimension))!.Value, 1m), At(FactField.RelativeFigureAgainst)!)
                : null;
            var source = new SourceSpan(path, Int(At(FactField.Line))!.Value, Int(At(FactField.Column))!.Value, Int(At(FactField.Length))!.Value);
            return new Achievement((FactKind)Int(At(FactField.Kind))!.Value, At(FactField.Indicator), At(FactField.Canonical), amount, (Bound)Int(At(FactField.AmountBound))!.Value,
                Decimal(At(FactField.GrowthValue)), (Bound)Int(At(FactField.GrowthBound))!.Value, relative, At(FactField.Qualifier),
                At(FactField.Estimate) == "1", At(FactField.MultiYear) == "1", Int(At(FactField.PartOf)),
                sentences[Int(At(FactField.Sentence))!.Value], source);
        }

        // The next count fields, in order.
        private string?[] Fields(int count)
        {
            var fields = new string?[count];
            for (int i = 0; i < count; i++)
            {
                fields[i] = Text();
            }

            return fields;
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

        private int? Int() => Int(Text());

        private static decimal? Decimal(string? field) => field is null
            ? null
            : decimal.Parse(field, global::System.Globalization.NumberStyles.Number, global::System.Globalization.CultureInfo.InvariantCulture);

        private static int? Int(string? field) => field is null ? null : int.Parse(field, global::System.Globalization.CultureInfo.InvariantCulture);
    }
}
