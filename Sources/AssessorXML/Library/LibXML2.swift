internal import CLibXML2

/// The process-wide libxml2 set-up every wrapper in this module goes through before its first call.
enum LibXML2 {
    /// Initialises libxml2 once (before any thread uses it) and silences its generic error output
    /// on the calling thread (a per-thread setting; errors are reported through return codes).
    static func prepare() {
        _ = initialised
        assessor_xml_silence_errors()
    }

    private static let initialised: Void = xmlInitParser()
}
