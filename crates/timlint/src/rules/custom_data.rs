//! Custom data: AppDefinedData (group) and AppMemberDefinedData (member), Key/Value lists.

use std::borrow::Cow;

use super::group_type::GroupType;
use super::shape::{Want, expect, missing_required};
use super::{Ctx, Loc, rule};
use crate::json::Kind;
use crate::model::{Group, KV_FIELDS, KvSlot, Slot, Value};
use crate::suggest::did_you_mean;
use crate::text;

rule! {
    /// More custom-data entries than allowed.
    ///
    /// ## What it does
    /// AppDefinedData holds at most 10 entries; each member's AppMemberDefinedData at most 5
    /// (options `groupCustomFields`, `memberCustomFields`).
    pub TOO_MANY_CUSTOM_FIELDS = "too-many-custom-fields", Error, Some(10004);

    /// A custom-data Key is not 1 to 16 bytes of letters, digits and `_`.
    ///
    /// ## Example
    /// The REST page's own example has `"Key": " GroupTestData2"`: the leading space makes
    /// the key invalid; the help offers `GroupTestData2`.
    pub CUSTOM_KEY_INVALID = "custom-key-invalid", Error, Some(10004);

    /// The same Key twice in one custom-data list.
    pub DUPLICATE_CUSTOM_KEY = "duplicate-custom-key", Error, Some(10004);

    /// A custom-data Value is too long: 512 bytes for the group, 64 for a member.
    ///
    /// ## What it does
    /// Values may hold any characters, `\u0000` included; only their UTF-8 length counts.
    pub CUSTOM_VALUE_TOO_LONG = "custom-value-too-long", Error, Some(10004);

    /// Member custom data on a group type without members at creation (AVChatRoom, BChatRoom).
    pub MEMBER_CUSTOM_DATA_NOT_ALLOWED = "member-custom-data-not-allowed", Error, Some(10004);

    /// A Key that is not among the keys enabled in the console.
    ///
    /// ## What it does
    /// Checked only when the caller lists the enabled keys (`--group-keys`,
    /// `--member-keys`). Custom keys must be enabled in the IM console first; otherwise the
    /// server answers 10004 "all defined key is invalid".
    pub UNCONFIGURED_CUSTOM_KEY = "unconfigured-custom-key", Error, Some(10004);
}

pub fn check_group(ctx: &mut Ctx<'_, '_>, g: &Group, _ty: Option<GroupType>) {
    if let Some(v) = ctx.group(g, Slot::AppDefinedData) {
        check_list(ctx, v, &Loc::Root.key(v.name), false);
    }
}

