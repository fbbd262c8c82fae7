import AssessorCore
import AssessorScoringContract

/// How ready the organisation is: per requirement, clause, Annex A theme, standard and overall,
/// with the verdict, the blockers, the likely nonconformities and how much was answered. A pure
/// function of the scoring request, the scorer's response and the catalog's titles.
public struct Readiness: Codable, Sendable {
    public var scorer: ScorerDescription
    /// 0 to 1 over every requirement of every standard that counts, weighted; nil when none does.
    public var overall: Double?
    public var verdict: ReadinessVerdict
    public var coverage: Coverage
    public var standards: [StandardReadiness]
    public var requirements: [RequirementResult]
    public var blockers: [RequirementFinding]
    public var likelyMajor: [RequirementFinding]
    public var likelyMinor: [RequirementFinding]
    /// What the reader must keep in mind (low coverage, requirements a scorer left unscored).
    public var caveats: [String]

    public init(
        request: ScoringRequest, response: ScoringResponse, scorer: ScorerDescription, catalog: Catalog,
        coverage: Coverage
    ) {
        var scores: [String: ScoringResponse.RequirementScore] = [:]
        for score in response.requirements { scores["\(score.standard):\(score.id)"] = score }
        var missing = 0
        let shared = Set(catalog.modules.filter { $0.identity.kind == .shared }.flatMap(\.questions).map(\.id))
        let standards = request.standards.map { standard in
            (standard, standard.requirements.map { input -> RequirementResult in
                let score = scores["\(standard.id):\(input.id)"]
                if score == nil { missing += 1 }
                return Self.result(input, standard: standard.id, score: score, shared: shared)
            })
        }
        self.scorer = scorer
        self.coverage = coverage
        self.requirements = standards.flatMap(\.1)
        self.standards = standards.map { Self.rollUp($0.0, $0.1, module: catalog.module($0.0.id)) }
        overall = SectionScore.weightedMean(requirements.filter { $0.score != nil })
        let findings = requirements.compactMap { result in result.finding.map { RequirementFinding(result, $0) } }
        blockers = findings.filter { $0.severity == .blocker }
        likelyMajor = findings.filter { $0.severity == .major }
        likelyMinor = findings.filter { $0.severity == .minor }
        verdict = ReadinessVerdict(blockers: blockers.count, majors: likelyMajor.count, minors: likelyMinor.count, overall: overall)
        caveats = [coverage.caveat].compactMap { $0 }
        if missing > 0 {
            caveats.append("The scorer '\(scorer.id)' gave no score for \(missing) requirements; they are left out.")
        }
        if coverage.notApplicableWithoutJustification > 0 {
            caveats.append("\(coverage.notApplicableWithoutJustification) answers say not applicable without a "
                           + "justification; they count as gaps until one is given.")
        }
    }

    private static func result(
        _ input: ScoringRequest.RequirementInput, standard: String, score: ScoringResponse.RequirementScore?,
        shared: Set<String>
    ) -> RequirementResult {
        let scored = input.questions.filter(\.isScored)
        let status: RequirementResult.Status = score?.score != nil ? .scored
            : scored.isEmpty ? .notAsked : scored.allSatisfy(\.isJustifiedNotApplicable) ? .notApplicable : .scored
        return RequirementResult(
            standard: standard, id: input.id, title: input.title, kind: input.kind, section: input.section,
            weight: input.weight, work: input.work, documentedInformation: input.documentedInformation,
            score: score?.score, status: status, finding: score?.finding, questionsAsked: scored.count,
            questionsAnswered: scored.filter { $0.answer != nil }.count, acceptedEvidence: input.acceptedEvidence,
            sharedQuestions: scored.map(\.id).filter(shared.contains))
    }

    private static func rollUp(
        _ standard: ScoringRequest.StandardInput, _ results: [RequirementResult], module: QuestionnaireModule?
    ) -> StandardReadiness {
        let sections = module?.sections ?? []
        func scores(_ kind: Section.Kind) -> [SectionScore] {
            sections.filter { $0.kind == kind }.compactMap { section in
                let inSection = results.filter { $0.section == section.id }
                return inSection.isEmpty ? nil
                    : SectionScore(id: section.id, title: section.title, kind: kind.rawValue, requirements: inSection)
            }
        }
        let questions = Dictionary(standard.requirements.flatMap(\.questions).filter(\.isScored).map { ($0.id, $0) },
                                   uniquingKeysWith: { first, _ in first })
        return StandardReadiness(
            id: standard.id, title: standard.title,
            summary: SectionScore(id: standard.id, title: standard.title, kind: "standard", requirements: results),
            clauses: scores(.clause), themes: scores(.theme), questionsAsked: questions.count,
            questionsAnswered: questions.values.filter { $0.answer != nil }.count)
    }
}
