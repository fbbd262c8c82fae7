/// The charts of the HTML report, drawn as inline SVG (no scripts, no fetches): readiness per
/// clause and theme as horizontal bars, and likely findings by severity.
enum SvgCharts {
    private static let escaper = XmlEscaper()
    private static let labelWidth = 330.0, barWidth = 360.0, rowHeight = 22.0

    /// One chart per standard: a bar per clause or theme, the overall readiness first.
    static func readiness(_ standard: StandardReadiness) -> String {
        let rows = [("Overall", standard.readiness, true)]
            + standard.sections.map { ("\($0.id) \($0.title)", $0.readiness, false) }
        let height = Double(rows.count) * rowHeight + 10
        let width = labelWidth + barWidth + 60
        var svg = open(width: width, height: height, title: "Readiness per clause and theme, \(standard.title)")
        for (index, row) in rows.enumerated() {
            let y = 5 + Double(index) * rowHeight
            let length = barWidth * Double(DisplayFormat.percentage(row.1)) / 100
            let weight = row.2 ? " font-weight=\"bold\"" : ""
            svg += "<text x=\"\(labelWidth - 8)\" y=\"\(y + 15)\" text-anchor=\"end\"\(weight)>\(escaper.escape(clip(row.0)))</text>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(barWidth)\" height=\"16\" class=\"track\"/>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 3)\" width=\"\(length)\" height=\"16\" class=\"\(band(row.1))\"/>"
            svg += "<text x=\"\(labelWidth + barWidth + 8)\" y=\"\(y + 15)\">\(DisplayFormat.percent(row.1))</text>"
        }
        return svg + "</svg>"
    }

    /// A bar per severity, with its count.
    static func findings(_ counts: FindingCounts) -> String {
        let largest = max(1, Severity.allCases.map { counts[$0] }.max() ?? 1)
        let width = 140 + barWidth + 60
        var svg = open(width: width, height: Double(Severity.allCases.count) * rowHeight + 10,
                       title: "Likely findings by severity")
        for (index, severity) in Severity.allCases.enumerated() {
            let y = 5 + Double(index) * rowHeight
            let length = barWidth * Double(counts[severity]) / Double(largest)
            svg += "<text x=\"132\" y=\"\(y + 15)\" text-anchor=\"end\">\(severity.label)</text>"
            svg += "<rect x=\"140\" y=\"\(y + 3)\" width=\"\(length)\" height=\"16\" class=\"sev-\(severity.rawValue)\"/>"
            svg += "<text x=\"\(140 + length + 8)\" y=\"\(y + 15)\">\(counts[severity])</text>"
        }
        return svg + "</svg>"
    }

    private static func open(width: Double, height: Double, title: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 \(width) \(height)\" "
            + "width=\"\(width)\" height=\"\(height)\"><title>\(escaper.escape(title))</title>"
    }

    /// The colour band of a readiness: below half, below 80%, or at least 80%.
    private static func band(_ fraction: Double?) -> String {
        let percent = DisplayFormat.percentage(fraction)
        return percent < 50 ? "low" : percent < 80 ? "mid" : "high"
    }

    private static func clip(_ label: String) -> String {
        label.count > 42 ? String(label.prefix(41)) + "\u{2026}" : label
    }
}
