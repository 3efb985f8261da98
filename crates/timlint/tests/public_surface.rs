//! The public surface of `timlint`, as a reviewed snapshot: `tests/public-api.txt` lists every
//! public item of the crate's source with its signature (functions without bodies, structs
//! with their public fields, enums with their variants, derives and serde attributes, trait
//! impls, re-exports, the statics the `rule!` and `messages!` macros declare, other macro
//! invocations whole). A change to any of it fails this test, with the lines that differ;
//! after a deliberate change, `TIMLINT_BLESS=1 cargo test -p timlint --test public_surface`
//! rewrites the snapshot, and the diff of `public-api.txt` is the API change to review
//! (removed or changed lines break users).
//!
//! It reads the source with syn, on the stable toolchain and offline: the compiler's own view
//! (rustdoc's JSON, as `cargo public-api` and `cargo-semver-checks` read it) needs nightly or a
//! published baseline. What a source reading cannot see: auto traits (`Send`, `Sync`: checked
//! by `public_api.rs`), what a macro writes but for the names `NAME = …` it is given (other
//! invocations are shown whole, so a change to one shows), and types reachable only through a
//! private module. Modules and items marked `#[doc(hidden)]` (`json`, `model`) are not part of
//! the API and are left out, as are `#[cfg(test)]` ones.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use proc_macro2::TokenTree;
use syn::{Attribute, Fields, ImplItem, Item, TraitItem, Visibility};

const SNAPSHOT: &str = "tests/public-api.txt";

/// One public item: its module, the type an impl is for, its text.
struct Entry {
    module: String,
    impl_for: Option<String>,
    text: String,
}

#[test]
fn the_public_surface_is_the_snapshot() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut entries = Vec::new();
    let lib = root.join("src/lib.rs");
    read_module("timlint", &lib, &parse(&lib).items, &mut entries);
    // Impls are kept for the types the surface names (not for private helpers).
    let public: HashSet<String> = entries
        .iter()
        .filter(|e| e.impl_for.is_none())
        .filter_map(|e| declared_name(&e.text))
        .collect();
    let mut out = String::from(
        "# The public API of the timlint crate (tests/public_surface.rs; a change fails it until\n\
         # `TIMLINT_BLESS=1 cargo test -p timlint --test public_surface` rewrites this file).\n",
    );
    let mut module = "";
    for e in &entries {
        if e.impl_for.as_ref().is_some_and(|t| !public.contains(t)) {
            continue;
        }
        if e.module != module {
            module = &e.module;
            out.push_str(&format!("\n## {module}\n"));
        }
        out.push_str(&e.text);
        if !e.text.ends_with('\n') {
            out.push('\n');
        }
    }
    let path = root.join(SNAPSHOT);
    if std::env::var_os("TIMLINT_BLESS").is_some() {
        std::fs::write(&path, &out).unwrap();
        return;
    }
    let old = std::fs::read_to_string(&path).unwrap_or_default();
    if old != out {
        panic!(
            "the public API differs from {SNAPSHOT}:\n{}\nIf the change is meant, run \
             `TIMLINT_BLESS=1 cargo test -p timlint --test public_surface` and review the diff.",
            line_diff(&old, &out)
        );
    }
}

