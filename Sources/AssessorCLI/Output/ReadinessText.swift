import AssessorEstimate
import AssessorScoringContract

/// The terminal form of `assessor score`: verdict, coverage, a table per standard and its sections,
/// then the blockers and likely nonconformities.
struct ReadinessText {
    let assessment: AssessmentSummary
    let readiness: Readiness

    func render() -> String {
        let scorer = readiness.scorer
        var lines = [
            "Readiness of \(assessment.organisation) (\(assessment.file)), \(scorer.name.lowercased()) "
                + "(\(scorer.id) \(scorer.version))",
            "Verdict: \(readiness.verdict.summary)",
            "Answered: \(readiness.coverage.answered) of \(readiness.coverage.asked) questions asked "
                + "(\(Self.percent(readiness.coverage.ratio))); \(readiness.coverage.dontKnow) don't know, "
                + "\(readiness.coverage.notApplicable) not applicable.",
        ]
        lines += readiness.caveats.map { "Note: \($0)" }
        let standardRows = readiness.standards.map { Self.row($0.title, $0.summary) + ["\($0.questionsAnswered)/\($0.questionsAsked)"] }
        let overall = ["Overall", readiness.overall.map(Self.percent) ?? "-", "", "\(readiness.blockers.count)",
                       "\(readiness.likelyMajor.count)", "\(readiness.likelyMinor.count)", ""]
        lines += ["", Table(headers: ["STANDARD", "READINESS", "MET/SCORED", "BLOCKERS", "MAJOR", "MINOR", "ANSWERED"],
                            rows: standardRows + [overall]).render()]
        for standard in readiness.standards {
            let rows = (standard.clauses + standard.themes).map { [$0.id] + Self.row($0.title, $0) }
            lines += ["", "\(standard.title) by clause and Annex A theme",
                      Table(headers: ["SECTION", "TITLE", "READINESS", "MET/SCORED", "BLOCKERS", "MAJOR", "MINOR"], rows: rows).render()]
        }
        lines += Self.findings("Stage 1 blockers", readiness.blockers)
        lines += Self.findings("Likely major nonconformities", readiness.likelyMajor)
        lines += Self.findings("Likely minor nonconformities", readiness.likelyMinor)
        return lines.joined(separator: "\n")
    }

    private static func row(_ title: String, _ score: SectionScore) -> [String] {
        [title, score.score.map(percent) ?? "-", "\(score.met)/\(score.scored)", "\(score.blockers)", "\(score.majors)",
         "\(score.minors)"]
    }

    private static func findings(_ heading: String, _ findings: [RequirementFinding]) -> [String] {
        guard !findings.isEmpty else { return ["", "\(heading): none"] }
        let rows = findings.map { ["\($0.standard):\($0.requirement)", $0.title, $0.summary] }
        return ["", "\(heading) (\(findings.count))", Table(headers: ["REQUIREMENT", "TITLE", "WHY"], rows: rows).render()]
    }

    static func percent(_ share: Double) -> String { NumberText.percent(share) }
}
