/// One questionnaire module as read from its YAML file.
public struct QuestionnaireModule: Sendable {
    public var identity: ModuleIdentity
    /// Clauses and Annex A themes, in order (standard modules).
    public var sections: [Section]
    /// Requirements in the order they are asked (standard modules).
    public var requirements: [Requirement]
    /// The questions this module defines, inline under requirements or in `questions:`, in order.
    public var questions: [Question]
    /// The file it was read from.
    public var file: String
    /// Where each id and each cross-module reference stands in the file, for diagnostics.
    public var references: [ModuleReference]
    public var location: SourceLocation

    public init(
        identity: ModuleIdentity, sections: [Section] = [], requirements: [Requirement] = [],
        questions: [Question] = [], file: String, references: [ModuleReference] = [],
        location: SourceLocation? = nil
    ) {
        self.identity = identity
        self.sections = sections
        self.requirements = requirements
        self.questions = questions
        self.file = file
        self.references = references
        self.location = location ?? SourceLocation(file: file, line: 1, column: 1)
    }

    public func requirement(_ id: String) -> Requirement? { requirements.first { $0.id == id } }

    public func section(_ id: String) -> Section? { sections.first { $0.id == id } }
}

/// A name in a module that must resolve against other modules, and where it is written.
public struct ModuleReference: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// `ref:` to a question defined elsewhere.
        case questionRef
        /// `depends_on: question:`.
        case dependsOn
        /// `mappings: to:`.
        case mapping
        /// `in_scope:` naming a standard module.
        case inScope
        /// A question id this module defines (checked for duplicates across modules).
        case questionDefinition
    }

    public var kind: Kind
    public var target: String
    public var location: SourceLocation
}
