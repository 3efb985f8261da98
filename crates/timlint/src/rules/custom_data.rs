//! Custom data: AppDefinedData (group) and AppMemberDefinedData (member), Key/Value lists.

use std::borrow::Cow;

use super::shape::{expect, missing_required};
use super::{Ctx, Loc, common, rule};
use crate::diagnostic::{Applicability, Arg, Diagnostic, JsonType, server};
use crate::domain::GroupType;
use crate::json::Kind;
use crate::model::{Group, KV_FIELDS, KvSlot, Slot, Value};
use crate::suggest::did_you_mean;

rule! {
    /// More custom-data entries than allowed.
    ///
    /// ## What it does
    /// AppDefinedData holds at most {limit.groupCustomFields} entries; each member's AppMemberDefinedData at most {limit.memberCustomFields}
    /// (options `groupCustomFields`, `memberCustomFields`).
    ///
    /// Source: the custom-field section of the 群组系统 page (269/1502), linked from the REST
    /// create_group page (seed); reference sheet §5.
    // Custom data: `AppDefinedData` / `AppMemberDefinedData` in REST, `groupCustomField` /
    // `memberCustomField` in Web; the SDK's create-group parameters have none.
    pub TOO_MANY_CUSTOM_FIELDS = "too-many-custom-fields", Error, server(10004), dialects [Rest, Sdk, Web], messages {
        TOO_MANY_CUSTOM_FIELDS_MSG = "too-many-custom-fields":
            "`{field}` has {count} entries; at most {max} are allowed",
            "`{field}` 有 {count} 项；最多 {max} 项";
    }

    /// A custom-data Key is not 1 to {limit.customKey} bytes of letters, digits and `_`.
    ///
    /// ## Example
    /// The REST page's own example has `"Key": " GroupTestData2"`: the leading space makes
    /// the key invalid; the help offers `GroupTestData2`.
    ///
    /// Source: the custom-field section of the 群组系统 page (269/1502), linked from the REST
    /// create_group page (seed, whose example has the key " GroupTestData2"); reference sheet §5.
    pub CUSTOM_KEY_INVALID = "custom-key-invalid", Error, server(10004), dialects [Rest, Sdk, Web], messages {
        CUSTOM_KEY_INVALID_MSG = "custom-key-invalid":
            "the key {value:quoted} must be 1 to {max} bytes of letters, digits and `_`",
            "键 {value:quoted} 必须由 1 到 {max} 个字母、数字或 `_` 组成";
    }

    /// The same Key twice in one custom-data list.
    ///
    /// Source: reference sheet §5 (no page gives the server's answer; 10004, the default).
    pub DUPLICATE_CUSTOM_KEY = "duplicate-custom-key", Error, server(10004), dialects [Rest, Web], messages {
        DUPLICATE_CUSTOM_KEY_MSG = "duplicate-custom-key":
            "the key `{value}` appears more than once in `{field}`",
            "键 `{value}` 在 `{field}` 中重复";
    }

    /// A custom-data Value is too long: {limit.groupCustomValue} bytes for the group, {limit.memberCustomValue} for a member.
    ///
    /// ## What it does
    /// Values may hold any characters, `\u0000` included; only their UTF-8 length counts.
    ///
    /// Source: the custom-field section of the 群组系统 page (269/1502), linked from the REST
    /// create_group page (seed); reference sheet §5.
    pub CUSTOM_VALUE_TOO_LONG = "custom-value-too-long", Error, server(10004), dialects [Rest, Sdk, Web], messages {
        CUSTOM_VALUE_TOO_LONG_MSG = "custom-value-too-long":
            "`{field}` is {bytes} bytes ({chars} characters); the limit is {max} bytes (UTF-8)",
            "`{field}` 为 {bytes} 字节（{chars} 个字符），上限为 {max} 字节（UTF-8）";
        CUSTOM_VALUE_TOO_LONG_HELP = "custom-value-too-long.help":
            "the longest prefix that fits is {fits} bytes ({fitsChars} characters): {suggestion:quoted}",
            "能放下的最长前缀为 {fits} 字节（{fitsChars} 个字符）：{suggestion:quoted}";
    }

    /// Member custom data on a group type without members at creation (AVChatRoom, BChatRoom).
    ///
    /// ## What it does
    /// Not reported in the `web` dialect, where the Web SDK drops the whole `memberList` on
    /// these types (see `members-not-allowed`).
    ///
    /// Source: REST create_group page (seed) and the per-type table of reference sheet §3; Web
    /// SDK sources (sheet 9A).
    // The Web SDK drops an AVChatRoom's whole member list (sheet 9A), custom data and all.
    pub MEMBER_CUSTOM_DATA_NOT_ALLOWED = "member-custom-data-not-allowed", Error, server(10004), dialects [Rest], messages {
        MEMBER_CUSTOM_DATA_NOT_ALLOWED_MSG = "member-custom-data-not-allowed":
            "{type} groups have no member custom data (`{field}`)",
            "`{type}` 群不支持群成员自定义字段（`{field}`）";
    }

    /// A Key that is not among the keys enabled in the console.
    ///
    /// ## What it does
    /// Checked only when the caller lists the enabled keys (`--group-keys`,
    /// `--member-keys`). Custom keys must be enabled in the IM console first; otherwise the
    /// server answers 10004 "all defined key is invalid".
    ///
    /// Source: REST error codes (10004 "all defined key is invalid"); reference sheet §5.
    pub UNCONFIGURED_CUSTOM_KEY = "unconfigured-custom-key", Error, server(10004), dialects [Rest, Sdk, Web], messages {
        UNCONFIGURED_CUSTOM_KEY_MSG = "unconfigured-custom-key":
            "the key `{value}` is not enabled in the console",
            "键 `{value}` 未在控制台开通";
        UNCONFIGURED_CUSTOM_KEY_HELP = "unconfigured-custom-key.help":
            "enable it in the IM console first (enabled: {enabled})",
            "请先在 IM 控制台开通（已开通：{enabled}）";
        UNCONFIGURED_CUSTOM_KEY_DID_YOU_MEAN = "unconfigured-custom-key.did-you-mean":
            "did you mean `{suggestion}`? (enabled: {enabled})",
            "是否想写 `{suggestion}`？（已开通：{enabled}）";
    }
}

