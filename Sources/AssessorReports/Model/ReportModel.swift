/// Everything a report shows, as plain values: every writer renders this and nothing else, and its
/// JSON form is the `json` format (documented in `ReportJSON.md`, `schemaVersion` first).
public struct ReportModel: Codable, Sendable, Hashable {
    /// The version of the JSON structure; bumped on any change a reader could trip over.
    public static let currentSchemaVersion = 2

    public var schemaVersion: Int
    /// The organisation's name as given when the assessment was created.
    public var organisation: String
    public var reportDate: CalendarDate
    /// What produced the numbers (`assessor 0.1.0, scorer builtin`).
    public var generatedBy: String
    public var standards: [StandardInScope]
    /// The sections this report holds; the others are left out of every format.
    public var sections: [ReportSection]
    /// Nil when the report leaves the summary out.
    public var summary: ExecutiveSummary?
    public var gapAnalysis: [GapRow]
    public var statementOfApplicability: [ApplicabilityRow]
    public var evidenceRegister: [EvidenceRow]
    public var actionPlan: [ActionRow]
    /// Nil when the report leaves the cost estimate out.
    public var costEstimate: CostBreakdown?

    public init(
        organisation: String, reportDate: CalendarDate, generatedBy: String, standards: [StandardInScope],
        summary: ExecutiveSummary?, gapAnalysis: [GapRow], statementOfApplicability: [ApplicabilityRow],
        evidenceRegister: [EvidenceRow], actionPlan: [ActionRow], costEstimate: CostBreakdown?
    ) {
        self.schemaVersion = Self.currentSchemaVersion
        self.organisation = organisation
        self.reportDate = reportDate
        self.generatedBy = generatedBy
        self.standards = standards
        self.sections = ReportSection.allCases
        self.summary = summary
        self.gapAnalysis = gapAnalysis
        self.statementOfApplicability = statementOfApplicability
        self.evidenceRegister = evidenceRegister
        self.actionPlan = actionPlan
        self.costEstimate = costEstimate
    }

    /// A standard assessed in this report.
    public struct StandardInScope: Codable, Sendable, Hashable {
        /// The module id (`iso42001`).
        public var id: String
        /// `ISO/IEC 42001`.
        public var title: String
        /// `2023`.
        public var edition: String

        public init(id: String, title: String, edition: String) {
            self.id = id
            self.title = title
            self.edition = edition
        }
    }

    /// Whether the report holds a section.
    public func includes(_ section: ReportSection) -> Bool { sections.contains(section) }

    /// The same report holding only `sections`; what the others held is dropped.
    public func restricted(to sections: Set<ReportSection>) -> ReportModel {
        var model = self
        model.sections = self.sections.filter(sections.contains)
        if !model.includes(.summary) { model.summary = nil }
        if !model.includes(.gaps) { model.gapAnalysis = [] }
        if !model.includes(.soa) { model.statementOfApplicability = [] }
        if !model.includes(.evidence) { model.evidenceRegister = [] }
        if !model.includes(.actions) { model.actionPlan = [] }
        if !model.includes(.cost) { model.costEstimate = nil }
        return model
    }

    /// The title of a standard in scope, or its id when unknown.
    public func title(ofStandard id: String) -> String {
        standards.first { $0.id == id }?.title ?? id
    }

    enum CodingKeys: String, CodingKey {
        case schemaVersion, organisation, reportDate, generatedBy, standards, sections, summary, gapAnalysis,
             statementOfApplicability, evidenceRegister, actionPlan, costEstimate
    }

    /// Reads a report; a section the report does not hold is absent from the JSON.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        schemaVersion = try container.decode(Int.self, forKey: .schemaVersion)
        guard schemaVersion <= Self.currentSchemaVersion else {
            throw DecodingError.dataCorruptedError(
                forKey: .schemaVersion, in: container,
                debugDescription: "report schema \(schemaVersion) is newer than \(Self.currentSchemaVersion); update assessor")
        }
        organisation = try container.decode(String.self, forKey: .organisation)
        reportDate = try container.decode(CalendarDate.self, forKey: .reportDate)
        generatedBy = try container.decode(String.self, forKey: .generatedBy)
        standards = try container.decode([StandardInScope].self, forKey: .standards)
        sections = try container.decode([ReportSection].self, forKey: .sections)
        summary = try container.decodeIfPresent(ExecutiveSummary.self, forKey: .summary)
        gapAnalysis = try container.decodeIfPresent([GapRow].self, forKey: .gapAnalysis) ?? []
        statementOfApplicability = try container.decodeIfPresent(
            [ApplicabilityRow].self, forKey: .statementOfApplicability) ?? []
        evidenceRegister = try container.decodeIfPresent([EvidenceRow].self, forKey: .evidenceRegister) ?? []
        actionPlan = try container.decodeIfPresent([ActionRow].self, forKey: .actionPlan) ?? []
        costEstimate = try container.decodeIfPresent(CostBreakdown.self, forKey: .costEstimate)
    }

    /// Writes `schemaVersion` first, then the header, then only the sections the report holds.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        for (key, value) in orderedFields { try container.encode(value, forKey: key) }
    }

    /// The fields in the order JSON shows them: the header, then the sections the report holds.
    var orderedFields: [(key: CodingKeys, value: any Encodable)] {
        var fields: [(key: CodingKeys, value: any Encodable)] = [
            (.schemaVersion, schemaVersion), (.organisation, organisation), (.reportDate, reportDate),
            (.generatedBy, generatedBy), (.standards, standards), (.sections, sections),
        ]
        if includes(.summary), let summary { fields.append((.summary, summary)) }
        if includes(.gaps) { fields.append((.gapAnalysis, gapAnalysis)) }
        if includes(.soa) { fields.append((.statementOfApplicability, statementOfApplicability)) }
        if includes(.evidence) { fields.append((.evidenceRegister, evidenceRegister)) }
        if includes(.actions) { fields.append((.actionPlan, actionPlan)) }
        if includes(.cost), let costEstimate { fields.append((.costEstimate, costEstimate)) }
        return fields
    }
}
