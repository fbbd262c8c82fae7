/// One table of a report, format-neutral: CSV writes it as a file, XLSX as a block of a sheet,
/// DOCX as a Word table. Cells keep their type so that spreadsheets get real numbers and dates.
struct ReportTable: Sendable {
    /// The file name without extension (`gap-analysis`).
    var name: String
    var title: String
    var columns: [Column]
    var rows: [[Cell]]
    /// What a document says instead of an empty table.
    var whenEmpty = "None."

    struct Column: Sendable {
        var title: String
        /// Width in characters, a hint for spreadsheets and Word.
        var width: Double
        /// Drawn as bars where the format can (a data bar in XLSX, a bar of blocks in DOCX).
        var isChart: Bool
        init(_ title: String, width: Double = 14, chart: Bool = false) {
            self.title = title
            self.width = width
            self.isChart = chart
        }
    }

    enum Cell: Sendable {
        case text(String)
        case integer(Int)
        /// Days, money: shown with at most one decimal.
        case decimal(Double)
        /// A fraction from 0 to 1, shown as a percentage.
        case percent(Double)
        case date(CalendarDate)
        case empty

        /// How the cell reads in a document (DOCX): `67%`, `12.5`, `2025-03-14`.
        var displayText: String {
            switch self {
            case .text(let text): return text
            case .integer(let value): return String(value)
            case .decimal(let value): return DisplayFormat.number(value)
            case .percent(let value): return DisplayFormat.percent(value)
            case .date(let date): return date.description
            case .empty: return ""
            }
        }

        /// The cell's value as a number, for bars.
        var number: Double? {
            switch self {
            case .integer(let value): return Double(value)
            case .decimal(let value), .percent(let value): return value
            case .text, .date, .empty: return nil
            }
        }

        /// How the cell reads in a data file (CSV): percentages as numbers 0 to 100 with one decimal,
        /// plain decimals without grouping.
        var dataText: String {
            switch self {
            case .text(let text): return text
            case .integer(let value): return String(value)
            case .decimal(let value): return Self.plain(value)
            case .percent(let value): return Self.plain((value * 1000).rounded() / 10)
            case .date(let date): return date.description
            case .empty: return ""
            }
        }

        private static func plain(_ value: Double) -> String {
            let tenths = (value * 10).rounded() / 10
            return tenths == tenths.rounded() ? String(Int(tenths)) : String(tenths)
        }

        /// A text cell, or an empty one for nil.
        static func optional(_ text: String?) -> Cell { text.map(Cell.text) ?? .empty }
        static func optional(_ value: Double?, percent: Bool = false) -> Cell {
            guard let value else { return .empty }
            return percent ? .percent(value) : .decimal(value)
        }
        static func optional(_ date: CalendarDate?) -> Cell { date.map(Cell.date) ?? .empty }
        static func optional(_ value: Int?) -> Cell { value.map(Cell.integer) ?? .empty }
    }
}
