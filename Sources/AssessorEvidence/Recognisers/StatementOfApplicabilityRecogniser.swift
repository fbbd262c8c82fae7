/// A Statement of Applicability: a control id column and a column saying whether each control is
/// applicable or applied (`CONTROL APPLIED?`, `Applicable (Y/N)`), often with a justification for
/// exclusion. A control marked `No` with a justification is excluded from the management system:
/// it suggests "not applicable" carrying that justification, not "not in place".
struct StatementOfApplicabilityRecogniser: SheetRecogniser {
    var kind: String { "Statement of Applicability" }

    func columns(in header: [String]) -> ControlColumns? {
        let labels = header.map { $0.lowercased() }
        guard let status = labels.firstIndex(where: { label in
            ["applicab", "applied", "included", "selected"].contains { label.contains($0) }
        }) else { return nil }
        return SheetRecognisers.columns(in: header, status: status,
                                        justificationWords: ["justification", "reason", "exclusion"])
    }

    func status(_ written: String, justification: String) -> String {
        let excluded = ["no", "n", "false", "not selected", "not included"].contains(written.lowercased().trimmed)
        return excluded && !justification.trimmed.isEmpty ? "\(written), not applicable" : written
    }
}
