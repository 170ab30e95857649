//! The one portable schema of both backends: Text, Integer, BigInt, Bool only.

diesel::table! {
    users (id) {
        id -> BigInt,
        email -> Text,
        password_hash -> Text,
        name -> Text,
        company -> Text,
        country -> Text,
        role -> Text,
        email_verified_at -> Nullable<BigInt>,
        token_version -> BigInt,
        disabled_at -> Nullable<BigInt>,
        created_at -> BigInt,
        updated_at -> BigInt,
    }
}

diesel::table! {
    one_time_tokens (id) {
        id -> BigInt,
        user_id -> Nullable<BigInt>,
        purpose -> Text,
        token_hash -> Text,
        created_at -> BigInt,
        expires_at -> BigInt,
        used_at -> Nullable<BigInt>,
    }
}

diesel::table! {
    login_failures (id) {
        id -> BigInt,
        scope_key -> Text,
        failed_at -> BigInt,
    }
}

diesel::table! {
    mail_outbox (id) {
        id -> BigInt,
        to_address -> Text,
        subject -> Text,
        body_text -> Text,
        body_html -> Text,
        created_at -> BigInt,
        attempts -> Integer,
        next_attempt_at -> BigInt,
        claimed_until -> Nullable<BigInt>,
        sent_at -> Nullable<BigInt>,
        failed_at -> Nullable<BigInt>,
        last_error -> Nullable<Text>,
    }
}

diesel::joinable!(one_time_tokens -> users (user_id));
diesel::allow_tables_to_appear_in_same_query!(users, one_time_tokens, login_failures, mail_outbox);
