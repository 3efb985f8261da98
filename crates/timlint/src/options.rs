//! What a caller can tune: dialect, limits (by preset and one by one), plan, enabled custom
//! keys, language and the guards against hostile input. The same shape is read from the CLI's
//! `--config` file and from the npm package's `options` argument (camelCase keys).

use serde::{Deserialize, Serialize};

use crate::json::{Document, Kind, NodeId, SyntaxErrorKind};

/// Which spelling of the payload to read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Dialect {
    /// The REST API body: `Owner_Account`, `Type`, `Name`, …
    #[default]
    Rest,
    /// The Flutter / native SDK `createGroup` parameters: `groupType`, `groupName`, …
    Sdk,
    /// The Web SDK `chat.createGroup(options)`: `type`, `name`, `avatar`, …
    Web,
    /// Pick one of the three from the keys present.
    Auto,
}

impl Dialect {
    /// The lowercase name: `rest`, `sdk`, `web`, `auto`.
    pub fn as_str(self) -> &'static str {
        match self {
            Dialect::Rest => "rest",
            Dialect::Sdk => "sdk",
            Dialect::Web => "web",
            Dialect::Auto => "auto",
        }
    }

    /// The dialect of a lowercase name, as `as_str` gives it.
    pub fn parse(s: &str) -> Option<Dialect> {
        Some(match s {
            "rest" => Dialect::Rest,
            "sdk" => Dialect::Sdk,
            "web" => Dialect::Web,
            "auto" => Dialect::Auto,
            _ => return None,
        })
    }
}

/// Language of messages and help.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    #[serde(rename = "en")]
    /// English (`en`).
    En,
    #[serde(rename = "zh-CN", alias = "zh")]
    /// Simplified Chinese (`zh-CN`, also `zh`).
    ZhCn,
}

impl Lang {
    /// The language of a name: `en`, or `zh-CN` (also `zh`, `zh-cn`).
    pub fn parse(s: &str) -> Option<Lang> {
        match s {
            "en" => Some(Lang::En),
            "zh-CN" | "zh" | "zh-cn" => Some(Lang::ZhCn),
            _ => None,
        }
    }
}

/// Named sets of default limits.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Preset {
    /// The values of the REST API page (the seed): Name 30, Introduction 240,
    /// Notification 300, FaceUrl 100 bytes.
    #[default]
    Default,
    /// The larger values of the newer native SDK pages: Name 100, Introduction 400,
    /// Notification 400, FaceUrl 500 bytes.
    Extended,
}

/// The IM plan (套餐) of the app; it caps MaxMemberCount and decides whether Community exists.
///
/// Two consoles name the plans differently: trtc.io has trial, standard, pro, pro-plus and
/// enterprise; cloud.tencent.com has 体验版, 专业版, 旗舰版 and 企业版. Both sets of names are
/// accepted: 体验版 is `trial`, 专业版 `pro` and 企业版 `enterprise` (the same caps), and 旗舰版
/// is `ultimate`, a plan of its own (see [`crate::domain::GroupType::plan_cap`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Plan {
    #[serde(alias = "体验版", alias = "体验")]
    /// 体验版.
    Trial,
    /// 标准版.
    Standard,
    #[serde(alias = "专业版", alias = "专业")]
    /// 专业版.
    Pro,
    /// Pro Plus.
    ProPlus,
    /// cloud.tencent.com's 旗舰版.
    #[serde(alias = "旗舰版", alias = "旗舰")]
    Ultimate,
    #[serde(alias = "企业版", alias = "企业")]
    /// 企业版.
    Enterprise,
}

impl Plan {
    /// The kebab-case name: `trial`, `standard`, `pro`, `pro-plus`, `ultimate`, `enterprise`.
    pub fn as_str(self) -> &'static str {
        match self {
            Plan::Trial => "trial",
            Plan::Standard => "standard",
            Plan::Pro => "pro",
            Plan::ProPlus => "pro-plus",
            Plan::Ultimate => "ultimate",
            Plan::Enterprise => "enterprise",
        }
    }

    /// Reads a plan by either console's name.
    pub fn parse(s: &str) -> Option<Plan> {
        PLAN_NAMES.iter().position(|n| *n == s).map(|i| PLANS[i])
    }
}

