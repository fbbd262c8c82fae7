import AssessorCore
import Foundation

/// The evidence hints of every requirement in scope, as phrases of one ``Vocabulary``: each
/// question's keywords and typical document types, and the requirement's title. A phrase's
/// inverse document frequency is taken over the requirements, so `vulnerability` (hinted by one
/// requirement) weighs far more than `policy` (hinted by dozens).
///
/// Inverse frequency over the hints cannot tell that a word is common in documents at large: a
/// single word (`version`, `internal`) turns up in every kind of document, a phrase
/// (`vulnerability scan`) mostly where it is meant. So a one-word hint weighs half as much as a
/// phrase, and a one-word title (`General`, `Policy`) is no hint at all.
struct HintIndex: Sendable {
    struct Hint: Sendable {
        var phrase: Int
        /// Document types count a little more than keywords, a requirement's title a little less.
        var weight: Double
        var isDocumentType: Bool
    }

    struct Entry: Sendable {
        var reference: RequirementReference
        var hints: [Hint]
    }

    private(set) var vocabulary = Vocabulary()
    private(set) var entries: [Entry] = []
    private(set) var inverseFrequency: [Double] = []
    /// The context phrases of each standard, by module id.
    private(set) var contextPhrases: [String: [Int]] = [:]
    /// What a one-word hint weighs against a phrase.
    static let singleWordWeight = 0.5

    init(catalog: Catalog, standards: [StandardInScope]) {
        var holders: [Int: Set<Int>] = [:]
        for standard in standards {
            for requirement in standard.module.requirements {
                var hints: [Int: Hint] = [:]
                func add(_ text: String, weight: Double, document: Bool) {
                    let words = Tokenizer.hashes(of: text).count
                    guard let id = vocabulary.add(text) else { return }
                    let weight = words > 1 ? weight : weight * Self.singleWordWeight
                    if let existing = hints[id], existing.weight >= weight { return }
                    hints[id] = Hint(phrase: id, weight: weight, isDocumentType: document)
                }
                for question in requirement.questionIDs.compactMap({ catalog.questions[$0] }) {
                    question.evidence.documents.forEach { add($0, weight: 1.5, document: true) }
                    question.evidence.keywords.forEach { add($0, weight: 1, document: false) }
                }
                if Tokenizer.hashes(of: requirement.title).count > 1 { add(requirement.title, weight: 0.5, document: false) }
                for id in hints.keys { holders[id, default: []].insert(entries.count) }
                entries.append(Entry(reference: standard.reference(requirement.id),
                                     hints: hints.values.sorted { $0.phrase < $1.phrase }))
            }
            contextPhrases[standard.id] = standard.contextPhrases.compactMap { vocabulary.add($0) }
        }
        vocabulary.seal()
        let total = Double(entries.count)
        inverseFrequency = (0..<vocabulary.phrases.count).map { phrase in
            let holding = Double(holders[phrase]?.count ?? 0)
            return log(1 + (total - holding + 0.5) / (holding + 0.5))
        }
    }
}
