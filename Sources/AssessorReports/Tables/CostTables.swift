/// The cost estimate as tables: its lines with a total, and its assumptions.
enum CostTables {
    static func intro(_ model: ReportModel) -> [String] {
        guard let cost = model.costEstimate else { return ["Cost \(DisplayFormat.notEstimated)."] }
        return ["Total: \(DisplayFormat.money(cost.total))."]
    }

    static func make(_ model: ReportModel) -> [ReportTable] {
        let cost = model.costEstimate
        let currency = cost?.total.currency ?? ""
        var lines: [[ReportTable.Cell]] = (cost?.lines ?? []).map { line in
            [.text(line.item), .text(line.category), .text(currency), .decimal(line.low), .decimal(line.likely),
             .decimal(line.high), .text(line.assumption)]
        }
        if let total = cost?.total {
            lines.append([.text("Total"), .empty, .text(currency), .decimal(total.low), .decimal(total.likely),
                          .decimal(total.high), .empty])
        }
        return [
            ReportTable(
                name: "cost-estimate", title: "Cost estimate",
                columns: [.init("Item", width: 40), .init("Category", width: 16), .init("Currency", width: 9),
                          .init("Low", width: 11), .init("Likely", width: 11), .init("High", width: 11),
                          .init("Assumption", width: 60)],
                rows: lines),
            ReportTable(name: "cost-assumptions", title: "Cost assumptions",
                        columns: [.init("Assumption", width: 100)],
                        rows: (cost?.assumptions ?? []).map { [.text($0)] }),
        ]
    }
}
