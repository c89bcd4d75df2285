//! The pipeline: documents in, records out. The only place that knows about threads and
//! output order.
//!
//! A reader thread splits the input into documents and sends them in bounded batches; the
//! calling thread processes each batch on a rayon pool (one document per task, `collect`
//! keeps input order); a writer thread writes the finished records. Each channel holds at
//! most two batches, so memory stays flat however large the input is, and reading,
//! processing and writing overlap.

use std::io::Write;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{sync_channel, Receiver};
use std::sync::Arc;
use std::time::Instant;

use rayon::prelude::*;
use serde_json::{Map, Value as Json};

use crate::extract::{self, Context, Entity, Kind, KindSet, TimePoint};
use crate::input::encoding::{self, Encoding};
use crate::input::{self, Body, Document, Input, ReadOptions, SeenIds};
use crate::normalize::{self, ToneStyle};
use crate::span::Span;
use crate::{meta, record, segment, Error};

/// Everything that decides how documents are processed.
#[derive(Clone, Debug)]
pub struct Config {
    /// Tone-mark placement.
    pub tone: ToneStyle,
    /// Which entity kinds to extract.
    pub kinds: KindSet,
    /// Reference date for documents without `meta.published`.
    pub reference: Option<TimePoint>,
    /// Leave `text` and `sentences` out of records.
    pub no_text: bool,
    /// JSONL field holding the text.
    pub text_field: String,
    /// JSONL field holding the id.
    pub id_field: String,
    /// Decode every document as this encoding instead of detecting it.
    pub encoding: Option<Encoding>,
    /// How input is read.
    pub read: ReadOptions,
    /// Worker threads (0: one per core).
    pub jobs: usize,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            tone: ToneStyle::default(),
            kinds: KindSet::ALL,
            reference: None,
            no_text: false,
            text_field: "text".into(),
            id_field: "id".into(),
            encoding: None,
            read: ReadOptions::default(),
            jobs: 0,
        }
    }
}

/// A processed document, as the library returns it.
#[derive(Clone, Debug)]
pub struct Processed {
    /// Document id.
    pub id: String,
    /// Where it came from.
    pub source: String,
    /// The encoding it was read from.
    pub encoding: Option<Encoding>,
    /// Metadata.
    pub meta: Map<String, Json>,
    /// Normalised text.
    pub text: String,
    /// Sentence byte spans.
    pub sentences: Vec<Span>,
    /// Entities, sorted by start, never overlapping.
    pub entities: Vec<Entity>,
    /// Warnings.
    pub warnings: Vec<String>,
    /// Why the document could not be processed.
    pub error: Option<String>,
}

impl Processed {
    fn failed(id: String, source: String, error: String) -> Processed {
        Processed {
            id,
            source,
            encoding: None,
            meta: Map::new(),
            text: String::new(),
            sentences: Vec::new(),
            entities: Vec::new(),
            warnings: Vec::new(),
            error: Some(error),
        }
    }

    /// The record view of this document.
    pub fn record(&self, no_text: bool) -> record::Record<'_> {
        record::Record {
            id: &self.id,
            source: &self.source,
            encoding: self.encoding.map(Encoding::name),
            meta: &self.meta,
            text: if self.error.is_some() {
                None
            } else {
                Some(&self.text)
            },
            sentences: &self.sentences,
            entities: &self.entities,
            warnings: &self.warnings,
            error: self.error.as_deref(),
            no_text,
        }
    }
}

/// Counts for the end-of-run summary.
#[derive(Clone, Debug, Default)]
pub struct Summary {
    /// Documents read (= records written).
    pub documents: u64,
    /// Records with an `error`.
    pub failed: u64,
    /// Entities by kind, in [`Kind::ALL`] order.
    pub entities: [u64; 8],
    /// Bytes of input read (after decompression).
    pub input_bytes: u64,
    /// Seconds from start to the last record written.
    pub seconds: f64,
}

