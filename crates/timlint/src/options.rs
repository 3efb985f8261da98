//! What a caller can tune: dialect, limits (by preset and one by one), plan, enabled custom
//! keys, language and the guards against hostile input. The same shape is read from the CLI's
//! `--config` file and from the npm package's `options` argument (camelCase keys).
//!
//! Each option and each vocabulary is declared once, below (`options!`, `limits!`,
//! `vocabulary!`): its JSON name, CLI flag, type, default per preset, doc line and names.
//! The structs, the JSON reader, the CLI's flags ([`OPTIONS`], [`LIMITS`], [`Options::set_flag`])
//! and the generated TypeScript types, README table, JSON Schema and `pkg/options.js` all come
//! from those declarations (docs/contributing.md, "Adding an option").

use serde::{Deserialize, Serialize};

use crate::json::{Document, Kind, NodeId, SyntaxErrorKind};

/// `$b`: repeats `$b` once for each `$a` in a macro's repetition.
macro_rules! second {
    ($a:tt, $b:expr) => {
        $b
    };
}

pub(crate) use second;

/// `$a`: the first of its arguments, for a value that defaults to another.
macro_rules! first {
    ($a:expr $(, $b:expr)*) => {
        $a
    };
}

/// `Some($a)`, or `None` without one.
macro_rules! some {
    () => {
        None
    };
    ($a:expr) => {
        Some($a)
    };
}

