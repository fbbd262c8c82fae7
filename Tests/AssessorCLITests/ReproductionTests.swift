import AssessorTestSupport
import Foundation
import Testing

/// The inputs that broke assessor, beside the repository.
let reliabilityRepros = BuiltProducts.shared.appendingPathComponent("reliability/repros")

/// Every input of `../shared/reliability/repros/` that used to crash, hang or poison an assessment
/// (the zip and sheet readers' own aside) gives one clear line or works, and the assessment still
/// works afterwards. Equivalent inputs made in the other suites run where the folder is missing.
@Suite(.enabled(if: FileManager.default.fileExists(atPath: reliabilityRepros.path), "needs ../shared/reliability/repros"))
struct ReproductionTests {
    let folder: TemporaryFolder

    init() throws {
        folder = try TemporaryFolder()
    }

    private func repro(_ name: String) -> String { reliabilityRepros.appendingPathComponent(name).path }

    /// A fresh three-standard assessment.
    private func assessment() throws -> String {
        let file = folder.path("acme.assessment").path
        let created = try CommandRun.assessor(["new", file, "--org", "Acme", "--standards", "iso42001,iso27001,iso9001"])
        #expect(created.status == 0, "\(created.error)")
        return file
    }

    /// A writable copy of a damaged assessment.
    private func copy(_ name: String) throws -> String {
        let file = folder.path(name).path
        try FileManager.default.copyItem(atPath: repro(name), toPath: file)
        chmod(file, 0o644)
        return file
    }

    private func oneLine(_ arguments: [String], contains text: String) throws {
        let run = try CommandRun.assessor(arguments)
        #expect(run.status == 1 && !run.signalled && run.output.isEmpty, "\(arguments[0]): \(run.output)")
        #expect(run.error.split(separator: "\n").count == 1 && run.error.contains(text), "\(arguments[0]): \(run.error)")
    }

    @Test func aCorruptedHistoryRowIsOneLineAndTheRestWorks() throws {
        let file = try copy("db_13_history.assessment")
        try oneLine(["history", file], contains: "of table answer_history (column question: no value where one is required) cannot be read")
        for command in ["status", "score", "estimate"] {
            #expect(try CommandRun.assessor([command, file]).status == 0, "\(command)")
        }
        #expect(try CommandRun.assessor(["check", file]).status == 1)
    }

    @Test func aCorruptedEvidenceRowIsOneLineAndCanBeRemoved() throws {
        let file = try copy("db_155_evidence.assessment")
        try oneLine(["evidence", file], contains: "remove it with 'assessor evidence \(file) remove 0'")
        #expect(try CommandRun.assessor(["history", file]).status == 0)
        #expect(try CommandRun.assessor(["evidence", file, "remove", "0"]).status == 0)
        #expect(try CommandRun.assessor(["evidence", file]).status == 0)
        #expect(try CommandRun.assessor(["report", file, "--output", folder.path("r.html").path]).status == 0)
    }

    @Test(arguments: ["poison_modified_year10000.docx", "poison_oscal.xml"])
    func aPoisonedDocumentImportsAndLeavesTheAssessmentWorking(_ name: String) throws {
        let file = try assessment()
        #expect(try CommandRun.assessor(["import", file, repro(name)]).status == 0)
        for arguments in [["evidence", file], ["status", file], ["report", file, "--output", folder.path("r.html").path], ["check", file]] {
            let run = try CommandRun.assessor(arguments)
            #expect(run.status == 0, "\(arguments[0]): \(run.error)")
        }
    }

    @Test func aSheetWithAHugeNumberIsRefusedOnItsRowAndTheEstimateWorks() throws {
        let file = try assessment()
        let sheet = repro("sheet_100_51e77283.yaml")
        let run = try CommandRun.assessor(["answer", file, "--from", sheet])
        #expect(run.status == 1)
        #expect(run.error.contains("\(sheet):4: '1.5e300' is not an answer to scope.sites; answer a whole number from 1 to 10,000"))
        #expect(run.output.contains("saved scope.employees = 120"), "the valid rows are saved")
        #expect(try CommandRun.assessor(["estimate", file]).status == 0)
    }

    @Test func aPluginReturningOutOfRangeScoresIsOneLineNamingIt() throws {
        let file = try assessment()
        try folder.write("common.h", """
            #include <stdlib.h>
            #include <string.h>
            #include <stdio.h>
            #include <stdint.h>
            #define ABI uint32_t assessor_plugin_abi_version(void) { return 1; }
            #define DESCRIBE(id) char *assessor_plugin_describe(void) { return strdup("{\\"schemaVersion\\":1,\\"id\\":\\"" id "\\",\\"name\\":\\"n\\",\\"version\\":\\"1\\",\\"summary\\":\\"s\\"}"); }
            #define FREE void assessor_plugin_free(char *s) { free(s); }
            """)
        let plugins = folder.path("plugins")
        try FileManager.default.createDirectory(at: plugins, withIntermediateDirectories: true)
        let library = plugins.appendingPathComponent("liar2.so").path
        let compiled = try CommandRun.run(URL(fileURLWithPath: "/usr/bin/env"),
                                          ["cc", "-shared", "-fPIC", "-I", folder.url.path, "-o", library,
                                           repro("plugin_out_of_range_scores/p.c")])
        #expect(compiled.status == 0, "\(compiled.error)")
        try oneLine(["score", file, "--scorer", "liar2", "--plugins", plugins.path],
                    contains: "\(library): returned scores outside the contract")
        #expect(try CommandRun.assessor(["score", file]).status == 0)
    }

    @Test func aSelfIncludingTemplateIsOneLine() throws {
        let file = try assessment()
        try oneLine(["report", file, "--format", "md", "--template", repro("template_recursive_partial"), "--output", "-"],
                    contains: "the partial 'letterhead' includes itself (letterhead > letterhead)")
    }
}
