import AssessorCore
import Foundation

/// Suggests which requirements an evidence item supports, each with a confidence and a reason:
/// 1. explicit citations (`A.5.15`, `ISO 42001 cl.5.2`), resolved by ``CitationResolver``, rank
///    highest (0.7 to 0.99);
/// 2. otherwise each requirement's evidence hints are ranked against the item with BM25 (k1 1.2,
///    b 0.75, a reference length of 2,000 words, inverse frequencies over the requirements), the
///    title and file name counting three times; the score becomes a confidence of at most 0.8,
///    scaled by how much the document speaks of the requirement's standard. When the title names
///    one of the requirement's typical documents ("Information security policy"), the document is
///    about that requirement: 0.86 to 0.94, which ranks above a passing citation. A requirement needs
///    at least two hint phrases in the body: a title alone (a "Quality Manual" of filler) is not
///    evidence. A template with unfilled placeholders counts half.
public struct Matcher: Sendable {
    let catalog: Catalog
    let standards: [StandardInScope]
    let index: HintIndex
    let resolver: CitationResolver

    static let k1 = 1.2
    static let b = 0.75
    static let referenceLength = 2_000.0
    static let titleWeight = 3
    /// Keyword matches kept per item, best first.
    static let keywordMatches = 8
    static let minimumConfidence = 0.3

    /// A matcher for the standards of an assessment (module ids, as in its profile).
    public init(catalog: Catalog, standards: [String]) {
        self.catalog = catalog
        self.standards = standards.compactMap(catalog.module).filter { $0.identity.kind == .standard }
            .map(StandardInScope.init)
        index = HintIndex(catalog: catalog, standards: self.standards)
        resolver = CitationResolver(standards: self.standards, annex2013: .bundled)
    }

    func makeAnalyser() -> TextAnalyser { TextAnalyser(vocabulary: index.vocabulary) }

    /// The suggested matches of an analysed item (its `evidenceID` is set when it is stored).
    func matches(body: TextAnalysis, title: TextAnalysis, isTemplate: Bool) -> [EvidenceMatch] {
        let leaning = leaning(body: body, title: title)
        var best: [RequirementReference: (Double, String)] = [:]
        for (reference, findings) in resolver.resolve(body.citations, leaning: leaning) {
            // Ties go to the first reason in alphabetical order, so that a run does not depend on hashing order.
            let top = findings.max { ($0.confidence, $1.reason) < ($1.confidence, $0.reason) }!
            let more = Set(findings.map(\.reason)).sorted().filter { $0 != top.reason }
            let reason = ([top.reason] + more.prefix(2)).joined(separator: "; ") + (more.count > 2 ? "; ..." : "")
            best[reference] = (min(top.confidence, 0.99), reason)
        }
        let ranked = index.entries.compactMap { entry in
            score(entry, body: body, title: title, leaning: leaning, template: isTemplate).map { (entry.reference, $0) }
        }
        for (reference, found) in ranked.sorted(by: { $0.1.0 > $1.1.0 }).prefix(Self.keywordMatches)
        where best[reference] == nil {
            best[reference] = found
        }
        return best.map { EvidenceMatch(evidenceID: 0, requirement: $0.key, confidence: ($0.value.0 * 100).rounded() / 100,
                                        reason: $0.value.1) }
            .sorted { ($0.confidence, $1.requirement) > ($1.confidence, $0.requirement) }
    }

    /// How much the item speaks of each standard: its number three times, its context phrases once.
    func leaning(body: TextAnalysis, title: TextAnalysis) -> [String: Double] {
        Dictionary(uniqueKeysWithValues: standards.map { standard in
            let phrases = index.contextPhrases[standard.id] ?? []
            let words = phrases.reduce(0) { $0 + body.count($1) + Self.titleWeight * title.count($1) }
            return (standard.id, Double(words + 2 * (body.standardMentions[standard.number] ?? 0)))
        })
    }

    private func score(_ entry: HintIndex.Entry, body: TextAnalysis, title: TextAnalysis, leaning: [String: Double],
                       template: Bool) -> (Double, String)? {
        let norm = Self.k1 * (1 - Self.b + Self.b * Double(body.wordCount) / Self.referenceLength)
        var total = 0.0
        var inBody = 0
        var found: [(String, Double)] = []
        var titledAs: String?
        for hint in entry.hints {
            let inText = body.count(hint.phrase)
            let inTitle = title.count(hint.phrase)
            guard inText + inTitle > 0 else { continue }
            if inText > 0 { inBody += 1 }
            if hint.isDocumentType, inTitle > 0 { titledAs = titledAs ?? index.vocabulary.phrases[hint.phrase] }
            let frequency = Double(inText + Self.titleWeight * inTitle)
            let part = hint.weight * index.inverseFrequency[hint.phrase] * frequency * (Self.k1 + 1) / (frequency + norm)
            total += part
            let phrase = index.vocabulary.phrases[hint.phrase].lowercased()
            found.append((inTitle > 0 ? "\(phrase) (title)" : "\(phrase) (\(inText))", part))
        }
        guard inBody >= 2 else { return nil }
        let maximum = leaning.values.max() ?? 0
        let context = (1 + (leaning[entry.reference.module] ?? 0)) / (1 + maximum)
        let strength = 1 - exp(-total / 12)
        let titled = titledAs != nil && context > 0.5
        let confidence = (titled ? 0.86 + 0.08 * strength : 0.8 * strength * (0.4 + 0.6 * context)) * (template ? 0.5 : 1)
        guard confidence >= Self.minimumConfidence else { return nil }
        let words = found.sorted { $0.1 > $1.1 }.prefix(4).map(\.0).joined(separator: ", ")
        let title = titled ? titledAs.map { "the title names a typical document (\($0)); " } ?? "" : ""
        return (confidence, "\(title)hints found: \(words)")
    }
}
