import AssessorXML
import Foundation

/// Parsing evidence with AssessorXML's parser: its failures become the reasons a file is not imported.
extension XMLPushParser {
    /// A parser for one document of an import (a file, a zip entry).
    static func evidence(name: String, handler: XMLHandler) throws(EvidenceError.Reason) -> XMLPushParser {
        do { return try XMLPushParser(name: name, handler: handler) } catch { throw EvidenceError.Reason(error) }
    }

    /// ``feed(_:)``, for an import.
    func add(_ bytes: UnsafeRawBufferPointer) throws(EvidenceError.Reason) {
        do { try feed(bytes) } catch { throw EvidenceError.Reason(error) }
    }

    /// ``finish()``, for an import.
    func end() throws(EvidenceError.Reason) {
        do { try finish() } catch { throw EvidenceError.Reason(error) }
    }

    /// Parses a whole file: from memory when it is held there, else read from disk; 256 KiB at a time.
    static func parse(_ file: EvidenceFile, with handler: XMLHandler) throws(EvidenceError.Reason) {
        let parser = try evidence(name: file.url.lastPathComponent, handler: handler)
        if let contents = file.contents {
            let failure = contents.withUnsafeBytes { bytes -> EvidenceError.Reason? in
                for start in stride(from: 0, to: bytes.count, by: chunkSize) {
                    do throws(EvidenceError.Reason) {
                        try parser.add(UnsafeRawBufferPointer(rebasing: bytes[start..<min(start + chunkSize, bytes.count)]))
                    } catch {
                        return error
                    }
                }
                return nil
            }
            if let failure { throw failure }
        } else {
            try EvidenceFile.forEachChunk(of: file.url.path, size: chunkSize) { bytes throws(EvidenceError.Reason) in
                try parser.add(bytes)
            }
        }
        try parser.end()
    }

    private static let chunkSize = 256 << 10
}

extension EvidenceError.Reason {
    /// The reason for a document libxml2 could not read: a DTD is refused for safety.
    init(_ error: XMLReadError) {
        switch error {
        case .malformed(let message): self = .malformed(message)
        case .declaresDTD: self = .refused(error.description)
        case .unreadable(let message): self = .unreadable(message)
        }
    }
}
