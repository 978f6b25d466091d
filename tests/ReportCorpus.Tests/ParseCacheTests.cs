using ReportCorpus.Model;

namespace ReportCorpus.Tests;

/// <summary>The process-wide parse cache is bounded: least recently used out first, by the characters of text held.</summary>
public class ParseCacheTests
{
    private static ParsedReport Report(string path) => Parsing.ReportParser.FromFileName(path, new ParseNote(ParseNoteCode.Empty, "", null));

    [Fact]
    public void A_parse_is_found_by_path_and_checksum_only()
    {
        var cache = new ParseCache(100);
        ParsedReport a = Report("a.txt");
        cache.Add("a.txt", "1", 10, a);
        Assert.Same(a, cache.Get("a.txt", "1"));
        Assert.Null(cache.Get("a.txt", "2"));
        Assert.Null(cache.Get("b.txt", "1"));
    }

    [Fact]
    public void The_least_recently_used_parse_leaves_first_when_the_budget_is_passed()
    {
        var cache = new ParseCache(100);
        cache.Add("a.txt", "1", 40, Report("a.txt"));
        cache.Add("b.txt", "1", 40, Report("b.txt"));
        Assert.NotNull(cache.Get("a.txt", "1")); // a is now more recent than b
        cache.Add("c.txt", "1", 40, Report("c.txt"));

        Assert.Null(cache.Get("b.txt", "1"));
        Assert.NotNull(cache.Get("a.txt", "1"));
        Assert.NotNull(cache.Get("c.txt", "1"));
        Assert.Equal(2, cache.Count);
        Assert.Equal(80, cache.Size);
    }

    [Fact]
    public void An_edit_replaces_the_path_s_parse_and_its_size()
    {
        var cache = new ParseCache(100);
        cache.Add("a.txt", "1", 60, Report("a.txt"));
        cache.Add("a.txt", "2", 30, Report("a.txt"));
        Assert.Null(cache.Get("a.txt", "1"));
        Assert.NotNull(cache.Get("a.txt", "2"));
        Assert.Equal(1, cache.Count);
        Assert.Equal(30, cache.Size);
    }

    [Fact]
    public void A_text_larger_than_the_budget_is_not_held_and_evicts_nothing()
    {
        var cache = new ParseCache(100);
        cache.Add("a.txt", "1", 50, Report("a.txt"));
        cache.Add("huge.txt", "1", 101, Report("huge.txt"));
        Assert.Null(cache.Get("huge.txt", "1"));
        Assert.NotNull(cache.Get("a.txt", "1"));
    }
}