/// What a rule is reported as (the `rules` option): not at all, or at a severity of its own
/// instead of the rule's.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RuleLevel {
    /// Not reported, not counted.
    Off,
    /// Reported as info.
    Info,
    /// Reported as a warning.
    Warning,
    /// Reported as an error: the payload is invalid.
    Error,
}

impl RuleLevel {
    /// The level of a name: `off`, `info`, `warning`, `error`.
    pub fn parse(s: &str) -> Option<RuleLevel> {
        LEVEL_NAMES.iter().position(|n| *n == s).map(|i| LEVELS[i])
    }
}

/// Every numeric limit the rules use, resolved from a preset and the overrides.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Limits {
    /// Name, in UTF-8 bytes.
    pub name: usize,
    /// Introduction, in UTF-8 bytes.
    pub introduction: usize,
    /// Notification, in UTF-8 bytes.
    pub notification: usize,
    /// FaceUrl, in UTF-8 bytes.
    pub face_url: usize,
    /// Entries in MemberList (the seed says 500; newer REST pages say 100).
    pub members: usize,
    /// Entries in the `sdk` dialect's memberList (the native SDK's backend takes at most 20).
    pub sdk_members: usize,
    /// GroupId, in bytes.
    pub group_id: usize,
    /// Owner_Account and Member_Account, in bytes.
    pub account: usize,
    /// Entries in AppDefinedData.
    pub group_custom_fields: usize,
    /// Entries in one member's AppMemberDefinedData.
    pub member_custom_fields: usize,
    /// A custom-data Key, in bytes.
    pub custom_key: usize,
    /// A group custom-data Value, in bytes.
    pub group_custom_value: usize,
    /// A member custom-data Value, in bytes.
    pub member_custom_value: usize,
}

impl Limits {
    /// The limits of a preset.
    pub const fn preset(preset: Preset) -> Limits {
        let base = Limits {
            name: 30,
            introduction: 240,
            notification: 300,
            face_url: 100,
            members: 500,
            sdk_members: 20,
            group_id: 48,
            account: 32,
            group_custom_fields: 10,
            member_custom_fields: 5,
            custom_key: 16,
            group_custom_value: 512,
            member_custom_value: 64,
        };
        match preset {
            Preset::Default => base,
            Preset::Extended => Limits {
                name: 100,
                introduction: 400,
                notification: 400,
                face_url: 500,
                ..base
            },
        }
    }
}

impl Limits {
    /// The values in the order of their JSON names (`LIMIT_FIELDS`).
    fn values(&self) -> [usize; 13] {
        [
            self.name,
            self.introduction,
            self.notification,
            self.face_url,
            self.members,
            self.sdk_members,
            self.group_id,
            self.account,
            self.group_custom_fields,
            self.member_custom_fields,
            self.custom_key,
            self.group_custom_value,
            self.member_custom_value,
        ]
    }

    /// The limit of a JSON name (`name`, `faceUrl`, `members`, …).
    pub fn get(&self, name: &str) -> Option<usize> {
        let i = LIMIT_FIELDS.iter().position(|n| *n == name)?;
        Some(self.values()[i])
    }

    /// The limits as compact JSON with camelCase keys, what `serde_json::to_string` gives
    /// (the npm package's `limits()`).
    pub fn to_json(&self) -> String {
        let mut out = String::new();
        let mut o = crate::write::ObjectWriter::new(&mut out);
        for (name, value) in LIMIT_FIELDS.iter().zip(self.values()) {
            o.u64(name, value as u64);
        }
        o.end();
        out
    }
}

impl Default for Limits {
    fn default() -> Self {
        Limits::preset(Preset::Default)
    }
}

/// Per-limit overrides on top of the preset; `None` keeps the preset's value.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct LimitOverrides {
    /// Overrides `Limits::name`.
    pub name: Option<usize>,
    /// Overrides `Limits::introduction`.
    pub introduction: Option<usize>,
    /// Overrides `Limits::notification`.
    pub notification: Option<usize>,
    /// Overrides `Limits::face_url`.
    pub face_url: Option<usize>,
    /// Overrides `Limits::members`.
    pub members: Option<usize>,
    /// Overrides `Limits::sdk_members`.
    pub sdk_members: Option<usize>,
    /// Overrides `Limits::group_id`.
    pub group_id: Option<usize>,
    /// Overrides `Limits::account`.
    pub account: Option<usize>,
    /// Overrides `Limits::group_custom_fields`.
    pub group_custom_fields: Option<usize>,
    /// Overrides `Limits::member_custom_fields`.
    pub member_custom_fields: Option<usize>,
    /// Overrides `Limits::custom_key`.
    pub custom_key: Option<usize>,
    /// Overrides `Limits::group_custom_value`.
    pub group_custom_value: Option<usize>,
    /// Overrides `Limits::member_custom_value`.
    pub member_custom_value: Option<usize>,
}

