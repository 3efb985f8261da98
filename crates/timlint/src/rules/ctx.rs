//! What every check gets (the document, the options, the dialect) and where it reports: the
//! diagnostic cap, rule levels, and the builders of fixes.

use crate::diagnostic::{Applicability, Diagnostic, Fix};
use crate::json::{Document, Kind, NodeId};
use crate::model::{
    FieldTable, Group, KV_FIELDS, Kv, KvSlot, MEMBER_FIELDS, Member, MemberSlot, SLOTS, Slot, Value,
};
use crate::options::{Dialect, Limits, Options};
use crate::pointer::Loc;

use super::apply_level;

#[doc(hidden)]
/// What every check gets: the document, the options, the dialect, and the output.
pub struct Ctx<'d, 'a> {
    pub doc: &'d Document<'a>,
    pub opts: &'d Options,
    pub limits: Limits,
    pub dialect: Dialect,
    /// The top-level fields of the call (`opts.api`).
    pub table: &'static FieldTable<SLOTS>,
    /// Where the fields of `table` sit: the root, or an object under it (the SDK's
    /// `topicInfo`).
    pub base: Loc<'static>,
    /// The dialect was picked by `auto`, not named by the caller.
    pub auto_detected: bool,
    pub out: Vec<Diagnostic>,
    /// Diagnostics past `max_diagnostics`: counted, not kept.
    pub omitted: usize,
    pub omitted_errors: usize,
}

impl Ctx<'_, '_> {
    /// The span of `node`, for [`Diagnostic::new`].
    pub fn span(&self, node: NodeId) -> Option<(usize, usize)> {
        Some(self.doc.span(node))
    }

    /// A fix that writes `text` as a JSON string in place of `node`, when `node` is a string.
    pub fn string_fix(
        &self,
        node: NodeId,
        text: &str,
        applicability: Applicability,
    ) -> Option<Fix> {
        if !matches!(self.doc.kind(node), Kind::String { .. }) {
            return None;
        }
        // The JSON writer's escaping (not suggest::quoted's, whose `format!` would bring the
        // formatting machinery into the npm package's wasm).
        let mut replacement = String::with_capacity(text.len() + 2);
        crate::write::write_str(&mut replacement, text);
        Some(Fix {
            span: self.doc.span(node),
            replacement,
            applicability,
        })
    }

    /// A fix that renames the key `key` of object `obj` to `name`, unless `obj` has that key
    /// already, or another of its keys is offered the same name (either rename would repeat
    /// it, and which value was meant is a guess): then neither is a fix.
    pub fn rename_fix(
        &mut self,
        obj: NodeId,
        key: NodeId,
        name: &str,
        applicability: Applicability,
    ) -> Option<Fix> {
        let doc = self.doc;
        if doc.members(obj).any(|(k, _)| doc.str(k) == name) {
            return None;
        }
        // An object's keys are read in one go, so the diagnostics on its other keys are the
        // last ones made within its span: the one offered `name` loses its fix too.
        let ((start, end), at) = (doc.span(obj), doc.span(key));
        let sibling = self
            .out
            .iter_mut()
            .rev()
            .take_while(|d| d.span.is_some_and(|(s, e)| start < s && e < end))
            .find(|d| d.span != Some(at) && d.suggestion.as_deref() == Some(name));
        if let Some(d) = sibling {
            d.fix = None;
            return None;
        }
        self.string_fix(key, name, applicability)
    }

    /// An unsafe fix that removes the member whose value is `value`, with its comma: from its
    /// key to the next key (so the next member takes its place and indentation), or, for the
    /// last member, from the comma before it. `None` when a comment sits in the way.
    pub fn removal_fix(&self, value: NodeId) -> Option<Fix> {
        if self.removes_the_last_change(value) {
            return None;
        }
        let src = self.doc.src.as_bytes();
        let ((start, _), (_, end)) = (self.doc.span(value - 1), self.doc.span(value));
        let skip_ws = |mut i: usize| {
            while src.get(i).is_some_and(u8::is_ascii_whitespace) {
                i += 1;
            }
            i
        };
        let after = skip_ws(end);
        let span = match src.get(after) {
            Some(b',') => (start, skip_ws(after + 1)),
            Some(b'}') => {
                let mut before = start;
                while before > 0 && src[before - 1].is_ascii_whitespace() {
                    before -= 1;
                }
                match src.get(before.wrapping_sub(1)) {
                    Some(b',') => (before - 1, end),
                    Some(b'{') => (start, end),
                    _ => return None,
                }
            }
            _ => return None,
        };
        Some(Fix {
            span,
            replacement: String::new(),
            applicability: Applicability::Unsafe,
        })
    }