impl Summary {
    fn add(&mut self, p: &Processed, input_bytes: u64) {
        self.documents += 1;
        self.failed += u64::from(p.error.is_some());
        for e in &p.entities {
            self.entities[e.kind() as usize] += 1;
        }
        self.input_bytes += input_bytes;
    }

    /// The one-line summary printed at the end of a run.
    pub fn line(&self) -> String {
        let kinds: Vec<String> = Kind::ALL
            .iter()
            .map(|k| format!("{} {}", k.name(), self.entities[*k as usize]))
            .collect();
        let mb = self.input_bytes as f64 / 1e6;
        format!(
            "{} documents, {} failed; entities: {}; {:.1} MB in {:.2} s ({:.1} MB/s)",
            self.documents,
            self.failed,
            kinds.join(", "),
            mb,
            self.seconds,
            if self.seconds > 0.0 {
                mb / self.seconds
            } else {
                0.0
            }
        )
    }
}

/// Progress as the pipeline reports it after each batch.
#[derive(Clone, Copy, Debug, Default)]
pub struct Progress {
    /// Documents written so far.
    pub documents: u64,
    /// Raw bytes read from disk or standard input so far.
    pub consumed: u64,
}

/// The configured pipeline. Cheap to clone, `Send + Sync`.
#[derive(Clone, Debug, Default)]
pub struct Pipeline {
    cfg: Config,
}

/// Documents per batch, and the byte size at which a batch is sent early.
const BATCH_DOCS: usize = 512;
const BATCH_BYTES: usize = 8 << 20;

impl Pipeline {
    /// A pipeline with this configuration.
    pub fn new(cfg: Config) -> Pipeline {
        Pipeline { cfg }
    }

    /// Its configuration.
    pub fn config(&self) -> &Config {
        &self.cfg
    }

    /// Normalises and extracts one text, as if it were a `.txt` document.
    pub fn process_text(&self, id: &str, text: &str) -> Processed {
        self.process_str(
            id.to_string(),
            String::new(),
            text,
            Encoding::Utf8,
            Map::new(),
            Vec::new(),
        )
    }

    /// Processes one raw document. Never panics: a panic inside becomes the record's error.
    pub fn process(&self, doc: Document) -> Processed {
        let (id, source) = (doc.id.clone(), doc.source.clone());
        crate::guard::catch(format_args!("{id}"), || self.process_inner(doc)).unwrap_or_else(
            |msg| {
                Processed::failed(
                    id,
                    source,
                    format!("internal error while processing this document: {msg}"),
                )
            },
        )
    }

    fn process_inner(&self, doc: Document) -> Processed {
        match doc.body {
            Body::Failed(e) => Processed::failed(doc.id, doc.source, e),
            Body::Bytes(bytes) => match encoding::decode(&bytes, self.cfg.encoding) {
                Ok(d) => {
                    let warnings = d.warning.into_iter().collect();
                    self.process_str(
                        doc.id,
                        doc.source,
                        &d.text,
                        d.encoding,
                        Map::new(),
                        warnings,
                    )
                }
                Err(e) => Processed::failed(doc.id, doc.source, e),
            },
            Body::JsonLine(line) => self.process_json_line(doc.id, doc.source, &line),
        }
    }

