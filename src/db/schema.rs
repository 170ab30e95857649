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
        partner_id -> Nullable<BigInt>,
        started_at -> Nullable<BigInt>,
        locale -> Nullable<Text>,
        answers_version -> BigInt,
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
        attachment -> Nullable<Text>,
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
        languages_json -> Text,
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
        track -> Text,
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
        renderer -> Integer,
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

diesel::table! {
    exams (id) {
        id -> BigInt,
        course_id -> BigInt,
        slug -> Text,
        position -> Integer,
        title -> Text,
        description_html -> Text,
        time_limit_seconds -> BigInt,
        pass_percent -> Integer,
        max_attempts -> Integer,
        cooldown_seconds -> BigInt,
        requires_json -> Text,
        review -> Text,
        blueprint_json -> Text,
        toml_hash -> Text,
        updated_at -> BigInt,
        track -> Text,
    }
}

diesel::table! {
    questions (id) {
        id -> BigInt,
        exam_id -> BigInt,
        qid -> Text,
        version -> Integer,
        topic -> Text,
        kind -> Text,
        difficulty -> Nullable<Text>,
        objective -> Nullable<Text>,
        stem_html -> Text,
        options_json -> Text,
        explanation_html -> Text,
        content_hash -> Text,
        retired_at -> Nullable<BigInt>,
        created_at -> BigInt,
        source_md -> Nullable<Text>,
    }
}

diesel::table! {
    exam_sources (exam_id) {
        exam_id -> BigInt,
        toml_text -> Text,
    }
}

diesel::table! {
    attempts (id) {
        id -> BigInt,
        user_id -> BigInt,
        exam_id -> BigInt,
        number -> Integer,
        started_at -> BigInt,
        deadline_at -> BigInt,
        submitted_at -> Nullable<BigInt>,
        closed_by -> Nullable<Text>,
        correct -> Nullable<Integer>,
        total -> Integer,
        score_percent -> Nullable<Integer>,
        passed -> Nullable<Bool>,
        topics_json -> Nullable<Text>,
        round -> Text,
        lang -> Text,
    }
}

diesel::table! {
    attempt_questions (attempt_id, position) {
        attempt_id -> BigInt,
        position -> Integer,
        public_id -> Text,
        question_id -> BigInt,
        options_json -> Text,
        selected_json -> Nullable<Text>,
        saved_at -> Nullable<BigInt>,
        correct -> Nullable<Bool>,
        flagged -> Bool,
    }
}

diesel::table! {
    accommodations (id) {
        id -> BigInt,
        user_id -> BigInt,
        exam_id -> BigInt,
        extra_time_percent -> Integer,
        extra_attempts -> Integer,
        reason -> Text,
        granted_by -> Nullable<BigInt>,
        created_at -> BigInt,
    }
}

diesel::joinable!(exams -> courses (course_id));
diesel::joinable!(questions -> exams (exam_id));
diesel::joinable!(attempts -> exams (exam_id));
diesel::joinable!(attempt_questions -> attempts (attempt_id));
diesel::joinable!(attempt_questions -> questions (question_id));

diesel::table! {
    credentials (id) {
        id -> BigInt,
        public_id -> Text,
        user_id -> BigInt,
        course_id -> BigInt,
        holder_name -> Text,
        title -> Text,
        issued_at -> BigInt,
        expires_at -> BigInt,
        revoked_at -> Nullable<BigInt>,
        revocation_reason -> Nullable<Text>,
        revoked_by -> Nullable<BigInt>,
        cycle -> Integer,
        renewed_at -> Nullable<BigInt>,
        valid_since -> BigInt,
        lapsed_at -> Nullable<BigInt>,
        previous_id -> Nullable<BigInt>,
    }
}

diesel::joinable!(credentials -> courses (course_id));

diesel::table! {
    credential_events (id) {
        id -> BigInt,
        credential_id -> BigInt,
        kind -> Text,
        detail -> Text,
        actor_id -> Nullable<BigInt>,
        at -> BigInt,
    }
}

diesel::table! {
    name_corrections (id) {
        id -> BigInt,
        user_id -> BigInt,
        previous_name -> Text,
        requested_name -> Text,
        reason -> Text,
        requested_at -> BigInt,
        status -> Text,
        decided_at -> Nullable<BigInt>,
        decided_by -> Nullable<BigInt>,
        decision_note -> Nullable<Text>,
    }
}

