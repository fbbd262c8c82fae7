import AssessorCore

/// Who would usually own the work on a requirement, from its clause or Annex A theme: a suggestion
/// for the action plan, which the organisation replaces with names.
enum OwnerRole {
    static func suggested(for requirement: Requirement, standard: ModuleIdentity) -> String {
        if requirement.kind == .clause { return clauseOwner(requirement, standard: standard) }
        switch (standard.id, requirement.section) {
        case ("iso27001", "A.6"): return "HR manager"
        case ("iso27001", "A.7"): return "Facilities manager"
        case ("iso27001", "A.8"): return "IT operations manager"
        case ("iso42001", "A.4"), ("iso42001", "A.6.1"), ("iso42001", "A.6.2"): return "AI engineering lead"
        case ("iso42001", "A.5"): return "AI risk owner"
        case ("iso42001", "A.7"): return "Data governance lead"
        case ("iso42001", "A.8"), ("iso42001", "A.9"): return "AI system owner"
        case ("iso42001", "A.10"): return "Supplier manager"
        default: return systemManager(standard)
        }
    }

    private static func clauseOwner(_ requirement: Requirement, standard: ModuleIdentity) -> String {
        if requirement.section == "5" || requirement.id.hasPrefix("9.3") { return "Top management" }
        if requirement.id.hasPrefix("9.2") { return "Internal audit lead" }
        if requirement.work == .training { return "HR manager" }
        return systemManager(standard)
    }

    /// The person running the management system of a standard.
    private static func systemManager(_ standard: ModuleIdentity) -> String {
        switch standard.id {
        case "iso27001": return "Information security manager"
        case "iso42001": return "AI management system lead"
        case "iso9001": return "Quality manager"
        default: return standard.managementSystem.isEmpty ? "Management system owner" : "\(standard.managementSystem) lead"
        }
    }
}
