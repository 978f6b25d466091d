using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using ReportCorpus.Model;
using ReportCorpus.Parsing.Lexicon;
using ReportCorpus.Parsing.Text;

namespace ReportCorpus.Parsing.Structure;

/// <summary>Finds who wrote a report and for which years: title, jurisdiction, city, years, publication date.</summary>
internal static class IdentityParser
{
    // The opening a government names itself in (我代表阜平县人民政府…, 河北省人民政府省长 钮茂生): the first lines after the header.
    private const int OpeningWindow = 2500;

    /// <summary>Where the report's body starts: after a collector's header and the title line, when the text has them.</summary>
    /// <remarks>
    /// What the text says outranks what a collector or the file name says: the session line (在X第N届人民代表大会…), the
    /// government the opening speaks for and the review heading (一、2018年工作回顾) decide; corpus/local/hebei's file
    /// named 2018, titled 2018年河北省政府工作报告, is the report delivered on 二〇一九年一月十四日, which reviews 2018.
    /// </remarks>
    public static ReportIdentity Parse(string path, string text, LineMap lines, out int bodyStart)
    {
        FrontMatter front = FrontMatter.Read(text);
        bodyStart = front.BodyStart;
        int titleEnd = bodyStart;
        string? title = front.Title is { } collectorTitle ? CleanTitle(collectorTitle) : FindTitle(text, lines, ref titleEnd);
        bodyStart = Math.Max(bodyStart, titleEnd);
        bool fromFileName = title is null;
        title ??= Path.GetFileNameWithoutExtension(path) ?? "";

        SessionLine? session = SessionLine.Find(text, front.BodyStart);
        string? deliveredOn = session?.Date ?? SignedDateLine.Find(text, front.BodyStart, front.Speaker);
        Jurisdiction jurisdiction = FindJurisdiction(text, front, session, title, path);
        bool governmentReport = session is not null || title.IndexOf("政府工作报告", StringComparison.Ordinal) >= 0
            || (jurisdiction.Level != GovernmentLevel.Zone && jurisdiction.Level != GovernmentLevel.Unknown);

        var years = Years.All(title);
        int? cited = years.Count > 0 ? years[0].Year : null;
        int? review = null, plan = null;
        if (governmentReport)
        {
            // A government work report delivered in year D reviews D-1 and plans D; the review heading settles a late one.
            int? delivered = Year(deliveredOn) ?? Year(front.Date);
            int? heading = ReviewHeading(text, bodyStart);
            if (heading is int h && (delivered is null || h == delivered || h == delivered - 1))
            {
                review = h;
            }
            else if (delivered is int d)
            {
                review = d - 1;
            }
            else if (cited is int titled)
            {
                review = titled - 1;
            }

            plan = review + 1;
            // The id cites the year of delivery (China1980 is the report delivered in 1980), which a collector's title can get
            // wrong: corpus/local/hebei/河北省_2018_report.txt, delivered 2019-01-14, is Hebei2019.
            cited = delivered ?? cited ?? plan;
        }
        else
        {
            foreach ((int year, int end) in years)
            {
                if (review is null && FollowedBy(title, end, TitleWords.Review))
                {
                    review = year;
                }
                else if (plan is null && FollowedBy(title, end, TitleWords.Plan))
                {
                    plan = year;
                }
            }
        }

        if (review is null || plan is null)
        {
            YearsFromHeadings(text, ref review, ref plan);
        }

        review ??= plan - 1;
        plan ??= review + 1;
        cited ??= review;

        string pinyin = Pinyin.OfPlace(jurisdiction.Stem);
        string id = pinyin + (cited?.ToString(CultureInfo.InvariantCulture) ?? "");
        // A collector's 发文时间 is the day the page went up (2006-02-18 for a report delivered on 2006-02-16): a publication date.
        return new ReportIdentity(id, jurisdiction.Name, jurisdiction.Level, jurisdiction.Parent, jurisdiction.Stem, pinyin, cited, review, plan,
            FindPublished(text) ?? front.Date, deliveredOn, title, fromFileName);
    }

    private static int? Year(string? date) => date is null ? null : int.Parse(date.Substring(0, 4), CultureInfo.InvariantCulture);

