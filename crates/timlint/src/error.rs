//! What can fail outside a verdict: a payload's problems are diagnostics in a
//! [`Report`](crate::Report), never an [`Error`]; an `Error` is the caller's input to the
//! library itself that cannot be used (today: options that do not parse).

/// An input to the library that it cannot use. Its `Display` is the message alone, in
/// English, with no prefix (a caller adds its own: the CLI says `bad options in <file>: `).
///
/// ```
/// let e = timlint::Options::from_json(r#"{"dialet": "web"}"#).unwrap_err();
/// assert!(matches!(e, timlint::Error::Options { .. }));
/// assert!(e.to_string().contains("did you mean `dialect`"), "{e}");
/// assert_eq!(e.message(), e.to_string());
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// Options JSON ([`Options::from_json`](crate::Options::from_json)) that is not JSON, or
    /// has a key or value that is not an option's: the message names the key and what it
    /// takes.
    #[error("{message}")]
    Options {
        /// What is wrong, and where.
        message: String,
    },
}

impl Error {
    /// The message, as `Display` shows it, without formatting machinery (the npm package's
    /// wasm builds its text from it with `concat`, keeping `core::fmt` out of the download).
    pub fn message(&self) -> &str {
        match self {
            Error::Options { message } => message,
        }
    }
}
