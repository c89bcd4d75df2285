//! The library's error type: only I/O and configuration can fail.

use std::fmt;

/// An error reading input or configuring the pipeline. Extraction itself cannot fail.
#[derive(Debug)]
pub struct Error {
    kind: ErrorKind,
}

/// What went wrong.
#[derive(Debug)]
#[non_exhaustive]
pub enum ErrorKind {
    /// Reading or writing failed.
    Io {
        /// What was being read or written (a path, or "standard input").
        what: String,
        /// The underlying error.
        source: std::io::Error,
    },
    /// An option had a value that cannot be used.
    Config(String),
}

impl Error {
    /// An I/O error on `what`.
    pub fn io(what: impl Into<String>, source: std::io::Error) -> Error {
        Error {
            kind: ErrorKind::Io {
                what: what.into(),
                source,
            },
        }
    }

    /// A configuration error.
    pub fn config(msg: impl Into<String>) -> Error {
        Error {
            kind: ErrorKind::Config(msg.into()),
        }
    }

    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }

    /// True when the error is a closed pipe on output (as in `| head`): not a failure.
    pub fn is_broken_pipe(&self) -> bool {
        matches!(&self.kind, ErrorKind::Io { source, .. } if source.kind() == std::io::ErrorKind::BrokenPipe)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.kind {
            ErrorKind::Io { what, source } => write!(f, "{what}: {source}"),
            ErrorKind::Config(msg) => f.write_str(msg),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            ErrorKind::Io { source, .. } => Some(source),
            ErrorKind::Config(_) => None,
        }
    }
}
