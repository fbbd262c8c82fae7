extension Readiness {
    /// The same readiness for one standard only (the others removed).
    func restricted(to standard: String) -> Readiness {
        var copy = self
        copy.standards = standards.filter { $0.id == standard }
        copy.requirements = requirements.filter { $0.standard == standard }
        return copy
    }

    /// One standard as if nothing were in place yet: every requirement that counts scores 0.
    func fromScratch(_ standard: String) -> Readiness {
        var copy = restricted(to: standard)
        copy.requirements = copy.requirements.map { result in
            var result = result
            if result.score != nil { result.score = 0 }
            return result
        }
        return copy
    }
}
