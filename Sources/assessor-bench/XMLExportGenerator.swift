import Foundation

/// Writes an OSCAL-like control catalog of a given size: groups of controls with titles,
/// statements, guidance and ISO references, the shape of the real exports users bring.
enum XMLExportGenerator {
    static func write(megabytes: Int, in folder: URL) throws -> URL {
        let file = folder.appendingPathComponent("generated-\(megabytes)MB.xml")
        _ = FileManager.default.createFile(atPath: file.path, contents: nil)
        let handle = try FileHandle(forWritingTo: file)
        defer { try? handle.close() }
        handle.write(Data("""
            <?xml version="1.0" encoding="UTF-8"?>
            <catalog xmlns="http://csrc.nist.gov/ns/oscal/1.0" uuid="00000000-0000-4000-8000-000000000000">
            <metadata><title>Generated catalog for benchmarks</title><last-modified>2025-01-01T00:00:00Z</last-modified><version>1.0</version></metadata>

            """.utf8))
        var written = 0
        var group = 0
        let target = megabytes * 1_000_000
        while written < target {
            group += 1
            var chunk = "<group id=\"g\(group)\"><title>Access control family \(group)</title>\n"
            for control in 1...50 {
                chunk += """
                    <control id="g\(group)-c\(control)" class="SP800-53"><title>Account management \(control)</title>
                    <prop name="label" value="AC-\(control)"/>
                    <part name="statement" id="g\(group)-c\(control)_smt"><p>The organization defines an access control policy, \
                    reviews user access rights quarterly and removes accounts of leavers within one working day; \
                    privileged access is approved by the system owner and logged (see ISO/IEC 27001 A.5.15 and A.8.2).</p></part>
                    <part name="guidance"><p>Least privilege &amp; segregation of duties apply; evidence includes access review \
                    records, joiner-mover-leaver tickets and the audit log retention settings.</p></part>
                    <link rel="reference" href="#ref-\(control)"/></control>

                    """
            }
            chunk += "</group>\n"
            let data = Data(chunk.utf8)
            handle.write(data)
            written += data.count
        }
        handle.write(Data("</catalog>\n".utf8))
        return file
    }
}
