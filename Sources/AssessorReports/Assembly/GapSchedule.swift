/// When each gap should be closed: the gaps in priority order, their person-days laid end to end
/// over the "close the gaps" phase of the timeline, which already holds the team's capacity (FTE).
/// A gap's target month is the month in which the work up to and including it is done.
enum GapSchedule {
    /// Target months (1 is the month after the report) for `days` in priority order; nil where a
    /// gap has no effort.
    static func targetMonths(_ days: [Double?], over months: Double) -> [Int?] {
        let total = days.compactMap { $0 }.reduce(0, +)
        let last = max(1, Int((months - 1e-9).rounded(.up)))
        var done = 0.0
        return days.map { day in
            guard let day else { return nil }
            done += day
            let share = total > 0 ? done / total : 1
            return min(last, max(1, Int((share * months - 1e-9).rounded(.up))))
        }
    }
}
