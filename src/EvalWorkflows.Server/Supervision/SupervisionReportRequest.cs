using System.ComponentModel.DataAnnotations;
using EvalWorkflows.Server.Api;

namespace EvalWorkflows.Server.Supervision;

/// <summary>The report as the supervisor submits it: the five assessments of 001 art. 18 and a recommendation.</summary>
/// <param name="ExamAdministration">How the exam was organised.</param>
/// <param name="CandidateEligibility">Whether the candidates were eligible.</param>
/// <param name="QuestionsAndAssessors">How questions and assessors were used.</param>
/// <param name="PremisesAndEquipment">The exam rooms and equipment.</param>
/// <param name="Fees">How fees were charged.</param>
/// <param name="Recommendation">valid or invalid: whether the batch should stand.</param>
/// <param name="InvalidityGrounds">The grounds of 001 art. 31 when recommending invalid.</param>
public sealed record SupervisionReportRequest(
    [property: MaxLength(SupervisionReportRequest.Text)] string? ExamAdministration, [property: MaxLength(SupervisionReportRequest.Text)] string? CandidateEligibility,
    [property: MaxLength(SupervisionReportRequest.Text)] string? QuestionsAndAssessors, [property: MaxLength(SupervisionReportRequest.Text)] string? PremisesAndEquipment,
    [property: MaxLength(SupervisionReportRequest.Text)] string? Fees, [property: MaxLength(10)] string? Recommendation,
    [property: MaxLength(SupervisionReportRequest.Text)] string? InvalidityGrounds) : IValidatedRequest
{
    /// <summary>An assessment is a paragraph or a page, not a book.</summary>
    public const int Text = 5000;

    public IEnumerable<RequestError> Validate() => RequestValidation.Errors(
        ValidationExtensions.Required(ExamAdministration, "examAdministration", "考务组织情况评价"),
        ValidationExtensions.Required(CandidateEligibility, "candidateEligibility", "考生资格情况评价"),
        ValidationExtensions.Required(QuestionsAndAssessors, "questionsAndAssessors", "试题和考评人员使用情况评价"),
        ValidationExtensions.Required(PremisesAndEquipment, "premisesAndEquipment", "考场设施设备情况评价"),
        ValidationExtensions.Required(Fees, "fees", "收费情况评价"),
        Recommendation is not ("valid" or "invalid")
            ? new RequestError("recommendation", "有效性建议须为 valid（有效）或 invalid（无效）。") : null,
        Recommendation == "invalid" && string.IsNullOrWhiteSpace(InvalidityGrounds)
            ? new RequestError("invalidityGrounds", "建议本批次无效时，请写明依据的情形（001 第三十一条）。") : null);

    /// <summary>The task data: it becomes the instance variables the recording step reads.</summary>
    public Dictionary<string, object?> ToTaskData() => new()
    {
        ["exam_administration"] = ExamAdministration!.Trim(),
        ["candidate_eligibility"] = CandidateEligibility!.Trim(),
        ["questions_and_assessors"] = QuestionsAndAssessors!.Trim(),
        ["premises_and_equipment"] = PremisesAndEquipment!.Trim(),
        ["fees"] = Fees!.Trim(),
        ["recommendation"] = Recommendation,
        ["invalidity_grounds"] = InvalidityGrounds?.Trim(),
    };
}
