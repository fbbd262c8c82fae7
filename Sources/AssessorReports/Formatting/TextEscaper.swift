/// Makes user-supplied text inert in one output format. Writers apply it to every value before a
/// template sees it, so a template author never has to think about escaping.
public protocol TextEscaper: Sendable {
    func escape(_ text: String) -> String
}