pub fn check_group(ctx: &mut Ctx<'_, '_>, g: &Group) {
    if let Some(v) = ctx.group(g, Slot::AppDefinedData) {
        check_data(ctx, v, &Loc::Root.key(v.name), false);
    }
}

/// Custom data as the dialect writes it: a Key/Value list (REST, Web), or the SDK's
/// `customInfo` map of keys to strings (modify calls; its pointers are `/customInfo/<key>`).
pub fn check_data(ctx: &mut Ctx<'_, '_>, v: Value, loc: &Loc<'_>, member: bool) {
    if ctx.dialect == crate::options::Dialect::Sdk {
        check_map(ctx, v, loc, member);
    } else {
        check_list(ctx, v, loc, member);
    }
}

/// The SDK's `customInfo`: an object of keys to string values.
fn check_map(ctx: &mut Ctx<'_, '_>, v: Value, loc: &Loc<'_>, member: bool) {
    if !expect(ctx, v, loc, &[JsonType::Object]) {
        return;
    }
    let l = ctx.limits;
    let (max_entries, max_value) = if member {
        (l.member_custom_fields, l.member_custom_value)
    } else {
        (l.group_custom_fields, l.group_custom_value)
    };
    let doc = ctx.doc;
    let count = doc.members(v.node).count();
    if count > max_entries {
        let d = Diagnostic::new(
            &TOO_MANY_CUSTOM_FIELDS,
            &TOO_MANY_CUSTOM_FIELDS_MSG,
            ctx.span(v.node),
        )
        .with("field", v.name)
        .with("count", count)
        .with("max", max_entries);
        ctx.report(d, loc);
    }
    let opts = ctx.opts;
    let enabled = if member {
        opts.member_keys.as_deref()
    } else {
        opts.group_keys.as_deref()
    };
    for (k, val) in doc.members(v.node) {
        let key = doc.str(k);
        let here = loc.key(&key);
        check_key(
            ctx,
            Value {
                node: k,
                name: v.name,
            },
            &here,
            &key,
            enabled,
        );
        let value = Value {
            node: val,
            name: v.name,
        };
        if expect(ctx, value, &here, &[JsonType::String]) {
            let rule = (
                &CUSTOM_VALUE_TOO_LONG,
                &CUSTOM_VALUE_TOO_LONG_MSG,
                &CUSTOM_VALUE_TOO_LONG_HELP,
            );
            super::text::over_bytes(ctx, rule, &here, v.name, val, max_value);
        }
    }
}

