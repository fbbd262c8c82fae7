import Crypto
import Foundation

/// A file about to be imported, opened once. A small file's bytes are read into memory a single
/// time and serve both its hash and its parse (no second read, no Foundation file handle); a large
/// one is streamed from disk, and hashed in a pass of its own.
public struct EvidenceFile: Sendable {
    public let url: URL
    public let size: Int64
    /// The bytes of a file of at most ``inMemoryLimit`` bytes.
    let contents: Data?
    /// The SHA-256 of the bytes (hex, as `EvidenceItem.contentHash` stores it), once known: at once
    /// for a file held in memory, after ``computeHash()`` for a streamed one.
    public private(set) var contentHash: String?

    /// Files of up to 8 MB are held in memory while they are imported (a few at a time).
    public static let inMemoryLimit: Int64 = 8 << 20

    public init(_ url: URL) throws(EvidenceError.Reason) {
        self.url = url
        var status = stat()
        guard stat(url.path, &status) == 0 else { throw .unreadable(String(cString: strerror(errno))) }
        size = Int64(status.st_size)
        guard size <= Self.inMemoryLimit else {
            contents = nil
            return
        }
        let data = try Self.readAll(url.path, size: Int(size))
        contents = data
        contentHash = data.withUnsafeBytes { Self.hex(SHA256.hash(data: $0)) }
    }

    /// Hashes a streamed file in one pass (read in 1 MiB chunks); nothing to do for one in memory.
    @discardableResult
    public mutating func computeHash() throws(EvidenceError.Reason) -> String {
        if let contentHash { return contentHash }
        var hasher = SHA256()
        try Self.forEachChunk(of: url.path, size: 1 << 20) { bytes throws(EvidenceError.Reason) in hasher.update(bufferPointer: bytes) }
        let hash = Self.hex(hasher.finalize())
        contentHash = hash
        return hash
    }

    /// Reads a file from disk in chunks of `size` bytes, handing each to `body` (one buffer, reused).
    static func forEachChunk(
        of path: String, size: Int, _ body: (UnsafeRawBufferPointer) throws(EvidenceError.Reason) -> Void
    ) throws(EvidenceError.Reason) {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw .unreadable(String(cString: strerror(errno))) }
        defer { close(descriptor) }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: size, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let count = read(descriptor, buffer.baseAddress, buffer.count)
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { throw .unreadable(String(cString: strerror(errno))) }
            if count == 0 { return }
            try body(UnsafeRawBufferPointer(rebasing: buffer[..<count]))
        }
    }

    private static func readAll(_ path: String, size: Int) throws(EvidenceError.Reason) -> Data {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw .unreadable(String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var data = Data(count: size)
        let filled = data.withUnsafeMutableBytes { buffer -> Int in
            var filled = 0
            while filled < size {
                let count = read(descriptor, buffer.baseAddress! + filled, size - filled)
                if count < 0, errno == EINTR { continue }
                if count <= 0 { break }
                filled += count
            }
            return filled
        }
        guard filled == size else { throw .unreadable("the file changed size while it was read") }
        return data
    }

    private static func hex(_ digest: SHA256.Digest) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in digest {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 15)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
