//! The durable outbound queues: xAPI statements for the LRS (`xapi_statements`) and LTI scores
//! for the platforms' line items (`lti_scores`). A row is written in the transaction of the event
//! that causes it; a worker claims due rows with a lease (several instances never send the same
//! row at once), marks them sent, or records the failure and retries with backoff (30 s doubling,
//! at most an hour). A row claimed by an instance that died is due again when its lease ends.

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Integer, Nullable, Text};

use crate::clock::UnixSecs;
use crate::db::DbConnection;

/// A queue: a table with the columns `id`, `body`, `tries`, `next_attempt_at`, `claimed_until`,
/// `sent_at` and `last_error`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Queue {
    XapiStatements,
    LtiScores,
}

impl Queue {
    /// The table (a fixed name: never from input).
    fn table(self) -> &'static str {
        match self {
            Queue::XapiStatements => "xapi_statements",
            Queue::LtiScores => "lti_scores",
        }
    }
}

/// The longest delay between two tries.
pub const MAX_BACKOFF_SECS: i64 = 3600;

/// The delay after the `tries`-th failed try: 30 s, doubling, at most [`MAX_BACKOFF_SECS`].
pub fn backoff_secs(tries: i32) -> i64 {
    (30_i64 << (tries - 1).clamp(0, 7)).min(MAX_BACKOFF_SECS)
}

/// A claimed row: its id, its body and how many tries it has had, this one included.
#[derive(Debug, Clone, QueryableByName)]
pub struct ClaimedRow {
    #[diesel(sql_type = BigInt)]
    pub id: i64,
    #[diesel(sql_type = Text)]
    pub body: String,
    #[diesel(sql_type = Integer)]
    pub tries: i32,
}

#[derive(QueryableByName)]
struct Id {
    #[diesel(sql_type = BigInt)]
    id: i64,
}

/// Claims up to `limit` due rows for `lease_secs`, oldest first.
pub fn claim_due(
    conn: &mut DbConnection,
    queue: Queue,
    now: UnixSecs,
    limit: i64,
    lease_secs: i64,
) -> QueryResult<Vec<ClaimedRow>> {
    let table = queue.table();
    crate::db::transaction(conn, |conn| {
        let due: Vec<Id> = diesel::sql_query(format!(
            "SELECT id FROM {table} WHERE sent_at IS NULL AND next_attempt_at <= $1 \
             AND (claimed_until IS NULL OR claimed_until < $1) ORDER BY id LIMIT $2"
        ))
        .bind::<BigInt, _>(now)
        .bind::<BigInt, _>(limit)
        .load(conn)?;
        let mut claimed = Vec::with_capacity(due.len());
        for Id { id } in due {
            // The conditions again: another instance may have claimed it since.
            let won: Option<ClaimedRow> = diesel::sql_query(format!(
                "UPDATE {table} SET claimed_until = $1, tries = tries + 1 WHERE id = $2 AND sent_at IS NULL \
                 AND (claimed_until IS NULL OR claimed_until < $3) RETURNING id, body, tries"
            ))
            .bind::<BigInt, _>(now + lease_secs)
            .bind::<BigInt, _>(id)
            .bind::<BigInt, _>(now)
            .get_result(conn)
            .optional()?;
            claimed.extend(won);
        }
        Ok(claimed)
    })
}

/// Marks rows sent.
pub fn mark_sent(conn: &mut DbConnection, queue: Queue, ids: &[i64], now: UnixSecs) -> QueryResult<()> {
    let table = queue.table();
    crate::db::transaction(conn, |conn| {
        for id in ids {
            diesel::sql_query(format!(
                "UPDATE {table} SET sent_at = $1, claimed_until = NULL, last_error = NULL WHERE id = $2"
            ))
            .bind::<BigInt, _>(now)
            .bind::<BigInt, _>(*id)
            .execute(conn)?;
        }
        Ok(())
    })
}