    fn process_json_line(&self, default_id: String, source: String, line: &[u8]) -> Processed {
        let mut obj: Map<String, Json> = match serde_json::from_slice(line) {
            Ok(Json::Object(o)) => o,
            Ok(other) => {
                let what = match other {
                    Json::Array(_) => "an array",
                    Json::String(_) => "a string",
                    Json::Number(_) => "a number",
                    Json::Bool(_) => "a boolean",
                    _ => "null",
                };
                return Processed::failed(
                    default_id,
                    source,
                    format!("line is {what}, not a JSON object"),
                );
            }
            Err(e) => {
                return Processed::failed(
                    default_id,
                    source,
                    format!("line is not valid JSON: {e}"),
                )
            }
        };
        let id = match obj.remove(&self.cfg.id_field) {
            Some(Json::String(s)) => s,
            Some(Json::Number(n)) => n.to_string(),
            Some(other) => {
                obj.insert(self.cfg.id_field.clone(), other);
                default_id
            }
            None => default_id,
        };
        let text = match obj.remove(&self.cfg.text_field) {
            Some(Json::String(s)) => s,
            Some(_) => {
                return Processed::failed(
                    id,
                    source,
                    format!("field {:?} is not a string", self.cfg.text_field),
                )
            }
            None => {
                return Processed::failed(
                    id,
                    source,
                    format!("line has no {:?} field", self.cfg.text_field),
                )
            }
        };
        // A JSON string is Unicode already: only mojibake can be wrong with it, and
        // `--encoding utf-8` says to take it as it is.
        let repaired = match self.cfg.encoding {
            None | Some(Encoding::Utf8Mojibake) => encoding::repair_text(&text),
            Some(_) => None,
        };
        let (text, enc) = match repaired {
            Some((fixed, enc)) => (fixed, enc),
            None => (text, Encoding::Utf8),
        };
        self.process_str(id, source, &text, enc, obj, Vec::new())
    }

    fn process_str(
        &self,
        id: String,
        source: String,
        raw: &str,
        enc: Encoding,
        mut meta: Map<String, Json>,
        warnings: Vec<String>,
    ) -> Processed {
        let normalized = normalize::normalize(raw, self.cfg.tone);
        let text = match meta::read_from_text(&normalized, &mut meta) {
            Some(t) => t,
            None => normalized.into_owned(),
        };
        let cx = Context {
            reference: meta::published(&meta).or(self.cfg.reference),
        };
        let entities = extract::extract(&cx, &text, self.cfg.kinds);
        let sentences = segment::sentences(&text);
        add_provinces(&mut meta, &entities);
        Processed {
            id,
            source,
            encoding: Some(enc),
            meta,
            text,
            sentences,
            entities,
            warnings,
            error: None,
        }
    }

    /// Reads every input, processes the documents in parallel and writes one record per
    /// document, in input order, to `out` (and one CSV row per entity to `table`).
    /// `progress` is called after each batch. Fails only when output cannot be written.
    pub fn run(
        &self,
        inputs: Vec<Input>,
        out: Box<dyn Write + Send>,
        table: Option<Box<dyn Write + Send>>,
        progress: &(dyn Fn(Progress) + Sync),
    ) -> Result<Summary, Error> {
        let start = Instant::now();
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(self.cfg.jobs)
            .build()
            .map_err(|e| Error::config(format!("cannot start worker threads: {e}")))?;
        let consumed = Arc::new(AtomicU64::new(0));
        let (batch_tx, batch_rx) = sync_channel::<Vec<Document>>(2);
        let (out_tx, out_rx) = sync_channel::<(Vec<u8>, Vec<u8>, Summary)>(2);
        let read_opts = self.cfg.read.clone();
        let reader_consumed = consumed.clone();
        let reader = std::thread::spawn(move || {
            let mut batch = Vec::with_capacity(BATCH_DOCS);
            let mut bytes = 0usize;
            let mut open = true;
            input::read_all(&inputs, &read_opts, &reader_consumed, &mut |doc| {
                bytes += doc.input_bytes as usize;
                batch.push(doc);
                if batch.len() >= BATCH_DOCS || bytes >= BATCH_BYTES {
                    bytes = 0;
                    open = batch_tx
                        .send(std::mem::replace(
                            &mut batch,
                            Vec::with_capacity(BATCH_DOCS),
                        ))
                        .is_ok();
                }
                open
            });
            if open && !batch.is_empty() {
                let _ = batch_tx.send(batch);
            }
        });
        let has_table = table.is_some();
        let writer = std::thread::spawn(move || write_loop(out_rx, out, table));

        let mut total = Summary::default();
        let mut seen = SeenIds::new();
        for batch in batch_rx.iter() {
            let mut done: Vec<(Processed, u64)> = pool.install(|| {
                batch
                    .into_par_iter()
                    .map(|doc| {
                        let n = doc.input_bytes;
                        (self.process(doc), n)
                    })
                    .collect()
            });
            let mut json = Vec::with_capacity(done.len() * 4096);
            let mut rows = Vec::new();
            let mut part = Summary::default();
            for (p, n) in &mut done {
                if seen.repeats(&p.id) {
                    p.warnings.push(SeenIds::warning(&p.id));
                }
                write_record(&mut json, p, self.cfg.no_text);
                let rec = p.record(self.cfg.no_text);
                if has_table {
                    record::write_table_rows(&mut rows, &rec);
                }
                part.add(p, *n);
            }
            total.documents += part.documents;
            if out_tx.send((json, rows, part)).is_err() {
                break; // the writer stopped on an error: stop reading too
            }
            progress(Progress {
                documents: total.documents,
                consumed: consumed.load(Ordering::Relaxed),
            });
        }
        drop(out_tx);
        drop(batch_rx);
        let written = writer
            .join()
            .unwrap_or_else(|_| Err(Error::config("the output thread failed")));
        let _ = reader.join();
        let mut summary = written?;
        summary.seconds = start.elapsed().as_secs_f64();
        Ok(summary)
    }
}

