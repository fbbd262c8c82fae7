import Foundation

/// Builds a small C shared library for plugin tests, with the system C compiler.
public enum CPlugin {
    /// The C source of a plugin exporting the four ABI functions; each part can be replaced to
    /// make a broken plugin.
    public static func source(
        abiVersion: String = "1",
        describe: String = #"{"schemaVersion":1,"id":"fixture","name":"Fixture","version":"0.1.0","summary":"A test plugin."}"#,
        omit: String? = nil, constructor: String = "", describeBody: String? = nil,
        scoreReply: String = #"{\"schemaVersion\":1,\"requirements\":[]}"#
    ) -> String {
        func function(_ name: String, _ body: String) -> String { name == omit ? "" : body }
        return """
            #include <stdlib.h>
            #include <string.h>
            #include <stdint.h>
            #include <signal.h>
            #include <stdio.h>
            #include <unistd.h>
            \(constructor.isEmpty ? "" : "__attribute__((constructor)) static void on_load(void) { \(constructor) }")
            \(function("assessor_plugin_abi_version", "uint32_t assessor_plugin_abi_version(void) { return \(abiVersion); }"))
            \(function("assessor_plugin_describe", "char *assessor_plugin_describe(void) { \(describeBody ?? "return strdup(\(cString(describe)));") }"))
            \(function("assessor_plugin_score", "char *assessor_plugin_score(const char *r) { (void)r; return strdup(\"\(scoreReply)\"); }"))
            \(function("assessor_plugin_free", "void assessor_plugin_free(char *s) { free(s); }"))
            """
    }

    /// Compiles `source` into `folder/name.so`.
    @discardableResult
    public static func build(_ source: String, name: String, in folder: URL) throws -> URL {
        let file = folder.appendingPathComponent("\(name).c")
        try Data(source.utf8).write(to: file)
        let library = folder.appendingPathComponent("\(name).so")
        let run = try CommandRun.run(URL(fileURLWithPath: "/usr/bin/env"),
                                     ["cc", "-shared", "-fPIC", "-o", library.path, file.path])
        guard run.status == 0 else { throw CPluginError(message: run.error) }
        return library
    }

    private static func cString(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}

public struct CPluginError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { "cc failed: \(message)" }
}
