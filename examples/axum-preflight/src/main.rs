//! A pre-flight check in an axum service: the body of a create-group request is validated
//! before it goes to Tencent. An invalid body is answered 422 with the report as JSON (the
//! CLI's `--format json` shape: rule, path, line, column, message, help); a valid one is
//! converted to the typed REST request, which is what the service would forward, and answered
//! 202 with it and the report (its warnings).
//!
//! ```sh
//! cargo run -p timlint-example-axum      # listens on 127.0.0.1:3000
//! curl -si localhost:3000/groups -d '{"Type": "Publich", "Name": "TestGroup"}'
//! ```
//!
//! The tests at the bottom call the handler directly (no server, no network):
//! `cargo test -p timlint-example-axum`.

use std::sync::Arc;

use axum::Json;
use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use serde::Serialize;
use timlint::{Dialect, Options, Plan, Report, RestBody};

/// The check. The body is taken as text, not through axum's `Json` extractor: timlint then
/// reports bad JSON itself (`invalid-json`, with line and column) and every problem of a
/// well-formed body at once, in whichever dialect the front end wrote (`Dialect::Auto`).
async fn preflight(State(opts): State<Arc<Options>>, body: String) -> Response {
    // The verdict and, when there is no error, the body as the typed REST request.
    let conversion = timlint::to_rest(&body, &opts);
    match conversion.body {
        // This is where the service would send `request` (its JSON: `request.to_json()`) to
        // v4/group_open_http_svc/create_group.
        Some(request) => {
            let report = conversion.report;
            (StatusCode::ACCEPTED, Json(Accepted { request, report })).into_response()
        }
        None => (StatusCode::UNPROCESSABLE_ENTITY, Json(conversion.report)).into_response(),
    }
}

/// The answer to a valid body: the request to forward, and the report (its warnings). A
/// struct, not `json!`, so that the request keeps the REST body's field order.
#[derive(Serialize)]
struct Accepted {
    request: RestBody,
    report: Report,
}

/// The options the checks use: any dialect, and the app's plan (it caps MaxMemberCount).
fn options() -> Options {
    Options {
        dialect: Dialect::Auto,
        plan: Some(Plan::Pro),
        ..Options::default()
    }
}

/// The service's routes.
fn app() -> Router {
    Router::new()
        .route("/groups", post(preflight))
        .with_state(Arc::new(options()))
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> std::io::Result<()> {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:3000").await?;
    eprintln!("listening on http://{}", listener.local_addr()?);
    axum::serve(listener, app()).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::{Value, json};

    /// The handler's answer to `body`: its status, its body as text and as JSON.
    async fn answer_text(body: &str) -> (StatusCode, String, Value) {
        let response = preflight(State(Arc::new(options())), body.to_string()).await;
        let status = response.status();
        let bytes = axum::body::to_bytes(response.into_body(), 1 << 20)
            .await
            .expect("the body is in memory");
        let text = String::from_utf8(bytes.to_vec()).expect("the body is UTF-8");
        let json = serde_json::from_str(&text).expect("the body is JSON");
        (status, text, json)
    }

    async fn answer(body: &str) -> (StatusCode, Value) {
        let (status, _, json) = answer_text(body).await;
        (status, json)
    }

    #[tokio::test]
    async fn a_valid_body_is_accepted_as_the_rest_request() {
        let (status, text, json) =
            answer_text(r#"{"groupType": "Work", "groupName": "团队"}"#).await;
        assert_eq!(status, StatusCode::ACCEPTED);
        // The REST body as it would be sent, in its own field order.
        assert!(
            text.starts_with(r#"{"request":{"Type":"Private","Name":"团队"},"report":"#),
            "{text}"
        );
        assert_eq!(
            json["request"],
            json!({"Type": "Private", "Name": "团队"}),
            "{json}"
        );
        assert_eq!(json["report"]["valid"], true);
        assert_eq!(json["report"]["dialect"], "sdk");
    }

    #[tokio::test]
    async fn an_invalid_body_is_refused_with_the_report() {
        let (status, json) =
            answer("{\n  \"Type\": \"Publich\",\n  \"Name\": \"TestGroup\"\n}").await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(json["valid"], false);
        let d = &json["diagnostics"][0];
        assert_eq!(
            (&d["rule"], &d["path"], &d["line"], &d["suggestion"]),
            (
                &json!("unknown-group-type"),
                &json!("/Type"),
                &json!(2),
                &json!("Public")
            ),
            "{json}"
        );
        assert_eq!(d["tencentCode"], 10004);
    }

    /// The README shows the handler: the very code here.
    #[test]
    fn the_readme_shows_this_handler() {
        let source = include_str!("main.rs");
        let start = source.find("async fn preflight").unwrap();
        let len = source[start..].find("\n}\n").unwrap() + 3;
        let handler = &source[start..start + len];
        let readme = include_str!("../../../README.md");
        assert!(readme.contains(handler), "README.md lacks:\n{handler}");
    }

    #[tokio::test]
    async fn text_that_is_not_json_is_refused_too() {
        let (status, json) = answer("Type=Public").await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
        assert_eq!(json["diagnostics"][0]["rule"], "invalid-json");
    }
}