/// Everything that changes a verdict or its wording.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct Options {
    /// The dialect payloads are written in; `auto` detects it per payload.
    pub dialect: Dialect,
    /// The set of limits to start from.
    pub preset: Preset,
    /// Per-limit overrides on top of the preset.
    pub limits: LimitOverrides,
    /// The app's plan; MaxMemberCount caps and Community availability follow it.
    pub plan: Option<Plan>,
    /// Group custom-data keys enabled in the console; `None`: not checked.
    pub group_keys: Option<Vec<String>>,
    /// Member custom-data keys enabled in the console; `None`: not checked.
    pub member_keys: Option<Vec<String>>,
    /// The language of messages and help.
    pub lang: Lang,
    /// Inputs larger than this many bytes are refused unread (`input-too-large`).
    pub max_input_bytes: usize,
    /// Arrays and objects nested deeper than this are refused (`too-deep`).
    pub max_depth: usize,
    /// At most this many diagnostics are reported per payload; the rest are counted.
    pub max_diagnostics: usize,
    /// Rules reported at another level than their own, or not at all: (rule ID, level) pairs,
    /// one per ID (in JSON, an object of IDs; [`Options::set_level`] keeps one per ID). An ID
    /// that names no rule changes nothing here; [`crate::rules::check_levels`] finds such IDs.
    /// A list rather than a map: a map's code would add 2.8 KB gzipped to the npm package's
    /// wasm, for a handful of entries.
    #[serde(with = "rule_levels")]
    pub rules: Vec<(String, RuleLevel)>,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            dialect: Dialect::Rest,
            preset: Preset::Default,
            limits: LimitOverrides::default(),
            plan: None,
            group_keys: None,
            member_keys: None,
            lang: Lang::En,
            max_input_bytes: 1 << 20,
            max_depth: 64,
            max_diagnostics: 200,
            rules: Vec::new(),
        }
    }
}

impl Options {
    /// The level the `rules` option gives rule `id`, if any.
    pub fn level(&self, id: &str) -> Option<RuleLevel> {
        self.rules.iter().find(|(r, _)| r == id).map(|&(_, l)| l)
    }

    /// Gives rule `id` a level, in place of one it had; the list stays in order of ID.
    pub fn set_level(&mut self, id: &str, level: RuleLevel) {
        match self.rules.binary_search_by(|(r, _)| r.as_str().cmp(id)) {
            Ok(i) => self.rules[i].1 = level,
            Err(i) => self.rules.insert(i, (id.to_string(), level)),
        }
    }

