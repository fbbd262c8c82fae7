import AssessorCore
import AssessorEstimate
import AssessorEvidence
import AssessorInterview
import AssessorQuestionnaires
import Foundation

/// One reader of untrusted bytes that fuzzing drives: each evidence format, the answer sheets, the
/// questionnaire modules and the cost profile. Running a target on any input must return; a thrown
/// error is an expected answer to a bad file, a trap or a hang is a defect.
public enum FuzzTarget: String, Sendable, CaseIterable {
    case docx
    case xlsx
    case xml
    case sheetCSV = "sheet-csv"
    case sheetYAML = "sheet-yaml"
    case module
    case costProfile = "cost-profile"

    /// The file extensions of the inputs that seed it (from the corpus and the regression inputs).
    public var seedExtensions: [String] {
        switch self {
        case .docx: ["docx"]
        case .xlsx: ["xlsx"]
        case .xml: ["xml", "ckl"]
        case .sheetCSV: ["csv"]
        case .sheetYAML, .module, .costProfile: ["yaml", "yml"]
        }
    }

    /// Feeds `data` to the reader; returns a short outcome (`ok` or the error) for the replay tool.
    @discardableResult
    public func run(_ data: Data) -> String {
        switch self {
        case .docx, .xlsx, .xml: return EvidenceInput.shared.read(data, extension: seedExtensions[0])
        case .sheetCSV: return Self.sheet(data, .csv)
        case .sheetYAML: return Self.sheet(data, .yaml)
        case .module:
            let parsed = ModuleParser.parse(String(decoding: data, as: UTF8.self), file: "fuzz.yaml")
            return parsed.module == nil ? "\(parsed.diagnostics.count) diagnostics" : "ok"
        case .costProfile:
            do {
                _ = try CostProfileLoader.parse(String(decoding: data, as: UTF8.self), file: "fuzz.yaml")
                return "ok"
            } catch {
                return "\(error)"
            }
        }
    }

    private static func sheet(_ data: Data, _ format: AnswerSheetFormat) -> String {
        do {
            return "\(try format.reader.rows(of: String(decoding: data, as: UTF8.self)).count) rows"
        } catch {
            return "\(error)"
        }
    }
}
