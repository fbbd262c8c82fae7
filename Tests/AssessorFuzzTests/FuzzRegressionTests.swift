import AssessorFuzzTargets
import AssessorTestSupport
import Foundation
import Testing

/// Every input fuzzing ever found (Tests/AssessorFuzzTests/Inputs/TARGET: crashes, hangs, and the
/// seeds kept with them) replayed through its target: each must come back with an answer, never
/// trap. `.ci/fuzz` writes new ones there.
struct FuzzRegressionTests {
    static let inputs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Inputs")

    /// Each saved input with the target it belongs to.
    static var saved: [SavedInput] {
        FuzzTarget.allCases.flatMap { target in
            let folder = inputs.appendingPathComponent(target.rawValue)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            return names.sorted().map { SavedInput(target: target, file: folder.appendingPathComponent($0)) }
        }
    }

    @Test(arguments: saved)
    func aSavedInputGetsAnAnswer(_ input: SavedInput) throws {
        let data = try Data(contentsOf: input.file)
        #expect(!input.target.run(data).isEmpty)
    }

    @Test func everyTargetHasSavedInputs() {
        let covered = Set(Self.saved.map(\.target))
        #expect(covered == Set(FuzzTarget.allCases), "missing: \(Set(FuzzTarget.allCases).subtracting(covered))")
    }
}

/// One file under Inputs/TARGET.
struct SavedInput: Sendable, CustomTestStringConvertible {
    var target: FuzzTarget
    var file: URL

    var testDescription: String { "\(target.rawValue)/\(file.lastPathComponent)" }
}
