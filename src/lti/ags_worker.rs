//! Posts queued scores (`lti_scores`) to the platforms' line items: `POST <lineitem>/scores`
//! with `Content-Type: application/vnd.ims.lis.v1.score+json` and a bearer token from the
//! platform's token endpoint. The token comes from an OAuth 2 client-credentials grant with a
//! JWT client assertion (RFC 7523, as the IMS Security Framework asks) signed with the tool's
//! key, for the `score` scope; it is kept until shortly before it expires. Claims, leases and
//! backoff are the outbound queue's (`interop::outbound`), as for xAPI statements.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use serde::Deserialize;
use serde_json::json;

use super::PlatformRow;
use super::ags::{self, SCOPE_SCORE, SCORE_MEDIA_TYPE};
use super::keys::{LazyToolKey, ToolKey};
use crate::clock::{SharedClock, UnixSecs};
use crate::db::Db;
use crate::interop::outbound::{self, ClaimedRow, Queue};

/// Scores claimed at once.
pub const BATCH: i64 = 50;
/// How long a claimed score is reserved for this instance.
pub const LEASE_SECS: i64 = 60;
/// How often the queue is polled.
pub const POLL_INTERVAL_SECS: u64 = 1;
/// How long a client assertion is valid.
pub const ASSERTION_TTL_SECS: i64 = 300;
/// A token is renewed this long before the platform says it expires.
pub const TOKEN_MARGIN_SECS: i64 = 60;
/// The longest platform answer kept as the error of a failed try.
const ERROR_CHARS: usize = 500;

/// The client assertion's `grant_type` and `client_assertion_type`.
const GRANT_TYPE: &str = "client_credentials";
const ASSERTION_TYPE: &str = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";

/// Access tokens by platform, with when they stop being used.
#[derive(Default)]
pub struct Tokens(HashMap<i64, (String, UnixSecs)>);

#[derive(Deserialize)]
struct TokenAnswer {
    access_token: String,
    #[serde(default)]
    token_type: Option<String>,
    #[serde(default)]
    expires_in: Option<i64>,
}

/// The signed client assertion for a platform's token endpoint.
pub fn client_assertion(key: &ToolKey, platform: &PlatformRow, now: UnixSecs) -> anyhow::Result<String> {
    key.sign(&json!({
        "iss": platform.client_id,
        "sub": platform.client_id,
        "aud": platform.token_url,
        "iat": now,
        "exp": now + ASSERTION_TTL_SECS,
        "jti": uuid::Uuid::new_v4().to_string(),
    }))
}

/// Asks the platform for a token with the `score` scope.
async fn fetch_token(
    client: &reqwest::Client,
    platform: &PlatformRow,
    assertion: &str,
) -> anyhow::Result<(String, i64)> {
    let response = client
        .post(&platform.token_url)
        .form(&[
            ("grant_type", GRANT_TYPE),
            ("client_assertion_type", ASSERTION_TYPE),
            ("client_assertion", assertion),
            ("scope", SCOPE_SCORE),
        ])
        .send()
        .await
        .with_context(|| format!("the token endpoint {} could not be reached", platform.token_url))?;
    let status = response.status();
    let text = response.text().await.unwrap_or_default();
    if !status.is_success() {
        anyhow::bail!(
            "the token endpoint {} answered {status}: {}",
            platform.token_url,
            text.chars().take(ERROR_CHARS).collect::<String>()
        );
    }
    let answer: TokenAnswer = serde_json::from_str(&text)
        .with_context(|| format!("the token endpoint {} answered no access token", platform.token_url))?;
    if answer.token_type.as_deref().is_some_and(|t| !t.eq_ignore_ascii_case("bearer")) {
        anyhow::bail!(
            "the token endpoint {} answered a {:?} token, not a bearer token",
            platform.token_url,
            answer.token_type
        );
    }
    Ok((answer.access_token, answer.expires_in.unwrap_or(3600)))
}

/// Runs until the runtime stops.
pub async fn run(db: Db, key: Arc<LazyToolKey>, client: reqwest::Client, clock: SharedClock) {
    let mut tokens = Tokens::default();
    loop {
        match deliver_due(&db, &key, &client, &clock, &mut tokens).await {
            Ok(sent) if sent > 0 => continue,
            Ok(_) => {}
            Err(e) => tracing::warn!(error = format!("{e:#}"), "LTI grade passback"),
        }
        tokio::time::sleep(Duration::from_secs(POLL_INTERVAL_SECS)).await;
    }
}

/// What became of one score.
type Outcome = Result<(), String>;

