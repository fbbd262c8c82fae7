/// Makes user-supplied text inert in one output format. Writers apply it to every value before a
/// template sees it, so a template author never has to think about escaping.
public protocol TextEscaper: Sendable {
    func escape(_ text: String) -> String
}

/// Characters XML 1.0 forbids (most C0 controls, lone surrogates cannot occur in Swift strings,
/// U+FFFE and U+FFFF), removed from text bound for HTML, SVG and Office XML.
enum ForbiddenCharacters {
    static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: return true
        case 0x0..<0x20, 0xFFFE, 0xFFFF: return false
        default: return true
        }
    }
}
