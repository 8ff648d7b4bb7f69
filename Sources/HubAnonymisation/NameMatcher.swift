/// Finds likely names of people without a denylist.
///
/// A capitalised word is a name when something says so: a title or form of address before it ("Mrs
/// Hughes", "PC Jones", "Nana Pat"); a role or relation before it in apposition ("the social worker,
/// Karen Platt,", "her stepfather Darren"); a possessive before a relation ("Kacper's mother"); a
/// citation after it ("Brandon et al.", "Munro (2011)"); or the gazetteer, which knows it as a given
/// name that is not also an ordinary word ("Jayden"), or as part of a hyphenated name ("Smith-Jones").
/// Following capitalised words join the name ("Jayden Smith"). Words the field capitalises that are not
/// names (`NameVocabulary.notNames`: Care Inspectorate, Signs of Safety, places), words in capitals,
/// single letters (Child A, Mr B) and the document's declared pseudonyms are never names; a name
/// followed by a place or organisation word ("Hope Street", "Brandon Centre") is not a person's.
struct NameMatcher {
    let text: ScanBytes
    /// Hashes of pseudonyms, which are never names.
    let pseudonyms: Set<UInt64>
    /// Every word was capitalised for the scan (a slug, a file name, an address): only the gazetteer
    /// and titles count, as capitals say nothing.
    let titleCased: Bool

    func matches() -> [ByteMatch] {
        var found: [ByteMatch] = []
        // A given name alone at the start of a sentence, where capitals say nothing ("Daniel to and..." in a
        // word list), counts only if the text names that person elsewhere: the hashes of names found.
        var deferred: [(match: ByteMatch, hash: UInt64)] = []
        var named: Set<UInt64> = []
        var index = 0
        let count = text.count
        let base = text.base
        while index < count {
            // Names start with capitals: skip to the next ASCII capital or non-ASCII lead byte.
            index = ByteSearch.nextCapital(in: base, from: index, to: count)
            guard index < count else { break }
            let byte = base[index]
            if byte >= 0xC0, !startsCapital(at: index) {
                index += 1
                continue
            }
            guard !text.isWordScalar(before: index), let word = NameWord.read(in: text, at: index) else {
                index += 1
                continue
            }
            if let match = name(at: word, joined: joinsLastName(word.start, found.last)) {
                if match.lone, !titleCased, isSentenceStart(word.start) {
                    deferred.append((match.match, word.hash))
                } else {
                    found.append(match.match)
                    named.formUnion(wordHashes(in: match.match))
                }
                index = max(match.resume, word.end)
            } else {
                index = word.end
            }
        }
        found += deferred.filter { named.contains($0.hash) }.map(\.match)
        return named.isEmpty ? found : found + mentions(of: named, besides: found)
    }

    /// The other mentions of names found: a capitalised word that is one ("Alfie", once "Alfie's mother" was
    /// found), wherever it stands.
    private func mentions(of named: Set<UInt64>, besides found: [ByteMatch]) -> [ByteMatch] {
        let starts = Set(found.map(\.start))
        var more: [ByteMatch] = []
        var index = 0
        while index < text.count {
            let byte = text.base[index]
            guard ScanBytes.isUpper(byte) || byte >= 0x80 && startsCapital(at: index), !text.isWordScalar(before: index),
                  let word = NameWord.read(in: text, at: index) else {
                index += 1
                continue
            }
            if word.mayBeName, named.contains(word.hash), !starts.contains(word.start), !pseudonyms.contains(word.hash),
               !followsHonorificOrName(word.start, in: found) {
                more.append(ByteMatch(kind: .personalName, start: word.start, end: word.nameEnd))
            }
            index = word.end
        }
        return more
    }

    /// The hashes of the words of a name found.
    private func wordHashes(in match: ByteMatch) -> [UInt64] {
        var hashes: [UInt64] = []
        var cursor = match.start
        while cursor < match.end, let word = NameWord.read(in: text, at: cursor) {
            hashes.append(word.hash)
            cursor = word.end + 1
        }
        return hashes
    }

