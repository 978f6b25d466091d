namespace ReportCorpus.Parsing.Lexicon;

/// <summary>Words around an indicator that are not part of it: 全年实现技工贸总收入268亿元 names 技工贸总收入.</summary>
internal static class PhraseWords
{
    /// <summary>
    /// Words an indicator phrase opens with: 全年, 实现, 其中 …; 是 after 就 (a word around names) has gone: “一个翻番”，就是
    /// 生产总值年均增速比“十三五”期间翻一番 (../shared/local/boye/2021年博野县政府工作报告.txt) named 是生产总值…; 规定 of a
    /// plan: 计划规定一九五九年的社会商品零售总额将达到六百五十亿元 (China1959) named 规定一九五九年的社会商品零售总额; 我国 as
    /// 全国: 我国工农业总产值将比上年增长１４．１％ (China1956) named 我国工农业总产值.
    /// </summary>
    public static readonly WordTable Leading = new(
        "其中", "全年", "全区", "全市", "全省", "全国", "全县", "我国", "我省", "我市", "我县", "我区", "今年", "去年", "过去一年", "当年", "年内",
        "年末", "年底", "累计", "共计", "共",
        "实现", "完成", "达到", "获得", "获", "新增加", "预计", "力争", "确保", "争取", "另外", "此外", "并", "和", "及", "同时", "全面",
        "各类", "各项", "是", "规定");

    /// <summary>
    /// Words that begin with a leading word (of this table, <see cref="VerbWords"/>, <see cref="Coordinators.AroundNames"/>,
    /// <see cref="TimeWords"/>) but are not it: 及时 is not 及 + 时, 在校学生 is a name, 增值税 is not 增 + 值税.
    /// </summary>
    public static readonly WordTable NotLeading = new(
        "及时", "并购", "并网", "和谐", "共同", "共享", "同时期", "对外", "在校", "在建", "在园", "在孵", "在岗", "在线", "在读", "到位", "到账", "从业",
        "就业", "再就业", "再生", "都市", "先进", "除尘", "比重", "比例", "比率", "有效", "有色", "有机", "有线", "有关", "有害", "达标", "计算",
        "计划生育", "计划单列", "使用", "占地", "增值", "增加值", "减排", "减税", "降水", "要素", "实际利用", "实际使用", "实际到位", "平均工资",
        "平均寿命", "平均浓度", "基本养老", "基本医疗", "基本公共", "基本建设", "预期寿命", "新增就业", "新增建设用地", "新增城镇就业", "本年度",
        "年度计划", "同比", "等级", "占补平衡",
        // 建成137个高标准智慧安防小区，建成率和接入率均为100% (../shared/local/laiyuan, 2022): a rate, not 建成 + 率.
        "建成率");

    /// <summary>Averages, not 均 (each) before a verb: 人均, 年均增长7% (China2016), 平均浓度.</summary>
    public static readonly WordTable Averages = new("人均", "户均", "亩均", "生均", "地均", "平均", "年均", "月均", "日均");

    /// <summary>
    /// 各 (each) closing the names right before their figure: 公厕和口袋公园各5个 (../shared/local/mancheng/, 2023) is five
    /// of each. Split into a fact per name (SentenceReader.TryShare); where the names cannot be told apart it is cut from
    /// the name and kept as a qualifier (新建、提升创业孵化基地各1家: 创业孵化基地 = 1家 新建,提升,各). 各类, 各项 and 各级
    /// open names and are no such 各: they never stand right before a figure.
    /// </summary>
    public static readonly WordTable Each = new("各");

    /// <summary>
    /// Endings of a modifier that names nothing alone: 化解绍兴市级和嵊州市级信访积案各16件 (Shaoxing2018,
    /// ../shared/seeds/001_8aea4feb83059470.txt) shares 信访积案 between 绍兴市级 and 嵊州市级, so it is not split into a
    /// fact named 绍兴市级.
    /// </summary>
    public static readonly WordTable ModifierEndings = new("级");

    /// <summary>
    /// Words that end with a trailing word (of <see cref="Trailing"/>, <see cref="VerbWords"/>, <see cref="Coordinators.AroundNames"/>,
    /// <see cref="TimeWords"/>) but are not it: 占比 is not 占 + 比, 国有 not 国 + 有, 产能 a name.
    /// </summary>
    public static readonly WordTable NotTrailing = new(
        "占比", "合同", "供给", "偿还", "普及", "总和", "合并", "高等", "中等", "初等", "同等", "平等",
        "发达", "统计", "设计", "会计", "审计", "主要", "纲要", "重要", "行为", "成就", "许可", "供应",
        "人均", "户均", "亩均", "生均", "地均", "平均");

