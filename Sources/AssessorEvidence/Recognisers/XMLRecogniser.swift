/// Recognises a kind of XML export by its root element and namespace, and says where its title,
/// version and dates stand. One conforming type per kind, listed in ``XMLRecognisers``.
protocol XMLRecogniser: Sendable {
    /// What the register calls it (`OSCAL system security plan`).
    var kind: String { get }
    func recognises(root: String, namespace: String) -> Bool
    /// Element paths from the root (local names) whose text gives each fact.
    var titlePath: [String] { get }
    var versionPath: [String] { get }
    var modifiedPath: [String] { get }
    /// The element whose attributes may name the standard its text cites (XCCDF `reference`).
    var contextElement: StaticString? { get }
    /// The standard such an element's text cites, from its attributes (an XCCDF `reference`
    /// whose `href` names ISO/IEC 27001:2013).
    func context(attribute: (StaticString) -> String?) -> StandardCue?
}

extension XMLRecogniser {
    var contextElement: StaticString? { nil }
    func context(attribute: (StaticString) -> String?) -> StandardCue? { nil }
}

/// The XML recognisers, and the generic fallback's title rule.
enum XMLRecognisers {
    static let all: [any XMLRecogniser] = [
        OSCALRecogniser(root: "catalog", kind: "OSCAL catalog"),
        OSCALRecogniser(root: "system-security-plan", kind: "OSCAL system security plan"),
        OSCALRecogniser(root: "assessment-results", kind: "OSCAL assessment results"),
        XCCDFRecogniser(),
    ]

    static func recogniser(root: String, namespace: String) -> (any XMLRecogniser)? {
        all.first { $0.recognises(root: root, namespace: namespace) }
    }
}
