//! A small JSON reader built for linting: one pass over borrowed text into a flat tape.
//!
//! Why not `serde_json::Value`? The linter needs things a data parser throws away: the byte
//! span of every value (for line:column), `//` and `/* */` comments tolerated but reported,
//! duplicate keys, and hard limits on depth. The tape is one `Vec` that can be reused between
//! payloads, and strings stay borrowed from the input; escapes are decoded only on demand.

use std::borrow::Cow;

/// The kind of one tape entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Null,
    Bool(bool),
    Number,
    /// `escaped` is true when the raw text holds a backslash escape.
    String {
        escaped: bool,
    },
    Array,
    Object,
}

/// One value (or object key) on the tape.
#[derive(Clone, Copy, Debug)]
pub struct Node {
    pub kind: Kind,
    /// Byte span in the source; for strings it includes the quotes.
    pub start: u32,
    pub end: u32,
    /// Index of the next sibling on the tape (for containers: one past the subtree).
    pub next: u32,
}

/// Why the text is not JSON (or not JSON we accept).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub offset: usize,
    pub kind: SyntaxErrorKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    Empty,
    Unexpected(char),
    UnexpectedEnd,
    TrailingContent,
    BadEscape,
    LoneSurrogate(u16),
    ControlInString,
    BadNumber,
    UnterminatedComment,
    TooDeep(usize),
}

/// Facts noticed while parsing that are not syntax errors.
#[derive(Clone, Debug, Default)]
pub struct Notes {
    /// Byte offset of the first comment, and how many there were.
    pub first_comment: Option<usize>,
    pub comments: usize,
    /// A UTF-8 byte-order mark opened the input.
    pub bom: bool,
}

/// A parsed document: the source, its tape and notes. Node 0 is the root.
#[derive(Debug, Default)]
pub struct Document<'a> {
    pub src: &'a str,
    pub tape: Vec<Node>,
    pub notes: Notes,
}

pub type NodeId = usize;

