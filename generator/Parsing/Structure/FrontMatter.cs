using System;
using ReportCorpus.Parsing.Lexicon;
using ReportCorpus.Parsing.Text;

namespace ReportCorpus.Parsing.Structure;

/// <summary>
/// The lines a collector or an aggregator put above a report, read for what they say and skipped as text:
/// <code>
/// 标题：河北省2000年政府工作报告          a collector (corpus/local/hebei): title, issuer, date, speaker, then 正文：
/// 发文单位：河北省人民政府
/// 发文时间：2000-01-20
/// 正文：
/// </code>
/// <code>
/// 时间：2023-03-30????   作者：中国县域????   来源：政府官网????   阅读：     an aggregator (corpus/local/mancheng): the
/// 175                                                                 crawl date, counters and a summary (内容摘要)
/// 内容摘要：                                                          that repeats the opening, cut off with ......
/// </code>
/// None of these is the jurisdiction or the date of the report (作者：中国县域 is the aggregator; 时间 the crawl).
/// </summary>
internal sealed class FrontMatter
{
    // Header lines come first: a few lines (an aggregator's category 工作报告, the title) may stand before the first field.
    private const int LinesBeforeFirstField = 3;
    private const int Window = 4000;

    public string? Title { get; private set; }

    /// <summary>The issuing government as written (河北省人民政府).</summary>
    public string? Issuer { get; private set; }

    /// <summary>The collector's date (2000-01-20), when it gives one (发文时间：未知 gives none).</summary>
    public string? Date { get; private set; }

    public string? Speaker { get; private set; }

    /// <summary>Where the report's own text starts: after 正文：, after the summary or after the last field; 0 without a header.</summary>
    public int BodyStart { get; private set; }

    public static FrontMatter Read(string text)
    {
        var front = new FrontMatter();
        int limit = Math.Min(text.Length, Window);
        int p = 0, plainLines = 0, fields = 0;
        HeaderField? pendingValueOf = null;
        while (p < limit)
        {
            p = SkipSpace(text, p, limit);
            if (p >= limit)
            {
                break;
            }

            int label = FieldAt(text, p, limit, out int valueStart);
            if (label < 0)
            {
                int lineEnd = LineEnd(text, p, limit);
                if (pendingValueOf is HeaderField pending)
                {
                    // 阅读：\n175 or 内容摘要：\n政 府 工 作 报 告——…: the value stands on the next line.
                    front.Take(pending, text.Substring(p, lineEnd - p).Trim());
                    pendingValueOf = null;
                    p = front.BodyStart = NextLine(text, lineEnd, limit);
                    continue;
                }

                if (fields > 0 || ++plainLines > LinesBeforeFirstField)
                {
                    break;
                }

                p = NextLine(text, lineEnd, limit);
                continue;
            }

            fields++;
            HeaderField field = TitleWords.CollectorLabels.ValueAt(label);
            int valueEnd = ValueEnd(text, valueStart, limit);
            string value = text.Substring(valueStart, valueEnd - valueStart).Trim(' ', '\t', '\u3000', '?', '\u00A0');
            pendingValueOf = value.Length == 0 && field != HeaderField.Body ? field : null;
            front.Take(field, value);
            p = valueEnd;
            front.BodyStart = field == HeaderField.Body ? SkipSpace(text, valueStart, limit) : NextLine(text, LineEnd(text, p, limit), limit);
            if (field == HeaderField.Body)
            {
                break;
            }
        }

        if (fields == 0)
        {
            front.BodyStart = 0;
        }

        return front;
    }

    private void Take(HeaderField field, string value)
    {
        switch (field)
        {
            case HeaderField.Title when value.Length > 0:
                Title = value;
                break;
            case HeaderField.Issuer when value.Length > 0:
                Issuer = value;
                break;
            case HeaderField.Speaker when value.Length > 0:
                Speaker = value;
                break;
            case HeaderField.Date when Dates.First(value, 0, value.Length, out _, out _) is string date:
                Date = date;
                break;
        }
    }

    /// <summary>The label at p followed by ：or :, as an index into <see cref="TitleWords.CollectorLabels"/>, or -1.</summary>
    private static int FieldAt(string text, int p, int limit, out int valueStart)
    {
        valueStart = p;
        int label = TitleWords.CollectorLabels.MatchAt(text, p, limit);
        if (label < 0)
        {
            return -1;
        }

        int colon = p + TitleWords.CollectorLabels[label].Length;
        if (colon >= limit || (text[colon] != '：' && text[colon] != ':'))
        {
            return -1;
        }

        valueStart = colon + 1;
        return label;
    }

    // A value runs to the end of its line, or to the next field on the same line (时间：…????\t\t作者：…).
    private static int ValueEnd(string text, int from, int limit)
    {
        for (int i = from; i < limit; i++)
        {
            if (IsBreak(text, i))
            {
                return i;
            }

            if (i > from && (text[i - 1] == '\t' || text[i - 1] == '?' || CharClass.IsBlank(text[i - 1])) && FieldAt(text, i, limit, out _) >= 0)
            {
                return i;
            }
        }

        return limit;
    }

    private static int LineEnd(string text, int from, int limit)
    {
        int i = from;
        while (i < limit && !IsBreak(text, i))
        {
            i++;
        }

        return i;
    }

    private static int NextLine(string text, int lineEnd, int limit)
    {
        int i = lineEnd;
        while (i < limit && IsBreak(text, i))
        {
            i += text[i] == '\\' ? 2 : 1;
        }

        return i;
    }

    private static int SkipSpace(string text, int p, int limit)
    {
        while (p < limit && (CharClass.IsBlank(text[p]) || text[p] == '?' || IsBreak(text, p)))
        {
            p += text[p] == '\\' ? 2 : 1;
        }

        return p;
    }

    // A line break, or the two characters \r or \n a crawler wrote for one (2013年阜平县政府工作报告.txt is one line).
    private static bool IsBreak(string text, int i) =>
        CharClass.IsLineBreak(text[i]) || (text[i] == '\\' && i + 1 < text.Length && (text[i + 1] == 'r' || text[i + 1] == 'n'));
}
