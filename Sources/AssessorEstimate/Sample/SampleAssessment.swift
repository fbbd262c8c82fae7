import AssessorCore

/// A deterministic, fully answered sample assessment, for the `demo` command, the README, tests and
/// benchmarks. The same catalog, standards, head count and starting point always give the same answers.
public struct SampleAssessment: Sendable {
    /// Where the sample organisation starts from.
    public enum Starting: String, Sendable, CaseIterable {
        /// A mix of answers, as most organisations start: much largely in place, some gaps.
        case typical
        /// Nothing in place yet.
        case scratch
        /// Already ISO/IEC 27001 certified: the shared clauses and the controls that map strongly to
        /// ISO/IEC 27001 largely in place, the partly mapped ones partly, the rest not yet.
        case iso27001Certified = "iso27001-certified"
    }

    /// One accepted evidence document for a requirement.
    public struct Evidence: Sendable, Hashable {
        public var requirement: RequirementReference
        public var title: String
    }

    public static let organisation = "Sample Organisation Ltd"
    public var standards: [String]
    public var answers: [String: Answer]
    public var evidence: [Evidence]

    /// `sites` is the sample organisation's number of sites, as given (never derived from the head count).
    public init(catalog: Catalog, standards: [String], employees: Int, sites: Int = 1, starting: Starting = .typical) {
        let plan = InterviewPlan(catalog: catalog, standards: standards)
        var answers = Self.scoping(employees: employees, sites: sites, standards: standards, starting: starting)
            .filter { plan.item($0.key) != nil }
        for item in plan.items where item.stage != .scoping && plan.isAsked(item, answers: answers.mapValues(\.value)) {
            let level = SampleLevel(item: item, catalog: catalog, starting: starting)
            answers[item.question.id] = level.answer(to: item.question)
        }
        self.standards = standards
        self.answers = answers
        evidence = Self.evidence(plan: plan, catalog: catalog, answers: answers, starting: starting)
    }

    /// Everyone full-time, a quarter of the staff working within the AI management system, medium complexity.
    private static func scoping(employees: Int, sites: Int, standards: [String], starting: Starting) -> [String: Answer] {
        let certified = starting == .iso27001Certified
        var values: [String: AnswerValue] = [
            "scope.employees": .number(Double(employees)),
            "scope.effective_personnel": .number(Double(employees)),
            "scope.sites": .number(Double(sites)),
            "scope.ai_headcount": .number(Double(max(1, employees / 4))),
            "scope.business_complexity": .choice("medium"),
            "scope.it_complexity": .choice("medium"),
            "scope.cycle.iso27001": .choice("surveillance-1"),
            "scope.sector": .choice("software"),
            "scope.ai_role": .choices(["developer", "provider", "user"]),
            "scope.ai_systems": .number(4),
            "scope.certifications": .choices(certified ? ["iso27001"] : ["none"]),
            "scope.integration": .choice(standards.count > 1 || certified ? "partial" : "none"),
        ]
        if !certified { values["scope.cycle.iso27001"] = nil }
        return values.reduce(into: [:]) { $0[$1.key] = Answer(questionID: $1.key, value: $1.value) }
    }

    /// An accepted document for each requirement whose answers are all largely or fully in place
    /// (three in four of them in the typical sample, none from scratch).
    private static func evidence(
        plan: InterviewPlan, catalog: Catalog, answers: [String: Answer], starting: Starting
    ) -> [Evidence] {
        guard starting != .scratch else { return [] }
        return plan.standards.compactMap(catalog.module).flatMap { module in
            module.requirements.compactMap { requirement -> Evidence? in
                let reference = RequirementReference(module: module.identity.id, requirement: requirement.id)
                let fractions = requirement.questionIDs.compactMap { answers[$0]?.value.fraction }
                guard !fractions.isEmpty, fractions.allSatisfy({ $0 >= 2.0 / 3 - 1e-9 }) else { return nil }
                if starting == .typical, SampleLevel.hash(reference.description) % 4 == 0 { return nil }
                let hint = requirement.questionIDs.compactMap { catalog.questions[$0]?.evidence.documents.first }.first
                return Evidence(requirement: reference, title: hint ?? requirement.title)
            }
        }
    }
}

extension SampleAssessment {
    /// The sample as a snapshot of the assessment file `demo` writes, without reading any file.
    public func snapshot(catalog: Catalog) -> AssessmentSnapshot {
        AssessmentSnapshot(profile: AssessmentProfile(organisation: Self.organisation, standards: standards, createdBy: Self.creator),
                           catalog: catalog, answers: answers, evidence: acceptedEvidence)
    }

    /// Who the sample's answers and decisions are recorded as.
    public static let creator = "assessor demo"
}
