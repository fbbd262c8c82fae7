/// Escapes text for XML (HTML, SVG, Office Open XML) content and attribute values: `& < > " '`, and removes the
/// characters XML 1.0 forbids.
public struct XmlEscaper: TextEscaper {
    public init() {}

    public func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: if ForbiddenCharacters.isAllowed(scalar) { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }
}
