//! Reading input (SPEC §1): paths and standard input, directory walks, formats and
//! decompression, turned into a stream of raw [`Document`]s.
//!
//! Reading only splits the input into documents; decoding, JSON parsing and everything after
//! it happen on the worker threads (see `pipeline.rs`), so the reader keeps up with the disk.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

pub mod binary;
pub mod encoding;
pub mod ids;
pub mod json_line;
mod lines;
mod walk;

pub use ids::SeenIds;
pub use lines::Line;
use lines::LineReader;
pub use walk::expand;

/// How a file's bytes are split into documents.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// The whole file is one document.
    Txt,
    /// One JSON object per line.
    Jsonl,
}

impl std::str::FromStr for Format {
    type Err = crate::Error;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "txt" | "text" => Ok(Format::Txt),
            "jsonl" | "ndjson" | "json" => Ok(Format::Jsonl),
            other => Err(crate::Error::config(format!(
                "unknown format {other:?}: expected txt or jsonl"
            ))),
        }
    }
}

/// A transparent compression layer, chosen by the file's last extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Compression {
    /// Plain bytes.
    None,
    /// gzip (`.gz`), possibly multi-member.
    Gzip,
    /// Zstandard (`.zst`).
    Zstd,
}

/// Splits a file name into its compression and the format of what is inside.
pub fn classify(path: &Path) -> (Format, Compression) {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    let (inner, compression) = if let Some(s) = name.strip_suffix(".gz") {
        (s.to_string(), Compression::Gzip)
    } else if let Some(s) = name.strip_suffix(".tgz") {
        (format!("{s}.tar"), Compression::Gzip)
    } else if let Some(s) = name.strip_suffix(".zst") {
        (s.to_string(), Compression::Zstd)
    } else {
        (name, Compression::None)
    };
    let format = if inner.ends_with(".jsonl") || inner.ends_with(".ndjson") {
        Format::Jsonl
    } else {
        Format::Txt
    };
    (format, compression)
}

/// The id a document gets from its path: relative to the input root, with known extensions
/// removed (`seeds/002_x.txt` under root `seeds` → `002_x`; `a/b.jsonl.gz` → `a/b`).
pub fn id_from_path(rel: &Path) -> String {
    let mut s = rel.to_string_lossy().replace('\\', "/");
    for ext in [
        ".gz", ".zst", ".tgz", ".txt", ".text", ".jsonl", ".ndjson", ".json", ".html", ".htm",
    ] {
        if s.len() > ext.len() && s.to_ascii_lowercase().ends_with(ext) {
            s.truncate(s.len() - ext.len());
        }
    }
    s
}

/// A document as read, before decoding.
#[derive(Debug)]
pub struct Document {
    /// The id from the path (for JSONL: the default when the line has no id field).
    pub id: String,
    /// Where it came from: the file path, with `:N` for the N-th line of a JSONL file.
    pub source: String,
    /// The bytes, or why they could not be read.
    pub body: Body,
    /// Bytes of input this document accounts for (for MB/s and progress).
    pub input_bytes: u64,
}

/// The content of a [`Document`].
#[derive(Debug)]
pub enum Body {
    /// The whole document in some encoding.
    Bytes(Vec<u8>),
    /// One JSONL line, still to be parsed.
    JsonLine(Line),
    /// Reading failed; the message becomes the record's `error`.
    Failed(String),
}

/// Options for reading.
#[derive(Clone, Debug)]
pub struct ReadOptions {
    /// Format of every file, overriding the file names.
    pub format: Option<Format>,
    /// Documents longer than this are not read: they become an error record.
    pub max_doc_bytes: u64,
}

impl Default for ReadOptions {
    fn default() -> Self {
        ReadOptions {
            format: None,
            max_doc_bytes: 512 << 20,
        }
    }
}

/// One input to read: a file found by a walk, or standard input.
#[derive(Clone, Debug)]
pub enum Input {
    /// A file and the id it gets (relative path without extensions).
    File {
        /// Path to open.
        path: PathBuf,
        /// Id base.
        id: String,
    },
    /// Standard input.
    Stdin,
    /// A path that could not be read or walked; becomes one error record.
    Unreadable {
        /// The path as given or found.
        path: PathBuf,
        /// The id its record gets.
        id: String,
        /// Why.
        reason: String,
    },
}

/// Counts bytes read through it, so progress can follow a compressed file's position.
struct Counting<R> {
    inner: R,
    count: std::sync::Arc<std::sync::atomic::AtomicU64>,
}

impl<R: Read> Read for Counting<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count
            .fetch_add(n as u64, std::sync::atomic::Ordering::Relaxed);
        Ok(n)
    }
}

