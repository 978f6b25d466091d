using System.Runtime.InteropServices;

// Ctrl+C and SIGTERM cancel the command, which stops between files and exits with 130.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};
using PosixSignalRegistration terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    cancellation.Cancel();
});

try
{
    return ReportCorpus.Tool.Cli.Run(args, Console.Out, Console.Error, cancellation.Token);
}
catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
{
    // Standard output or error closed (reportcorpus check reports/ >&-) or gone: the run cannot say what it found, so
    // it ends as one whose output could not be written, not with a stack trace (or, stderr closed, an abort).
    try
    {
        Console.Error.WriteLine("reportcorpus: " + ex.Message);
    }
    catch (Exception again) when (again is IOException or UnauthorizedAccessException)
    {
    }

    return ReportCorpus.Tool.ExitCodes.NothingRead;
}
