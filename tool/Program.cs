return ReportCorpus.Tool.Cli.Run(args, Console.Out, Console.Error);
