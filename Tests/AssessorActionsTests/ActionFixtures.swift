import AssessorCore
import AssessorQuestionnaires
import AssessorTestSupport
import Foundation

/// The built-in modules and small evidence files for the actions' tests.
enum ActionFixtures {
    static let catalog = ModuleLoader.load(
        ModuleSource.searchPath(builtIn: BuiltInQuestionnaires.directory, environment: [:], options: [])).catalog

    /// A small XML export whose text is about information security policies.
    static func policyExport(in folder: TemporaryFolder, name: String = "policy.xml", revision: Int = 1) throws -> URL {
        try folder.write(name, """
            <?xml version="1.0"?>
            <document><title>Information security policy</title>
            <section>Revision \(revision). The information security policy and the topic-specific policies are approved by \
            management, communicated to staff and reviewed every year by the policy owner.</section></document>
            """)
    }
}
