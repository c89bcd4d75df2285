//! Containing a panic to the one document (or input) whose processing raised it.
//!
//! A bug that panics on one strange document must cost that document, not a night's run:
//! [`catch`] runs a closure under `catch_unwind` and turns a panic into a one-sentence message
//! for the record's `error`. While it runs, the thread is marked ([`is_catching`]), so the
//! panic hook installed by [`install_quiet_hook`] stays silent for panics that are going to
//! be caught (no backtrace per document on stderr) and only notes where the panic happened,
//! which [`catch`] adds to the message. Panics anywhere else still go to the default hook.
//!
//! In debug builds the environment variable `VNEXTRACT_DEBUG_PANIC` makes [`catch`] panic
//! for every label that starts with its value: the test suite uses it to check that a panic in
//! one document becomes that document's error record and the run goes on.

use std::cell::{Cell, RefCell};
use std::fmt;
use std::panic::{catch_unwind, AssertUnwindSafe};

thread_local! {
    /// How many [`catch`] calls are active on this thread.
    static DEPTH: Cell<u32> = const { Cell::new(0) };
    /// Where the last caught panic on this thread happened, noted by the quiet hook.
    static LOCATION: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// True while this thread runs inside [`catch`], i.e. a panic here will be caught.
pub fn is_catching() -> bool {
    DEPTH.with(|d| d.get() > 0)
}

/// Runs `f`; a panic inside becomes `Err` with the panic's message (and, when the quiet hook
/// is installed, the source location). `label` names the work for `VNEXTRACT_DEBUG_PANIC` in
/// debug builds: a document id for processing, `record <id>` for writing its record,
/// `read <id>` for reading an input; it is formatted only when that variable is set.
pub fn catch<T>(label: fmt::Arguments<'_>, f: impl FnOnce() -> T) -> Result<T, String> {
    struct Depth;
    impl Drop for Depth {
        fn drop(&mut self) {
            DEPTH.with(|d| d.set(d.get() - 1));
        }
    }
    DEPTH.with(|d| d.set(d.get() + 1));
    let depth = Depth;
    let result = catch_unwind(AssertUnwindSafe(|| {
        debug_panic(label);
        f()
    }));
    drop(depth);
    result.map_err(|panic| {
        let msg = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".into());
        match LOCATION.with(|l| l.borrow_mut().take()) {
            Some(at) => format!("{msg} (at {at})"),
            None => msg,
        }
    })
}

/// Panics when `VNEXTRACT_DEBUG_PANIC` is a prefix of `label` (debug builds only).
#[cfg(debug_assertions)]
fn debug_panic(label: fmt::Arguments<'_>) {
    static WANT: std::sync::LazyLock<Option<String>> =
        std::sync::LazyLock::new(|| std::env::var("VNEXTRACT_DEBUG_PANIC").ok());
    if let Some(w) = WANT.as_deref().filter(|w| !w.is_empty()) {
        let label = label.to_string();
        if label.starts_with(w) {
            panic!("VNEXTRACT_DEBUG_PANIC matched {label:?}");
        }
    }
}

#[cfg(not(debug_assertions))]
fn debug_panic(_label: fmt::Arguments<'_>) {}

/// Installs a panic hook that is silent for panics [`catch`] will catch (it only notes their
/// location for the error message) and defers to the previous hook for all others. With
/// `VNEXTRACT_SHOW_PANICS` set, every panic goes to the previous hook (with a backtrace when
/// `RUST_BACKTRACE` asks for one), for debugging.
pub fn install_quiet_hook() {
    if std::env::var_os("VNEXTRACT_SHOW_PANICS").is_some() {
        return;
    }
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if is_catching() {
            let at = info
                .location()
                .map(|l| format!("{}:{}", l.file(), l.line()));
            LOCATION.with(|l| *l.borrow_mut() = at);
        } else {
            previous(info);
        }
    }));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn panics_become_messages() {
        assert_eq!(catch(format_args!("a"), || 5), Ok(5));
        let err = catch(format_args!("a"), || -> u8 { panic!("boom {}", 1) }).unwrap_err();
        assert!(err.starts_with("boom 1"), "{err}");
        assert!(!is_catching());
        let inner = || catch(format_args!("b"), || panic!("inner")).is_err();
        let nested = catch(format_args!("a"), inner);
        assert_eq!(nested, Ok(true));
        assert!(!is_catching());
    }
}
