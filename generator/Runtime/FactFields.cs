namespace ReportCorpus
{
    /// <summary>
    /// The fields of one fact in a report's data string, in the order the generator writes them and
    /// <see cref="ReportData"/> reads them: one list for both, so the two cannot drift apart.
    /// </summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    internal enum FactField
    {
        /// <summary>The fact's kind, as a number.</summary>
        Kind,
        /// <summary>The indicator as written, or null for none.</summary>
        Indicator,
        /// <summary>The canonical indicator.</summary>
        Canonical,
        /// <summary>The amount's value, or null for no amount.</summary>
        AmountValue,
        /// <summary>The amount's upper bound of a range.</summary>
        AmountMax,
        /// <summary>The amount's unit as written.</summary>
        AmountUnit,
        /// <summary>The amount's dimension, as a number.</summary>
        AmountDimension,
        /// <summary>The amount's factor to the base unit.</summary>
        AmountFactor,
        /// <summary>How the amount bounds the true figure.</summary>
        AmountBound,
        /// <summary>The growth in signed percent.</summary>
        GrowthValue,
        /// <summary>How the growth bounds the true figure.</summary>
        GrowthBound,
        /// <summary>The relative figure's signed difference, or null for none.</summary>
        RelativeFigureDifference,
        /// <summary>How the difference bounds the true one.</summary>
        RelativeFigureBound,
        /// <summary>The difference's unit as written.</summary>
        RelativeFigureUnit,
        /// <summary>The difference's dimension, as a number.</summary>
        RelativeFigureDimension,
        /// <summary>What the figure is compared with.</summary>
        RelativeFigureAgainst,
        /// <summary>The qualifiers, comma-separated.</summary>
        Qualifier,
        /// <summary>1 for an estimate, else 0.</summary>
        Estimate,
        /// <summary>1 for a figure over several years, else 0.</summary>
        MultiYear,
        /// <summary>The index of the fact this one is a part of.</summary>
        PartOf,
        /// <summary>The index of the fact's sentence in the report's sentences.</summary>
        Sentence,
        /// <summary>The 1-based line.</summary>
        Line,
        /// <summary>The 1-based column.</summary>
        Column,
        /// <summary>The length of the statement.</summary>
        Length,

        // A target adds its check.
        /// <summary>A target's verdict, as a number.</summary>
        Verdict,
        /// <summary>What the verdict rests on, as a number.</summary>
        Basis,
        /// <summary>What the next report says became of the target, as a number, or null when it says nothing.</summary>
        StatedResult,
        /// <summary>The sentence that says it, or null.</summary>
        StatedText,
        /// <summary>The next report's id, or null when the target was not judged.</summary>
        NextReportId,
        /// <summary>The index of the actual in the next report's achievements, or null.</summary>
        ActualIndex,
    }

    /// <summary>How many fields a fact has in a report's data string.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    internal static class FactFields
    {
        /// <summary>An achievement: its figures and where it is written.</summary>
        public const int OfAchievement = (int)FactField.Verdict;

        /// <summary>A target: an achievement's fields and its check.</summary>
        public const int OfTarget = (int)FactField.ActualIndex + 1;
    }
}
