import Foundation

extension OutputTarget {
    /// Writes one file: into a new file beside the destination, synced, then renamed over it.
    public func write(_ data: Data) throws(OutputError) {
        guard case .file = shape else { throw OutputError(path: path, reason: .fileForFolder) }
        let (folder, name) = ResolvedPath.split(resolved)
        let temporary = try make(in: folder, template: ".\(name).XXXXXX", folder: false)
        do throws(OutputError) {
            try fill(temporary, with: data)
            // Checked again at the last moment: something else may have been put there meanwhile.
            try checkStillWritable()
            chmod(temporary, Self.mode(replacing: resolved, default: 0o666))
            guard rename(temporary, resolved) == 0 else { throw systemError() }
        } catch {
            unlink(temporary)
            throw error
        }
    }

    /// Writes a folder of files: a new folder beside the destination, filled and synced, then put in
    /// its place in one step (the old folder, if any, removed after).
    public func write(files: [(name: String, data: Data)]) throws(OutputError) {
        guard case .folder = shape else { throw OutputError(path: path, reason: .folderForFile) }
        let (parent, name) = ResolvedPath.split(resolved)
        let temporary = try make(in: parent, template: ".\(name).XXXXXX", folder: true)
        do throws(OutputError) {
            for file in files where !file.name.contains("/") && !file.name.hasPrefix(".") {
                let destination = temporary + "/" + file.name
                guard FileManager.default.createFile(atPath: destination, contents: nil) else { throw systemError() }
                try fill(destination, with: file.data)
            }
            try checkStillWritable()
            chmod(temporary, Self.mode(replacing: resolved, default: 0o777))
            try FolderSwap.replace(resolved, with: temporary)
        } catch {
            try? FileManager.default.removeItem(atPath: temporary)
            throw error
        }
    }

    /// The permissions of what is replaced, else those a new file or folder gets (`default` less the umask).
    private static func mode(replacing path: String, default mode: mode_t) -> mode_t {
        var status = stat()
        if stat(path, &status) == 0 { return status.st_mode & 0o7777 }
        let mask = umask(0)
        umask(mask)
        return mode & ~mask
    }

    private func checkStillWritable() throws(OutputError) {
        try Self.checkKind(path, resolved: resolved, shape: shape)
    }

    private func make(in folder: String, template: String, folder isFolder: Bool) throws(OutputError) -> String {
        var name = Array((folder + "/" + template).utf8CString)
        let made = name.withUnsafeMutableBufferPointer { buffer -> Bool in
            if isFolder { return mkdtemp(buffer.baseAddress!) != nil }
            let descriptor = mkstemp(buffer.baseAddress!)
            guard descriptor >= 0 else { return false }
            close(descriptor)
            return true
        }
        guard made else { throw systemError() }
        return String(cString: name)
    }

    private func fill(_ file: String, with data: Data) throws(OutputError) {
        let descriptor = open(file, O_WRONLY | O_TRUNC | O_CLOEXEC)
        guard descriptor >= 0 else { throw systemError() }
        defer { close(descriptor) }
        let written = data.withUnsafeBytes { bytes -> Bool in
            var offset = 0
            while offset < bytes.count {
                let count = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { return false }
                offset += count
            }
            return true
        }
        guard written, fsync(descriptor) == 0 else { throw systemError() }
    }

    private func systemError() -> OutputError {
        OutputError.lastSystemError(at: path)
    }
}
