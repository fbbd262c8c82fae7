import AssessorCore

/// Decides which requirements a ``Citation`` points to. The standard named beside it decides
/// first; without one, the shape of the id and the document's leaning do:
/// - three-level Annex A ids in themes 11 to 18 only exist in ISO/IEC 27001:2013;
/// - three-level ids in themes 5 to 10 are 27001:2013 or ISO/IEC 42001 (`A.6.2.4`), two-level ids
///   in themes 5 to 8 are 27001:2022 or 42001: the standard the document leans to wins, and when
///   it leans to none, each reading is kept at a lower confidence;
/// - a 2013 id is carried onto its 2022 control(s), and the reason says so.
/// A citation's confidence grows with how often it is made and whether the standard is named.
struct CitationResolver: Sendable {
    /// What one citation says about one requirement.
    struct Finding: Sendable {
        var confidence: Double
        var reason: String
    }

    let standards: [StandardInScope]
    let annex2013: AnnexA2013

    /// Findings by requirement; `leaning` is how much the document speaks of each standard (by module id).
    func resolve(_ citations: [Citation: Int], leaning: [String: Double]) -> [RequirementReference: [Finding]] {
        var findings: [RequirementReference: [Finding]] = [:]
        for (citation, count) in citations {
            var readings = standards.filter { citation.standard == nil || $0.number == citation.standard?.number }
                .flatMap { readingsOf(citation, in: $0) }
            // One mention 0.83, four or more 0.95; naming the standard beside the id adds 0.04.
            var confidence = 0.83 + 0.04 * Double(min(count - 1, 3)) + (citation.standard != nil ? 0.04 : 0)
            var note = ""
            if citation.standard == nil, let leading = Self.leader(of: leaning), standards.count > 1 {
                // The document is about one standard: an unqualified id is read in that standard.
                readings = readings.filter { $0.reference.module == leading }
                note = " (read as \(label(of: leading)) from the document's context)"
            } else if citation.standard == nil, Set(readings.map(\.reference.module)).count > 1 {
                confidence -= 0.2
                let modules = Set(readings.map(\.reference.module)).sorted().map(label(of:))
                note = " (could be \(modules.joined(separator: " or ")))"
            }
            let times = count > 1 ? " \(count) times" : ""
            for reading in readings {
                let cited = citation.standard.map { "\($0.label) " } ?? ""
                let reason = reading.translatedFrom.map {
                    "cites ISO/IEC 27001:2013 \($0)\(times) (now \(reading.reference.requirement))"
                } ?? "cites \(cited)\(citation.label)\(times)\(note)"
                let value = confidence - (reading.translatedFrom == nil ? 0 : 0.03)
                findings[reading.reference, default: []].append(Finding(confidence: value, reason: reason))
            }
        }
        return findings
    }

    /// The standard a document is clearly about: spoken of at least twice as much as any other.
    static func leader(of leaning: [String: Double]) -> String? {
        let ranked = leaning.sorted { $0.value > $1.value }
        guard let first = ranked.first, first.value > 0 else { return nil }
        return ranked.count == 1 || first.value >= 2 * ranked[1].value ? first.key : nil
    }

    private struct Reading {
        var reference: RequirementReference
        var translatedFrom: String?
    }

    private func readingsOf(_ citation: Citation, in standard: StandardInScope) -> [Reading] {
        let edition = citation.standard?.edition
        switch citation.kind {
        case .clause:
            // A clause the module splits (`9.2` into `9.2.1` and `9.2.2`) points to its parts.
            let clauses = standard.module.requirements.filter { $0.kind == .clause }
            let exact = clauses.filter { $0.id == citation.number }
            let parts = citation.levels >= 2 ? clauses.filter { $0.id.hasPrefix(citation.number + ".") } : []
            return (exact.isEmpty ? parts : exact).map { Reading(reference: standard.reference($0.id)) }
        case .annex:
            let id = "A.\(citation.number)"
            if standard.number == "27001", citation.levels == 3, edition == nil || edition == "2013" {
                return annex2013.controls[id]?.successors.filter { standard.requirement($0) != nil }
                    .map { Reading(reference: standard.reference($0), translatedFrom: id) } ?? []
            }
            if standard.number == "27001", edition == "2013" { return [] }
            return standard.requirement(id).map { [Reading(reference: standard.reference($0.id))] } ?? []
        }
    }

    private func label(of module: String) -> String {
        standards.first { $0.id == module }?.module.identity.shortTitle ?? module
    }
}