/// The snapshot is not a test that cannot fail: a changed signature, a removed variant and a
/// changed serde name each change the text.
#[test]
fn a_change_to_an_item_changes_its_text() {
    let render = |src: &str| {
        let file: syn::File = syn::parse_str(src).unwrap();
        let mut entries = Vec::new();
        read_module("m", Path::new("m.rs"), &file.items, &mut entries);
        entries.into_iter().map(|e| e.text).collect::<String>()
    };
    let base = render(
        "/// Docs do not count.\n#[derive(Serialize)] pub enum E { #[serde(rename = \"a\")] A, B }\n\
         pub fn f(x: u8) -> u8 { x }\nfn private() {}\npub struct S { pub a: u8, b: u8 }",
    );
    assert!(base.contains("pub fn f(x: u8) -> u8"), "{base}");
    assert!(
        !base.contains("fn private") && !base.contains("Docs"),
        "{base}"
    );
    assert!(!base.contains("b: u8"), "{base}");
    assert!(base.contains("private fields"), "{base}");
    for changed in [
        "#[derive(Serialize)] pub enum E { #[serde(rename = \"b\")] A, B }\npub fn f(x: u8) -> u8 { x }\npub struct S { pub a: u8, b: u8 }",
        "#[derive(Serialize)] pub enum E { #[serde(rename = \"a\")] A }\npub fn f(x: u8) -> u8 { x }\npub struct S { pub a: u8, b: u8 }",
        "#[derive(Serialize)] pub enum E { #[serde(rename = \"a\")] A, B }\npub fn f(x: u16) -> u8 { 0 }\npub struct S { pub a: u8, b: u8 }",
        "#[derive(Serialize)] pub enum E { #[serde(rename = \"a\")] A, B }\npub fn f(x: u8) -> u8 { x }\npub struct S { a: u8, b: u8 }",
        "#[derive(Serialize, Clone)] pub enum E { #[serde(rename = \"a\")] A, B }\npub fn f(x: u8) -> u8 { x }\npub struct S { pub a: u8, b: u8 }",
        "#[derive(Serialize)] pub enum E { #[serde(rename = \"a\")] A, B(u8) }\npub fn f(x: u8) -> u8 { x }\npub struct S { pub a: u8, b: u8 }",
    ] {
        assert_ne!(render(changed), base, "{changed}");
    }
    // What is not API (docs, bodies, private items and fields) does not count.
    let same = render(
        "#[derive(Serialize)] pub enum E { #[serde(rename = \"a\")] A, B }\n\
         /// Other docs.\npub fn f(x: u8) -> u8 { x + 1 }\nfn private2() {}\npub struct S { pub a: u8, c: String }",
    );
    assert_eq!(same, base);
}

