import AssessorCore

extension EvidenceRow {
    /// The row of one current item of the evidence register.
    init(_ entry: EvidenceRegister.Entry) {
        let item = entry.item
        self.init(
            id: item.id, document: item.displayTitle, file: item.fileName, format: item.format.rawValue,
            revision: item.revision, version: item.documentVersion, created: item.created.map(CalendarDate.init),
            modified: item.modified.map(CalendarDate.init), reviewed: item.reviewDate.map(CalendarDate.init),
            freshness: entry.freshness, supports: entry.supports.map(\.description))
    }

    /// The current items of `register`, by title.
    static func rows(_ register: EvidenceRegister) -> [EvidenceRow] {
        register.current.sorted { ($0.displayTitle, $0.item.id ?? 0) < ($1.displayTitle, $1.item.id ?? 0) }.map(EvidenceRow.init)
    }
}
