//! The rules, one file per family. Each rule is declared with `rule!` next to the code that
//! checks it; its doc comment is its documentation (`timlint explain RULE` prints it), and its
//! fixtures live in `tests/corpus/<dialect>/<rule-id>/`.

use std::borrow::Cow;

use crate::diagnostic::{Diagnostic, Severity, Text};
use crate::json::{Document, NodeId};
use crate::options::{Dialect, Limits, Options};

pub mod custom_data;
pub mod group_type;
pub mod ids;
pub mod members;
pub mod shape;
pub mod text;

/// A rule's fixed facts.
#[derive(Debug, PartialEq, Eq)]
pub struct Rule {
    /// Stable, kebab-case identifier.
    pub id: &'static str,
    /// Default severity (a few rules report some cases at a lower one, said in their docs).
    pub severity: Severity,
    /// The error code the server answers for this problem, when known.
    pub tencent_code: Option<u32>,
    /// One line: what the rule reports. Empty without the `docs` feature, like `doc`.
    pub summary: &'static str,
    /// The rule's documentation, in Markdown, summary first. Empty when the crate is built
    /// without its `docs` feature (the npm package leaves it out to stay small).
    pub doc: &'static str,
}

/// Declares a rule: `rule! { /// summary, then docs… pub NAME = "id", Error, Some(10004); }`.
macro_rules! rule {
    ($( #[doc = $summary:literal] $(#[doc = $doc:literal])* pub $name:ident = $id:literal, $sev:ident, $code:expr; )*) => {$(
        #[doc = $summary]
        $(#[doc = $doc])*
        pub static $name: $crate::rules::Rule = $crate::rules::Rule {
            id: $id,
            severity: $crate::diagnostic::Severity::$sev,
            tencent_code: $code,
            summary: if cfg!(feature = "docs") { $summary.trim_ascii() } else { "" },
            doc: if cfg!(feature = "docs") { concat!($summary, "\n", $($doc, "\n"),*) } else { "" },
        };
    )*};
}
pub(crate) use rule;

/// Every rule, in the order of the reference sheet.
pub static ALL: &[&Rule] = &[
    &shape::INVALID_JSON,
    &shape::JSON_COMMENTS,
    &shape::NOT_AN_OBJECT,
    &shape::WRONG_TYPE,
    &shape::MISSING_REQUIRED,
    &shape::UNKNOWN_FIELD,
    &shape::DUPLICATE_KEY,
    &shape::MIXED_DIALECT,
    &shape::NO_REST_EQUIVALENT,
    &shape::BYTE_ORDER_MARK,
    &shape::INPUT_TOO_LARGE,
    &shape::TOO_DEEP,
    &group_type::UNKNOWN_GROUP_TYPE,
    &group_type::DEPRECATED_GROUP_TYPE,
    &group_type::TYPE_NOT_IN_PLAN,
    &group_type::INVALID_APPLY_JOIN_OPTION,
    &group_type::INEFFECTIVE_APPLY_JOIN_OPTION,
    &group_type::INVALID_INVITE_JOIN_OPTION,
    &group_type::INVITE_OPTION_NOT_SUPPORTED,
    &group_type::TOPIC_REQUIRES_COMMUNITY,
    &text::TOO_MANY_BYTES,
    &text::EMPTY_NAME,
    &text::FACE_URL_SCHEME,
    &ids::GROUP_ID_CHARSET,
    &ids::GROUP_ID_TOO_LONG,
    &ids::GROUP_ID_RESERVED_PREFIX,
    &ids::COMMUNITY_GROUP_ID_PREFIX,
    &ids::ACCOUNT_TOO_LONG,
    &ids::ACCOUNT_CHARSET,
    &members::TOO_MANY_MEMBERS,
    &members::MEMBERS_NOT_ALLOWED,
    &members::DUPLICATE_MEMBER,
    &members::OWNER_IN_MEMBER_LIST,
    &members::INVALID_MEMBER_ROLE,
    &members::ADMIN_ROLE_IN_WORK_GROUP,
    &members::MAX_MEMBER_COUNT_RANGE,
    &members::EXCEEDS_MAX_MEMBER_COUNT,
    &custom_data::TOO_MANY_CUSTOM_FIELDS,
    &custom_data::CUSTOM_KEY_INVALID,
    &custom_data::DUPLICATE_CUSTOM_KEY,
    &custom_data::CUSTOM_VALUE_TOO_LONG,
    &custom_data::MEMBER_CUSTOM_DATA_NOT_ALLOWED,
    &custom_data::UNCONFIGURED_CUSTOM_KEY,
];

/// Looks a rule up by its ID.
pub fn find(id: &str) -> Option<&'static Rule> {
    ALL.iter().copied().find(|r| r.id == id)
}

