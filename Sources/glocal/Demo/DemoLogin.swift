/// One login the demo creates: the role it stands for, its email and whose it is.
struct DemoLogin: Sendable {
    let role: String
    let email: String
    let name: String
}
