/// How the normaliser treats a character that is not plain ASCII.
enum CharacterClass: Equatable {
    /// Shown as a space: no-break, narrow no-break, thin, figure, ideographic spaces and the like.
    case space
    /// Not shown, or shown only at a line end: soft hyphen, zero-width space and joiners, word joiner, byte-order mark.
    case invisible
    /// Shown as this ASCII character: Unicode hyphens as `-`, full-width forms as their ASCII letter or digit.
    case replaced(Unicode.Scalar)
    /// Kept as written.
    case kept

    static func of(_ scalar: Unicode.Scalar) -> CharacterClass {
        switch scalar.value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000, 0x2028, 0x2029:
            return .space
        case 0xAD, 0x034F, 0x180E, 0x200B...0x200D, 0x2060...0x2064, 0xFEFF:
            return .invisible
        case 0x2010...0x2012, 0x2212, 0xFE63, 0xFF0D:
            return .replaced("-")
        case 0xFF01...0xFF5E:
            return .replaced(Unicode.Scalar(scalar.value - 0xFEE0)!)
        default:
            return .kept
        }
    }
}