/// Where a value sits, as a chain of borrowed segments; turned into a JSON Pointer only when
/// a diagnostic needs one, so the walk itself allocates nothing.
#[derive(Clone, Copy, Debug)]
pub enum Loc<'p> {
    Root,
    Key(&'p Loc<'p>, &'p str),
    Index(&'p Loc<'p>, usize),
}

impl<'p> Loc<'p> {
    pub fn key(&'p self, k: &'p str) -> Loc<'p> {
        Loc::Key(self, k)
    }

    pub fn index(&'p self, i: usize) -> Loc<'p> {
        Loc::Index(self, i)
    }

    /// The RFC 6901 JSON Pointer (`~` and `/` escaped as `~0` and `~1`).
    pub fn pointer(&self) -> String {
        let mut out = String::with_capacity(32);
        self.write(&mut out);
        out
    }

    fn write(&self, out: &mut String) {
        match self {
            Loc::Root => {}
            Loc::Key(parent, k) => {
                parent.write(out);
                out.push('/');
                if !k.contains(['~', '/']) {
                    out.push_str(k);
                    return;
                }
                for c in k.chars() {
                    match c {
                        '~' => out.push_str("~0"),
                        '/' => out.push_str("~1"),
                        c => out.push(c),
                    }
                }
            }
            Loc::Index(parent, i) => {
                use std::fmt::Write;
                parent.write(out);
                let _ = write!(out, "/{i}");
            }
        }
    }
}

/// What every check gets: the document, the options, the dialect, and the output.
pub struct Ctx<'d, 'a> {
    pub doc: &'d Document<'a>,
    pub opts: &'d Options,
    pub limits: Limits,
    pub dialect: Dialect,
    /// The dialect was picked by `auto`, not named by the caller.
    pub auto_detected: bool,
    pub out: Vec<Diagnostic>,
    /// Diagnostics past `max_diagnostics`: counted, not kept.
    pub omitted: usize,
    pub omitted_errors: usize,
    /// The last diagnostic past the cap, held while its caller adjusts it.
    pub overflow: Option<Diagnostic>,
}

impl Ctx<'_, '_> {
    /// Records a diagnostic at `node` (its span) and `loc` (its pointer) with the rule's
    /// defaults; the caller may then adjust severity, code, help or suggestion.
    pub fn report(
        &mut self,
        rule: &'static Rule,
        node: Option<NodeId>,
        loc: &Loc<'_>,
        message: Text,
    ) -> &mut Diagnostic {
        let d = Diagnostic {
            pointer: loc.pointer(),
            ..Diagnostic::new(rule, node.map(|n| self.doc.span(n)), message)
        };
        self.count_overflow();
        if self.out.len() < self.opts.max_diagnostics {
            self.out.push(d);
            let last = self.out.len() - 1;
            return &mut self.out[last];
        }
        // Past the cap a hostile payload could make millions: count them, keep none.
        self.overflow.insert(d)
    }

    /// Counts the diagnostic held past the cap (its severity is final once the next comes).
    pub fn count_overflow(&mut self) {
        if let Some(d) = self.overflow.take() {
            self.omitted += 1;
            self.omitted_errors += usize::from(d.is_error());
        }
    }
}

/// Remembers strings seen (member accounts, custom keys) to find repeats. The first few live
/// on the stack (a custom-data list may hold 10); past that a hash table takes over: open
/// addressing over 8-byte slots (a tag from a seeded hash, so crafted collisions cannot make
/// it quadratic, and an index into the strings kept), at most a quarter full, so that a probe
/// nearly always ends at its first slot. On 500 members this takes less than half the time
/// `HashSet<Cow<str>>` took (measured side by side), the largest cost after reading.
pub struct Seen<'a> {
    few: [&'a str; FEW],
    len: usize,
    capacity: usize,
    /// `(tag, index into items)`; tag 0 is an empty slot.
    slots: Vec<(u32, u32)>,
    items: Vec<Cow<'a, str>>,
    seed: u64,
}

const FEW: usize = 10;

impl<'a> Seen<'a> {
    /// `capacity`: how many strings are expected, to size the table once if one is needed.
    pub fn with_capacity(capacity: usize) -> Self {
        Seen {
            few: [""; FEW],
            len: 0,
            capacity,
            slots: Vec::new(),
            items: Vec::new(),
            seed: 0,
        }
    }

