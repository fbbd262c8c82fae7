/// `word/styles.xml`: the fonts and sizes of the report (sizes in half-points).
enum DocxStyles {
    static let xml = OfficePackage.declaration
        + "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
        + "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Liberation Sans\" w:hAnsi=\"Liberation Sans\" "
        + "w:cs=\"Liberation Sans\" w:eastAsia=\"Liberation Sans\"/><w:sz w:val=\"19\"/><w:szCs w:val=\"19\"/>"
        + "<w:lang w:val=\"en-GB\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"100\" "
        + "w:line=\"264\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>"
        + style("Normal", name: "Normal", paragraph: "", run: "", isDefault: true)
        + style("Title", name: "Title", paragraph: "<w:spacing w:after=\"60\"/>",
                run: "<w:b/><w:color w:val=\"1F5F8B\"/><w:sz w:val=\"44\"/>")
        + style("Subtitle", name: "Subtitle", paragraph: "<w:spacing w:after=\"240\"/>",
                run: "<w:color w:val=\"5B6774\"/><w:sz w:val=\"22\"/>")
        + style("Heading1", name: "heading 1", paragraph: "<w:keepNext/><w:pageBreakBefore/><w:spacing w:before=\"120\" "
                + "w:after=\"160\"/><w:outlineLvl w:val=\"0\"/>", run: "<w:b/><w:color w:val=\"1F5F8B\"/><w:sz w:val=\"32\"/>")
        + style("Heading2", name: "heading 2", paragraph: "<w:keepNext/><w:spacing w:before=\"200\" w:after=\"80\"/>"
                + "<w:outlineLvl w:val=\"1\"/>", run: "<w:b/><w:sz w:val=\"24\"/>")
        + style("TableText", name: "Table Text", paragraph: "<w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/>",
                run: "<w:sz w:val=\"16\"/><w:szCs w:val=\"16\"/>")
        + style("Caveat", name: "Caveat", paragraph: "", run: "<w:i/><w:color w:val=\"5B6774\"/>")
        + "</w:styles>"

    private static func style(_ id: String, name: String, paragraph: String, run: String, isDefault: Bool = false) -> String {
        let based = id == "Normal" ? "" : "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>"
        return "<w:style w:type=\"paragraph\"\(isDefault ? " w:default=\"1\"" : "") w:styleId=\"\(id)\">"
            + "<w:name w:val=\"\(name)\"/>\(based)<w:pPr>\(paragraph)</w:pPr><w:rPr>\(run)</w:rPr></w:style>"
    }
}
