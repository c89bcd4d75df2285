//! JSON Lines split without copying each line: the input is read a chunk (1 MiB) at a time
//! straight into a buffer, and every line is a [`Line`], a range of that shared buffer.
//!
//! Reading one line at a time into its own `Vec` costs a copy of the whole input into fresh
//! memory on the reader thread, which with two jobs competes with the workers for the CPU.
//! Here the only copy is the read itself (into a buffer that is used again once the
//! documents of its lines are done) and, per chunk, the one line cut by its end.
//!
//! Memory: a chunk lives as long as the documents of its lines, and at most a few batches
//! of documents are in flight. A short input (a small file, a big file's end) is copied out
//! of its chunk into a buffer of its own size, so that many small files do not each hold a
//! whole chunk.

use std::fmt;
use std::io::{self, Read};
use std::ops::Deref;
use std::sync::{Arc, Mutex};

/// Bytes read at a time.
pub(crate) const CHUNK: usize = 1 << 20;

/// Buffers kept for reuse; beyond that a finished chunk's buffer is freed.
const POOLED: usize = 16;

/// One line of input (without its `\n` or `\r\n`), sharing the chunk it was read in.
#[derive(Clone)]
pub struct Line {
    chunk: Arc<Chunk>,
    start: usize,
    end: usize,
}

impl Deref for Line {
    type Target = [u8];

    fn deref(&self) -> &[u8] {
        &self.chunk.data[self.start..self.end]
    }
}

impl From<Vec<u8>> for Line {
    fn from(data: Vec<u8>) -> Line {
        let end = data.len();
        Line {
            chunk: Arc::new(Chunk { data, pool: None }),
            start: 0,
            end,
        }
    }
}

impl fmt::Debug for Line {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Line({:?})", String::from_utf8_lossy(self))
    }
}

impl PartialEq for Line {
    fn eq(&self, other: &Line) -> bool {
        **self == **other
    }
}

/// A buffer of input that lines point into; it goes back to its pool when the last line
/// is dropped.
struct Chunk {
    data: Vec<u8>,
    pool: Option<&'static Pool>,
}

impl Drop for Chunk {
    fn drop(&mut self) {
        if let Some(pool) = self.pool {
            pool.give(std::mem::take(&mut self.data));
        }
    }
}

/// Buffers of [`CHUNK`] bytes (initialised, so that reading into them needs no zeroing).
#[derive(Default)]
struct Pool(Mutex<Vec<Vec<u8>>>);

/// The run's buffers, shared by every file read, so that each new file reuses them.
static POOL: Pool = Pool(Mutex::new(Vec::new()));

impl Pool {
    fn take(&self) -> Vec<u8> {
        let reused = self.0.lock().map(|mut v| v.pop()).unwrap_or(None);
        reused.unwrap_or_else(|| vec![0; CHUNK])
    }

    fn give(&self, buf: Vec<u8>) {
        if let Ok(mut v) = self.0.lock() {
            if v.len() < POOLED && buf.len() == CHUNK {
                v.push(buf);
            }
        }
    }
}

/// Splits what a reader gives into [`Line`]s.
pub(crate) struct LineReader<R> {
    reader: R,
    pool: &'static Pool,
    /// Size of a new chunk (a line longer than that gets a bigger one of its own).
    chunk_size: usize,
    /// The chunk lines are taken from, once it is full or the input ended.
    chunk: Arc<Chunk>,
    /// Start of the first byte not yet given out in a line, and end of the data.
    pos: usize,
    len: usize,
    eof: bool,
    /// A read failed after the chunk's data: given once the chunk's complete lines are.
    error: Option<io::Error>,
}

impl<R: Read> LineReader<R> {
    pub(crate) fn new(reader: R) -> LineReader<R> {
        LineReader::with_pool(reader, CHUNK, &POOL)
    }

    fn with_pool(reader: R, chunk_size: usize, pool: &'static Pool) -> LineReader<R> {
        LineReader {
            reader,
            pool,
            chunk_size,
            chunk: Arc::new(Chunk {
                data: Vec::new(),
                pool: None,
            }),
            pos: 0,
            len: 0,
            eof: false,
            error: None,
        }
    }

    /// The next line, at most `limit` bytes of it, and its full length (what the line
    /// holds beyond `limit` is read and dropped); `None` at the end of the input. A final
    /// `\r` is removed with the `\n`.
    pub(crate) fn next_line(&mut self, limit: u64) -> io::Result<Option<(Line, u64)>> {
        loop {
            let rest = &self.chunk.data[self.pos..self.len];
            if let Some(i) = memchr::memchr(b'\n', rest) {
                let start = self.pos;
                self.pos += i + 1;
                return Ok(Some(self.cut(start, start + i, i as u64, limit)));
            }
            if self.eof {
                if rest.is_empty() {
                    return Ok(None);
                }
                let (start, end) = (self.pos, self.len);
                self.pos = end;
                return Ok(Some(self.cut(start, end, (end - start) as u64, limit)));
            }
            if let Some(e) = self.error.take() {
                return Err(e);
            }
            if rest.len() as u64 > limit {
                return self.skip_long_line(limit).map(Some);
            }
            self.refill(limit);
        }
    }

