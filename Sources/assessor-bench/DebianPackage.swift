import Foundation

/// Installs a Debian package the benchmark needs when it is missing (`apt-get update`, then
/// `apt-get install -y`), with sudo when not root.
enum DebianPackage {
    static func ensure(_ package: String) throws {
        if try CommandMeasurement.run("dpkg", ["-s", package]).status == 0 { return }
        print("installing \(package) with apt-get")
        _ = try aptGet(["update"])
        guard try aptGet(["install", "-y", "--no-install-recommends", package]) == 0 else {
            throw BenchError("apt-get install \(package) failed")
        }
    }

    private static func aptGet(_ arguments: [String]) throws -> Int32 {
        let command = (getuid() == 0 ? [] : ["sudo"]) + ["apt-get"] + arguments
        return try CommandMeasurement.run(command[0], Array(command.dropFirst())).status
    }
}
