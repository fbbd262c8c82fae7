/// A gap assessment or compliance checklist: a clause or control id column and a status column
/// (`Control Status`, `Implemented?`, `Compliance`, `Current state`, `Maturity`).
struct GapAssessmentRecogniser: SheetRecogniser {
    var kind: String { "Gap assessment" }

    func columns(in header: [String]) -> ControlColumns? {
        let labels = header.map { $0.lowercased() }
        guard let status = labels.firstIndex(where: { label in
            ["status", "implemented", "compliance", "compliant", "current state", "in place", "maturity"].contains { label.contains($0) }
        }) else { return nil }
        return SheetRecognisers.columns(in: header, status: status,
                                        justificationWords: ["comment", "justification", "note", "remark", "finding"])
    }
}