impl<'a> Document<'a> {
    /// Parse `src` into `tape` (cleared first, so a caller can reuse its allocation).
    pub fn parse_into(
        src: &'a str,
        tape: Vec<Node>,
        max_depth: usize,
    ) -> Result<Document<'a>, (SyntaxError, Notes)> {
        let mut p = Parser {
            b: src.as_bytes(),
            pos: 0,
            tape,
            notes: Notes::default(),
            max_depth,
            error: None,
        };
        p.tape.clear();
        match p.document() {
            Ok(()) => Ok(Document {
                src,
                tape: p.tape,
                notes: p.notes,
            }),
            Err(e) => Err((e, p.notes)),
        }
    }

    pub fn node(&self, id: NodeId) -> Node {
        self.tape[id]
    }

    pub fn kind(&self, id: NodeId) -> Kind {
        self.tape[id].kind
    }

    pub fn span(&self, id: NodeId) -> (usize, usize) {
        let n = self.tape[id];
        (n.start as usize, n.end as usize)
    }

    /// The raw source text of a node.
    pub fn raw(&self, id: NodeId) -> &'a str {
        let (s, e) = self.span(id);
        &self.src[s..e]
    }

    /// Object members as (key node, value node), in source order.
    pub fn members(&self, obj: NodeId) -> Members<'_, 'a> {
        Members {
            doc: self,
            at: obj + 1,
            end: self.tape[obj].next as usize,
        }
    }

    /// Array items as (index, node).
    pub fn items(&self, arr: NodeId) -> Items<'_, 'a> {
        Items {
            doc: self,
            at: arr + 1,
            end: self.tape[arr].next as usize,
            index: 0,
        }
    }

    pub fn len(&self, container: NodeId) -> usize {
        match self.kind(container) {
            Kind::Array => self.items(container).count(),
            Kind::Object => self.members(container).count(),
            _ => 0,
        }
    }

    /// The text inside a string's quotes; for any other node, its raw text. Inlined natively
    /// (called out of line it cost the short paths a call each); the wasm build, made for size,
    /// decides for itself.
    #[cfg_attr(not(target_family = "wasm"), inline(always))]
    fn inner(&self, id: NodeId) -> &'a str {
        let n = self.tape[id];
        let (start, end) = (n.start as usize, n.end as usize);
        let span = match n.kind {
            Kind::String { .. } => start + 1..end.saturating_sub(1),
            _ => start..end,
        };
        self.src.get(span).unwrap_or("")
    }

    /// A string node's value, decoded; borrowed when it has no escapes. (Any other node: its
    /// raw text.)
    #[inline]
    pub fn str(&self, id: NodeId) -> Cow<'a, str> {
        match self.tape[id].kind {
            Kind::String { escaped: true } => Cow::Owned(self.decode(id)),
            _ => Cow::Borrowed(self.inner(id)),
        }
    }

    #[cold]
    fn decode(&self, id: NodeId) -> String {
        self.chars(id).collect()
    }

    /// A string node's decoded length in UTF-8 bytes, without allocating.
    #[inline]
    pub fn str_len(&self, id: NodeId) -> usize {
        match self.tape[id].kind {
            Kind::String { escaped: true } => self.decoded_len(id),
            _ => self.inner(id).len(),
        }
    }

    #[cold]
    fn decoded_len(&self, id: NodeId) -> usize {
        self.chars(id).map(char::len_utf8).sum()
    }

    /// The decoded characters of a string node, without allocating.
    pub fn chars(&self, id: NodeId) -> Unescape<'a> {
        Unescape::new(self.inner(id))
    }

    /// For an object that holds exactly one member, keyed `key`, whose value is a string,
    /// with no escapes in either: that string.
    #[inline]
    pub fn lone_string_member(&self, obj: NodeId, key: &str) -> Option<&'a str> {
        let [o, k, v] = self.tape.get(obj..obj + 3)? else {
            return None;
        };
        let plain = Kind::String { escaped: false };
        let single = o.kind == Kind::Object && o.next as usize == obj + 3;
        (single && k.kind == plain && v.kind == plain && self.inner(obj + 1) == key)
            .then(|| self.inner(obj + 2))
    }

    /// For an object that holds exactly two members, keyed `a` and `b` in either order, whose
    /// values are strings, with no escapes but in `b`'s value: `a`'s value and `b`'s node.
    #[inline]
    pub fn string_pair(&self, obj: NodeId, a: &str, b: &str) -> Option<(&'a str, NodeId)> {
        let [o, k1, v1, k2, v2] = self.tape.get(obj..obj + 5)? else {
            return None;
        };
        let plain = Kind::String { escaped: false };
        let pair = o.kind == Kind::Object && o.next as usize == obj + 5;
        let strings = [v1, v2]
            .iter()
            .all(|n| matches!(n.kind, Kind::String { .. }));
        if !(pair && strings && k1.kind == plain && k2.kind == plain) {
            return None;
        }
        let (first, second) = (self.inner(obj + 1), self.inner(obj + 3));
        let (x, y) = match (first == a && second == b, first == b && second == a) {
            (true, _) => (obj + 2, obj + 4),
            (_, true) => (obj + 4, obj + 2),
            _ => return None,
        };
        (self.tape[x].kind == plain).then(|| (self.inner(x), y))
    }

    /// A number node as an exact integer, when it is written as one (no fraction, no exponent).
    pub fn integer(&self, id: NodeId) -> Option<i64> {
        self.raw(id).parse().ok()
    }
}

pub struct Members<'d, 'a> {
    doc: &'d Document<'a>,
    at: usize,
    end: usize,
}

impl Iterator for Members<'_, '_> {
    type Item = (NodeId, NodeId);
    fn next(&mut self) -> Option<Self::Item> {
        if self.at >= self.end {
            return None;
        }
        let key = self.at;
        let value = key + 1;
        self.at = self.doc.tape[value].next as usize;
        Some((key, value))
    }
}

pub struct Items<'d, 'a> {
    doc: &'d Document<'a>,
    at: usize,
    end: usize,
    index: usize,
}

impl Iterator for Items<'_, '_> {
    type Item = (usize, NodeId);
    fn next(&mut self) -> Option<Self::Item> {
        if self.at >= self.end {
            return None;
        }
        let item = (self.index, self.at);
        self.at = self.doc.tape[self.at].next as usize;
        self.index += 1;
        Some(item)
    }
}

/// Decodes the escapes of a string's raw text (already checked by the parser).
pub struct Unescape<'a> {
    raw: &'a str,
    at: usize,
}

impl<'a> Unescape<'a> {
    fn new(raw: &'a str) -> Self {
        Unescape { raw, at: 0 }
    }

    /// The code unit of the `uXXXX` at `at` (the `u`); the parser has checked its digits.
    fn unit(&self, at: usize) -> u32 {
        hex4(self.raw.as_bytes(), at).map_or(0, u32::from)
    }
}

