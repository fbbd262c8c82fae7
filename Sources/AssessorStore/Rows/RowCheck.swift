/// Collects what cannot be read, for `check`.
enum RowCheck {
    /// The damaged row `body` finds, if any.
    static func problems(_ body: () throws(DamagedRow) -> Void) -> [DamagedRow] {
        do throws(DamagedRow) {
            try body()
            return []
        } catch {
            return [error]
        }
    }
}
