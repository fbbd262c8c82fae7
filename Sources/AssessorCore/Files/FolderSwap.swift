import Foundation

/// Puts a newly written folder in place of another in one step: Linux's `renameat2` with
/// `RENAME_EXCHANGE` swaps the two, then the old one is removed. Where the call is missing, the
/// old folder is renamed aside first (a crash in between leaves it there, beside the new one).
enum FolderSwap {
    private typealias Renameat2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32
    private static let exchange: UInt32 = 2  // RENAME_EXCHANGE

    /// Replaces `destination` (a folder, or nothing) with `replacement`; removes what was there.
    static func replace(_ destination: String, with replacement: String) throws(OutputError) {
        guard FileKind(path: destination, followingLinks: false) == .directory else {
            guard rename(replacement, destination) == 0 else { throw failure(destination) }
            return
        }
        if let renameat2 = function(), renameat2(AT_FDCWD, replacement, AT_FDCWD, destination, exchange) == 0 {
            try? FileManager.default.removeItem(atPath: replacement)
            return
        }
        let aside = replacement + ".old"
        guard rename(destination, aside) == 0 else { throw failure(destination) }
        guard rename(replacement, destination) == 0 else {
            let error = failure(destination)
            _ = rename(aside, destination)
            throw error
        }
        try? FileManager.default.removeItem(atPath: aside)
    }

    private static func function() -> Renameat2? {
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: Renameat2.self)
    }

    private static func failure(_ path: String) -> OutputError {
        OutputError.lastSystemError(at: path)
    }
}
