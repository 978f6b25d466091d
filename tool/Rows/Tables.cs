namespace ReportCorpus.Tool.Rows;

/// <summary>The tables of every output format; docs/tool.md lists the same columns (a test keeps them in step).</summary>
internal static class Tables
{
    public static readonly Table<ReportRow> Reports = new("reports", "One row per report read (files skipped as binary, empty, not text or unreadable are not here: see the summary).", static c =>
    [
        c.Text("id", static r => r.Id, "unique id, as the generated `Reports.<Id>` (Ningbo2008; a second report claiming it gets _2)"),
        c.Text("id_candidate", static r => r.IdCandidate, "the id the parser proposed, before ids were made unique"),
        c.Text("path", static r => r.Path, "the file, relative to the current directory when below it, with / separators"),
        c.Text("zone", static r => r.Zone, "jurisdiction (宁波国家高新区, 国务院): the next report is looked for among its reports"),
        c.Text("level", static r => r.Level, "level of government: national, province, prefecture, county, district, zone or unknown"),
        c.Text("parent", static r => r.Parent, "the prefecture or province above it, when known (保定市 for 满城区)"),
        c.Text("city", static r => r.City, "the place the id is named after, in pinyin (Ningbo, Mancheng, Hebei; China)"),
        c.Text("city_name", static r => r.CityName, "the same in Chinese (宁波, 满城, 河北; 中国)"),
        c.Integer("cited_year", static r => r.CitedYear, "the year the id cites: a government work report's year of delivery, else the title's first year"),
        c.Integer("review_year", static r => r.ReviewYear, "the year whose results the report reviews"),
        c.Integer("plan_year", static r => r.PlanYear, "the year its targets are for"),
        c.Text("published", static r => r.Published, "publication date as found (成文日期, 发布日期, or a collector's 发文时间), yyyy-MM-dd, if any"),
        c.Text("delivered", static r => r.Delivered, "the day the report was delivered (its session line: 2020年1月21日在…人民代表大会…), yyyy-MM-dd, if the text says"),
        c.Text("title", static r => r.Title, "title"),
        c.Logical("title_from_file_name", static r => r.TitleFromFileName, "true when the text has no title line and the file name gave it"),
        c.Text("encoding", static r => r.Encoding, "utf-8, utf-8-bom, utf-16le, utf-16be or gb18030; utf-8-damaged or gb18030-damaged for a damaged copy read in that encoding with U+FFFD for its few bytes that are no character"),
        c.BigInteger("bytes", static r => r.Bytes, "file size in bytes"),
        c.Integer("targets", static r => r.Targets, "number of targets"),
        c.Integer("achievements", static r => r.Achievements, "number of achievements"),
        c.Integer("problems", static r => r.Problems, "number of problems"),
        c.Text("next_report_id", static r => r.NextReportId, "the report that judges this one's targets (same zone, reviewing plan_year), if the corpus has it"),
        c.Text("shares_id_with", static r => r.SharesIdWith, "file name of another report claiming the same id (RC0101)"),
        c.Text("notes", static r => r.Notes, "parse notes with their RC code (RC0102: no year; RC0104: parser failed; RC0105: no plan section)"),
        ]);

    public static readonly Table<FactRow> Facts = new("facts", "One row per target or achievement: every field of the parser's model.", static c =>
    [
        c.Text("report_id", static f => f.ReportId, "reports.id"),
        c.Text("role", static f => f.Role, "target or achievement"),
        c.Text("kind", static f => f.Kind, "what kind of figure: headline, commitment, budget, baseline, share, multi-year, condition, past, uncertain (targets); result, estimate, plan, baseline, multi-year (achievements). Only headline and commitment targets are judged"),
        c.Integer("fact_index", static f => f.FactIndex, "position among the report's facts of that role, from 0 (checks.target_index, checks.actual_index)"),
        c.Text("indicator", static f => f.Indicator, "indicator as written (财政一般预算收入); null when the words before the figure name none (提高到380元)"),
        c.Text("canonical", static f => f.Canonical, "canonical indicator (GeneralBudgetRevenue; indicators.name), the written name when the vocabulary lacks it, or null with no indicator"),
        c.Text("property_name", static f => f.PropertyName, "the generated property (Targets.GeneralBudgetRevenue), if any"),
        c.Text("figure", static f => f.Figure, "the figure as the diagnostics print it (17.5亿元 +46%)"),
        c.Real("value", static f => f.Value, "amount in the unit as written (17.5)"),
        c.Real("max_value", static f => f.MaxValue, "upper end of a range (6%－6.5%: 6.5)"),
        c.Text("unit", static f => f.Unit, "unit as written (亿元, %, 万平方米)"),
        c.Text("dimension", static f => f.Dimension, "count, money, foreign-money, area, length, volume, mass, power, energy, percent, percentage-points, concentration, multiple, other"),
        c.Real("factor", static f => f.Factor, "factor from the unit to the base unit (亿元: 100000000)"),
        c.Real("base_value", static f => f.BaseValue, "value × factor, in the base unit (元, 平方米 …)"),
        c.Text("amount_bound", static f => f.AmountBound, "exact, at-least, more-than, at-most, about, just-under, just-over, range"),
        c.Real("growth", static f => f.Growth, "growth in percent (增长46%: 46; 下降4.6%: -4.6)"),
        c.Text("growth_bound", static f => f.GrowthBound, "bound of the growth, as amount_bound"),
        c.Real("relative_difference", static f => f.RelativeDifference, "a relative figure's signed difference (高于全市2个百分点: 2)"),
        c.Text("relative_bound", static f => f.RelativeBound, "bound of the relative figure"),
        c.Text("relative_dimension", static f => f.RelativeDimension, "percent or percentage-points"),
        c.Text("relative_unit", static f => f.RelativeUnit, "unit of the relative figure as written"),
        c.Text("relative_against", static f => f.RelativeAgainst, "what it is relative to (全市, 上年)"),
        c.Text("qualifiers", static f => f.Qualifiers, "力争, 预计 … as written"),
        c.Logical("is_estimate", static f => f.IsEstimate, "预计: an estimate"),
        c.Logical("is_multi_year", static f => f.IsMultiYear, "over several years (年均, 五年, 十四五): never judged against one year"),
        c.Integer("part_of", static f => f.PartOf, "fact_index of the fact this one is a part of (其中 …)"),
        c.Text("sentence", static f => f.Sentence, "the source sentence"),
        c.Integer("start_line", static f => f.Line, "line of the figure in the file, from 1"),
        c.Integer("start_column", static f => f.Column, "column, from 1, in UTF-16 code units"),
        c.Integer("end_line", static f => f.EndLine, "line where the figure's span ends"),
        c.Integer("end_column", static f => f.EndColumn, "column where it ends (exclusive)"),
        c.Integer("start_offset", static f => f.Offset, "start of the figure's span in the decoded text, in UTF-16 code units from 0"),
        c.Integer("span_length", static f => f.Length, "length of the span"),
        ]);

