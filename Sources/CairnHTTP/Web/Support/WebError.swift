/// Errors only the web pages raise.
enum WebError: Error {
    /// A form without the page's token (an old tab, or another site posting in the user's name).
    case formExpired
}
