import Foundation

/// Recognises an assessment file from its first bytes, without opening it with SQLite (which
/// could switch another database's journal mode): the SQLite signature and our application id.
enum AssessmentFileHeader {
    static func check(_ url: URL) throws(StoreError) {
        let path = url.path, name = url.relativePath
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw StoreError(path: name, reason: .notFound)
        }
        guard !isFolder.boolValue else { throw StoreError(path: name, reason: .isAFolder) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw StoreError(path: name, reason: .database("cannot be read; check its permissions"))
        }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 72)) ?? Data()
        guard header.count == 72, header.prefix(16) == Data("SQLite format 3\0".utf8) else {
            throw StoreError(path: name, reason: .notAnAssessment)
        }
        let applicationID = header[68..<72].reduce(Int32(0)) { $0 << 8 | Int32($1) }
        guard applicationID == AssessmentSchema.applicationID else { throw StoreError(path: name, reason: .notAnAssessment) }
    }
}

extension AssessmentStore {
    /// Whether the file at `url` is an assessment file (of any version), judged from its header
    /// alone: for callers that must never write over one.
    public static func isAssessment(at url: URL) -> Bool {
        do {
            try AssessmentFileHeader.check(url)
            return true
        } catch {
            return false
        }
    }
}