impl Iterator for Unescape<'_> {
    type Item = char;
    fn next(&mut self) -> Option<char> {
        let c = self.raw.get(self.at..)?.chars().next()?;
        self.at += c.len_utf8();
        if c != '\\' {
            return Some(c);
        }
        let escape = *self.raw.as_bytes().get(self.at)?;
        self.at += 1;
        Some(match escape {
            b'n' => '\n',
            b't' => '\t',
            b'r' => '\r',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'u' => {
                let hi = self.unit(self.at - 1);
                self.at += 4;
                if (0xD800..0xDC00).contains(&hi) {
                    // The parser guarantees that `\uXXXX` with a low surrogate follows.
                    let lo = self.unit(self.at + 1);
                    self.at += 6;
                    char::from_u32(0x10000 + ((hi - 0xD800) << 10) + (lo.wrapping_sub(0xDC00)))
                        .unwrap_or(char::REPLACEMENT_CHARACTER)
                } else {
                    char::from_u32(hi).unwrap_or(char::REPLACEMENT_CHARACTER)
                }
            }
            other => char::from(other), // '"', '\\', '/'
        })
    }
}

/// The parser stopped; why is in `Parser::error`. Zero-sized, so that every step's result
/// fits in a register: the hot path never writes an error out.
struct Stop;

type Step = Result<(), Stop>;

struct Parser<'a> {
    b: &'a [u8],
    pos: usize,
    tape: Vec<Node>,
    notes: Notes,
    max_depth: usize,
    error: Option<SyntaxError>,
}

