/// Finds likely identifiers in a document's text (a Markdown body, front matter, settings, a file
/// name or an address), so that nothing that could identify a child or family reaches the public site.
///
/// It looks for email addresses, UK phone numbers, postcodes, NHS, CHI and National Insurance numbers,
/// dates of birth (exact dates near "born", "DOB", "date of birth"), named schools, nurseries, GP
/// practices and hospitals, likely names of people, and any name on the hub's denylist. See `IdentifierKind`.
///
/// The text is first normalised to what a reader sees (`NormalisedText`: Unicode spaces, invisible
/// characters, character references, emphasis and line wraps), and every finding is located back in
/// what the author wrote. The scan is then one pass over the UTF-8 bytes: each check runs only where
/// a cheap test says it could match (an `@`, a digit, a capital at the start of a word, a "b" or "d"
/// starting a word), so it costs little more than reading the text. Precision matters: these are errors
/// for a person to look at, and ordinary review prose should produce none.
public struct IdentifierScanner: Sendable {
    /// Names to find anywhere in the text.
    public let denylist: Denylist
    /// Names never reported as names of people, in every text (the hub's).
    public let pseudonyms: Pseudonyms

    /// A scanner that also looks for the names on `denylist` and never reports `pseudonyms`.
    public init(denylist: Denylist = Denylist(names: []), pseudonyms: Pseudonyms = .none) {
        self.denylist = denylist
        self.pseudonyms = pseudonyms
    }

    /// What the scanned text is written in, for the escapes it may hold.
    public enum Syntax: Sendable {
        case markdown
        case yaml
    }

    /// The likely identifiers in `text`, in order of position, each with its 1-based line and column
    /// in `text` and the text a reader sees there. `pseudonyms` are the document's own.
    public func scan(_ text: String, syntax: Syntax = .markdown, pseudonyms own: Pseudonyms = .none) -> [IdentifierFinding] {
        var text = text
        text.makeContiguousUTF8()
        let hashes = own.names.isEmpty ? pseudonyms.hashes : pseudonyms.union(own).hashes
        return text.utf8.withContiguousStorageIfAvailable { buffer in
            let normalised = NormalisedText(buffer, syntax: syntax == .yaml ? .yaml : .markdown)
            let matches = normalised.bytes.withUnsafeBufferPointer { resolve(scanBytes(ScanBytes($0), pseudonyms: hashes, titleCased: false)) }
            return IdentifierScanner.locate(matches, of: normalised, in: ScanBytes(buffer))
        } ?? []
    }

    /// The likely identifiers in a name that is not prose: a file or folder name, a slug, an asset
    /// path, a link's address. Its separators (`-`, `_`, `/`, `+`, `=`, `?`, `&`, `#`) are read as
    /// spaces and its words of letters as capitalised (only titles and the gazetteer find names there);
    /// `column` is in `name`.
    public func scanName(_ name: String) -> [IdentifierFinding] {
        // An email address (`mailto:`) is found as one; its words are not read as names.
        let spelled = name.contains("@") ? Array(name.utf8) : NameSpelling.spell(name)
        return spelled.withUnsafeBufferPointer { buffer in
            let matches = resolve(scanBytes(ScanBytes(buffer), pseudonyms: pseudonyms.hashes, titleCased: !name.contains("@")))
            let text = ScanBytes(buffer)
            return matches.map { match in
                let column = text.text(0..<match.start).count + 1
                let matched = String(name.utf8.dropFirst(match.start).prefix(match.end - match.start)) ?? text.text(match.start..<match.end)
                return IdentifierFinding(kind: match.kind, matchedText: matched, line: 1, column: column)
            }
        }
    }

    // MARK: The pass

