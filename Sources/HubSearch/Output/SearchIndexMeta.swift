/// `search/index/meta.json`: what a client needs before its first query.
struct SearchIndexMeta: Encodable {
    struct Facet: Encodable {
        let id: String
        let label: String
        let values: [SearchFacets.Value]
    }

    let format = "learning-hub-search"
    let version = 1
    let documents: Int
    let k1: Double
    let b: Double
    let weightScale: Int
    /// Field weights used when the index was built.
    let fields: [String: Int]
    /// The first term of each term shard, ascending: term `t` is in the last shard whose first term is <= `t`.
    let shards: [String]
    /// Characters per document in the `themes` facet string (6 themes a character).
    let themeChars: Int
    let facets: [Facet]
}
