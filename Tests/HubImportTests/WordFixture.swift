import Foundation
import HubTestSupport

/// Word documents made for the tests: pandoc writes a `.docx` from Markdown, then a small Python
/// script edits its XML to add what Word adds (tracked changes, a reviewer's comment, core properties).
enum WordFixture {
    /// The Python helper: `png OUT` writes a tiny PNG carrying a text chunk that names a photographer;
    /// `patch IN OUT` adds the tracked changes, the comment and the properties.
    static let python = #"""
    import re, struct, sys, zipfile, zlib
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)
    if sys.argv[1] == "png":
        rows = b"".join(b"\x00" + b"\x20\x60\xa0" * 8 for _ in range(8))
        png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 8, 8, 2, 0, 0, 0))
               + chunk(b"tEXt", b"Author\x00Photographer Fenella Fotheringay") + chunk(b"IDAT", zlib.compress(rows))
               + chunk(b"IEND", b""))
        open(sys.argv[2], "wb").write(png)
        sys.exit(0)
    if sys.argv[1] == "odt":
        source, target = zipfile.ZipFile(sys.argv[2]), zipfile.ZipFile(sys.argv[3], "w", zipfile.ZIP_DEFLATED)
        info = ('<office:change-info><dc:creator>Rhiannon Reviewer</dc:creator><dc:date>2024-01-01T00:00:00</dc:date></office:change-info>')
        regions = ('<text:tracked-changes><text:changed-region text:id="ct1"><text:deletion>' + info
            + '<text:p>at Oakfield Primary School</text:p></text:deletion></text:changed-region>'
            + '<text:changed-region text:id="ct2"><text:insertion>' + info + '</text:insertion></text:changed-region></text:tracked-changes>')
        change = ('<text:change text:change-id="ct1"/><text:change-start text:change-id="ct2"/>four times<text:change-end text:change-id="ct2"/>'
            '<office:annotation><dc:creator>Cedric Commenter</dc:creator><text:p>Check this with Tobias Secretname</text:p></office:annotation>')
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "content.xml":
                data = data.replace(b"<office:text>", b"<office:text>" + regions.encode(), 1).replace(b"TRACKED-CHANGES", change.encode())
            target.writestr(item, data, compress_type=zipfile.ZIP_STORED if item.filename == "mimetype" else zipfile.ZIP_DEFLATED)
        target.close()
        sys.exit(0)
    source, target = zipfile.ZipFile(sys.argv[2]), zipfile.ZipFile(sys.argv[3], "w", zipfile.ZIP_DEFLATED)
    changed = ('<w:p><w:r><w:t xml:space="preserve">The panel met </w:t></w:r>'
        '<w:ins w:id="901" w:author="Rhiannon Reviewer" w:date="2024-01-01T00:00:00Z"><w:r><w:t xml:space="preserve">four times </w:t></w:r></w:ins>'
        '<w:del w:id="902" w:author="Rhiannon Reviewer" w:date="2024-01-01T00:00:00Z"><w:r><w:delText xml:space="preserve">at Oakfield Primary School </w:delText></w:r></w:del>'
        '<w:commentRangeStart w:id="0"/><w:r><w:t xml:space="preserve">during the review.</w:t></w:r><w:commentRangeEnd w:id="0"/>'
        '<w:r><w:commentReference w:id="0"/></w:r></w:p>')
    comment = ('<w:comment w:id="0" w:author="Cedric Commenter" w:date="2024-01-01T00:00:00Z"><w:p><w:r>'
        '<w:t>Check this with the family of Tobias Secretname</w:t></w:r></w:p></w:comment>')
    for item in source.infolist():
        data = source.read(item.filename)
        if item.filename == "word/document.xml":
            data = re.sub(rb"<w:p>(?:(?!<w:p>).)*?TRACKED-CHANGES</w:t></w:r></w:p>", changed.encode(), data, count=1, flags=re.S)
        if item.filename == "word/comments.xml":
            data = re.sub(rb"<w:comments([^>]*?)/?>.*", lambda m: b"<w:comments" + m.group(1) + b">" + comment.encode() + b"</w:comments>", data, flags=re.S)
        if item.filename == "docProps/core.xml":
            data = re.sub(rb"<dc:title>.*?</dc:title>", b"<dc:title>Properties title, not the document's</dc:title>", data)
            data = re.sub(rb"<dc:creator>.*?</dc:creator>", b"<dc:creator>Priya Propertyname</dc:creator>"
                          b"<cp:lastModifiedBy>Morgan Modifier</cp:lastModifiedBy><cp:keywords>Keyword Kellerman</cp:keywords>", data)
        target.writestr(item, data)
    target.close()
    """#

    /// The report's Markdown: a title, headings, lists, a table, a footnote, a link, a picture, an email
    /// address, and a paragraph the script replaces with tracked changes and a comment.
    static let markdown = """
        ---
        title: Learning review of Child W
        author: Alex Authorname
        ---

        # Introduction

        The review looked at how agencies worked together.[^1] See [the guidance](https://www.example.org/guidance).

        Contact the lead reviewer at jo.bloggs@example.com for the full report.

        - First learning point
        - Second learning point

        1. Number one
        2. Number two

        | Agency | Involvement |
        |--------|-------------|
        | Health | Health visiting |
        | School | Attendance |

        ![A chart of referrals](chart.png)

        ## Findings

        TRACKED-CHANGES

        [^1]: A note at the foot of the page.

        """

    /// Writes a short report as `report.odt` in `folder`, with a tracked deletion and insertion and a comment; returns its path.
    static func makeOpenDocument(in folder: String) throws -> String {
        let script = folder + "/word-fixture.py"
        try Data(python.utf8).write(to: URL(fileURLWithPath: script))
        let markdown = "---\ntitle: Review of Child O\n---\n\n# Summary\n\nThe panel met TRACKED-CHANGES during the review.\n\n- A point\n"
        try Data(markdown.utf8).write(to: URL(fileURLWithPath: folder + "/report-odt.md"))
        try expectSuccess(CommandRunner.run(try need("pandoc"), ["report-odt.md", "-o", "report-plain.odt"], in: folder))
        try expectSuccess(CommandRunner.run(try need("python3"), [script, "odt", folder + "/report-plain.odt", folder + "/report.odt"]))
        return folder + "/report.odt"
    }

    /// Writes the report as `name.docx` in `folder`, with tracked changes, a comment and properties; returns its path.
    static func make(in folder: String, name: String = "report", markdown: String = markdown) throws -> String {
        let script = folder + "/word-fixture.py"
        try Data(python.utf8).write(to: URL(fileURLWithPath: script))
        let python3 = try need("python3"), pandoc = try need("pandoc")
        try expectSuccess(CommandRunner.run(python3, [script, "png", folder + "/chart.png"]))
        try Data(markdown.utf8).write(to: URL(fileURLWithPath: folder + "/\(name).md"))
        try expectSuccess(CommandRunner.run(pandoc, ["\(name).md", "-o", "\(name)-plain.docx"], in: folder))
        try expectSuccess(CommandRunner.run(python3, [script, "patch", folder + "/\(name)-plain.docx", folder + "/\(name).docx"]))
        return folder + "/\(name).docx"
    }

    static func need(_ program: String) throws -> String {
        guard let path = CommandRunner.find(program) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "\(program) is not installed (scripts/install-deps --test)"])
        }
        return path
    }

    private static func expectSuccess(_ result: CommandRunner.Result) throws {
        if result.status != 0 { throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: result.errors]) }
    }
}
