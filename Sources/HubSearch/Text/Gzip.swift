import CZlib
import Foundation

/// gzip compression with zlib, for search text files that browsers decompress themselves.
public enum Gzip {
    /// `data` as a gzip member (RFC 1952), at zlib's default level (nearly the best size, several times faster).
    public static func compress(_ data: Data) -> Data {
        let compressor = GzipCompressor()
        return data.withUnsafeBytes { compressor.compress([UnsafeRawBufferPointer($0)]) }
    }
}
