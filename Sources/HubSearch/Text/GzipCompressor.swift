import CZlib
import Foundation

/// Compresses one text after another as gzip members, reusing zlib's state and an output buffer:
/// for short texts, setting up a stream (about 400 kB of tables and buffers) costs a good part of
/// compressing them. At the default level, the same bytes as `Gzip.compress`. Not thread-safe.
final class GzipCompressor {
    private var stream = z_stream()
    private let ready: Bool
    private var used = false
    private var output: UnsafeMutableRawPointer
    private var outputCapacity = 65_536

    /// `level` is zlib's, 1 (fastest) to 9 (smallest); `memoryLevel` its memLevel, 1 to 9 (the size of its hash table).
    init(level: Int32 = Z_DEFAULT_COMPRESSION, memoryLevel: Int32 = 9) {
        // windowBits 15 + 16 asks zlib for a gzip header and trailer.
        ready = deflateInit2_(&stream, level, Z_DEFLATED, 15 + 16, memoryLevel, Z_DEFAULT_STRATEGY,
                              ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK
        output = .allocate(byteCount: outputCapacity, alignment: 16)
    }

    deinit {
        if ready { deflateEnd(&stream) }
        output.deallocate()
    }

    /// The concatenation of `parts` as one gzip member (empty if zlib cannot be set up).
    func compress(_ parts: [UnsafeRawBufferPointer]) -> Data {
        guard ready else { return Data() }
        if used { deflateReset(&stream) }
        used = true
        let total = parts.reduce(0) { $0 + $1.count }
        let bound = Int(deflateBound(&stream, UInt(total))) + 32
        if bound > outputCapacity {
            output.deallocate()
            outputCapacity = bound
            output = .allocate(byteCount: outputCapacity, alignment: 16)
        }
        stream.next_out = output.assumingMemoryBound(to: Bytef.self)
        stream.avail_out = uInt(outputCapacity)
        // zlib's output does not depend on how the input is split between calls.
        for (index, part) in parts.enumerated() {
            stream.next_in = UnsafeMutablePointer(mutating: part.baseAddress?.assumingMemoryBound(to: Bytef.self))
            stream.avail_in = uInt(part.count)
            _ = deflate(&stream, index == parts.count - 1 ? Z_FINISH : Z_NO_FLUSH)
        }
        if parts.isEmpty { _ = deflate(&stream, Z_FINISH) }
        return Data(bytes: output, count: Int(stream.total_out))
    }

    /// `strings` one after another, as UTF-8, as one gzip member.
    func compress(_ strings: [String]) -> Data {
        var strings = strings
        for index in strings.indices { strings[index].makeContiguousUTF8() }
        return Self.withUTF8(strings[...], []) { compress($0) }
    }

    private static func withUTF8(_ strings: ArraySlice<String>, _ buffers: [UnsafeRawBufferPointer],
                                 _ body: ([UnsafeRawBufferPointer]) -> Data) -> Data {
        guard let first = strings.first else { return body(buffers) }
        // Contiguous, so the closure always runs.
        return first.utf8.withContiguousStorageIfAvailable { bytes in
            withUTF8(strings.dropFirst(), buffers + [UnsafeRawBufferPointer(bytes)], body)
        } ?? body(buffers)
    }
}
