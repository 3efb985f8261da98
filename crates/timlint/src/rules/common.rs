//! What several rules share: help for a value outside a closed set, and for a field to remove.

use crate::diagnostic::{Diagnostic, messages};

messages! {
    DID_YOU_MEAN = "common.did-you-mean":
        "did you mean `{suggestion}`?",
        "是否想写 `{suggestion}`？";
    DID_YOU_MEAN_ONE_OF = "common.did-you-mean-one-of":
        "did you mean `{suggestion}`? (one of {choices})",
        "是否想写 `{suggestion}`？（可选：{choices}）";
    ONE_OF = "common.one-of":
        "use one of {choices}",
        "可选值：{choices}";
    REMOVE_FIELD = "common.remove-field":
        "remove `{field}`",
        "删除 `{field}`";
}

/// Help for a value outside a closed set: "did you mean `X`? (one of …)" when a suggestion
/// exists (and offers it), "use one of …" otherwise.
pub fn choose_from(
    d: Diagnostic,
    suggestion: Option<&str>,
    choices: &'static [&'static str],
) -> Diagnostic {
    let d = d.with("choices", choices);
    match suggestion {
        Some(s) => d.help(&DID_YOU_MEAN_ONE_OF).suggest(s),
        None => d.help(&ONE_OF),
    }
}
