import AssessorCore
import GRDB

extension AssessmentStore {
    /// The whole assessment (profile, answers, evidence without its text, matches and suggested
    /// answers) read in one transaction and resolved against `catalog`: one consistent moment of
    /// the file, even while a writer adds to it.
    public func snapshot(catalog: Catalog) throws(StoreError) -> AssessmentSnapshot {
        let (profile, answers, evidence) = try read { db in
            (try ProfileRecord.fetch(db), try AnswerRecord.fetchAll(db),
             AssessmentEvidence(items: try EvidenceRecord.fetchAll(db, text: false),
                                matches: try EvidenceRecord.fetchAllMatches(db),
                                suggestions: try SuggestionRecord.fetchAll(db)))
        }
        return AssessmentSnapshot(profile: profile, catalog: catalog, answers: answers, evidence: evidence)
    }

    /// The evidence alone, read in one transaction (the interview reads it again after a decision).
    public func evidenceSnapshot() throws(StoreError) -> AssessmentEvidence {
        try read { db in
            AssessmentEvidence(items: try EvidenceRecord.fetchAll(db, text: false), matches: try EvidenceRecord.fetchAllMatches(db),
                               suggestions: try SuggestionRecord.fetchAll(db))
        }
    }
}
