import Foundation

/// What an importer learned about a file besides its text: the properties it states, what kind of
/// content it was recognised as, and control statuses that suggest answers.
struct DocumentFacts: Sendable {
    var title: String?
    var author: String?
    var created: Date?
    var modified: Date?
    var documentVersion: String?
    var reviewDate: Date?
    /// `OSCAL catalog`, `Statement of Applicability (ISO/IEC 27001:2013 numbering)`.
    var recognisedAs: String?
    /// Control or clause statuses read from a Statement of Applicability or gap assessment.
    var statuses: [ControlStatus] = []
    /// A standard the whole document is about, when its format says so (the id column of a SoA).
    var context: StandardCue?

    /// Fills what is still unknown from a document-control block.
    mutating func adopt(_ control: DocumentControl) {
        if documentVersion == nil { documentVersion = control.version }
        if reviewDate == nil { reviewDate = control.reviewDate }
    }
}
