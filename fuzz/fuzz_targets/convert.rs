//! Arbitrary text through `to_rest` from every dialect; a body that comes out must itself be
//! a valid REST payload (no error), both as the typed request and as its JSON text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use timlint::{Dialect, Options};

fuzz_target!(|data: &[u8]| {
    let Ok(src) = std::str::from_utf8(data) else {
        return;
    };
    for dialect in [Dialect::Rest, Dialect::Sdk, Dialect::Web, Dialect::Auto] {
        let opts = Options {
            dialect,
            ..Options::default()
        };
        let c = timlint::to_rest(src, &opts);
        assert_eq!(
            c.body.is_some(),
            c.report.valid(),
            "body iff the source is valid"
        );
        if let Some(body) = c.body {
            let rest = Options::default();
            let json = body.to_json();
            let r = timlint::validate(&json, &rest);
            assert!(
                r.valid(),
                "converted body has errors: {json}\n{:#?}",
                r.diagnostics
            );
            let typed = body.validate(&rest);
            assert!(
                typed.valid(),
                "converted body, validated as the typed request, has errors: {json}\n{:#?}",
                typed.diagnostics
            );
        }
    }
});
