namespace ReportCorpus
{
    /// <summary>What a report says in words became of the reviewed year's targets (docs/verification.md, "Stated outcomes").</summary>
    internal enum StatedResult
    {
        /// <summary>完成, 实现, 达到, 全面完成, 圆满完成, 较好完成: the target was met.</summary>
        Met,

        /// <summary>超额完成, 超过预期目标, 完成并好于预期: the target was met and exceeded.</summary>
        Exceeded,

        /// <summary>没有实现, 未能实现, 没有完成, 未完成: the target was missed.</summary>
        Missed,

        /// <summary>
        /// 基本完成, 基本实现, 基本上完成: broadly met, by the report's own word not fully (China2023 says it of 2022, whose
        /// growth target of 5.5% met 3%); never to be counted as <see cref="Met"/>.
        /// </summary>
        MostlyMet,
    }
}
