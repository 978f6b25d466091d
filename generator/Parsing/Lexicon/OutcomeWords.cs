using ReportCorpus.Model;

namespace ReportCorpus.Parsing.Lexicon;

/// <summary>What a noun of a stated outcome stands for (<see cref="OutcomeWords.Nouns"/>).</summary>
internal enum TargetNoun
{
    /// <summary>目标, 目标任务, 指标, 计划: a target, read wherever its statement is.</summary>
    Target,

    /// <summary>任务 alone: a task, read only when the phrase ties it to the year (年度, 各项, 1993年的): most tasks are not targets.</summary>
    Task,

    /// <summary>约束性指标, 规划目标, 五年计划: a group of targets or a plan of several years, never read.</summary>
    NotOne,
}

/// <summary>How far the words before a target noun reach (<see cref="OutcomeWords.Scope"/>).</summary>
internal enum TargetScope
{
    /// <summary>No reach of its own (经济社会发展, 预期, 的).</summary>
    None,

    /// <summary>年度, 当年: ties a task to the year, says nothing of which targets.</summary>
    Year,

    /// <summary>全年, 年初: the year's targets; the headline ones as a whole when the sentence names no indicator.</summary>
    WholeYear,

    /// <summary>主要, 各项, 全部: the headline targets as a whole, whatever the sentence named before.</summary>
    Headline,
}

/// <summary>
/// The words of stated outcomes (Facts/StatedOutcomes.cs, docs/verification.md "Stated outcomes"): a report reviewing
/// a year says in words what became of that year's targets. China2007: 全国没有实现年初确定的单位国内生产总值能耗降低4%左右、
/// 主要污染物排放总量减少2%的目标; China2015: 完成了全年经济社会发展主要目标任务.
/// </summary>
internal static class OutcomeWords
{
    /// <summary>
    /// The nouns a statement is about, longest first: 目标任务 before 目标, 约束性指标 (China2016: 各项约束性指标超额完成, a group
    /// that is neither one indicator nor the headline targets) before 指标.
    /// </summary>
    public static readonly WordTable<TargetNoun> Nouns = new(
        ("目标任务", TargetNoun.Target), ("任务目标", TargetNoun.Target), ("目标", TargetNoun.Target), ("指标", TargetNoun.Target), ("计划", TargetNoun.Target),
        ("任务", TargetNoun.Task),
        ("约束性指标", TargetNoun.NotOne), ("预期性指标", TargetNoun.NotOne), ("规划目标", TargetNoun.NotOne), ("五年计划", TargetNoun.NotOne),
        ("行动计划", TargetNoun.NotOne), ("攻坚计划", TargetNoun.NotOne), ("攻坚目标", TargetNoun.NotOne), ("攻坚任务", TargetNoun.NotOne));

    /// <summary>
    /// The verbs of an outcome with what they state when not negated: 超额完成年度节能减排目标 (Ningbo2007) exceeds,
    /// 城镇新增就业980万人，超过预期目标 (China2005) exceeds, 达到了年度目标 meets.
    /// </summary>
    public static readonly WordTable<StatedResult> Verbs = new(
        ("超额地完成", StatedResult.Exceeded), ("超额完成", StatedResult.Exceeded), ("超额实现", StatedResult.Exceeded), ("超过", StatedResult.Exceeded),
        ("完成", StatedResult.Met), ("实现", StatedResult.Met), ("达到", StatedResult.Met));

    /// <summary>
    /// A ceiling kept within its target, the noun followed by <see cref="Within"/>: 城镇登记失业率控制在预期目标以内
    /// (../shared/local/hebei/河北省_2008_report.txt on 2007, round 7 of the audit). Met; read verb first only.
    /// </summary>
    public static readonly WordTable<StatedResult> CeilingVerbs = new(("控制在", StatedResult.Met));

    /// <summary>What closes the clause after the target noun of a <see cref="CeilingVerbs"/> verb: 以内, 之内, 范围内.</summary>
    public static readonly WordTable Within = new("以内", "之内", "范围内", "范围之内");

    /// <summary>Before the verb, a negation makes the outcome a miss: 预期增长目标未能实现 (China2016), 节能减排、物价调控目标没有完成 (China2012).</summary>
    public static readonly WordTable Negations = new("并没有", "没有", "没能", "未能", "尚未", "仍未", "并未", "未");

