//! The `--table` output: one row per entity, for pandas, DuckDB or Spark (SPEC §6).
//!
//! Rows are built from the same [`record::fields`](crate::record::fields) as the JSON record,
//! so the two never disagree. Two formats, chosen by the file name: CSV (`.csv`, a header
//! line, RFC 4180 quoting, empty cells for absent fields) and Parquet (`.parquet`, one
//! optional column per field with its own type, zstd-compressed, a row group every
//! [`ROW_GROUP`] rows so memory stays bounded).

use std::io::Write;
use std::path::Path;
use std::sync::Arc;

use parquet::basic::{Compression, ZstdLevel};
use parquet::column::writer::ColumnWriter;
use parquet::data_type::ByteArray;
use parquet::file::properties::WriterProperties;
use parquet::file::writer::SerializedFileWriter;
use parquet::schema::parser::parse_message_type;

use crate::record::{fields, sentence_of, CharIndex, Field, Record};
use crate::Error;

/// The type of a column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColumnType {
    /// UTF-8 text.
    Str,
    /// A 64-bit integer.
    Int,
    /// A 64-bit float.
    Num,
    /// A boolean.
    Bool,
}

/// The columns, in order: the entity's document, kind, text and offsets, then every value
/// field of every kind (SPEC §4; a legal reference's `id` is `legal_id` here).
pub const COLUMNS: &[(&str, ColumnType)] = &[
    ("doc_id", ColumnType::Str),
    ("kind", ColumnType::Str),
    ("text", ColumnType::Str),
    ("start", ColumnType::Int),
    ("end", ColumnType::Int),
    ("sentence", ColumnType::Int),
    ("value", ColumnType::Num),
    ("value_max", ColumnType::Num),
    ("unit", ColumnType::Str),
    ("target", ColumnType::Num),
    ("points", ColumnType::Bool),
    ("currency", ColumnType::Str),
    ("per", ColumnType::Str),
    ("numerator", ColumnType::Num),
    ("denominator", ColumnType::Num),
    ("date_value", ColumnType::Str),
    ("grain", ColumnType::Str),
    ("modifier", ColumnType::Str),
    ("from", ColumnType::Str),
    ("to", ColumnType::Str),
    ("until_now", ColumnType::Bool),
    ("doc_type", ColumnType::Str),
    ("number", ColumnType::Str),
    ("year", ColumnType::Int),
    ("symbol", ColumnType::Str),
    ("legal_id", ColumnType::Str),
    ("issuer", ColumnType::Str),
    ("date", ColumnType::Str),
    ("title", ColumnType::Str),
    ("name", ColumnType::Str),
    ("code", ColumnType::Str),
    ("merged_into", ColumnType::Str),
    ("qualifier", ColumnType::Str),
];

/// Rows per Parquet row group: the rows of a group wait in memory (a few hundred bytes
/// each), so this bounds what the table holds at a few MB.
pub const ROW_GROUP: usize = 16_384;

/// One cell of a row.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    /// Absent.
    Null,
    /// An integer.
    Int(i64),
    /// A float.
    Num(f64),
    /// A boolean.
    Bool(bool),
    /// Text.
    Str(String),
}

/// One row: its cells that are not null, each with its index in [`COLUMNS`]. An entity fills
/// about eight of the columns, so a cell for every column would take four times the memory
/// (and rows wait in memory: in batches on their way to the writer, and in a row group).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Row(Vec<(usize, Cell)>);

/// What a row holds in a column it has no cell for.
static NULL: Cell = Cell::Null;

impl Row {
    /// The cell in column `col` ([`Cell::Null`] when the row has none).
    pub fn get(&self, col: usize) -> &Cell {
        self.0
            .iter()
            .find(|(c, _)| *c == col)
            .map_or(&NULL, |(_, cell)| cell)
    }

