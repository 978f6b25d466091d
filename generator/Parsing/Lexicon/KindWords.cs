namespace ReportCorpus.Parsing.Lexicon;

/// <summary>
/// The words that tell what kind of figure a fact is (<see cref="FactKind"/>): a budget line, a share, a starting level,
/// the review year's own plan, a headline list. Used by Facts/FactKinds and Structure/HeadlineLists.
/// </summary>
internal static class KindWords
{
    /// <summary>
    /// A budget line in the words before its figure: 拟安排财政赤字10500亿元, 先发行1万亿元, 中央预算内投资拟安排5000亿元.
    /// Not 预算 alone: 一般公共预算收入 is a headline indicator of every local report.
    /// </summary>
    public static readonly WordTable Budget = new(
        "赤字", "发行", "国债", "债券", "地方债", "发债", "政府债务", "预算内", "拟安排", "拟按", "拨付", "拨款", "转移支付", "预算支出", "财政支出");

    /// <summary>
    /// An allocation: 安排 with what it allocates, before or after the figure (安排扶贫资金1000亿元, 中央财政安排1000亿元资金).
    /// 安排 alone is no budget line (安排重点项目50个).
    /// </summary>
    public static readonly WordTable Allocates = new("安排", "下达", "拨付", "拿出", "配套");

    /// <summary>What an allocation allocates: 资金, 经费, 补助 ….</summary>
    public static readonly WordTable Funds = new("资金", "经费", "补助", "补贴", "奖补", "支出");

    /// <summary>
    /// A public purse as the subject: with an allocation, funds or 投入 it makes a budget line (中央财政拟投入433亿元,
    /// 国家预算对科学事业的支出). Not alone: 一般公共预算收入增长5% is a target.
    /// </summary>
    public static readonly WordTable FiscalSubjects = new("财政", "预算", "基金");

    /// <summary>What a public purse does with money: 投入, 支出, 用于.</summary>
    public static readonly WordTable FiscalVerbs = new("投入", "支出", "用于", "补助", "补贴");

    /// <summary>
    /// Budget words that make a budget line of every figure of their sentence, even in a later clause: 今年赤字率拟按2.6%
    /// 安排，比去年预算低0.4个百分点 (China2018). Not 发行 (货币发行…，零售物价上涨幅度控制在百分之六以内, China1992).
    /// </summary>
    public static readonly WordTable BudgetSentence = new("赤字", "国债", "政府债务");

    /// <summary>
    /// A project's total over its whole life, not the year's: 全年计划投资项目112个、总投资300亿元,年度计划投资75亿 (Dalian2019).
    /// </summary>
    public static readonly WordTable LifetimeTotals = new("总投资");

    /// <summary>A share or a breakdown: 占本年收入33.53%, 高新技术产业增加值占比65%.</summary>
    public static readonly WordTable Share = new("占", "比重", "占比", "比例");

    /// <summary>Words with 占 that are no share: 占地100亩 is an area.</summary>
    public static readonly WordTable NotShare = new("占地", "占用", "占有", "占领");

    /// <summary>
    /// A change from a starting level to a new one, right after the first figure: 由320元提高到380元. The first figure is
    /// the baseline, the second the target (or the result).
    /// </summary>
    public static readonly WordTable ChangeTo = new(
        "提高到", "提高至", "增加到", "增加至", "上升到", "上升至", "提升到", "提升至", "扩大到", "扩大至", "增长到", "增至", "提到", "调高到", "调整到", "调整为",
        "降低到", "降低至", "下降到", "下降至", "减少到", "减少至", "降到", "降至", "减至", "缩小到", "缩小至", "压减到", "压减至", "压缩到",
        "压缩至");

    /// <summary>What opens the baseline of such a change: 由320元, 从每人每年320元.</summary>
    public static readonly WordTable ChangeFrom = new("由", "从");

    /// <summary>
    /// The review year's own plan figure beside its results: 计划建成投产118个, 原定增长8%. Not a completion rate (完成年度计划
    /// 的105%: the phrase ends with 的) nor 计划生育.
    /// </summary>
    public static readonly WordTable Plan = new("计划", "原定", "年初确定", "预期目标", "目标任务", "目标");

    /// <summary>
    /// A figure of the future or of what ought to be, in the review part: no result. 1957年的工业总产值比1956年将增长百分之
    /// 四点五 (China1957 on its own plan), 全国粮食总产量应该有七千二百亿斤 (China1960 on the programme's requirement).
    /// </summary>
    public static readonly WordTable Future = new("将增长", "将达到", "将比", "将为", "将有", "将要", "将会", "应该", "应当", "应达到");

