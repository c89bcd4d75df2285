//! The `vnextract` command line: argument parsing and wiring only; everything else is in the
//! library.

/// Every document allocates and frees its text, its folded copy, its entities and its record,
/// on worker threads, and the writer frees the records: glibc's allocator spent about 7% of
/// all instructions on that, mimalloc's thread-local heaps a fraction of it. It is built
/// without transparent huge pages (feature `no_thp`): with them every half-used 2 MiB page
/// counted in full, and peak RSS on baomoi-2017 was twice as high (j1 42 against 24 MiB,
/// j2 57 against 28 MiB) for no gain in time.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::fs::File;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context as _, Result};
use clap::{Args, Parser, Subcommand};
use vnextract::input::{self, Format, Input, ReadOptions};
use vnextract::pipeline::{Config, Pipeline, Progress};
use vnextract::{Encoding, Kind, KindSet, TimePoint, ToneStyle};

#[derive(Parser)]
#[command(
    name = "vnextract",
    version,
    about = "Extract figures, dates, periods, legal references and provinces from Vietnamese articles"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Write one JSON record per document (SPEC §2).
    Extract(ExtractArgs),
    /// Write the normalised text of each document to standard output.
    Normalize(InputArgs),
    /// Summarise a records file: counts, top legal references, figures by kind.
    Stats {
        /// A JSONL file written by `vnextract extract`.
        records: PathBuf,
    },
}

#[derive(Args)]
struct InputArgs {
    /// Files or directories (walked recursively); `-` or nothing reads standard input.
    paths: Vec<PathBuf>,
    /// Format of every input, overriding file names: txt or jsonl.
    #[arg(long)]
    format: Option<Format>,
    /// JSONL field that holds the text.
    #[arg(long, default_value = "text")]
    text_field: String,
    /// JSONL field that holds the id.
    #[arg(long, default_value = "id")]
    id_field: String,
    /// Tone-mark placement: traditional (hòa), modern (hoà) or keep.
    #[arg(long, default_value = "traditional")]
    tone_style: ToneStyle,
    /// Read every document in this encoding instead of detecting it.
    #[arg(long)]
    encoding: Option<Encoding>,
    /// Documents (or JSONL lines) larger than this many bytes become error records.
    #[arg(long, default_value_t = 512 << 20)]
    max_doc_bytes: u64,
    /// Stop with status 1 when a path given on the command line cannot be read.
    #[arg(long)]
    strict: bool,
}

#[derive(Args)]
struct ExtractArgs {
    #[command(flatten)]
    input: InputArgs,
    /// Output file (default: standard output).
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Worker threads (default: one per core).
    #[arg(short, long, default_value_t = 0)]
    jobs: usize,
    /// Leave `text` and `sentences` out of the records.
    #[arg(long)]
    no_text: bool,
    /// Reference date for year-less and relative dates when a document has no `published`.
    #[arg(long, value_parser = parse_date)]
    reference_date: Option<TimePoint>,
    /// Also write one row per entity to this file: FILE.csv or FILE.parquet.
    #[arg(long)]
    table: Option<PathBuf>,
    /// Only these kinds, comma-separated (default: all).
    #[arg(long, value_delimiter = ',', value_parser = parse_kind)]
    kinds: Vec<Kind>,
    /// No progress bar and no summary line.
    #[arg(short, long)]
    quiet: bool,
}

fn parse_date(s: &str) -> Result<TimePoint, String> {
    vnextract::meta::parse_date(s)
        .ok_or_else(|| format!("expected a date as YYYY-MM-DD, found {s:?}"))
}

fn parse_kind(s: &str) -> Result<Kind, String> {
    let names: Vec<_> = Kind::ALL.iter().map(|k| k.name()).collect();
    Kind::from_name(s)
        .ok_or_else(|| format!("unknown kind {s:?}: expected one of {}", names.join(", ")))
}

fn main() -> ExitCode {
    // A panic in one document's processing is caught and becomes that document's error
    // record; without this hook each one would also print a message (and a backtrace) here.
    vnextract::guard::install_quiet_hook();
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            if e.chain().any(|c| {
                c.downcast_ref::<vnextract::Error>()
                    .is_some_and(|v| v.is_broken_pipe())
                    || c.downcast_ref::<std::io::Error>()
                        .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            }) {
                return ExitCode::SUCCESS;
            }
            eprintln!("vnextract: error: {}", message(&e));
            ExitCode::from(1)
        }
    }
}

/// The error and its causes on one line, each cause once (a library error that shows its
/// source would otherwise print it twice).
fn message(e: &anyhow::Error) -> String {
    let mut out = String::new();
    for cause in e.chain() {
        let text = cause.to_string();
        if !out.contains(&text) {
            if !out.is_empty() {
                out.push_str(": ");
            }
            out.push_str(&text);
        }
    }
    out
}

