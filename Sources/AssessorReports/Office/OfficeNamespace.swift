/// The XML namespaces of the Office Open XML parts the DOCX and XLSX writers produce.
enum OfficeNamespace {
    static let contentTypes = "http://schemas.openxmlformats.org/package/2006/content-types"
    static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    /// Relationship ids in parts (`r:id`), and the prefix of the officeDocument relationship types.
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let coreProperties = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
    static let extendedProperties = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
    static let dublinCore = "http://purl.org/dc/elements/1.1/"
    static let dublinCoreTerms = "http://purl.org/dc/terms/"
    static let schemaInstance = "http://www.w3.org/2001/XMLSchema-instance"
    static let wordprocessing = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let spreadsheet = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
}
