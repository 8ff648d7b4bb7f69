import ArgumentParser
import HubModel

/// `learning-hub new review|brief|briefing|page`: the kinds are named by their raw values.
extension DocumentKind: ExpressibleByArgument {}
