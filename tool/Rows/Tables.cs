using static ReportCorpus.Tool.Rows.ColumnType;

namespace ReportCorpus.Tool.Rows;

/// <summary>The tables of every output format; docs/tool.md lists the same columns (a test keeps them in step).</summary>
internal static class Tables
{
    public static readonly Table<ReportRow> Reports = new("reports", "One row per report read (files skipped as binary, empty, not text or unreadable are not here: see the summary).",
        new("id", Text, static r => r.Id, "unique id, as the generated `Reports.<Id>` (Ningbo2008; a second report claiming it gets _2)"),
        new("id_candidate", Text, static r => r.IdCandidate, "the id the parser proposed, before ids were made unique"),
        new("path", Text, static r => r.Path, "the file, relative to the current directory when below it, with / separators"),
        new("zone", Text, static r => r.Zone, "jurisdiction (宁波国家高新区, 国务院): the next report is looked for among its reports"),
        new("city", Text, static r => r.City, "city in pinyin (Ningbo; China)"),
        new("city_name", Text, static r => r.CityName, "city in Chinese (宁波; 中国)"),
        new("cited_year", Integer, static r => r.CitedYear, "the year the title cites"),
        new("review_year", Integer, static r => r.ReviewYear, "the year whose results the report reviews"),
        new("plan_year", Integer, static r => r.PlanYear, "the year its targets are for"),
        new("published", Text, static r => r.Published, "publication date as found (yyyy-MM-dd), if any"),
        new("title", Text, static r => r.Title, "title"),
        new("title_from_file_name", Logical, static r => r.TitleFromFileName, "true when the text has no title line and the file name gave it"),
        new("encoding", Text, static r => r.Encoding, "utf-8, utf-8-bom, utf-16le, utf-16be or gb18030"),
        new("bytes", BigInteger, static r => r.Bytes, "file size in bytes"),
        new("targets", Integer, static r => r.Targets, "number of targets"),
        new("achievements", Integer, static r => r.Achievements, "number of achievements"),
        new("problems", Integer, static r => r.Problems, "number of problems"),
        new("next_report_id", Text, static r => r.NextReportId, "the report that judges this one's targets (same zone, reviewing plan_year), if the corpus has it"),
        new("shares_id_with", Text, static r => r.SharesIdWith, "file name of another report claiming the same id (RC0101)"),
        new("notes", Text, static r => r.Notes, "parse notes with their RC code (RC0102: no year; RC0104: parser failed; RC0105: no plan section)"));

    public static readonly Table<FactRow> Facts = new("facts", "One row per target or achievement: every field of the parser's model.",
        new("report_id", Text, static f => f.ReportId, "reports.id"),
        new("role", Text, static f => f.Role, "target or achievement"),
        new("kind", Text, static f => f.Kind, "what kind of figure: headline, commitment, budget, baseline, share, multi-year, condition, past, uncertain (targets); result, estimate, plan, baseline, multi-year (achievements). Only headline and commitment targets are judged"),
        new("fact_index", Integer, static f => f.FactIndex, "position among the report's facts of that role, from 0 (checks.target_index, checks.actual_index)"),
        new("indicator", Text, static f => f.Indicator, "indicator as written (财政一般预算收入); null when the words before the figure name none (提高到380元)"),
        new("canonical", Text, static f => f.Canonical, "canonical indicator (GeneralBudgetRevenue; indicators.name), the written name when the vocabulary lacks it, or null with no indicator"),
        new("property_name", Text, static f => f.PropertyName, "the generated property (Targets.GeneralBudgetRevenue), if any"),
        new("figure", Text, static f => f.Figure, "the figure as the diagnostics print it (17.5亿元 +46%)"),
        new("value", Real, static f => f.Value, "amount in the unit as written (17.5)"),
        new("max_value", Real, static f => f.MaxValue, "upper end of a range (6%－6.5%: 6.5)"),
        new("unit", Text, static f => f.Unit, "unit as written (亿元, %, 万平方米)"),
        new("dimension", Text, static f => f.Dimension, "count, money, foreign-money, area, length, volume, mass, power, energy, percent, percentage-points, concentration, multiple, other"),
        new("factor", Real, static f => f.Factor, "factor from the unit to the base unit (亿元: 100000000)"),
        new("base_value", Real, static f => f.BaseValue, "value × factor, in the base unit (元, 平方米 …)"),
        new("amount_bound", Text, static f => f.AmountBound, "exact, at-least, more-than, at-most, about, just-under, just-over, range"),
        new("growth", Real, static f => f.Growth, "growth in percent (增长46%: 46; 下降4.6%: -4.6)"),
        new("growth_bound", Text, static f => f.GrowthBound, "bound of the growth, as amount_bound"),
        new("relative_difference", Real, static f => f.RelativeDifference, "a relative figure's signed difference (高于全市2个百分点: 2)"),
        new("relative_bound", Text, static f => f.RelativeBound, "bound of the relative figure"),
        new("relative_dimension", Text, static f => f.RelativeDimension, "percent or percentage-points"),
        new("relative_unit", Text, static f => f.RelativeUnit, "unit of the relative figure as written"),
        new("relative_against", Text, static f => f.RelativeAgainst, "what it is relative to (全市, 上年)"),
        new("qualifiers", Text, static f => f.Qualifiers, "力争, 预计 … as written"),
        new("is_estimate", Logical, static f => f.IsEstimate, "预计: an estimate"),
        new("is_multi_year", Logical, static f => f.IsMultiYear, "over several years (年均, 五年, 十四五): never judged against one year"),
        new("part_of", Integer, static f => f.PartOf, "fact_index of the fact this one is a part of (其中 …)"),
        new("sentence", Text, static f => f.Sentence, "the source sentence"),
        new("start_line", Integer, static f => f.Line, "line of the figure in the file, from 1"),
        new("start_column", Integer, static f => f.Column, "column, from 1, in UTF-16 code units"),
        new("end_line", Integer, static f => f.EndLine, "line where the figure's span ends"),
        new("end_column", Integer, static f => f.EndColumn, "column where it ends (exclusive)"),
        new("start_offset", Integer, static f => f.Offset, "start of the figure's span in the decoded text, in UTF-16 code units from 0"),
        new("span_length", Integer, static f => f.Length, "length of the span"));

