import AssessorCore
import AssessorTestSupport
import Foundation
import Testing

struct FileKindTests {
    @Test func tellsFilesFromPipesFoldersDevicesAndMissingPaths() throws {
        let folder = try TemporaryFolder()
        let file = folder.url.appendingPathComponent("a.txt")
        try Data("abc".utf8).write(to: file)
        let fifo = folder.url.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let link = folder.url.appendingPathComponent("link").path
        #expect(symlink(file.path, link) == 0)

        #expect(FileKind(path: file.path) == .regular(size: 3))
        #expect(FileKind(path: folder.url.path) == .directory)
        #expect(FileKind(path: fifo) == .fifo)
        #expect(FileKind(path: "/dev/null") == .characterDevice)
        #expect(FileKind(path: link) == .regular(size: 3))
        #expect(FileKind(path: link, followingLinks: false) == .symbolicLink)
        #expect(FileKind(path: folder.url.appendingPathComponent("none").path) == .missing)
        #expect(FileKind(path: file.path + "/below") == .missing)
    }

    @Test func saysWhyANonRegularFileCannotBeRead() throws {
        let folder = try TemporaryFolder()
        let fifo = folder.url.appendingPathComponent("pipe").path
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(FileKind.problemReading(fifo) == "is a named pipe (FIFO), not a regular file")
        #expect(FileKind.problemReading("/dev/null") == "is a character device, not a regular file")
        #expect(FileKind.problemReading(folder.url.path) == "is a folder, not a regular file")
        #expect(FileKind.problemReading(folder.url.appendingPathComponent("gone").path) == "does not exist")
    }
}
