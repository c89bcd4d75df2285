//! The pipeline: documents in, records out. The only place that knows about threads and
//! output order.
//!
//! A reader thread splits the input into documents and hands them in batches to a rayon
//! pool, one task per batch (each document's record is rendered to bytes on the worker that
//! processed it); the calling thread puts finished batches back in input order and writes
//! them. At most a few batches are in flight, so memory stays flat however large the input
//! is, and reading, processing and writing overlap.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::io::{IoSlice, Write};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc::{channel, sync_channel, Receiver, Sender, SyncSender};
use std::sync::Arc;
use std::time::Instant;

use serde_json::{Map, Value as Json};

use crate::extract::{self, Context, Entity, Kind, KindSet, TimePoint};
use crate::input::encoding::{self, Encoding};
use crate::input::{self, json_line, Body, Document, Input, ReadOptions, SeenIds};
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
const BATCH_DOCS: usize = 128;
const BATCH_BYTES: usize = 1 << 20;

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
            Cow::Borrowed(text),
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
                    self.process_str(doc.id, doc.source, d.text, d.encoding, Map::new(), warnings)
                }
                Err(e) => Processed::failed(doc.id, doc.source, e),
            },
            Body::JsonLine(line) => self.process_json_line(doc.id, doc.source, &line),
        }
    }

    fn process_json_line(&self, default_id: String, source: String, line: &[u8]) -> Processed {
        // The common line, an object with a string text field, takes the fast path; any
        // other line (and every error) is parsed again the plain way, which says why.
        let parsed = json_line::parse_object_fast(line, &self.cfg.text_field).map(Ok);
        let mut obj: Map<String, Json> = match parsed.unwrap_or_else(|| sonic_rs::from_slice(line))
        {
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
                // The parser's message goes on with a snippet of the line on further lines:
                // the first line says what and where.
                let e = e.to_string();
                let what = e.lines().next().unwrap_or_default();
                return Processed::failed(
                    default_id,
                    source,
                    format!("line is not valid JSON: {what}"),
                );
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
        self.process_str(id, source, Cow::Owned(text), enc, obj, Vec::new())
    }

    fn process_str(
        &self,
        id: String,
        source: String,
        raw: Cow<'_, str>,
        enc: Encoding,
        mut meta: Map<String, Json>,
        warnings: Vec<String>,
    ) -> Processed {
        // Most texts are already normal: then the raw string itself becomes the text, moved
        // rather than copied when it is owned (a JSONL field).
        let normalized = match normalize::normalize(&raw, self.cfg.tone) {
            Cow::Owned(s) => Some(s),
            Cow::Borrowed(_) => None,
        };
        let normalized = normalized.unwrap_or_else(|| raw.into_owned());
        let text = match meta::read_from_text(&normalized, &mut meta) {
            Some(t) => t,
            None => normalized,
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

    /// Processes one document and renders its record (and table rows) to bytes, on the
    /// worker thread, so that the writer only copies finished bytes.
    fn render(&self, doc: Document, table: bool) -> Rendered {
        let input_bytes = doc.input_bytes;
        let p = self.process(doc);
        let rec = p.record(self.cfg.no_text);
        // Room for the whole record, so that it is written without growing: the text (with
        // a little for escapes), about 20 bytes per sentence and under 200 per entity.
        let room = p.text.len() * 33 / 32 + 24 * p.sentences.len() + 192 * p.entities.len() + 512;
        let mut json = Vec::with_capacity(room);
        let mut rows = Vec::new();
        let written = crate::guard::catch(format_args!("record {}", p.id), || {
            record::write(&mut json, &rec);
            if table {
                rows = crate::table::rows(&rec);
            }
        });
        let mut part = Summary::default();
        if let Err(msg) = written {
            json.clear();
            rows.clear();
            let failed = Processed::failed(
                p.id.clone(),
                p.source.clone(),
                format!("internal error while writing this record: {msg}"),
            );
            record::write(&mut json, &failed.record(self.cfg.no_text));
            part.add(&failed, input_bytes);
        } else {
            part.add(&p, input_bytes);
        }
        Rendered {
            id: p.id,
            json,
            rows,
            part,
        }
    }

    /// Reads every input, processes the documents in parallel and writes one record per
    /// document, in input order, to `out` (and one CSV row per entity to `table`).
    /// `progress` is called after each batch. Fails only when output cannot be written.
    ///
    /// Three stages overlap: a reader thread splits the input into batches of documents and
    /// hands each batch to the rayon pool as one task; a worker renders the documents of
    /// its batch one after the other and sends the batch back with its sequence number; the
    /// calling thread puts the finished batches back in input order and writes them. A
    /// batch is one task of its own (not a parallel iterator over its documents) because a
    /// worker waiting inside a parallel iterator runs newer tasks meanwhile, and the oldest
    /// batch, which the writer waits for, then finishes last. At most [`IN_FLIGHT`] batches
    /// are between reader and writer, so memory stays flat whatever the input size.
    pub fn run(
        &self,
        inputs: Vec<Input>,
        out: Box<dyn Write + Send>,
        table: Option<crate::table::TableWriter>,
        progress: &(dyn Fn(Progress) + Sync),
    ) -> Result<Summary, Error> {
        let start = Instant::now();
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(self.cfg.jobs)
            .thread_name(|i| format!("vnextract-worker-{i}"))
            // A task's panic (outside the per-document guard) reaches the writer through
            // its `Reply`, which then fails the run: no need to abort the process here.
            .panic_handler(|_| {})
            .build()
            .map_err(|e| Error::config(format!("cannot start worker threads: {e}")))?;
        let consumed = Arc::new(AtomicU64::new(0));
        let (done_tx, done_rx) = channel::<Finished>();
        // One token per batch that may be in flight: the reader takes one before it hands
        // a batch over, the writer gives it back once the batch is written.
        let (token_tx, token_rx) = sync_channel::<()>(IN_FLIGHT);
        for _ in 0..IN_FLIGHT {
            let _ = token_tx.send(());
        }
        let read_opts = self.cfg.read.clone();
        let reader_consumed = consumed.clone();
        let has_table = table.is_some();
        let this = Arc::new(self.clone());
        let reader = std::thread::Builder::new()
            .name("vnextract-reader".into())
            .spawn(move || {
                let mut seq = 0u64;
                let mut hand_over = |batch: Vec<Document>| {
                    // No token: the writer stopped on an error, so stop reading too.
                    if token_rx.recv().is_err() {
                        return false;
                    }
                    let this = this.clone();
                    let reply = Reply {
                        seq,
                        tx: Some(done_tx.clone()),
                    };
                    seq += 1;
                    pool.spawn(move || {
                        let docs = batch
                            .into_iter()
                            .map(|doc| this.render(doc, has_table))
                            .collect();
                        reply.send(docs);
                    });
                    true
                };
                let mut batch = Vec::with_capacity(BATCH_DOCS);
                let mut bytes = 0usize;
                let mut open = true;
                input::read_all(&inputs, &read_opts, &reader_consumed, &mut |doc| {
                    bytes += doc.input_bytes as usize;
                    batch.push(doc);
                    if batch.len() >= BATCH_DOCS || bytes >= BATCH_BYTES {
                        bytes = 0;
                        open = hand_over(std::mem::replace(
                            &mut batch,
                            Vec::with_capacity(BATCH_DOCS),
                        ));
                    }
                    open
                });
                if open && !batch.is_empty() {
                    hand_over(batch);
                }
            })
            .map_err(|e| Error::config(format!("cannot start the reader thread: {e}")))?;

        let written = write_loop(done_rx, token_tx, out, table, progress, &consumed);
        let _ = reader.join();
        let mut summary = written?;
        summary.seconds = start.elapsed().as_secs_f64();
        Ok(summary)
    }
}

/// One document's finished output.
struct Rendered {
    id: String,
    json: Vec<u8>,
    rows: Vec<crate::table::Row>,
    part: Summary,
}

/// A batch's sequence number and its documents' output, or `None` when its task panicked.
type Finished = (u64, Option<Vec<Rendered>>);

/// Where a batch's task sends its output. Dropped without sending (a panic outside the
/// per-document guard), it sends `None`, so the writer fails instead of waiting forever.
struct Reply {
    seq: u64,
    tx: Option<Sender<Finished>>,
}

impl Reply {
    fn send(mut self, docs: Vec<Rendered>) {
        if let Some(tx) = self.tx.take() {
            let _ = tx.send((self.seq, Some(docs)));
        }
    }
}

impl Drop for Reply {
    fn drop(&mut self) {
        if let Some(tx) = self.tx.take() {
            let _ = tx.send((self.seq, None));
        }
    }
}

/// Batches handed to the workers and not yet written, at most (besides the one being read).
const IN_FLIGHT: usize = 16;

fn write_loop(
    done: Receiver<Finished>,
    tokens: SyncSender<()>,
    out: Box<dyn Write + Send>,
    table: Option<crate::table::TableWriter>,
    progress: &(dyn Fn(Progress) + Sync),
    consumed: &AtomicU64,
) -> Result<Summary, Error> {
    // Smaller than a batch's records, so that `write_all_parts` hands a batch to the
    // file in one `writev` instead of copying it into the buffer first.
    let mut out = std::io::BufWriter::with_capacity(64 << 10, out);
    let mut table = table;
    let mut summary = Summary::default();
    let mut seen = SeenIds::new();
    // Batches that finished before an older one, by sequence number.
    let mut waiting: BTreeMap<u64, Vec<Rendered>> = BTreeMap::new();
    let mut next = 0u64;
    // Ends when the reader and every task have dropped their senders: all is written.
    for (seq, docs) in done.iter() {
        let docs = docs.ok_or_else(|| Error::config("a worker thread failed"))?;
        waiting.insert(seq, docs);
        while let Some(mut done) = waiting.remove(&next) {
            next += 1;
            for r in &mut done {
                if seen.repeats(&r.id) {
                    insert_warning(&mut r.json, &SeenIds::warning(&r.id));
                }
            }
            let records: Vec<&[u8]> = done.iter().map(|r| &r.json[..]).collect();
            write_all_parts(&mut out, &records).map_err(|e| Error::io("output", e))?;
            for r in &mut done {
                if let Some(t) = table.as_mut() {
                    t.write_rows(std::mem::take(&mut r.rows))?;
                }
                let part = &r.part;
                summary.documents += part.documents;
                summary.failed += part.failed;
                summary.input_bytes += part.input_bytes;
                for (a, b) in summary.entities.iter_mut().zip(part.entities) {
                    *a += b;
                }
            }
            // Free the batch's buffers here rather than while holding up the next write.
            drop(done);
            // The reader may hand over one more batch.
            let _ = tokens.send(());
            progress(Progress {
                documents: summary.documents,
                consumed: consumed.load(Ordering::Relaxed),
            });
        }
    }
    if !waiting.is_empty() {
        return Err(Error::config("a worker thread failed"));
    }
    out.flush().map_err(|e| Error::io("output", e))?;
    if let Some(t) = table {
        t.finish()?;
    }
    Ok(summary)
}

/// Writes `parts` one after the other, as the unstable `Write::write_all_vectored` would. A
/// batch of records larger than the output buffer goes from the workers' buffers to the file
/// in one `writev`, instead of being copied into the buffer first.
fn write_all_parts(out: &mut impl Write, parts: &[&[u8]]) -> std::io::Result<()> {
    let parts: Vec<&[u8]> = parts.iter().copied().filter(|p| !p.is_empty()).collect();
    let mut slices: Vec<IoSlice<'_>> = parts.iter().map(|p| IoSlice::new(p)).collect();
    // `slices[first..]` is what is left to write; `slices[first]` may be a part's tail.
    let mut first = 0;
    while first < slices.len() {
        let mut n = match out.write_vectored(&slices[first..]) {
            Ok(0) => return Err(std::io::ErrorKind::WriteZero.into()),
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        let mut tail = parts[first].len() - slices[first].len();
        while first < slices.len() && n >= slices[first].len() {
            n -= slices[first].len();
            first += 1;
            tail = 0;
        }
        if first < slices.len() {
            slices[first] = IoSlice::new(&parts[first][tail + n..]);
        }
    }
    Ok(())
}

/// Adds `meta.provinces`: each province mentioned, with its count, in order of first mention.
fn add_provinces(meta: &mut Map<String, Json>, entities: &[Entity]) {
    let mut counts: Vec<(extract::Place, u64)> = Vec::new();
    for e in entities {
        if let extract::Value::Location(p) = &e.value {
            match counts.iter_mut().find(|(c, _)| c.name == p.name) {
                Some(c) => c.1 += 1,
                None => counts.push((*p, 1)),
            }
        }
    }
    if counts.is_empty() {
        return;
    }
    let list = counts
        .into_iter()
        .map(|(place, count)| {
            let mut m = Map::new();
            m.insert("name".into(), Json::from(place.name));
            m.insert("code".into(), Json::from(place.code));
            if let Some(into) = place.merged_into {
                m.insert("merged_into".into(), Json::from(into));
            }
            m.insert("count".into(), Json::from(count));
            Json::Object(m)
        })
        .collect();
    meta.insert("provinces".into(), Json::Array(list));
}

/// Adds `warning` to the `warnings` array of a rendered record. The record's own `warnings`
/// key is the last one in its line (meta fields come before it, and entity fields never have
/// that name), so the last `,"warnings":[` is the one.
fn insert_warning(json: &mut Vec<u8>, warning: &str) {
    const KEY: &[u8] = b",\"warnings\":[";
    let Some(at) = json.windows(KEY.len()).rposition(|w| w == KEY) else {
        return;
    };
    let mut item = serde_json::to_vec(warning).unwrap_or_default();
    if json.get(at + KEY.len()) != Some(&b']') {
        item.push(b',');
    }
    let pos = at + KEY.len();
    json.splice(pos..pos, item);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Takes at most `step` bytes per call, from the first slice only or from several, and
    /// fails with `Interrupted` every third call.
    struct Stingy {
        got: Vec<u8>,
        step: usize,
        calls: usize,
    }

    impl Write for Stingy {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.write_vectored(&[IoSlice::new(buf)])
        }

        fn write_vectored(&mut self, bufs: &[IoSlice<'_>]) -> std::io::Result<usize> {
            self.calls += 1;
            if self.calls % 3 == 0 {
                return Err(std::io::ErrorKind::Interrupted.into());
            }
            let mut room = self.step;
            for b in bufs {
                let n = b.len().min(room);
                self.got.extend_from_slice(&b[..n]);
                room -= n;
                if room == 0 {
                    break;
                }
            }
            Ok(self.step - room)
        }

        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn write_all_parts_survives_partial_writes() {
        let parts: Vec<Vec<u8>> = (0..40u8)
            .map(|i| (0..(i as usize * 7) % 23).map(|j| i ^ j as u8).collect())
            .collect();
        let parts: Vec<&[u8]> = parts.iter().map(|p| &p[..]).collect();
        let want = parts.concat();
        for step in [1, 2, 5, 22, 23, 64, 10_000] {
            let mut w = Stingy {
                got: Vec::new(),
                step,
                calls: 0,
            };
            write_all_parts(&mut w, &parts).unwrap();
            assert_eq!(w.got, want, "step {step}");
        }
        let mut buffered = std::io::BufWriter::with_capacity(16, Vec::new());
        write_all_parts(&mut buffered, &parts).unwrap();
        assert_eq!(buffered.into_inner().unwrap(), want);
    }

    /// A `Write` into a buffer the test keeps.
    #[derive(Clone, Default)]
    struct Shared(Arc<std::sync::Mutex<Vec<u8>>>);

    impl Write for Shared {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.lock().unwrap().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    fn rendered(id: &str) -> Rendered {
        Rendered {
            id: id.to_string(),
            json: format!("{id}\n").into_bytes(),
            rows: Vec::new(),
            part: Summary::default(),
        }
    }

    #[test]
    fn batches_are_written_in_input_order_and_give_their_tokens_back() {
        let (tx, rx) = channel::<Finished>();
        let (token_tx, token_rx) = sync_channel::<()>(4);
        for seq in [2u64, 0, 3, 1] {
            let docs = vec![rendered(&format!("{seq}a")), rendered(&format!("{seq}b"))];
            tx.send((seq, Some(docs))).unwrap();
        }
        drop(tx);
        let out = Shared::default();
        let consumed = AtomicU64::new(0);
        write_loop(
            rx,
            token_tx,
            Box::new(out.clone()),
            None,
            &|_| {},
            &consumed,
        )
        .unwrap();
        let text = String::from_utf8(out.0.lock().unwrap().clone()).unwrap();
        assert_eq!(text, "0a\n0b\n1a\n1b\n2a\n2b\n3a\n3b\n");
        assert_eq!(token_rx.try_iter().count(), 4);
    }

    #[test]
    fn a_task_that_dies_fails_the_run_instead_of_hanging_it() {
        let (tx, rx) = channel::<Finished>();
        let (token_tx, _token_rx) = sync_channel::<()>(4);
        drop(Reply {
            seq: 0,
            tx: Some(tx.clone()),
        });
        Reply {
            seq: 1,
            tx: Some(tx),
        }
        .send(vec![rendered("x")]);
        let consumed = AtomicU64::new(0);
        let err = write_loop(
            rx,
            token_tx,
            Box::new(Shared::default()),
            None,
            &|_| {},
            &consumed,
        )
        .unwrap_err();
        assert!(err.to_string().contains("worker thread failed"), "{err}");
    }
}
