#if !FUZZING
import AssessorFuzzTargets
import Foundation

/// `assessor-fuzz TARGET FILE...`: replays inputs through a fuzz target, one line each, as the
/// regression tests do. Built with `-D FUZZING` (by `.ci/fuzz`), libFuzzer drives the target instead.
@main
enum ReplayCommand {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        guard let name = arguments.first, let target = FuzzTarget(rawValue: name), arguments.count > 1 else {
            let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: "|")
            print("usage: assessor-fuzz \(names) FILE...")
            exit(2)
        }
        for path in arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                print("\(path): cannot read")
                continue
            }
            print("\(path): \(target.run(data))")
        }
    }
}
#endif
