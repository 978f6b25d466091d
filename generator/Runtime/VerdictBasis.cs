namespace ReportCorpus
{
    /// <summary>What a verdict rests on: the figures compared, a statement of the next report, or nothing.</summary>
    internal enum VerdictBasis
    {
        /// <summary>Nothing was compared: not judged, no next report, no actual, or an actual that cannot be compared.</summary>
        None,
        /// <summary>Amounts in base units (95亿元 against 91.3亿元).</summary>
        Amount,
        /// <summary>Growth rates in percent (增长40% against 增长33%).</summary>
        Growth,
        /// <summary>A relative figure against the same base (高于全市1个百分点).</summary>
        Relative,
        /// <summary>
        /// A multi-year target. No verdict rests on it any more: such a target is of kind <see cref="FactKind.MultiYear"/>
        /// and not judged. The member keeps its number, which exported data hold.
        /// </summary>
        MultiYear,
        /// <summary>The next report says in words what became of the target (没有实现…单位国内生产总值能耗降低4%左右…的目标).</summary>
        Stated,
    }
}
