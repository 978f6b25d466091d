using System.Text;

namespace ReportCorpus.Parsing.Lexicon;

/// <summary>Place names in pinyin: the Unihan table, corrected by the place-name readings it gets wrong.</summary>
internal static class Pinyin
{
    // Unihan's first kMandarin reading is the commonest, which is not always the reading in a place name.
    private static readonly WordTable<string> s_placeNames = new(
        ("厦门", "Xiamen"), ("重庆", "Chongqing"), ("长沙", "Changsha"), ("长春", "Changchun"), ("长治", "Changzhi"),
        ("成都", "Chengdu"), ("蚌埠", "Bengbu"), ("六安", "Lu'an"), ("乐山", "Leshan"), ("乐清", "Yueqing"),
        ("丽水", "Lishui"), ("丽江", "Lijiang"), ("番禺", "Panyu"), ("亳州", "Bozhou"), ("单县", "Shanxian"),
        ("大都", "Dadu"), ("都江堰", "Dujiangyan"), ("台州", "Taizhou"), ("莆田", "Putian"), ("盱眙", "Xuyi"),
        ("铅山", "Yanshan"), ("东阿", "Dong'e"), ("睢宁", "Suining"), ("蔚县", "Yuxian"), ("洪洞", "Hongtong"),
        ("朝阳", "Chaoyang"), ("调兵山", "Diaobingshan"), ("长兴", "Changxing"), ("长乐", "Changle"), ("中国", "China"));

    /// <summary>Pinyin of a place name, capitalised once ("Ningbo"); characters without a reading are dropped.</summary>
    public static string OfPlace(string name)
    {
        var sb = new StringBuilder();
        int i = 0;
        while (i < name.Length)
        {
            int place = s_placeNames.MatchAt(name, i, name.Length);
            if (place >= 0)
            {
                sb.Append(s_placeNames.ValueAt(place).Replace("'", "").ToLowerInvariant());
                i += s_placeNames[place].Length;
                continue;
            }

            string? syllable = Of(name[i]);
            if (syllable is not null)
            {
                sb.Append(syllable);
            }
            else if (name[i] < 128 && char.IsLetterOrDigit(name[i]))
            {
                sb.Append(char.ToLowerInvariant(name[i]));
            }

            i++;
        }

        if (sb.Length > 0)
        {
            sb[0] = char.ToUpperInvariant(sb[0]);
        }

        return sb.ToString();
    }

    /// <summary>The toneless reading of one character, or null.</summary>
    public static string? Of(char c)
    {
        if (c < UnihanTables.FirstCodePoint || c > UnihanTables.LastCodePoint)
        {
            return null;
        }

        int offset = (c - UnihanTables.FirstCodePoint) * 2;
        int index = (Base64(UnihanTables.PinyinIndex[offset]) * 64) + Base64(UnihanTables.PinyinIndex[offset + 1]);
        return index == 0 ? null : UnihanTables.Syllables[index - 1];
    }

    private static int Base64(char c) => c switch
    {
        >= 'A' and <= 'Z' => c - 'A',
        >= 'a' and <= 'z' => c - 'a' + 26,
        >= '0' and <= '9' => c - '0' + 52,
        '+' => 62,
        _ => 63,
    };
}