    /// <summary>Words with 计划 that speak of no plan figure.</summary>
    public static readonly WordTable NotPlan = new("计划生育", "计划单列", "计划外");

    /// <summary>
    /// The past inside the plan part: 去年完成投资50亿元 is no target. Not after a comparison word (比去年增长8%). 为止 and
    /// 同期 mark the year's progress so far (到5月份为止…比去年同期增长68%, China1956); 已经, 现在 and 目前 the level reached,
    /// stated as the context of a task (现在我国人口已经达到１２亿，控制人口过快增长…, China1995).
    /// </summary>
    public static readonly WordTable Past = new("去年", "上年", "前年", "过去一年", "过去五年", "上一年", "为止", "同期", "已经", "现在", "目前");

    /// <summary>
    /// What a percentage of a plan's completion closes on: 原油完成99.6%, 基本建设投资总额完成年计划27% (China1956, the
    /// year's progress so far): a share of the plan, no target.
    /// </summary>
    public static readonly WordTable CompletionOf = new("完成", "完成了", "计划的", "年计划", "预算的");

    /// <summary>
    /// 的 right before a percentage makes it a part of what stands before: 实缴税金达到全省财政收入的50%左右 (hebei 2010),
    /// 试点县…达到县（市、区）总数的80%以上 (hebei 2007), 国家财政收入的６０％左右要经过地方财政 (China1956): shares, no
    /// target of their own. After a time the 的 dates a baseline (由今年预计的44%提高到45%), which the change that opens it
    /// reads as one whatever its kind here (SentenceReader.TryChange).
    /// </summary>
    public static readonly WordTable ShareOf = new("的");

    /// <summary>Words that hold a past word's characters without meaning the past: 在…基础上年均增长7%.</summary>
    public static readonly WordTable NotPast = new("基础上年", "以上年");

    /// <summary>What makes a year or 去年 a comparison base rather than the figure's own time: 比2010年, 较去年, 同上年.</summary>
    public static readonly WordTable ComparedWith = new("比", "较", "同", "与", "相比", "对比", "超过", "高于", "低于");

    /// <summary>
    /// A commitment for the plan year somewhere before the figure: 力争, 确保, 要, 将, 新增 …; a plan-part figure with none of
    /// them and outside the headline list is <see cref="FactKind.Uncertain"/>.
    /// </summary>
    public static readonly WordTable Commitment = new(
        "力争", "确保", "争取", "努力", "要", "将", "计划", "目标", "预期", "新增", "完成", "实现", "达到", "达", "突破", "超过", "控制在", "保持", "增长",
        "提高", "提升", "增加", "下降", "降低", "减少", "新建", "建成", "建设", "改造", "开工", "引进", "培育", "认定", "新开工", "安排", "推动", "扩大", "力促");

    /// <summary>
    /// What opens the plan year's headline list: 今年经济社会发展的主要预期目标是：, 2008年的主要发展目标是:, 主要计划指标:,
    /// 今年经济增长预期目标为7%左右, 宏观调控的主要目标是：. The marker must be followed by 是, 为, 定为 or a colon
    /// (<see cref="HeadlineMarkerEnds"/>), or close a heading line ((二)工作目标).
    /// </summary>
    public static readonly WordTable HeadlineMarkers = new(
        "主要预期目标", "预期目标", "主要发展目标", "主要目标", "主要计划指标", "主要经济指标", "主要指标", "工作目标", "发展目标", "计划要求");

    /// <summary>
    /// What follows a headline marker: 是, 为, 定为, 设定为, 确定为 (我省今年经济社会发展的主要预期目标确定为：, corpus/local/hebei/
    /// 河北省_2005_report.txt), a colon.
    /// </summary>
    public static readonly WordTable HeadlineMarkerEnds = new("是", "为", "定为", "定在", "设定为", "确定为", "：", ":");

    /// <summary>
    /// Words that make a sentence after an inline headline list speak of the targets rather than list one, so the list
    /// ends before it: 上述指标的设定，统筹考虑了… and 确定生产总值增长8%的目标，不再设置全部财政收入指标 (corpus/local/hebei/
    /// 河北省_2014_report.txt), 这些预期目标，考虑了….
    /// </summary>
    public static readonly WordTable HeadlineListCommentary = new("上述", "这些", "提出", "考虑", "目标", "指标", "说明");
}
