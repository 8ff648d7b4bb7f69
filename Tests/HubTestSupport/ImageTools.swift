import Foundation

/// Real images made and read by the system's own tools (installed by `scripts/install-deps --test`):
/// `cjpeg`/`djpeg` (libjpeg-turbo), `cwebp`/`dwebp`/`webpmux` (libwebp), `exiftool`, `pngcheck` and
/// `gifsicle`, so that what the generator publishes is checked by programs that are not the generator.
public enum ImageTools {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// Whether every tool the image tests use is installed.
    public static var available: Bool {
        ["cjpeg", "djpeg", "cwebp", "dwebp", "exiftool", "pngcheck", "gifsicle"].allSatisfy { path(of: $0) != nil }
    }

    public static func path(of tool: String) -> String? {
        ["/usr/bin/", "/usr/local/bin/", "/bin/"].map { $0 + tool }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs `tool` with `arguments`; its standard output, or a failure with its standard error.
    @discardableResult
    public static func run(_ tool: String, _ arguments: [String]) throws -> Data {
        guard let path = path(of: tool) else { throw Failure(description: "\(tool) is not installed: run scripts/install-deps --test") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(description: "\(tool) \(arguments.joined(separator: " ")) failed: \(String(decoding: err, as: UTF8.self))")
        }
        return out
    }

    /// A 16 by 12 colour picture as a binary PPM, which the encoders read.
    public static func picture(at url: URL) throws {
        var pixels: [UInt8] = []
        for row in 0..<12 {
            for column in 0..<16 { pixels += [UInt8(column * 16), UInt8(row * 20), UInt8((column + row) * 8)] }
        }
        try (Data("P6\n16 12\n255\n".utf8) + Data(pixels)).write(to: url)
    }

    /// Metadata that identifies: a GPS position, the photographer and owner, a comment, IPTC and XMP.
    public static let identifyingTags = [
        "-GPSLatitude=55.9533", "-GPSLatitudeRef=N", "-GPSLongitude=3.1883", "-GPSLongitudeRef=W",
        "-Artist=Jane Realname", "-OwnerName=Jane Realname", "-Copyright=Family of Child A", "-XMP:Creator=Jane Realname",
    ]

    /// A JPEG photo taken on its side (orientation 6) with `identifyingTags`, IPTC and a comment.
    public static func photo(at url: URL) throws {
        let source = url.deletingPathExtension().appendingPathExtension("ppm")
        try picture(at: source)
        try run("cjpeg", ["-quality", "90", "-outfile", url.path, source.path])
        try run("exiftool", ["-q", "-overwrite_original", "-Orientation#=6", "-IPTC:By-line=Jane Realname",
                             "-Comment=taken at 12 Acacia Road"] + identifyingTags + [url.path])
    }

    /// A WebP image with EXIF and XMP, and a PNG made from it with EXIF, XMP, text chunks and a time chunk.
    public static func webpAndPNG(webp: URL, png: URL) throws {
        let source = webp.deletingPathExtension().appendingPathExtension("ppm")
        try picture(at: source)
        try run("cwebp", ["-quiet", source.path, "-o", webp.path])
        try run("dwebp", ["-quiet", webp.path, "-o", png.path])
        try run("exiftool", ["-q", "-overwrite_original"] + identifyingTags + [webp.path])
        try run("exiftool", ["-q", "-overwrite_original", "-PNG:Comment=Jane Realname", "-PNG:ModifyDate=2024:01:01 10:00:00"]
                + identifyingTags + [png.path])
    }

    /// A one-pixel GIF with a comment and XMP (an application extension).
    public static func gif(at url: URL) throws {
        let bytes: [UInt8] = Array("GIF89a".utf8) + [0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00, 0xFF, 0xFF, 0xFF, 0x00, 0x00, 0x00,
                                                     0x21, 0xF9, 0x04, 0x01, 0x00, 0x00, 0x00, 0x00,
                                                     0x2C, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00,
                                                     0x02, 0x02, 0x44, 0x01, 0x00, 0x3B]
        try Data(bytes).write(to: url)
        try run("exiftool", ["-q", "-overwrite_original", "-XMP:Creator=Jane Realname", "-Comment=Jane Realname", url.path])
    }

    /// What `exiftool` reads from `url`, tag by tag with its group (e.g. "GPS:GPSLatitude"), duplicates included.
    public static func tags(of url: URL) throws -> [String: String] {
        let json = try run("exiftool", ["-j", "-a", "-G1", "-n", url.path])
        let objects = try JSONSerialization.jsonObject(with: json) as? [[String: Any]] ?? []
        return (objects.first ?? [:]).mapValues { "\($0)" }
    }
}
