import Foundation

/// Reads the dates documents state, in the forms people write them: `2024-10-12`, W3C date-times
/// from Office properties, `12.10.2024`, `12/10/2024`, `12 October 2024`, `October 12, 2024`,
/// `June 2026`, and spreadsheet serial numbers. Ambiguous `dd/mm` and `mm/dd` read as day first
/// unless the second number cannot be a month.
enum EvidenceDate {
    private static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }()

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    private static let germanMonths = ["jän": 1, "mär": 3, "mai": 5, "okt": 10, "dez": 12]

    /// The first date in `text`, or nil.
    static func parse(_ text: String) -> Date? {
        let words = text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
        for (index, word) in words.enumerated() {
            guard let number = Int(word) else { continue }
            let next = index + 1 < words.count ? words[index + 1] : ""
            let third = index + 2 < words.count ? Int(words[index + 2]) : nil
            if word.count == 4, let month = Int(next), let day = third { return make(number, month, day) }
            if let month = month(next), let year = third { return make(year, month, number) }
            if let second = Int(next), let year = third {
                return second > 12 ? make(year, number, second) : make(year, second, number)
            }
        }
        for (index, word) in words.enumerated() {
            guard let month = month(word), index + 1 < words.count, let value = Int(words[index + 1]) else { continue }
            if value > 31 { return make(value, month, 1) }
            if index + 2 < words.count, let year = Int(words[index + 2]) { return make(year, month, value) }
        }
        return nil
    }

    /// A spreadsheet serial day number (days since 1899-12-30) within plausible document dates.
    static func spreadsheetSerial(_ text: String) -> Date? {
        guard let serial = Double(text), (20_000...80_000).contains(serial) else { return nil }
        let origin = calendar.date(from: DateComponents(year: 1899, month: 12, day: 30))
        return origin.flatMap { calendar.date(byAdding: .day, value: Int(serial), to: $0) }
    }

    /// A W3C date-time (`2024-10-12T17:22:00Z`, `2026-06-06T15:48:17.536Z`, `2015-07-01`) as
    /// Office core properties store it, read by hand (date formatters are slow and not safe to
    /// share between threads).
    static func w3c(_ text: String) -> Date? {
        let fields = text.trimmed.split { !$0.isNumber }.prefix(6).compactMap { Int($0) }
        guard fields.count == 3 || fields.count >= 5, fields[0] > 999 else { return parse(text) }
        var parts = DateComponents(year: fields[0], month: fields[1], day: fields[2])
        if fields.count >= 5 {
            parts.hour = fields[3]
            parts.minute = fields[4]
            parts.second = fields.count > 5 ? fields[5] : 0
        }
        guard (1...12).contains(fields[1]), (1...31).contains(fields[2]) else { return nil }
        let fraction = text.split(separator: ".").dropFirst().first.map { Double("0." + $0.prefix { $0.isNumber }) ?? 0 } ?? 0
        return calendar.date(from: parts)?.addingTimeInterval(fields.count >= 5 ? fraction : 0)
    }

    private static func month(_ word: String) -> Int? {
        guard word.count >= 3, Int(word) == nil else { return nil }
        let prefix = String(word.prefix(3))
        if let index = months.firstIndex(of: prefix) { return index + 1 }
        return germanMonths[prefix]
    }

    private static func make(_ year: Int, _ month: Int, _ day: Int) -> Date? {
        let year = year < 100 ? year + 2000 : year
        guard (1900...2100).contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        return calendar.date(from: DateComponents(year: year, month: month, day: day))
    }
}
