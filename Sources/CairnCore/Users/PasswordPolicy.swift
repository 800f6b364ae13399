/// What a password must be: at least ten characters (bcrypt reads at most 72 bytes), and not easy to guess — not
/// one of the passwords people use most (in China and elsewhere), not one or two characters repeated, and not the
/// email or its name part.
public enum PasswordPolicy {
    /// The shortest password accepted.
    public static let minimumLength = 10

    /// The problems with `password` for a user with `email`, as field errors on `field`.
    public static func problems(_ password: String, email: String, field: String = "password") -> [FieldError] {
        if password.count < minimumLength {
            return [FieldError(field: field, code: .tooShort, parameters: ["min": String(minimumLength)])]
        }
        if password.utf8.count > 72 { return [FieldError(field: field, code: .tooLong, parameters: ["max": "72"])] }
        return isGuessable(password, email: email) ? [FieldError(field: field, code: .guessable)] : []
    }

    static func isGuessable(_ password: String, email: String) -> Bool {
        let lowered = password.lowercased()
        if common.contains(lowered) || Set(lowered).count <= 2 { return true }
        let address = email.lowercased()
        let name = address.split(separator: "@").first.map(String.init) ?? address
        return !address.isEmpty && (lowered.contains(address) || (name.count >= 4 && lowered.contains(name)))
    }

    /// Common passwords of ten or more characters (shorter ones fail the length rule already), from published
    /// leak statistics: keyboard walks, digit runs, pinyin and love-number phrases.
    static let common: Set<String> = [
        "1234567890", "0123456789", "9876543210", "1234567891", "12345678910", "123456789a", "a123456789",
        "123456789q", "q123456789", "1q2w3e4r5t", "1q2w3e4r5t6y", "1qaz2wsx3edc", "qazwsxedc123", "qwertyuiop",
        "qwerty1234", "qwerty12345", "asdfghjkl;", "asdfghjkl1", "zxcvbnm123", "1qazxsw23edc", "password12",
        "password123", "password1234", "passw0rd12", "p@ssw0rd12", "p@ssword123", "iloveyou12", "iloveyou123",
        "woaini1314", "woaini520", "5201314520", "1314520520", "5201314000", "abc1234567", "abcd123456",
        "abcde12345", "abcdefghij", "admin12345", "admin123456", "administrator", "welcome123", "welcome1234",
        "changeme123", "letmein123", "football123", "baseball12", "sunshine12", "princess12", "dragon1234",
        "monkey1234", "master1234", "superman12", "1111111111", "0000000000", "8888888888", "6666666666",
        "1234512345", "1212121212", "1122334455", "1357924680", "0987654321", "a1b2c3d4e5", "zaq12wsxcde",
        "qweasdzxc123", "wangyang123", "zhang12345", "woaiwojia1", "aa12345678", "aa123456789", "qq123456789",
        "123qweasdzxc", "trustno1234", "computer12",
    ]
}