/// Writes `p`'s record; should that panic (an entity whose offsets do not fit the text), the
/// document gets an error record instead and the run goes on.
fn write_record(json: &mut Vec<u8>, p: &mut Processed, no_text: bool) {
    let before = json.len();
    if let Err(msg) = crate::guard::catch(format_args!("record {}", p.id), || {
        record::write(json, &p.record(no_text))
    }) {
        json.truncate(before);
        p.entities.clear();
        p.sentences.clear();
        p.error = Some(format!("internal error while writing this record: {msg}"));
        record::write(json, &p.record(no_text));
    }
}

fn write_loop(
    rx: Receiver<(Vec<u8>, Vec<u8>, Summary)>,
    out: Box<dyn Write + Send>,
    table: Option<Box<dyn Write + Send>>,
) -> Result<Summary, Error> {
    let mut out = std::io::BufWriter::with_capacity(1 << 20, out);
    let mut table = table.map(|t| std::io::BufWriter::with_capacity(1 << 20, t));
    if let Some(t) = table.as_mut() {
        let mut header = Vec::new();
        record::write_table_header(&mut header);
        t.write_all(&header)
            .map_err(|e| Error::io("table output", e))?;
    }
    let mut summary = Summary::default();
    for (json, rows, part) in rx.iter() {
        out.write_all(&json).map_err(|e| Error::io("output", e))?;
        if let Some(t) = table.as_mut() {
            t.write_all(&rows)
                .map_err(|e| Error::io("table output", e))?;
        }
        summary.documents += part.documents;
        summary.failed += part.failed;
        summary.input_bytes += part.input_bytes;
        for (a, b) in summary.entities.iter_mut().zip(part.entities) {
            *a += b;
        }
    }
    out.flush().map_err(|e| Error::io("output", e))?;
    if let Some(t) = table.as_mut() {
        t.flush().map_err(|e| Error::io("table output", e))?;
    }
    Ok(summary)
}

/// Adds `meta.provinces`: each province mentioned, with its count, in order of first mention.
fn add_provinces(meta: &mut Map<String, Json>, entities: &[Entity]) {
    let mut counts: Vec<(&'static str, &'static str, u64)> = Vec::new();
    for e in entities {
        if let extract::Value::Location(p) = &e.value {
            match counts.iter_mut().find(|(n, _, _)| *n == p.name) {
                Some(c) => c.2 += 1,
                None => counts.push((p.name, p.code, 1)),
            }
        }
    }
    if counts.is_empty() {
        return;
    }
    let list = counts
        .into_iter()
        .map(|(name, code, count)| {
            let mut m = Map::new();
            m.insert("name".into(), Json::from(name));
            m.insert("code".into(), Json::from(code));
            m.insert("count".into(), Json::from(count));
            Json::Object(m)
        })
        .collect();
    meta.insert("provinces".into(), Json::Array(list));
}