/// A member's custom data: refused on types without members, then checked as a list.
pub fn check_member_data(ctx: &mut Ctx<'_, '_>, c: Value, loc: &Loc<'_>, ty: Option<GroupType>) {
    // The Web SDK drops the whole memberList on these types (`members-not-allowed` says so).
    let dropped = ctx.dialect == crate::options::Dialect::Web;
    if let Some(t) = ty.filter(|t| !t.allows_members() && !dropped) {
        let d = Diagnostic::new(
            &MEMBER_CUSTOM_DATA_NOT_ALLOWED,
            &MEMBER_CUSTOM_DATA_NOT_ALLOWED_MSG,
            ctx.span(c.node),
        )
        .with("type", t.spelling(ctx.dialect))
        .with("field", c.name);
        ctx.report(d, loc);
    }
    check_list(ctx, c, loc, true);
}

/// Checks a Key/Value list; `member` picks the member limits and enabled keys.
fn check_list(ctx: &mut Ctx<'_, '_>, v: Value, loc: &Loc<'_>, member: bool) {
    if !expect(ctx, v, loc, &[JsonType::Array]) {
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
        let d = Diagnostic::new(
            &TOO_MANY_CUSTOM_FIELDS,
            &TOO_MANY_CUSTOM_FIELDS_MSG,
            ctx.span(v.node),
        )
        .with("field", name)
        .with("count", count)
        .with("max", max_entries);
        ctx.report(d, loc);
    }
    let doc = ctx.doc;
    let mut keys = crate::seen::Seen::with_capacity(count.min(max_entries + 1));
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
                if expect(ctx, k, &kloc, &[JsonType::String]) {
                    let key = doc.str(k.node);
                    check_key(ctx, k, &kloc, &key, enabled);
                    if !keys.first(key.clone()) {
                        let d = Diagnostic::new(
                            &DUPLICATE_CUSTOM_KEY,
                            &DUPLICATE_CUSTOM_KEY_MSG,
                            ctx.span(k.node),
                        )
                        .with("value", key.into_owned())
                        .with("field", name);
                        ctx.report(d, &kloc);
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
                if expect(ctx, val, &vloc, &[JsonType::String]) {
                    super::text::over_bytes(
                        ctx,
                        (
                            &CUSTOM_VALUE_TOO_LONG,
                            &CUSTOM_VALUE_TOO_LONG_MSG,
                            &CUSTOM_VALUE_TOO_LONG_HELP,
                        ),
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
const KEY_BYTES: super::ids::ByteClass = super::ids::ByteClass::new(b"_");

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
    let span = ctx.span(k.node);
    if !key_is_fine(key, max) {
        let cleaned: String = key
            .chars()
            .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
            .collect();
        let d = Diagnostic::new(&CUSTOM_KEY_INVALID, &CUSTOM_KEY_INVALID_MSG, span)
            .with("value", key.to_string())
            .with("max", max);
        let d = if key_is_fine(&cleaned, max) {
            let fix = ctx.string_fix(k.node, &cleaned, Applicability::Unsafe);
            d.help(&common::DID_YOU_MEAN).suggest(cleaned).fix(fix)
        } else {
            d
        };
        ctx.report(d, loc);
        return;
    }
    let Some(enabled) = enabled.filter(|e| !e.iter().any(|e| e == key)) else {
        return;
    };
    let near = did_you_mean(key, enabled.iter().map(String::as_str)).map(str::to_string);
    let list = Arg::List(enabled.iter().map(|k| k.clone().into()).collect());
    let d = Diagnostic::new(&UNCONFIGURED_CUSTOM_KEY, &UNCONFIGURED_CUSTOM_KEY_MSG, span)
        .with("value", key.to_string())
        .with("enabled", list);
    let d = match near {
        Some(s) => {
            let fix = ctx.string_fix(k.node, &s, Applicability::Safe);
            d.help(&UNCONFIGURED_CUSTOM_KEY_DID_YOU_MEAN)
                .suggest(s)
                .fix(fix)
        }
        None => d.help(&UNCONFIGURED_CUSTOM_KEY_HELP),
    };
    ctx.report(d, loc);
}
