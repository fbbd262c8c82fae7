#if FUZZING
import AssessorFuzzTargets
import Foundation

/// The target this process fuzzes, named by `ASSESSOR_FUZZ_TARGET` (see `.ci/fuzz`).
private let target: FuzzTarget = {
    let name = ProcessInfo.processInfo.environment["ASSESSOR_FUZZ_TARGET"] ?? ""
    guard let target = FuzzTarget(rawValue: name) else {
        let names = FuzzTarget.allCases.map(\.rawValue).joined(separator: ", ")
        FileHandle.standardError.write(Data("set ASSESSOR_FUZZ_TARGET to one of: \(names)\n".utf8))
        exit(2)
    }
    return target
}()

/// libFuzzer's entry point: one input to the chosen target.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    target.run(Data(bytes: bytes, count: count))
    return 0
}
#endif
