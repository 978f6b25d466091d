namespace ReportCorpus
{
    /// <summary>
    /// A read-only list of facts. A report's list with indicators the dictionary knows is a generated subclass with a
    /// property for each (Targets.GrossRegionalProduct). Lists are filled by their report; one made with new is empty.
    /// </summary>
    internal class FactList<T> : global::System.Collections.Generic.IReadOnlyList<T>
        where T : Fact
    {
        private T[] _items = global::System.Array.Empty<T>();

        /// <inheritdoc/>
        public T this[int index] => _items[index];

        /// <inheritdoc/>
        public int Count => _items.Length;

        /// <inheritdoc/>
        public global::System.Collections.Generic.IEnumerator<T> GetEnumerator() => ((global::System.Collections.Generic.IEnumerable<T>)_items).GetEnumerator();

        global::System.Collections.IEnumerator global::System.Collections.IEnumerable.GetEnumerator() => _items.GetEnumerator();

        /// <summary>Fills a new list once, before its report publishes it, so no reader sees it change.</summary>
        [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
        internal static TList Fill<TList>(TList list, T[] items)
            where TList : FactList<T>
        {
            if (!ReferenceEquals(list._items, global::System.Array.Empty<T>()))
            {
                throw new global::System.InvalidOperationException("A fact list is filled once, by its report.");
            }

            list._items = items;
            return list;
        }
    }
}
