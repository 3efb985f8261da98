//! What a caller can tune: dialect, limits (by preset and one by one), plan, enabled custom
//! keys, language and the guards against hostile input. The same shape is read from the CLI's
//! `--config` file and from the npm package's `options` argument (camelCase keys).

use serde::{Deserialize, Serialize};

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
    pub fn as_str(self) -> &'static str {
        match self {
            Dialect::Rest => "rest",
            Dialect::Sdk => "sdk",
            Dialect::Web => "web",
            Dialect::Auto => "auto",
        }
    }

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
    En,
    #[serde(rename = "zh-CN", alias = "zh")]
    ZhCn,
}

impl Lang {
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
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Plan {
    Trial,
    Standard,
    Pro,
    ProPlus,
    Enterprise,
}

impl Plan {
    pub fn as_str(self) -> &'static str {
        match self {
            Plan::Trial => "trial",
            Plan::Standard => "standard",
            Plan::Pro => "pro",
            Plan::ProPlus => "pro-plus",
            Plan::Enterprise => "enterprise",
        }
    }

    pub fn parse(s: &str) -> Option<Plan> {
        Some(match s {
            "trial" => Plan::Trial,
            "standard" => Plan::Standard,
            "pro" => Plan::Pro,
            "pro-plus" => Plan::ProPlus,
            "enterprise" => Plan::Enterprise,
            _ => return None,
        })
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
    pub const fn preset(preset: Preset) -> Limits {
        let base = Limits {
            name: 30,
            introduction: 240,
            notification: 300,
            face_url: 100,
            members: 500,
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

impl Default for Limits {
    fn default() -> Self {
        Limits::preset(Preset::Default)
    }
}

/// Per-limit overrides on top of the preset; `None` keeps the preset's value.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct LimitOverrides {
    pub name: Option<usize>,
    pub introduction: Option<usize>,
    pub notification: Option<usize>,
    pub face_url: Option<usize>,
    pub members: Option<usize>,
    pub group_id: Option<usize>,
    pub account: Option<usize>,
    pub group_custom_fields: Option<usize>,
    pub member_custom_fields: Option<usize>,
    pub custom_key: Option<usize>,
    pub group_custom_value: Option<usize>,
    pub member_custom_value: Option<usize>,
}

/// Everything that changes a verdict or its wording.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields, default)]
pub struct Options {
    pub dialect: Dialect,
    pub preset: Preset,
    pub limits: LimitOverrides,
    /// The app's plan; MaxMemberCount caps and Community availability follow it.
    pub plan: Option<Plan>,
    /// Group custom-data keys enabled in the console; `None`: not checked.
    pub group_keys: Option<Vec<String>>,
    /// Member custom-data keys enabled in the console; `None`: not checked.
    pub member_keys: Option<Vec<String>>,
    pub lang: Lang,
    /// Inputs larger than this many bytes are refused unread (`input-too-large`).
    pub max_input_bytes: usize,
    /// Arrays and objects nested deeper than this are refused (`too-deep`).
    pub max_depth: usize,
    /// At most this many diagnostics are reported per payload; the rest are counted.
    pub max_diagnostics: usize,
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
        }
    }
}

impl Options {
    /// The limits in force: the preset's, with each override applied.
    pub fn resolved_limits(&self) -> Limits {
        let mut l = Limits::preset(self.preset);
        let o = &self.limits;
        let pairs: [(&mut usize, Option<usize>); 12] = [
            (&mut l.name, o.name),
            (&mut l.introduction, o.introduction),
            (&mut l.notification, o.notification),
            (&mut l.face_url, o.face_url),
            (&mut l.members, o.members),
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
