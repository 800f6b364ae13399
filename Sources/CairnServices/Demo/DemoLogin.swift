/// How to sign in to a freshly loaded demo: the administrator, and a sales rep of 华东 to try the rep's view.
public struct DemoLogin: Sendable, Equatable {
    /// The administrator's email.
    public let email: String
    /// The password shared by every demo user.
    public let password: String
    /// A 华东 sales rep's email; the rep sees only their own records.
    public let salesEmail: String
}