/// Declares a vocabulary: an enum whose values each have a name (serde's, the reader's, the
/// CLI's) and, after `|`, other names it is also read by.
macro_rules! vocabulary {
    (
        $(#[$meta:meta])*
        pub enum $name:ident $(fold $fold:ident)? {
            $( $(#[$vmeta:meta])* $variant:ident = $own:literal $(| $alias:literal)* ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, ::serde::Serialize, ::serde::Deserialize)]
        pub enum $name {
            $( $(#[$vmeta])* #[serde(rename = $own $(, alias = $alias)*)] $variant, )+
        }

        impl $name {
            /// Every value, in order of declaration.
            pub const ALL: [$name; <[&str]>::len(&[$($own),+])] = [$($name::$variant),+];
            /// Every name read: each value's own (in the order of `ALL`), then the others.
            pub const NAMES: &'static [&'static str] = &[$($own,)+ $($($alias,)*)+];
            /// The value of each of `NAMES`.
            const BY_NAME: &'static [$name] =
                &[$($name::$variant,)+ $($($crate::options::second!($alias, $name::$variant),)*)+];

            /// The value's own name.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $own,)+
                }
            }

            /// The value of a name, its own or another (exactly as written, or as its `fold`
            /// function reads names alike).
            pub fn from_name(s: &str) -> Option<$name> {
                $( let folded = $fold(s); let s: &str = &folded; )?
                Self::NAMES
                    .iter()
                    .position(|n| { $( let n = &&*$fold(n); )? *n == s })
                    .map(|i| Self::BY_NAME[i])
            }
        }

        impl $crate::options::OptionValue for $name {
            const TYPE: $crate::options::ValueType = $crate::options::ValueType::Choice {
                values: &[$($own),+],
                aliases: &[$($(($alias, $own),)*)+],
                folded: false $(|| $crate::options::second!($fold, true))?,
            };

            #[inline(always)]
            fn read(
                r: &$crate::options::OptionsReader<'_, '_>,
                v: $crate::json::NodeId,
                path: &str,
            ) -> Result<Self, String> {
                if let Some(value) = r.string(v).and_then(|s| Self::from_name(&s)) {
                    return Ok(value);
                }
                Ok(Self::BY_NAME[r.choice(v, path, Self::NAMES)?])
            }

            fn parse_flag(flag: &str, values: &[&str]) -> Result<Self, String> {
                let value = values.last().copied().unwrap_or_default();
                Self::from_name(value).ok_or_else(|| {
                    let one_of = $crate::suggest::join(Self::NAMES, ", ");
                    let near = $crate::suggest::did_you_mean(value, Self::NAMES.iter().copied());
                    let mean = near.map_or(String::new(), |n| ["; did you mean `", n, "`?"].concat());
                    ["--", flag, " ", value, ": expected one of ", &one_of, &mean].concat()
                })
            }
        }
    };
}

/// Declares the limits: each with its JSON name, its value in each preset (`extended`: when
/// not the default's) and its CLI flag. Gives [`Limits`], [`LimitOverrides`] and [`LIMITS`].
macro_rules! limits {
    ($(
        $(#[doc = $doc:literal])*
        $field:ident $json:literal = $default:literal $(, extended $extended:literal)?
            $(, flag $flag:literal $(value $value_name:literal)?)?;
    )+) => {
        /// Every numeric limit the rules use, resolved from a preset and the overrides.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
        pub struct Limits {
            $( $(#[doc = $doc])* #[serde(rename = $json)] pub $field: usize, )+
        }

        impl Limits {
            /// The limits of a preset.
            pub const fn preset(preset: Preset) -> Limits {
                match preset {
                    Preset::Default => Limits { $($field: $default,)+ },
                    Preset::Extended => Limits { $($field: first!($($extended,)? $default),)+ },
                }
            }

            /// The limit of a JSON name (`name`, `faceUrl`, `members`, …).
            pub fn get(&self, name: &str) -> Option<usize> {
                let i = LimitOverrides::FIELDS.iter().position(|n| *n == name)?;
                [$(self.$field),+].get(i).copied()
            }

            /// The limits as compact JSON with camelCase keys, what `serde_json::to_string`
            /// gives (the npm package's `limits()`).
            pub fn to_json(&self) -> String {
                let mut out = String::new();
                let mut o = crate::write::ObjectWriter::new(&mut out);
                for (name, value) in LimitOverrides::FIELDS.iter().zip([$(self.$field),+]) {
                    o.u64(name, value as u64);
                }
                o.end();
                out
            }
        }

        /// Per-limit overrides on top of the preset; `None` keeps the preset's value.
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
        #[serde(deny_unknown_fields, default)]
        pub struct LimitOverrides {
            $(
                #[doc = concat!("Overrides [`Limits::", stringify!($field), "`].")]
                #[serde(rename = $json)]
                pub $field: Option<usize>,
            )+
        }

        impl LimitOverrides {
            /// The JSON names, in order.
            const FIELDS: &'static [&'static str] = &[$($json),+];
            /// The overrides of an array in the order of `FIELDS`.
            fn from_array([$($field),+]: [Option<usize>; Self::FIELDS.len()]) -> Self {
                LimitOverrides { $($field),+ }
            }

            /// Puts each override in `l`.
            fn apply(&self, l: &mut Limits) {
                $(
                    if let Some(v) = self.$field {
                        l.$field = v;
                    }
                )+
            }

            /// [`Options::set_flag`] for the limits' flags; `None`: not one of theirs.
            fn set_flag(&mut self, flag: &str, values: &[&str]) -> Option<Result<(), String>> {
                match flag {
                    $($($flag => Some(self.$field.set_flag(flag, values)),)?)+
                    _ => None,
                }
            }
        }

        /// Every limit as declared, in the order of [`Limits`] (the `limits` option's keys).
        pub const LIMITS: &[OptionInfo] = &[$(
            OptionInfo {
                name: $json,
                parent: Some("limits"),
                flag: some!($($flag)?),
                value_name: some!($($($value_name)?)?),
                doc: concat!($($doc, "\n"),*),
                value: ValueType::Count,
                nullable: true,
            }
        ),+];
    };
}

/// Declares the options: each with its JSON name, type, default and CLI flag (`with`: a serde
/// module for the field). Gives [`Options`], its reader's table and [`OPTIONS`].
macro_rules! options {
    ($(
        $(#[doc = $doc:literal])*
        $field:ident $json:literal: $ty:ty = $default:expr $(, with $with:literal)?
            $(, flag $flag:literal $(value $value_name:literal)?)?;
    )+) => {
        /// Everything that changes a verdict or its wording.
        #[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
        #[serde(deny_unknown_fields, default)]
        pub struct Options {
            $(
                $(#[doc = $doc])*
                #[serde(rename = $json $(, with = $with)?)]
                pub $field: $ty,
            )+
        }

        impl Default for Options {
            fn default() -> Self {
                Options { $($field: $default,)+ }
            }
        }

        impl Options {
            /// The JSON names, in order.
            const FIELDS: &'static [&'static str] = &[$($json),+];
            /// Reads field `i` of `FIELDS` from `v`.
            fn read_field(
                &mut self,
                i: usize,
                r: &OptionsReader<'_, '_>,
                v: NodeId,
                path: &str,
            ) -> Result<(), String> {
                let mut k = 0;
                $(
                    if i == k {
                        self.$field = OptionValue::read(r, v, path)?;
                    }
                    k += 1;
                )+
                let _ = k;
                Ok(())
            }

            /// Sets the option of a CLI flag (its name without the dashes, as in [`OPTIONS`]
            /// and [`LIMITS`]) from the flag's values, as the CLI does over an options file:
            /// the last value of a flag given more than once, every value of a list (its
            /// items), each `ID=LEVEL` of `rule` over the levels already set. `Ok(false)`:
            /// no option has this flag; `Err`: a value the flag does not take.
            pub fn set_flag(&mut self, flag: &str, values: &[&str]) -> Result<bool, String> {
                match flag {
                    $($($flag => self.$field.set_flag(flag, values)?,)?)+
                    _ => match self.limits.set_flag(flag, values) {
                        Some(set) => set?,
                        None => return Ok(false),
                    },
                }
                Ok(true)
            }
        }

        /// Every option as declared, in the order of [`Options`] (the keys of its JSON).
        pub const OPTIONS: &[OptionInfo] = &[$(
            OptionInfo {
                name: $json,
                parent: None,
                flag: some!($($flag)?),
                value_name: some!($($($value_name)?)?),
                doc: concat!($($doc, "\n"),*),
                value: <$ty as OptionValue>::TYPE,
                nullable: <$ty as OptionValue>::NULLABLE,
            }
        ),+];
    };
}

/// What an option's value is: what the generated docs, JSON Schema and CLI flags say of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ValueType {
    /// One of `values` (a vocabulary's own names), or of `aliases`, other names a value is
    /// also read by (`("体验版", "trial")`).
    Choice {
        /// Each value's own name.
        values: &'static [&'static str],
        /// (another name, the value's own).
        aliases: &'static [(&'static str, &'static str)],
        /// Names are read alike whatever their case, `-` or `_`, and a path before the last
        /// `/` (`api`: `v4/group_open_http_svc/modify_group_base_info`).
        folded: bool,
    },
    /// A non-negative integer.
    Count,
    /// An array of strings (as a flag: comma-separated).
    Strings,
    /// An object of rule IDs and levels (as a flag: `ID=LEVEL`, repeatable).
    Levels,
    /// An object of limits, each optional ([`LIMITS`]).
    Limits,
}

/// One option as declared (`options!` and `limits!` in options.rs).
#[derive(Clone, Copy, Debug)]
#[non_exhaustive]
pub struct OptionInfo {
    /// Its key in JSON.
    pub name: &'static str,
    /// The key of the object it is in (`limits`), if not the options'.
    pub parent: Option<&'static str>,
    /// Its CLI flag without the dashes (`max-input-bytes`), when it has one.
    pub flag: Option<&'static str>,
    /// The flag's value in `--help` (`BYTES`), when not the flag's name in capitals.
    pub value_name: Option<&'static str>,
    /// Its doc comment, a line each.
    pub doc: &'static str,
    /// What its value is.
    pub value: ValueType,
    /// Whether `null` is a value ("not set").
    pub nullable: bool,
}

impl OptionInfo {
    /// Its default as JSON, in each preset where it differs from the one before:
    /// `[(Default, "30"), (Extended, "100")]` for the limit `name`, `[(Default, "\"rest\"")]`
    /// for `dialect` (only limits depend on the preset).
    pub fn defaults(&self) -> Vec<(Preset, String)> {
        let mut out: Vec<(Preset, String)> = Vec::new();
        for preset in Preset::ALL {
            let value = match self.parent {
                Some(_) => serde_json::to_value(Limits::preset(preset)),
                None if preset == Preset::default() => serde_json::to_value(Options::default()),
                None => break,
            };
            let value = value
                .ok()
                .and_then(|v| v.get(self.name).map(|v| v.to_string()));
            let value = value.unwrap_or_default();
            if out.last().is_none_or(|(_, last)| *last != value) {
                out.push((preset, value));
            }
        }
        out
    }

    /// The doc comment's first paragraph, on one line: what the docs, `--help` and the
    /// schema say of the option.
    pub fn summary(&self) -> String {
        let mut out = String::new();
        for line in self.doc.lines().map(str::trim) {
            if line.is_empty() {
                break;
            }
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(line);
        }
        out
    }
}

impl Options {
    /// The JSON Schema (draft 2020-12) of the options' JSON (an options file, the npm
    /// package's `options`), made from the declarations: for editors, by way of `$schema`.
    pub fn json_schema() -> serde_json::Value {
        let mut properties = serde_json::Map::new();
        properties.insert(
            "$schema".into(),
            serde_json::json!({
                "type": "string",
                "description": "The JSON Schema of this file, for editors; timlint passes over it."
            }),
        );
        for o in OPTIONS {
            properties.insert(o.name.into(), o.json_schema());
        }
        serde_json::json!({
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "title": "timlint options",
            "description": "The options of timlint: a timlint.json, the CLI's --config file, the npm package's options. Every key is optional.",
            "type": "object",
            "properties": properties,
            "additionalProperties": false
        })
    }
}

impl OptionInfo {
    /// The JSON Schema of the option's value.
    fn json_schema(&self) -> serde_json::Value {
        use serde_json::{Value, json};
        let mut schema = match self.value {
            ValueType::Choice {
                values, aliases, ..
            } => {
                let names = values.iter().chain(aliases.iter().map(|a| &a.0));
                json!({ "enum": names.collect::<Vec<_>>() })
            }
            ValueType::Count => json!({ "type": "integer", "minimum": 0 }),
            ValueType::Strings => json!({ "type": "array", "items": { "type": "string" } }),
            ValueType::Levels => json!({
                "type": "object",
                "additionalProperties": { "enum": RuleLevel::NAMES }
            }),
            ValueType::Limits => {
                let limits: serde_json::Map<String, Value> = LIMITS
                    .iter()
                    .map(|l| (l.name.into(), l.json_schema()))
                    .collect();
                json!({ "type": "object", "properties": limits, "additionalProperties": false })
            }
        };
        if self.nullable {
            schema = json!({ "anyOf": [schema, { "type": "null" }] });
        }
        let defaults = self.defaults();
        let mut description = self.summary();
        if defaults.len() > 1 {
            let each: Vec<String> = (defaults.iter())
                .map(|(preset, value)| [preset.as_str(), " ", value].concat())
                .collect();
            let summary = description.strip_suffix('.').unwrap_or(&description);
            description = [summary, " (", &each.join(", "), ")."].concat();
        }
        if let Value::Object(map) = &mut schema {
            map.insert("description".into(), description.into());
            let default = defaults
                .first()
                .and_then(|(_, d)| serde_json::from_str(d).ok());
            if let Some(default) = default.filter(|d: &Value| d.is_string() || d.is_number()) {
                map.insert("default".into(), default);
            }
        }
        schema
    }
}

/// A type an option's value has: how it is read from JSON and from CLI flags.
pub(crate) trait OptionValue: Sized {
    const TYPE: ValueType;
    const NULLABLE: bool = false;

    /// The value of JSON value `v` (at `path`, for messages).
    fn read(r: &OptionsReader<'_, '_>, v: NodeId, path: &str) -> Result<Self, String>;

    /// The value of `--flag` given `values` (at least one).
    fn parse_flag(flag: &str, values: &[&str]) -> Result<Self, String>;

    /// Sets the value from `--flag`'s values.
    fn set_flag(&mut self, flag: &str, values: &[&str]) -> Result<(), String> {
        *self = Self::parse_flag(flag, values)?;
        Ok(())
    }
}

impl OptionValue for usize {
    const TYPE: ValueType = ValueType::Count;

    fn read(r: &OptionsReader<'_, '_>, v: NodeId, path: &str) -> Result<Self, String> {
        r.count(v, path)
    }

    fn parse_flag(flag: &str, values: &[&str]) -> Result<Self, String> {
        let value = values.last().copied().unwrap_or_default();
        value
            .parse()
            .map_err(|_| ["--", flag, " ", value, ": expected a non-negative integer"].concat())
    }
}

/// `null` is "not set".
impl<T: OptionValue> OptionValue for Option<T> {
    const TYPE: ValueType = T::TYPE;
    const NULLABLE: bool = true;

    #[inline(always)]
    fn read(r: &OptionsReader<'_, '_>, v: NodeId, path: &str) -> Result<Self, String> {
        match r.doc.kind(v) {
            Kind::Null => Ok(None),
            _ => T::read(r, v, path).map(Some),
        }
    }

    fn parse_flag(flag: &str, values: &[&str]) -> Result<Self, String> {
        T::parse_flag(flag, values).map(Some)
    }
}

impl OptionValue for Vec<String> {
    const TYPE: ValueType = ValueType::Strings;

    fn read(r: &OptionsReader<'_, '_>, v: NodeId, path: &str) -> Result<Self, String> {
        r.strings(v, path)
    }

    fn parse_flag(_: &str, values: &[&str]) -> Result<Self, String> {
        Ok(values.iter().map(|v| v.to_string()).collect())
    }
}

/// The `rules` option: a flag's `ID=LEVEL`s go over the levels already set.
impl OptionValue for Vec<(String, RuleLevel)> {
    const TYPE: ValueType = ValueType::Levels;

    fn read(r: &OptionsReader<'_, '_>, v: NodeId, path: &str) -> Result<Self, String> {
        r.levels(v, path)
    }

    fn parse_flag(flag: &str, values: &[&str]) -> Result<Self, String> {
        let mut rules = Vec::new();
        rules.set_flag(flag, values)?;
        Ok(rules)
    }

    fn set_flag(&mut self, flag: &str, values: &[&str]) -> Result<(), String> {
        for value in values {
            let level = value
                .split_once('=')
                .and_then(|(id, level)| Some((id, RuleLevel::from_name(level)?)));
            let Some((id, level)) = level else {
                let one_of = crate::suggest::join(RuleLevel::NAMES, ", ");
                return Err([
                    "--",
                    flag,
                    " ",
                    value,
                    ": expected ID=LEVEL, LEVEL one of ",
                    &one_of,
                ]
                .concat());
            };
            set_level(self, id, level);
        }
        Ok(())
    }
}

impl OptionValue for LimitOverrides {
    const TYPE: ValueType = ValueType::Limits;

    fn read(r: &OptionsReader<'_, '_>, v: NodeId, _: &str) -> Result<Self, String> {
        let mut l = [None; LimitOverrides::FIELDS.len()];
        r.object(v, "limits.", LimitOverrides::FIELDS, &mut |i, v, path| {
            l[i] = OptionValue::read(r, v, path)?;
            Ok(())
        })?;
        Ok(LimitOverrides::from_array(l))
    }

    fn parse_flag(flag: &str, _: &[&str]) -> Result<Self, String> {
        Err(["--", flag, ": the limits have a flag each"].concat())
    }
}

/// Gives rule `id` a level in `rules`, in place of one it had; the list stays in order of ID.
fn set_level(rules: &mut Vec<(String, RuleLevel)>, id: &str, level: RuleLevel) {
    match rules.binary_search_by(|(r, _)| r.as_str().cmp(id)) {
        Ok(i) => rules[i].1 = level,
        Err(i) => rules.insert(i, (id.to_string(), level)),
    }
}

// --- The vocabularies ---------------------------------------------------------------------------

vocabulary! {
    /// Which spelling of the payload to read.
    #[derive(Default)]
    pub enum Dialect {
        /// The REST API body: `Owner_Account`, `Type`, `Name`, …
        #[default]
        Rest = "rest",
        /// The Flutter / native SDK `createGroup` parameters: `groupType`, `groupName`, …
        Sdk = "sdk",
        /// The Web SDK `chat.createGroup(options)`: `type`, `name`, `avatar`, …
        Web = "web",
        /// Pick one of the three from the keys present.
        Auto = "auto",
    }
}

impl Dialect {
    /// The dialect of a name, as `as_str` gives it ([`Dialect::from_name`]).
    pub fn parse(s: &str) -> Option<Dialect> {
        Dialect::from_name(s)
    }
}

vocabulary! {
    /// Language of messages and help.
    #[derive(Default)]
    pub enum Lang {
        /// English (`en`).
        #[default]
        En = "en",
        /// Simplified Chinese (`zh-CN`, also `zh`).
        ZhCn = "zh-CN" | "zh",
    }
}

impl Lang {
    /// The language of a name: `en`, or `zh-CN` (also `zh`, and `zh-cn` here, not in options).
    pub fn parse(s: &str) -> Option<Lang> {
        Lang::from_name(s).or((s == "zh-cn").then_some(Lang::ZhCn))
    }
}

vocabulary! {
    /// Named sets of default limits.
    #[derive(Default)]
    pub enum Preset {
        /// The values of the REST API page (the seed).
        #[default]
        Default = "default",
        /// The larger text limits of the newer native SDK pages (each limit's `extended`).
        Extended = "extended",
    }
}

vocabulary! {
    /// The IM plan (套餐) of the app; it caps MaxMemberCount and decides whether Community exists.
    ///
    /// Two consoles name the plans differently: trtc.io has trial, standard, pro, pro-plus and
    /// enterprise; cloud.tencent.com has 体验版, 专业版, 旗舰版 and 企业版. Both sets of names are
    /// accepted: 体验版 is `trial`, 专业版 `pro` and 企业版 `enterprise` (the same caps), and 旗舰版
    /// is `ultimate`, a plan of its own (see [`crate::domain::GroupType::plan_cap`]).
    pub enum Plan {
        /// 体验版.
        Trial = "trial" | "体验版" | "体验",
        /// 标准版.
        Standard = "standard",
        /// 专业版.
        Pro = "pro" | "专业版" | "专业",
        /// Pro Plus.
        ProPlus = "pro-plus",
        /// cloud.tencent.com's 旗舰版.
        Ultimate = "ultimate" | "旗舰版" | "旗舰",
        /// 企业版.
        Enterprise = "enterprise" | "企业版" | "企业",
    }
}

impl Plan {
    /// Reads a plan by either console's name ([`Plan::from_name`]).
    pub fn parse(s: &str) -> Option<Plan> {
        Plan::from_name(s)
    }
}

vocabulary! {
    /// What a rule is reported as (the `rules` option): not at all, or at a severity of its own
    /// instead of the rule's.
    pub enum RuleLevel {
        /// Not reported, not counted.
        Off = "off",
        /// Reported as info.
        Info = "info",
        /// Reported as a warning.
        Warning = "warning",
        /// Reported as an error: the payload is invalid.
        Error = "error",
    }
}

impl RuleLevel {
    /// The level of a name: `off`, `info`, `warning`, `error` ([`RuleLevel::from_name`]).
    pub fn parse(s: &str) -> Option<RuleLevel> {
        RuleLevel::from_name(s)
    }
}

vocabulary! {
    /// A group type, whatever a dialect calls it (`GroupType::spelling`).
    ///
    /// Serde and the JSON Schema use the REST spelling ([`GroupType::rest`]), the `Type` of
    /// [`crate::CreateGroupRequest`]: `"Private"`, not `"Work"`. Any other string, the SDK names
    /// included, is a deserialization error naming the six. The `groupType` option reads the
    /// SDK's names too (`Work`, `Meeting`).
    #[derive(Hash)]
    pub enum GroupType fold group_type_name {
        /// REST `Private`, the SDK's `Work`.
        Work = "Private",
        /// `Public`.
        Public = "Public",
        /// REST `ChatRoom`, the SDK's `Meeting`.
        Meeting = "ChatRoom",
        /// `AVChatRoom`.
        AvChatRoom = "AVChatRoom",
        /// `BChatRoom` (not in the Web SDK).
        BChatRoom = "BChatRoom",
        /// `Community`.
        Community = "Community",
    }
}

/// The SDK's names of two types read as the REST names, for the `groupType` option.
fn group_type_name(s: &str) -> &str {
    match s {
        "Work" => "Private",
        "Meeting" => "ChatRoom",
        s => s,
    }
}

vocabulary! {
    /// The call a payload is for: its fields and the rules that apply (REST endpoint names and
    /// SDK method names are read too, whatever their case, `-` or `_`, with or without
    /// `v4/<service>/`).
    #[derive(Default, Hash)]
    pub enum Api fold api_name {
        /// Create a group: REST `create_group`, SDK and Web `createGroup`.
        #[default]
        CreateGroup = "create-group" | "create_group" | "createGroup",
        /// Change a group's profile: REST `modify_group_base_info`, Web `updateGroupProfile`,
        /// SDK `setGroupInfo`.
        ModifyGroup = "modify-group" | "modify_group_base_info" | "updateGroupProfile" | "setGroupInfo",
        /// Add members: REST `add_group_member`, Web `addGroupMember`, SDK `inviteUserToGroup`.
        AddMembers = "add-members" | "add_group_member" | "addGroupMember" | "inviteUserToGroup",
        /// Create a topic in a Community: REST `create_topic`, SDK and Web
        /// `createTopicInCommunity`.
        CreateTopic = "create-topic" | "create_topic" | "createTopicInCommunity",
        /// Import a group (REST `import_group` only).
        ImportGroup = "import-group" | "import_group",
        /// Change a member's role, name card, mute time or custom data: REST
        /// `modify_group_member_info`, Web `setGroupMemberNameCard` / `…CustomField` /
        /// `…Role` / `…MuteTime`, SDK `setGroupMemberInfo` / `setGroupMemberRole`.
        ModifyMember = "modify-member" | "modify_group_member_info" | "setGroupMemberNameCard"
            | "setGroupMemberCustomField" | "setGroupMemberRole" | "setGroupMemberMuteTime"
            | "setGroupMemberInfo",
    }
}

/// An API name as `Api` reads it: ASCII lowercase, `-` as `_`, without a path before the last
/// `/` (`v4/group_open_http_svc/`).
fn api_name(s: &str) -> String {
    let s = s.rsplit('/').next().unwrap_or(s);
    s.bytes()
        .map(|b| {
            char::from(if b == b'-' {
                b'_'
            } else {
                b.to_ascii_lowercase()
            })
        })
        .collect()
}

impl Api {
    /// The dialect an SDK method's name stands for, when only one SDK has that name
    /// (`updateGroupProfile`: web; `setGroupInfo`: sdk): an `api` given by such a name reads
    /// payloads in that dialect unless `dialect` is given too.
    pub fn implied_dialect(name: &str) -> Option<Dialect> {
        const WEB: &[&str] = &[
            "updateGroupProfile",
            "addGroupMember",
            "setGroupMemberNameCard",
            "setGroupMemberCustomField",
            "setGroupMemberMuteTime",
        ];
        const SDK: &[&str] = &["setGroupInfo", "inviteUserToGroup", "setGroupMemberInfo"];
        let name = api_name(name);
        let is = |names: &[&str]| names.iter().any(|n| api_name(n) == name);
        if is(WEB) {
            Some(Dialect::Web)
        } else if is(SDK) {
            Some(Dialect::Sdk)
        } else {
            None
        }
    }

    /// The dialects the call has (import_group is a REST call only).
    pub fn dialects(self) -> &'static [Dialect] {
        match self {
            Api::ImportGroup => &[Dialect::Rest],
            _ => &[Dialect::Rest, Dialect::Sdk, Dialect::Web],
        }
    }
}

/// `maxInputBytes` by default, 1 MiB; the CLI reads no larger options file either.
pub const DEFAULT_MAX_INPUT_BYTES: usize = 1 << 20;

// --- The options --------------------------------------------------------------------------------

limits! {
    /// Most UTF-8 bytes in Name.
    name "name" = 30, extended 100, flag "max-name-bytes" value "BYTES";
    /// Most UTF-8 bytes in Introduction.
    introduction "introduction" = 240, extended 400, flag "max-introduction-bytes" value "BYTES";
    /// Most UTF-8 bytes in Notification.
    notification "notification" = 300, extended 400, flag "max-notification-bytes" value "BYTES";
    /// Most UTF-8 bytes in FaceUrl.
    face_url "faceUrl" = 100, extended 500, flag "max-face-url-bytes" value "BYTES";
    /// Most entries in MemberList; newer REST pages say 100.
    members "members" = 500, flag "max-members" value "N";
    /// Most entries in the `sdk` dialect's memberList (the native SDK's backend limit).
    sdk_members "sdkMembers" = 20, flag "max-sdk-members" value "N";
    /// Most entries in one add_group_member request.
    add_members "addMembers" = 300, flag "max-add-members" value "N";
    /// Most UTF-8 bytes in a member's NameCard (modify_group_member_info).
    name_card "nameCard" = 50;
    /// Most UTF-8 bytes in a topic's TopicName.
    topic_name "topicName" = 30, extended 150;
    /// Most bytes in a topic's CustomString.
    topic_custom_string "topicCustomString" = 3000;
    /// Most bytes in a TopicId.
    topic_id "topicId" = 96;
    /// Most bytes in GroupId.
    group_id "groupId" = 48;
    /// Most bytes in Owner_Account and in Member_Account.
    account "account" = 32;
    /// Most entries in AppDefinedData.
    group_custom_fields "groupCustomFields" = 10;
    /// Most entries in one member's AppMemberDefinedData.
    member_custom_fields "memberCustomFields" = 5;
    /// Most bytes in a custom-data Key.
    custom_key "customKey" = 16;
    /// Most bytes in a group custom-data Value.
    group_custom_value "groupCustomValue" = 512;
    /// Most bytes in a member custom-data Value.
    member_custom_value "memberCustomValue" = 64;
}

impl Default for Limits {
    fn default() -> Self {
        Limits::preset(Preset::Default)
    }
}

options! {
    /// The dialect payloads are written in; `auto` detects it per payload.
    dialect "dialect": Dialect = Dialect::Rest, flag "dialect";
    /// The call payloads are for (`create-group`, `modify-group`, `add-members`,
    /// `create-topic`, `import-group`, `modify-member`, or a REST or SDK name of one); an SDK
    /// method's name also sets the dialect when `dialect` is not given.
    api "api": Api = Api::CreateGroup, flag "api" value "API";
    /// The type of the existing group a call is for, for the rules that depend on it when the
    /// payload does not say (the SDK's `groupType`, or a Community's `@TGS#_` ID); not set and
    /// not said: those rules are skipped.
    group_type "groupType": Option<GroupType> = None, flag "group-type" value "TYPE";
    /// The set of limits to start from: `default` (the REST page) or `extended` (newer native
    /// SDK pages).
    preset "preset": Preset = Preset::Default, flag "preset";
    /// Per-limit overrides on top of the preset.
    limits "limits": LimitOverrides = LimitOverrides::default();
    /// The app's plan (either console's names); MaxMemberCount's caps and whether Community
    /// exists follow it.
    plan "plan": Option<Plan> = None, flag "plan";
    /// Group custom-data keys enabled in the console; not set: not checked.
    group_keys "groupKeys": Option<Vec<String>> = None, flag "group-keys";
    /// Member custom-data keys enabled in the console; not set: not checked.
    member_keys "memberKeys": Option<Vec<String>> = None, flag "member-keys";
    /// The language of messages and help.
    lang "lang": Lang = Lang::En, flag "lang";
    /// Inputs larger than this many bytes are refused unread (`input-too-large`).
    max_input_bytes "maxInputBytes": usize = DEFAULT_MAX_INPUT_BYTES,
        flag "max-input-bytes" value "BYTES";
    /// Arrays and objects nested deeper than this are refused (`too-deep`).
    max_depth "maxDepth": usize = 64;
    /// At most this many diagnostics are reported per payload; the rest are counted.
    max_diagnostics "maxDiagnostics": usize = 200, flag "max-diagnostics" value "N";
    /// Rules at another level than their own, by rule ID: `off` (not reported, not counted),
    /// `info`, `warning` or `error`.
    ///
    /// (rule ID, level) pairs, one per ID (in JSON, an object of IDs; [`Options::set_level`]
    /// keeps one per ID). An ID that names no rule changes nothing here;
    /// [`crate::rules::check_levels`] finds such IDs. A list rather than a map: a map's code
    /// would add 2.8 KB gzipped to the npm package's wasm, for a handful of entries.
    rules "rules": Vec<(String, RuleLevel)> = Vec::new(), with "rule_levels",
        flag "rule" value "ID=off|info|warning|error";
}

impl Options {
    /// The level the `rules` option gives rule `id`, if any.
    pub fn level(&self, id: &str) -> Option<RuleLevel> {
        self.rules.iter().find(|(r, _)| r == id).map(|&(_, l)| l)
    }

    /// Gives rule `id` a level, in place of one it had; the list stays in order of ID.
    pub fn set_level(&mut self, id: &str, level: RuleLevel) {
        set_level(&mut self.rules, id, level);
    }

    /// The limits in force: the preset's, with each override applied.
    pub fn resolved_limits(&self) -> Limits {
        let mut l = Limits::preset(self.preset);
        self.limits.apply(&mut l);
        l
    }
}

// --- Options from JSON text ---------------------------------------------------------------------
//
// One reader for the CLI's `--config` file and the npm package's `options`, on the crate's own
// JSON reader: serde_json's deserializer would put its parser, error messages and float
// printing into the wasm download. It accepts what the serde derives above accept from
// serde_json (tests/options_json.rs compares the two), but for two serde quirks: a struct
// written as an array (`[]`, `{"limits": [30]}`) and an enum written as a one-key object
// (`{"dialect": {"web": null}}`), which are errors here; and a top-level `$schema` string (an
// editor's, in a `timlint.json`), which it passes over. The derives stay for Rust callers.

impl Options {
    /// Reads options from JSON text: an object with the camelCase keys of [`Options`] (the
    /// shape of the CLI's `--config` file and of the npm package's `options`), every key
    /// optional. Unknown and repeated keys, values of the wrong type and unknown names are
    /// errors that name the key and say what it takes; `null` means "not set" where a value
    /// is optional (`plan`, `groupKeys`, `memberKeys`, each limit). Comments and a byte-order
    /// mark are refused, as JSON has neither.
    ///
    /// ```
    /// use timlint::{Lang, Options};
    /// let o = Options::from_json(r#"{"lang": "zh-CN", "limits": {"name": 64}}"#).unwrap();
    /// assert_eq!((o.lang, o.resolved_limits().name), (Lang::ZhCn, 64));
    /// let e = Options::from_json(r#"{"dialet": "web"}"#).unwrap_err();
    /// assert!(e.message().contains("did you mean `dialect`"), "{e}");
    /// ```
    pub fn from_json(text: &str) -> Result<Options, crate::error::Error> {
        Self::read_json(text).map_err(|message| crate::error::Error::Options { message })
    }

    fn read_json(text: &str) -> Result<Options, String> {
        let not_json = |what: &str, offset: usize| {
            let (line, col) = crate::json::line_col(text, offset);
            let (line, col) = (number(u64::from(line)), number(u64::from(col)));
            ["not JSON: ", what, " at line ", &line, ", column ", &col].concat()
        };
        let doc = match Document::parse_into(text, Vec::new(), 16) {
            Ok(doc) => doc,
            Err((e, _)) => {
                return Err(not_json(
                    match e.kind {
                        SyntaxErrorKind::Empty => "the text is empty",
                        SyntaxErrorKind::UnexpectedEnd => "the text ends too early",
                        SyntaxErrorKind::TrailingContent => "more text after the options",
                        _ => "not valid JSON",
                    },
                    e.offset,
                ));
            }
        };
        if doc.notes.bom {
            return Err(not_json("a byte-order mark", 0));
        }
        if let Some(at) = doc.notes.first_comment {
            return Err(not_json("a comment", at));
        }
        let r = OptionsReader { doc: &doc };
        let mut o = Options::default();
        r.object(0, "", Options::FIELDS, &mut |i, v, path| {
            o.read_field(i, &r, v, path)
        })?;
        let given = |key: &str| doc.members(0).find(|&(k, _)| doc.str(k) == key);
        if given("dialect").is_none()
            && let Some((_, v)) = given("api")
            && let Some(d) = r.string(v).and_then(|name| Api::implied_dialect(&name))
        {
            o.dialect = d;
        }
        if o.dialect != Dialect::Auto && !o.api.dialects().contains(&o.dialect) {
            let (api, dialect) = (o.api.as_str(), o.dialect.as_str());
            return Err([
                "`",
                api,
                "` has no ",
                dialect,
                " spelling: it is a REST call",
            ]
            .concat());
        }
        Ok(o)
    }
}

pub(crate) struct OptionsReader<'d, 'a> {
    doc: &'d Document<'a>,
}

impl OptionsReader<'_, '_> {
    /// Reads object `v` whose keys are `fields` (`prefix` before each in messages), each at
    /// most once: `read(field index, value, path)` for every member.
    fn object(
        &self,
        v: NodeId,
        prefix: &str,
        fields: &[&str],
        read: &mut dyn FnMut(usize, NodeId, &str) -> Result<(), String>,
    ) -> Result<(), String> {
        let doc = self.doc;
        if doc.kind(v) != Kind::Object {
            let what = if prefix.is_empty() {
                "the options"
            } else {
                "`limits`"
            };
            return Err([what, " must be an object, found ", &self.found(v)].concat());
        }
        let mut seen = 0u32;
        for (k, v) in doc.members(v) {
            let key = doc.str(k);
            if prefix.is_empty() && *key == *"$schema" && matches!(doc.kind(v), Kind::String { .. })
            {
                continue;
            }
            let Some(i) = fields.iter().position(|f| *f == key) else {
                let one_of = crate::suggest::join(fields, ", ");
                let (key, mean) = (short(&key), mean(&key, fields, prefix));
                return Err([
                    "unknown option `",
                    prefix,
                    &key,
                    "` (one of ",
                    &one_of,
                    ")",
                    &mean,
                ]
                .concat());
            };
            let path = [prefix, &key].concat();
            if seen & 1 << i != 0 {
                return Err(["option `", &path, "` is given twice"].concat());
            }
            seen |= 1 << i;
            read(i, v, &path)?;
        }
        Ok(())
    }

    /// The value when it is a string.
    fn string(&self, v: NodeId) -> Option<std::borrow::Cow<'_, str>> {
        matches!(self.doc.kind(v), Kind::String { .. }).then(|| self.doc.str(v))
    }

    /// "`path` must be `want`, found …".
    fn wrong(&self, v: NodeId, path: &str, want: &str) -> String {
        ["`", path, "` must be ", want, ", found ", &self.found(v)].concat()
    }

    /// What a value is, for messages.
    fn found(&self, v: NodeId) -> String {
        let doc = self.doc;
        match doc.kind(v) {
            Kind::String { .. } => ["the string \"", &short(&doc.str(v)), "\""].concat(),
            Kind::Array => "an array".to_string(),
            Kind::Object => "an object".to_string(),
            _ => doc.raw(v).to_string(),
        }
    }

    /// A non-negative integer, written without fraction or exponent, that fits a `usize`.
    fn count(&self, v: NodeId, path: &str) -> Result<usize, String> {
        let raw = self.doc.raw(v);
        if self.doc.kind(v) != Kind::Number || !raw.bytes().all(|b| b.is_ascii_digit()) {
            return Err(self.wrong(v, path, "a non-negative integer"));
        }
        raw.bytes().try_fold(0usize, |n, b| {
            n.checked_mul(10)
                .and_then(|n| n.checked_add(usize::from(b - b'0')))
                .ok_or_else(|| {
                    let max = number(usize::MAX as u64);
                    self.wrong(v, path, &["at most ", &max].concat())
                })
        })
    }

    /// The index of the value among `names`.
    pub(crate) fn choice(&self, v: NodeId, path: &str, names: &[&str]) -> Result<usize, String> {
        let s = match self.doc.kind(v) {
            Kind::String { .. } => Some(self.doc.str(v)),
            _ => None,
        };
        names
            .iter()
            .position(|n| s.as_deref() == Some(*n))
            .ok_or_else(|| {
                let want = ["one of ", &crate::suggest::join(names, ", ")].concat();
                self.wrong(v, path, &want) + &mean(s.as_deref().unwrap_or(""), names, "")
            })
    }

    /// The `rules` object: a level by rule ID (any string; the rules layer checks the IDs),
    /// in order of ID, as serde's map gives them.
    fn levels(&self, v: NodeId, path: &str) -> Result<Vec<(String, RuleLevel)>, String> {
        let doc = self.doc;
        if doc.kind(v) != Kind::Object {
            return Err(self.wrong(v, path, "an object of rule IDs and levels"));
        }
        // Options for their `level` and `set_level`, which keep one entry per ID, in order.
        let mut out = Options::default();
        for (k, level) in doc.members(v) {
            let id = doc.str(k);
            let at = [path, ".", &id].concat();
            let level = RuleLevel::read(self, level, &at)?;
            if out.level(&id).is_some() {
                return Err(["option `", &at, "` is given twice"].concat());
            }
            out.set_level(&id, level);
        }
        Ok(out.rules)
    }

    /// An array of strings.
    fn strings(&self, v: NodeId, path: &str) -> Result<Vec<String>, String> {
        let doc = self.doc;
        if doc.kind(v) != Kind::Array {
            return Err(self.wrong(v, path, "an array of strings"));
        }
        let mut out = Vec::new();
        for (i, item) in doc.items(v) {
            if !matches!(doc.kind(item), Kind::String { .. }) {
                let at = [path, "[", &number(i as u64), "]"].concat();
                return Err(self.wrong(item, &at, "a string"));
            }
            out.push(doc.str(item).into_owned());
        }
        Ok(out)
    }
}

/// "; did you mean `X`?" when a name is close to `input`.
fn mean(input: &str, names: &[&str], prefix: &str) -> String {
    match crate::suggest::did_you_mean(input, names.iter().copied()) {
        Some(m) if !input.is_empty() => ["; did you mean `", prefix, m, "`?"].concat(),
        _ => String::new(),
    }
}

/// A number in decimal. Error messages here are built without `format!`, whose machinery would
/// otherwise be in the npm package's wasm for these messages alone (about 1 KB gzipped).
fn number(n: u64) -> String {
    let mut s = String::new();
    crate::write::write_u64(&mut s, n);
    s
}

/// A user's text, shortened past 40 characters.
fn short(s: &str) -> String {
    match s.char_indices().nth(40) {
        Some((end, _)) => [&s[..end], "…"].concat(),
        None => s.to_string(),
    }
}

/// `rules` for serde: an object of rule IDs and levels, read in order of ID.
mod rule_levels {
    use serde::{Deserialize, Deserializer, Serializer};

    use super::RuleLevel;

    pub fn serialize<S: Serializer>(
        rules: &[(String, RuleLevel)],
        s: S,
    ) -> Result<S::Ok, S::Error> {
        s.collect_map(rules.iter().map(|(id, level)| (id, level)))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Vec<(String, RuleLevel)>, D::Error> {
        let map = std::collections::BTreeMap::<String, RuleLevel>::deserialize(d)?;
        Ok(map.into_iter().collect())
    }
}
