namespace ReportCorpus
{
    /// <summary>How a stated figure bounds the true one.</summary>
    internal enum Bound
    {
        /// <summary>The figure as stated.</summary>
        Exact,
        /// <summary>以上, 不低于: at least.</summary>
        AtLeast,
        /// <summary>超过, 突破, 超: more than.</summary>
        MoreThan,
        /// <summary>以内, 以下, 控制在, 低于, 不高于, 不超过, 降到, 降至, 减至, 下降到, 下降至, 降低到, 降低至, 减少到, 减少至, 压减到, 压减至, 压缩到, 压缩至: at most (a fall to a level sets a ceiling).</summary>
        AtMost,
        /// <summary>左右, 上下, 约: about.</summary>
        About,
        /// <summary>近: just under.</summary>
        JustUnder,
        /// <summary>多, 余: just over (3000多 is between 3000 and 4000).</summary>
        JustOver,
        /// <summary>A closed range from Value to Max.</summary>
        Range,
    }
}