impl Parser<'_> {
    // The parser's methods are inlined into one loop, and nothing on its way takes the parser
    // by reference (the helpers that are calls are functions of the bytes), so its position
    // stays in a register: a store and reload of it around every call cost a quarter of the
    // parse (measured on the ALL IN ONE example).

    #[inline(always)]
    fn fail_at(&mut self, offset: usize, kind: SyntaxErrorKind) -> Stop {
        self.error = Some(SyntaxError { offset, kind });
        Stop
    }

    #[inline(always)]
    fn fail(&mut self, kind: SyntaxErrorKind) -> Stop {
        self.fail_at(self.pos, kind)
    }

    #[inline(always)]
    fn unexpected(&mut self) -> Stop {
        self.fail(unexpected(self.b, self.pos))
    }

    fn document(&mut self) -> Result<(), SyntaxError> {
        let parsed = self.document_steps();
        match (parsed, self.error.take()) {
            (Ok(()), _) => Ok(()),
            (Err(Stop), Some(e)) => Err(e),
            // Every `Stop` is made by `fail_at`, which sets the error.
            (Err(Stop), None) => Err(SyntaxError {
                offset: self.pos,
                kind: SyntaxErrorKind::UnexpectedEnd,
            }),
        }
    }

    fn document_steps(&mut self) -> Step {
        if self.b.starts_with("\u{feff}".as_bytes()) {
            self.notes.bom = true;
            self.pos = 3;
        }
        self.skip_ws()?;
        if self.pos >= self.b.len() {
            return Err(self.fail(SyntaxErrorKind::Empty));
        }
        self.value()?;
        self.skip_ws()?;
        if self.pos < self.b.len() {
            return Err(self.fail(SyntaxErrorKind::TrailingContent));
        }
        Ok(())
    }

    /// Skips white space and comments (noting the comments). Called before and after every
    /// token, and most often there is nothing to skip: one table lookup tells.
    #[inline(always)]
    fn skip_ws(&mut self) -> Step {
        /// A byte's part in `skip_ws`: 0 ends it, 1 is white space, 2 opens a comment.
        const SKIP: [u8; 256] = {
            let mut table = [0; 256];
            (table[b' ' as usize], table[b'\n' as usize]) = (1, 1);
            (table[b'\r' as usize], table[b'\t' as usize]) = (1, 1);
            table[b'/' as usize] = 2;
            table
        };
        while let Some(&c) = self.b.get(self.pos) {
            match SKIP[usize::from(c)] {
                0 => break,
                1 => {
                    self.pos += 1;
                    if self.b.get(self.pos) == Some(&b' ') {
                        self.pos = skip_spaces(self.b, self.pos);
                    }
                }
                _ => {
                    let start = self.pos;
                    match comment(self.b, start) {
                        Ok(end) => self.pos = end,
                        Err(kind) => return Err(self.fail_at(start, kind)),
                    }
                    self.notes.comments += 1;
                    self.notes.first_comment.get_or_insert(start);
                }
            }
        }
        Ok(())
    }

    #[inline(always)]
    fn push(&mut self, kind: Kind, start: usize) -> usize {
        let id = self.tape.len();
        self.tape.push(Node {
            kind,
            start: start as u32,
            end: self.pos as u32,
            next: id as u32 + 1,
        });
        id
    }

    /// Parses one value. Containers are handled without recursion, so deep nesting cannot
    /// overflow the call stack; while a container is open its `next` field holds its parent's
    /// index, so the stack of open containers costs no allocation.
    fn value(&mut self) -> Step {
        const NONE: u32 = u32::MAX;
        let mut top = NONE;
        let mut depth = 0;
        loop {
            self.skip_ws()?;
            let start = self.pos;
            match self.b.get(self.pos) {
                Some(b'"') => self.string()?,
                Some(&c @ (b'{' | b'[')) => {
                    if depth >= self.max_depth {
                        return Err(self.fail(SyntaxErrorKind::TooDeep(self.max_depth)));
                    }
                    let is_obj = c == b'{';
                    self.pos += 1;
                    let id = self.push(if is_obj { Kind::Object } else { Kind::Array }, start);
                    self.skip_ws()?;
                    if self.b.get(self.pos) == Some(&if is_obj { b'}' } else { b']' }) {
                        self.pos += 1;
                        self.close(id);
                    } else {
                        self.tape[id].next = top;
                        top = id as u32;
                        depth += 1;
                        if is_obj {
                            self.key()?;
                        }
                        continue;
                    }
                }
                Some(b'-' | b'0'..=b'9') => self.number()?,
                Some(b't') => self.literal("true", Kind::Bool(true))?,
                Some(b'f') => self.literal("false", Kind::Bool(false))?,
                Some(b'n') => self.literal("null", Kind::Null)?,
                _ => return Err(self.unexpected()),
            }
            // A value is complete: close the containers that end here, or go on to the next.
            loop {
                if top == NONE {
                    return Ok(());
                }
                let open = top as usize;
                self.skip_ws()?;
                let is_obj = self.tape[open].kind == Kind::Object;
                match self.b.get(self.pos) {
                    Some(b',') => {
                        self.pos += 1;
                        if is_obj {
                            self.skip_ws()?;
                            self.key()?;
                        }
                        break;
                    }
                    Some(b'}') if is_obj => {}
                    Some(b']') if !is_obj => {}
                    _ => return Err(self.unexpected()),
                }
                self.pos += 1;
                top = self.tape[open].next;
                depth -= 1;
                self.close(open);
            }
        }
    }

    #[inline(always)]
    fn close(&mut self, id: usize) {
        let next = self.tape.len() as u32;
        let node = &mut self.tape[id];
        node.end = self.pos as u32;
        node.next = next;
    }

    /// An object key and its colon.
    #[inline(always)]
    fn key(&mut self) -> Step {
        if self.b.get(self.pos) != Some(&b'"') {
            return Err(self.unexpected());
        }
        self.string()?;
        self.skip_ws()?;
        if self.b.get(self.pos) != Some(&b':') {
            return Err(self.unexpected());
        }
        self.pos += 1;
        Ok(())
    }

    #[inline(always)]
    fn literal(&mut self, word: &str, kind: Kind) -> Step {
        let start = self.pos;
        if self.b[self.pos..].starts_with(word.as_bytes()) {
            self.pos += word.len();
            self.push(kind, start);
            Ok(())
        } else {
            Err(self.unexpected())
        }
    }

    fn number(&mut self) -> Step {
        let start = self.pos;
        let digits = |p: &mut Self| {
            let s = p.pos;
            while matches!(p.b.get(p.pos), Some(b'0'..=b'9')) {
                p.pos += 1;
            }
            p.pos > s
        };
        if self.b.get(self.pos) == Some(&b'-') {
            self.pos += 1;
        }
        if self.b.get(self.pos) == Some(&b'0') {
            self.pos += 1;
        } else if !digits(self) {
            return Err(self.fail(SyntaxErrorKind::BadNumber));
        }
        if self.b.get(self.pos) == Some(&b'.') {
            self.pos += 1;
            if !digits(self) {
                return Err(self.fail(SyntaxErrorKind::BadNumber));
            }
        }
        if matches!(self.b.get(self.pos), Some(b'e' | b'E')) {
            self.pos += 1;
            if matches!(self.b.get(self.pos), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            if !digits(self) {
                return Err(self.fail(SyntaxErrorKind::BadNumber));
            }
        }
        self.push(Kind::Number, start);
        Ok(())
    }

    /// A string (the parser is at its opening quote). Plain text up to the closing quote is
    /// the hot path; escapes and errors go to `string_rest`.
    #[inline(always)]
    fn string(&mut self) -> Step {
        let start = self.pos;
        let at = find_special(self.b, start + 1);
        if self.b.get(at) == Some(&b'"') {
            self.pos = at + 1;
            self.push(Kind::String { escaped: false }, start);
            return Ok(());
        }
        match string_rest(self.b, at) {
            Ok((end, escaped)) => {
                self.pos = end;
                self.push(Kind::String { escaped }, start);
                Ok(())
            }
            Err((at, kind)) => Err(self.fail_at(at, kind)),
        }
    }
}

