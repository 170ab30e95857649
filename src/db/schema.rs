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

diesel::table! {
    courses (id) {
        id -> BigInt,
        slug -> Text,
        title -> Text,
        summary -> Text,
        description_html -> Text,
        credential_name -> Text,
        course_toml -> Text,
        toml_hash -> Text,
        created_at -> BigInt,
        updated_at -> BigInt,
        min_active_share_permille -> Integer,
        optional_modules_json -> Text,
    }
}

diesel::table! {
    modules (id) {
        id -> BigInt,
        course_id -> BigInt,
        slug -> Text,
        position -> Integer,
        published_revision_id -> Nullable<BigInt>,
        latest_revision_id -> Nullable<BigInt>,
        file_hash -> Nullable<Text>,
        retired_at -> Nullable<BigInt>,
        created_at -> BigInt,
        updated_at -> BigInt,
    }
}

diesel::table! {
    module_revisions (id) {
        id -> BigInt,
        module_id -> BigInt,
        number -> Integer,
        title -> Text,
        minutes -> Integer,
        objectives_json -> Text,
        summary -> Nullable<Text>,
        markdown -> Text,
        html -> Text,
        toc_json -> Text,
        content_hash -> Text,
        source -> Text,
        author_id -> Nullable<BigInt>,
        note -> Text,
        created_at -> BigInt,
    }
}

diesel::table! {
    course_assets (id) {
        id -> BigInt,
        course_id -> BigInt,
        name -> Text,
        content_type -> Text,
        bytes -> Binary,
        sha256 -> Text,
        created_at -> BigInt,
    }
}

diesel::joinable!(modules -> courses (course_id));
diesel::joinable!(module_revisions -> modules (module_id));
diesel::joinable!(course_assets -> courses (course_id));

diesel::table! {
    learner_clocks (user_id) {
        user_id -> BigInt,
        last_beat_at -> Nullable<BigInt>,
        last_module_id -> Nullable<BigInt>,
        last_position_permille -> Integer,
    }
}

diesel::table! {
    module_progress (id) {
        id -> BigInt,
        user_id -> BigInt,
        module_id -> BigInt,
        active_seconds -> BigInt,
        max_position_permille -> Integer,
        reached_end -> Bool,
        first_seen_at -> BigInt,
        last_seen_at -> BigInt,
        completed_at -> Nullable<BigInt>,
    }
}

diesel::table! {
    training_completions (id) {
        id -> BigInt,
        user_id -> BigInt,
        course_id -> BigInt,
        completed_at -> BigInt,
    }
}

diesel::table! {
    exemptions (id) {
        id -> BigInt,
        user_id -> BigInt,
        course_id -> BigInt,
        module_id -> Nullable<BigInt>,
        reason -> Text,
        granted_by -> Nullable<BigInt>,
        created_at -> BigInt,
    }
}

diesel::joinable!(module_progress -> modules (module_id));
diesel::joinable!(exemptions -> courses (course_id));

diesel::allow_tables_to_appear_in_same_query!(
    users,
    one_time_tokens,
    login_failures,
    mail_outbox,
    courses,
    modules,
    module_revisions,
    course_assets,
    learner_clocks,
    module_progress,
    training_completions,
    exemptions,
);
