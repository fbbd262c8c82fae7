import AssessorCore
import Crypto
import Foundation

/// One file read and matched, ready to store with `AssessmentStore.addEvidence`.
public struct ImportedEvidence: Sendable {
    public var item: EvidenceItem
    public var matches: [EvidenceMatch]
    public var suggestions: [AnswerSuggestion]
}

/// Reads evidence files into items with their matches and suggested answers. The file's hash is
/// computed on another thread while it is parsed; the parse streams, so memory stays flat.
public struct EvidenceReader: Sendable {
    public let matcher: Matcher
    public let limits: ZipLimits

    public init(matcher: Matcher, limits: ZipLimits = .standard) {
        self.matcher = matcher
        self.limits = limits
    }

    /// The extensions imported (`docx`, `xlsx`, `xml`).
    public static var extensions: [String] { EvidenceImporters.all.map(\.format.rawValue) }

    /// Reads one file; `path` is how it is named in the register and in errors.
    public func read(_ url: URL, path: String) throws(EvidenceError) -> ImportedEvidence {
        let file: EvidenceFile
        do {
            file = try EvidenceFile(url)
        } catch {
            throw EvidenceError(path: path, reason: error)
        }
        return try read(file, path: path)
    }

    /// Reads a file already opened (and maybe hashed, see ``EvidenceFile/computeHash()``).
    public func read(_ file: EvidenceFile, path: String) throws(EvidenceError) -> ImportedEvidence {
        let url = file.url
        guard let format = EvidenceImporters.format(of: url) else {
            throw EvidenceError(path: path, reason: .unsupported("not a DOCX, XLSX or XML file"))
        }
        let hashing = ContentHash.start(file)
        let text = DocumentText(analyser: matcher.makeAnalyser())
        let facts: DocumentFacts
        do {
            facts = try EvidenceImporters.importer(for: format).read(file, into: text, limits: limits)
        } catch {
            _ = hashing.wait()
            throw EvidenceError(path: path, reason: error)
        }
        guard let hash = hashing.wait() else {
            throw EvidenceError(path: path, reason: .unreadable("the file could not be read to its end"))
        }
        let title = facts.title.flatMap { $0.isEmpty ? nil : $0 } ?? Self.title(fromFileName: url)
        let titleAnalyser = matcher.makeAnalyser()
        titleAnalyser.add(title + " \n " + Self.title(fromFileName: url))
        let item = EvidenceItem(
            contentHash: hash, path: path, format: format, size: file.size, title: title, author: facts.author ?? "",
            created: facts.created, modified: facts.modified, documentVersion: facts.documentVersion,
            reviewDate: facts.reviewDate, recognisedAs: facts.recognisedAs, text: text.text)
        let matches = matcher.matches(body: text.finishAnalysis(), title: titleAnalyser.analysis,
                                      isTemplate: facts.recognisedAs?.contains("placeholders") == true)
        return ImportedEvidence(item: item, matches: matches, suggestions: matcher.suggestions(for: facts.statuses))
    }

    /// `Information_Security-Policy v2.docx` reads `Information Security Policy v2`.
    static func title(fromFileName url: URL) -> String {
        url.deletingPathExtension().lastPathComponent
            .replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "-", with: " ")
    }
}

/// The hash of a file being parsed: known already, or computed on a thread of its own while the
/// file is streamed into the parser, so that it costs no time next to the parse.
final class ContentHash: @unchecked Sendable {
    private var result: String?
    private let done = DispatchSemaphore(value: 0)

    static func start(_ file: EvidenceFile) -> ContentHash {
        let hash = ContentHash()
        if let known = file.contentHash {
            hash.result = known
            hash.done.signal()
        } else {
            Thread.detachNewThread {
                var file = file
                hash.result = try? file.computeHash()
                hash.done.signal()
            }
        }
        return hash
    }

    func wait() -> String? {
        done.wait()
        return result
    }
}
