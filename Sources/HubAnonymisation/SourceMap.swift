/// Where each byte of a normalised text came from in the text the author wrote.
///
/// The normalised text is made of segments: runs copied byte for byte (a line wrap made a space
/// counts as copied), and replacements (a character reference decoded, a no-break space made a
/// space) that stand for a whole stretch of the source. Dropped characters (a soft hyphen, an
/// emphasis mark) start a new segment. Most texts are one copied run, so the map costs almost nothing.
struct SourceMap: Sendable {
    /// The normalised offset each segment starts at, ascending.
    private var starts: [Int] = [0]
    /// The source offset each segment starts at.
    private var sources: [Int] = [0]
    /// For a replacement, the source offset it ends at; -1 for a copied run.
    private var replacedEnds: [Int] = [-1]

    /// Notes that normalised byte `offset` is copied from source byte `source`.
    @inline(__always)
    mutating func copied(at offset: Int, from source: Int) {
        let last = starts.count - 1
        if replacedEnds[last] < 0, sources[last] + (offset - starts[last]) == source { return }
        if starts[last] == offset {
            sources[last] = source
            replacedEnds[last] = -1
            return
        }
        starts.append(offset)
        sources.append(source)
        replacedEnds.append(-1)
    }

    /// Notes that the normalised bytes from `offset` replace the source bytes `source`.
    mutating func replaced(at offset: Int, source: Range<Int>) {
        if starts[starts.count - 1] == offset {
            sources[starts.count - 1] = source.lowerBound
            replacedEnds[starts.count - 1] = source.upperBound
            return
        }
        starts.append(offset)
        sources.append(source.lowerBound)
        replacedEnds.append(source.upperBound)
    }

    /// The segment holding normalised byte `offset`.
    private func segment(of offset: Int) -> Int {
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// The source offset of the character that normalised byte `offset` shows.
    func sourceStart(of offset: Int) -> Int {
        let index = segment(of: offset)
        return replacedEnds[index] >= 0 ? sources[index] : sources[index] + (offset - starts[index])
    }

    /// The source offset just past the character that normalised byte `offset` shows.
    func sourceEnd(of offset: Int) -> Int {
        let index = segment(of: offset)
        return replacedEnds[index] >= 0 ? replacedEnds[index] : sources[index] + (offset - starts[index]) + 1
    }
}