    /// Whether removing the top-level field of `value` would leave a modify call with nothing
    /// to change (`empty-update`): then the removal is no fix; the call itself is.
    fn removes_the_last_change(&self, value: NodeId) -> bool {
        if self.opts.api != crate::options::Api::ModifyGroup {
            return false;
        }
        let doc = self.doc;
        let changes = super::calls::CHANGES.map(|s| self.table.name(s as usize, self.dialect));
        !doc.members(0)
            .any(|(k, v)| v != value && changes.contains(&&*doc.str(k)))
    }

    /// A group field's value, or `None` when absent or `null`.
    pub fn group(&self, g: &Group, slot: Slot) -> Option<Value> {
        g.get(self.doc, self.table, slot as usize, self.dialect)
    }

    pub fn member(&self, m: &Member, slot: MemberSlot) -> Option<Value> {
        m.get(self.doc, &MEMBER_FIELDS, slot as usize, self.dialect)
    }

    pub fn kv(&self, e: &Kv, slot: KvSlot) -> Option<Value> {
        e.get(self.doc, &KV_FIELDS, slot as usize, self.dialect)
    }

    /// The name of a field in the payload's dialect (for messages about missing fields).
    pub fn group_name(&self, slot: Slot) -> &'static str {
        self.table.name(slot as usize, self.dialect)
    }

    pub fn member_name(&self, slot: MemberSlot) -> &'static str {
        MEMBER_FIELDS.name(slot as usize, self.dialect)
    }

    pub fn kv_name(&self, slot: KvSlot) -> &'static str {
        KV_FIELDS.name(slot as usize, self.dialect)
    }

    /// Records a finished diagnostic at `loc` (its pointer); past `max_diagnostics` it is only
    /// counted (a hostile payload could make millions), and its pointer never made.
    pub fn report(&mut self, mut d: Diagnostic, loc: &Loc<'_>) {
        if !self.opts.rules.is_empty() && !apply_level(self.opts, &mut d) {
            return;
        }
        if self.out.len() < self.opts.max_diagnostics {
            d.pointer = loc.pointer();
            if self.out.capacity() == 0 {
                // Room for a typical invalid payload's diagnostics at once, not 4, 8, 16.
                self.out.reserve(16.min(self.opts.max_diagnostics));
            }
            self.out.push(d);
        } else {
            self.omitted += 1;
            self.omitted_errors += usize::from(d.is_error());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::Document;

    /// The removal of an object's only member leaves its braces (today's callers remove group
    /// fields judged against `Type`, so a payload never gives them an only member).
    #[test]
    fn removing_an_only_member_leaves_the_braces() {
        let opts = Options::default();
        for (src, want) in [(r#"{"a": 1}"#, "{}"), ("{ \"a\": [1] }", "{  }")] {
            let doc = Document::parse_into(src, Vec::new(), 64).unwrap();
            let ctx = Ctx {
                doc: &doc,
                opts: &opts,
                limits: opts.resolved_limits(),
                dialect: Dialect::Rest,
                table: &crate::model::GROUP_FIELDS,
                base: Loc::Root,
                auto_detected: false,
                out: Vec::new(),
                omitted: 0,
                omitted_errors: 0,
            };
            let (_, value) = doc.members(0).next().unwrap();
            let fix = ctx.removal_fix(value).expect(src);
            assert_eq!(Fix::apply_all(src, [&fix]).0, want, "{src}");
        }
    }
}
