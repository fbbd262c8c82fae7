import AssessorCore

extension Matcher {
    /// The answers a control table's rows suggest: each row's control is resolved like a citation
    /// (a 2013 id onto its 2022 control), and its status is read as an answer to each question of
    /// that requirement that can take it (conformity questions; "not applicable" only where allowed).
    func suggestions(for statuses: [ControlStatus]) -> [AnswerSuggestion] {
        var result: [AnswerSuggestion] = []
        var seen: Set<String> = []
        for row in statuses {
            guard let value = StatusReading.value(of: row.status) else { continue }
            let findings = resolver.resolve([row.citation: 1], leaning: [:])
            for reference in findings.keys.sorted() {
                guard let requirement = catalog.requirement(reference) else { continue }
                for question in requirement.questionIDs.compactMap({ catalog.questions[$0] }) {
                    guard question.scale.kind == .conformity, value != .notApplicable || question.allowsNotApplicable,
                          seen.insert(question.id).inserted else { continue }
                    let cited = row.citation.standard.map { "\($0.label) " } ?? ""
                    result.append(AnswerSuggestion(
                        questionID: question.id, requirement: reference, value: value, justification: row.justification,
                        source: "\(row.location): \(row.status) (\(cited)\(row.citation.label))"))
                }
            }
        }
        return result
    }
}
