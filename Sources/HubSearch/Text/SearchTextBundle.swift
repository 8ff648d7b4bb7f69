import Foundation

/// The texts of one group of documents in one file: each text is a whole gzip member and the
/// members follow one another, so that a client fetches one document's text with an HTTP range
/// request, and `gzip -dc` of the file gives every text of the group.
///
/// One file per group instead of one per document spares the file system most of the index's
/// files (creating a file costs more than compressing its text), and static hosts that cap the
/// number of files a site may have.
struct SearchTextBundle {
    /// The file's bytes.
    let data: Data
    /// Where each text's member lies in `data`, in the order the texts were given.
    let ranges: [Range<Int>]

    /// Compresses each text (its parts one after another, as UTF-8) with `compressor`.
    init(texts: [[String]], compressor: GzipCompressor) {
        var data = Data()
        var ranges: [Range<Int>] = []
        ranges.reserveCapacity(texts.count)
        for parts in texts {
            let member = compressor.compress(parts)
            ranges.append(data.count..<data.count + member.count)
            data.append(member)
        }
        self.data = data
        self.ranges = ranges
    }
}
