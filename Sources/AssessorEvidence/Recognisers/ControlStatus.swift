/// One row of a recognised control table: the control or clause it is about, and what the table
/// says of it. The matcher turns it into a suggested answer.
struct ControlStatus: Sendable, Hashable {
    var citation: Citation
    /// The status as written (`Yes`, `Partially implemented`), with the recogniser's reading added
    /// where the cell alone would mislead (`No, not applicable` in a Statement of Applicability).
    var status: String
    /// The justification or comment beside it, if any.
    var justification: String
    /// Where the status stands: `Sheet!E11`.
    var location: String
}
