import Foundation

/// Why a typed answer was refused, with a short hint of what the question takes.
public struct AnswerError: ExplainedError, Equatable {
    public var summary: String
    public var remedy: Remedy?

    public init(_ summary: String, remedy: Remedy? = nil) {
        self.summary = summary
        self.remedy = remedy
    }

    /// The summary and the remedy in plain words.
    public var message: String { description }
}

extension Question {
    /// Reads a typed answer for this question: the canonical forms, common aliases, and for
    /// choices a 1-based number. Throws an error whose message says what is allowed.
    public func parseAnswer(_ raw: String) throws(AnswerError) -> AnswerValue {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        let folded = text.lowercased()
        if ["dont_know", "don't know", "dont know", "dk", "?"].contains(folded) { return .dontKnow }
        if ["na", "n/a", "not_applicable", "not applicable"].contains(folded) {
            guard allowsNotApplicable else { throw AnswerError("\(id) cannot be not applicable; \(hint)") }
            return .notApplicable
        }
        guard !text.isEmpty else { throw AnswerError("empty answer; \(hint)") }
        if let value = scale.parse(text, folded: folded) { return value }
        throw AnswerError("'\(text)' is not an answer to \(id); \(hint)")
    }

    /// What this question accepts, in one line.
    public var hint: String {
        let extra = allowsNotApplicable ? ", dont_know or na" : " or dont_know"
        return "answer \(scale.allowedText)\(extra)"
    }
}

extension AnswerScale {
    /// The allowed answers in one phrase (`not_in_place, partially, largely or fully`).
    public var allowedText: String {
        switch kind {
        case .conformity: return ConformityLevel.allCases.map(\.rawValue).joined(separator: ", ")
        case .maturity: return "a maturity level 0 to 5"
        case .yesNo: return "yes, no"
        case .number:
            let range = numberRange
            return "a \(wholeNumber ? "whole number" : "number") from \(AnswerValue.number(range.lowerBound).grouped) "
                + "to \(AnswerValue.number(range.upperBound).grouped)"
        case .choice: return "one of " + choices.map(\.value).joined(separator: ", ")
        case .multiChoice: return "any of " + choices.map(\.value).joined(separator: ", ") + " (comma-separated)"
        case .text: return "any text"
        }
    }

    fileprivate func parse(_ text: String, folded: String) -> AnswerValue? {
        switch kind {
        case .conformity: return Self.conformity(folded).map(AnswerValue.conformity)
        case .maturity:
            guard let level = Int(folded), (0...5).contains(level) else { return nil }
            return .maturity(level)
        case .yesNo:
            if ["yes", "y", "true"].contains(folded) { return .yesNo(true) }
            if ["no", "n", "false"].contains(folded) { return .yesNo(false) }
            return nil
        case .number:
            // Digits with an optional sign and decimals only: no exponent (1e30), hex or inf.
            guard folded.range(of: #"^[+-]?[0-9]{1,40}(\.[0-9]{1,40})?$"#, options: .regularExpression) != nil,
                  let value = Double(folded), value.isFinite, numberRange.contains(value),
                  !wholeNumber || value == value.rounded() else { return nil }
            return .number(value)
        case .choice: return choice(folded).map(AnswerValue.choice)
        case .multiChoice:
            let picked = folded.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            let values = picked.compactMap(choice)
            guard !picked.isEmpty, values.count == picked.count else { return nil }
            return .choices(values.reduce(into: []) { if !$0.contains($1) { $0.append($1) } })
        case .text: return .text(text)
        }
    }

    private func choice(_ folded: String) -> String? {
        if let index = Int(folded), choices.indices.contains(index - 1) { return choices[index - 1].value }
        return choices.first { $0.value.lowercased() == folded }?.value
    }

    private static func conformity(_ folded: String) -> ConformityLevel? {
        switch folded {
        case "not_in_place", "not in place", "not", "none", "0": return .notInPlace
        case "partially", "partial", "partly", "1": return .partially
        case "largely", "mostly", "2": return .largely
        case "fully", "full", "yes", "3": return .fully
        default: return nil
        }
    }
}

extension Question {
    /// Checks a whole answer against the question: "not applicable" needs a justification.
    public func check(_ answer: Answer) throws(AnswerError) {
        if answer.value == .notApplicable,
           answer.justification.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw AnswerError("\(id) is marked not applicable without a justification", remedy: .giveJustification)
        }
    }
}
