using System;
using System.IO;

namespace ReportCorpus.Testing;

/// <summary>The repository a test or benchmark runs from: the folder above the running assembly that holds Corpus.sln.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Corpus.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Corpus.sln not found above " + AppContext.BaseDirectory);
    }
}
