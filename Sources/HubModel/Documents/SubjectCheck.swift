/// Works out who a review is about (`subject:`) and checks it against the review type, the age band
/// and the hub's scope, reporting a contradiction where it is written, with what would fit.
struct SubjectCheck {
    let scope: HubScope

    /// The review's subject: as written, else as the review type or the hub's scope settles it; nil
    /// (with an error logged) when it is missing, unknown or contradicts what the review says of itself.
    func subject(_ fields: YAMLFields, type: ReviewType, ageBand: AgeBand?, log: inout DiagnosticLog) -> ReviewSubject? {
        let written = fields.choice("subject", as: ReviewSubject.self, required: false, log: &log)
        if fields.has("subject") && written == nil { return nil }
        guard let subject = written ?? type.settledSubject ?? scope.defaultSubject else {
            log.error(fields.location("review_type"), "missing 'subject': \(type.nameInSentence) may be about a child, a young person, an adult or a family",
                      hint: "add 'subject: child', 'subject: young-person', 'subject: adult' or 'subject: family'")
            return nil
        }
        // A subject the type rules out is the one mistake to report; its age band and scope are then beside the point.
        if let written, !Self.check(written, type: type, at: fields.location("subject"), log: &log) { return nil }
        let fitsAge = ageBand.map { check(subject, ageBand: $0, type: type, written: written != nil, fields, log: &log) } ?? true
        let fitsScope = check(subject, type: type, written: written != nil, fields, log: &log)
        return fitsAge && fitsScope ? subject : nil
    }

    /// A written subject the review type does not allow (a safeguarding adults review about a child).
    private static func check(_ subject: ReviewSubject, type: ReviewType, at location: SourceLocation,
                              log: inout DiagnosticLog) -> Bool {
        guard !type.allowedSubjects.contains(subject), let settled = type.settledSubject else { return true }
        log.error(location, "subject '\(subject.rawValue)' contradicts review_type '\(type.rawValue)': \(type.nameInSentence) is about \(settled.singularPhrase)",
                  hint: "write \(choices(type.allowedSubjects)), remove 'subject' (the review type then settles it), or correct 'review_type'")
        return false
    }

    /// An age band the subject cannot have (an adult aged 5 to 10): reported at `subject:` if written,
    /// else at `age_band:`, since the review type settled the subject.
    private func check(_ subject: ReviewSubject, ageBand: AgeBand, type: ReviewType, written: Bool, _ fields: YAMLFields,
                       log: inout DiagnosticLog) -> Bool {
        guard !subject.fits(ageBand) else { return true }
        let fitting = type.allowedSubjects.filter { $0.fits(ageBand) && scope.subjects.contains($0) }
        let advice = fitting.isEmpty ? "correct 'age_band'" : "correct 'age_band', or write \(Self.choices(fitting))"
        if written {
            log.error(fields.location("subject"), "subject '\(subject.rawValue)' contradicts age_band '\(ageBand.rawValue)'",
                      hint: "\(Self.ageRule(subject)); \(advice)")
        } else {
            log.error(fields.location("age_band"), "age_band '\(ageBand.rawValue)' contradicts the subject '\(subject.rawValue)' that \(settledBy(type)) gives",
                      hint: "\(Self.ageRule(subject)); \(advice)")
        }
        return false
    }

    /// A subject outside the hub's declared scope (an adult in a hub about children).
    private func check(_ subject: ReviewSubject, type: ReviewType, written: Bool, _ fields: YAMLFields,
                       log: inout DiagnosticLog) -> Bool {
        guard !scope.subjects.contains(subject) else { return true }
        let location = fields.location(written ? "subject" : "review_type")
        let origin = written ? "" : " (\(settledBy(type)) settles it)"
        log.error(location, "a review about \(subject.singularPhrase)\(origin) is outside this hub's scope '\(scope.rawValue)'",
                  hint: "declare 'scope: both' in hub.yaml to publish learning about children and adults")
        return false
    }

    private func settledBy(_ type: ReviewType) -> String {
        type.settledSubject != nil ? "review_type '\(type.rawValue)'" : "the hub's scope '\(scope.rawValue)'"
    }

    /// "'subject: adult' or 'subject: young-person'".
    private static func choices(_ subjects: [ReviewSubject]) -> String {
        let written = subjects.map { "'subject: \($0.rawValue)'" }
        return written.count > 1 ? written.dropLast().joined(separator: ", ") + " or " + written[written.count - 1] : written[0]
    }

    /// The ages a subject covers, for hints.
    static func ageRule(_ subject: ReviewSubject) -> String {
        switch subject {
        case .child: return "a child is under 18 (age bands under-1 to 11-17)"
        case .youngPerson: return "a young person is 11 to 25 (age band 11-17 or 18-25)"
        case .adult: return "an adult is 18 or over (age band 18-25, 26-64 or 65-and-over); for a 16- or 17-year-old use 'subject: young-person'"
        case .family: return "a family review may concern any age"
        }
    }
}
