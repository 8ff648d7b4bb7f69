import HubSupport

extension StableHasher {
    /// Adds a publication state: a number for its case, and an embargo's date (without making a description of it).
    public mutating func combine(_ state: PublicationState) {
        switch state {
        case .published: combine(0)
        case .withdrawn: combine(1)
        case .draft: combine(2)
        case .embargoed(let until):
            combine(3)
            combine(until.year)
            combine(until.month)
            combine(until.day)
        case .notAttested: combine(4)
        }
    }
}