    /// The line `start..end` of the current chunk, `total` bytes long in the input, cut
    /// to `limit` bytes and without a final `\r`.
    fn cut(&self, start: usize, end: usize, mut total: u64, limit: u64) -> (Line, u64) {
        let mut end = end.min(start.saturating_add(usize::try_from(limit).unwrap_or(usize::MAX)));
        if end > start && self.chunk.data[end - 1] == b'\r' {
            end -= 1;
            total -= 1;
        }
        let line = Line {
            chunk: self.chunk.clone(),
            start,
            end,
        };
        (line, total)
    }

    /// Starts a new chunk with the unfinished line at the end of the current one (at most
    /// `limit` bytes long) and fills it from the reader, until it is full, the input ends or
    /// a read fails.
    fn refill(&mut self, limit: u64) {
        let carry = self.len - self.pos;
        // A line as long as a chunk gets a chunk twice its length, but no more than it
        // takes to see that the line is over the limit.
        let most = usize::try_from(limit.saturating_add(1)).unwrap_or(usize::MAX);
        let size = self.chunk_size.max((carry * 2).min(most));
        let mut data = if size == CHUNK {
            self.pool.take()
        } else {
            vec![0; size]
        };
        data[..carry].copy_from_slice(&self.chunk.data[self.pos..self.len]);
        let mut filled = carry;
        while filled < data.len() {
            match self.reader.read(&mut data[filled..]) {
                Ok(0) => {
                    self.eof = true;
                    break;
                }
                Ok(n) => filled += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => {
                    // The complete lines before the error are not lost: the error comes
                    // once they are taken and the broken line is next.
                    self.error = Some(e);
                    break;
                }
            }
        }
        // A short input (a small file, the end of a big one) keeps only what it read: its
        // lines may wait in a batch a while, and a whole chunk per small file adds up.
        if self.eof && filled * 2 < data.len() {
            let exact = data[..filled].to_vec();
            if data.len() == CHUNK {
                self.pool.give(data);
            }
            data = exact;
        }
        self.keep(data, filled);
    }

    fn keep(&mut self, data: Vec<u8>, filled: usize) {
        let pool = (data.len() == CHUNK).then_some(self.pool);
        self.chunk = Arc::new(Chunk { data, pool });
        self.pos = 0;
        self.len = filled;
    }

    /// The unfinished line at the end of the chunk is over `limit`: keeps `limit` bytes of
    /// it and reads the rest of it only to count it.
    fn skip_long_line(&mut self, limit: u64) -> io::Result<(Line, u64)> {
        let (start, end) = (self.pos, self.len);
        let mut total = (end - start) as u64;
        let mut buf = vec![0u8; 64 << 10];
        let mut tail = 0..0;
        loop {
            let n = match self.reader.read(&mut buf) {
                Ok(0) => {
                    self.eof = true;
                    break;
                }
                Ok(n) => n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if let Some(i) = memchr::memchr(b'\n', &buf[..n]) {
                total += i as u64;
                tail = i + 1..n;
                break;
            }
            total += n as u64;
        }
        let (line, total) = self.cut(start, end, total, limit);
        // What follows the long line starts a chunk of its own.
        let rest = buf[tail].to_vec();
        let len = rest.len();
        self.chunk = Arc::new(Chunk {
            data: rest,
            pool: None,
        });
        self.pos = 0;
        self.len = len;
        Ok((line, total))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::BufRead;

    /// The reader this module replaced, one `Vec` per line: what [`LineReader`] must give.
    /// Reads one line (without its `\n` or `\r\n`) into `line`, keeping at most `limit` bytes and
    /// skipping the rest. Returns the line's full length, or `None` at the end of input.
    fn read_line_limited(
        reader: &mut dyn BufRead,
        line: &mut Vec<u8>,
        limit: u64,
    ) -> io::Result<Option<u64>> {
        let mut total = 0u64;
        let mut any = false;
        loop {
            let buf = match reader.fill_buf() {
                Ok(b) => b,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if buf.is_empty() {
                break;
            }
            any = true;
            let (chunk, done) = match memchr::memchr(b'\n', buf) {
                Some(i) => (&buf[..i], Some(i + 1)),
                None => (buf, None),
            };
            let room = limit.saturating_sub(line.len() as u64) as usize;
            line.extend_from_slice(&chunk[..chunk.len().min(room)]);
            total += chunk.len() as u64;
            let used = done.unwrap_or(buf.len());
            reader.consume(used);
            if done.is_some() {
                break;
            }
        }
        if !any {
            return Ok(None);
        }
        if line.last() == Some(&b'\r') {
            line.pop();
            total -= 1;
        }
        Ok(Some(total))
    }

    fn oracle(data: &[u8], limit: u64) -> Vec<(Vec<u8>, u64)> {
        let mut r = io::BufReader::with_capacity(7, data);
        let mut out = Vec::new();
        let mut line = Vec::new();
        while let Some(total) = read_line_limited(&mut r, &mut line, limit).unwrap() {
            out.push((std::mem::take(&mut line), total));
        }
        out
    }

    /// A reader that gives at most `step` bytes per call, and fails with `Interrupted`
    /// every other call.
    struct Trickle<'a> {
        data: &'a [u8],
        step: usize,
        calls: usize,
    }

    impl Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            self.calls += 1;
            if self.calls % 2 == 0 {
                return Err(io::ErrorKind::Interrupted.into());
            }
            let n = buf.len().min(self.step).min(self.data.len());
            buf[..n].copy_from_slice(&self.data[..n]);
            self.data = &self.data[n..];
            Ok(n)
        }
    }

