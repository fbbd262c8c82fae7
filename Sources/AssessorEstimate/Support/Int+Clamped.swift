extension Int {
    /// The whole number nearest to `value` (halves away from zero), clamped to the range `Int` can hold;
    /// NaN becomes 0. Every Double that becomes an Int in the estimate goes through here, so that no
    /// value, however extreme, can trap.
    init(clamping value: Double) {
        let rounded = value.rounded()
        if rounded.isNaN {
            self = 0
        } else if rounded >= 9.2e18 {
            self = .max
        } else if rounded <= -9.2e18 {
            self = .min
        } else {
            self = Int(rounded)
        }
    }
}
