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

    /// Reads one file; `path` is how it is named in the register and in errors. A caller that
    /// already hashed the file passes `contentHash` (see ``contentHash(of:)``) to spare a pass.
    public func read(_ url: URL, path: String, contentHash: String? = nil) throws(EvidenceError) -> ImportedEvidence {
        guard let format = EvidenceImporters.format(of: url) else {
            throw EvidenceError(path: path, reason: .unsupported("not a DOCX, XLSX or XML file"))
        }
        let hashing = ContentHash.start(url, known: contentHash)
        let text = DocumentText(analyser: matcher.makeAnalyser())
        let facts: DocumentFacts
        do {
            facts = try EvidenceImporters.importer(for: format).read(url, into: text, limits: limits)
        } catch {
            _ = hashing.wait()
            throw EvidenceError(path: path, reason: error)
        }
        guard let (hash, size) = hashing.wait() else {
            throw EvidenceError(path: path, reason: .unreadable("the file could not be read to its end"))
        }
        let title = facts.title.flatMap { $0.isEmpty ? nil : $0 } ?? Self.title(fromFileName: url)
        let titleAnalyser = matcher.makeAnalyser()
        titleAnalyser.add(title + " \n " + Self.title(fromFileName: url))
        let item = EvidenceItem(
            contentHash: hash, path: path, format: format, size: size, title: title, author: facts.author ?? "",
            created: facts.created, modified: facts.modified, documentVersion: facts.documentVersion,
            reviewDate: facts.reviewDate, recognisedAs: facts.recognisedAs, text: text.text)
        let matches = matcher.matches(body: text.finishAnalysis(), title: titleAnalyser.analysis,
                                      isTemplate: facts.recognisedAs?.contains("placeholders") == true)
        return ImportedEvidence(item: item, matches: matches, suggestions: matcher.suggestions(for: facts.statuses))
    }

    /// The SHA-256 of a file's bytes, hex, as stored in `EvidenceItem.contentHash`.
    public static func contentHash(of url: URL) throws -> String { try ContentHash.compute(url).0 }

    /// `Information_Security-Policy v2.docx` reads `Information Security Policy v2`.
    static func title(fromFileName url: URL) -> String {
        url.deletingPathExtension().lastPathComponent
            .replacingOccurrences(of: "_", with: " ").replacingOccurrences(of: "-", with: " ")
    }
}

/// SHA-256 of a file, read in 1 MiB chunks: on its own thread for a large file, so that it costs
/// no time next to the parse; at once for a small one.
final class ContentHash: @unchecked Sendable {
    private var result: (String, Int64)?
    private let done = DispatchSemaphore(value: 0)

    static func start(_ url: URL, known: String? = nil) -> ContentHash {
        let hash = ContentHash()
        let size = (try? url.resourceValues(forKeys: [.fileSizeKey]).fileSize) ?? .max
        if let known {
            hash.result = (known, Int64(size))
            hash.done.signal()
        } else if size <= 4 << 20 {
            hash.result = try? compute(url)
            hash.done.signal()
        } else {
            Thread.detachNewThread {
                hash.result = try? compute(url)
                hash.done.signal()
            }
        }
        return hash
    }

    func wait() -> (String, Int64)? {
        done.wait()
        return result
    }

    static func compute(_ url: URL) throws -> (String, Int64) {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        var hasher = SHA256()
        var size: Int64 = 0
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            hasher.update(data: chunk)
            size += Int64(chunk.count)
        }
        return (hasher.finalize().map { String(format: "%02x", $0) }.joined(), size)
    }
}
