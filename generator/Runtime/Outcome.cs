namespace ReportCorpus
{
    /// <summary>A target's outcome: the verdict, the next report's id and the actual it was judged against.</summary>
    internal sealed class Outcome
    {
        private readonly global::System.Func<Achievement>? _actual;

        public Outcome(Verdict verdict, VerdictBasis basis, string? nextReportId, global::System.Func<Achievement>? actual)
        {
            Verdict = verdict;
            Basis = basis;
            NextReportId = nextReportId;
            _actual = actual;
        }

        /// <summary>Met, missed, no actual, unverifiable, undetermined, or not judged (a kind of figure that is no target to judge).</summary>
        public Verdict Verdict { get; }

        /// <summary>What the verdict rests on: the amounts, the growth rates, a relative figure, a statement, or nothing.</summary>
        public VerdictBasis Basis { get; }

        /// <summary>The id of the report that states the actuals for the target's year, or null when the corpus has none.</summary>
        public string? NextReportId { get; }

        /// <summary>The actual the target was judged against, or null.</summary>
        public Achievement? Actual => _actual?.Invoke();

        /// <inheritdoc/>
        public override string ToString() => NextReportId is null ? Verdict.ToString() : Verdict + " (" + NextReportId + ")";
    }
}
