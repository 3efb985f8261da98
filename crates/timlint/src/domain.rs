//! The vocabularies of create_group, defined once: group types, join options, member roles,
//! and the member caps of types and plans. The rules, the converter and the schema all read
//! them from here.

use crate::options::{Dialect, Plan};

pub use crate::options::GroupType;

impl GroupType {
    /// The REST spelling ([`GroupType::as_str`]).
    pub const fn rest(self) -> &'static str {
        self.as_str()
    }

    /// The preferred spelling in a dialect.
    pub const fn spelling(self, dialect: Dialect) -> &'static str {
        match (dialect, self) {
            (Dialect::Sdk, GroupType::Work) => "Work",
            (Dialect::Sdk, GroupType::Meeting) => "Meeting",
            _ => self.rest(),
        }
    }

    /// Whether the dialect has this type at all: the Web SDK's `TYPES.GRP_*` values have no
    /// `BChatRoom` (its `createGroup` refuses it with 2600).
    pub const fn in_dialect(self, dialect: Dialect) -> bool {
        !matches!((dialect, self), (Dialect::Web, GroupType::BChatRoom))
    }

    /// Reads a type name as the dialect accepts it. REST and SDK also read each other's names
    /// for Work/Private and Meeting/ChatRoom (the SDK's legacy names; in REST, the names
    /// Tencent's generated server SDKs use, which `group-type-spelling` warns about). The Web
    /// SDK reads only its `TYPES.GRP_*` values.
    pub fn parse(s: &str, dialect: Dialect) -> Option<GroupType> {
        let both = dialect != Dialect::Web;
        GroupType::ALL.into_iter().find(|t| {
            t.in_dialect(dialect)
                && (s == t.spelling(dialect)
                    || (both && (s == t.rest() || s == t.spelling(Dialect::Sdk))))
        })
    }

    /// Every type's spelling in a dialect, in the order of [`GroupType::ALL`] (the types the
    /// dialect has, see [`GroupType::in_dialect`]).
    pub fn spellings(dialect: Dialect) -> &'static [&'static str] {
        const REST: [&str; 6] = spell(Dialect::Rest);
        const SDK: [&str; 6] = spell(Dialect::Sdk);
        const WEB: [&str; 5] = spell(Dialect::Web);
        /// The spellings of the `N` types the dialect has (another `N` does not build).
        const fn spell<const N: usize>(dialect: Dialect) -> [&'static str; N] {
            let mut out = [""; N];
            let (mut i, mut n) = (0, 0);
            while i < GroupType::ALL.len() {
                if GroupType::ALL[i].in_dialect(dialect) {
                    out[n] = GroupType::ALL[i].spelling(dialect);
                    n += 1;
                }
                i += 1;
            }
            assert!(n == N, "N is the number of types the dialect has");
            out
        }
        match dialect {
            Dialect::Sdk => &SDK,
            Dialect::Web => &WEB,
            _ => &REST,
        }
    }

    /// Can members be listed at creation?
    pub fn allows_members(self) -> bool {
        !matches!(self, GroupType::AvChatRoom | GroupType::BChatRoom)
    }

    /// MaxMemberCount when the request leaves it out (the REST page's defaults).
    pub fn default_max_members(self) -> Option<u64> {
        match self {
            GroupType::Work => Some(200),
            GroupType::Public => Some(2000),
            GroupType::Meeting => Some(6000),
            GroupType::Community => Some(1_000_000),
            GroupType::AvChatRoom | GroupType::BChatRoom => None,
        }
    }

    /// The most members a group of this type may have on this plan (`None`: unlimited).
    ///
    /// trtc.io's plans (the reference sheet, section 3): Work/Public/Meeting 20 (trial), 500
    /// (standard), 2000 (pro), 5000 (pro-plus), 6000 (enterprise); Community 100 000 (pro),
    /// 1 000 000 (pro-plus, enterprise). cloud.tencent.com's (sheet 9H): 体验版 20, 专业版 200
    /// raisable to 2000, 旗舰版 2000 raisable to 6000, 企业版 as enterprise; Community 100 000,
    /// up to 1 000 000 on 企业版. The caps are what a group may be raised to: 体验版, 专业版 and
    /// 企业版 give the caps of trial, pro and enterprise, and 旗舰版 (`ultimate`) 6000 and
    /// Community 100 000. No plan: the largest.
    pub fn plan_cap(self, plan: Option<Plan>) -> Option<u64> {
        match self {
            GroupType::AvChatRoom | GroupType::BChatRoom => None,
            GroupType::Community => Some(match plan {
                Some(Plan::Pro | Plan::Ultimate) => 100_000,
                _ => 1_000_000,
            }),
            _ => Some(match plan {
                Some(Plan::Trial) => 20,
                Some(Plan::Standard) => 500,
                Some(Plan::Pro) => 2000,
                Some(Plan::ProPlus) => 5000,
                Some(Plan::Ultimate | Plan::Enterprise) | None => 6000,
            }),
        }
    }
}

/// The three settings of ApplyJoinOption / InviteJoinOption / addOpt / approveOpt.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JoinOption {
    /// `DisableApply` / `DisableInvite`, `V2TIM_GROUP_ADD_FORBID`.
    Forbid,
    /// `NeedPermission`, `V2TIM_GROUP_ADD_AUTH`.
    Auth,
    /// `FreeAccess`, `V2TIM_GROUP_ADD_ANY`.
    Any,
}

impl JoinOption {
    /// In the order of the SDK's numbers (0, 1, 2).
    pub const ALL: [JoinOption; 3] = [JoinOption::Forbid, JoinOption::Auth, JoinOption::Any];

