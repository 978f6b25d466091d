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

return ReportCorpus.Tool.Cli.Run(args, Console.Out, Console.Error, cancellation.Token);
