namespace ReportCorpus.Parsing.Text;

/// <summary>
/// The text the structure layers read: a copy of the raw text of the same length in which what a crawler left of the
/// page's line breaks and spaces stands as line breaks and blanks (and one collector's stand-in for %, as %). Reports scraped into one line
/// (../shared/local/anxin/安新县2024年政府工作报告.txt: 各位代表：\r\n&amp;nbsp; 现在，我代表县人民政府…\r\n一、2023年工作回顾)
/// hold the escape sequences \r\n, \n, \r (and \t) as two characters each and the HTML entity &amp;nbsp;; an aggregator's
/// page line joins its fields with runs of TABs (时间：2023-01-24????⇥⇥⇥⇥⇥⇥作者：中国县域). Every character keeps its
/// offset: locations (span, line, column) are those of the raw file, whose <see cref="LineMap"/> never sees these
/// breaks, while paragraphs, sentences, headings and the identity split as real line breaks would split them.
/// </summary>
internal static class WebEscapes
{
    // The HTML entities that stand for a blank; no other entity occurs in the material (grep '&[a-z]+;' and '&#').
    private const string PercentPlaceholder = "_M_M_";

    private static readonly string[] s_blankEntities = { "&nbsp;", "&ensp;", "&emsp;", "&thinsp;", "&#160;", "&#12288;" };

    /// <summary>
    /// <paramref name="raw"/> with \r\n, \n and \r written out as escapes turned into blanks ending in a line break, \t into
    /// blanks, blank HTML entities into blanks, _M_M_ into % and blanks, and a run of two or more TABs into blanks ending in a line break; the
    /// same string when it holds none. Linear, the same length.
    /// </summary>
    public static string AsBreaks(string raw)
    {
        if (raw.IndexOf('\\') < 0 && raw.IndexOf('&') < 0 && raw.IndexOf("\t\t", System.StringComparison.Ordinal) < 0
            && raw.IndexOf(PercentPlaceholder, System.StringComparison.Ordinal) < 0)
        {
            return raw;
        }

        char[] view = raw.ToCharArray();
        int i = 0;
        while (i < view.Length)
        {
            char c = raw[i];
            if (c == '\\' && i + 1 < raw.Length && (i == 0 || raw[i - 1] != '\\'))
            {
                i = Escape(raw, view, i);
            }
            else if (c == '&')
            {
                i = Entity(raw, view, i);
            }
            else if (c == '_' && TextAt.StartsWith(raw, i, raw.Length, PercentPlaceholder))
            {
                // 地区生产总值增长12_M_M_以上 (../shared/local/shunping/顺平县2008年政府工作报告.txt, 22 times, never a %): a
                // collector's stand-in for the percent sign.
                view[i] = '%';
                for (int k = i + 1; k < i + PercentPlaceholder.Length; k++)
                {
                    view[k] = ' ';
                }

                i += PercentPlaceholder.Length;
            }
            else if (c == '\t' && i + 1 < raw.Length && raw[i + 1] == '\t')
            {
                int end = i;
                while (end < raw.Length && raw[end] == '\t')
                {
                    end++;
                }

                view[end - 1] = '\n';
                i = end;
            }
            else
            {
                i++;
            }
        }

        return new string(view);
    }

    // \r\n as one break ("   \n"), \n or \r alone as one (" \n"), \t as blanks; any other backslash stays.
    private static int Escape(string raw, char[] view, int at)
    {
        char kind = raw[at + 1];
        if (kind == 't')
        {
            view[at] = view[at + 1] = ' ';
            return at + 2;
        }

        if (kind != 'r' && kind != 'n')
        {
            return at + 1;
        }

        int end = at + 2;
        if (kind == 'r' && TextAt.StartsWith(raw, end, raw.Length, "\\n"))
        {
            end += 2;
        }

        for (int k = at; k < end - 1; k++)
        {
            view[k] = ' ';
        }

        view[end - 1] = '\n';
        return end;
    }

    private static int Entity(string raw, char[] view, int at)
    {
        foreach (string entity in s_blankEntities)
        {
            if (TextAt.StartsWith(raw, at, raw.Length, entity))
            {
                for (int k = at; k < at + entity.Length; k++)
                {
                    view[k] = ' ';
                }

                return at + entity.Length;
            }
        }

        return at + 1;
    }
}
