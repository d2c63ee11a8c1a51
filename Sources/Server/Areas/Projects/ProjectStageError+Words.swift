import Registry

extension ProjectStageError: PageWorded {
    func words(_ names: CodeNames) -> String {
        let onward = allowed.isEmpty ? names.pick("это последняя стадия", "it is the last stage")
            : names.pick("можно перейти в: ", "it may move to: ") + allowed.map(names.stage).joined(separator: names.pick(" или ", " or "))
        return names.pick("проект на стадии «\(names.stage(current))» не может перейти в «\(names.stage(requested))»; \(onward)",
                          "a project \(names.stage(current)) cannot become \(names.stage(requested)); \(onward)")
    }
}
