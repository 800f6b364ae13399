import CairnCore
import Testing

/// Passwords of at least ten characters that are not easy to guess.
struct PasswordPolicyTests {
    @Test(arguments: ["12345678", "password", "short", "abc12345!"])
    func shortPasswordsAreRefused(password: String) {
        #expect(PasswordPolicy.problems(password, email: "wang@example.com").map(\.code) == [.tooShort])
    }

    @Test(arguments: [
        "1234567890", "Password123", "qwertyuiop", "woaini1314", "aaaaaaaaaaaa", "abababababab", "wang.lei-2026",
        "wang.lei@example.com", "WANG.LEI.WANG",
    ])
    func guessablePasswordsAreRefused(password: String) {
        #expect(PasswordPolicy.problems(password, email: "wang.lei@example.com").map(\.code) == [.guessable])
    }

    @Test(arguments: ["password-123", "长城-红茶-2026", "correct horse battery", "Tq7#mV2!pL9x"])
    func otherPasswordsAreAccepted(password: String) {
        #expect(PasswordPolicy.problems(password, email: "wang.lei@example.com").isEmpty)
    }

    @Test func aDraftNamesThePasswordProblem() {
        #expect(throws: ValidationFailure.self) {
            try UserDraft(email: "li@example.com", password: "12345678", name: "李", role: "sales").validated()
        }
        let failure = #expect(throws: ValidationFailure.self) {
            try UserDraft(email: "li@example.com", password: "1234567890", name: "李", role: "sales").validated()
        }
        #expect(failure?.errors.map(\.field) == ["password"])
        #expect(failure?.errors.map(\.code) == [.guessable])
    }
}
