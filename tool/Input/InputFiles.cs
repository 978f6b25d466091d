namespace ReportCorpus.Tool.Input;

/// <summary>The report files named on the command line: files as given, folders searched recursively for *.txt.</summary>
internal static class InputFiles
{
    private static readonly EnumerationOptions s_recursive = new()
    {
        RecurseSubdirectories = true,
        MatchCasing = MatchCasing.CaseInsensitive,
        IgnoreInaccessible = true,
        AttributesToSkip = FileAttributes.System,
    };

    // The *.txt files below a folder. A link to a folder found inside it is not followed, as find and rg do not: a link
    // back up the tree (reports/all -> ..) made the search go round until the system's limit on links, and every
    // report came in some forty times. A link named on the command line is followed, and links to files are read.
    private static IEnumerable<string> ReportFilesBelow(string folder) =>
        new System.IO.Enumeration.FileSystemEnumerable<string>(folder, static (ref System.IO.Enumeration.FileSystemEntry entry) => entry.ToFullPath(), s_recursive)
        {
            ShouldIncludePredicate = static (ref System.IO.Enumeration.FileSystemEntry entry) =>
                !entry.IsDirectory && entry.FileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase),
            ShouldRecursePredicate = static (ref System.IO.Enumeration.FileSystemEntry entry) =>
                (entry.Attributes & FileAttributes.ReparsePoint) == 0,
        };

    /// <summary>
    /// Every file, as a full path, once, in ordinal order: the order of the arguments and of the file system never
    /// shows in the output. Paths that do not exist are returned in <paramref name="missing"/>.
    /// </summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, out IReadOnlyList<string> missing)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var notFound = new List<string>();
        foreach (string path in paths)
        {
            string full = Path.GetFullPath(path);
            if (Directory.Exists(full))
            {
                files.UnionWith(ReportFilesBelow(full));
            }
            else if (File.Exists(full))
            {
                files.Add(full);
            }
            else
            {
                notFound.Add(path);
            }
        }

        missing = notFound;
        return files.ToArray();
    }

    /// <summary>
    /// The size of the file's contents: a symbolic link's target's (a link's own length is that of the path it holds,
    /// which made the progress bar's total and time left wrong); 0 when it cannot be read, which the parse reports.
    /// </summary>
    public static long SizeOf(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.LinkTarget is not null)
            {
                info = info.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? info;
            }

            return info.Exists ? info.Length : 0;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return 0;
        }
    }
}