    /// Every match, unsorted, possibly overlapping.
    func scanBytes(_ text: ScanBytes, pseudonyms: Set<UInt64> = [], titleCased: Bool = false) -> [ByteMatch] {
        var found: [ByteMatch] = []
        let base = text.base
        let count = base.count
        var numbersResumeAt = 0
        var lowerCaseUse: [String: Bool] = [:]
        var index = 0
        while index < count {
            let byte = base[index]
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "+"), UInt8(ascii: "("):
                if index >= numbersResumeAt, byte >= UInt8(ascii: "0") || ScanBytes.isDigit(text.at(index + 1)),
                   NumberMatcher.mayStart(at: index, in: text) {
                    let (match, end) = NumberMatcher.match(in: text, at: index)
                    if let match { found.append(match) }
                    numbersResumeAt = end
                } else if ScanBytes.isDigit(byte) {
                    // Inside a number that cannot start a run: skip the rest of its digits.
                    var end = index + 1
                    while ScanBytes.isDigit(text.at(end)) { end += 1 }
                    numbersResumeAt = max(numbersResumeAt, end)
                }
            case UInt8(ascii: "@"):
                if let match = EmailMatcher.match(in: text, at: index) { found.append(match) }
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                if !text.isWordScalar(before: index) { capitalised(at: index, in: text, into: &found, lowerCaseUse: &lowerCaseUse) }
                index = Self.endOfLetters(after: index, in: base)
            case UInt8(ascii: "a")...UInt8(ascii: "z"):
                if !text.isWordScalar(before: index) {
                    if byte == UInt8(ascii: "b") || byte == UInt8(ascii: "d") { birthDates(at: index, in: text, into: &found) }
                    if byte == UInt8(ascii: "g"), let match = PostcodeMatcher.girobank(in: text, at: index) { found.append(match) }
                    if ScanBytes.isDigit(text.at(index + 1)) || (ScanBytes.isLower(text.at(index + 1)) && ScanBytes.isDigit(text.at(index + 2))) {
                        if let match = PostcodeMatcher.match(in: text, at: index) { found.append(match) }
                        if let match = NationalInsuranceMatcher.match(in: text, at: index) { found.append(match) }
                    } else if ScanBytes.isLower(text.at(index + 1)), text.at(index + 2) == 0x20 || text.at(index + 2) == UInt8(ascii: "-"),
                              ScanBytes.isDigit(text.at(index + 3)), let match = NationalInsuranceMatcher.match(in: text, at: index) {
                        found.append(match)
                    }
                }
                index = Self.endOfLetters(after: index, in: base)
            default:
                break
            }
            index += 1
        }
        found += denylist.matches(in: text)
        found += NameMatcher(text: text, pseudonyms: pseudonyms, titleCased: titleCased).matches()
        return found
    }

    /// The checks that start at a capital beginning a word: postcodes, NI numbers, institutions, dates of birth.
    private func capitalised(at index: Int, in text: ScanBytes, into found: inout [ByteMatch], lowerCaseUse: inout [String: Bool]) {
        let byte = text.at(index)
        if ScanBytes.isDigit(text.at(index + 1)) || ScanBytes.isDigit(text.at(index + 2)) {
            if let match = PostcodeMatcher.match(in: text, at: index) { found.append(match) }
        }
        if ScanBytes.isUpper(text.at(index + 1)) {
            if let match = NationalInsuranceMatcher.match(in: text, at: index) { found.append(match) }
        }
        if InstitutionMatcher.mayStartHead(byte), ScanBytes.isLower(text.at(index + 1)),
           let match = InstitutionMatcher.match(in: text, at: index, lowerCaseUse: &lowerCaseUse) {
            found.append(match)
        }
        if byte == UInt8(ascii: "B") || byte == UInt8(ascii: "D") { birthDates(at: index, in: text, into: &found) }
        if byte == UInt8(ascii: "G"), let match = PostcodeMatcher.girobank(in: text, at: index) { found.append(match) }
    }

    /// The index of the last ASCII letter in the run that starts at the letter `index`. Each letter
    /// after the first follows a letter, so it cannot start a match: letter cases check only word starts.
    @inline(__always)
    private static func endOfLetters(after index: Int, in base: UnsafeBufferPointer<UInt8>) -> Int {
        var next = index &+ 1
        while next < base.count, ScanBytes.isLetter(base[next]) { next &+= 1 }
        return next &- 1
    }

    private func birthDates(at index: Int, in text: ScanBytes, into found: inout [ByteMatch]) {
        guard let (end, lookBehind) = BirthDateMatcher.keyword(in: text, at: index) else { return }
        found += BirthDateMatcher.dates(in: text, keywordStart: index, keywordEnd: end, lookBehind: lookBehind)
    }

    // MARK: Tidying and positions

    /// Sorted by position; of overlapping matches of one kind, the earliest (then longest) is kept.
    func resolve(_ matches: [ByteMatch]) -> [ByteMatch] {
        let sorted = matches.sorted { ($0.start, -$0.end) < ($1.start, -$1.end) }
        var kept: [ByteMatch] = []
        var reachByKind: [IdentifierKind: Int] = [:]
        for match in sorted {
            if let reach = reachByKind[match.kind], match.start < reach { continue }
            kept.append(match)
            reachByKind[match.kind] = match.end
        }
        return kept
    }

    /// Turns ranges of the normalised text into findings located in the source: the line and column
    /// (in characters) of the character the match starts at; `matches` must be sorted.
    static func locate(_ matches: [ByteMatch], of normalised: NormalisedText, in source: ScanBytes) -> [IdentifierFinding] {
        let placed = matches.map { match in
            (match, normalised.map.sourceStart(of: match.start),
             normalised.bytes.withUnsafeBufferPointer { ScanBytes($0).text(match.start..<match.end) })
        }.sorted { $0.1 < $1.1 }
        var findings: [IdentifierFinding] = []
        findings.reserveCapacity(placed.count)
        var line = 1
        var lineStart = 0
        var scanned = 0
        // Column of `columnOffset` within the current line, to count characters incrementally.
        var columnOffset = 0
        var column = 1
        for (match, start, matched) in placed {
            while scanned < start {
                if source.base[scanned] == 0x0A {
                    line += 1
                    lineStart = scanned + 1
                }
                scanned += 1
            }
            if columnOffset < lineStart {
                columnOffset = lineStart
                column = 1
            }
            column += source.text(columnOffset..<start).count
            columnOffset = start
            findings.append(IdentifierFinding(kind: match.kind, matchedText: matched, line: line, column: column))
        }
        return findings
    }
}
