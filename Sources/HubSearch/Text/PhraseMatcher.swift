/// A term table's phrases by the keys of their words (a term id; -2 - its position for a stop word),
/// and which keys end a phrase, so that the table looks further only after such a word.
///
/// A class, so that the table's look at every word reads two fields rather than copying a struct that holds a dictionary.
final class PhraseMatcher {
    /// A phrase: its words' keys, and the id of its own term.
    struct Phrase {
        let keys: [Int32]
        let term: Int32
    }

    /// Whether there are phrases to match at all.
    let isActive: Bool
    /// The phrases whose last word has each key.
    private let endingWith: [Int32: [Phrase]]
    /// Per term id below `anchorCount`, whether a phrase ends with it.
    private let anchors: UnsafeMutablePointer<Bool>?
    private let anchorCount: Int
    /// Per stop-word position, whether a phrase ends with it.
    private let stopAnchors: UnsafeMutablePointer<Bool>?

    /// No phrases.
    init() {
        isActive = false
        endingWith = [:]
        anchors = nil
        anchorCount = 0
        stopAnchors = nil
    }

    /// `phrases` compiled with `id`, which gives (and makes) the id of a term.
    init(_ phrases: [SearchPhrase], id: (String) -> Int32) {
        var endingWith: [Int32: [Phrase]] = [:]
        for phrase in phrases {
            let keys = phrase.keys.map { key -> Int32 in
                switch key {
                case .term(let term): return id(term)
                case .stop(let position): return Int32(-2 - position)
                case .none: return -1
                }
            }
            endingWith[keys[keys.count - 1], default: []].append(Phrase(keys: keys, term: id(phrase.term)))
        }
        guard !endingWith.isEmpty else {
            (isActive, self.endingWith, anchors, anchorCount, stopAnchors) = (false, [:], nil, 0, nil)
            return
        }
        let anchorCount = Int(endingWith.keys.max() ?? -1) + 1
        let anchors = UnsafeMutablePointer<Bool>.allocate(capacity: max(1, anchorCount))
        anchors.initialize(repeating: false, count: max(1, anchorCount))
        let stopAnchors = UnsafeMutablePointer<Bool>.allocate(capacity: StopWords.ordered.count)
        stopAnchors.initialize(repeating: false, count: StopWords.ordered.count)
        for key in endingWith.keys {
            if key >= 0 { anchors[Int(key)] = true } else { stopAnchors[Int(-2 - key)] = true }
        }
        isActive = true
        self.endingWith = endingWith
        self.anchors = anchors
        self.anchorCount = anchorCount
        self.stopAnchors = stopAnchors
    }

    deinit {
        anchors?.deallocate()
        stopAnchors?.deallocate()
    }

    /// Whether some phrase ends with a word of this key.
    @inline(__always)
    func endsAPhrase(_ key: Int32) -> Bool {
        if key >= 0 { return Int(key) < anchorCount && anchors.unsafelyUnwrapped[Int(key)] }
        return key <= -2 && stopAnchors.unsafelyUnwrapped[Int(-2 - key)]
    }

    /// The phrases that end with a word of this key.
    func phrases(endingWith key: Int32) -> [Phrase] {
        endingWith[key] ?? []
    }
}
