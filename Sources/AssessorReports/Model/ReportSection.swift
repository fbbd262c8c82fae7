import Foundation

/// A part of a report that `--sections` can pick. The raw value is the id users type.
public enum ReportSection: String, Codable, Sendable, CaseIterable, Comparable {
    /// Verdict, readiness per standard and clause, blockers, likely findings, effort, cost, timeline.
    case summary
    /// Per requirement: answer, note, score, severity and the recommended action.
    case gaps
    /// The Statement of Applicability of ISO/IEC 27001 and ISO/IEC 42001 (every Annex A control).
    case soa
    /// The evidence register: documents, revisions, dates, freshness, what each supports.
    case evidence
    /// The action plan: gaps by priority with effort, owner role and target month.
    case actions
    /// The cost estimate with its assumptions.
    case cost

    /// What a certification body asks for before a Stage 1 audit.
    public static let certificationBodyPack: Set<ReportSection> = [.summary, .soa, .evidence, .gaps]
    /// What management decides on: the readiness picture, the plan and the budget.
    public static let managementPack: Set<ReportSection> = [.summary, .actions, .cost]

    /// The heading the section has in every format.
    public var title: String {
        switch self {
        case .summary: return "Executive summary"
        case .gaps: return "Gap analysis"
        case .soa: return "Statement of Applicability"
        case .evidence: return "Evidence register"
        case .actions: return "Action plan"
        case .cost: return "Cost estimate"
        }
    }

    /// Reads a comma-separated list of section ids and pack names (`certification-body`,
    /// `management`, `all`); nil with the unknown word when one is not recognised.
    public static func parse(_ text: String) -> Result<Set<ReportSection>, UnknownSection> {
        var sections = Set<ReportSection>()
        for word in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) {
            switch word {
            case "all": sections.formUnion(allCases)
            case "certification-body", "cb": sections.formUnion(certificationBodyPack)
            case "management": sections.formUnion(managementPack)
            default:
                guard let section = ReportSection(rawValue: word) else { return .failure(UnknownSection(word: word)) }
                sections.insert(section)
            }
        }
        return .success(sections)
    }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }

    /// A word in `--sections` that names no section or pack.
    public struct UnknownSection: Error, Sendable, CustomStringConvertible {
        public var word: String
        public var description: String {
            "'\(word)' is not a report section; use \(ReportSection.allCases.map(\.rawValue).joined(separator: ", ")), "
                + "or the packs certification-body, management, all"
        }
    }
}