    /// <summary>
    /// Adverbs between the noun and the verb, or before the verb (圆满完成, 较好完成, 如期完成, 都超额完成); true for those that
    /// say "broadly, not fully" and make the outcome <see cref="StatedResult.MostlyMet"/>: 基本完成全年发展主要目标任务 (China2023).
    /// </summary>
    public static readonly WordTable<bool> Adverbs = new(
        ("基本上", true), ("基本", true), ("大体上", true), ("大体", true),
        ("全面地", false), ("全面", false), ("圆满地", false), ("圆满", false), ("顺利地", false), ("顺利", false), ("较好地", false), ("较好的", false), ("较好", false),
        ("胜利地", false), ("胜利", false), ("良好地", false), ("如期", false), ("按期", false), ("已经", false), ("已", false), ("都", false),
        ("也", false), ("均", false));

    /// <summary>After the verb of a statement that opens on its noun: better than expected, so exceeded (China2018: 主要目标任务全面完成并好于预期).</summary>
    public static readonly WordTable BetterThanExpected = new("并好于预期", "好于预期", "并超出预期", "超出预期");

    /// <summary>The verb's own suffix: 完成了.</summary>
    public static readonly WordTable Perfective = new("了");

    /// <summary>
    /// Who set the targets: the words up to and including one of these are dropped from the phrase (年初确定的, 市政府下达的
    /// 2008年度节能减排任务, 八届全国人大一次会议确定的1993年的各项任务).
    /// </summary>
    public static readonly WordTable SetBy = new("确定的", "规定的", "下达的", "提出的", "制定的", "部署的");

    /// <summary>
    /// Before the setter, what makes the targets the year's as a whole: 年初确定的, and the session that heard the reviewed
    /// year's report, 较好地完成了省十届人大五次会议确定的目标任务 (hebei 2008 on 2007; the county reports say it alike).
    /// </summary>
    public static readonly WordTable YearSetters = new("年初", "人大", "人民代表大会");

    /// <summary>
    /// Words around a target's name that name nothing themselves, with how far they reach: 完成了全年经济社会发展主要目标任务 is
    /// the headline targets as a whole (China2015), 超过全年预期目标 after 城镇新增就业1312万人 is that indicator's (China2016).
    /// </summary>
    public static readonly WordTable<TargetScope> Scope = new(
        ("主要", TargetScope.Headline), ("各项", TargetScope.Headline), ("全部", TargetScope.Headline),
        ("全年度", TargetScope.WholeYear), ("全年", TargetScope.WholeYear), ("年初", TargetScope.WholeYear),
        ("年度", TargetScope.Year), ("当年", TargetScope.Year), ("本年", TargetScope.Year),
        ("国民经济和社会发展", TargetScope.None), ("经济和社会发展", TargetScope.None), ("经济社会发展", TargetScope.None), ("改革和发展", TargetScope.None),
        ("改革发展", TargetScope.None), ("国民经济", TargetScope.None), ("发展", TargetScope.None), ("工作", TargetScope.None), ("预期", TargetScope.None),
        ("预定", TargetScope.None), ("增长", TargetScope.None), ("全国", TargetScope.None), ("全区", TargetScope.None), ("全市", TargetScope.None),
        ("我国", TargetScope.None), ("我们", TargetScope.None), ("我区", TargetScope.None), ("去年", TargetScope.None), ("上年", TargetScope.None),
        ("但是", TargetScope.None), ("同时", TargetScope.None), ("特别是", TargetScope.None), ("不仅", TargetScope.None), ("而且", TargetScope.None),
        ("国家", TargetScope.None), ("的", TargetScope.None), ("也", TargetScope.None), ("都", TargetScope.None), ("已", TargetScope.None),
        ("均", TargetScope.None));

    /// <summary>
    /// A subject that opens on one of these is a circumstance, not a name: 在复杂多变的环境中基本完成全年发展主要目标任务 (China2023).
    /// </summary>
    public static readonly WordTable CircumstanceOpeners = new("在", "经过", "通过", "由于", "受", "面对", "随着", "对", "即", "从而", "并");

