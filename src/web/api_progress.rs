//! The JSON API of progress: heartbeats, the learner's progress, and for programme admins the
//! user search and exemptions.

use actix_web::{HttpRequest, HttpResponse, get, post, web};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::AppState;
use super::csrf::{CSRF_HEADER, csrf_token_of, tokens_match};
use super::extract::{ProgrammeAdmin, SignedIn, TokenSource};
use crate::accounts::{Role, users};
use crate::error::{AppError, Problem};
use crate::progress::{self, BeatResult, Heartbeat, standing};

/// How many users a search returns at most.
pub const USER_SEARCH_LIMIT: i64 = 50;

pub fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(heartbeat).service(my_progress).service(search_users).service(grant_exemption);
}

/// A heartbeat from an open module page.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct HeartbeatRequest {
    course: String,
    module: String,
    /// How far the learner has read, 0–1.
    #[serde(default)]
    position: Option<f64>,
    /// The end of the module was reached (also assumed from a position of 0.98 or more).
    #[serde(default)]
    reached_end: Option<bool>,
    /// For `navigator.sendBeacon`, which cannot send the X-CSRF-Token header.
    #[serde(default)]
    csrf_token: Option<String>,
}

#[utoipa::path(context_path = "/api/v1", tag = "progress", request_body = HeartbeatRequest, security(("bearer" = []), ("cookie" = [])), responses(
    (status = 200, description = "Credited; the module's active time and whether it is complete", body = BeatResult),
    (status = 401, description = "No valid session", body = Problem, content_type = "application/problem+json"),
    (status = 403, description = "Cookie session without a CSRF token (header or body)", body = Problem, content_type = "application/problem+json"),
    (status = 404, description = "No such course or published module", body = Problem, content_type = "application/problem+json"),
    (status = 422, description = "A field is missing or of the wrong type", body = Problem, content_type = "application/problem+json"),
))]
#[post("/progress/heartbeat")]
pub async fn heartbeat(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: SignedIn,
    body: web::Bytes,
) -> Result<HttpResponse, AppError> {
    super::freshness::changes_no_account_or_content(&req);
    // Any content type: sendBeacon posts text/plain. The body must still be this JSON object.
    let body: HeartbeatRequest = serde_json::from_slice(&body).map_err(|e| {
        if e.is_data() {
            super::errors::payload_error(&e)
        } else {
            AppError::BadRequest(crate::i18n::tr("problem-json-invalid", &[("reason", e.to_string().into())]))
        }
    })?;
    if user.via == TokenSource::Cookie {
        let sent = req
            .headers()
            .get(CSRF_HEADER)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
            .or(body.csrf_token.clone())
            .unwrap_or_default();
        match csrf_token_of(&req) {
            Some(expected) if tokens_match(&sent, &expected) => {}
            _ => {
                return Err(AppError::Forbidden(crate::i18n::t("problem-heartbeat-csrf")));
            }
        }
    }
    let beat = Heartbeat {
        course: body.course,
        module: body.module,
        position: body.position,
        reached_end: body.reached_end.unwrap_or(false),
    };
    // Recorded by the group commit: answered once the transaction holding it is committed.
    let result = state.beats.record(user.id(), state.now(), beat).await;
    // Not a local write (`changes_no_account_or_content`), but it moves the learner's standing.
    state.training_copies.forget(&user.id());
    let result = result?;
    crate::ops::metrics::heartbeat_recorded();
    Ok(HttpResponse::Ok().json(result))
}

/// A module in the learner's progress.
#[derive(Debug, Serialize, ToSchema)]
pub struct ModuleProgress {
    slug: String,
    active_seconds: i64,
    required_seconds: i64,
    reached_end: bool,
    completed: bool,
    exempt: bool,
}

/// A course in the learner's progress.
#[derive(Debug, Serialize, ToSchema)]
pub struct CourseProgress {
    slug: String,
    active_seconds: i64,
    estimated_seconds: i64,
    training_complete: bool,
    modules: Vec<ModuleProgress>,
}

/// The learner's progress in every course.
#[derive(Debug, Serialize, ToSchema)]
pub struct MyProgress {
    courses: Vec<CourseProgress>,
}

