/// The kind of answer a question takes.
public struct AnswerScale: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// Not in place, partially, largely or fully in place.
        case conformity
        /// 0 (nothing) to 5 (optimised): how well something works.
        case maturity
        /// A fact: yes or no.
        case yesNo = "yes_no"
        /// A number (people, sites, systems).
        case number
        /// One of a list of choices.
        case choice
        /// Any of a list of choices.
        case multiChoice = "multi_choice"
        /// Free text.
        case text
    }

    public var kind: Kind
    /// The choices of `choice` and `multi_choice`.
    public var choices: [Choice]
    /// The unit of a number (`people`).
    public var unit: String
    /// The least and the greatest number a `number` answer takes (`min`, `max` in the module); a
    /// number beyond ±``largestNumber`` is refused whatever the module says.
    public var minimum: Double?
    public var maximum: Double?
    /// Whether a `number` takes whole numbers only (people, sites: `whole_number: true`).
    public var wholeNumber: Bool

    /// The largest magnitude of any number answer: beyond it a number is a typo or an attack
    /// (`1e30` people), and later arithmetic could not convert it to an integer.
    public static let largestNumber = 1e12

    public init(
        kind: Kind, choices: [Choice] = [], unit: String = "", minimum: Double? = nil, maximum: Double? = nil,
        wholeNumber: Bool = false
    ) {
        self.kind = kind
        self.choices = choices
        self.unit = unit
        self.minimum = minimum
        self.maximum = maximum
        self.wholeNumber = wholeNumber
    }

    /// The range a `number` answer must lie in: the module's bounds within ±``largestNumber``.
    public var numberRange: ClosedRange<Double> {
        max(minimum ?? -Self.largestNumber, -Self.largestNumber)...min(maximum ?? Self.largestNumber, Self.largestNumber)
    }

    /// Whether answers on this scale count towards readiness (facts and text do not).
    public var isScored: Bool {
        switch kind {
        case .conformity, .maturity, .yesNo: return true
        case .number, .choice, .multiChoice, .text: return false
        }
    }
}

/// One allowed value of a `choice` or `multi_choice` question.
public struct Choice: Sendable, Hashable, Codable {
    /// What is stored and typed (`developer`).
    public var value: String
    /// What is shown (`We develop AI systems`).
    public var label: String

    public init(value: String, label: String) {
        self.value = value
        self.label = label
    }
}