    public static readonly Table<ProblemRow> Problems = new("problems", "One row per problem the report states (存在问题: 一是…).", static c =>
    [
        c.Text("report_id", static p => p.ReportId, "reports.id"),
        c.Integer("problem_index", static p => p.ProblemIndex, "position in the report, from 0"),
        c.Text("text", static p => p.Text, "the problem's text"),
        c.Integer("start_line", static p => p.Line, "line, from 1"),
        c.Integer("start_column", static p => p.Column, "column, from 1"),
        c.Integer("end_line", static p => p.EndLine, "end line"),
        c.Integer("end_column", static p => p.EndColumn, "end column (exclusive)"),
        c.Integer("start_offset", static p => p.Offset, "start in the decoded text, from 0"),
        c.Integer("span_length", static p => p.Length, "length of the text's span"),
        ]);

    public static readonly Table<CheckRow> Checks = new("checks", "One row per target: its verdict against the next report (docs/verification.md).", static c =>
    [
        c.Text("report_id", static c => c.ReportId, "reports.id of the target's report"),
        c.Integer("target_index", static c => c.TargetIndex, "facts.fact_index of the target (role = 'target')"),
        c.Text("kind", static c => c.Kind, "the target's kind (facts.kind): only headline and commitment targets are judged, the others are not-judged"),
        c.Text("indicator", static c => c.Indicator, "the target's indicator as written"),
        c.Text("canonical", static c => c.Canonical, "its canonical indicator"),
        c.Text("target_figure", static c => c.TargetFigure, "the target's figure (17.5亿元 +46%)"),
        c.Text("verdict", static c => c.Verdict, "met, missed, no-actual, unverifiable, undetermined, not-judged"),
        c.Text("basis", static c => c.Basis, "what the verdict rests on: none, amount, growth, relative, multi-year, stated"),
        c.Text("next_report_id", static c => c.NextReportId, "the judging report's id, if the corpus has it"),
        c.Integer("actual_index", static c => c.ActualIndex, "facts.fact_index of the matched achievement in next_report_id"),
        c.Text("actual_figure", static c => c.ActualFigure, "the matched actual's figure"),
        c.Text("stated_result", static c => c.StatedResult, "what next_report_id says in words became of the target (met, exceeded, missed, mostly-met), for its indicator or the headline targets as a whole; null when it says nothing"),
        c.Text("statement", static c => c.Statement, "the sentence that says it; where it disagrees with a verdict on the figures both are kept"),
        c.Integer("start_line", static c => c.Line, "line of the target in its file, from 1"),
        c.Integer("start_column", static c => c.Column, "column of the target, from 1"),
        ]);

    public static readonly Table<IndicatorRow> Indicators = new("indicators", "The canonical indicator dictionary the parser and the verifier share.", static c =>
    [
        c.Text("name", static i => i.Name, "canonical name (facts.canonical)"),
        c.Text("chinese", static i => i.Chinese, "Chinese name"),
        c.Text("synonyms", static i => i.Synonyms, "every way reports write it, separated by |"),
        c.Text("dimensions", static i => i.Dimensions, "the dimensions its figure is written in, separated by |"),
        c.Text("direction", static i => i.Direction, "MoreIsBetter, Ceiling or Neutral (a projection: M2, new loans; judged as a floor)"),
        c.Text("measure", static i => i.Measure, "Level (an amount), Ratio (a percentage that is its level: 失业率) or Change (a percentage that is a growth: 居民消费价格)"),
        c.Text("parent", static i => i.Parent, "the name of the indicator it is part of (发明专利授权 of 专利授权), or null"),
        c.Logical("is_ceiling", static i => i.IsCeiling, "direction = Ceiling: lower is better (prices, unemployment, energy use, emissions, deficits), a target is a ceiling"),
        ]);

    public static IReadOnlyList<ITable> All { get; } = [Reports, Facts, Problems, Checks, Indicators];
}
