//! Where a value sits in a payload, built as the rules walk it and turned into an RFC 6901
//! JSON Pointer only for a diagnostic.

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

    /// The RFC 6901 JSON Pointer (`~` and `/` escaped as `~0` and `~1`), in one allocation.
    pub fn pointer(&self) -> String {
        let mut out = String::with_capacity(self.len());
        self.write(&mut out);
        out
    }

    /// About the pointer's length (exact but for escapes and indices of more than 4 digits).
    fn len(&self) -> usize {
        match self {
            Loc::Root => 0,
            Loc::Key(parent, k) => parent.len() + 1 + k.len(),
            Loc::Index(parent, _) => parent.len() + 5,
        }
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
                parent.write(out);
                out.push('/');
                crate::write::write_u64(out, *i as u64);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A pointer is made in one allocation of its length (exact without escapes, and for
    /// indices of up to 4 digits).
    #[test]
    fn pointers_are_allocated_at_their_length() {
        let root = Loc::Root;
        let list = root.key("MemberList");
        let item = list.index(1234);
        let field = item.key("Member_Account");
        for loc in [list, item, field] {
            let p = loc.pointer();
            assert_eq!(p.capacity(), p.len(), "{p}");
        }
        assert_eq!(field.pointer(), "/MemberList/1234/Member_Account");
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
}