    /// Puts `cell` in column `col` (a null cell empties it).
    pub fn set(&mut self, col: usize, cell: Cell) {
        self.0.retain(|(c, _)| *c != col);
        if cell != Cell::Null {
            self.0.push((col, cell));
        }
    }

    /// Every column's cell, in [`COLUMNS`] order.
    pub fn cells(&self) -> impl Iterator<Item = &Cell> + '_ {
        (0..COLUMNS.len()).map(|col| self.get(col))
    }
}

/// The column of a field: a legal reference's `id` is `legal_id`, a date's ISO `value` is
/// `date_value` (the `value` column holds numbers).
fn column(kind: crate::Kind, name: &str) -> Option<usize> {
    let name = match (kind, name) {
        (_, "id") => "legal_id",
        (crate::Kind::Date, "value") => "date_value",
        _ => name,
    };
    COLUMNS.iter().position(|(c, _)| *c == name)
}

/// The rows of a record: one per entity.
pub fn rows(r: &Record<'_>) -> Vec<Row> {
    let text = r.text.unwrap_or("");
    let chars = CharIndex::new(text);
    let mut out = Vec::with_capacity(r.entities.len());
    for e in r.entities {
        let mut row = Row(Vec::with_capacity(10));
        row.set(0, Cell::Str(r.id.to_string()));
        row.set(1, Cell::Str(e.kind().name().to_string()));
        row.set(2, Cell::Str(text[e.span].to_string()));
        row.set(3, Cell::Int(chars.at(e.span.start) as i64));
        row.set(4, Cell::Int(chars.at(e.span.end) as i64));
        row.set(5, Cell::Int(sentence_of(r.sentences, e.span.start) as i64));
        for (name, value) in fields(e, text) {
            let Some(i) = column(e.kind(), name) else {
                continue;
            };
            // Each column has one type; a field of another type would be a schema bug, and
            // is left out rather than written into the wrong column.
            let cell = match (value, COLUMNS[i].1) {
                (Field::Str(s), ColumnType::Str) => Cell::Str(s.into_owned()),
                (Field::Num(v), ColumnType::Int) => Cell::Int(v as i64),
                (Field::Num(v), ColumnType::Num) => Cell::Num(v),
                (Field::Int(v), ColumnType::Num) => Cell::Num(v as f64),
                (Field::Int(v), ColumnType::Int) => Cell::Int(v),
                (Field::Bool(b), ColumnType::Bool) => Cell::Bool(b),
                _ => Cell::Null,
            };
            row.set(i, cell);
        }
        out.push(row);
    }
    out
}

/// Where table rows go.
pub enum TableWriter {
    /// CSV text.
    Csv(std::io::BufWriter<Box<dyn Write + Send>>),
    /// A Parquet file, with the rows of the row group being filled.
    Parquet(Box<ParquetSink>),
}

impl TableWriter {
    /// Creates the table file; `.parquet` gives Parquet, `.csv` CSV, anything else an error.
    pub fn create(path: &Path) -> Result<TableWriter, Error> {
        let ext = path
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase());
        let open =
            || std::fs::File::create(path).map_err(|e| Error::io(path.display().to_string(), e));
        match ext.as_deref() {
            Some("csv") => TableWriter::csv(Box::new(open()?)),
            Some("parquet") => Ok(TableWriter::Parquet(Box::new(ParquetSink::new(open()?)?))),
            _ => Err(Error::config(format!(
                "--table {}: expected a file name ending in .csv or .parquet",
                path.display()
            ))),
        }
    }

    /// A CSV writer on `out`; writes the header line.
    pub fn csv(out: Box<dyn Write + Send>) -> Result<TableWriter, Error> {
        let mut w = std::io::BufWriter::with_capacity(1 << 20, out);
        let header: Vec<&str> = COLUMNS.iter().map(|(n, _)| *n).collect();
        writeln!(w, "{}", header.join(",")).map_err(|e| Error::io("table output", e))?;
        Ok(TableWriter::Csv(w))
    }

    /// Writes rows (Parquet keeps them until its row group is full).
    pub fn write_rows(&mut self, rows: Vec<Row>) -> Result<(), Error> {
        match self {
            TableWriter::Csv(w) => {
                let mut line = Vec::new();
                for row in &rows {
                    line.clear();
                    csv_line(&mut line, row);
                    w.write_all(&line)
                        .map_err(|e| Error::io("table output", e))?;
                }
                Ok(())
            }
            TableWriter::Parquet(p) => p.write_rows(rows),
        }
    }

    /// Flushes and closes the table.
    pub fn finish(self) -> Result<(), Error> {
        match self {
            TableWriter::Csv(mut w) => w.flush().map_err(|e| Error::io("table output", e)),
            TableWriter::Parquet(p) => p.finish(),
        }
    }
}

