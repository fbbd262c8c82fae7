import AssessorXML

/// The charts of the HTML report, drawn as inline SVG (no scripts, no fetches) with the XML
/// writer: readiness per clause and theme as horizontal bars, and likely findings by severity.
enum SvgCharts {
    private static let labelWidth = 330.0, barWidth = 360.0, rowHeight = 22.0

    /// One chart per standard: a bar per clause or theme, the overall readiness first.
    static func readiness(_ standard: StandardScorecard) throws -> String {
        let rows = [("Overall", standard.readiness, true)]
            + standard.sections.map { ("\($0.id) \($0.title)", $0.readiness, false) }
        let height = Double(rows.count) * rowHeight + 10
        return try chart(width: labelWidth + barWidth + 60, height: height,
                         title: "Readiness per clause and theme, \(standard.title)") { svg in
            for (index, row) in rows.enumerated() {
                let y = 5 + Double(index) * rowHeight
                let length = barWidth * Double(DisplayFormat.percentage(row.1)) / 100
                try label(svg, x: labelWidth - 8, y: y + 15, anchor: "end", bold: row.2, text: clip(row.0))
                try bar(svg, x: labelWidth, y: y + 3, width: barWidth, className: "track")
                try bar(svg, x: labelWidth, y: y + 3, width: length, className: band(row.1))
                try label(svg, x: labelWidth + barWidth + 8, y: y + 15, text: DisplayFormat.percent(row.1))
            }
        }
    }

    /// A bar per severity, with its count.
    static func findings(_ counts: FindingCounts) throws -> String {
        let largest = max(1, Severity.allCases.map { counts[$0] }.max() ?? 1)
        return try chart(width: 140 + barWidth + 60, height: Double(Severity.allCases.count) * rowHeight + 10,
                         title: "Likely findings by severity") { svg in
            for (index, severity) in Severity.allCases.enumerated() {
                let y = 5 + Double(index) * rowHeight
                let length = barWidth * Double(counts[severity]) / Double(largest)
                try label(svg, x: 132, y: y + 15, anchor: "end", text: severity.label)
                try bar(svg, x: 140, y: y + 3, width: length, className: "sev-\(severity.rawValue)")
                try label(svg, x: 140 + length + 8, y: y + 15, text: String(counts[severity]))
            }
        }
    }

    /// An `<svg>` fragment (no XML declaration, for inlining in HTML) with its accessible title.
    private static func chart(width: Double, height: Double, title: String,
                              content: (XMLStreamWriter) throws -> Void) throws -> String {
        let svg = try XMLStreamWriter()
        try svg.startElement("svg", namespace: "http://www.w3.org/2000/svg")
        for (name, value) in [("class", "chart"), ("role", "img"), ("viewBox", "0 0 \(number(width)) \(number(height))"),
                              ("width", number(width)), ("height", number(height))] {
            try svg.attribute(name, value)
        }
        try svg.element("title", text: title)
        try content(svg)
        try svg.endElement()
        return String(decoding: try svg.finish(), as: UTF8.self)
    }

    private static func label(_ svg: XMLStreamWriter, x: Double, y: Double, anchor: String? = nil, bold: Bool = false,
                              text: String) throws {
        try svg.startElement("text")
        try svg.attribute("x", number(x))
        try svg.attribute("y", number(y))
        if let anchor { try svg.attribute("text-anchor", anchor) }
        if bold { try svg.attribute("font-weight", "bold") }
        try svg.text(text)
        try svg.endElement()
    }

    private static func bar(_ svg: XMLStreamWriter, x: Double, y: Double, width: Double, className: String)
        throws {
        try svg.element("rect", ["x": number(x), "y": number(y), "width": number(width), "height": "16", "class": className])
    }

    /// A coordinate: whole numbers without a fraction (`330`, `20`, `58.84615384615385`).
    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
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
