namespace ReportCorpus
{
    /// <summary>The verdict on a target.</summary>
    internal enum Verdict
    {
        /// <summary>The next report states an actual that meets the target.</summary>
        Met,
        /// <summary>The next report states an actual that falls short of the target.</summary>
        Missed,
        /// <summary>The next report exists but states no actual for the target.</summary>
        NoActual,
        /// <summary>The corpus has no next report for this jurisdiction and year, the target spans several years, or it is relative to a figure the corpus does not hold.</summary>
        Unverifiable,
        /// <summary>An actual exists but cannot be compared (another unit, no figure, the indicator over several years or cut another way: urban and rural for all residents).</summary>
        Undetermined,
        /// <summary>Not judged: the figure is no Headline or Commitment target (a budget line, a share, a multi-year goal …) or names no indicator.</summary>
        NotJudged,
    }
}
