import Foundation
import Testing
@testable import HubRendering

/// Each view type's template fields agree with its stored properties: every stored property has a
/// field of its name, every field names a stored property, and the lookup returns the property's
/// value (the very instance for a view, nil for an absent optional); and every view type is covered.
@Suite struct TemplateViewTests {
    static let viewsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/HubRendering/Views")

    @Test(arguments: [true, false])
    func lookupsMatchStoredProperties(optionalsPresent: Bool) {
        for view in ViewSamples(optionalsPresent: optionalsPresent).all() {
            check(view)
        }
    }

    /// One sample for each file of `Sources/HubRendering/Views/`, named as the file: a view type
    /// added there without a sample fails here.
    @Test func coversEveryViewType() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.viewsFolder.path)
            .filter { $0.hasSuffix(".swift") }.map { String($0.dropLast(".swift".count)) }
        let covered = ViewSamples(optionalsPresent: true).all().map { String(describing: type(of: $0)) }
        #expect(covered.count == files.count)
        #expect(Set(covered).count == covered.count)
        #expect(Set(covered) == Set(files))
    }

    /// A lookup of a name that is no field finds nothing, so that swift-mustache climbs the context stack.
    @Test func unknownNamesFindNothing() {
        for view in ViewSamples(optionalsPresent: true).all() {
            #expect(view.child(named: "noSuchField") == nil)
            #expect(view.child(named: "") == nil)
        }
    }

    private func check<View: TemplateView>(_ view: View) {
        let properties = Mirror(reflecting: view).children.compactMap { child in child.label.map { ($0, child.value) } }
        let names = View.templateFields.names
        #expect(Set(names).count == names.count, "\(View.self) has two template fields of one name")
        for (label, value) in properties {
            #expect(names.contains(label), "\(View.self).\(label) has no template field")
            let found = view.child(named: label)
            #expect(Self.same(found, value), "\(View.self).\(label): the lookup gives \(String(describing: found)), the property holds \(value)")
        }
        for name in names where !properties.contains(where: { $0.0 == name }) {
            Issue.record("\(View.self) has a template field \"\(name)\" but no stored property of that name")
        }
    }

    /// Whether a lookup's result is the property's value: the same instance for a view, the same
    /// elements for an array, nil (not a wrapped nil) for an absent optional, and equal otherwise.
    static func same(_ found: Any?, _ property: Any) -> Bool {
        if let found, Mirror(reflecting: found).displayStyle == .optional { return false }
        let mirror = Mirror(reflecting: property)
        switch mirror.displayStyle {
        case .optional:
            guard let wrapped = mirror.children.first?.value else { return found == nil }
            return same(found, wrapped)
        case .class:
            guard let found, Mirror(reflecting: found).displayStyle == .class else { return false }
            return (found as AnyObject) === (property as AnyObject)
        case .collection:
            guard let found else { return false }
            let elements = Mirror(reflecting: found)
            guard elements.displayStyle == .collection, elements.children.count == mirror.children.count else { return false }
            return zip(elements.children, mirror.children).allSatisfy { same($0.value, $1.value) }
        default:
            guard let found = found as? AnyHashable, let property = property as? AnyHashable else { return false }
            return found == property
        }
    }
}
