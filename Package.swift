// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "assessor",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "assessor", targets: ["assessor"]),
        .executable(name: "assessor-bench", targets: ["assessor-bench"]),
        // Scoring plugins: shared libraries loaded at run time through the C ABI in CAssessorPluginABI.
        .library(name: "AssessorPluginAuditor", type: .dynamic, targets: ["AuditorScorer"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/ordo-one/TextTable", from: "0.0.2"),
        .package(url: "https://github.com/swiftlang/swift-subprocess", from: "1.0.2"),
        .package(url: "https://github.com/apple/swift-system", from: "1.8.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
    ],
    targets: [
        // The system libxml2 (streaming XML: evidence import, report writing), through a shim that tames its headers.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        // XML through libxml2 behind a small Swift API (the only wrapper of CLibXML2): a streaming writer
        // with checked calls, XML 1.0 character rules, and a locked-down SAX2 push parser for reading.
        .target(name: "AssessorXML", dependencies: ["CLibXML2"]),
        // The plugin ABI: a C header only, so a plugin can be written in C or in Swift (@_cdecl).
        .target(name: "CAssessorPluginABI"),
        // The JSON exchanged with scoring plugins: versioned Codable values, no other dependency.
        .target(name: "AssessorScoringContract"),
        // The model, questionnaire modules (loading, validation, discovery) and the interview plan.
        .target(name: "AssessorCore", dependencies: [
            .product(name: "Yams", package: "Yams"), .product(name: "Logging", package: "swift-log"),
        ]),
        // The built-in questionnaire modules, bundled with the executable.
        .target(
            name: "AssessorQuestionnaires",
            dependencies: ["AssessorCore"],
            path: "Questionnaires",
            sources: ["BuiltInQuestionnaires.swift"],
            resources: [
                .copy("scoping.yaml"), .copy("harmonized-structure.yaml"),
                .copy("iso42001.yaml"), .copy("iso27001.yaml"), .copy("iso9001.yaml"),
            ]
        ),
        // Scorers: the built-in one, plugins behind the C ABI, and the registry that finds them.
        .target(
            name: "AssessorScoring",
            dependencies: [
                "AssessorCore", "AssessorScoringContract", "CAssessorPluginABI",
                .product(name: "Subprocess", package: "swift-subprocess"),
                .product(name: "SystemPackage", package: "swift-system"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Readiness verdicts, remediation effort, audit days, certification cost and timeline: pure
        // functions of the scores, the scoping answers and an editable cost profile (YAML resource).
        .target(
            name: "AssessorEstimate",
            dependencies: ["AssessorCore", "AssessorScoringContract", .product(name: "Yams", package: "Yams")],
            resources: [.copy("default-cost-profile.yaml")]
        ),
        // The assessment file: SQLite through GRDB (WAL), answers with their full history.
        .target(name: "AssessorStore", dependencies: [
            "AssessorCore", .product(name: "GRDB", package: "GRDB.swift"), .product(name: "Logging", package: "swift-log"),
        ]),
        // The gap interview: session (what is asked next), consoles, recording with pre-fills,
        // progress, and answer sheets (CSV, YAML).
        .target(
            name: "AssessorInterview",
            dependencies: [
                "AssessorCore", "AssessorStore", .product(name: "Yams", package: "Yams"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
        // Reports: the report model, its assembly from an assessment and its estimate, and one writer per
        // format (HTML and Markdown through replaceable Mustache templates; DOCX and XLSX as zipped OOXML
        // written with AssessorXML).
        .target(
            name: "AssessorReports",
            dependencies: [
                "AssessorCore", "AssessorScoringContract", "AssessorEstimate", "AssessorXML",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [.copy("Templates")]
        ),
        // Evidence import: DOCX, XLSX and XML read with AssessorXML's push parser (streaming, hostile-file
        // safe), and matched to requirements.
        .target(
            name: "AssessorEvidence",
            dependencies: [
                "AssessorCore", "AssessorXML",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [.copy("Resources/iso27001-2013-to-2022.tsv")]
        ),
        // The workflows behind the commands, testable without the executable: creating an assessment,
        // importing evidence and deciding on it, scoring, estimating and building a report.
        .target(
            name: "AssessorActions",
            dependencies: [
                "AssessorCore", "AssessorStore", "AssessorScoring", "AssessorScoringContract", "AssessorEstimate",
                "AssessorEvidence", "AssessorReports", .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // The command-line interface: one file per command, each parse -> action -> render.
        .target(
            name: "AssessorCLI",
            dependencies: [
                "AssessorActions", "AssessorCore", "AssessorScoring", "AssessorQuestionnaires", "AssessorStore",
                "AssessorInterview", "AssessorReports", "AssessorEstimate", "AssessorEvidence",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "TextTable", package: "TextTable"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "assessor",
            dependencies: ["AssessorCLI", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),

        // Benchmarks: speed, memory and throughput against named peers (never timed unit tests).
        .executableTarget(
            name: "assessor-bench",
            dependencies: [
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                "AssessorActions", "AssessorCore", "AssessorStore", "AssessorInterview", "AssessorQuestionnaires",
                "AssessorReports", "AssessorReportFixtures", "AssessorScoring", "AssessorScoringContract", "AssessorEstimate",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),

        // Fuzzing: every reader of untrusted bytes as a target (AssessorFuzzTargets); `assessor-fuzz` replays
        // inputs, or, built by `.ci/fuzz` with -D FUZZING and libFuzzer, fuzzes one target.
        .target(
            name: "AssessorFuzzTargets",
            dependencies: ["AssessorCore", "AssessorEvidence", "AssessorInterview", "AssessorEstimate", "AssessorQuestionnaires"]
        ),
        .executableTarget(name: "assessor-fuzz", dependencies: ["AssessorFuzzTargets"]),

        // Run-time scoring plugins (not SwiftPM package plugins): each builds a dynamic library.
        .target(
            name: "AuditorScorer",
            dependencies: ["AssessorScoringContract", "CAssessorPluginABI"],
            path: "Plugins/AuditorScorer"
        ),

        // Helpers shared by the test targets: built products, running the CLI, temporary folders.
        .target(name: "AssessorTestSupport", path: "Tests/AssessorTestSupport"),
        // A full three-standard assessment made up for report tests and the reports benchmark.
        .target(
            name: "AssessorReportFixtures",
            dependencies: [
                "AssessorActions", "AssessorReports", "AssessorCore", "AssessorQuestionnaires", "AssessorScoring",
                "AssessorEstimate",
            ],
            path: "Tests/AssessorReportFixtures"
        ),
        .testTarget(
            name: "AssessorCoreTests",
            dependencies: [
                "AssessorCore", "AssessorQuestionnaires", "AssessorTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "AssessorScoringTests",
            dependencies: [
                "AssessorScoring", "AssessorCore", "AssessorQuestionnaires", "AssessorScoringContract",
                "AssessorTestSupport",
            ]
        ),
        .testTarget(name: "AssessorStoreTests", dependencies: ["AssessorStore", "AssessorCore", "AssessorTestSupport"]),
        .testTarget(name: "AssessorCLITests", dependencies: ["AssessorTestSupport"]),
        .testTarget(
            name: "AssessorInterviewTests",
            dependencies: [
                "AssessorInterview", "AssessorCore", "AssessorStore", "AssessorTestSupport",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "AssessorReportsTests",
            dependencies: [
                "AssessorReports", "AssessorReportFixtures", "AssessorCore", "AssessorQuestionnaires",
                "AssessorTestSupport", "AssessorStore", "AssessorEstimate", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .testTarget(
            name: "AssessorEstimateTests",
            dependencies: [
                "AssessorActions", "AssessorEstimate", "AssessorCore", "AssessorQuestionnaires", "AssessorScoring",
                "AssessorScoringContract", "AssessorTestSupport",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(name: "AssessorXMLTests", dependencies: ["AssessorXML", "AssessorTestSupport"]),
        .testTarget(
            name: "AssessorFuzzTests",
            dependencies: ["AssessorFuzzTargets", "AssessorTestSupport"],
            exclude: ["Inputs"]
        ),
        .testTarget(
            name: "AssessorActionsTests",
            dependencies: [
                "AssessorActions", "AssessorCore", "AssessorQuestionnaires", "AssessorStore", "AssessorEstimate",
                "AssessorReports", "AssessorScoring", "AssessorTestSupport",
            ]
        ),
        .testTarget(
            name: "AssessorEvidenceTests",
            dependencies: [
                "AssessorEvidence", "AssessorCore", "AssessorQuestionnaires", "AssessorStore", "AssessorTestSupport",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
    ]
)