/// Reads every input in order and hands each document to `emit`. `consumed` counts raw
/// bytes read from disk or standard input. Returning `false` from `emit` stops reading.
pub fn read_all(
    inputs: &[Input],
    opts: &ReadOptions,
    consumed: &std::sync::Arc<std::sync::atomic::AtomicU64>,
    emit: &mut dyn FnMut(Document) -> bool,
) {
    for input in inputs {
        // A bug in a reader must cost one input, not the run: the panic becomes one error
        // record for what was left of this input.
        let label = match input {
            Input::File { id, .. } | Input::Unreadable { id, .. } => id.as_str(),
            Input::Stdin => "stdin",
        };
        let mut open = true;
        let read = crate::guard::catch(format_args!("read {label}"), || {
            open = read_one(input, opts, consumed, &mut |doc| emit(doc));
        });
        if let Err(msg) = read {
            let (id, source) = match input {
                Input::File { id, path } | Input::Unreadable { id, path, .. } => {
                    (id.clone(), path.display().to_string())
                }
                Input::Stdin => ("stdin".to_string(), "stdin".to_string()),
            };
            open = emit(Document {
                id,
                source,
                body: Body::Failed(format!("internal error while reading this input: {msg}")),
                input_bytes: 0,
            });
        }
        if !open {
            return;
        }
    }
}

fn read_one(
    input: &Input,
    opts: &ReadOptions,
    consumed: &std::sync::Arc<std::sync::atomic::AtomicU64>,
    emit: &mut dyn FnMut(Document) -> bool,
) -> bool {
    match input {
        Input::Unreadable { path, id, reason } => emit(Document {
            id: id.clone(),
            source: path.display().to_string(),
            body: Body::Failed(reason.clone()),
            input_bytes: 0,
        }),
        Input::Stdin => {
            let stdin = io::stdin().lock();
            let reader = Counting {
                inner: stdin,
                count: consumed.clone(),
            };
            let mut buf = BufReader::with_capacity(1 << 16, reader);
            let format = match opts.format {
                Some(f) => f,
                None => sniff(&mut buf),
            };
            let stream = Stream {
                id: "stdin",
                source: "stdin",
                format,
                compression: Compression::None,
                size: None,
            };
            read_stream(Box::new(buf), &stream, opts, emit)
        }
        Input::File { path, id } => {
            let source = path.display().to_string();
            let (format, compression) = classify(path);
            let format = opts.format.unwrap_or(format);
            let file = match File::open(path) {
                Ok(f) => f,
                Err(e) => {
                    return emit(Document {
                        id: id.clone(),
                        source,
                        body: Body::Failed(format!("cannot open file: {e}")),
                        input_bytes: 0,
                    })
                }
            };
            let size = file.metadata().ok().map(|m| m.len());
            let counted = Counting {
                inner: file,
                count: consumed.clone(),
            };
            let reader: Box<dyn BufRead> = match compression {
                // A buffer no larger than the file: `Counting` has no `read_buf`, so the
                // standard library zeroes a new buffer before its first read, and a folder
                // of small files would pay for 64 KiB of zeroes each. (JSON Lines are read
                // a chunk at a time, past this buffer: see `lines`.)
                Compression::None => Box::new(BufReader::with_capacity(
                    size.map_or(1 << 16, |s| (s as usize + 1).clamp(1 << 10, 1 << 16)),
                    counted,
                )),
                Compression::Gzip => Box::new(BufReader::with_capacity(
                    1 << 16,
                    flate2::read::MultiGzDecoder::new(BufReader::with_capacity(1 << 16, counted)),
                )),
                Compression::Zstd => match zstd::Decoder::new(counted) {
                    Ok(d) => Box::new(BufReader::with_capacity(1 << 16, d)),
                    Err(e) => {
                        return emit(Document {
                            id: id.clone(),
                            source,
                            body: Body::Failed(format!("cannot start zstd decompression: {e}")),
                            input_bytes: 0,
                        })
                    }
                },
            };
            let stream = Stream {
                id,
                source: &source,
                format,
                compression,
                size: size.filter(|_| compression == Compression::None),
            };
            read_stream(reader, &stream, opts, emit)
        }
    }
}

/// Guesses the format of standard input: JSON Lines when the first non-blank byte is `{`.
fn sniff(buf: &mut impl BufRead) -> Format {
    match buf.fill_buf() {
        Ok(bytes) => match bytes.iter().find(|b| !b.is_ascii_whitespace()) {
            Some(b'{') => Format::Jsonl,
            _ => Format::Txt,
        },
        Err(_) => Format::Txt,
    }
}

/// What [`read_stream`] needs to know about the stream it splits.
struct Stream<'a> {
    /// Id base of its documents.
    id: &'a str,
    /// Source base of its documents.
    source: &'a str,
    format: Format,
    compression: Compression,
    /// The size on disk of an uncompressed file, when known.
    size: Option<u64>,
}

