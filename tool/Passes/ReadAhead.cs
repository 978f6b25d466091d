using System.Collections.Concurrent;

namespace ReportCorpus.Tool.Passes;

/// <summary>
/// A sequence produced on a thread of its own, at most <c>capacity</c> items ahead of the one consuming it, in its
/// order: the second pass reads back, judges and builds the rows of the next reports while the writer writes these.
/// An exception of the producer comes out of the consumer's loop; a consumer that stops early stops the producer.
/// </summary>
internal static class ReadAhead
{
    public static IEnumerable<T> Of<T>(IEnumerable<T> source, int capacity, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var queue = new BlockingCollection<T>(capacity);
        Task producer = Task.Factory.StartNew(() =>
        {
            try
            {
                foreach (T item in source)
                {
                    queue.Add(item, stop.Token);
                }
            }
            finally
            {
                queue.CompleteAdding();
            }
        }, stop.Token, TaskCreationOptions.LongRunning, TaskScheduler.Default);

        try
        {
            foreach (T item in queue.GetConsumingEnumerable(cancellationToken))
            {
                yield return item;
            }

            producer.GetAwaiter().GetResult(); // the producer's exception, if it failed
        }
        finally
        {
            stop.Cancel();
            try
            {
                producer.Wait(CancellationToken.None);
            }
            catch (AggregateException) when (!producer.IsCompletedSuccessfully)
            {
                // Stopped by the consumer, or failed: a failure was rethrown above when the loop ended normally.
            }
        }
    }
}
