import AssessorCore

/// Where an interview stands: the current question, what comes next, back and jumps. A pure
/// value, with no terminal and no file: the ``Interviewer`` shows what it says and records answers.
///
/// A plain interview stops at every question skip logic lets through that has no answer, an
/// answer nobody has confirmed yet (pre-filled from a mapping), or answers suggested by imported
/// evidence that nobody has taken or dismissed; a review stops at every question skip logic lets through.
public struct InterviewSession: Sendable {
    public enum Mode: Sendable {
        /// Resume at the first question that needs an answer, and walk only those.
        case resume
        /// Walk every question, answered or not, from the start.
        case review
    }

    public let plan: InterviewPlan
    public let mode: Mode
    public private(set) var answers: [String: Answer]
    /// The index of the current question in `plan.items`; nil when the interview is done.
    public private(set) var position: Int?
    /// Questions left in this run with something still open (skipped, or with suggestions
    /// pending): not stopped at again until the next run.
    public private(set) var skipped: Set<String> = []
    /// The questions with answers suggested by evidence that nobody has taken or dismissed.
    public private(set) var suggested: Set<String>
    private var asked: [Bool] = []

    public init(plan: InterviewPlan, answers: [String: Answer], mode: Mode = .resume, suggested: Set<String> = []) {
        self.plan = plan
        self.mode = mode
        self.answers = answers
        self.suggested = suggested
        refreshSkipLogic()
        position = nextPosition(after: nil)
    }

    /// The question to ask now; nil when the interview is done.
    public var current: PlannedQuestion? { position.map { plan.items[$0] } }

    /// Whether a question has no answer, or one nobody has confirmed (pre-filled from a mapping).
    /// An answer taken from imported evidence was chosen by a person, so it is settled.
    public func needsAnswer(_ questionID: String) -> Bool {
        answers[questionID]?.needsConfirmation ?? true
    }

    /// The questions skip logic lets through that still need an answer.
    public var remaining: [PlannedQuestion] {
        plan.items.indices.filter { asked[$0] && needsAnswer(plan.items[$0].question.id) }.map { plan.items[$0] }
    }

    /// Takes in the questions that still have pending suggestions, after one was taken or dismissed.
    public mutating func update(suggested: Set<String>) {
        self.suggested = suggested
    }

    /// Takes in answers just recorded (skip logic may now ask or skip other questions).
    public mutating func update(_ recorded: [Answer]) {
        for answer in recorded { answers[answer.questionID] = answer }
        refreshSkipLogic()
    }

    /// Moves to the next question; `skipping` leaves the current one unanswered for this run (as
    /// is one left with suggestions pending).
    public mutating func advance(skipping: Bool = false) {
        if let id = current?.question.id, skipping || suggested.contains(id) { skipped.insert(id) }
        position = nextPosition(after: position)
    }

    /// Moves to the question asked before the current one; false when there is none.
    public mutating func back() -> Bool {
        let before = (position ?? plan.items.count)
        guard let previous = plan.items.indices[..<before].last(where: { asked[$0] }) else { return false }
        position = previous
        return true
    }

    /// Moves to a question by its id, or to the first question of a requirement
    /// (`iso42001:6.1.2`, or `6.1.2` for the first standard that has it).
    public mutating func jump(to target: String) throws(JumpError) {
        let target = target.trimmingCharacters(in: .whitespaces)
        guard let index = plan.position(of: target) ?? firstPosition(ofRequirement: target) else {
            let ids = Set(plan.items.map(\.question.id))
            throw JumpError.unknown(target, suggestion: KeySuggestion.closest(to: target, in: ids))
        }
        guard asked[index] else {
            throw JumpError.notAsked(plan.items[index].question.id, dependsOn: plan.items[index].question.dependsOn?.question ?? "")
        }
        position = index
    }

    private func firstPosition(ofRequirement target: String) -> Int? {
        let reference = RequirementReference(target)
        return plan.items.firstIndex { item in
            item.requirements.contains { requirement in reference.map { $0 == requirement } ?? (requirement.requirement == target) }
        }
    }

    private func nextPosition(after current: Int?) -> Int? {
        let start = current.map { $0 + 1 } ?? 0
        switch mode {
        case .review:
            return plan.items.indices[start...].first { asked[$0] }
        case .resume:
            let stops = { (index: Int) in
                let id = self.plan.items[index].question.id
                return self.asked[index] && (self.needsAnswer(id) || self.suggested.contains(id)) && !self.skipped.contains(id)
            }
            // After the last question, come back once for any left behind by a jump forward.
            return plan.items.indices[start...].first(where: stops) ?? plan.items.indices.first(where: stops)
        }
    }

    private mutating func refreshSkipLogic() {
        let values = answers.mapValues(\.value)
        asked = plan.items.map { plan.isAsked($0, answers: values) }
    }
}

/// Why a jump went nowhere.
public enum JumpError: Error, Sendable, Equatable, CustomStringConvertible {
    case unknown(String, suggestion: String?)
    case notAsked(String, dependsOn: String)

    public var description: String {
        switch self {
        case .unknown(let target, let suggestion):
            let hint = suggestion.map { "did you mean \($0)?" } ?? "use a question id (iso42001.6.1.2.q1) or a requirement (iso42001:6.1.2)"
            return "no question or requirement '\(target)' in this assessment; \(hint)"
        case .notAsked(let id, let question):
            return "\(id) is not asked, because of the answer to \(question); change that answer to ask it"
        }
    }
}