    public static readonly Table<ProblemRow> Problems = new("problems", "One row per problem the report states (存在问题: 一是…).",
        new("report_id", Text, static p => p.ReportId, "reports.id"),
        new("problem_index", Integer, static p => p.ProblemIndex, "position in the report, from 0"),
        new("text", Text, static p => p.Text, "the problem's text"),
        new("start_line", Integer, static p => p.Line, "line, from 1"),
        new("start_column", Integer, static p => p.Column, "column, from 1"),
        new("end_line", Integer, static p => p.EndLine, "end line"),
        new("end_column", Integer, static p => p.EndColumn, "end column (exclusive)"),
        new("start_offset", Integer, static p => p.Offset, "start in the decoded text, from 0"),
        new("span_length", Integer, static p => p.Length, "length of the text's span"));

    public static readonly Table<CheckRow> Checks = new("checks", "One row per target: its verdict against the next report (docs/verification.md).",
        new("report_id", Text, static c => c.ReportId, "reports.id of the target's report"),
        new("target_index", Integer, static c => c.TargetIndex, "facts.fact_index of the target (role = 'target')"),
        new("kind", Text, static c => c.Kind, "the target's kind (facts.kind): only headline and commitment targets are judged, the others are not-judged"),
        new("indicator", Text, static c => c.Indicator, "the target's indicator as written"),
        new("canonical", Text, static c => c.Canonical, "its canonical indicator"),
        new("target_figure", Text, static c => c.TargetFigure, "the target's figure (17.5亿元 +46%)"),
        new("verdict", Text, static c => c.Verdict, "met, missed, no-actual, unverifiable, undetermined, not-judged"),
        new("basis", Text, static c => c.Basis, "what the verdict rests on: none, amount, growth, relative, multi-year, stated"),
        new("next_report_id", Text, static c => c.NextReportId, "the judging report's id, if the corpus has it"),
        new("actual_index", Integer, static c => c.ActualIndex, "facts.fact_index of the matched achievement in next_report_id"),
        new("actual_figure", Text, static c => c.ActualFigure, "the matched actual's figure"),
        new("start_line", Integer, static c => c.Line, "line of the target in its file, from 1"),
        new("start_column", Integer, static c => c.Column, "column of the target, from 1"));

    public static readonly Table<IndicatorRow> Indicators = new("indicators", "The canonical indicator dictionary the parser and the verifier share.",
        new("name", Text, static i => i.Name, "canonical name (facts.canonical)"),
        new("chinese", Text, static i => i.Chinese, "Chinese name"),
        new("synonyms", Text, static i => i.Synonyms, "every way reports write it, separated by |"),
        new("is_ceiling", Logical, static i => i.IsCeiling, "lower is better (prices, unemployment, energy use, emissions): a target is a ceiling"));

    public static IReadOnlyList<ITable> All { get; } = [Reports, Facts, Problems, Checks, Indicators];
}
