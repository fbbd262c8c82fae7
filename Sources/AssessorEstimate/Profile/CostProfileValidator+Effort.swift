import AssessorCore

extension CostProfileValidator {
    mutating func checkEffort(_ effort: EffortModel) {
        let path = YAMLPath([.key("effort")])
        for work in WorkKind.allCases {
            for size in GapSize.allCases {
                bound(effort.perGap[work][size], ProfileLimits.personDays,
                      path.appending("per_gap").appending(work.rawValue).appending(size.rawValue))
            }
        }
        checkBands(effort.sizeFactor.bands.map { ($0.upTo, [("factor", $0.factor)]) }, ProfileLimits.sizeFactor,
                   at: path.appending("size_factor").appending("bands"))
        bound(effort.sharedWorkFactor, ProfileLimits.share, path.appending("shared_work_factor"))
        bound(effort.auditSupportDaysPerAuditDay, ProfileLimits.personDays, path.appending("audit_support_days_per_audit_day"))
        bound(effort.runningDaysPerYear, ProfileLimits.personDays, path.appending("running_days_per_year"))
    }

    mutating func checkTimeline(_ timeline: TimelineSettings) {
        let path = YAMLPath([.key("timeline")])
        bound(timeline.productiveDaysPerFTEMonth, ProfileLimits.daysPerMonth, path.appending("productive_days_per_fte_month"))
        bound(timeline.minimumImplementationMonths, ProfileLimits.months, path.appending("minimum_implementation_months"))
        bound(timeline.operationBeforeStage2Months, ProfileLimits.months, path.appending("operation_before_stage2_months"))
        bound(timeline.stage1BookingWeeks, ProfileLimits.weeks, path.appending("stage1_booking_weeks"))
        bound(timeline.stage1ToStage2Weeks, ProfileLimits.weeks, path.appending("stage1_to_stage2_weeks"))
        bound(timeline.certificationDecisionWeeks, ProfileLimits.weeks, path.appending("certification_decision_weeks"))
    }
}