/// The rest of a string from `at`, the first byte that is a backslash, a control character or
/// the end of the input: where the string ends and whether it holds escapes, or what is wrong
/// and where.
#[inline(never)]
fn string_rest(b: &[u8], mut pos: usize) -> Result<(usize, bool), (usize, SyntaxErrorKind)> {
    let mut escaped = false;
    loop {
        match b.get(pos) {
            None => return Err((pos, SyntaxErrorKind::UnexpectedEnd)),
            Some(b'"') => return Ok((pos + 1, escaped)),
            Some(b'\\') => {
                escaped = true;
                pos += 1;
                match b.get(pos) {
                    Some(b'"' | b'\\' | b'/' | b'b' | b'f' | b'n' | b'r' | b't') => pos += 1,
                    Some(b'u') => {
                        let at = pos - 1;
                        let hi = hex4(b, pos)?;
                        pos += 5;
                        if (0xD800..0xDC00).contains(&hi) {
                            let lo = if b[pos..].starts_with(b"\\u") {
                                pos += 6;
                                hex4(b, pos - 5)?
                            } else {
                                0
                            };
                            if !(0xDC00..0xE000).contains(&lo) {
                                return Err((at, SyntaxErrorKind::LoneSurrogate(hi)));
                            }
                        } else if (0xDC00..0xE000).contains(&hi) {
                            return Err((at, SyntaxErrorKind::LoneSurrogate(hi)));
                        }
                    }
                    _ => return Err((pos, SyntaxErrorKind::BadEscape)),
                }
            }
            Some(_) => return Err((pos, SyntaxErrorKind::ControlInString)),
        }
        pos = find_special(b, pos);
    }
}

/// Reads `uXXXX` (`at` is the `u`) and returns the code unit.
fn hex4(b: &[u8], at: usize) -> Result<u16, (usize, SyntaxErrorKind)> {
    let mut v: u16 = 0;
    for i in at + 1..at + 5 {
        match b.get(i).and_then(|&c| char::from(c).to_digit(16)) {
            Some(d) => v = v * 16 + d as u16,
            None => return Err((i, SyntaxErrorKind::BadEscape)),
        }
    }
    Ok(v)
}

/// A `//` or `/* */` comment starting at `start` (its `/`): where it ends.
#[cold]
fn comment(b: &[u8], start: usize) -> Result<usize, SyntaxErrorKind> {
    match b.get(start + 1) {
        Some(b'/') => {
            let mut pos = start + 2;
            while pos < b.len() && b[pos] != b'\n' {
                pos += 1;
            }
            Ok(pos)
        }
        Some(b'*') => {
            let mut pos = start + 2;
            loop {
                if pos + 1 >= b.len() {
                    return Err(SyntaxErrorKind::UnterminatedComment);
                }
                if b[pos] == b'*' && b[pos + 1] == b'/' {
                    return Ok(pos + 2);
                }
                pos += 1;
            }
        }
        _ => Err(unexpected(b, start)),
    }
}

/// What is wrong at `pos`: the character found there, or the end of the input.
#[cold]
fn unexpected(b: &[u8], pos: usize) -> SyntaxErrorKind {
    match std::str::from_utf8(&b[pos.min(b.len())..])
        .ok()
        .and_then(|s| s.chars().next())
    {
        Some(c) => SyntaxErrorKind::Unexpected(c),
        None => SyntaxErrorKind::UnexpectedEnd,
    }
}