    /// <summary>
    /// Who reports, from the strongest evidence to the weakest: the session line, the government the opening speaks for
    /// (我代表阜平县人民政府), the collector's issuer, the head's signature (河北省人民政府省长), the title, the file name,
    /// and last the body's most named city. A title such as 2019年政府工作报告 with nothing else is the State Council's.
    /// </summary>
    private static Jurisdiction FindJurisdiction(string text, FrontMatter front, SessionLine? session, string title, string path)
    {
        // A zone's report names its zone in the title (宁波国家高新区2007年工作总结…); zones hold no people's congress.
        Jurisdiction? titled = Jurisdiction.Read(JurisdictionInTitle(title));
        if (titled?.Level == GovernmentLevel.Zone)
        {
            return titled;
        }

        if (session is not null && session.IsNational)
        {
            return Jurisdiction.StateCouncil;
        }

        int opening = front.BodyStart;
        int openingEnd = Math.Min(text.Length, opening + OpeningWindow);
        GovernmentLevel hint = GovernmentLevel.Unknown;
        foreach (Jurisdiction? candidate in new[]
        {
            session is null ? null : Jurisdiction.Read(session.Place),
            SpokenFor(text, opening, openingEnd, ref hint),
            front.Issuer is { } issuer ? Jurisdiction.Read(BeforeGovernment(issuer)) : null,
            Signed(text, opening, openingEnd, ref hint),
            front.Speaker is { } speaker ? Jurisdiction.Read(BeforeGovernment(speaker)) : null,
        })
        {
            if (candidate is not null)
            {
                return WithLevel(candidate, hint);
            }
        }

        // A title or a file name is only a label: the body must name the place too. corpus/local/anxin's file says 安新县,
        // but its body, which speaks for a 县人民政府, names 新安 a dozen times and 安新 never: it is 新安县 (洛阳市).
        foreach (Jurisdiction? labelled in new[] { titled, Jurisdiction.Read(JurisdictionInTitle(Path.GetFileNameWithoutExtension(path) ?? "")) })
        {
            if (labelled is not null)
            {
                return text.IndexOf(labelled.Stem, opening, StringComparison.Ordinal) >= 0 || hint == GovernmentLevel.Unknown
                    ? WithLevel(labelled, hint)
                    : MostNamed(text, opening, hint) ?? WithLevel(labelled, hint);
            }
        }

        if (text.IndexOf("代表国务院", StringComparison.Ordinal) >= 0 || text.IndexOf("代表中央人民政府", StringComparison.Ordinal) >= 0
            || text.IndexOf("代表國務院", StringComparison.Ordinal) >= 0
            || (title.IndexOf("政府工作报告", StringComparison.Ordinal) >= 0 && hint == GovernmentLevel.Unknown))
        {
            return Jurisdiction.StateCouncil;
        }

        string zone = ZoneFromBody(text);
        return Jurisdiction.Read(zone) ?? new Jurisdiction(zone, hint, null, CityOf(zone));
    }

    private static Jurisdiction WithLevel(Jurisdiction j, GovernmentLevel hint) =>
        j.Level == GovernmentLevel.Unknown && hint != GovernmentLevel.Unknown ? j with { Level = hint } : j;

