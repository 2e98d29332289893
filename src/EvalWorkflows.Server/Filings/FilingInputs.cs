namespace EvalWorkflows.Server.Filings;

/// <summary>Turns request parts into the filing's records, and applies a resubmission to a filing.</summary>
public static class FilingInputs
{
    public static List<ScopeItem> ToScope(List<ScopeInput> scope) => scope.Select(s => new ScopeItem
    {
        OccupationCode = s.OccupationCode!, OccupationName = s.OccupationName!.Trim(), WorkType = s.WorkType?.Trim(),
        Levels = [.. s.Levels!.Order()], TheoryAreaM2 = s.TheoryAreaM2, TheorySeats = s.TheorySeats,
        PracticeStations = s.PracticeStations,
    }).ToList();

    public static Premises ToPremises(PremisesInput p) =>
        new() { OfficeAreaM2 = p.OfficeAreaM2, TenureYears = p.TenureYears, Address = p.Address?.Trim() };

    public static List<Assessor> ToAssessors(List<AssessorInput>? assessors) => (assessors ?? []).Select(a => new Assessor
    {
        Name = a.Name!.Trim(), OccupationCode = a.OccupationCode!, QualificationLevel = a.QualificationLevel,
        OwnStaff = a.OwnStaff, CertificateNo = a.CertificateNo?.Trim(),
    }).ToList();

    public static List<FilingMaterial> ToMaterials(List<MaterialInput>? materials, int version) =>
        (materials ?? []).Select(m => new FilingMaterial
        {
            Kind = m.Kind!, FileName = m.FileName!.Trim(), Digest = m.Digest?.Trim(), Version = version, FileId = m.FileId,
        }).ToList();

    /// <summary>
    /// A new submission version: supplied materials replace those of the same kind (keeping their version when the
    /// file is the same), supplied form sections replace the old ones; nothing else changes.
    /// </summary>
    public static void ApplyResubmission(Filing filing, ResubmitFilingRequest request)
    {
        var version = filing.SubmissionVersion + 1;
        foreach (var m in ToMaterials(request.Materials, version))
        {
            var old = filing.Materials.FirstOrDefault(x => x.Kind == m.Kind);
            if (old is not null && old.Fingerprint == m.Fingerprint) continue;
            filing.Materials.Remove(old!);
            filing.Materials.Add(m);
        }
        filing.Materials = [.. filing.Materials];
        if (request.Scope is not null) filing.Scope = ToScope(request.Scope);
        if (request.Premises is not null) filing.Premises = ToPremises(request.Premises);
        if (request.Assessors is not null) filing.Assessors = ToAssessors(request.Assessors);
        filing.SubmissionVersion = version;
    }
}
