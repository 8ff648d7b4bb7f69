import Foundation

/// A validator for the subset of JSON Schema (draft 2020-12) that `hub.schema.json` uses:
/// `type` (one or a list), `required`, `properties`, `additionalProperties` (false or a schema),
/// `items`, `enum`, `pattern` and local `$ref` (`#/$defs/...`). `format`, `title`,
/// `description`, `$schema`, `$id` and `$defs` are annotations here. Any other keyword is
/// reported as an error, so the schema cannot silently use something this validator ignores.
struct JSONSchemaValidator {
    let root: [String: Any]
    /// As a reader of an older minor version does: a property the schema does not name is skipped, not an error.
    var ignoresUnknownProperties = false

    static let annotations: Set<String> = ["$schema", "$id", "$defs", "title", "description", "format"]
    static let keywords: Set<String> = ["type", "required", "properties", "additionalProperties", "items", "enum", "pattern", "$ref"]

    /// Every way `instance` breaks the schema, as "path: problem".
    func errors(_ instance: Any) -> [String] {
        var errors: [String] = []
        validate(instance, against: root, at: "$", errors: &errors)
        return errors
    }

    private func validate(_ instance: Any, against schema: [String: Any], at path: String, errors: inout [String]) {
        for key in schema.keys where !Self.annotations.contains(key) && !Self.keywords.contains(key) {
            errors.append("\(path): the schema uses '\(key)', which this validator does not support")
        }
        if let reference = schema["$ref"] as? String {
            guard let target = resolve(reference) else {
                errors.append("\(path): cannot resolve \(reference)")
                return
            }
            validate(instance, against: target, at: path, errors: &errors)
        }
        if let type = schema["type"] {
            let allowed = (type as? [String]) ?? [type as? String ?? ""]
            if !allowed.contains(where: { Self.matches(instance, type: $0) }) {
                errors.append("\(path): expected \(allowed.joined(separator: " or ")), found \(Self.typeName(instance))")
                return
            }
        }
        if let values = schema["enum"] as? [Any], !values.contains(where: { Self.equal($0, instance) }) {
            errors.append("\(path): \(instance) is not one of \(values)")
        }
        if let pattern = schema["pattern"] as? String, let string = instance as? String {
            if string.range(of: pattern, options: .regularExpression) == nil {
                errors.append("\(path): '\(string)' does not match \(pattern)")
            }
        }
        if let object = instance as? [String: Any] {
            for key in (schema["required"] as? [String]) ?? [] where object[key] == nil {
                errors.append("\(path): missing required '\(key)'")
            }
            let properties = (schema["properties"] as? [String: Any]) ?? [:]
            for (key, value) in object {
                if let property = properties[key] as? [String: Any] {
                    validate(value, against: property, at: "\(path).\(key)", errors: &errors)
                } else if !ignoresUnknownProperties, let additional = schema["additionalProperties"] {
                    if Self.isBoolean(additional) {
                        if (additional as? Bool) == false { errors.append("\(path): unexpected property '\(key)'") }
                    } else if let additionalSchema = additional as? [String: Any] {
                        validate(value, against: additionalSchema, at: "\(path).\(key)", errors: &errors)
                    }
                }
            }
        }
        if let array = instance as? [Any], let items = schema["items"] as? [String: Any] {
            for (index, item) in array.enumerated() {
                validate(item, against: items, at: "\(path)[\(index)]", errors: &errors)
            }
        }
    }

    private func resolve(_ reference: String) -> [String: Any]? {
        guard reference.hasPrefix("#/") else { return nil }
        var node: Any = root
        for part in reference.dropFirst(2).split(separator: "/") {
            guard let object = node as? [String: Any], let next = object[String(part)] else { return nil }
            node = next
        }
        return node as? [String: Any]
    }

    static func isBoolean(_ value: Any) -> Bool {
        value is NSNumber && String(describing: type(of: value)).contains("Bool") || type(of: value) == Bool.self
    }

    static func matches(_ value: Any, type: String) -> Bool {
        switch type {
        case "null": return value is NSNull
        case "boolean": return isBoolean(value)
        case "integer":
            guard !isBoolean(value), let number = value as? NSNumber else { return false }
            return number.doubleValue == number.doubleValue.rounded()
        case "number": return !isBoolean(value) && value is NSNumber
        case "string": return value is String
        case "array": return value is [Any]
        case "object": return value is [String: Any]
        default: return false
        }
    }

    static func typeName(_ value: Any) -> String {
        for name in ["null", "boolean", "integer", "number", "string", "array", "object"] where matches(value, type: name) {
            return name
        }
        return "\(type(of: value))"
    }

    static func equal(_ left: Any, _ right: Any) -> Bool {
        if left is NSNull || right is NSNull { return left is NSNull && right is NSNull }
        if let a = left as? String, let b = right as? String { return a == b }
        if isBoolean(left) || isBoolean(right) {
            return isBoolean(left) && isBoolean(right) && (left as? Bool) == (right as? Bool)
        }
        if let a = left as? NSNumber, let b = right as? NSNumber { return a == b }
        return false
    }
}
