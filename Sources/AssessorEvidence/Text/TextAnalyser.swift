/// Reads every block of a document's text once, as raw bytes: counts the vocabulary's phrases and
/// the words (for ranking), and finds explicit citations of requirements. Citations are looked for
/// in all of the text; words and phrases are counted in the first 32 MB of text and scaled to the
/// whole, which keeps a gigabyte export about as fast to read as to parse (BM25 then normalises by
/// a length in the millions of words, where a sample's frequencies rank the same as the full ones).
final class TextAnalyser {
    private var tokenizer = Tokenizer()
    private var phrases: PhraseCounter
    private var citations = CitationScanner()
    private var sampledBytes = 0
    private var totalBytes = 0
    static let sampleBytes = 32 << 20

    init(vocabulary: Vocabulary) {
        phrases = PhraseCounter(vocabulary: vocabulary)
    }

    /// One block of text (a paragraph, a cell, an element's text); `context` is the standard the
    /// markup around it names, if any.
    func add(_ bytes: UnsafeBufferPointer<UInt8>, context: StandardCue? = nil) {
        totalBytes += bytes.count
        if sampledBytes < Self.sampleBytes {
            sampledBytes += bytes.count
            phrases.feed(bytes, with: &tokenizer)
        }
        citations.scan(bytes, context: context)
    }

    func add(_ text: String, context: StandardCue? = nil) {
        var text = text
        text.withUTF8 { add($0, context: context) }
    }

    /// A citation found outside the running text (the id column of a control table).
    func add(_ citation: Citation) { citations.add(citation) }

    /// How often each standard's number was named so far.
    var standardMentions: [String: Int] { citations.standardMentions }

    /// What was found, for the matcher.
    var analysis: TextAnalysis {
        let scale = sampledBytes == 0 ? 1 : Double(totalBytes) / Double(sampledBytes)
        return TextAnalysis(
            phraseCounts: scale == 1 ? phrases.counts : phrases.counts.map { Int32(min(Double($0) * scale, Double(Int32.max))) },
            wordCount: Int(Double(phrases.tokenCount) * scale), citations: citations.counts,
            standardMentions: citations.standardMentions)
    }
}

/// The result of reading a document's text: what the matcher ranks and resolves.
public struct TextAnalysis: Sendable, Equatable {
    /// How often each vocabulary phrase occurs, by phrase id.
    var phraseCounts: [Int32]
    /// The number of words: BM25's document length.
    public var wordCount: Int
    /// Each explicit citation and how often it occurs.
    public var citations: [Citation: Int]
    /// How often each standard's number occurs (`27001`: 12).
    public var standardMentions: [String: Int]

    func count(_ phrase: Int?) -> Int { phrase.map { Int(phraseCounts[$0]) } ?? 0 }
}