    /// True the first time `s` is offered.
    #[inline]
    pub fn first(&mut self, s: Cow<'a, str>) -> bool {
        if self.slots.is_empty() {
            if self.few[..self.len].contains(&&*s) {
                return false;
            }
            if let (Cow::Borrowed(b), true) = (&s, self.len < FEW) {
                self.few[self.len] = b;
                self.len += 1;
                return true;
            }
            // Full, or a decoded (owned) string: move to the table.
            self.seed = hash_seed();
            let slots = (4 * self.capacity.max(FEW + 1)).next_power_of_two();
            self.slots = vec![(0, 0); slots];
            self.items.reserve(self.capacity.max(FEW + 1));
            for i in 0..self.len {
                self.insert(Cow::Borrowed(self.few[i]));
            }
        }
        self.insert(s)
    }

    fn insert(&mut self, s: Cow<'a, str>) -> bool {
        let (tag, mut at) = slot(hash(self.seed, s.as_bytes()), self.slots.len());
        let mask = self.slots.len() - 1;
        loop {
            let (t, i) = self.slots[at];
            if t == 0 {
                break;
            }
            if t == tag && self.items[i as usize] == s {
                return false;
            }
            at = (at + 1) & mask;
        }
        self.slots[at] = (tag, self.items.len() as u32);
        self.items.push(s);
        if 4 * self.items.len() > self.slots.len() {
            self.grow();
        }
        true
    }

    /// Doubles the table and puts every string back.
    #[cold]
    fn grow(&mut self) {
        let size = 2 * self.slots.len();
        self.slots = vec![(0, 0); size];
        let mask = size - 1;
        for (i, s) in self.items.iter().enumerate() {
            let (tag, mut at) = slot(hash(self.seed, s.as_bytes()), size);
            while self.slots[at].0 != 0 {
                at = (at + 1) & mask;
            }
            self.slots[at] = (tag, i as u32);
        }
    }
}

/// A string's tag (never 0, the empty slot) and first slot in a table of `size` (a power of
/// two, at least 64): the slot from the hash's top bits, which depend on every byte.
#[inline]
fn slot(hash: u64, size: usize) -> (u32, usize) {
    let bits = size.trailing_zeros();
    ((hash >> 32) as u32 | 1, (hash >> (64 - bits)) as usize)
}

/// A seeded 64-bit hash of `bytes` for [`Seen`], eight bytes at a time: each word is xored in
/// and the state multiplied by an odd constant, so the top bits (which pick the slot) depend on
/// every byte, and on the seed through the carries. Without the seed, strings cannot be
/// crafted to share a slot. The last word overlaps the one before (a short text is read as two
/// overlapping halves), which is fine as the length is hashed too.
fn hash(seed: u64, bytes: &[u8]) -> u64 {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let mix = |h: u64, w: u64| (h ^ w).wrapping_mul(K);
    let h = seed ^ (bytes.len() as u64).wrapping_mul(K);
    if let (Some(first), Some(last)) = (bytes.first_chunk::<8>(), bytes.last_chunk::<8>()) {
        let mut h = mix(h, u64::from_le_bytes(*first));
        let mut rest = &bytes[8..];
        while let Some((word, tail)) = rest.split_first_chunk::<8>() {
            if tail.is_empty() {
                break; // the last word is read below
            }
            h = mix(h, u64::from_le_bytes(*word));
            rest = tail;
        }
        return if bytes.len() > 8 {
            mix(h, u64::from_le_bytes(*last))
        } else {
            h
        };
    }
    if let (Some(first), Some(last)) = (bytes.first_chunk::<4>(), bytes.last_chunk::<4>()) {
        let (a, b) = (u32::from_le_bytes(*first), u32::from_le_bytes(*last));
        return mix(h, u64::from(a) << 32 | u64::from(b));
    }
    match bytes {
        [] => h,
        [a, ..] => {
            let (b, c) = (bytes[bytes.len() / 2], bytes[bytes.len() - 1]);
            mix(h, u64::from(*a) | u64::from(b) << 8 | u64::from(c) << 16)
        }
    }
}

static HASH_SEED: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// Sets the seed of the duplicate tables' hash (see [`Seen`]). Natively the seed comes from
/// the OS, once per process; the npm package's wasm, which has no OS randomness, sets it from
/// `Math.random` when it loads. Any other embedder of a wasm build should call this once.
pub fn set_hash_seed(seed: u64) {
    HASH_SEED.store(seed | 1, std::sync::atomic::Ordering::Relaxed);
}

