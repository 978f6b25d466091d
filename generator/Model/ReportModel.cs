namespace ReportCorpus.Model;

// The parsed form of one report. Every type here is a value-equal record (strings, numbers,
// EquatableArray), so the incremental pipeline can cache it; nothing here holds a Roslyn
// Compilation, symbol, syntax node or Location.

/// <summary>A span in a report file, zero-based; rebuilt into a Location only when reporting.</summary>
internal sealed record LocationInfo(int Start, int Length, int Line, int Column, int EndLine, int EndColumn);

/// <summary>Where a fact stands: among the review year's achievements or the plan year's targets. Its <see cref="FactKind"/> says what kind of figure it is.</summary>
internal enum FactRole
{
    Achievement,
    Target,
}

/// <summary>A number with its unit as written (亿元, 万户, %), its dimension and the factor to the base unit.</summary>
internal sealed record QuantitySpec(decimal Value, decimal? Max, string Unit, Dimension Dimension, decimal Factor);

/// <summary>
/// A figure relative to something else (高于全市1个百分点, 比上年提高0.4个百分点): a signed difference in percentage points
/// or percent against a base (全市, 上年), never the indicator's own amount or growth.
/// </summary>
internal sealed record RelativeSpec(decimal Difference, Bound Bound, Dimension Dimension, string Unit, string Against);

/// <summary>
/// One quantitative statement: an achievement of the reviewed year or a target of the plan year. It carries an
/// amount, a growth, both, or (for a relative figure) only <see cref="Relative"/>.
/// </summary>
internal sealed record FactSpec(
    FactRole Role,
    FactKind Kind,
    string? Indicator,
    string? Canonical,
    string? PropertyName,
    QuantitySpec? Amount,
    Bound AmountBound,
    decimal? Growth,
    Bound GrowthBound,
    string Qualifiers,
    bool IsEstimate,
    bool IsMultiYear,
    int PartOf,
    string Sentence,
    LocationInfo Span,
    RelativeSpec? Relative = null);

internal sealed record ProblemSpec(string Text, LocationInfo Span);

/// <summary>Who reports on which years; the names mean what the generated <c>Report</c>'s properties of the same name mean.</summary>
/// <param name="Zone">The government that reports (宁波国家高新区, 满城区, 河北省, 国务院).</param>
/// <param name="Parent">The prefecture or province above it when known (保定市), else null.</param>
/// <param name="CityName">The place the id is named after, in Chinese (宁波, 满城, 河北; 中国 for the State Council's reports).</param>
/// <param name="City">The same in pinyin (Ningbo, Mancheng, Hebei; China), the stem of the report's id.</param>
/// <param name="Delivered">The day the report was delivered (the session line's date, or a collector's 发文时间), yyyy-MM-dd.</param>
internal sealed record ReportIdentity(
    string IdCandidate,
    string Zone,
    GovernmentLevel Level,
    string? Parent,
    string CityName,
    string City,
    int? CitedYear,
    int? ReviewYear,
    int? PlanYear,
    string? Published,
    string? Delivered,
    string Title,
    bool TitleFromFileName);

/// <summary>What a parse note is about; the analyzer maps each code to its diagnostic (RC0102 …).</summary>
internal enum ParseNoteCode
{
    /// <summary>No report year in the title, the file name or the section headings (RC0102).</summary>
    NoYear,

    /// <summary>No plan section, so no targets (RC0105).</summary>
    NoPlanSection,

    /// <summary>The file could not be read (RC0103).</summary>
    Unreadable,

    /// <summary>The parser failed on the text; the report comes through empty (RC0104).</summary>
    ParserFailed,

    /// <summary>Binary, or text in another encoding than UTF-8/UTF-16 (RC0106).</summary>
    NotText,

    /// <summary>The file is empty or blank (RC0107).</summary>
    Empty,
}

/// <summary>Something the parser could not make sense of; the analyzer reports it.</summary>
internal sealed record ParseNote(ParseNoteCode Code, string Message, LocationInfo? Span);

internal sealed record ParsedReport(
    string Path,
    ReportIdentity Identity,
    EquatableArray<FactSpec> Targets,
    EquatableArray<FactSpec> Achievements,
    EquatableArray<ProblemSpec> Problems,
    EquatableArray<ParseNote> Notes,
    EquatableArray<StatedOutcomeSpec> Stated);

/// <summary>
/// A stated outcome: a sentence of the next report saying in words what became of a target of the year it reviews
/// (没有实现年初确定的单位国内生产总值能耗降低4%左右…的目标). Evidence with basis <c>stated</c>, for one named indicator or,
/// when <see cref="Indicator"/> is null, for the year's headline targets as a whole (主要目标任务全面完成).
/// </summary>
/// <param name="Canonical">The dictionary's name for the indicator (EnergyPerUnitGdp), or null when the dictionary does not know it or no indicator is named.</param>
/// <param name="Indicator">The indicator as written (单位国内生产总值能耗), or null for the headline targets as a whole.</param>
/// <param name="Sentence">The whole sentence.</param>
/// <param name="Span">The statement within it (the clause that says it).</param>
internal sealed record StatedOutcomeSpec(string? Canonical, string? Indicator, StatedResult Result, string Sentence, LocationInfo Span);