    /// <summary>
    /// Words in the clause before the verb that make it no statement of an outcome, with true; false for longer words that
    /// only contain one (主要 holds 要). Mood and purpose: 努力完成全年目标任务 (China2021's last line), 确保实现,
    /// 预计可以完成 (China1981), 既促进了全年目标实现 (China2025); the exhortation 完成和超额完成. Only the clause: 经过全国上下
    /// 共同努力，不仅实现了全年预期发展目标 (China2024) is a statement.
    /// </summary>
    public static readonly WordTable<bool> NotStated = new(
        ("要", true), ("主要", false), ("重要", false), ("需要", true), ("确保", true), ("力争", true), ("争取", true), ("努力", true),
        ("保证", true), ("必须", true), ("应当", true), ("应该", true), ("将", true), ("将近", false), ("能够", true), ("才能", true), ("就能", true),
        ("可能", true), ("可以", true), ("可望", true), ("有望", true), ("一定", true), ("如果", true), ("只要", true), ("为了", true), ("预计", true),
        ("对于", true), ("促进", true), ("关键", true), ("务必", true), ("有利于", true), ("以便", true), ("还要", true), ("继续", true),
        ("完成和", true), ("或者", true), ("或", true), ("更好", true), ("帮助", true), ("督促", true), ("不许", true), ("不得", true),
        ("拟定", true), ("只能", true), ("有能力", true), ("有智慧", true));

    /// <summary>
    /// Words before the verb, in the clause or, for a clause with no subject of its own, in the clause before, that make the
    /// statement about a part of the whole: 有的只完成了产值指标，没有完成产品的种类和质量的指标 (China1955), 许多厂矿虽然超额完成了
    /// 产量计划，却没有完成质量计划和利润计划 (China1956). Not further: 在面临…许多困难的条件下，…，超额完成出口计划 (China1987).
    /// </summary>
    public static readonly WordTable PartOfTheWhole = new(
        "有的", "有些", "一部分", "部分", "不少", "许多", "多数", "大部分", "个别", "少数", "几项", "几个", "两个");

    /// <summary>
    /// Before a leading verb, the sign of a purpose, not an outcome: 来实现国家的计划, 去达到我们的伟大目标 (China1955, China1978).
    /// </summary>
    public static readonly WordTable Purpose = new("来", "去", "以", "为");

    /// <summary>Words that open a clause carrying on the subject of the clause before: 却没有完成质量计划.</summary>
    public static readonly WordTable Connectives = new("但是", "可是", "却", "但", "而", "并");

    /// <summary>
    /// What opens and closes the exceptions to a statement on the whole: 各项目标，除社会消费品零售总额、出口总值…等4项指标…没有
    /// 完成外，其他32项指标顺利完成 (corpus/local/hebei/河北省_2013_report.txt).
    /// </summary>
    public static readonly WordTable ExceptionOpeners = new("除了", "除");

    /// <summary>The close of the exceptions, after their negated verb: 没有完成外, 未实现以外, 未完成之外.</summary>
    public static readonly WordTable ExceptionClosers = new("以外", "之外", "外");

    /// <summary>What names the rest after the exceptions: 其他32项指标, 其余指标.</summary>
    public static readonly WordTable TheOthers = new("其他", "其它", "其余");

    /// <summary>Between a count and its noun, or after the exceptions' list: 等4项指标, 其他32项指标, 其余各项指标.</summary>
    public static readonly WordTable CountWords = new("项", "个", "等", "各项");

    /// <summary>A statement that points back (实现了这个目标, China1988) names nothing it can be read for.</summary>
    public static readonly WordTable Pointers = new("这个", "这一", "这些", "这项", "上述", "此项");

    /// <summary>
    /// A subject naming who fulfils a plan speaks of those actors' plans, not of the year's targets: 所有企业都没有完成一级品率的
    /// 指标 (China1955), 企业没有完成国家计划，税利减少的 (China1984).
    /// </summary>
    public static readonly WordTable Actors = new("企业", "厂矿", "工厂", "单位", "基层");

    /// <summary>
    /// Words anywhere in the sentence up to the statement that put it outside the reviewed year's targets: a plan or
    /// programme of several years (“十一五”规划 is TimeWords.MultiYear; 三年行动目标, 攻坚战, 纲要, 二十年分两步走的战略部署;
    /// not 战略 alone: 构建新发展格局这个战略任务，…，较好地完成了省十四届人大一次会议确定的目标任务, hebei 2024), a goal met ahead of its time
    /// (提前 — China2001: 提前一年实现三年脱困目标), or a part of the year (第一季度, 用四个月的时间).
    /// </summary>
    public static readonly WordTable NotTheYear = new(
        "规划", "攻坚战", "纲要", "行动", "工程", "阶段性", "两年", "三年", "战略部署", "战略目标", "翻两番", "翻一番", "宏伟", "奋斗目标", "提前",
        "季度", "个月", "月份", "上半年", "下半年", "“六五”", "“七五”", "“八五”", "“九五”", "“十五”", "六五计划", "七五计划");
}
