//! Turning the paths given on the command line into the ordered list of inputs.
//!
//! Nothing found on the way is dropped silently: a path that does not exist, a directory or
//! file the walk cannot read (permissions), a symbolic link loop, a dangling link and a
//! special file met in a walk (named pipe, socket, device: reading one could block forever
//! or never end) each become an [`Input::Unreadable`], i.e. one error record. Hidden entries
//! (names starting with `.`) are skipped on purpose, as SPEC §1 says.

use std::path::{Path, PathBuf};

use super::{id_from_path, Input};

/// Expands paths into inputs: `-` is standard input, a directory is walked recursively in
/// path order with hidden entries skipped, a file is itself (a named pipe given by name is
/// read too, as in `vnextract extract <(zcat a.gz)`). A path that does not exist, or an
/// entry a walk cannot read, becomes an [`Input::Unreadable`] so that it is reported.
pub fn expand(paths: &[PathBuf]) -> Vec<Input> {
    let mut out = Vec::new();
    if paths.is_empty() {
        out.push(Input::Stdin);
    }
    for path in paths {
        if path.as_os_str() == "-" {
            out.push(Input::Stdin);
            continue;
        }
        let name = path
            .file_name()
            .map(PathBuf::from)
            .unwrap_or_else(|| path.clone());
        match std::fs::metadata(path) {
            Err(e) => out.push(Input::Unreadable {
                path: path.clone(),
                id: id_from_path(&name),
                reason: format!("cannot read path: {e}"),
            }),
            Ok(m) if m.is_dir() => walk_dir(path, &mut out),
            Ok(_) => out.push(Input::File {
                path: path.clone(),
                id: id_from_path(&name),
            }),
        }
    }
    out
}

fn is_hidden(entry: &walkdir::DirEntry) -> bool {
    entry.depth() > 0
        && entry
            .file_name()
            .to_str()
            .is_some_and(|s| s.starts_with('.'))
}

/// What a file that is neither a regular file nor a directory is, for its error record.
fn special_kind(ft: std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if ft.is_fifo() {
            return "a named pipe";
        }
        if ft.is_socket() {
            return "a socket";
        }
        if ft.is_block_device() || ft.is_char_device() {
            return "a device";
        }
    }
    let _ = ft;
    "a special file"
}

fn walk_dir(root: &Path, out: &mut Vec<Input>) {
    let walker = walkdir::WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter();
    let id_of = |path: &Path| match path.strip_prefix(root) {
        Ok(rel) if !rel.as_os_str().is_empty() => id_from_path(rel),
        _ => id_from_path(Path::new(root.file_name().unwrap_or(root.as_os_str()))),
    };
    for entry in walker.filter_entry(|e| !is_hidden(e)) {
        match entry {
            Ok(e) if e.file_type().is_file() => out.push(Input::File {
                path: e.path().to_path_buf(),
                id: id_of(e.path()),
            }),
            Ok(e) if e.file_type().is_dir() => {}
            Ok(e) => out.push(Input::Unreadable {
                path: e.path().to_path_buf(),
                id: id_of(e.path()),
                reason: format!(
                    "not a regular file but {}: skipped",
                    special_kind(e.file_type())
                ),
            }),
            Err(err) => {
                let path = err
                    .path()
                    .map(Path::to_path_buf)
                    .unwrap_or_else(|| root.to_path_buf());
                let reason = if err.loop_ancestor().is_some() {
                    "symbolic link loop: the link points to a directory above it".to_string()
                } else {
                    match err.io_error() {
                        Some(io) => format!("cannot read directory entry: {io}"),
                        None => format!("cannot read directory entry: {err}"),
                    }
                };
                out.push(Input::Unreadable {
                    id: id_of(&path),
                    path,
                    reason,
                });
            }
        }
    }
}