diesel::table! {
    credential_reminders (credential_id, days_before) {
        credential_id -> BigInt,
        days_before -> Integer,
        sent_at -> BigInt,
    }
}

diesel::table! {
    translations (id) {
        id -> BigInt,
        course_id -> BigInt,
        lang -> Text,
        path -> Text,
        kind -> Text,
        target -> Text,
        source_sha -> Text,
        source_ref -> Nullable<BigInt>,
        text -> Text,
        data_json -> Text,
        head_json -> Text,
        origin -> Text,
        author_id -> Nullable<BigInt>,
        updated_at -> BigInt,
        version -> BigInt,
    }
}

diesel::joinable!(translations -> courses (course_id));

diesel::table! {
    translation_revisions (id) {
        id -> BigInt,
        translation_id -> BigInt,
        number -> Integer,
        text -> Text,
        source_sha -> Text,
        source_ref -> Nullable<BigInt>,
        origin -> Text,
        author_id -> Nullable<BigInt>,
        created_at -> BigInt,
    }
}

diesel::joinable!(translation_revisions -> translations (translation_id));

diesel::table! {
    kit_texts (id) {
        id -> BigInt,
        course_id -> BigInt,
        slug -> Text,
        title -> Text,
        kind -> Text,
        position -> Integer,
        body_md -> Text,
    }
}

diesel::table! {
    credential_renewals (id) {
        id -> BigInt,
        credential_id -> BigInt,
        previous_expires_at -> BigInt,
        expires_at -> BigInt,
        renewed_at -> BigInt,
        in_grace -> Bool,
    }
}

diesel::table! {
    signing_keys (kid) {
        kid -> Text,
        public_jwk -> Text,
        created_at -> BigInt,
        sealed_private -> Nullable<Text>,
        retired_at -> Nullable<BigInt>,
    }
}

diesel::joinable!(credential_events -> credentials (credential_id));
diesel::joinable!(credential_renewals -> credentials (credential_id));
diesel::joinable!(name_corrections -> users (user_id));
diesel::joinable!(kit_texts -> courses (course_id));

diesel::table! {
    partners (id) {
        id -> BigInt,
        name -> Text,
        country -> Text,
        partner_code -> Text,
        created_at -> BigInt,
    }
}

diesel::table! {
    partner_moves (id) {
        id -> BigInt,
        user_id -> BigInt,
        from_partner_id -> Nullable<BigInt>,
        to_partner_id -> Nullable<BigInt>,
        how -> Text,
        moved_by -> Nullable<BigInt>,
        at -> BigInt,
    }
}

diesel::table! {
    invitations (id) {
        id -> BigInt,
        partner_id -> BigInt,
        email -> Text,
        token_hash -> Text,
        invited_by -> Nullable<BigInt>,
        created_at -> BigInt,
        expires_at -> BigInt,
        accepted_at -> Nullable<BigInt>,
        accepted_user_id -> Nullable<BigInt>,
    }
}

diesel::table! {
    partner_reminders (partner_id, lapses_at, days_before) {
        partner_id -> BigInt,
        lapses_at -> BigInt,
        days_before -> Integer,
        sent_at -> BigInt,
    }
}

diesel::joinable!(users -> partners (partner_id));
diesel::joinable!(invitations -> partners (partner_id));

diesel::allow_tables_to_appear_in_same_query!(
    users,
    translations,
    translation_revisions,
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
    exams,
    exam_sources,
    questions,
    attempts,
    attempt_questions,
    accommodations,
    credentials,
    credential_events,
    credential_renewals,
    name_corrections,
    credential_reminders,
    kit_texts,
    signing_keys,
    partners,
    partner_moves,
    invitations,
    partner_reminders,
    knowledge_checks,
    check_answers,
    revision_figures,
    xapi_statements,
    lti_platforms,
    lti_launch_states,
    lti_accounts,
    lti_deep_links,
    lti_grade_links,
    lti_scores,
    lti_tool_keys,
    erasures,
);