fn run(cli: Cli) -> Result<ExitCode> {
    match cli.command {
        Command::Extract(args) => extract(args),
        Command::Normalize(args) => normalize(args),
        Command::Stats { records } => {
            let file = File::open(&records)
                .with_context(|| format!("cannot open {}", records.display()))?;
            let stats = vnextract::stats::Stats::read(std::io::BufReader::new(file))
                .with_context(|| format!("cannot read {}", records.display()))?;
            let mut out = std::io::stdout().lock();
            out.write_all(stats.report().as_bytes())?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn config(args: &InputArgs) -> Config {
    Config {
        tone: args.tone_style,
        text_field: args.text_field.clone(),
        id_field: args.id_field.clone(),
        encoding: args.encoding,
        read: ReadOptions {
            format: args.format,
            max_doc_bytes: args.max_doc_bytes,
        },
        ..Config::default()
    }
}

/// The inputs of a run. With `--strict`, a path given by name that cannot be read ends the
/// run (status 1) before anything is written; without it, it becomes an error record.
fn inputs(args: &InputArgs) -> Result<Vec<Input>> {
    if args.strict {
        for p in &args.paths {
            if p.as_os_str() == "-" {
                continue;
            }
            let readable = std::fs::metadata(p).and_then(|m| {
                if m.is_dir() {
                    std::fs::read_dir(p).map(drop)
                } else {
                    File::open(p).map(drop)
                }
            });
            readable.with_context(|| format!("cannot read {} (--strict)", p.display()))?;
        }
    }
    Ok(input::expand(&args.paths))
}

/// Where records go, named for error messages.
fn output_name(output: &Option<PathBuf>) -> String {
    match output {
        Some(p) => p.display().to_string(),
        None => "standard output".to_string(),
    }
}

fn extract(args: ExtractArgs) -> Result<ExitCode> {
    let mut cfg = config(&args.input);
    cfg.jobs = args.jobs;
    cfg.no_text = args.no_text;
    cfg.reference = args.reference_date;
    if !args.kinds.is_empty() {
        cfg.kinds = args.kinds.iter().copied().collect::<KindSet>();
    }
    let inputs = inputs(&args.input)?;
    let out: Box<dyn Write + Send> = match &args.output {
        Some(p) => {
            Box::new(File::create(p).with_context(|| format!("cannot create {}", p.display()))?)
        }
        None => Box::new(std::io::stdout()),
    };
    let table = match &args.table {
        Some(p) => Some(vnextract::table::TableWriter::create(p)?),
        None => None,
    };
    let total: u64 = inputs
        .iter()
        .map(|i| match i {
            Input::File { path, .. } => std::fs::metadata(path).map_or(0, |m| m.len()),
            _ => 0,
        })
        .sum();
    let bar = (!args.quiet && std::io::stderr().is_terminal()).then(|| {
        let bar = indicatif::ProgressBar::new(total);
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{bar:40} {bytes}/{total_bytes} {bytes_per_sec} {msg} ETA {eta}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar
    });
    let report = |p: Progress| {
        if let Some(bar) = &bar {
            bar.set_position(p.consumed);
            bar.set_message(format!("{} docs", p.documents));
        }
    };
    let summary = Pipeline::new(cfg)
        .run(inputs, out, table, &report)
        .with_context(|| format!("cannot write the records to {}", output_name(&args.output)))?;
    if let Some(bar) = &bar {
        bar.finish_and_clear();
    }
    if !args.quiet {
        eprintln!("vnextract: {}", summary.line());
    }
    Ok(ExitCode::SUCCESS)
}

fn normalize(args: InputArgs) -> Result<ExitCode> {
    let mut cfg = config(&args);
    cfg.kinds = KindSet::EMPTY;
    let inputs = inputs(&args)?;
    let pipeline = Pipeline::new(cfg);
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let consumed = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0));
    let mut failure: Option<std::io::Error> = None;
    input::read_all(&inputs, &pipeline.config().read, &consumed, &mut |doc| {
        let p = pipeline.process(doc);
        let written = match &p.error {
            Some(e) => {
                eprintln!("vnextract: {}: {e}", p.id);
                Ok(())
            }
            None => out
                .write_all(p.text.as_bytes())
                .and_then(|_| out.write_all(b"\n")),
        };
        match written {
            Ok(()) => true,
            Err(e) => {
                failure = Some(e);
                false
            }
        }
    });
    if let Some(e) = failure {
        return Err(e).context("cannot write to standard output");
    }
    out.flush().context("cannot write to standard output")?;
    Ok(ExitCode::SUCCESS)
}