    fn lines(data: &[u8], chunk: usize, step: usize, limit: u64) -> Vec<(Vec<u8>, u64)> {
        let reader = Trickle {
            data,
            step,
            calls: 0,
        };
        let mut r = LineReader::with_pool(reader, chunk, &POOL);
        let mut out = Vec::new();
        while let Some((line, total)) = r.next_line(limit).unwrap() {
            out.push((line.to_vec(), total));
        }
        out
    }

    #[test]
    fn splits_like_one_vec_per_line() {
        let cases: &[(&[u8], u64)] = &[
            (b"", 10),
            (b"\n", 10),
            (b"abc", 10),
            (b"abc\r\ndefghij\n\nlast", 4),
            (b"abc\r\ndefghij\n\nlast", 100),
            (b"a\r", 10),
            (b"\r\n\r\n", 10),
            (b"0123456789\n01234567\r\nxy", 8),
            (b"0123456789\n01234567\r\nxy", 0),
            (b"long line that is longer than every chunk\nshort\n", 1000),
            (b"long line that is longer than every chunk\nshort\n", 12),
        ];
        for &(data, limit) in cases {
            for chunk in [1, 2, 3, 5, 8, 64] {
                for step in [1, 3, 100] {
                    assert_eq!(
                        lines(data, chunk, step, limit),
                        oracle(data, limit),
                        "{:?} limit {limit} chunk {chunk} step {step}",
                        String::from_utf8_lossy(data)
                    );
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn splits_like_one_vec_per_line_on_any_input(
            data in proptest::collection::vec(
                proptest::sample::select(vec![b'a', b'b', b'\n', b'\r', 0xE1]), 0..200),
            chunk in 1usize..40,
            step in 1usize..50,
            limit in 0u64..30,
        ) {
            proptest::prop_assert_eq!(lines(&data, chunk, step, limit), oracle(&data, limit));
        }
    }

    #[test]
    fn lines_read_before_an_error_come_first() {
        struct Failing<'a>(&'a [u8]);
        impl Read for Failing<'_> {
            fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
                if self.0.is_empty() {
                    return Err(io::Error::other("disk on fire"));
                }
                let n = buf.len().min(self.0.len());
                buf[..n].copy_from_slice(&self.0[..n]);
                self.0 = &self.0[n..];
                Ok(n)
            }
        }
        let mut r = LineReader::with_pool(Failing(b"one\ntwo\nbro"), 64, &POOL);
        assert_eq!(&*r.next_line(100).unwrap().unwrap().0, b"one");
        assert_eq!(&*r.next_line(100).unwrap().unwrap().0, b"two");
        assert_eq!(r.next_line(100).unwrap_err().to_string(), "disk on fire");
    }

    #[test]
    fn buffers_are_used_again() {
        let data = vec![b'x'; 3 * CHUNK + 10]
            .chunks(1000)
            .flat_map(|c| c.iter().copied().chain([b'\n']))
            .collect::<Vec<u8>>();
        let pool: &'static Pool = Box::leak(Box::default());
        let mut r = LineReader::with_pool(&data[..], CHUNK, pool);
        let mut n = 0;
        while let Some((line, _)) = r.next_line(u64::MAX).unwrap() {
            assert!(line.len() <= 1000 && line.iter().all(|&b| b == b'x'));
            n += 1;
        }
        assert_eq!(n, data.len() / 1001 + usize::from(data.len() % 1001 != 0));
        // The lines were dropped as they came: the chunks went back to the pool.
        assert!(!pool.0.lock().unwrap().is_empty());
    }

    #[test]
    fn a_short_input_keeps_only_what_it_read() {
        let pool: &'static Pool = Box::leak(Box::default());
        let mut r = LineReader::with_pool(&b"ab\ncd"[..], CHUNK, pool);
        let (line, _) = r.next_line(100).unwrap().unwrap();
        assert_eq!(&*line, b"ab");
        // The lines hold a buffer of the input's size; the chunk went back to the pool.
        assert_eq!(line.chunk.data.len(), 5);
        assert_eq!(pool.0.lock().unwrap().len(), 1);
    }
}