    /// <summary>
    /// The division of the given level whose two-character stem the body names most often (新安 → 新安县), when it is
    /// named at least three times and twice as often as any other; else null. Only for a body that speaks for a 县 or a
    /// 区 without naming it, when the label's place is nowhere in it.
    /// </summary>
    private static Jurisdiction? MostNamed(string text, int from, GovernmentLevel level)
    {
        string? suffix = level switch { GovernmentLevel.County => "县", GovernmentLevel.District => "区", _ => null };
        if (suffix is null)
        {
            return null;
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var known = new Dictionary<string, bool>(StringComparer.Ordinal);
        // A report names itself throughout: its first 60,000 characters are enough, and bound the work on a huge file.
        int to = Math.Min(text.Length, from + 60000);
        for (int i = from; i + 1 < to; i++)
        {
            if (!CharClass.IsCjk(text[i]) || !CharClass.IsCjk(text[i + 1]))
            {
                continue;
            }

            string stem = text.Substring(i, 2);
            if (!known.TryGetValue(stem, out bool isPlace))
            {
                isPlace = Array.Exists(Gazetteer.Named(stem + suffix), d => d.Level == level);
                known[stem] = isPlace;
            }

            if (isPlace)
            {
                counts.TryGetValue(stem, out int n);
                counts[stem] = n + 1;
            }
        }

        string? best = null;
        int bestCount = 0, second = 0;
        foreach (KeyValuePair<string, int> pair in counts)
        {
            if (pair.Value > bestCount)
            {
                second = bestCount;
                best = pair.Key;
                bestCount = pair.Value;
            }
            else if (pair.Value > second)
            {
                second = pair.Value;
            }
        }

        return best is not null && bestCount >= 3 && bestCount >= 2 * second ? Jurisdiction.Read(best + suffix) : null;
    }

    /// <summary>
    /// 我代表阜平县人民政府 → 阜平县. 我代表区人民政府 names no government but says its level: <paramref name="hint"/>.
    /// </summary>
    private static Jurisdiction? SpokenFor(string text, int from, int to, ref GovernmentLevel hint)
    {
        for (int at = text.IndexOf(TitleWords.Government, from, to - from, StringComparison.Ordinal); at >= 0;
             at = text.IndexOf(TitleWords.Government, at + 1, to - at - 1, StringComparison.Ordinal))
        {
            int on = text.LastIndexOf(TitleWords.OnBehalfOf, at, Math.Min(at - from, 20), StringComparison.Ordinal);
            if (on < 0)
            {
                continue;
            }

            string named = text.Substring(on + TitleWords.OnBehalfOf.Length, at - on - TitleWords.OnBehalfOf.Length);
            if (Jurisdiction.Read(named) is { } jurisdiction)
            {
                return jurisdiction;
            }

            if (Jurisdiction.LevelOfBareSuffix(named) is var level && level != GovernmentLevel.Unknown)
            {
                hint = level;
            }
        }

        return null;
    }

    /// <summary>保定市满城区人民政府区长 程 杰 → 满城区 of 保定市, and the head's title says the level (区长).</summary>
    private static Jurisdiction? Signed(string text, int from, int to, ref GovernmentLevel hint)
    {
        for (int at = text.IndexOf(TitleWords.Government, from, to - from, StringComparison.Ordinal); at >= 0;
             at = text.IndexOf(TitleWords.Government, at + 1, to - at - 1, StringComparison.Ordinal))
        {
            int after = at + TitleWords.Government.Length;
            int head = TitleWords.HeadTitles.MatchAt(text, after < to && text[after] == '代' ? after + 1 : after, to);
            if (head < 0)
            {
                continue;
            }

            if (hint == GovernmentLevel.Unknown)
            {
                hint = TitleWords.HeadTitles.ValueAt(head);
            }

            // The name runs back to the line start or to the session line's 会议上 (one-line texts).
            for (int start = Math.Max(from, at - 16); start < at - 1; start++)
            {
                if (Jurisdiction.Read(text.Substring(start, at - start)) is { } jurisdiction && jurisdiction.Level != GovernmentLevel.Unknown)
                {
                    return jurisdiction;
                }
            }
        }

        return null;
    }

    // 河北省人民政府 → 河北省; 河北省人民政府省长 钮茂生 → 河北省.
    private static string BeforeGovernment(string s)
    {
        int at = s.IndexOf(TitleWords.Government, StringComparison.Ordinal);
        return at < 0 ? s : s.Substring(0, at);
    }

    /// <summary>What a title says of who reports: 2020年涞水县政府工作报告 → 涞水县; 保定市满城区2020年政府工作报告 → 保定市满城区.</summary>
    private static string JurisdictionInTitle(string title)
    {
        string prefix = ZoneFromTitle(title);
        if (prefix.Length > 0)
        {
            return prefix;
        }

        // The year first: the name between the year and the report's name.
        int report = title.IndexOf("政府工作报告", StringComparison.Ordinal);
        var years = Years.All(title);
        if (report < 0 || years.Count == 0 || years[0].End > report)
        {
            return "";
        }

        return PhraseText.RemoveParenthesised(title.Substring(years[0].End, report - years[0].End)).Trim();
    }

    /// <summary>The year of the review heading in the opening (一、2019年工作回顾, 站在新起点：2012年工作回顾), or null.</summary>
    private static int? ReviewHeading(string text, int from)
    {
        int to = Math.Min(text.Length, from + (3 * OpeningWindow));
        for (int at = Years.Next(text, from, to, out int year, out int end); at >= 0; at = Years.Next(text, end, to, out year, out end))
        {
            int words = end < to && text[end] == '的' ? end + 1 : end;
            if (TextAt.StartsWith(text, words, to, "工作回顾") || TextAt.StartsWith(text, words, to, "工作总结") || TextAt.StartsWith(text, words, to, "政府工作回顾"))
            {
                return year;
            }
        }

        return null;
    }

    private static string? FindTitle(string text, LineMap lines, ref int bodyStart)
    {
        int scanned = Math.Min(lines.LineCount, 60);
        for (int line = 0; line < scanned; line++)
        {
            int start = lines.LineStart(line);
            int end = line + 1 < lines.LineCount ? lines.LineStart(line + 1) : text.Length;
            // A report on one line is a line of 100,000 characters: measure before building the cleaned copy.
            if (CleanLength(text, start, end, 60) > 60)
            {
                continue;
            }

            string candidate = CleanTitle(text.Substring(start, end - start));
            if (candidate.Length == 0 || !LooksLikeTitle(candidate))
            {
                continue;
            }

            // A title broken over two lines: 大连高新区2019年度工作情况及2020年 / 重点工作安排
            if (line + 1 < lines.LineCount && (candidate.EndsWith("年", StringComparison.Ordinal) || candidate.EndsWith("及", StringComparison.Ordinal) || candidate.EndsWith("和", StringComparison.Ordinal)))
            {
                int nextEnd = line + 2 < lines.LineCount ? lines.LineStart(line + 2) : text.Length;
                string next = CleanLength(text, end, nextEnd, 20) <= 20 ? CleanTitle(text.Substring(end, nextEnd - end)) : "";
                if (next.Length > 0)
                {
                    candidate += next;
                    end = nextEnd;
                }
            }

            bodyStart = end;
            return candidate;
        }

        return null;
    }

    private static bool LooksLikeTitle(string line)
    {
        if (line.Length > 1 && CharClass.IsChineseOrdinal(line[0]) && line[1] == '、')
        {
            return false; // a section heading such as 一、2018年工作总结
        }

        // A colon makes a heading or a label, not a title: 站在新起点：2012年工作回顾 (corpus/local/fuping 2013).
        if (Years.All(line).Count == 0 || line.IndexOf('。') >= 0 || line.IndexOf('，') >= 0 || line.IndexOf('：') >= 0 || line.IndexOf(':') >= 0)
        {
            return false;
        }

        // A line that starts with its year is a section heading (2019年工作思路), unless it names the report itself.
        if (CharClass.IsDigit(line[0]) && line.IndexOf("政府工作报告", StringComparison.Ordinal) < 0)
        {
            return false;
        }

        return TitleWords.Title.OccursIn(line, 0, line.Length);
    }

    private static bool IsTitleDebris(char c) => CharClass.IsBlank(c) || CharClass.IsLineBreak(c) || c == '|' || c == '•';

    private static bool IsTitleDash(char c) => c == '—' || c == '-';

    /// <summary>A line without blanks, breaks, table bars, bullets and leading dashes.</summary>
    private static string CleanTitle(string raw)
    {
        var sb = new StringBuilder(raw.Length);
        foreach (char c in raw)
        {
            if (!IsTitleDebris(c) && (sb.Length > 0 || !IsTitleDash(c)))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>The length <see cref="CleanTitle"/> gives text[start..end), counted up to <paramref name="cap"/> + 1.</summary>
    private static int CleanLength(string text, int start, int end, int cap)
    {
        int length = 0;
        for (int i = start; i < end && length <= cap; i++)
        {
            char c = text[i];
            if (!IsTitleDebris(c) && (length > 0 || !IsTitleDash(c)))
            {
                length++;
            }
        }

        return length;
    }

    private static bool FollowedBy(string s, int pos, WordTable words)
    {
        // Allow a few characters between the year and the word: 2019年度工作情况, 2009年的工作任务, 2020年重点工作安排.
        int limit = Math.Min(s.Length, pos + 8);
        for (int i = pos; i < limit; i++)
        {
            if (CharClass.IsDigit(s[i]))
            {
                return false;
            }

            if (words.MatchAt(s, i, s.Length) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A report without a title: its headings say the years (一、2018年工作总结 … 2019年工作思路).</summary>
    private static void YearsFromHeadings(string text, ref int? review, ref int? plan)
    {
        for (int at = Years.Next(text, 0, text.Length, out int year, out int end); at >= 0; at = Years.Next(text, end, text.Length, out year, out end))
        {
            if (review is null && FollowedBy(text, end, TitleWords.Review))
            {
                review = year;
            }
            else if (plan is null && review is not null && year > review && FollowedBy(text, end, TitleWords.Plan))
            {
                plan = year;
            }

            if (review is not null && plan is not null)
            {
                return;
            }
        }
    }

    private static string ZoneFromTitle(string title)
    {
        int firstDigit = 0;
        while (firstDigit < title.Length && !CharClass.IsDigit(title[firstDigit]))
        {
            firstDigit++;
        }

        string prefix = PhraseText.RemoveParenthesised(title.Substring(0, firstDigit)).Trim();
        return prefix.Length >= 2 && CharClass.IsCjk(prefix[0]) ? prefix : "";
    }

    private static string ZoneFromBody(string text)
    {
        // The city the text names as the seat of its government (嵊州市委市政府, 嵊州市人民政府), most often first;
        // any other XX市 counts only a little, so 延伸段市政道路 does not outvote it.
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        string? best = null;
        for (int i = 2; i < text.Length; i++)
        {
            if (text[i] != '市' || !CharClass.IsCjk(text[i - 1]) || !CharClass.IsCjk(text[i - 2]))
            {
                continue;
            }

            string name = text.Substring(i - 2, 2);
            if ("全我本城该各省市上下一两县区镇乡段街".IndexOf(name[0]) >= 0 || "省市区县镇乡城段".IndexOf(name[1]) >= 0)
            {
                continue;
            }

            bool seat = TextAt.StartsWith(text, i + 1, text.Length, "委") || TextAt.StartsWith(text, i + 1, text.Length, "政府")
                || TextAt.StartsWith(text, i + 1, text.Length, "人民政府");
            counts.TryGetValue(name, out int n);
            n += seat ? 10 : 1;
            counts[name] = n;
            if (best is null || n > counts[best])
            {
                best = name;
            }
        }

        if (best is null)
        {
            return "";
        }

        foreach (string suffix in TitleWords.ZoneSuffixesByPreference)
        {
            if (text.IndexOf(suffix, StringComparison.Ordinal) >= 0)
            {
                return best + suffix;
            }
        }

        return best + "市";
    }

    internal static string CityOf(string zone)
    {
        for (int i = 2; i < zone.Length; i++)
        {
            if (TitleWords.CityEnds.MatchAt(zone, i, zone.Length) >= 0)
            {
                return zone.Substring(0, i);
            }
        }

        return zone;
    }

    /// <summary>The first date after 成文日期, else 发布日期, else 公开日期, as yyyy-MM-dd.</summary>
    private static string? FindPublished(string text)
    {
        foreach (string key in TitleWords.DateKeys)
        {
            int from = 0;
            while (true)
            {
                int at = text.IndexOf(key, from, StringComparison.Ordinal);
                if (at < 0)
                {
                    break;
                }

                if (TryReadDate(text, at + key.Length, out string? date))
                {
                    return date;
                }

                from = at + key.Length;
            }
        }

        return null;
    }

    // 成文日期：2008-03-12, 发布日期 | 2009年3月13日: the date after the key's colon and page debris.
    private static bool TryReadDate(string text, int pos, out string? date)
    {
        date = null;
        int p = pos, skipped = 0;
        while (p < text.Length && skipped < 30 && !CharClass.IsDigit(text[p]))
        {
            char c = text[p];
            if (!(CharClass.IsBlank(c) || CharClass.IsLineBreak(c) || c == ':' || c == '：' || c == '|' || c == '•' || c == '·'))
            {
                return false;
            }

            p++;
            skipped++;
        }

        if (!Dates.TryReadAt(text, p, text.Length, out string found, out _))
        {
            return false;
        }

        date = found;
        return true;
    }
}