impl Stream<'_> {
    /// The error record's message for a read that failed, `after` a number of lines.
    fn read_error(&self, e: &io::Error, after: Option<u64>) -> String {
        let at = match after {
            Some(0) => " before the first line".to_string(),
            Some(n) => format!(" after line {n}"),
            None => String::new(),
        };
        match self.compression {
            Compression::None => format!("cannot read the input{at}: {e}"),
            _ => format!("the compressed data is broken or truncated{at}, the rest is lost: {e}"),
        }
    }

    fn failed(&self, msg: String, input_bytes: u64) -> Document {
        Document {
            id: self.id.to_string(),
            source: self.source.to_string(),
            body: Body::Failed(msg),
            input_bytes,
        }
    }
}

fn too_large(size: u64, limit: u64) -> String {
    format!(
        "document is {size} bytes, over the --max-doc-bytes limit of {limit} bytes \
         (raise the limit to read it)"
    )
}

fn read_stream(
    mut reader: Box<dyn BufRead + '_>,
    stream: &Stream<'_>,
    opts: &ReadOptions,
    emit: &mut dyn FnMut(Document) -> bool,
) -> bool {
    let limit = opts.max_doc_bytes;
    match stream.format {
        Format::Txt => {
            // A plain file's size is known: refuse a huge one without reading it.
            if let Some(size) = stream.size.filter(|&s| s > limit) {
                return emit(stream.failed(too_large(size, limit), 0));
            }
            let mut bytes = Vec::new();
            let doc = match (&mut reader).take(limit + 1).read_to_end(&mut bytes) {
                // The rest is not read: a decompression bomb costs no more than the limit.
                Ok(_) if bytes.len() as u64 > limit => stream.failed(
                    format!(
                        "document is over the --max-doc-bytes limit of {limit} bytes \
                         (raise the limit to read it)"
                    ),
                    0,
                ),
                Ok(_) => match binary::detect(&bytes) {
                    Some(what) => {
                        stream.failed(format!("binary file ({what})"), bytes.len() as u64)
                    }
                    None => Document {
                        id: stream.id.to_string(),
                        source: stream.source.to_string(),
                        input_bytes: bytes.len() as u64,
                        body: Body::Bytes(bytes),
                    },
                },
                Err(e) => stream.failed(stream.read_error(&e, None), bytes.len() as u64),
            };
            emit(doc)
        }
        Format::Jsonl => {
            // A binary file named .jsonl would otherwise become one "not valid JSON" record per
            // stray newline byte: it is one error record instead.
            if let Ok(head) = reader.fill_buf() {
                if let Some(what) = binary::detect(head) {
                    return emit(stream.failed(format!("binary file ({what})"), 0));
                }
            }
            let mut lines = LineReader::new(reader);
            let mut line_no = 0u64;
            loop {
                match lines.next_line(limit) {
                    Ok(None) => return true,
                    Ok(Some((line, total))) => {
                        line_no += 1;
                        if line.iter().all(u8::is_ascii_whitespace) && total == line.len() as u64 {
                            continue; // a blank line holds no document
                        }
                        let body = if total > line.len() as u64 {
                            Body::Failed(format!(
                                "line is {total} bytes, over the --max-doc-bytes limit of \
                                 {limit} bytes (raise the limit to read it)"
                            ))
                        } else {
                            Body::JsonLine(line)
                        };
                        let doc = Document {
                            id: format!("{}:{line_no}", stream.id),
                            source: format!("{}:{line_no}", stream.source),
                            body,
                            input_bytes: total + 1,
                        };
                        if !emit(doc) {
                            return false;
                        }
                    }
                    Err(e) => {
                        // One record for everything from the broken line on; the lines
                        // before it have their records already.
                        let msg = stream.read_error(&e, Some(line_no));
                        line_no += 1;
                        return emit(Document {
                            id: format!("{}:{line_no}", stream.id),
                            source: format!("{}:{line_no}", stream.source),
                            body: Body::Failed(msg),
                            input_bytes: 0,
                        });
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classify_names() {
        assert_eq!(
            classify(Path::new("a/b.jsonl.gz")),
            (Format::Jsonl, Compression::Gzip)
        );
        assert_eq!(
            classify(Path::new("b.ndjson.zst")),
            (Format::Jsonl, Compression::Zstd)
        );
        assert_eq!(
            classify(Path::new("b.txt")),
            (Format::Txt, Compression::None)
        );
        assert_eq!(
            classify(Path::new("README")),
            (Format::Txt, Compression::None)
        );
    }

    #[test]
    fn ids() {
        assert_eq!(id_from_path(Path::new("002_x.txt")), "002_x");
        assert_eq!(id_from_path(Path::new("a/b.jsonl.gz")), "a/b");
        assert_eq!(id_from_path(Path::new("noext")), "noext");
    }
}