fn csv_line(out: &mut Vec<u8>, row: &Row) {
    for (i, cell) in row.cells().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        match cell {
            Cell::Null => {}
            Cell::Int(v) => out.extend_from_slice(v.to_string().as_bytes()),
            Cell::Num(v) if v.fract() == 0.0 && v.abs() < 9.0e15 => {
                out.extend_from_slice((*v as i64).to_string().as_bytes())
            }
            Cell::Num(v) => out.extend_from_slice(v.to_string().as_bytes()),
            Cell::Bool(b) => out.extend_from_slice(if *b { b"true" } else { b"false" }),
            Cell::Str(s) if s.contains([',', '"', '\n', '\r']) => {
                out.push(b'"');
                out.extend_from_slice(s.replace('"', "\"\"").as_bytes());
                out.push(b'"');
            }
            Cell::Str(s) => out.extend_from_slice(s.as_bytes()),
        }
    }
    out.push(b'\n');
}

/// A Parquet file being written: rows are buffered and written as a row group every
/// [`ROW_GROUP`] rows and at the end.
pub struct ParquetSink {
    writer: SerializedFileWriter<Box<dyn Write + Send>>,
    pending: Vec<Row>,
}

fn parquet_err(e: parquet::errors::ParquetError) -> Error {
    Error::io("table output", std::io::Error::other(e))
}

impl ParquetSink {
    fn new(file: std::fs::File) -> Result<ParquetSink, Error> {
        let fields: Vec<String> = COLUMNS
            .iter()
            .map(|(name, ty)| match ty {
                ColumnType::Str => format!("OPTIONAL BYTE_ARRAY {name} (UTF8);"),
                ColumnType::Int => format!("OPTIONAL INT64 {name};"),
                ColumnType::Num => format!("OPTIONAL DOUBLE {name};"),
                ColumnType::Bool => format!("OPTIONAL BOOLEAN {name};"),
            })
            .collect();
        let schema = parse_message_type(&format!("message entity {{ {} }}", fields.join(" ")))
            .map_err(parquet_err)?;
        let props = WriterProperties::builder()
            .set_compression(Compression::ZSTD(ZstdLevel::default()))
            .build();
        let out: Box<dyn Write + Send> = Box::new(std::io::BufWriter::with_capacity(1 << 20, file));
        let writer = SerializedFileWriter::new(out, Arc::new(schema), Arc::new(props))
            .map_err(parquet_err)?;
        Ok(ParquetSink {
            writer,
            pending: Vec::new(),
        })
    }

    fn write_rows(&mut self, rows: Vec<Row>) -> Result<(), Error> {
        self.pending.extend(rows);
        if self.pending.len() >= ROW_GROUP {
            self.flush_group()?;
        }
        Ok(())
    }

