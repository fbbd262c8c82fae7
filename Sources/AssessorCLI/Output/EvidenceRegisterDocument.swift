import AssessorCore
import Foundation

/// The JSON of `assessor evidence --json`: every item and revision, with its matches and suggestions.
struct EvidenceRegisterDocument: Encodable {
    struct Match: Encodable {
        var requirement: String
        var confidence: Double
        var reason: String
        var status: String
    }

    struct Suggestion: Encodable {
        var question: String
        var requirement: String
        var value: String
        var justification: String
        var source: String
        var status: String
    }

    struct Item: Encodable {
        var id: Int64
        var revision: Int
        var current: Bool
        var path: String
        var format: String
        var size: Int64
        var title: String
        var author: String
        var created: Date?
        var modified: Date?
        var documentVersion: String?
        var reviewDate: Date?
        var recognisedAs: String?
        var freshness: String
        var matches: [Match]
        var suggestions: [Suggestion]
    }

    var schemaVersion = 1
    var staleAfterMonths: Int
    var items: [Item]

    init(_ register: EvidenceRegister) {
        staleAfterMonths = register.freshness.months
        items = register.entries.map { entry in
            let item = entry.item
            return Item(
                id: item.id ?? 0, revision: item.revision, current: entry.isCurrent, path: item.path,
                format: item.format.rawValue, size: item.size, title: item.title, author: item.author,
                created: item.created, modified: item.modified, documentVersion: item.documentVersion,
                reviewDate: item.reviewDate, recognisedAs: item.recognisedAs, freshness: entry.freshness.rawValue,
                matches: entry.matches.map {
                    Match(requirement: $0.requirement.description, confidence: $0.confidence, reason: $0.reason,
                          status: $0.status.rawValue)
                },
                suggestions: entry.suggestions.map {
                    Suggestion(question: $0.questionID, requirement: $0.requirement.description, value: $0.value.text,
                               justification: $0.justification, source: $0.source, status: $0.status.rawValue)
                })
        }
    }
}
