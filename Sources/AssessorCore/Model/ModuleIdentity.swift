/// What a questionnaire module is for.
public enum ModuleKind: String, Sendable, Codable, CaseIterable {
    /// A certifiable standard: sections, requirements and their questions.
    case standard
    /// The scoping questions asked before everything else (size, sites, role, existing certifications).
    case scoping
    /// Questions shared by several standards, referenced from their requirements with `ref:`.
    case shared
}

/// The identity of a questionnaire module, as its `module:` block states it.
public struct ModuleIdentity: Sendable, Hashable, Codable {
    /// Lowercase letters, digits and `-`; unique among the loaded modules (`iso42001`).
    public var id: String
    public var kind: ModuleKind
    /// The full title (`ISO/IEC 42001:2023 Artificial intelligence management system`).
    public var title: String
    /// A short title for tables (`ISO/IEC 42001`).
    public var shortTitle: String
    /// The edition of the standard the module follows (`2023`); empty for scoping and shared modules.
    public var edition: String
    /// The version of the module's own content; an assessment records the versions it was answered with.
    public var version: String
    /// The name of the management system, used for `{system}` in shared questions (`AI management system`).
    public var managementSystem: String

    public init(
        id: String, kind: ModuleKind, title: String, shortTitle: String? = nil, edition: String = "",
        version: String, managementSystem: String = ""
    ) {
        self.id = id
        self.kind = kind
        self.title = title
        self.shortTitle = shortTitle ?? title
        self.edition = edition
        self.version = version
        self.managementSystem = managementSystem
    }
}
