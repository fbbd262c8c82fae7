/// What turns person-days into months, and the fixed steps of the way to a certificate.
public struct TimelineSettings: Codable, Sendable {
    /// Days one full-time person spends on the project in a month.
    public var productiveDaysPerFTEMonth: SourcedValue
    public var minimumImplementationMonths: SourcedValue
    /// The system runs through at least one internal audit and management review before Stage 2.
    public var operationBeforeStage2Months: SourcedValue
    /// How far ahead a certification body books Stage 1: the wait runs alongside the work, and only
    /// what is left of it when the system is ready delays the certificate.
    public var stage1BookingWeeks: SourcedRange
    public var stage1ToStage2Weeks: SourcedRange
    public var certificationDecisionWeeks: SourcedValue

    enum CodingKeys: String, CodingKey {
        case productiveDaysPerFTEMonth = "productive_days_per_fte_month"
        case minimumImplementationMonths = "minimum_implementation_months"
        case operationBeforeStage2Months = "operation_before_stage2_months"
        case stage1BookingWeeks = "stage1_booking_weeks", stage1ToStage2Weeks = "stage1_to_stage2_weeks"
        case certificationDecisionWeeks = "certification_decision_weeks"
    }
}
