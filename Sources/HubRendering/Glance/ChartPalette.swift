import Foundation
import HubModel

/// The colours of the charts, chosen for contrast on the white page: every bar colour has at
/// least 4.5:1 against white (so its edge is clear and white numbers on it are legible), and
/// each series also has its own fill pattern, so no chart relies on colour alone.
public enum ChartPalette {
    public static let background = "#ffffff"
    public static let ink = "#1b1f23"
    public static let muted = "#4b5560"
    /// Decorative grid lines only.
    public static let grid = "#c3cbd2"

    /// One colour per kind of document.
    public static func colour(for kind: DocumentKind) -> String {
        switch kind {
        case .review: return "#0e4d50"
        case .brief: return "#8a4b08"
        case .briefing: return "#5b3a8c"
        case .page: return "#4b5560"
        }
    }

    /// One colour per recommendation status, echoing the status badges of the site.
    public static func colour(for status: RecommendationStatus) -> String {
        switch status {
        case .notStarted: return "#5f6b75"
        case .inProgress: return "#8a5a00"
        case .complete: return "#1e6b3a"
        }
    }

    /// One colour per review outcome; nil, "not recorded", is grey.
    public static func colour(for outcome: ReviewOutcome?) -> String {
        switch outcome {
        case .death: return "#7a1f2b"
        case .seriousHarm: return "#8a4b08"
        case .harmToOthers: return "#5b3a8c"
        case .deathOrSeriousHarm: return "#1f5f99"
        case nil: return "#5f6b75"
        }
    }

    /// One colour per review subject.
    public static func colour(for subject: ReviewSubject) -> String {
        switch subject {
        case .child: return "#0e4d50"
        case .youngPerson: return "#1f5f99"
        case .adult: return "#8a4b08"
        case .family: return "#5b3a8c"
        }
    }

    /// The single-series bars (how often each theme appears).
    public static let single = "#0e4d50"

    /// Heat-map shades, lightest to darkest, each with the text colour that reads on it.
    public static let heat: [(fill: String, text: String)] = [
        ("#ffffff", "#4b5560"), ("#d4e9e7", "#1b1f23"), ("#8cc5bf", "#1b1f23"), ("#2f7c77", "#ffffff"), ("#0e4d50", "#ffffff"),
    ]

    /// The WCAG 2 contrast ratio of two `#rrggbb` colours (1 to 21).
    public static func contrast(_ first: String, _ second: String) -> Double {
        let a = luminance(first), b = luminance(second)
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    /// WCAG 2 relative luminance of a `#rrggbb` colour.
    static func luminance(_ hex: String) -> Double {
        let digits = Array(hex.dropFirst())
        func channel(_ offset: Int) -> Double {
            let value = Double(Int(String(digits[offset..<offset + 2]), radix: 16) ?? 0) / 255
            return value <= 0.03928 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
    }
}
