import Mustache

/// Lets templates read the fields without reflection, which dominated rendering time.
extension ChartTableRowView: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "header": return header
        case "cells": return cells
        default: return nil
        }
    }
}
