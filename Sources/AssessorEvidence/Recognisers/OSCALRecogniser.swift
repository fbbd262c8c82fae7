/// NIST OSCAL XML (catalogs, system security plans, assessment results): the root element names
/// the model, and `metadata` holds the title, version and last-modified date.
struct OSCALRecogniser: XMLRecogniser {
    let root: String
    let kind: String

    func recognises(root: String, namespace: String) -> Bool {
        root == self.root && namespace.hasPrefix("http://csrc.nist.gov/ns/oscal")
    }

    var titlePath: [String] { [root, "metadata", "title"] }
    var versionPath: [String] { [root, "metadata", "version"] }
    var modifiedPath: [String] { [root, "metadata", "last-modified"] }
}