diesel::table! {
    knowledge_checks (id) {
        id -> BigInt,
        revision_id -> BigInt,
        public_id -> Text,
        position -> Integer,
        kind -> Text,
        stem_html -> Text,
        options_json -> Text,
        explanation_html -> Text,
    }
}

diesel::table! {
    check_answers (user_id, module_id, check_id) {
        user_id -> BigInt,
        module_id -> BigInt,
        check_id -> Text,
        first_selected -> Text,
        first_correct -> Bool,
        first_at -> BigInt,
        last_selected -> Text,
        last_correct -> Bool,
        last_at -> BigInt,
        tries -> Integer,
    }
}

diesel::table! {
    revision_figures (id) {
        id -> BigInt,
        revision_id -> BigInt,
        position -> Integer,
        src -> Text,
        alt -> Text,
        caption -> Text,
    }
}

diesel::joinable!(knowledge_checks -> module_revisions (revision_id));
diesel::joinable!(revision_figures -> module_revisions (revision_id));

diesel::table! {
    xapi_statements (id) {
        id -> BigInt,
        statement_id -> Text,
        verb -> Text,
        user_id -> Nullable<BigInt>,
        object_key -> Text,
        body -> Text,
        created_at -> BigInt,
        tries -> Integer,
        next_attempt_at -> BigInt,
        claimed_until -> Nullable<BigInt>,
        sent_at -> Nullable<BigInt>,
        last_error -> Nullable<Text>,
    }
}

diesel::table! {
    lti_platforms (id) {
        id -> BigInt,
        issuer -> Text,
        client_id -> Text,
        deployment_ids -> Text,
        auth_url -> Text,
        jwks_url -> Text,
        token_url -> Text,
        link_by_email -> Bool,
        jwks_json -> Nullable<Text>,
        jwks_fetched_at -> Nullable<BigInt>,
        created_by -> Nullable<BigInt>,
        created_at -> BigInt,
    }
}

diesel::table! {
    lti_launch_states (state) {
        state -> Text,
        nonce -> Text,
        platform_id -> BigInt,
        created_at -> BigInt,
        expires_at -> BigInt,
    }
}

diesel::table! {
    lti_accounts (platform_id, sub) {
        platform_id -> BigInt,
        sub -> Text,
        user_id -> BigInt,
        created_at -> BigInt,
    }
}

diesel::table! {
    lti_deep_links (token) {
        token -> Text,
        platform_id -> BigInt,
        deployment_id -> Text,
        return_url -> Text,
        data -> Nullable<Text>,
        accept_multiple -> Bool,
        created_at -> BigInt,
        expires_at -> BigInt,
    }
}

diesel::joinable!(lti_launch_states -> lti_platforms (platform_id));
diesel::joinable!(lti_deep_links -> lti_platforms (platform_id));
diesel::joinable!(lti_accounts -> lti_platforms (platform_id));
diesel::joinable!(lti_accounts -> users (user_id));

diesel::table! {
    lti_grade_links (id) {
        id -> BigInt,
        platform_id -> BigInt,
        user_id -> BigInt,
        exam_id -> BigInt,
        sub -> Text,
        lineitem -> Text,
        created_at -> BigInt,
        updated_at -> BigInt,
    }
}

diesel::table! {
    lti_scores (id) {
        id -> BigInt,
        event -> Text,
        platform_id -> BigInt,
        user_id -> Nullable<BigInt>,
        attempt_id -> Nullable<BigInt>,
        lineitem -> Text,
        body -> Text,
        created_at -> BigInt,
        tries -> Integer,
        next_attempt_at -> BigInt,
        claimed_until -> Nullable<BigInt>,
        sent_at -> Nullable<BigInt>,
        last_error -> Nullable<Text>,
    }
}

diesel::table! {
    lti_tool_keys (kid) {
        kid -> Text,
        public_jwk -> Text,
        sealed_private -> Text,
        created_at -> BigInt,
        retired_at -> Nullable<BigInt>,
    }
}

diesel::joinable!(lti_grade_links -> lti_platforms (platform_id));
diesel::joinable!(lti_scores -> lti_platforms (platform_id));

diesel::table! {
    erasures (id) {
        id -> BigInt,
        user_id -> BigInt,
        erased_by -> Nullable<BigInt>,
        via -> Text,
        reason -> Text,
        erased_at -> BigInt,
    }
}
