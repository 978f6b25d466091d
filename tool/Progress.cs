using System.Diagnostics;
using System.Globalization;
using Spectre.Console;

namespace ReportCorpus.Tool;

/// <summary>Told of each file parsed, from any thread.</summary>
internal interface IProgressSink
{
    void FileDone(long bytes);
}

/// <summary>
/// Progress while parsing: a Spectre.Console bar (files, MB/s, time left) when standard error is a terminal, a plain
/// line every two seconds when it is redirected, nothing with --quiet.
/// </summary>
internal static class Progress
{
    public static T Run<T>(bool quiet, TextWriter error, int files, long bytes, Func<IProgressSink, T> work)
    {
        if (quiet)
        {
            return work(new Counter(files, bytes, null));
        }

        bool terminal = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected && AnsiConsole.Profile.Capabilities.Interactive;
        if (!terminal)
        {
            var plain = new Counter(files, bytes, error);
            T result = work(plain);
            plain.Line();
            return result;
        }

        return AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) })
            .Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new TransferSpeedColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                ProgressTask task = context.AddTask(Describe(0, files), maxValue: Math.Max(1, bytes));
                var sink = new SpectreSink(task, files);
                return work(sink);
            });
    }

    private static string Describe(int done, int files) => string.Create(CultureInfo.InvariantCulture, $"{done}/{files} files");

    private sealed class SpectreSink(ProgressTask task, int files) : IProgressSink
    {
        private int _done;

        public void FileDone(long bytes)
        {
            int done = Interlocked.Increment(ref _done);
            task.Increment(bytes);
            task.Description = Describe(done, files);
        }
    }

    /// <summary>Counts files and bytes; with a writer, prints a line at most every two seconds.</summary>
    private sealed class Counter(int files, long totalBytes, TextWriter? writer) : IProgressSink
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private int _done;
        private long _bytes;
        private long _lastLine;

        public void FileDone(long bytes)
        {
            Interlocked.Increment(ref _done);
            Interlocked.Add(ref _bytes, bytes);
            long now = _clock.ElapsedMilliseconds;
            long last = Interlocked.Read(ref _lastLine);
            if (writer is not null && now - last >= 2000 && Interlocked.CompareExchange(ref _lastLine, now, last) == last)
            {
                Line();
            }
        }

        public void Line()
        {
            if (writer is null)
            {
                return;
            }

            double seconds = Math.Max(_clock.Elapsed.TotalSeconds, 1e-3);
            double mb = Volatile.Read(ref _bytes) / 1e6;
            lock (writer)
            {
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"parsed {Volatile.Read(ref _done)}/{files} files, {mb:0.0}/{totalBytes / 1e6:0.0} MB, {mb / seconds:0.0} MB/s"));
            }
        }
    }
}
