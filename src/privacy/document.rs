//! The shape of the data export, a contract like the rest of the JSON API: one document per
//! person, every time RFC 3339, every answer as text. `export` fills it.

use serde::Serialize;
use utoipa::ToSchema;

/// The version of the document's shape.
pub const EXPORT_FORMAT: &str = "ess-academy-export/1";

/// The whole export.
#[derive(Debug, Serialize, ToSchema)]
pub struct DataExport {
    /// `ess-academy-export/1`.
    pub format: &'static str,
    /// RFC 3339.
    pub exported_at: String,
    pub account: Account,
    pub partner_moves: Vec<PartnerMove>,
    pub invitations: Vec<InvitationReceived>,
    pub progress: Vec<ModuleProgress>,
    pub training_completions: Vec<TrainingCompletion>,
    pub exemptions: Vec<Exemption>,
    pub accommodations: Vec<Accommodation>,
    pub knowledge_checks: Vec<CheckAnswer>,
    pub exam_attempts: Vec<Attempt>,
    pub credentials: Vec<Credential>,
    pub name_corrections: Vec<NameCorrection>,
    pub mails: Vec<Mail>,
    pub lti: Lti,
    pub xapi_statements: Vec<XapiStatement>,
}

/// The account.
#[derive(Debug, Serialize, ToSchema)]
pub struct Account {
    pub id: i64,
    pub name: String,
    pub email: String,
    /// `learner`, `partner_manager` or `programme_admin`.
    pub role: String,
    pub company: String,
    /// ISO 3166-1 alpha-2.
    pub country: String,
    /// The interface language, when one was chosen.
    pub locale: Option<String>,
    /// RFC 3339.
    pub created_at: String,
    pub email_verified_at: Option<String>,
    /// The partner company the person belongs to.
    pub partner: Option<PartnerRef>,
}

/// A partner company, by name.
#[derive(Debug, Serialize, ToSchema)]
pub struct PartnerRef {
    pub name: String,
    pub country: String,
    pub partner_code: String,
}

/// A move between partner companies.
#[derive(Debug, Serialize, ToSchema)]
pub struct PartnerMove {
    pub from_partner: Option<String>,
    pub to_partner: Option<String>,
    /// How it happened: `invitation`, `admin`, `removed` …
    pub how: String,
    pub at: String,
}

/// An invitation sent to the person's address or accepted by them.
#[derive(Debug, Serialize, ToSchema)]
pub struct InvitationReceived {
    pub partner: String,
    pub email: String,
    pub created_at: String,
    pub expires_at: String,
    pub accepted_at: Option<String>,
}

/// Progress in a module.
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = ExportedModuleProgress)]
pub struct ModuleProgress {
    pub course: String,
    pub module: String,
    pub active_seconds: i64,
    /// How far down the page they got, in thousandths.
    pub max_position_permille: i32,
    pub reached_end: bool,
    pub first_seen_at: String,
    pub last_seen_at: String,
    pub completed_at: Option<String>,
}

/// A course's training completed.
#[derive(Debug, Serialize, ToSchema)]
pub struct TrainingCompletion {
    pub course: String,
    pub completed_at: String,
}

/// An exemption granted.
#[derive(Debug, Serialize, ToSchema)]
pub struct Exemption {
    pub course: String,
    pub module: Option<String>,
    pub reason: String,
    pub created_at: String,
}

/// Extra time or attempts granted for an exam.
#[derive(Debug, Serialize, ToSchema)]
pub struct Accommodation {
    pub exam: String,
    pub extra_time_percent: i32,
    pub extra_attempts: i32,
    pub reason: String,
    pub created_at: String,
}

/// The answers to a knowledge check: the first and the latest.
#[derive(Debug, Serialize, ToSchema)]
#[schema(as = ExportedCheckAnswer)]
pub struct CheckAnswer {
    pub course: String,
    pub module: String,
    pub check: String,
    /// The options chosen the first time, as text.
    pub first_selected: Vec<String>,
    pub first_correct: bool,
    pub first_at: String,
    pub last_selected: Vec<String>,
    pub last_correct: bool,
    pub last_at: String,
    pub tries: i32,
}

