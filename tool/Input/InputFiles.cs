namespace ReportCorpus.Tool.Input;

/// <summary>The report files named on the command line: files as given, folders searched recursively for *.txt.</summary>
internal static class InputFiles
{
    // One folder's entries: the walk below recurses itself, and reports what it cannot read.
    private static readonly EnumerationOptions s_oneFolder = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        AttributesToSkip = FileAttributes.System,
    };

    /// <summary>
    /// Every file, as a full path, once, in ordinal order: the order of the arguments and of the file system never
    /// shows in the output. Paths that do not exist (or are empty) are returned in <paramref name="missing"/>, folders
    /// that could not be searched, with the reason, in <paramref name="unsearched"/>.
    /// </summary>
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths, out IReadOnlyList<string> missing, out IReadOnlyList<(string Folder, string Reason)> unsearched)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var notFound = new List<string>();
        var failed = new List<(string, string)>();
        foreach (string path in paths)
        {
            // An empty argument (an unset shell variable: check "$DIR") names nothing; GetFullPath would throw.
            string? full = path.Length == 0 ? null : Path.GetFullPath(path);
            if (full is not null && Directory.Exists(full))
            {
                AddReportFilesBelow(full, files, failed);
            }
            else if (full is not null && File.Exists(full))
            {
                files.Add(full);
            }
            else
            {
                notFound.Add(path);
            }
        }

        missing = notFound;
        unsearched = failed;
        return files.ToArray();
    }

    // The *.txt files below a folder, one folder at a time, so that a folder that cannot be searched (no permission, a
    // path over the system's limit) is reported and the others are still searched: one recursive enumeration either
    // passed over it without a word (IgnoreInaccessible) or ended the run (PathTooLongException). A link to a folder
    // found inside is not followed, as find and rg do not: a link back up the tree (reports/all -> ..) made the search
    // go round until the system's limit on links, and every report came in some forty times. A link named on the
    // command line is followed, and links to files are read.
    private static void AddReportFilesBelow(string root, SortedSet<string> files, List<(string, string)> failed)
    {
        var folders = new Stack<string>();
        folders.Push(root);
        while (folders.Count > 0)
        {
            string folder = folders.Pop();
            try
            {
                var entries = new System.IO.Enumeration.FileSystemEnumerable<(string Path, bool IsFolder)>(
                    folder, static (ref System.IO.Enumeration.FileSystemEntry entry) => (Path.Join(entry.Directory, entry.FileName), entry.IsDirectory), s_oneFolder)
                {
                    ShouldIncludePredicate = static (ref System.IO.Enumeration.FileSystemEntry entry) => entry.IsDirectory
                        ? (entry.Attributes & FileAttributes.ReparsePoint) == 0
                        : entry.FileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase),
                };
                foreach ((string path, bool isFolder) in entries)
                {
                    if (isFolder)
                    {
                        folders.Push(path);
                    }
                    else
                    {
                        files.Add(path);
                    }
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException or ArgumentException)
            {
                // ArgumentException: a folder whose full path is over the system's limit has no full path at all.
                failed.Add((folder, ex is ArgumentException ? "its path is longer than the system allows" : ex.Message));
            }
        }
    }

    /// <summary>
    /// True when the file (a link's final target) exists and holds nothing by its length: an empty file, or a named pipe
    /// or device, whose contents are not to be waited for. A dangling link is not empty: it cannot be read.
    /// </summary>
    public static bool HasNoLength(string path) => Contents(path) is { Exists: true, Length: 0 };

    /// <summary>
    /// The size of the file's contents: a symbolic link's target's (a link's own length is that of the path it holds,
    /// which made the progress bar's total and time left wrong); 0 when it cannot be read, which the parse reports.
    /// </summary>
    public static long SizeOf(string path) => Contents(path) is { Exists: true } file ? file.Length : 0;

    // The file whose bytes a read of the path gets: a link's final target. Null when that cannot be told.
    private static FileInfo? Contents(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.LinkTarget is null ? info : info.ResolveLinkTarget(returnFinalTarget: true) as FileInfo ?? info;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return null;
        }
    }
}
