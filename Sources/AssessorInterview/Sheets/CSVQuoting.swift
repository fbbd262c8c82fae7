/// Checks the quoting of a CSV sheet before it is parsed. The CSV reader takes anything after a
/// closing quote (`"scope.sites" ,2`, a space before the comma) as part of the field, which then
/// runs on across lines and swallows the rest of the file; such a sheet is refused at that line.
enum CSVQuoting {
    /// The first misplaced quote, as an error at its line; nil when the quoting is sound.
    static func problem(in text: String) -> AnswerSheetError? {
        var line = 1, quoted = false, atFieldStart = true
        var scalars = text.unicodeScalars.makeIterator()
        var next = scalars.next()
        while let scalar = next {
            next = scalars.next()
            if scalar == "\n" { line += 1 }
            if quoted {
                guard scalar == "\"" else { continue }
                if next == "\"" {
                    next = scalars.next()
                    continue
                }
                quoted = false
                if let after = next, !["," as Unicode.Scalar, "\r", "\n"].contains(after) {
                    return AnswerSheetError(line: line, "'\(Character(after))' after a closing quote; put the whole field in "
                                            + "quotes and nothing between the quote and the comma (\"scope.sites\",2)")
                }
                atFieldStart = false
                continue
            }
            if scalar == "\"", atFieldStart { quoted = true }
            atFieldStart = scalar == "," || scalar == "\n" || scalar == "\r"
        }
        return nil
    }
}
