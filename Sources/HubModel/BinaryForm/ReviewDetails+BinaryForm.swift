import HubSupport

/// The binary form of a review's own fields and recommendations, part of `DocumentMetadata`'s.
extension ReviewDetails {
    func write(to writer: inout BinaryWriter) {
        writer.string(reviewType.rawValue)
        writer.string(subject.rawValue)
        writer.optional(ageBand) { $0.string($1.rawValue) }
        writer.optional(outcome) { $0.string($1.rawValue) }
        writer.optional(incident) { $0.string($1.rawValue) }
        writer.optional(methodology) { $0.string($1) }
        writer.optional(reportAsset) { $0.string($1) }
        writer.array(recommendations) { writer, item in
            writer.string(item.id)
            writer.string(item.text)
            writer.string(item.target.rawValue)
            writer.string(item.category.rawValue)
            writer.string(item.status.rawValue)
            writer.optional(item.owner) { $0.string($1) }
            writer.optional(item.due) { $1.write(to: &$0) }
        }
    }

    init(from reader: inout BinaryReader) throws {
        self.init(reviewType: try reader.value(ReviewType.self),
                  subject: try reader.value(ReviewSubject.self),
                  ageBand: try reader.optional { try $0.value(AgeBand.self) },
                  outcome: try reader.optional { try $0.value(ReviewOutcome.self) },
                  incident: try reader.optional { try $0.value(IncidentCategory.self) },
                  methodology: try reader.optional { try $0.string() },
                  reportAsset: try reader.optional { try $0.string() },
                  recommendations: try reader.array(Recommendation.init(from:)))
    }
}

extension Recommendation {
    init(from reader: inout BinaryReader) throws {
        self.init(id: try reader.string(), text: try reader.string(),
                  target: try reader.value(RecommendationTarget.self),
                  category: try reader.value(RecommendationCategory.self),
                  status: try reader.value(RecommendationStatus.self),
                  owner: try reader.optional { try $0.string() }, due: try reader.optional(CalendarDate.init(from:)))
    }
}
