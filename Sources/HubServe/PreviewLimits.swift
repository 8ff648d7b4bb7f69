/// What the preview server accepts from a client, so that no client, slow or hostile, can keep the
/// others from being answered: the size of a request's head, how long it may take to send it, and
/// how many connections may be open at once.
public struct PreviewLimits: Sendable {
    /// The longest request line (method, path and version), in bytes; longer gets 414 URI Too Long.
    public var requestLine = 8_192
    /// The most bytes of header lines, and the most lines; more gets 431 Request Header Fields Too Large.
    public var headerBytes = 16_384
    public var headerLines = 100
    /// How long a client may take to send a request's head, counted from when the server starts
    /// waiting for it (on a kept-alive connection, from the end of the last answer); then 408 and closed.
    public var headTimeout: Duration = .seconds(10)
    /// How long writing an answer may take before the client is taken to be gone.
    public var writeTimeout: Duration = .seconds(30)
    /// Connections open at once; one more is closed as soon as it is accepted.
    public var connections = 512

    public init() {}
}