impl From<Vec<standing::CourseStanding>> for MyProgress {
    fn from(courses: Vec<standing::CourseStanding>) -> Self {
        MyProgress {
            courses: courses
                .into_iter()
                .map(|c| CourseProgress {
                    slug: c.slug,
                    active_seconds: c.active_seconds,
                    estimated_seconds: c.estimated_seconds,
                    training_complete: c.training_complete,
                    modules: c
                        .modules
                        .into_iter()
                        .map(|m| ModuleProgress {
                            slug: m.slug,
                            active_seconds: m.active_seconds,
                            required_seconds: m.required_seconds,
                            reached_end: m.reached_end,
                            completed: m.completed,
                            exempt: m.exempt,
                        })
                        .collect(),
                })
                .collect(),
        }
    }
}

#[utoipa::path(context_path = "/api/v1", tag = "progress", security(("bearer" = []), ("cookie" = [])), responses(
    (status = 200, description = "Active time, completion and exemptions per course and module", body = MyProgress),
    (status = 401, description = "No valid session", body = Problem, content_type = "application/problem+json"),
))]
#[get("/me/progress")]
pub async fn my_progress(state: web::Data<AppState>, user: SignedIn) -> Result<HttpResponse, AppError> {
    let st = state.clone();
    let courses = crate::web::blocking(move || -> Result<_, AppError> {
        Ok(standing::learner_standing(&mut *st.db.read()?, user.id())?)
    })
    .await??;
    Ok(HttpResponse::Ok().json(MyProgress::from(courses)))
}

/// A user found by a search.
#[derive(Debug, Serialize, ToSchema)]
pub struct UserItem {
    id: i64,
    email: String,
    name: String,
    company: String,
    role: Role,
}

#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub struct UserQuery {
    /// Part of the e-mail address or the name; empty lists the first users by name.
    #[serde(default)]
    query: String,
}

#[utoipa::path(context_path = "/api/v1", tag = "admin", params(UserQuery), security(("bearer" = []), ("cookie" = [])), responses(
    (status = 200, description = "Up to 50 users whose e-mail or name matches", body = [UserItem]),
    (status = 401, description = "No valid session", body = Problem, content_type = "application/problem+json"),
    (status = 403, description = "Not a programme admin", body = Problem, content_type = "application/problem+json"),
))]
#[get("/admin/users")]
pub async fn search_users(
    state: web::Data<AppState>,
    _admin: ProgrammeAdmin,
    query: web::Query<UserQuery>,
) -> Result<HttpResponse, AppError> {
    let st = state.clone();
    let q = query.into_inner().query;
    let found = crate::web::blocking(move || -> Result<_, AppError> {
        Ok(users::search(&mut *st.db.read()?, &q, USER_SEARCH_LIMIT)?)
    })
    .await??;
    let items: Vec<UserItem> = found
        .into_iter()
        .map(|u| UserItem { role: u.role(), id: u.id, email: u.email, name: u.name, company: u.company })
        .collect();
    Ok(HttpResponse::Ok().json(items))
}

/// An exemption: recognition of prior learning.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ExemptionRequest {
    course: String,
    /// The module; without it, the whole training.
    #[serde(default)]
    module: Option<String>,
    /// Why (1–500 characters); kept with who granted it and when.
    reason: String,
}

#[utoipa::path(context_path = "/api/v1", tag = "admin", request_body = ExemptionRequest, security(("bearer" = []), ("cookie" = [])), responses(
    (status = 201, description = "Recorded; the module (or the training) now counts as complete", body = MessageBody),
    (status = 401, description = "No valid session", body = Problem, content_type = "application/problem+json"),
    (status = 403, description = "Not a programme admin", body = Problem, content_type = "application/problem+json"),
    (status = 404, description = "No such user", body = Problem, content_type = "application/problem+json"),
    (status = 422, description = "Unknown course or module, or no reason", body = Problem, content_type = "application/problem+json"),
))]
#[post("/admin/users/{id}/exemptions")]
pub async fn grant_exemption(
    state: web::Data<AppState>,
    admin: ProgrammeAdmin,
    path: web::Path<i64>,
    body: web::Json<ExemptionRequest>,
) -> Result<HttpResponse, AppError> {
    let user_id = path.into_inner();
    let body = body.into_inner();
    let st = state.clone();
    let admin_id = admin.0.id();
    crate::web::blocking(move || {
        progress::grant_exemption(
            &mut *st.db.write()?,
            st.mailer.xapi(),
            st.now(),
            admin_id,
            user_id,
            &body.course,
            body.module.as_deref(),
            &body.reason,
        )
    })
    .await??;
    Ok(HttpResponse::Created().json(MessageBody { message: "The exemption is recorded.".into() }))
}