    /// The limits in force: the preset's, with each override applied.
    pub fn resolved_limits(&self) -> Limits {
        let mut l = Limits::preset(self.preset);
        let o = &self.limits;
        let pairs: [(&mut usize, Option<usize>); 13] = [
            (&mut l.name, o.name),
            (&mut l.introduction, o.introduction),
            (&mut l.notification, o.notification),
            (&mut l.face_url, o.face_url),
            (&mut l.members, o.members),
            (&mut l.sdk_members, o.sdk_members),
            (&mut l.group_id, o.group_id),
            (&mut l.account, o.account),
            (&mut l.group_custom_fields, o.group_custom_fields),
            (&mut l.member_custom_fields, o.member_custom_fields),
            (&mut l.custom_key, o.custom_key),
            (&mut l.group_custom_value, o.group_custom_value),
            (&mut l.member_custom_value, o.member_custom_value),
        ];
        for (slot, value) in pairs {
            if let Some(v) = value {
                *slot = v;
            }
        }
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
// (`{"dialect": {"web": null}}`), which are errors here. The derives stay for Rust callers.

/// The option names, as written in JSON.
const OPTION_FIELDS: [&str; 11] = [
    "dialect",
    "preset",
    "limits",
    "plan",
    "groupKeys",
    "memberKeys",
    "lang",
    "maxInputBytes",
    "maxDepth",
    "maxDiagnostics",
    "rules",
];

/// The limit names, in JSON and in the order of [`Limits`].
const LIMIT_FIELDS: [&str; 13] = [
    "name",
    "introduction",
    "notification",
    "faceUrl",
    "members",
    "sdkMembers",
    "groupId",
    "account",
    "groupCustomFields",
    "memberCustomFields",
    "customKey",
    "groupCustomValue",
    "memberCustomValue",
];

const DIALECT_NAMES: [&str; 4] = ["rest", "sdk", "web", "auto"];
const DIALECTS: [Dialect; 4] = [Dialect::Rest, Dialect::Sdk, Dialect::Web, Dialect::Auto];
const PRESET_NAMES: [&str; 2] = ["default", "extended"];
const PRESETS: [Preset; 2] = [Preset::Default, Preset::Extended];
/// trtc.io's names, then cloud.tencent.com's (with and without 版).
const PLAN_NAMES: [&str; 14] = [
    "trial",
    "standard",
    "pro",
    "pro-plus",
    "ultimate",
    "enterprise",
    "体验版",
    "体验",
    "专业版",
    "专业",
    "旗舰版",
    "旗舰",
    "企业版",
    "企业",
];
const PLANS: [Plan; 14] = [
    Plan::Trial,
    Plan::Standard,
    Plan::Pro,
    Plan::ProPlus,
    Plan::Ultimate,
    Plan::Enterprise,
    Plan::Trial,
    Plan::Trial,
    Plan::Pro,
    Plan::Pro,
    Plan::Ultimate,
    Plan::Ultimate,
    Plan::Enterprise,
    Plan::Enterprise,
];
const LEVEL_NAMES: [&str; 4] = ["off", "info", "warning", "error"];
const LEVELS: [RuleLevel; 4] = [
    RuleLevel::Off,
    RuleLevel::Info,
    RuleLevel::Warning,
    RuleLevel::Error,
];
/// `zh` is another name of `zh-CN` (as the serde alias has it; `zh-cn` is not).
const LANG_NAMES: [&str; 3] = ["en", "zh-CN", "zh"];
const LANGS: [Lang; 3] = [Lang::En, Lang::ZhCn, Lang::ZhCn];

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
        r.object(0, "", &OPTION_FIELDS, &mut |i, v, path| {
            let null = doc.kind(v) == Kind::Null;
            match i {
                0 => o.dialect = DIALECTS[r.choice(v, path, &DIALECT_NAMES)?],
                1 => o.preset = PRESETS[r.choice(v, path, &PRESET_NAMES)?],
                2 => {
                    let mut l = [None; LIMIT_FIELDS.len()];
                    r.object(v, "limits.", &LIMIT_FIELDS, &mut |i, v, path| {
                        if doc.kind(v) != Kind::Null {
                            l[i] = Some(r.count(v, path)?);
                        }
                        Ok(())
                    })?;
                    let [a, b, c, d, e, s, f, g, h, i, j, k, m] = l;
                    o.limits = LimitOverrides {
                        name: a,
                        introduction: b,
                        notification: c,
                        face_url: d,
                        members: e,
                        sdk_members: s,
                        group_id: f,
                        account: g,
                        group_custom_fields: h,
                        member_custom_fields: i,
                        custom_key: j,
                        group_custom_value: k,
                        member_custom_value: m,
                    };
                }
                3 if null => o.plan = None,
                3 => o.plan = Some(PLANS[r.choice(v, path, &PLAN_NAMES)?]),
                4 | 5 => {
                    let keys = if null {
                        None
                    } else {
                        Some(r.strings(v, path)?)
                    };
                    *if i == 4 {
                        &mut o.group_keys
                    } else {
                        &mut o.member_keys
                    } = keys;
                }
                6 => o.lang = LANGS[r.choice(v, path, &LANG_NAMES)?],
                7 => o.max_input_bytes = r.count(v, path)?,
                8 => o.max_depth = r.count(v, path)?,
                9 => o.max_diagnostics = r.count(v, path)?,
                _ => o.rules = r.levels(v, path)?,
            }
            Ok(())
        })?;
        Ok(o)
    }
}

struct OptionsReader<'d, 'a> {
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
    fn choice(&self, v: NodeId, path: &str, names: &[&str]) -> Result<usize, String> {
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
            let level = LEVELS[self.choice(level, &at, &LEVEL_NAMES)?];
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