/// Checks a Key/Value list; `member` picks the member limits and enabled keys.
pub fn check_list(ctx: &mut Ctx<'_, '_>, v: Value, loc: &Loc<'_>, member: bool) {
    if !expect(ctx, v, loc, &[Want::Array]) {
        return;
    }
    let l = ctx.limits;
    let (max_entries, max_value) = if member {
        (l.member_custom_fields, l.member_custom_value)
    } else {
        (l.group_custom_fields, l.group_custom_value)
    };
    let (name, count) = (v.name, ctx.doc.len(v.node));
    if count > max_entries {
        ctx.report(
            &TOO_MANY_CUSTOM_FIELDS,
            Some(v.node),
            loc,
            text!(
                "`{name}` has {count} entries; at most {max_entries} are allowed",
                "`{name}` 有 {count} 项；最多 {max_entries} 项"
            ),
        );
    }
    let doc = ctx.doc;
    let mut keys = super::Seen::with_capacity(count.min(max_entries + 1));
    // The keys enabled in the console, when the options name them.
    let opts = ctx.opts;
    let enabled = if member {
        opts.member_keys.as_deref()
    } else {
        opts.group_keys.as_deref()
    };
    let names = KV_FIELDS.specs.map(|f| f.name(ctx.dialect));
    for (i, item) in doc.items(v.node) {
        // Most entries are `{"Key": "k", "Value": "v"}` with nothing to say about them:
        // settle those without the general reading below (which says the same, and more).
        if let [Some(key_name), Some(value_name)] = names
            && let Some((key, value)) = doc.string_pair(item, key_name, value_name)
            && key_is_fine(key, ctx.limits.custom_key)
            && enabled.is_none_or(|e| e.iter().any(|k| k == key))
            && doc.str_len(value) <= max_value
            && keys.first(Cow::Borrowed(key))
        {
            continue;
        }
        let here = loc.index(i);
        if doc.kind(item) != Kind::Object {
            super::shape::entry_not_object(ctx, item, &here, name);
            continue;
        }
        let e = ctx.read_object(item, &here, &KV_FIELDS);
        match ctx.kv(&e, KvSlot::Key) {
            None => {
                let k = ctx.kv_name(KvSlot::Key);
                missing_required(ctx, item, &here, k);
            }
            Some(k) => {
                let kloc = here.key(k.name);
                if expect(ctx, k, &kloc, &[Want::String]) {
                    let key = doc.str(k.node);
                    check_key(ctx, k, &kloc, &key, enabled);
                    if !keys.first(key.clone()) {
                        ctx.report(
                            &DUPLICATE_CUSTOM_KEY,
                            Some(k.node),
                            &kloc,
                            text!(
                                "the key `{key}` appears more than once in `{name}`",
                                "键 `{key}` 在 `{name}` 中重复"
                            ),
                        );
                    }
                }
            }
        }
        match ctx.kv(&e, KvSlot::Value) {
            None => {
                let k = ctx.kv_name(KvSlot::Value);
                missing_required(ctx, item, &here, k);
            }
            Some(val) => {
                let vloc = here.key(val.name);
                if expect(ctx, val, &vloc, &[Want::String]) {
                    super::text::over_bytes(
                        ctx,
                        &CUSTOM_VALUE_TOO_LONG,
                        &vloc,
                        val.name,
                        val.node,
                        max_value,
                    );
                }
            }
        }
    }
}

/// The bytes a custom-data key may hold: letters, digits and `_`.
const KEY_BYTES: super::ByteClass = super::ByteClass::new(b"_");

/// A key the key rule does not report: 1 to `max` bytes of letters, digits and `_`.
fn key_is_fine(key: &str, max: usize) -> bool {
    (1..=max).contains(&key.len()) && KEY_BYTES.all(key)
}

fn check_key(
    ctx: &mut Ctx<'_, '_>,
    k: Value,
    loc: &Loc<'_>,
    key: &str,
    enabled: Option<&[String]>,
) {
    let max = ctx.limits.custom_key;
    let good = |s: &str| key_is_fine(s, max);
    if !good(key) {
        let cleaned: String = key
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        let shown = crate::suggest::quoted(key);
        let d = ctx.report(
            &CUSTOM_KEY_INVALID,
            Some(k.node),
            loc,
            text!(
                "the key {shown} must be 1 to {max} bytes of letters, digits and `_`",
                "键 {shown} 必须由 1 到 {max} 个字母、数字或 `_` 组成"
            ),
        );
        if good(&cleaned) {
            d.help = Some(text!("did you mean `{cleaned}`?", "是否想写 `{cleaned}`？"));
            d.suggestion = Some(cleaned);
        }
        return;
    }
    if let Some(enabled) = enabled {
        if !enabled.iter().any(|e| e == key) {
            let near = did_you_mean(key, enabled.iter().map(String::as_str)).map(str::to_string);
            let list = crate::suggest::join(enabled, ", ");
            let d = ctx.report(
                &UNCONFIGURED_CUSTOM_KEY,
                Some(k.node),
                loc,
                text!(
                    "the key `{key}` is not enabled in the console",
                    "键 `{key}` 未在控制台开通"
                ),
            );
            d.help = Some(match &near {
                Some(s) => text!(
                    "did you mean `{s}`? (enabled: {list})",
                    "是否想写 `{s}`？（已开通：{list}）"
                ),
                None => text!(
                    "enable it in the IM console first (enabled: {list})",
                    "请先在 IM 控制台开通（已开通：{list}）"
                ),
            });
            d.suggestion = near;
        }
    }
}
