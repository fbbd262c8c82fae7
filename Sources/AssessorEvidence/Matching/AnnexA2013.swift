import Foundation

/// The ISO/IEC 27001:2013 Annex A controls and the 2022 control(s) each became, from the
/// reference table bundled as a resource (`iso27001-2013-to-2022.tsv`, with a source per row):
/// a citation of a 2013 id is carried onto its 2022 control and says that it was translated.
struct AnnexA2013: Sendable {
    struct Control: Sendable {
        var title: String
        /// The 2022 ids (`A.8.15`); two for a control that was split.
        var successors: [String]
    }

    /// By 2013 id (`A.12.4.1`).
    let controls: [String: Control]

    static let bundled: AnnexA2013 = {
        guard let url = Bundle.module.url(forResource: "iso27001-2013-to-2022", withExtension: "tsv"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return AnnexA2013(controls: [:]) }
        return AnnexA2013(tsv: text)
    }()

    init(controls: [String: Control]) { self.controls = controls }

    /// Reads `id_2013, title_2013, id_2022, relation, source` rows after a header.
    init(tsv: String) {
        var controls: [String: Control] = [:]
        for line in tsv.split(separator: "\n").dropFirst() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 3, fields[0].hasPrefix("A."), fields[2].hasPrefix("A.") else { continue }
            controls[fields[0], default: Control(title: fields[1], successors: [])].successors.append(fields[2])
        }
        self.controls = controls
    }
}
