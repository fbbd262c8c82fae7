import AssessorCore

/// How far a sample answer says a requirement is in place, and that level as an answer on the
/// question's scale.
struct SampleLevel {
    enum Value {
        case level(ConformityLevel)
        case dontKnow
        case notApplicable
    }

    let value: Value

    init(item: PlannedQuestion, catalog: Catalog, starting: SampleAssessment.Starting) {
        switch starting {
        case .scratch:
            value = .level(.notInPlace)
        case .iso27001Certified:
            value = .level(Self.certified(item, catalog: catalog))
        case .typical:
            let roll = Self.hash(item.question.id) % 100
            value = roll < 38 ? .level(.fully) : roll < 73 ? .level(.largely) : roll < 88 ? .level(.partially)
                : roll < 94 ? .level(.notInPlace) : roll < 97 ? .dontKnow
                : item.question.allowsNotApplicable ? .notApplicable : .level(.partially)
        }
    }

    /// With an ISMS in place: shared clauses and strongly mapped controls largely, partly mapped ones
    /// partly, ISO/IEC 27001's own questions fully, the rest not in place.
    private static func certified(_ item: PlannedQuestion, catalog: Catalog) -> ConformityLevel {
        if catalog.module(item.question.module)?.identity.kind == .shared { return .largely }
        if item.question.module == "iso27001" { return .fully }
        let relations = item.requirements.flatMap(catalog.mappings(of:)).filter { $0.target.module == "iso27001" }.map(\.relation)
        if relations.contains(where: { $0 == .equivalent || $0 == .strong }) { return .largely }
        return relations.contains(.partial) ? .partially : .notInPlace
    }

    func answer(to question: Question) -> Answer {
        switch value {
        case .dontKnow:
            return Answer(questionID: question.id, value: .dontKnow)
        case .notApplicable:
            return Answer(questionID: question.id, value: .notApplicable,
                          justification: "The sample organisation does not carry out this activity.")
        case .level(let level):
            return Answer(questionID: question.id, value: Self.value(level, on: question.scale))
        }
    }

    private static func value(_ level: ConformityLevel, on scale: AnswerScale) -> AnswerValue {
        switch scale.kind {
        case .conformity: return .conformity(level)
        case .maturity: return .maturity([ConformityLevel.notInPlace: 0, .partially: 2, .largely: 4, .fully: 5][level] ?? 0)
        case .yesNo: return .yesNo(level == .largely || level == .fully)
        case .number: return .number(max(scale.minimum ?? 0, 3))
        case .choice: return .choice(scale.choices.first?.value ?? "")
        case .multiChoice: return .choices(Array(scale.choices.prefix(1).map(\.value)))
        case .text: return .text("Sample answer for the demonstration.")
        }
    }

    /// FNV-1a: a hash that is the same in every run (Swift's own hashing is seeded per process).
    static func hash(_ text: String) -> UInt64 {
        text.utf8.reduce(14_695_981_039_346_656_037) { ($0 ^ UInt64($1)) &* 1_099_511_628_211 }
    }
}