fn hash_seed() -> u64 {
    use std::sync::atomic::Ordering::Relaxed;
    let seed = HASH_SEED.load(Relaxed);
    if seed != 0 {
        return seed;
    }
    #[cfg(not(target_family = "wasm"))]
    let seed = {
        use std::hash::BuildHasher;
        std::collections::hash_map::RandomState::new().hash_one(0x0074_696d_6c69_6e74_u64)
    };
    #[cfg(target_family = "wasm")]
    let seed = 0x243f_6a88_85a3_08d3; // fixed: see set_hash_seed
    set_hash_seed(seed);
    seed | 1
}

/// A byte class as a table, for checks that look at every byte of an ID or a key: ASCII
/// letters and digits, and the `extra` bytes.
pub(crate) struct ByteClass([bool; 256]);

impl ByteClass {
    pub(crate) const fn new(extra: &[u8]) -> ByteClass {
        let mut table = [false; 256];
        let mut b = 0;
        while b < 256 {
            table[b] = (b as u8).is_ascii_alphanumeric();
            b += 1;
        }
        let mut i = 0;
        while i < extra.len() {
            table[extra[i] as usize] = true;
            i += 1;
        }
        ByteClass(table)
    }

    /// Every byte of `s` is in the class. Without an early exit: IDs and keys are short and
    /// nearly always pass, and a loop with no branch in it runs at a few instructions a byte.
    pub(crate) fn all(&self, s: &str) -> bool {
        s.bytes().fold(true, |ok, b| ok & self.0[usize::from(b)])
    }
}

/// Runs every rule over a parsed payload whose root is an object.
pub fn check(ctx: &mut Ctx<'_, '_>, root: NodeId) {
    let group = ctx.read_object(root, &Loc::Root, &crate::model::GROUP_FIELDS);
    let ty = group_type::check(ctx, &group);
    text::check(ctx, &group);
    ids::check(ctx, &group, ty);
    custom_data::check_group(ctx, &group, ty);
    members::check(ctx, &group, ty);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seen_finds_repeats_before_and_after_it_moves_to_a_set() {
        for n in [3, FEW, FEW + 1, 100] {
            let names: Vec<String> = (0..n).map(|i| format!("u{i}")).collect();
            let mut seen = Seen::with_capacity(n);
            assert!(names.iter().all(|s| seen.first(Cow::Borrowed(s))), "{n}");
            assert!(names.iter().all(|s| !seen.first(Cow::Borrowed(s))), "{n}");
            assert!(seen.first(Cow::Borrowed("new")));
        }
    }

    #[test]
    fn the_hash_spreads_near_identical_strings_over_the_slots() {
        // Strings that differ in one high bit of their last word: a multiply-only hash would
        // put them all in one slot of a small table.
        let strings: Vec<Vec<u8>> = (0..128u8)
            .map(|i| {
                let mut s = b"member-account-00".to_vec();
                s.extend_from_slice(&[b'a', b'b', i | 0x80]);
                s
            })
            .collect();
        for seed in [1, 0x1234_5678_9abc_def1] {
            let mut slots: Vec<usize> = strings
                .iter()
                .map(|s| slot(hash(seed, s), 1024).1)
                .collect();
            slots.sort_unstable();
            slots.dedup();
            // 128 random slots of 1024 would leave about 120 distinct.
            assert!(
                slots.len() > 110,
                "{} distinct slots for 128 strings",
                slots.len()
            );
        }
        assert_ne!(hash(1, b"user1"), hash(3, b"user1"));
        assert_ne!(hash(1, b""), hash(1, b"\0"));
    }

    #[test]
    fn pointers_escape_tilde_and_slash() {
        let root = Loc::Root;
        let list = root.key("MemberList");
        let item = list.index(12);
        assert_eq!(item.key("a/b~c").pointer(), "/MemberList/12/a~1b~0c");
        assert_eq!(item.key("").pointer(), "/MemberList/12/");
        assert_eq!(root.pointer(), "");
    }

    #[test]
    fn seen_compares_decoded_and_borrowed_strings_and_grows() {
        let names: Vec<String> = (0..5000).map(|i| format!("u{i}")).collect();
        // Sized for far fewer than it gets: the table must grow and keep every string.
        let mut seen = Seen::with_capacity(3);
        for (i, s) in names.iter().enumerate() {
            let s = if i % 3 == 0 {
                Cow::Owned(s.clone())
            } else {
                Cow::Borrowed(s.as_str())
            };
            assert!(seen.first(s), "{i}");
        }
        for (i, s) in names.iter().enumerate() {
            let s = if i % 2 == 0 {
                Cow::Owned(s.clone())
            } else {
                Cow::Borrowed(s.as_str())
            };
            assert!(!seen.first(s), "{i}");
        }
    }
}
