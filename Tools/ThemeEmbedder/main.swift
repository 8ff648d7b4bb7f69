import Foundation

// ThemeEmbedder THEME-FOLDER OUTPUT.swift STAMP: writes Swift source declaring each file of THEME-FOLDER
// (hidden files left out) as base64 text, for the `HubDefaultTheme` target, then rewrites STAMP, the
// command's input, so that the next build runs it again. Run by the DefaultThemeEmbedder plugin.
let arguments = CommandLine.arguments.dropFirst()
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: ThemeEmbedder THEME-FOLDER OUTPUT.swift STAMP\n".utf8))
    exit(2)
}
let root = arguments[arguments.startIndex]
let output = arguments[arguments.startIndex + 1]
var source = """
    // Generated at build time from themes/default by the DefaultThemeEmbedder plugin: do not edit.

    extension DefaultTheme {
        static let encodedFiles: [(path: String, base64: String)] = [

    """
func themeFiles(under root: String) -> [String] {
    guard let enumerator = FileManager.default.enumerator(atPath: root) else { return [] }
    var files: [String] = []
    while let relative = enumerator.nextObject() as? String {
        var isDirectory: ObjCBool = false
        let hidden = relative.split(separator: "/").contains { $0.hasPrefix(".") }
        if !hidden, FileManager.default.fileExists(atPath: root + "/" + relative, isDirectory: &isDirectory), !isDirectory.boolValue {
            files.append(relative)
        }
    }
    return files.sorted()
}

for relative in themeFiles(under: root) {
    guard let data = FileManager.default.contents(atPath: root + "/" + relative) else {
        FileHandle.standardError.write(Data("error: \(root)/\(relative) cannot be read\n".utf8))
        exit(1)
    }
    let escapedPath = relative.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    source += "        (\"\(escapedPath)\", \"\(data.base64EncodedString())\"),\n"
}
source += "    ]\n}\n"
// Written only when it changed, so that an unchanged theme compiles nothing again.
if FileManager.default.contents(atPath: output) != Data(source.utf8) {
    do {
        try Data(source.utf8).write(to: URL(fileURLWithPath: output))
    } catch {
        FileHandle.standardError.write(Data("error: \(output) cannot be written: \(error)\n".utf8))
        exit(1)
    }
}
// A new stamp each run: the build system then sees a changed input and runs this again next time.
try? Data(UUID().uuidString.utf8).write(to: URL(fileURLWithPath: arguments[arguments.startIndex + 2]))