/// Records a failed try of rows (`(id, tries)`): each is due again after its backoff.
pub fn mark_failed(
    conn: &mut DbConnection,
    queue: Queue,
    rows: &[(i64, i32)],
    error: &str,
    now: UnixSecs,
) -> QueryResult<()> {
    let table = queue.table();
    crate::db::transaction(conn, |conn| {
        for (id, tries) in rows {
            diesel::sql_query(format!(
                "UPDATE {table} SET claimed_until = NULL, last_error = $1, next_attempt_at = $2 WHERE id = $3"
            ))
            .bind::<Text, _>(error)
            .bind::<BigInt, _>(now + backoff_secs(*tries))
            .bind::<BigInt, _>(*id)
            .execute(conn)?;
        }
        Ok(())
    })
}

/// Makes an unsent row due now (an admin's retry); `false` when there is no such unsent row.
pub fn retry_now(conn: &mut DbConnection, queue: Queue, id: i64, now: UnixSecs) -> QueryResult<bool> {
    let table = queue.table();
    let changed = diesel::sql_query(format!(
        "UPDATE {table} SET next_attempt_at = $1, claimed_until = NULL WHERE id = $2 AND sent_at IS NULL"
    ))
    .bind::<BigInt, _>(now)
    .bind::<BigInt, _>(id)
    .execute(conn)?;
    Ok(changed > 0)
}

/// A queue filter as the admin API takes it: `queued`, `sent` or `failing`; none (all) when
/// absent or empty, a field error for anything else.
pub fn parse_state(input: Option<String>) -> crate::error::AppResult<Option<String>> {
    match input.filter(|s| !s.is_empty()) {
        Some(s) if !matches!(s.as_str(), "queued" | "sent" | "failing") => {
            Err(crate::error::AppError::field("state", crate::i18n::t("field-queue-state")))
        }
        other => Ok(other),
    }
}

/// The state of a row as the admin pages and the API name it.
pub fn state_name(sent_at: Option<i64>, last_error: Option<&str>) -> &'static str {
    match (sent_at, last_error) {
        (Some(_), _) => "sent",
        (None, Some(_)) => "failing",
        (None, None) => "queued",
    }
}

/// How many rows wait, and the age of the oldest (for the admin pages and metrics).
#[derive(Debug, Clone, Copy, Default, serde::Serialize)]
pub struct Depth {
    pub waiting: i64,
    pub failing: i64,
    pub oldest_created_at: Option<i64>,
}

#[derive(QueryableByName)]
struct DepthRow {
    #[diesel(sql_type = BigInt)]
    waiting: i64,
    #[diesel(sql_type = BigInt)]
    failing: i64,
    #[diesel(sql_type = Nullable<BigInt>)]
    oldest: Option<i64>,
}

/// The unsent rows of a queue.
pub fn depth(conn: &mut DbConnection, queue: Queue) -> QueryResult<Depth> {
    let table = queue.table();
    let row: DepthRow = diesel::sql_query(format!(
        "SELECT COUNT(*) AS waiting, COUNT(last_error) AS failing, MIN(created_at) AS oldest \
         FROM {table} WHERE sent_at IS NULL"
    ))
    .get_result(conn)?;
    Ok(Depth { waiting: row.waiting, failing: row.failing, oldest_created_at: row.oldest })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_from_thirty_seconds_up_to_an_hour() {
        assert_eq!(backoff_secs(1), 30);
        assert_eq!(backoff_secs(2), 60);
        assert_eq!(backoff_secs(5), 480);
        assert_eq!(backoff_secs(8), 3600);
        assert_eq!(backoff_secs(40), 3600);
        assert_eq!(backoff_secs(0), 30);
    }

    #[test]
    fn a_state_filter_is_one_of_three_or_none() {
        assert_eq!(parse_state(None).unwrap(), None);
        assert_eq!(parse_state(Some(String::new())).unwrap(), None);
        assert_eq!(parse_state(Some("failing".into())).unwrap().as_deref(), Some("failing"));
        assert!(parse_state(Some("lost".into())).is_err());
    }

    #[test]
    fn states_are_named_for_people() {
        assert_eq!(state_name(Some(1), Some("x")), "sent");
        assert_eq!(state_name(None, Some("x")), "failing");
        assert_eq!(state_name(None, None), "queued");
    }
}
