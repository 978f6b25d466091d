using ReportCorpus.Parsing.Structure;

namespace ReportCorpus.Tests;

/// <summary>
/// The delivery date on its own line right before the salutation (2006年2月16日 季允石 / 各位代表：, corpus/local/hebei/
/// 河北省_2006_report.txt), when no session line carries one; and the lines that are no such signature.
/// </summary>
public class SignedDateLineTests
{
    [Theory]
    [InlineData("政府工作报告\n2006年2月16日 季允石\n各位代表：\n现在，我代表河北省人民政府向大会作报告。", "季允石", "2006-02-16")]
    [InlineData("政府工作报告\n2006年2月16日 季允石\n各位代表：\n现在，我代表河北省人民政府向大会作报告。", null, "2006-02-16")]
    [InlineData("政府工作报告\n　二〇〇六年二月十六日\n\n各位代表：\n现在", null, "2006-02-16")]
    [InlineData("政府工作报告\n2006年2月16日 河北省人民政府省长 季允石\n各位代表：\n现在", "季允石", null)]
    [InlineData("政府工作报告\n2006年2月16日，我们召开了全省经济工作会议\n各位代表：\n现在", null, null)]
    [InlineData("政府工作报告\n2006年2月16日 季允石\n现在，我代表河北省人民政府向大会作报告。", null, null)]
    [InlineData("政府工作报告\n我们在2006年2月16日\n各位代表：\n现在", null, null)]
    public void A_date_that_signs_the_report_before_the_salutation(string text, string? speaker, string? expected) =>
        Assert.Equal(expected, SignedDateLine.Find(text, 0, speaker));
}