/// An exam attempt, its answers and its result.
#[derive(Debug, Serialize, ToSchema)]
pub struct Attempt {
    pub course: String,
    pub exam: String,
    pub exam_title: String,
    pub number: i32,
    pub started_at: String,
    pub deadline_at: String,
    pub submitted_at: Option<String>,
    /// How it closed: `submitted`, `expired` …
    pub closed_by: Option<String>,
    pub correct: Option<i32>,
    pub total: i32,
    pub score_percent: Option<i32>,
    pub passed: Option<bool>,
    /// The score per topic.
    #[schema(value_type = Object)]
    pub topics: Option<serde_json::Value>,
    pub answers: Vec<AttemptAnswer>,
}

/// A question of an attempt and the options chosen.
#[derive(Debug, Serialize, ToSchema)]
pub struct AttemptAnswer {
    pub position: i32,
    /// The question, as text.
    pub question: String,
    /// The options chosen, as text.
    pub selected: Vec<String>,
    pub saved_at: Option<String>,
}

/// A credential and its history.
#[derive(Debug, Serialize, ToSchema)]
pub struct Credential {
    /// The public id (`/verify/{id}`).
    pub id: String,
    pub title: String,
    pub holder_name: String,
    pub cycle: i32,
    pub issued_at: String,
    pub expires_at: String,
    pub renewed_at: Option<String>,
    pub revoked_at: Option<String>,
    pub revocation_reason: Option<String>,
    pub events: Vec<crate::credentials::Event>,
    pub renewals: Vec<Renewal>,
}

/// A renewal of a credential.
#[derive(Debug, Serialize, ToSchema)]
pub struct Renewal {
    pub previous_expires_at: String,
    pub expires_at: String,
    pub renewed_at: String,
    pub in_grace: bool,
}

/// A request to correct the name on the certificate.
#[derive(Debug, Serialize, ToSchema)]
pub struct NameCorrection {
    pub previous_name: String,
    pub requested_name: String,
    pub reason: String,
    /// `pending`, `approved` or `rejected`.
    pub status: String,
    pub requested_at: String,
    pub decision_note: Option<String>,
}

/// An e-mail sent (or queued) to the person.
#[derive(Debug, Serialize, ToSchema)]
pub struct Mail {
    pub subject: String,
    pub created_at: String,
    pub sent_at: Option<String>,
    /// The text part; empty once the retention period removed it.
    pub body_text: String,
}

/// The links with LTI platforms.
#[derive(Debug, Default, Serialize, ToSchema)]
pub struct Lti {
    pub accounts: Vec<LtiAccount>,
    pub grade_links: Vec<LtiGradeLink>,
    pub scores: Vec<LtiScore>,
}

/// An account of an LTI platform linked to this one.
#[derive(Debug, Serialize, ToSchema)]
pub struct LtiAccount {
    pub platform: String,
    /// The platform's id of the person.
    pub sub: String,
    pub created_at: String,
}

/// A gradebook column an exam's results go to.
#[derive(Debug, Serialize, ToSchema)]
pub struct LtiGradeLink {
    pub platform: String,
    pub exam: String,
    pub lineitem: String,
    pub created_at: String,
}

/// A score sent (or queued) to a platform.
#[derive(Debug, Serialize, ToSchema)]
pub struct LtiScore {
    pub platform: String,
    pub lineitem: String,
    #[schema(value_type = Object)]
    pub score: serde_json::Value,
    pub created_at: String,
    pub sent_at: Option<String>,
}

/// An xAPI statement about the person.
#[derive(Debug, Serialize, ToSchema)]
pub struct XapiStatement {
    pub id: String,
    pub verb: String,
    #[schema(value_type = Object)]
    pub statement: serde_json::Value,
    pub created_at: String,
    pub sent_at: Option<String>,
}
