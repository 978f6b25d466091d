namespace ReportCorpus
{
    /// <summary>Where a fact or problem stands in its report file (1-based line and column).</summary>
    internal sealed record SourceSpan
    {
        public SourceSpan(string path, int line, int column, int length)
        {
            Path = path;
            Line = line;
            Column = column;
            Length = length;
        }

        /// <summary>The report file.</summary>
        public string Path { get; }

        /// <summary>1-based line.</summary>
        public int Line { get; }

        /// <summary>1-based column, in UTF-16 code units.</summary>
        public int Column { get; }

        /// <summary>Length in UTF-16 code units.</summary>
        public int Length { get; }

        /// <inheritdoc/>
        public override string ToString() => Path + "(" + Line.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + "," + Column.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + ")";
    }
}
