namespace ReportCorpus
{
    /// <summary>A target's outcome: the verdict, the next report's id and the actual it was judged against.</summary>
    internal sealed class Outcome
    {
        private readonly global::System.Func<Achievement>? _actual;

        public Outcome(Verdict verdict, VerdictBasis basis, StatedResult? stated, string? statement, string? nextReportId, global::System.Func<Achievement>? actual)
        {
            Verdict = verdict;
            Basis = basis;
            Stated = stated;
            Statement = statement;
            NextReportId = nextReportId;
            _actual = actual;
        }

        /// <summary>Met, missed, no actual, unverifiable, undetermined, or not judged (a kind of figure that is no target to judge).</summary>
        public Verdict Verdict { get; }

        /// <summary>What the verdict rests on: the amounts, the growth rates, a relative figure, a statement, or nothing.</summary>
        public VerdictBasis Basis { get; }

        /// <summary>
        /// What the next report says in words became of the target (超额完成, 没有实现…的目标), for its indicator or for the
        /// headline targets as a whole, or null when it says nothing. It may disagree with a verdict on the figures:
        /// see <see cref="StatementDisagrees"/>.
        /// </summary>
        public StatedResult? Stated { get; }

        /// <summary>The sentence of the next report that says it, or null.</summary>
        public string? Statement { get; }

        /// <summary>True when the figures and the words disagree: met by the figures but stated missed, or the reverse.</summary>
        public bool StatementDisagrees =>
            (Verdict == Verdict.Met && Stated == StatedResult.Missed)
            || (Verdict == Verdict.Missed && Stated is StatedResult.Met or StatedResult.Exceeded);

        /// <summary>The id of the report that states the actuals for the target's year, or null when the corpus has none.</summary>
        public string? NextReportId { get; }

        /// <summary>The actual the target was judged against, or null.</summary>
        public Achievement? Actual => _actual?.Invoke();

        /// <inheritdoc/>
        public override string ToString() => NextReportId is null ? Verdict.ToString() : Verdict + " (" + NextReportId + ")";
    }
}
