import AssessorEstimate

/// The cost estimate as tables: its lines up to the certificate and over the 3-year cycle with a
/// total, and every assumption with its source.
enum CostTables {
    static func intro(_ cost: CostBreakdown) -> [String] {
        let total = cost.total
        return ["To the certificate: \(DisplayFormat.money(total.toCertificate, total.currency)). "
                + "Over the 3-year cycle: \(DisplayFormat.money(total.cycle, total.currency))."]
    }

    static func make(_ cost: CostBreakdown) -> [ReportTable] {
        let currency = cost.total.currency
        func amounts(_ toCertificate: EstimateRange, _ cycle: EstimateRange) -> [ReportTable.Cell] {
            [toCertificate.low, toCertificate.likely, toCertificate.high, cycle.low, cycle.likely, cycle.high].map(ReportTable.Cell.decimal)
        }
        let lines: [[ReportTable.Cell]] = cost.lines.map { line in
            [.text(line.item), .text(currency)] + amounts(line.toCertificate, line.cycle)
                + [.text(line.assumption), .text(line.source), .text(line.status)]
        }
        let total: [ReportTable.Cell] = [.text("Total"), .text(currency)] + amounts(cost.total.toCertificate, cost.total.cycle)
            + [.empty, .empty, .empty]
        return [
            ReportTable(
                name: "cost-estimate", title: "Cost estimate",
                columns: [.init("Item", width: 30), .init("Currency", width: 9), .init("To certificate, low", width: 11),
                          .init("To certificate, likely", width: 11), .init("To certificate, high", width: 11),
                          .init("3-year cycle, low", width: 11), .init("3-year cycle, likely", width: 11),
                          .init("3-year cycle, high", width: 11), .init("Assumption", width: 50), .init("Source", width: 30),
                          .init("Status", width: 11)],
                rows: lines + [total]),
            ReportTable(name: "cost-assumptions", title: "Assumptions",
                        columns: [.init("Topic", width: 10), .init("Assumption", width: 80), .init("Source", width: 40),
                                  .init("Status", width: 11)],
                        rows: cost.assumptions.map { [.text($0.topic), .text($0.text), .text($0.source), .text($0.status)] }),
        ]
    }
}
