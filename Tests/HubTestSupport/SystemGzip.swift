import Foundation

/// The system's gzip, to check what the generator compressed with a tool that is not the generator's.
public enum SystemGzip {
    /// `data` decompressed by `gzip -dc` (which reads every member of a multi-member file), as UTF-8.
    public static func decompress(_ data: Data) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-dc"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        // Fed from another thread, so that a large input cannot fill both pipes and stall.
        let feeder = Thread {
            input.fileHandleForWriting.write(data)
            try? input.fileHandleForWriting.close()
        }
        feeder.start()
        let result = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: result, as: UTF8.self)
    }
}
