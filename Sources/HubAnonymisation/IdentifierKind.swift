/// The kinds of string that could identify a child or family and must not reach the public site.
public enum IdentifierKind: String, Sendable, CaseIterable {
    /// An email address, e.g. `name@example.org`.
    case email
    /// A UK telephone number: 01/02/03 landlines, 07 mobiles, 08 freephone, or `+44` forms.
    case phone
    /// A full UK postcode (outward and inward parts), e.g. `G12 8QQ`.
    case postcode
    /// A ten-digit NHS number that passes the modulus-11 check.
    case nhsNumber = "nhs-number"
    /// A Scottish CHI number: a date of birth (`DDMMYY`) followed by four digits.
    case chiNumber = "chi-number"
    /// A National Insurance number, e.g. `QQ 12 34 56 C`.
    case nationalInsurance = "national-insurance"
    /// An exact date near a word such as "born", "DOB" or "date of birth".
    case dateOfBirth = "date-of-birth"
    /// A named school, nursery, GP practice, hospital or similar institution.
    case namedInstitution = "named-institution"
    /// A name from the hub's denylist of real names.
    case denylisted
    /// A likely name of a person, found without a denylist (see `NameMatcher`).
    case personalName = "personal-name"

    /// A short noun phrase for messages, e.g. "a phone number".
    public var label: String {
        switch self {
        case .email: return "an email address"
        case .phone: return "a phone number"
        case .postcode: return "a postcode"
        case .nhsNumber: return "an NHS number"
        case .chiNumber: return "a CHI number"
        case .nationalInsurance: return "a National Insurance number"
        case .dateOfBirth: return "a date of birth"
        case .namedInstitution: return "a named school, nursery, practice or hospital"
        case .denylisted: return "a name on the denylist"
        case .personalName: return "a person's name"
        }
    }
}