fn parse(path: &Path) -> syn::File {
    let src = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    syn::parse_file(&src).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Appends the public items of a module (`items`, read from `file`) to `out`.
fn read_module(module: &str, file: &Path, items: &[Item], out: &mut Vec<Entry>) {
    let mut push = |text: String, impl_for: Option<String>| {
        out.push(Entry {
            module: module.to_string(),
            impl_for,
            text,
        })
    };
    let mut submodules = Vec::new();
    for item in items {
        if hidden(item_attrs(item)) {
            continue;
        }
        match item {
            Item::Mod(m) if public(&m.vis) => submodules.push(m.clone()),
            Item::Impl(i) => {
                let mut i = i.clone();
                let self_ty = type_name(&i.self_ty);
                if i.trait_.is_some() {
                    i.items.clear();
                } else {
                    i.items.retain(|it| match it {
                        ImplItem::Fn(f) => public(&f.vis) && !hidden(&f.attrs),
                        ImplItem::Const(c) => public(&c.vis) && !hidden(&c.attrs),
                        ImplItem::Type(t) => public(&t.vis) && !hidden(&t.attrs),
                        _ => false,
                    });
                    if i.items.is_empty() {
                        continue;
                    }
                }
                strip(&mut i.attrs);
                for it in &mut i.items {
                    match it {
                        ImplItem::Fn(f) => {
                            strip(&mut f.attrs);
                            f.block = syn::parse_quote!({});
                        }
                        ImplItem::Const(c) => {
                            strip(&mut c.attrs);
                            c.expr = syn::parse_quote!(_);
                        }
                        ImplItem::Type(t) => strip(&mut t.attrs),
                        _ => {}
                    }
                }
                push(pretty(Item::Impl(i)), self_ty);
            }
            Item::Macro(m) => {
                let name = m.mac.path.segments.last().map(|s| s.ident.to_string());
                if let Some(defined) = &m.ident {
                    // A `macro_rules!` definition: public only when exported.
                    if m.attrs.iter().any(|a| a.path().is_ident("macro_export")) {
                        push(format!("macro_rules! {defined}\n"), None);
                    }
                } else if let Some(name) = name {
                    // An invocation: the names it declares (`NAME = …` at its top level,
                    // as `rule!` and `messages!` do), else the whole invocation (which may
                    // write impls: `string_enum_schema!`).
                    let names = declared_by_macro(&m.mac.tokens);
                    let body = if names.is_empty() {
                        format!("{}\n", m.mac.tokens)
                    } else {
                        names.iter().map(|n| format!("{n},\n")).collect()
                    };
                    let body: String = body.lines().map(|l| format!("    {l}\n")).collect();
                    push(format!("{name}! {{\n{body}}}\n"), None);
                }
            }
            other => {
                if let Some(text) = public_item(other) {
                    push(text, None);
                }
            }
        }
    }
    for m in submodules {
        let path = format!("{module}::{}", m.ident);
        match &m.content {
            Some((_, items)) => read_module(&path, file, items, out),
            None => {
                let file = module_file(file, &m.ident.to_string());
                read_module(&path, &file, &parse(&file).items, out);
            }
        }
    }
}

/// The text of a public item other than a module, an impl or a macro.
fn public_item(item: &Item) -> Option<String> {
    let mut item = item.clone();
    let mut private_fields = false;
    match &mut item {
        Item::Const(c) if public(&c.vis) => {
            strip(&mut c.attrs);
            *c.expr = syn::parse_quote!(_);
        }
        Item::Static(s) if public(&s.vis) => {
            strip(&mut s.attrs);
            *s.expr = syn::parse_quote!(_);
        }
        Item::Fn(f) if public(&f.vis) => {
            strip(&mut f.attrs);
            *f.block = syn::parse_quote!({});
        }
        Item::Struct(s) if public(&s.vis) => {
            strip(&mut s.attrs);
            private_fields = strip_fields(&mut s.fields);
        }
        Item::Enum(e) if public(&e.vis) => {
            strip(&mut e.attrs);
            // A variant's fields are as public as the enum.
            for v in &mut e.variants {
                strip(&mut v.attrs);
                for f in v.fields.iter_mut() {
                    strip(&mut f.attrs);
                }
            }
        }
        Item::Trait(t) if public(&t.vis) => {
            strip(&mut t.attrs);
            for it in &mut t.items {
                match it {
                    TraitItem::Fn(f) => {
                        strip(&mut f.attrs);
                        f.default = None;
                    }
                    TraitItem::Const(c) => {
                        strip(&mut c.attrs);
                        c.default = None;
                    }
                    TraitItem::Type(t) => strip(&mut t.attrs),
                    _ => {}
                }
            }
        }
        Item::Type(t) if public(&t.vis) => strip(&mut t.attrs),
        Item::Use(u) if public(&u.vis) => strip(&mut u.attrs),
        Item::Union(u) if public(&u.vis) => {
            strip(&mut u.attrs);
            let mut fields = Fields::Named(u.fields.clone());
            private_fields = strip_fields(&mut fields);
            if let Fields::Named(f) = fields {
                u.fields = f;
            }
        }
        _ => return None,
    }
    let mut text = pretty(item);
    if private_fields {
        text.push_str("// and private fields\n");
    }
    Some(text)
}

/// Drops the fields that are not public (a tuple struct's keep their places, as `_`); says
/// whether there were any.
fn strip_fields(fields: &mut Fields) -> bool {
    let mut private = false;
    match fields {
        Fields::Named(f) => {
            let before = f.named.len();
            f.named = std::mem::take(&mut f.named)
                .into_iter()
                .filter(|field| public(&field.vis))
                .collect();
            private = f.named.len() != before;
        }
        Fields::Unnamed(f) => {
            for field in &mut f.unnamed {
                if !public(&field.vis) {
                    private = true;
                    field.ty = syn::parse_quote!(_);
                }
            }
        }
        Fields::Unit => {}
    }
    for field in fields.iter_mut() {
        strip(&mut field.attrs);
    }
    private
}

fn public(vis: &Visibility) -> bool {
    matches!(vis, Visibility::Public(_))
}

fn item_attrs(item: &Item) -> &[Attribute] {
    match item {
        Item::Const(i) => &i.attrs,
        Item::Enum(i) => &i.attrs,
        Item::Fn(i) => &i.attrs,
        Item::Impl(i) => &i.attrs,
        Item::Macro(i) => &i.attrs,
        Item::Mod(i) => &i.attrs,
        Item::Static(i) => &i.attrs,
        Item::Struct(i) => &i.attrs,
        Item::Trait(i) => &i.attrs,
        Item::Type(i) => &i.attrs,
        Item::Union(i) => &i.attrs,
        Item::Use(i) => &i.attrs,
        _ => &[],
    }
}

/// `#[doc(hidden)]` or `#[cfg(test)]`: not part of the API.
fn hidden(attrs: &[Attribute]) -> bool {
    attrs.iter().any(|a| {
        let tokens = match &a.meta {
            syn::Meta::List(l) => l.tokens.to_string(),
            _ => return false,
        };
        (a.path().is_ident("doc") && tokens == "hidden")
            || (a.path().is_ident("cfg") && tokens == "test")
    })
}

/// Keeps the attributes that are part of the API (derives, serde and schemars names,
/// `non_exhaustive`, `repr`, `cfg`, `must_use`); drops docs and lint settings.
fn strip(attrs: &mut Vec<Attribute>) {
    const KEEP: [&str; 7] = [
        "derive",
        "serde",
        "schemars",
        "non_exhaustive",
        "repr",
        "cfg",
        "must_use",
    ];
    attrs.retain(|a| KEEP.iter().any(|k| a.path().is_ident(k)));
}

fn pretty(item: Item) -> String {
    prettyplease::unparse(&syn::File {
        shebang: None,
        attrs: Vec::new(),
        items: vec![item],
    })
}

/// The last path segment of an impl's self type (`Report` for `crate::Report<'a>`).
fn type_name(ty: &syn::Type) -> Option<String> {
    match ty {
        syn::Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        syn::Type::Reference(r) => type_name(&r.elem),
        _ => None,
    }
}

/// The name a `pub struct/enum/trait/type X` line declares.
fn declared_name(text: &str) -> Option<String> {
    text.lines().find_map(|line| {
        let rest = line.strip_prefix("pub ")?;
        let rest = ["struct ", "enum ", "trait ", "type ", "union "]
            .iter()
            .find_map(|k| rest.strip_prefix(k))?;
        let end = rest
            .find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap_or(rest.len());
        Some(rest[..end].to_string())
    })
}

/// The identifiers followed by `=` at the top level of a macro invocation's tokens.
fn declared_by_macro(tokens: &proc_macro2::TokenStream) -> Vec<String> {
    let tokens: Vec<TokenTree> = tokens.clone().into_iter().collect();
    let mut names = Vec::new();
    for pair in tokens.windows(2) {
        if let [TokenTree::Ident(name), TokenTree::Punct(p)] = pair
            && p.as_char() == '='
            && p.spacing() == proc_macro2::Spacing::Alone
        {
            names.push(name.to_string());
        }
    }
    names
}

/// The file of module `name` declared in `parent` (`x.rs` or `x/mod.rs`).
fn module_file(parent: &Path, name: &str) -> PathBuf {
    let stem = parent.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    let dir = if stem == "lib" || stem == "mod" {
        parent.parent().unwrap().to_path_buf()
    } else {
        parent.with_extension("")
    };
    let flat = dir.join(format!("{name}.rs"));
    if flat.exists() {
        flat
    } else {
        dir.join(name).join("mod.rs")
    }
}

/// The lines only in `old` (`-`) and only in `new` (`+`), each with its module.
fn line_diff(old: &str, new: &str) -> String {
    let with_module = |text: &str| -> Vec<String> {
        let mut module = String::new();
        let mut lines = Vec::new();
        for line in text.lines() {
            if let Some(m) = line.strip_prefix("## ") {
                module = m.to_string();
            } else if !line.trim().is_empty() {
                lines.push(format!("{module}: {line}"));
            }
        }
        lines
    };
    let (old, new) = (with_module(old), with_module(new));
    let (old_set, new_set): (HashSet<&String>, HashSet<&String>) =
        (old.iter().collect(), new.iter().collect());
    let mut out = String::new();
    for l in old.iter().filter(|l| !new_set.contains(l)) {
        out.push_str(&format!("- {l}\n"));
    }
    for l in new.iter().filter(|l| !old_set.contains(l)) {
        out.push_str(&format!("+ {l}\n"));
    }
    out
}
