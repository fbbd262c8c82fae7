import AssessorReports

/// What `assessor report` says it wrote: `html, 6 sections, 250 requirements, 131 Annex A controls, 412 KB`.
enum ReportSummaryLine {
    static func make(_ model: ReportModel, format: ReportFormat, output: ReportOutput) -> String {
        var parts = [format.rawValue, count(model.sections.count, "section")]
        if model.includes(.gaps) { parts.append(count(model.gapAnalysis.count, "requirement")) }
        if model.includes(.soa) { parts.append(count(model.statementOfApplicability.count, "Annex A control")) }
        if model.includes(.evidence) { parts.append(count(model.evidenceRegister.count, "evidence document")) }
        if case .folder(let files) = output { parts.append(count(files.count, "file")) }
        parts.append("\(max(1, output.byteCount / 1024)) KB")
        return parts.joined(separator: ", ")
    }

    private static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
