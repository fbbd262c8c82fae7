import AssessorCore
import Foundation

extension AssessmentStore {
    /// Where output (a report, an answer sheet) may be written at `path` beside the assessment at
    /// `assessment`: never the assessment itself, its side files (under any name, links resolved)
    /// or any other assessment file.
    public static func outputTarget(_ path: String, shape: OutputTarget.Shape, assessment: URL) throws(OutputError) -> OutputTarget {
        try OutputTarget(path, shape: shape, protected: [assessment.path], sideSuffixes: sideSuffixes) { file in
            isAssessment(at: URL(fileURLWithPath: file)) ? "an assessment file" : nil
        }
    }
}
