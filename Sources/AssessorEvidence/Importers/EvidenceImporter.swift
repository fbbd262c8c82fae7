import AssessorCore
import Foundation

/// Reads one file format into text and facts. One conforming type per format, listed in
/// ``EvidenceImporters``; the text goes to `text` block by block as it is read.
protocol EvidenceImporter: Sendable {
    /// The format it reads.
    var format: EvidenceItem.Format { get }

    /// Reads the file; throws a one-line reason when it cannot (the caller names the file).
    func read(_ file: EvidenceFile, into text: DocumentText, limits: ZipLimits) throws(EvidenceError.Reason) -> DocumentFacts
}

/// Every importer, and the choice of one by file name.
enum EvidenceImporters {
    static var all: [any EvidenceImporter] { EvidenceItem.Format.allCases.map(importer(for:)) }

    /// The format of a file by its extension, or nil when assessor does not import it.
    static func format(of url: URL) -> EvidenceItem.Format? {
        EvidenceItem.Format(rawValue: url.pathExtension.lowercased())
    }

    static func importer(for format: EvidenceItem.Format) -> any EvidenceImporter {
        switch format {
        case .docx: return DocxImporter()
        case .xlsx: return XlsxImporter()
        case .xml: return XMLImporter()
        }
    }
}
