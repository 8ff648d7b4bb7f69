/// Counts, while the hub's indexes are built, the documents of each learning theme and how often two
/// themes share a document. Themes are numbered (declared ones first, in order), so that counting
/// pairs hashes no strings.
struct ThemeTally {
    private var ids: [String]
    private var numbers: [String: Int]
    private var documents: [[Int]]
    private var pairCounts: [[Int]]

    init(declared: [String]) {
        ids = declared
        numbers = Dictionary(declared.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        documents = [[Int]](repeating: [], count: declared.count)
        pairCounts = [[Int]](repeating: [Int](repeating: 0, count: declared.count), count: declared.count)
    }

    /// Counts document `index`, whose themes are `themes`.
    mutating func add(_ index: Int, themes: [String]) {
        let numbers = themes.map { number(of: $0) }
        for number in numbers { documents[number].append(index) }
        for first in numbers {
            for second in numbers where second != first { pairCounts[first][second] += 1 }
        }
    }

    /// The documents of each theme that has any.
    var documentsByTheme: [String: [Int]] {
        Dictionary(uniqueKeysWithValues: ids.indices.compactMap { number in
            documents[number].isEmpty ? nil : (ids[number], documents[number])
        })
    }

    /// For each theme, the themes that share documents with it: most often first, then in the order declared.
    var cooccurrence: [String: [ThemeCooccurrence]] {
        Dictionary(uniqueKeysWithValues: ids.indices.compactMap { number in
            let counts = pairCounts[number]
            let others = ids.indices.filter { counts[$0] > 0 }
            guard !others.isEmpty else { return nil }
            let sorted = others.sorted { counts[$0] != counts[$1] ? counts[$0] > counts[$1] : $0 < $1 }
            return (ids[number], sorted.map { ThemeCooccurrence(themeID: ids[$0], count: counts[$0]) })
        })
    }

    private mutating func number(of theme: String) -> Int {
        if let number = numbers[theme] { return number }
        // Not declared (a hub with errors is not built, but tests may build one): numbered after the rest.
        numbers[theme] = ids.count
        ids.append(theme)
        documents.append([])
        for row in pairCounts.indices { pairCounts[row].append(0) }
        pairCounts.append([Int](repeating: 0, count: ids.count))
        return ids.count - 1
    }
}
