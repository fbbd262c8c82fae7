/// An explicit reference to a requirement found in evidence text: `A.5.15`, `clause 9.2`,
/// `ISO/IEC 27001 A.8.15`, `Annex A 6.2.4`, `cl.5.2`, `Control 8.8`. What it points to is decided
/// later (``CitationResolver``), with the standard the text names around it.
public struct Citation: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        /// An Annex A control: `A.5.15`, `Annex A 6.2.4`, `Control 8.8`.
        case annex
        /// A clause of the main body: `clause 9.2`, `cl.5.2`.
        case clause
    }

    public var kind: Kind
    /// The number without any `A.` prefix: `5.15`, `12.4.1`, `9.2`.
    public var number: String
    /// The standard named before it in the same block, or given by the surrounding markup.
    public var standard: StandardCue?

    public init(kind: Kind, number: String, standard: StandardCue? = nil) {
        self.kind = kind
        self.number = number
        self.standard = standard
    }

    /// How many levels the number has: `12.4.1` has 3.
    public var levels: Int { number.split(separator: ".").count }

    /// The first level: `12` for `12.4.1`.
    public var theme: Int { Int(number.prefix { $0 != "." }) ?? 0 }

    /// How it reads: `A.12.4.1`, `clause 9.2`.
    public var label: String { kind == .annex ? "A.\(number)" : "clause \(number)" }
}

/// A standard named in evidence text: its number (`27001`) and, when stated, its edition (`2013`).
public struct StandardCue: Sendable, Hashable {
    public var number: String
    public var edition: String?

    public init(number: String, edition: String? = nil) {
        self.number = number
        self.edition = edition
    }

    /// The standard an ISO catalogue page names (`https://www.iso.org/standard/54534.html` is
    /// ISO/IEC 27001:2013), as SCAP content uses in its `reference` elements.
    public init?(isoCatalogueURL url: String) {
        let known: [(String, StandardCue)] = [
            ("/54534", StandardCue(number: "27001", edition: "2013")),
            ("/82875", StandardCue(number: "27001", edition: "2022")),
            ("/27001", StandardCue(number: "27001", edition: "2022")),
            ("/81230", StandardCue(number: "42001", edition: "2023")),
            ("/62085", StandardCue(number: "9001", edition: "2015")),
        ]
        guard url.contains("iso.org"), let match = known.first(where: { url.contains($0.0) }) else { return nil }
        self = match.1
    }

    /// The standard numbers whose mention sets the context of a citation.
    static let numbers = ["27001", "27002", "42001", "9001"]

    public var label: String {
        let name = number == "9001" ? "ISO 9001" : "ISO/IEC \(number)"
        return edition.map { "\(name):\($0)" } ?? name
    }
}
