import AssessorCore

/// How far an assessment is: for the scoping questions, each standard and each of its clauses or
/// Annex A themes, how many questions skip logic asks, how many are answered, and which are left.
/// A question shared by several standards counts for each of them.
public struct AssessmentProgress: Sendable {
    /// One question's state.
    struct Entry: Sendable {
        var status: QuestionStatus
        /// Imported evidence suggests an answer that nobody has taken or dismissed.
        var suggested: Bool

        var item: PlannedQuestion { status.item }
        var asked: Bool { status.state.isAsked }
        var answer: Answer? { status.state.answer }
    }

    let entries: [Entry]
    let catalog: Catalog
    private let standardIDs: [String]

    /// The progress of `snapshot`; `suggested` are the questions with answers suggested by imported
    /// evidence still pending (by default, those of the snapshot's evidence).
    public init(snapshot: AssessmentSnapshot, suggested: Set<String>? = nil) {
        let pending = suggested ?? Set(snapshot.evidence.pendingSuggestions.map(\.questionID))
        catalog = snapshot.catalog
        entries = snapshot.questions.map { Entry(status: $0, suggested: pending.contains($0.question.id)) }
        standardIDs = snapshot.plan.standards
    }

    /// The counts of the questions that pass `filter`.
    public func count(where filter: (PlannedQuestion) -> Bool) -> ProgressCount {
        count(entries.filter { filter($0.item) })
    }

    /// The counts of one standard's questions (the ones that count for one of its requirements).
    public func count(standard: String) -> ProgressCount {
        count { $0.requirements.contains { $0.module == standard } }
    }

    /// The counts of the questions asked in one stage of the interview (scoping, a clause, a theme).
    public func count(stage: PlannedQuestion.Stage) -> ProgressCount {
        count { $0.stage == stage }
    }

    /// The scoping questions.
    public var scoping: SectionProgress {
        section(id: "scope", title: "Scoping", entries.filter { $0.item.stage == .scoping })
    }

    /// Each standard in scope, with its clauses and themes in interview order.
    public var standards: [StandardProgress] {
        standardIDs.compactMap(catalog.module).map { module in
            let id = module.identity.id
            let own = entries.compactMap { entry -> (Entry, String)? in
                guard let reference = entry.item.requirements.first(where: { $0.module == id }),
                      let requirement = catalog.requirement(reference) else { return nil }
                return (entry, requirement.section)
            }
            let sections = module.sections.compactMap { section -> SectionProgress? in
                let inSection = own.filter { $0.1 == section.id }.map(\.0)
                return inSection.isEmpty ? nil : self.section(id: section.id, title: section.title, inSection)
            }
            return StandardProgress(id: id, title: module.identity.shortTitle, count: count(own.map(\.0)), sections: sections)
        }
    }

    /// The first question, in interview order, that skip logic asks and that has no answer.
    public var next: PlannedQuestion? {
        entries.first { $0.asked && $0.answer == nil }?.item
    }

    private func section(id: String, title: String, _ entries: [Entry]) -> SectionProgress {
        SectionProgress(id: id, title: title, count: count(entries),
                        unanswered: entries.filter { $0.asked && $0.answer == nil }.map(\.item.question.id),
                        suggested: entries.filter { $0.asked && $0.suggested }.map(\.item.question.id))
    }

    private func count(_ entries: [Entry]) -> ProgressCount {
        let asked = entries.filter(\.asked)
        return ProgressCount(
            answered: asked.filter { $0.answer != nil }.count, asked: asked.count, notAsked: entries.count - asked.count,
            toConfirm: asked.filter(\.status.state.isPrefilled).count,
            suggested: asked.filter(\.suggested).count)
    }
}

/// Question counts: `answered` of the `asked` ones (after skip logic); `notAsked` were skipped.
public struct ProgressCount: Sendable, Equatable, Encodable {
    public var answered: Int
    public var asked: Int
    public var notAsked: Int
    /// Pre-filled from a mapped standard, not yet confirmed by a person.
    public var toConfirm: Int
    /// With an answer suggested by imported evidence that nobody has taken or dismissed yet.
    public var suggested: Int

    public init(answered: Int, asked: Int, notAsked: Int, toConfirm: Int, suggested: Int = 0) {
        self.answered = answered
        self.asked = asked
        self.notAsked = notAsked
        self.toConfirm = toConfirm
        self.suggested = suggested
    }

    public var left: Int { asked - answered }

    enum CodingKeys: String, CodingKey {
        case answered, asked, notAsked, toConfirm, suggested, left
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(answered, forKey: .answered)
        try container.encode(asked, forKey: .asked)
        try container.encode(notAsked, forKey: .notAsked)
        try container.encode(toConfirm, forKey: .toConfirm)
        try container.encode(suggested, forKey: .suggested)
        try container.encode(left, forKey: .left)
    }
}

/// The progress of the scoping questions, or of one clause or theme of a standard.
public struct SectionProgress: Sendable, Equatable, Encodable {
    public var id: String
    public var title: String
    public var count: ProgressCount
    /// The questions asked and not answered, in interview order.
    public var unanswered: [String]
    /// The questions asked with answers suggested by imported evidence still pending, in interview order.
    public var suggested: [String]
}

/// The progress of one standard.
public struct StandardProgress: Sendable, Equatable, Encodable {
    public var id: String
    public var title: String
    public var count: ProgressCount
    public var sections: [SectionProgress]
}
