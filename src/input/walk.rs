//! Turning the paths given on the command line into the ordered list of inputs.

use std::path::{Path, PathBuf};

use super::{id_from_path, Input};

/// Expands paths into inputs: `-` is standard input, a directory is walked recursively in
/// path order with hidden entries skipped, a file is itself. A path that does not exist, or
/// an entry a walk cannot read, becomes an [`Input::Unreadable`] so that it is reported.
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
        match std::fs::metadata(path) {
            Err(e) => out.push(Input::Unreadable {
                path: path.clone(),
                reason: format!("cannot read path: {e}"),
            }),
            Ok(m) if m.is_dir() => walk_dir(path, &mut out),
            Ok(_) => {
                let name = path
                    .file_name()
                    .map(PathBuf::from)
                    .unwrap_or_else(|| path.clone());
                out.push(Input::File {
                    path: path.clone(),
                    id: id_from_path(&name),
                });
            }
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

fn walk_dir(root: &Path, out: &mut Vec<Input>) {
    let walker = walkdir::WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter();
    for entry in walker.filter_entry(|e| !is_hidden(e)) {
        match entry {
            Ok(e) if e.file_type().is_file() => {
                let rel = e.path().strip_prefix(root).unwrap_or(e.path());
                out.push(Input::File {
                    path: e.path().to_path_buf(),
                    id: id_from_path(rel),
                });
            }
            Ok(_) => {}
            Err(err) => {
                let path = err
                    .path()
                    .map(Path::to_path_buf)
                    .unwrap_or_else(|| root.to_path_buf());
                let reason = if err.loop_ancestor().is_some() {
                    "symbolic link loop".to_string()
                } else {
                    match err.io_error() {
                        Some(io) => format!("cannot read directory entry: {io}"),
                        None => format!("cannot read directory entry: {err}"),
                    }
                };
                out.push(Input::Unreadable { path, reason });
            }
        }
    }
}
