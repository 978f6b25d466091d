using System;
using System.Collections.Generic;

namespace ReportCorpus.Corpus;

/// <summary>
/// The path generated code shows for a report: relative to the project when the report lies below or beside it
/// (../corpus/zones/x.txt), with / separators, so the output is the same on every machine and checkout.
/// </summary>
internal static class ReportPaths
{
    public static string Display(string path, string projectDirectory)
    {
        string full = Normalize(path);
        if (projectDirectory.Length == 0)
        {
            return full;
        }

        string[] target = full.Split('/');
        string[] baseParts = Normalize(projectDirectory).TrimEnd('/').Split('/');
        int common = 0;
        while (common < target.Length - 1 && common < baseParts.Length && string.Equals(target[common], baseParts[common], StringComparison.Ordinal))
        {
            common++;
        }

        // Nothing in common but the root: keep the path as it is.
        if (common <= 1)
        {
            return full;
        }

        var parts = new List<string>();
        for (int i = common; i < baseParts.Length; i++)
        {
            parts.Add("..");
        }

        for (int i = common; i < target.Length; i++)
        {
            parts.Add(target[i]);
        }

        return string.Join("/", parts);
    }

    /// <summary>Forward slashes, and "." and ".." segments resolved without touching the file system.</summary>
    public static string Normalize(string path)
    {
        string[] segments = path.Replace('\\', '/').Split('/');
        var kept = new List<string>();
        for (int i = 0; i < segments.Length; i++)
        {
            string s = segments[i];
            if (s == "." || (s.Length == 0 && i > 0 && i < segments.Length - 1))
            {
                continue;
            }

            if (s == ".." && kept.Count > 0 && kept[kept.Count - 1] != ".." && kept[kept.Count - 1].Length > 0)
            {
                kept.RemoveAt(kept.Count - 1);
                continue;
            }

            kept.Add(s);
        }

        return string.Join("/", kept);
    }
}