    fn flush_group(&mut self) -> Result<(), Error> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let rows = std::mem::take(&mut self.pending);
        let mut group = self.writer.next_row_group().map_err(parquet_err)?;
        let mut col = 0;
        while let Some(mut column) = group.next_column().map_err(parquet_err)? {
            let defs: Vec<i16> = rows
                .iter()
                .map(|r| i16::from(*r.get(col) != Cell::Null))
                .collect();
            match column.untyped() {
                ColumnWriter::ByteArrayColumnWriter(w) => {
                    let v: Vec<ByteArray> = rows
                        .iter()
                        .filter_map(|r| match r.get(col) {
                            Cell::Str(s) => Some(ByteArray::from(s.as_str())),
                            _ => None,
                        })
                        .collect();
                    w.write_batch(&v, Some(&defs), None).map_err(parquet_err)?;
                }
                ColumnWriter::Int64ColumnWriter(w) => {
                    let v: Vec<i64> = rows
                        .iter()
                        .filter_map(|r| match *r.get(col) {
                            Cell::Int(v) => Some(v),
                            _ => None,
                        })
                        .collect();
                    w.write_batch(&v, Some(&defs), None).map_err(parquet_err)?;
                }
                ColumnWriter::DoubleColumnWriter(w) => {
                    let v: Vec<f64> = rows
                        .iter()
                        .filter_map(|r| match *r.get(col) {
                            Cell::Num(v) => Some(v),
                            _ => None,
                        })
                        .collect();
                    w.write_batch(&v, Some(&defs), None).map_err(parquet_err)?;
                }
                ColumnWriter::BoolColumnWriter(w) => {
                    let v: Vec<bool> = rows
                        .iter()
                        .filter_map(|r| match *r.get(col) {
                            Cell::Bool(b) => Some(b),
                            _ => None,
                        })
                        .collect();
                    w.write_batch(&v, Some(&defs), None).map_err(parquet_err)?;
                }
                _ => {
                    return Err(Error::config(
                        "internal error: unexpected Parquet column type",
                    ))
                }
            }
            column.close().map_err(parquet_err)?;
            col += 1;
        }
        group.close().map_err(parquet_err)?;
        Ok(())
    }

    fn finish(mut self) -> Result<(), Error> {
        self.flush_group()?;
        self.writer.close().map_err(parquet_err)?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Pipeline;

    fn table_rows(text: &str) -> Vec<Row> {
        let p = Pipeline::default().process_text("t", text);
        rows(&p.record(false))
    }

    #[test]
    fn csv_rows_follow_the_columns() {
        let rows = table_rows("Thu 1.030 tỷ đồng, đạt 32,8%.");
        let mut out = Vec::new();
        for r in &rows {
            csv_line(&mut out, r);
        }
        let text = String::from_utf8(out).unwrap();
        assert!(
            text.contains("t,money,1.030 tỷ đồng,4,17,0,1030000000000,"),
            "{text}"
        );
        assert!(
            text.contains(",percent,\"32,8%\",23,28,0,32.8,"),
            "quoted comma: {text}"
        );
        assert!(text.lines().all(|l| !l.is_empty()));
    }

    #[test]
    fn parquet_file_round_trips() {
        use parquet::file::reader::{FileReader, SerializedFileReader};
        let dir = std::env::temp_dir().join(format!("vnextract-table-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("t.parquet");
        let rows = table_rows("Nghị quyết số 21-NQ/TW ngày 22/11/2012 ở Hà Nội: 5 người, 32,8%.");
        assert!(rows.len() >= 4);
        let mut w = TableWriter::create(&path).unwrap();
        w.write_rows(rows.clone()).unwrap();
        w.finish().unwrap();
        let reader = SerializedFileReader::new(std::fs::File::open(&path).unwrap()).unwrap();
        assert_eq!(
            reader.metadata().file_metadata().num_rows(),
            rows.len() as i64
        );
        assert_eq!(
            reader
                .metadata()
                .file_metadata()
                .schema_descr()
                .num_columns(),
            COLUMNS.len()
        );
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn other_extensions_are_refused() {
        let err = TableWriter::create(Path::new("/tmp/x.xlsx")).err().unwrap();
        assert!(err.to_string().contains(".csv or .parquet"));
    }
}
