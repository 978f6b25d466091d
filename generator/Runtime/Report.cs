namespace ReportCorpus
{
    /// <summary>One work report: who wrote it, for which years, and what it states.</summary>
    internal abstract class Report
    {
        protected Report(string id, string zone, GovernmentLevel level, string? parent, string cityName, string city, int? reviewYear, int? planYear,
            global::System.DateTime? published, global::System.DateTime? delivered, string title, string sourcePath)
        {
            Id = id;
            Zone = zone;
            Level = level;
            Parent = parent;
            Delivered = delivered;
            CityName = cityName;
            City = city;
            ReviewYear = reviewYear;
            PlanYear = planYear;
            Published = published;
            Title = title;
            SourcePath = sourcePath;
        }

        /// <summary>The id people cite the report by: city pinyin and the first year of the title (Ningbo2008).</summary>
        public string Id { get; }

        /// <summary>The jurisdiction that wrote the report (宁波国家高新区, 国务院).</summary>
        public string Zone { get; }

        /// <summary>The level of the government that wrote the report (national, province, prefecture, county, district, zone).</summary>
        public GovernmentLevel Level { get; }

        /// <summary>The prefecture or province above the government, when known (保定市 for 满城区), else null.</summary>
        public string? Parent { get; }

        /// <summary>The place the id is named after, in pinyin (Ningbo, Mancheng, Hebei), or China for national reports.</summary>
        public string City { get; }

        /// <summary>The same place as written (宁波, 满城, 河北), or 中国.</summary>
        public string CityName { get; }

        /// <summary>The year the report reviews.</summary>
        public int? ReviewYear { get; }

        /// <summary>The year the report sets targets for.</summary>
        public int? PlanYear { get; }

        /// <summary>The publication date (成文日期, 发布日期 or 公开日期), when the text gives one.</summary>
        public global::System.DateTime? Published { get; }

        /// <summary>The day the report was delivered (its session line: 2020年1月21日在…人民代表大会…), when the text gives it.</summary>
        public global::System.DateTime? Delivered { get; }

        /// <summary>The title, from the text or else from the file name.</summary>
        public string Title { get; }

        /// <summary>The report file this was generated from.</summary>
        public string SourcePath { get; }

        /// <summary>The quantitative targets for <see cref="PlanYear"/>.</summary>
        public global::System.Collections.Generic.IReadOnlyList<Target> Targets => GetTargets();

        /// <summary>The quantitative results of <see cref="ReviewYear"/>.</summary>
        public global::System.Collections.Generic.IReadOnlyList<Achievement> Achievements => GetAchievements();

        /// <summary>The items of the problems paragraph.</summary>
        public global::System.Collections.Generic.IReadOnlyList<Problem> Problems => GetProblems();

        protected abstract global::System.Collections.Generic.IReadOnlyList<Target> GetTargets();

        protected abstract global::System.Collections.Generic.IReadOnlyList<Achievement> GetAchievements();

        protected abstract global::System.Collections.Generic.IReadOnlyList<Problem> GetProblems();

        /// <inheritdoc/>
        public override string ToString() => Id;
    }

    /// <summary>
    /// A report whose lists have their own types: each generated report derives from this with its list types and passes
    /// its data strings, decoded on first read. Nothing else is generated per report, which keeps the compiler's work small.
    /// </summary>
    internal abstract class Report<TTargets, TAchievements> : Report
        where TTargets : FactList<Target>, new()
        where TAchievements : FactList<Achievement>, new()
    {
        private readonly string _sentences;
        private readonly string _targetData;
        private readonly string _achievementData;
        private readonly string _problemData;
        private readonly global::System.Func<string, int, Achievement> _achievementOf;
        private TTargets? _targets;
        private TAchievements? _achievements;
        private Problem[]? _problems;

        // The sentences the facts quote (each once), the lists' data strings (see ReportData) and the index's lookup of an
        // achievement by report id and position, which resolves a target's actual.
        protected Report(string id, string zone, GovernmentLevel level, string? parent, string cityName, string city, int? reviewYear, int? planYear,
            global::System.DateTime? published, global::System.DateTime? delivered, string title, string sourcePath,
            string sentences, string targets, string achievements, string problems, global::System.Func<string, int, Achievement> achievementOf)
            : base(id, zone, level, parent, cityName, city, reviewYear, planYear, published, delivered, title, sourcePath)
        {
            _sentences = sentences;
            _targetData = targets;
            _achievementData = achievements;
            _problemData = problems;
            _achievementOf = achievementOf;
        }

        /// <summary>The quantitative targets for <see cref="Report.PlanYear"/>, with a property for each indicator the dictionary knows.</summary>
        public new TTargets Targets => _targets ?? Once.Publish(ref _targets,
            FactList<Target>.Fill(new TTargets(), ReportData.Targets(_targetData, _sentences, SourcePath, _achievementOf)));

        /// <summary>The quantitative results of <see cref="Report.ReviewYear"/>, with a property for each indicator the dictionary knows.</summary>
        public new TAchievements Achievements => _achievements ?? Once.Publish(ref _achievements,
            FactList<Achievement>.Fill(new TAchievements(), ReportData.Achievements(_achievementData, _sentences, SourcePath)));

        /// <summary>The items of the problems paragraph.</summary>
        public new global::System.Collections.Generic.IReadOnlyList<Problem> Problems => _problems ?? Once.Publish(ref _problems, ReportData.Problems(_problemData, SourcePath));

        /// <inheritdoc/>
        protected sealed override global::System.Collections.Generic.IReadOnlyList<Target> GetTargets() => Targets;

        /// <inheritdoc/>
        protected sealed override global::System.Collections.Generic.IReadOnlyList<Achievement> GetAchievements() => Achievements;

        /// <inheritdoc/>
        protected sealed override global::System.Collections.Generic.IReadOnlyList<Problem> GetProblems() => Problems;
    }
}
