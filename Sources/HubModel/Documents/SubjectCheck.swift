/// Works out who a review is about (`subject:`) and checks it against the review type, the age band
/// and the hub's declared scope, reporting a contradiction where it is written, with what would fit.
struct SubjectCheck {
    /// The scope `hub.yaml` declares, if any.
    let scope: HubScope?

    /// The review's subject: as written, else the first subject that the review type (or, where the type
    /// settles none, the hub's scope) allows and the age band fits; nil, with an error logged, when it is
    /// missing or unknown or contradicts what the review says of itself. An age band the review type
    /// cannot concern, with no subject written, is a warning: the type settles the subject.
    func subject(_ fields: YAMLFields, type: ReviewType, ageBand: AgeBand?, log: inout DiagnosticLog) -> ReviewSubject? {
        let written = fields.choice("subject", as: ReviewSubject.self, required: false, log: &log)
        if fields.has("subject") && written == nil { return nil }
        if let written {
            // A subject the type rules out is the one mistake to report; its age band is then beside the point.
            guard Self.check(written, type: type, at: fields.location("subject"), log: &log) else { return nil }
        }
        if let ageBand, !type.ageBands.contains(ageBand) {
            // With no subject written the type settles it, and the age band is a doubt to report, not a
            // reason to withhold the review; beside a written subject it is an error.
            Self.reportAgeOutsideType(ageBand, type: type, at: fields.location("age_band"), asError: written != nil, log: &log)
            guard written == nil, let settled = type.settledSubject else { return nil }
            return check(settled, type: type, written: false, fields, log: &log) ? settled : nil
        }
        guard let subject = written ?? derived(type: type, ageBand: ageBand, fields, log: &log) else { return nil }
        if let written, let ageBand, !written.fits(ageBand) {
            let fitting = type.allowedSubjects.filter { $0.fits(ageBand) && (scope?.subjects.contains($0) ?? true) }
            log.error(fields.location("subject"), "subject '\(written.rawValue)' contradicts age_band '\(ageBand.rawValue)'",
                      hint: "\(Self.ageRule(written)); \(fitting.isEmpty ? "correct 'age_band'" : "correct 'age_band', or write \(Self.choices(fitting))")")
            return nil
        }
        return check(subject, type: type, written: written != nil, fields, log: &log) ? subject : nil
    }

    /// The subject the review type, or else the hub's scope, gives a review of this age.
    private func derived(type: ReviewType, ageBand: AgeBand?, _ fields: YAMLFields, log: inout DiagnosticLog) -> ReviewSubject? {
        let candidates = type.settledSubject.map { [$0, .youngPerson] } ?? HubScope.defaultSubjects(scope)
        guard let first = candidates.first else {
            log.error(fields.location("review_type"), "missing 'subject': \(type.nameInSentence) may be about a child, a young person, an adult or a family",
                      hint: "add 'subject: child', 'subject: young-person', 'subject: adult' or 'subject: family'")
            return nil
        }
        guard let ageBand else { return first }
        if let fitting = candidates.first(where: { $0.fits(ageBand) }) { return fitting }
        // Only a hub's scope can leave an age without a subject (a type's own ages were checked before).
        log.error(fields.location("age_band"), "age_band '\(ageBand.rawValue)' does not fit a review in this hub's scope '\(scope?.rawValue ?? "")'",
                  hint: "a review about \(ReviewSubject.allCases.first { $0.fits(ageBand) && $0 != .family }?.singularPhrase ?? "someone of this age") needs 'scope: both' in hub.yaml and its 'subject'; or correct 'age_band'")
        return nil
    }

    /// A written subject the review type does not allow (a safeguarding adults review about a child).
    private static func check(_ subject: ReviewSubject, type: ReviewType, at location: SourceLocation,
                              log: inout DiagnosticLog) -> Bool {
        guard !type.allowedSubjects.contains(subject), let settled = type.settledSubject else { return true }
        log.error(location, "subject '\(subject.rawValue)' contradicts review_type '\(type.rawValue)': \(type.nameInSentence) is about \(settled.singularPhrase)",
                  hint: "write \(choices(type.allowedSubjects)), remove 'subject' (the review type then settles it), or correct 'review_type'")
        return false
    }

    /// An age band the review type cannot concern (a safeguarding adults review of a five-year-old).
    private static func reportAgeOutsideType(_ ageBand: AgeBand, type: ReviewType, at location: SourceLocation,
                                             asError: Bool, log: inout DiagnosticLog) {
        let settled = type.settledSubject ?? .family
        let young = settled == .adult ? "; the review may be about a young person of 16 or 17 (age band 11-17, 'subject: young-person')" : ""
        let message = "age_band '\(ageBand.rawValue)' contradicts review_type '\(type.rawValue)': \(type.nameInSentence) is about \(settled.singularPhrase)"
        let hint = "\(ageRule(settled))\(young); correct 'age_band' or 'review_type'"
        if asError { log.error(location, message, hint: hint) } else { log.warning(location, message, hint: hint) }
    }

    /// A subject outside the hub's declared scope (an adult in a hub about children).
    private func check(_ subject: ReviewSubject, type: ReviewType, written: Bool, _ fields: YAMLFields,
                       log: inout DiagnosticLog) -> Bool {
        guard let scope, !scope.subjects.contains(subject) else { return true }
        let location = fields.location(written ? "subject" : "review_type")
        let origin = written ? "" : " (review_type '\(type.rawValue)' settles it)"
        log.error(location, "a review about \(subject.singularPhrase)\(origin) is outside this hub's scope '\(scope.rawValue)'",
                  hint: "declare 'scope: both' in hub.yaml to publish learning about children and adults")
        return false
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
        case .adult: return "an adult is 18 or over (age band 18-25, 26-64 or 65-and-over)"
        case .family: return "a family review may concern any age"
        }
    }
}
