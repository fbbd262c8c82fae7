import AssessorCore
import AssessorQuestionnaires
import Foundation
import PropertyBased
import Testing

/// Whatever is typed, no answer parser crashes, and what one accepts is within its question's
/// bounds: on every scale of every built-in question, plus number scales with odd bounds.
@Suite struct AnswerParserPropertyTests {
    static let questions: [Question] = {
        let loaded = ModuleLoader.load(ModuleSource.searchPath(builtIn: BuiltInQuestionnaires.directory, environment: [:], options: []))
        var byScale: [AnswerScale: Question] = [:]
        for question in loaded.catalog.questions.values.sorted(by: { $0.id < $1.id }) where byScale[question.scale] == nil {
            byScale[question.scale] = question
        }
        let extra = [AnswerScale(kind: .number), AnswerScale(kind: .number, minimum: -5, maximum: 2.5),
                     AnswerScale(kind: .number, minimum: 0, maximum: 1e20, wholeNumber: true)]
            .map { Question(id: "extra", module: "m", prompt: "P", scale: $0, allowsNotApplicable: true) }
        return byScale.values.sorted { $0.id < $1.id } + extra
    }()

    /// Text made of the pieces that trip number and choice parsing.
    static let typed = Gen<String?>.element(of: [
        "0", "1", "9", "2.5", ".", "-", "+", "e", "E", "30", "308", "1e", "inf", "nan", "0x", "ff", ",", " ", "na", "?",
        "fully", "3", "99999999999999999999", "\u{0}", "\u{1B}[2J", "\u{202E}", "٣", "１", "developer", "none",
    ]).map { $0 ?? "" }.array(of: 0...8).map { $0.joined() }

    /// Any question of the list.
    static let question = Gen<Question?>.element(of: questions).map { $0 ?? questions[0] }

    /// Numbers across the whole range of Double, written as Swift prints them.
    static let extreme = Gen.double(in: -308...308).map { exponent in
        (exponent.rounded() == exponent ? 1 : 0.37) * pow(10, abs(exponent)) * (exponent < 0 ? -1 : 1)
    }.map { value in
        [String(value), String(Int64(clamping: Int(exactly: value.rounded()) ?? 0)), String(format: "%.0f", value)]
    }.map { $0.joined(separator: "") }

    @Test func noParserCrashesAndWhatIsAcceptedIsInBounds() async {
        await propertyCheck(count: 3000, input: Self.question, Self.typed) { question, text in
            Self.checkAccepted(question, text)
        }
        await propertyCheck(count: 3000, input: Self.question, Self.extreme) { question, text in
            Self.checkAccepted(question, text)
        }
    }

    static func checkAccepted(_ question: Question, _ text: String) {
        guard let value = try? question.parseAnswer(text) else { return }
        #expect(AnswerValue(storageKind: value.storageKind, text: value.text) == value, "\(question.id): \(text.debugDescription)")
        switch value {
        case .number(let number):
            #expect(number.isFinite && question.scale.numberRange.contains(number), "\(question.id) took \(text.debugDescription)")
            #expect(!question.scale.wholeNumber || number == number.rounded(), "\(question.id) took \(text.debugDescription)")
        case .maturity(let level): #expect((0...5).contains(level))
        case .choice(let choice): #expect(question.scale.choices.contains { $0.value == choice })
        case .choices(let choices):
            #expect(!choices.isEmpty && choices.allSatisfy { choice in question.scale.choices.contains { $0.value == choice } })
        case .notApplicable: #expect(question.allowsNotApplicable)
        case .conformity, .yesNo, .text, .dontKnow: break
        }
    }
}
