namespace ReportCorpus
{
    /// <summary>Publishes a lazily made value once: every caller gets the first one stored, whichever thread made it.</summary>
    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
    internal static class Once
    {
        /// <summary>Stores <paramref name="value"/> in <paramref name="field"/> unless it is set already; returns what the field holds.</summary>
        public static T Publish<T>(ref T? field, T value)
            where T : class => global::System.Threading.Interlocked.CompareExchange(ref field, value, null) ?? value;
    }
}