/// Indentation comes in runs: the index of the first byte at or after `i` that is not a
/// space, eight bytes at a time. A function of the bytes alone, so that the parser's position
/// stays in a register across the call.
#[inline(never)]
fn skip_spaces(b: &[u8], mut i: usize) -> usize {
    while let Some(chunk) = b.get(i..i + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let others = u64::from_le_bytes(word) ^ u64::from_le_bytes([b' '; 8]);
        let spaces = (others.trailing_zeros() / 8) as usize;
        i += spaces;
        if spaces < 8 {
            return i;
        }
    }
    while b.get(i) == Some(&b' ') {
        i += 1;
    }
    i
}

/// The index of the first quote, backslash or control byte at or after `i` (or the end),
/// eight bytes at a time: the plain text of strings is most of a payload.
#[inline(always)]
fn find_special(b: &[u8], mut i: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let zero_byte = |x: u64| x.wrapping_sub(ONES) & !x & HIGH;
    while let Some(chunk) = b.get(i..i + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let w = u64::from_le_bytes(word);
        // Bytes equal to '"' or '\\', or below 0x20 (never a UTF-8 lead or continuation byte).
        let hits = zero_byte(w ^ (ONES * u64::from(b'"')))
            | zero_byte(w ^ (ONES * u64::from(b'\\')))
            | (w.wrapping_sub(ONES * 0x20) & !w & HIGH);
        if hits != 0 {
            return i + (hits.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < b.len() && !(b[i] == b'"' || b[i] == b'\\' || b[i] < 0x20) {
        i += 1;
    }
    i
}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_col(src: &str, offset: usize) -> (u32, u32) {
    Positions::new(src).at(offset)
}

/// Lines and columns of many offsets in one forward walk over the source (offsets given in
/// increasing order; an earlier one restarts the walk).
pub struct Positions<'a> {
    src: &'a str,
    at: usize,
    line: u32,
    col: u32,
}

impl<'a> Positions<'a> {
    pub fn new(src: &'a str) -> Self {
        Positions {
            src,
            at: 0,
            line: 1,
            col: 1,
        }
    }

    /// 1-based line and column (characters: bytes that do not continue a UTF-8 sequence).
    pub fn at(&mut self, offset: usize) -> (u32, u32) {
        let offset = offset.min(self.src.len());
        if offset < self.at {
            (self.at, self.line, self.col) = (0, 1, 1);
        }
        let seg = &self.src.as_bytes()[self.at..offset];
        // Eight bytes at a time: a newline's bit and a character start's bit per byte.
        let mut words = seg.chunks_exact(8);
        for w in words.by_ref() {
            let w = u64::from_le_bytes([w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7]]);
            self.step(newlines(w), char_starts(w));
        }
        for &b in words.remainder() {
            let (b, bit) = (u64::from(b), 0x80);
            let nl = if b == u64::from(b'\n') { bit } else { 0 };
            self.step(nl, if b & 0xC0 == 0x80 { 0 } else { bit });
        }
        self.at = offset;
        (self.line, self.col)
    }

    /// Moves over up to eight bytes given as masks (bit 7 of each byte): which are newlines,
    /// which start a character.
    #[inline]
    fn step(&mut self, newlines: u64, starts: u64) {
        if newlines == 0 {
            self.col += starts.count_ones();
            return;
        }
        self.line += newlines.count_ones();
        // The characters after the last newline of the word.
        let after = 64 - newlines.leading_zeros(); // bits up to that newline's byte
        self.col = 1 + starts.checked_shr(after + 7).map_or(0, u64::count_ones);
    }
}

const HIGH: u64 = 0x8080_8080_8080_8080;
const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;

/// Bit 7 of each byte of `w` that is `\n`, no other bit (exact: no carry between bytes).
#[inline]
fn newlines(w: u64) -> u64 {
    let x = w ^ 0x0a0a_0a0a_0a0a_0a0a;
    !(((x & LOW7) + LOW7) | x) & HIGH
}

/// Bit 7 of each byte of `w` that starts a character (is not `10xxxxxx`).
#[inline]
fn char_starts(w: u64) -> u64 {
    !(w & !(w << 1)) & HIGH
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> Result<Document<'_>, SyntaxErrorKind> {
        Document::parse_into(s, Vec::new(), 64).map_err(|(e, _)| e.kind)
    }

    #[test]
    fn nested_structure_and_iteration() {
        let d = parse(r#"{"a": [1, {"b": null}, []], "c": {}, "d": "x\u00e9"}"#).unwrap();
        let keys: Vec<_> = d.members(0).map(|(k, _)| d.str(k).into_owned()).collect();
        assert_eq!(keys, ["a", "c", "d"]);
        let (_, a) = d.members(0).next().unwrap();
        let kinds: Vec<_> = d.items(a).map(|(_, n)| d.kind(n)).collect();
        assert_eq!(kinds, [Kind::Number, Kind::Object, Kind::Array]);
        let (_, dv) = d.members(0).nth(2).unwrap();
        assert_eq!(d.str(dv), "xé");
        assert_eq!(d.str_len(dv), 3);
        let (_, c) = d.members(0).nth(1).unwrap();
        assert_eq!(d.len(c), 0);
        assert_eq!(d.raw(c), "{}");
    }

    #[test]
    fn empty_containers_close_properly() {
        let d = parse(r#"[[], {}, [[]], 1]"#).unwrap();
        assert_eq!(d.len(0), 4);
        let last = d.items(0).last().unwrap().1;
        assert_eq!(d.raw(last), "1");
    }

    #[test]
    fn runs_of_spaces_of_every_length() {
        for n in 0..40 {
            let src = format!("{{{0}\"a\":{0}[{0}1{0}]{0}}}", " ".repeat(n));
            let d = parse(&src).unwrap_or_else(|e| panic!("{n} spaces: {e:?}"));
            assert_eq!(d.str(1), "a", "{n} spaces");
        }
    }

    #[test]
    fn comments_are_noted_not_fatal() {
        let d = parse("{ // one\n \"a\": 1 /* two */ }").unwrap();
        assert_eq!(d.notes.comments, 2);
        assert_eq!(d.notes.first_comment, Some(2));
    }

    #[test]
    fn syntax_errors() {
        assert_eq!(parse("").unwrap_err(), SyntaxErrorKind::Empty);
        assert_eq!(parse("  ").unwrap_err(), SyntaxErrorKind::Empty);
        assert_eq!(parse("{} x").unwrap_err(), SyntaxErrorKind::TrailingContent);
        assert_eq!(
            parse("{\"a\":1,}").unwrap_err(),
            SyntaxErrorKind::Unexpected('}')
        );
        assert_eq!(parse("[1,]").unwrap_err(), SyntaxErrorKind::Unexpected(']'));
        assert_eq!(
            parse("\"\\ud800\"").unwrap_err(),
            SyntaxErrorKind::LoneSurrogate(0xd800)
        );
        assert_eq!(
            parse("\"\\udc00\"").unwrap_err(),
            SyntaxErrorKind::LoneSurrogate(0xdc00)
        );
        assert_eq!(
            parse("\"a\nb\"").unwrap_err(),
            SyntaxErrorKind::ControlInString
        );
        assert_eq!(parse("01").unwrap_err(), SyntaxErrorKind::TrailingContent);
        assert_eq!(parse("1.").unwrap_err(), SyntaxErrorKind::BadNumber);
        assert_eq!(
            parse("/* x").unwrap_err(),
            SyntaxErrorKind::UnterminatedComment
        );
        assert_eq!(
            parse("{\"a\" 1}").unwrap_err(),
            SyntaxErrorKind::Unexpected('1')
        );
        assert_eq!(parse("[").unwrap_err(), SyntaxErrorKind::UnexpectedEnd);
        assert_eq!(
            parse(&"[".repeat(100_000)).unwrap_err(),
            SyntaxErrorKind::TooDeep(64)
        );
    }

    /// A `]` does not close an object, nor a `}` an array, at any depth.
    #[test]
    fn closers_must_match_their_openers() {
        for (src, found) in [
            (r#"{"a": 1]"#, ']'),
            ("[1}", '}'),
            (r#"[{"a": [1}]"#, '}'),
            (r#"{"a": {"b": 1]}"#, ']'),
        ] {
            assert_eq!(
                parse(src).unwrap_err(),
                SyntaxErrorKind::Unexpected(found),
                "{src}"
            );
        }
        assert!(parse(r#"[{"a": [1]}]"#).is_ok());
    }

    #[test]
    fn special_bytes_are_found_at_every_offset() {
        for len in 0..20 {
            for special in [b'"', b'\\', b'\n', 0u8, 0x1f] {
                for at in 0..=len {
                    let mut text = "é".repeat(len).into_bytes();
                    text.truncate(len);
                    let mut b: Vec<u8> = text
                        .iter()
                        .map(|&c| if c < 0x20 { b'a' } else { c })
                        .collect();
                    if at < len {
                        b[at] = special;
                    }
                    let want = if at < len { at } else { len };
                    assert_eq!(
                        find_special(&b, 0),
                        want,
                        "len {len} at {at} byte {special}"
                    );
                }
            }
        }
        assert_eq!(find_special(b" !#[]~\x7f\xff\x80abc\"", 0), 12);
    }

    #[test]
    fn lone_string_members() {
        let d = parse(
            r#"[{"k": "v"}, {"k": "v", "x": 1}, {"k": 1}, {"k": "\u0041"}, {"j": "v"}, {}, "k"]"#,
        )
        .unwrap();
        let found: Vec<_> = d
            .items(0)
            .map(|(_, n)| d.lone_string_member(n, "k"))
            .collect();
        assert_eq!(found, [Some("v"), None, None, None, None, None, None]);
    }

    #[test]
    fn string_pairs() {
        let d = parse(
            r#"[{"K": "k", "V": "v"}, {"V": "v", "K": "k"}, {"K": "k", "K": "v"},
                {"K": "k", "V": 1}, {"K": "k", "V": "\n"}, {"K": "k"}, {"K": "k", "V": "v", "W": ""}]"#,
        )
        .unwrap();
        let found: Vec<_> = d
            .items(0)
            .map(|(_, n)| d.string_pair(n, "K", "V").map(|(k, v)| (k, d.str(v))))
            .collect();
        let kv = Some(("k", "v".into()));
        let escaped = Some(("k", "\n".into()));
        assert_eq!(found, [kv.clone(), kv, None, None, escaped, None, None]);
    }

    #[test]
    fn strings_decode_as_serde_json_decodes_them() {
        let texts = [
            r#""plain""#,
            r#""a\nb\t\"\\\/""#,
            r#""\u0000\u007f\u0080\u07ff\u0800\uffff""#,
            r#""\ud83d\ude00 and \uD834\uDD1E""#,
            r#""中文\u4e2d\n""#,
            r#""\\u0041""#,
        ];
        for t in texts {
            let doc = parse(t).unwrap();
            let expected: String = serde_json::from_str(t).unwrap();
            assert_eq!(doc.str(0), expected, "{t}");
            assert_eq!(doc.str_len(0), expected.len(), "{t}");
        }
    }

    #[test]
    fn surrogate_pairs_decode() {
        let d = parse(r#""\ud83d\ude00""#).unwrap();
        assert_eq!(d.str(0), "😀");
        assert_eq!(d.str_len(0), 4);
    }

    #[test]
    fn positions_agree_with_a_byte_at_a_time_count() {
        let naive = |src: &str, offset: usize| {
            let (mut line, mut col) = (1, 1);
            for &b in &src.as_bytes()[..offset] {
                if b == b'\n' {
                    (line, col) = (line + 1, 1);
                } else if b & 0xC0 != 0x80 {
                    col += 1;
                }
            }
            (line, col)
        };
        let pieces = ["a", "\n", "中", "🎉", "é", " ", "\r\n", "\u{0b}", "\u{8a}"];
        let mut state = 7u32;
        for len in 0..200 {
            let mut src = String::new();
            for _ in 0..len {
                state = state.wrapping_mul(1_103_515_245).wrapping_add(12345);
                src.push_str(pieces[(state >> 16) as usize % pieces.len()]);
            }
            let mut p = Positions::new(&src);
            let mut offsets: Vec<usize> = (0..=src.len()).step_by(3).collect();
            offsets.push(src.len());
            for &o in &offsets {
                assert_eq!(p.at(o), naive(&src, o), "{src:?} at {o}");
                // The walker above moves 3 bytes at a time, under a word: `line_col` walks
                // from the start, eight bytes at a time (`newlines`, `char_starts`).
                assert_eq!(line_col(&src, o), naive(&src, o), "{src:?} at {o}, from 0");
            }
            assert_eq!(p.at(0), (1, 1), "a walk back restarts");
        }
    }

    #[test]
    fn line_col_counts_characters() {
        assert_eq!(line_col("ab\n中x", 6), (2, 2));
        assert_eq!(line_col("abc", 0), (1, 1));
    }
}
