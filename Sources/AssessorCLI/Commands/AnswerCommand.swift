import ArgumentParser
import AssessorInterview
import Foundation

/// `assessor answer FILE ID VALUE` or `assessor answer FILE --from SHEET`: set answers without the interview.
struct AnswerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "answer",
        abstract: "Set one answer, or many from a CSV or YAML sheet, without the interview.",
        discussion: """
            A value is checked against its question as in the interview ('na' needs --justification). \
            Without --note or --justification the recorded ones are kept.

            --from reads a CSV file with the header question,value,note,justification (note and \
            justification may be left out; an empty cell keeps the recorded one), or a YAML list of \
            mappings with the same keys. Every valid row is saved; each invalid row is reported as \
            FILE:LINE: message, and the command then exits with status 1.

            Examples:
              assessor answer acme.assessment iso42001.4.1.q1 largely --note "in the CMDB"
              assessor answer acme.assessment iso27001.A.7.4.q1 na \\
                --justification "no premises of our own"
              assessor answer acme.assessment --from prefill.csv

            'assessor status FILE --json' lists the question ids still open.
            """
    )

    @Argument(help: ArgumentHelp("The assessment file.", valueName: "file")) var file: String
    @Argument(help: ArgumentHelp("The question to answer (iso42001.4.1.q1).", valueName: "question-id")) var questionID: String?
    @Argument(help: ArgumentHelp("The answer, as the interview takes it: a level (not_in_place, partially, largely, "
                                 + "fully), a number, yes/no, a choice, ? for don't know or na for not applicable.",
                                 valueName: "value"))
    var value: String?
    @Option(help: ArgumentHelp("A note on the answer; an empty text clears it (default: the recorded note is kept).",
                               valueName: "text"))
    var note: String?
    @Option(help: ArgumentHelp("Why the question does not apply; needed for 'na' (default: the recorded one is kept).",
                               valueName: "text"))
    var justification: String?
    @Option(name: .customLong("from"), help: ArgumentHelp(
        "A sheet of answers: .csv, or .yaml/.yml (instead of QUESTION-ID VALUE).", valueName: "sheet"))
    var sheet: String?
    @OptionGroup var assessor: AssessorOptions
    @OptionGroup var modules: ModuleOptions

    func validate() throws {
        if let sheet {
            guard questionID == nil, note == nil, justification == nil else {
                throw ValidationError("Please give either --from SHEET or QUESTION-ID VALUE [--note] [--justification], not both.")
            }
            guard AnswerSheetFormat(path: sheet) != nil else {
                throw ValidationError("Please give a .csv, .yaml or .yml file to --from.")
            }
        } else if questionID == nil || value == nil {
            throw ValidationError("Please give a QUESTION-ID and a VALUE, or --from SHEET.")
        }
    }

    func run() throws {
        let rows = try sheet.map(readSheet)
        let assessment = try AssessmentFile.open(file, modules: modules, exclusive: true)
        let recorder = try AnswerRecorder(assessment: assessment, person: assessor.person)
        guard let rows, let sheet else {
            let entry = AnswerEntry(questionID: questionID ?? "", value: value ?? "", note: note, justification: justification)
            let outcome = try recorder.record(try entry.answer(in: assessment, existing: recorder.answers[entry.questionID]))
            AnswerOutput.print(outcome)
            return
        }
        let report = try AnswerSheetImport(recorder: recorder).run(rows)
        report.saved.forEach(AnswerOutput.print)
        for problem in report.problems { Terminal.standardError("\(sheet):\(problem.line): \(problem.message)") }
        let changed = report.saved.filter(\.changed).count
        Terminal.show("\(sheet): \(changed) saved, \(report.saved.count - changed) unchanged, \(report.problems.count) with errors")
        if !report.problems.isEmpty { throw ExitCode.failure }
    }

    /// The rows of the sheet, read before the assessment is opened: an unreadable sheet changes nothing.
    private func readSheet(_ path: String) throws -> [AnswerSheetRow] {
        guard let format = AnswerSheetFormat(path: path) else { return [] }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw CommandFailure("\(path) does not exist; check the name of the sheet")
        }
        guard !isFolder.boolValue else { throw CommandFailure("\(path) is a folder; give --from the sheet file itself") }
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw CommandFailure("cannot read \(path); check that it is readable UTF-8 text")
        }
        do {
            return try format.reader.rows(of: text)
        } catch {
            throw CommandFailure("\(path):\(error.line): \(error.message); nothing was saved")
        }
    }
}
