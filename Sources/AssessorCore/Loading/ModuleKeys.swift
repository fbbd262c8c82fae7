/// The keys each mapping of a module file may hold (schema version 1).
enum Keys {
    static let top: Set = ["schema_version", "module", "sections", "requirements", "questions"]
    static let module: Set = ["id", "kind", "title", "short_title", "edition", "version", "management_system"]
    static let section: Set = ["id", "title", "kind"]
    static let requirement: Set = [
        "id", "title", "kind", "section", "documented_information", "weight", "work", "mappings", "questions",
    ]
    static let mapping: Set = ["to", "relation"]
    static let question: Set = [
        "id", "prompt", "guidance", "scale", "choices", "unit", "min", "max", "whole_number", "not_applicable", "depends_on",
        "in_scope", "evidence",
    ]
    static let reference: Set = ["ref"]
    static let guidance: Set = ["good", "gap"]
    static let choice: Set = ["value", "label"]
    static let condition: Set = ["question", "equals", "any_of", "none_of", "at_least"]
    static let evidence: Set = ["documents", "keywords"]
}