    /// The REST / Web string; `invite` picks `DisableInvite` over `DisableApply`.
    pub const fn rest(self, invite: bool) -> &'static str {
        match (self, invite) {
            (JoinOption::Forbid, false) => "DisableApply",
            (JoinOption::Forbid, true) => "DisableInvite",
            (JoinOption::Auth, _) => "NeedPermission",
            (JoinOption::Any, _) => "FreeAccess",
        }
    }

    /// The SDK's `GroupAddOptTypeEnum` name.
    pub const fn sdk(self) -> &'static str {
        match self {
            JoinOption::Forbid => "V2TIM_GROUP_ADD_FORBID",
            JoinOption::Auth => "V2TIM_GROUP_ADD_AUTH",
            JoinOption::Any => "V2TIM_GROUP_ADD_ANY",
        }
    }

    /// The SDK's number (`GroupAddOptTypeEnum` index).
    pub fn from_sdk_number(n: i64) -> Option<JoinOption> {
        JoinOption::ALL.get(usize::try_from(n).ok()?).copied()
    }

    /// Reads a string in the dialect's spelling: the SDK's enum name (also as
    /// `GroupAddOptTypeEnum.NAME`), or the REST / Web string of this option (`invite`).
    pub fn parse(s: &str, dialect: Dialect, invite: bool) -> Option<JoinOption> {
        JoinOption::ALL.into_iter().find(|o| {
            if dialect == Dialect::Sdk {
                s.strip_prefix("GroupAddOptTypeEnum.").unwrap_or(s) == o.sdk()
            } else {
                s == o.rest(invite)
            }
        })
    }

    /// The values a dialect accepts, in the order of [`JoinOption::ALL`] (the SDK also takes
    /// the numbers 0, 1, 2).
    pub fn choices(dialect: Dialect, invite: bool) -> &'static [&'static str] {
        const SDK: [&str; 6] = {
            let [a, b, c] = JoinOption::ALL;
            [a.sdk(), b.sdk(), c.sdk(), "0", "1", "2"]
        };
        const APPLY: [&str; 3] = rest(false);
        const INVITE: [&str; 3] = rest(true);
        const fn rest(invite: bool) -> [&'static str; 3] {
            let [a, b, c] = JoinOption::ALL;
            [a.rest(invite), b.rest(invite), c.rest(invite)]
        }
        match (dialect, invite) {
            (Dialect::Sdk, _) => &SDK,
            (_, false) => &APPLY,
            (_, true) => &INVITE,
        }
    }
}

/// A member's role as given at creation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// An ordinary member.
    Member,
    /// An administrator.
    Admin,
    /// The owner.
    Owner,
}

impl Role {
    /// The SDK's `GroupMemberRoleType` numbers: 0 (undefined) and 200 are a member.
    pub const SDK_NUMBERS: [(i64, Role); 4] = [
        (0, Role::Member),
        (200, Role::Member),
        (300, Role::Admin),
        (400, Role::Owner),
    ];

    /// The SDK's `GroupMemberRoleType` names (also written `GroupMemberRoleTypeEnum.NAME`).
    pub const SDK_NAMES: [(&'static str, Role); 5] = [
        ("V2TIM_GROUP_MEMBER_UNDEFINED", Role::Member),
        ("V2TIM_GROUP_MEMBER_ROLE_MEMBER", Role::Member),
        ("V2TIM_GROUP_MEMBER_ROLE_ADMIN", Role::Admin),
        ("V2TIM_GROUP_MEMBER_ROLE_OWNER", Role::Owner),
        ("V2TIM_GROUP_MEMBER_ROLE_SUPER", Role::Owner),
    ];

    /// REST's and the Web SDK's strings (the Web SDK forwards its `role` verbatim to the REST
    /// server command, so both read the same strings).
    pub const REST_NAMES: [(&'static str, Role); 2] =
        [("Admin", Role::Admin), ("Member", Role::Member)];

    /// The role of a `GroupMemberRoleType` number, when it is one (`SDK_NUMBERS`).
    pub fn from_sdk_number(n: i64) -> Option<Role> {
        Role::SDK_NUMBERS
            .iter()
            .find(|(k, _)| *k == n)
            .map(|&(_, r)| r)
    }

    /// Reads a role string in the dialect's spelling.
    pub fn parse(s: &str, dialect: Dialect) -> Option<Role> {
        let (s, names): (&str, &[(&str, Role)]) = match dialect {
            Dialect::Sdk => (
                s.strip_prefix("GroupMemberRoleTypeEnum.").unwrap_or(s),
                &Role::SDK_NAMES,
            ),
            _ => (s, &Role::REST_NAMES),
        };
        names.iter().find(|(n, _)| *n == s).map(|&(_, r)| r)
    }

    /// The values a dialect accepts at creation, as a message lists them.
    pub fn choices(dialect: Dialect) -> &'static [&'static str] {
        match dialect {
            Dialect::Sdk => &["0", "200", "300"],
            _ => &["Admin", "Member"],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lists_of_spellings_are_the_spellings() {
        for d in [Dialect::Rest, Dialect::Sdk, Dialect::Web] {
            let each: Vec<&str> = GroupType::ALL
                .iter()
                .filter(|t| t.in_dialect(d))
                .map(|t| t.spelling(d))
                .collect();
            assert_eq!(GroupType::spellings(d), each);
            for invite in [false, true] {
                let names: Vec<&str> = JoinOption::ALL
                    .iter()
                    .map(|o| {
                        if d == Dialect::Sdk {
                            o.sdk()
                        } else {
                            o.rest(invite)
                        }
                    })
                    .collect();
                assert_eq!(JoinOption::choices(d, invite)[..3], names);
            }
        }
    }
}