    /// <summary>
    /// Words an indicator phrase closes with, right before its figure: 达到, 为 …. The value is how many of the word's
    /// characters stay in the indicator: 企业总数达100家 names 企业总数.
    /// </summary>
    public static readonly WordTable<int> Trailing = new(
        ("总数达", 2), ("达到", 0), ("达", 0), ("为", 0), ("实现", 0), ("完成", 0), ("突破", 0), ("超过", 0), ("超", 0), ("近", 0), ("约", 0),
        ("控制在", 0), ("保持在", 0), ("增至", 0), ("增加到", 0), ("提高到", 0), ("提高至", 0), ("达成", 0), ("总计", 0), ("共计", 0), ("共", 0),
        ("定为", 0), ("定在", 0), ("确定为", 0), ("设定为", 0), ("预期为", 0),
        ("累计", 0), ("分别", 0), ("同比", 0), ("比上年", 0), ("比去年", 0), ("年均", 0), ("了", 0), ("在", 0), ("是", 0), ("预计", 0), ("将", 0),
        ("上升到", 0), ("上升至", 0), ("下降到", 0), ("下降至", 0), ("降到", 0), ("降至", 0), ("降低到", 0), ("降低至", 0), ("减少到", 0), ("减少至", 0),
        ("减至", 0), ("扩大到", 0), ("扩大至", 0), ("回落到", 0), ("回落至", 0), ("缩小到", 0), ("稳定在", 0), ("维持在", 0), ("增长到", 0), ("发展到", 0),
        ("上涨到", 0), ("增加至", 0), ("提升到", 0), ("提升至", 0), ("每人每年", 0), ("每人", 0), ("每户", 0),
        // 粮食产量首次跃上1.4万亿斤新台阶 (China2025 on 2024).
        ("跃上", 0),
        // The basis of a revenue growth and 均 (each) of a pair, before the verb: 一般公共预算收入可比增长6% (../shared/local/
        // yixian/易县2019年政府工作报告.txt), 全部财政收入按可比口径增长10% (hebei 2009), 财政收入同口径增长8．5％ (hebei 2003),
        // 城乡居民人均可支配收入均增长7%左右 (hebei 2018), 全省实际利用外资力争达到40亿美元 (hebei 2009).
        ("可比", 0), ("按可比口径", 0), ("可比口径", 0), ("同口径", 0), ("均", 0), ("力争", 0));

    /// <summary>
    /// A phrase that opens on one of these names the base of a share, not the indicator: 占本年收入33.53% (the share's
    /// own name is before 占, in the clause before). 占地面积 is a name (<see cref="NotLeading"/>).
    /// </summary>
    public static readonly WordTable ShareOpeners = new("占");

    /// <summary>
    /// A phrase that closes on one of these lists examples of what its figure counts: 对红凌路等10条 (10 roads, 红凌路
    /// among them). 高等, 中等 are not (<see cref="NotTrailing"/>).
    /// </summary>
    public static readonly WordTable ExampleMarkers = new("等", "等等");

    /// <summary>
    /// Words that open a baseline, right before its figure (or its year): 科技进步贡献率由52.2%提高到57.5%,
    /// 国内生产总值从1997年的7.4万亿元增加到2002年的10.2万亿元. The figure the baseline moves to has its name.
    /// </summary>
    public static readonly WordTable BaselineOpeners = new("由", "从");

    /// <summary>Words that, alone, name no indicator: 其他 = 44.2%, 总数 = 33.9万张 (what they are the rest or the sum of is elsewhere).</summary>
    public static readonly WordTable NoNames = new("其他", "其它", "其余", "总数", "总额", "总计", "数量", "规模", "全部", "方面");

    /// <summary>
    /// After a figure inside a name, a word that makes it a number, part of the name: 5号地块, 二期, and an age:
    /// 我国60岁以上人口已达2.5亿 (China2019) names 60岁以上人口, not 岁以上人口.
    /// </summary>
    public static readonly WordTable NumberedNames = new("号", "期", "岁");

    /// <summary>A commitment anywhere before a figure makes it a qualifier: 力争实现生产总值100亿元.</summary>
    public static readonly WordTable Commitments = new("力争", "确保", "争取");

    /// <summary>
    /// A modifier that names two groups in a fixed order, before 分别 and two figures: 城乡居民人均可支配收入分别增长9.5%和11%
    /// (../shared/local/hebei/河北省_2016_report.txt) is 城镇居民人均可支配收入 +9.5% and 农村居民人均可支配收入 +11%.
    /// </summary>
    public static readonly WordTable<string[]> PairedModifiers = new(("城乡", new[] { "城镇", "农村" }));
}
