namespace ReportCorpus
{
    /// <summary>
    /// What kind of figure a fact is. Only <see cref="Headline"/> and <see cref="Commitment"/> targets are judged against
    /// the next report; the other kinds are kept, typed and exported, never judged. See docs/extraction.md.
    /// </summary>
    internal enum FactKind
    {
        /// <summary>A target of the plan year's main expected targets (主要预期目标是：国内生产总值增长7.5%左右).</summary>
        Headline,
        /// <summary>A figure the government commits to for the plan year outside the headline list (力争新增高新技术企业30家).</summary>
        Commitment,
        /// <summary>A budget line: a deficit, a bond issue, an allocation (拟安排财政赤字10500亿元, 发行1万亿元).</summary>
        Budget,
        /// <summary>The starting level of a change (由320元提高到380元: 320元 is the baseline, 380元 the target).</summary>
        Baseline,
        /// <summary>A share or a breakdown (占本年收入33.53%).</summary>
        Share,
        /// <summary>A figure over several years (到2020年, 五年, 年均, “十四五”), which no single year's report settles.</summary>
        MultiYear,
        /// <summary>A threshold inside a name (超10亿元的企业5家: 10亿元).</summary>
        Condition,
        /// <summary>An earlier year's figure inside the plan part (去年完成投资50亿元).</summary>
        Past,
        /// <summary>A figure of the plan part whose kind the wording does not settle.</summary>
        Uncertain,
        /// <summary>An achievement of the year under review (完成生产总值95亿元).</summary>
        Result,
        /// <summary>An estimate (预计全年增长8%), not yet an actual.</summary>
        Estimate,
        /// <summary>The review year's own plan figure, stated beside its results (计划建成投产118个).</summary>
        Plan,
        /// <summary>
        /// A target stated again later in the plan part, with the same indicator and figure: the explanation after the headline
        /// list (经济增长预期目标6.5%－7%，考虑了…, China2016). Judged once, as first stated.
        /// </summary>
        Restated,
    }
}