/// A plain confirmation.
#[derive(Debug, Serialize, ToSchema)]
pub struct MessageBody {
    message: String,
}

#[cfg(test)]
mod proptests {
    use proptest::prelude::*;
    use serde_json::{Map, Value, json};

    use super::*;
    use crate::test_support::{proptest_config, text_of};

    /// Any JSON value a client could put in a field.
    fn value() -> impl Strategy<Value = Value> {
        prop_oneof![
            any::<String>().prop_map(Value::from),
            any::<f64>().prop_map(Value::from),
            any::<i64>().prop_map(Value::from),
            any::<bool>().prop_map(Value::from),
            Just(Value::Null),
            Just(json!([])),
            Just(json!({})),
        ]
    }

    /// A heartbeat body: each field present or not, of its type or of any other, and sometimes
    /// a field that does not exist.
    fn body() -> impl Strategy<Value = Map<String, Value>> {
        let field = |name: &'static str, right: BoxedStrategy<Value>| {
            proptest::option::weighted(0.8, prop_oneof![4 => right, 1 => value()].prop_map(move |v| (name, v)))
        };
        (
            field("course", any::<String>().prop_map(Value::from).boxed()),
            field("module", any::<String>().prop_map(Value::from).boxed()),
            field(
                "position",
                prop_oneof![(0.0f64..=1.0).prop_map(Value::from), any::<f64>().prop_map(Value::from)].boxed(),
            ),
            field("reached_end", any::<bool>().prop_map(Value::from).boxed()),
            field("csrf_token", "[A-Za-z0-9_-]{0,43}".prop_map(Value::from).boxed()),
            proptest::option::weighted(0.1, value().prop_map(|v| ("extra", v))),
        )
            .prop_map(|fields| {
                let (a, b, c, d, e, f) = fields;
                [a, b, c, d, e, f].into_iter().flatten().map(|(k, v)| (k.to_owned(), v)).collect()
            })
    }

    /// Whether a field of a body has the type the request needs (absent or null: optional ones).
    fn fits(body: &Map<String, Value>, name: &str, check: fn(&Value) -> bool, required: bool) -> bool {
        match body.get(name) {
            None | Some(Value::Null) => !required,
            Some(v) => check(v),
        }
    }

    proptest! {
        #![proptest_config(proptest_config())]

        #[test]
        fn a_heartbeat_body_is_read_exactly_when_its_fields_fit(body in body()) {
            let bytes = serde_json::to_vec(&body).unwrap();
            let fit = fits(&body, "course", Value::is_string, true)
                && fits(&body, "module", Value::is_string, true)
                && fits(&body, "position", Value::is_number, false)
                && fits(&body, "reached_end", Value::is_boolean, false)
                && fits(&body, "csrf_token", Value::is_string, false)
                && !body.contains_key("extra");
            let read = serde_json::from_slice::<HeartbeatRequest>(&bytes);
            prop_assert_eq!(read.is_ok(), fit, "{:?}: {:?}", body, read.err());
            if let Ok(read) = read {
                prop_assert_eq!(Some(&Value::from(read.course)), body.get("course"));
                prop_assert!((0..=1000).contains(&progress::position_permille(read.position)));
            }
        }

        #[test]
        fn any_bytes_are_a_heartbeat_or_an_error_never_a_panic(
            bytes in prop_oneof![
                proptest::collection::vec(any::<u8>(), 0..64),
                text_of(&["{", "}", "\"course\":", "\"module\":", "\"position\":", "1e999", "-0", "null", ",", "\"x\"", "[", "]"], 16)
                    .prop_map(String::into_bytes),
            ],
        ) {
            let _ = serde_json::from_slice::<HeartbeatRequest>(&bytes);
        }
    }
}
