import AssessorCore
import AssessorStore
import Foundation

/// Creates an assessment file: the one path behind `new`, `interview --new` and `demo`. Everything
/// is checked before the file is made, so a mistake creates nothing; the size given is recorded as
/// the scoping answers it stands for.
public struct CreateAssessmentAction: Sendable {
    public let catalog: Catalog
    /// Who creates it, as the history records.
    public let person: String

    public init(catalog: Catalog, person: String) {
        self.catalog = catalog
        self.person = person
    }

    /// Creates the file at `url`. With `exclusive`, the assessment returned holds the file's lock.
    public func run(_ new: NewAssessment, at url: URL, exclusive: Bool = false) throws -> Assessment {
        try new.check(against: catalog)
        let size = try new.sizeAnswers(in: InterviewPlan(catalog: catalog, standards: new.standards))
        let assessment = try Assessment.create(at: url, organisation: new.organisation, standards: new.standards,
                                               catalog: catalog, person: person, exclusive: exclusive)
        if !size.isEmpty { try assessment.store.record(size, by: person) }
        return assessment
    }
}
