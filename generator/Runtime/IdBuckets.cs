namespace ReportCorpus
{
    /// <summary>
    /// Which bucket of <c>Reports.ById</c> holds a report id: the generator sorts the ids into buckets with this at build
    /// time, and the generated <c>ById</c> finds the bucket of the id it is asked for with it at run time (one definition,
    /// compiled into both). Why buckets: the compiler's work for one string switch grows with the square of its cases
    /// (a 10,000-case switch alone took 52 s and 2.8 GB to build, docs/performance.md), so a large corpus's lookup is a
    /// switch over buckets of a few dozen ids each.
    /// </summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    internal static class IdBuckets
    {
        /// <summary>The bucket of <paramref name="id"/> among <paramref name="buckets"/>: FNV-1a over its UTF-16 code units, so the same on every runtime.</summary>
        public static int Of(string id, int buckets)
        {
            uint hash = 2166136261;
            foreach (char c in id)
            {
                hash = unchecked((hash ^ c) * 16777619);
            }

            return (int)(hash % (uint)buckets);
        }
    }
}
