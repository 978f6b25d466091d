namespace ReportCorpus
{
    /// <summary>One item of the report's problems paragraph (存在问题: 一是…二是…).</summary>
    internal sealed record Problem
    {
        public Problem(string text, SourceSpan source)
        {
            Text = text;
            Source = source;
        }

        /// <summary>The item's text.</summary>
        public string Text { get; }

        /// <summary>Where the item stands in the report file.</summary>
        public SourceSpan Source { get; }
    }
}
