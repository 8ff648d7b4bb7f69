/// A problem with the output folder or with writing to it.
struct OutputError: Error {
    let path: String
    let message: String
    var hint: String?
}