/// Posts one batch of due scores; returns how many were accepted.
pub async fn deliver_due(
    db: &Db,
    key: &Arc<LazyToolKey>,
    client: &reqwest::Client,
    clock: &SharedClock,
    tokens: &mut Tokens,
) -> anyhow::Result<usize> {
    let (db2, clock2) = (db.clone(), clock.clone());
    let claimed = tokio::task::spawn_blocking(move || -> anyhow::Result<_> {
        let mut conn = db2.write()?;
        let claimed = outbound::claim_due(&mut conn, Queue::LtiScores, clock2.now(), BATCH, LEASE_SECS)?;
        if claimed.is_empty() {
            return Ok(None);
        }
        let ids: Vec<i64> = claimed.iter().map(|row| row.id).collect();
        let deliveries = ags::deliveries(&mut conn, &ids)?;
        let mut platforms = HashMap::new();
        for d in &deliveries {
            if let std::collections::hash_map::Entry::Vacant(slot) = platforms.entry(d.platform_id) {
                slot.insert(super::find(&mut conn, d.platform_id)?);
            }
        }
        Ok(Some((claimed, deliveries, platforms)))
    })
    .await??;
    let Some((claimed, deliveries, platforms)) = claimed else { return Ok(0) };
    let where_to: HashMap<i64, &ags::Delivery> = deliveries.iter().map(|d| (d.id, d)).collect();
    let mut outcomes: Vec<(&ClaimedRow, Outcome)> = Vec::with_capacity(claimed.len());
    for row in &claimed {
        let outcome = match where_to.get(&row.id) {
            Some(delivery) => match platforms.get(&delivery.platform_id).and_then(Option::as_ref) {
                Some(platform) => post_score(key, client, clock, tokens, platform, delivery, &row.body).await,
                None => Err("the platform is no longer registered".to_owned()),
            },
            None => Err("the score is gone".to_owned()),
        };
        outcomes.push((row, outcome));
    }
    let sent: Vec<i64> = outcomes.iter().filter(|(_, o)| o.is_ok()).map(|(row, _)| row.id).collect();
    let failed: Vec<(i64, i32, String)> =
        outcomes.iter().filter_map(|(row, o)| o.as_ref().err().map(|e| (row.id, row.tries, e.clone()))).collect();
    let count = sent.len();
    let (db2, clock2) = (db.clone(), clock.clone());
    tokio::task::spawn_blocking(move || -> anyhow::Result<()> {
        let mut conn = db2.write()?;
        let now = clock2.now();
        outbound::mark_sent(&mut conn, Queue::LtiScores, &sent, now)?;
        for (id, tries, error) in failed {
            tracing::warn!(score = id, error, "LTI score not delivered");
            outbound::mark_failed(&mut conn, Queue::LtiScores, &[(id, tries)], &error, now)?;
        }
        Ok(())
    })
    .await??;
    Ok(count)
}

/// A token for the platform: the one kept, or a new one.
async fn token(
    key: &Arc<LazyToolKey>,
    client: &reqwest::Client,
    clock: &SharedClock,
    tokens: &mut Tokens,
    platform: &PlatformRow,
) -> Result<String, String> {
    let now = clock.now();
    if let Some((token, until)) = tokens.0.get(&platform.id)
        && *until > now
    {
        return Ok(token.clone());
    }
    let (key2, p2) = (key.clone(), platform.clone());
    let assertion = tokio::task::spawn_blocking(move || client_assertion(key2.get(now)?, &p2, now))
        .await
        .map_err(|e| e.to_string())?
        .map_err(|e| format!("cannot sign the client assertion: {e:#}"))?;
    let (token, expires_in) = fetch_token(client, platform, &assertion).await.map_err(|e| format!("{e:#}"))?;
    tokens.0.insert(platform.id, (token.clone(), now + (expires_in - TOKEN_MARGIN_SECS).max(0)));
    Ok(token)
}

async fn post_score(
    key: &Arc<LazyToolKey>,
    client: &reqwest::Client,
    clock: &SharedClock,
    tokens: &mut Tokens,
    platform: &PlatformRow,
    delivery: &ags::Delivery,
    body: &str,
) -> Outcome {
    let url = ags::scores_url(&delivery.lineitem).ok_or_else(|| format!("{:?} is not a URL", delivery.lineitem))?;
    let token = token(key, client, clock, tokens, platform).await?;
    let response = client
        .post(&url)
        .bearer_auth(&token)
        .header(reqwest::header::CONTENT_TYPE, SCORE_MEDIA_TYPE)
        .body(body.to_owned())
        .send()
        .await
        .map_err(|e| format!("{url} could not be reached: {e}"))?;
    let status = response.status();
    if status.is_success() {
        return Ok(());
    }
    if status == reqwest::StatusCode::UNAUTHORIZED {
        // Revoked or expired early: the next try asks for a new one.
        tokens.0.remove(&platform.id);
    }
    let text = response.text().await.unwrap_or_default();
    Err(format!("{url} answered {status}: {}", text.chars().take(ERROR_CHARS).collect::<String>()))
}