    /// Whether `start` lies inside or right after a name already found ("Grant" of "Lewis Grant").
    private func followsHonorificOrName(_ start: Int, in found: [ByteMatch]) -> Bool {
        found.contains { $0.start <= start && start < $0.end + 1 }
    }

    /// Whether the line holding `index` is a Markdown heading, where every word may be capitalised.
    private func isHeading(_ index: Int) -> Bool {
        var cursor = index
        while cursor > 0, text.at(cursor - 1) != 0x0A { cursor -= 1 }
        while text.at(cursor) == 0x20 { cursor += 1 }
        return text.at(cursor) == UInt8(ascii: "#")
    }

    /// Whether `start` begins a sentence, a line, a heading, a list item, a table cell or a field's value.
    private func isSentenceStart(_ start: Int) -> Bool {
        var cursor = start
        while cursor > 0 {
            switch text.at(cursor - 1) {
            case 0x0A:
                return true
            case 0x20, UInt8(ascii: "#"), UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: ">"), UInt8(ascii: "|"),
                 UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "_"):
                cursor -= 1
            case UInt8(ascii: "]") where text.at(cursor - 3) == UInt8(ascii: "["):
                // A task list's box: "- [ ] ", "- [x] ".
                cursor -= 3
            case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"):
                return true
            default:
                return false
            }
        }
        return true
    }

    private func startsCapital(at index: Int) -> Bool {
        guard let (scalar, _) = text.scalar(at: index) else { return false }
        return scalar.properties.isUppercase
    }

    /// Whether the word at `start` follows the last name found and " & " or " and ": "Vincent & Petch".
    private func joinsLastName(_ start: Int, _ last: ByteMatch?) -> Bool {
        guard let last else { return false }
        return start == last.end + 3 && text.hasBytes(" & ", at: last.end) || start == last.end + 5 && text.hasBytes(" and ", at: last.end)
    }

    /// The name starting at or just after `word`, and where to go on reading; `joined` when it follows a
    /// name and "and" or "&".
    private func name(at word: NameWord, joined: Bool = false) -> (match: ByteMatch, resume: Int, lone: Bool)? {
        if word.flags.contains(.honorific), word.isCapitalised || word.letterCount <= 3 {
            return afterHonorific(word).map { ($0.match, $0.resume, false) }
        }
        guard word.mayBeName, !word.flags.contains(.notName), !word.flags.contains(.head),
              !pseudonyms.contains(word.hash) else { return nil }
        // The next word is read only where it can matter: most capitalised words start a sentence and are not names.
        let needsNext = !word.flags.isEmpty || word.isPossessive || ScanBytes.isUpper(text.at(word.end + 1)) || text.at(word.end + 1) >= 0xC0
            || text.hasBytes("the ", at: word.start - 4)
        let next = needsNext ? nextWord(after: word) : nil
        let last = extend(from: word, next: next)
        guard let evidence = joined ? .context : evidence(for: word, next: next) ?? (roleFollows(last.end) ? .context : nil),
              evidence == .context || !word.flags.contains(.place) else { return nil }
        // "Brandon Centre", "Victoria Park": a place or an organisation named after someone.
        if last.start == word.start, !word.isPossessive, let after = nextWord(after: last), after.isCapitalised,
           after.flags.contains(.head) {
            return nil
        }
        let lone = evidence == .gazetteer && last.start == word.start && !word.isPossessive
        return (ByteMatch(kind: .personalName, start: word.start, end: last.nameEnd), last.end, lone)
    }

    /// What says a word is a name.
    private enum Evidence {
        /// The gazetteer alone: a given name that is not an ordinary word.
        case gazetteer
        /// Its neighbours: a surname after it, a possessive and a relation, a role before it, a citation.
        case context
    }

    /// "Mrs Hughes", "Dr Sharon Vincent", "PC Jones": the capitalised words after a title.
    private func afterHonorific(_ title: NameWord) -> (match: ByteMatch, resume: Int)? {
        guard !title.isPossessive, var cursor = Optional(title.end) else { return nil }
        if text.at(cursor) == UInt8(ascii: ".") { cursor += 1 }
        guard text.at(cursor) == 0x20, let first = NameWord.read(in: text, at: cursor + 1), first.mayBeName,
              !first.flags.contains(.head), !first.flags.contains(.honorific), !pseudonyms.contains(first.hash),
              !(first.flags.contains(.notName) && !first.flags.contains(.surname)),
              title.flags.contains(.title) || first.flags.intersection(.known) != [] && !first.flags.contains(.ordinary)
                || first.flags.contains(.given) && !isHeading(title.start)
        else { return nil }
        let last = extend(from: first, next: nextWord(after: first))
        return (ByteMatch(kind: .personalName, start: first.start, end: last.nameEnd), last.end)
    }

    /// What says `word` is a name, if anything: itself (the gazetteer) or its neighbours.
    private func evidence(for word: NameWord, next: NameWord?) -> Evidence? {
        let flags = word.flags
        // "St Joseph's", "Saint Mary": a saint, in the name of a church, a school or a hospital.
        if followsSaint(word.start) { return nil }
        // "Smith-Jones", "Ruby-Rose": a hyphenated name, a part of which is known and not an ordinary word, or whose parts are all names.
        if word.partFlags.contains(where: { $0.intersection(.known) != [] && !$0.contains(.ordinary) && !$0.contains(.notName) })
            || word.partFlags.count > 1 && word.partFlags.allSatisfy({ $0.contains(.given) }) {
            return .context
        }
        if flags.contains(.given), let next, next.mayBeName, next.flags.contains(.surname),
           !next.flags.contains(.ordinary), !next.flags.contains(.notName) { return .context }
        let isGiven = flags.contains(.given) && !flags.contains(.ordinary)
        guard !titleCased else { return isGiven ? .gazetteer : nil }
        // "Kacper's mother"; not a place's ("Scotland's social work"), nor, at a sentence's start where
        // every word has a capital, a word the gazetteer does not know as a given name followed by what
        // anything may have ("Staff's view", "Champion's needs").
        if word.isPossessive, let next, !next.isCapitalised, next.flags.contains(.possessed), !flags.contains(.place),
           isGiven || !isSentenceStart(word.start) || !NameVocabulary.anyonesPossessions.contains(text.text(next.start..<next.end)) {
            return .context
        }
        // "the Nowak family", "the Okafor twins".
        if text.hasBytes("the ", at: word.start - 4), !word.isPossessive, let next, !next.isCapitalised,
           ["family", "families", "household", "twins", "children", "siblings", "brothers", "sisters", "boys", "girls"]
            .contains(text.text(next.start..<next.end)) {
            return .context
        }
        if followsRole(word.start) { return .context }
        // "Munro (2011)", "(Wonnacott, 2012": a known surname, or any name opening a citation.
        let opensCitation = text.at(word.start - 1) == UInt8(ascii: "(") || text.hasBytes("; ", at: word.start - 2)
            || text.hasBytes("& ", at: word.start - 2)
        let isKnown = flags.intersection(.known) != [] && !flags.contains(.ordinary)
        if (isKnown || opensCitation || !isSentenceStart(word.start)) && citationFollows(word.nameEnd) { return .context }
        return isGiven ? .gazetteer : nil
    }

    /// The last word of the name that starts with `word`: the capitalised words that follow it, one space apart.
    private func extend(from word: NameWord, next: NameWord?) -> NameWord {
        var last = word
        var candidate = next
        var added = 0
        while !last.isPossessive, added < 3, let following = candidate, following.start == last.end + 1,
              text.at(last.end) == 0x20, following.mayBeName, !following.flags.contains(.head),
              !titleCased || following.flags.intersection(.known) != [],
              !following.flags.contains(.honorific), !pseudonyms.contains(following.hash),
              !following.flags.contains(.notName) || following.flags.contains(.surname) && !following.flags.contains(.ordinary) {
            last = following
            added += 1
            candidate = nextWord(after: following)
        }
        return last
    }

    /// The word after `word`, one space (or a comma and a space) away.
    private func nextWord(after word: NameWord) -> NameWord? {
        guard text.at(word.end) == 0x20, text.at(word.end + 1) != 0x20 else { return nil }
        let start = word.end + 1
        let byte = text.at(start)
        guard ScanBytes.isLetter(byte) || byte >= 0x80 else { return nil }
        return NameWord.read(in: text, at: start)
    }
}
