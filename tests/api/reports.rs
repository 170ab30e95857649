//! Programme reports over HTTP: a small known dataset (people registered through the API, the
//! rest written to the database) and the exact figures of every report, their CSV, the page,
//! the filters and who may read them.

use diesel::prelude::*;
use ess_academy::clock::Clock;
use ess_academy::db::schema::{
    attempts, courses, credentials, exams, module_progress, modules, partners, training_completions, users,
};
use serde_json::Value;

use crate::both_backends;
use crate::helpers::TestApp;

const DAY: i64 = 86_400;
const ROUTES: [&str; 5] = ["funnel", "modules", "exams", "expiring", "partners"];

/// What the dataset made: the admin's token and the two partners' codes.
struct Dataset {
    admin: String,
    now: i64,
}

fn course_id(conn: &mut ess_academy::db::DbConnection) -> i64 {
    courses::table.filter(courses::slug.eq("environmental-sustainability")).select(courses::id).first(conn).unwrap()
}

fn module_id(conn: &mut ess_academy::db::DbConnection, course: i64, position: i32) -> i64 {
    modules::table
        .filter(modules::course_id.eq(course))
        .filter(modules::position.eq(position))
        .select(modules::id)
        .first(conn)
        .unwrap()
}

fn exam_id(conn: &mut ess_academy::db::DbConnection, slug: &str) -> i64 {
    exams::table.filter(exams::slug.eq(slug)).select(exams::id).first(conn).unwrap()
}

/// Four learners and an admin:
/// - L1 (DE, ACME): modules 1 and 2 (600 s, 1200 s), training complete, exam 1 failed then
///   passed, exam 2 passed, a credential expiring in 30 days;
/// - L2 (FR, ACME): module 1 (1800 s), training complete, exam 1 failed once;
/// - L3 (DE, BETA): module 1 (300 s), a revoked credential;
/// - L4 (GB, no partner): registered, not verified.
async fn dataset(app: &TestApp) -> Dataset {
    let (_, admin) = app.user_with_role("Ada Admin", "programme_admin").await;
    let l1 = app.register_verified("Lena One").await;
    let l2 = app.register_verified("Luis Two").await;
    let l3 = app.register_verified("Lia Three").await;
    let l4 = app.register("Leo Four").await;
    let now = app.clock.now();
    let db = app.db();
    let mut conn = db.write().unwrap();
    let conn = &mut *conn;
    let partner = |conn: &mut ess_academy::db::DbConnection, code: &str, country: &str| -> i64 {
        diesel::insert_into(partners::table)
            .values((
                partners::name.eq(format!("{code} Networks")),
                partners::country.eq(country),
                partners::partner_code.eq(code),
                partners::created_at.eq(now - 400 * DAY),
            ))
            .returning(partners::id)
            .get_result(conn)
            .unwrap()
    };
    let (acme, beta) = (partner(conn, "ACME", "DE"), partner(conn, "BETA", "FR"));
    for (id, country, partner) in
        [(l1.id, "DE", Some(acme)), (l2.id, "FR", Some(acme)), (l3.id, "DE", Some(beta)), (l4.id, "GB", None)]
    {
        diesel::update(users::table.find(id))
            .set((users::country.eq(country), users::partner_id.eq(partner)))
            .execute(conn)
            .unwrap();
    }
    let course = course_id(conn);
    let (m1, m2) = (module_id(conn, course, 1), module_id(conn, course, 2));
    for (user, module, secs) in [(l1.id, m1, 600_i64), (l1.id, m2, 1200), (l2.id, m1, 1800), (l3.id, m1, 300)] {
        diesel::insert_into(module_progress::table)
            .values((
                module_progress::user_id.eq(user),
                module_progress::module_id.eq(module),
                module_progress::active_seconds.eq(secs),
                module_progress::max_position_permille.eq(1000),
                module_progress::reached_end.eq(true),
                module_progress::first_seen_at.eq(now - 10 * DAY),
                module_progress::last_seen_at.eq(now - 9 * DAY),
            ))
            .execute(conn)
            .unwrap();
        // As the first heartbeat does.
        diesel::update(users::table.find(user))
            .filter(users::started_at.is_null())
            .set(users::started_at.eq(now - 10 * DAY))
            .execute(conn)
            .unwrap();
    }
    for user in [l1.id, l2.id] {
        diesel::insert_into(training_completions::table)
            .values((
                training_completions::user_id.eq(user),
                training_completions::course_id.eq(course),
                training_completions::completed_at.eq(now - 8 * DAY),
            ))
            .execute(conn)
            .unwrap();
    }
    let (e1, e2) = (exam_id(conn, "foundations"), exam_id(conn, "takeback-and-conversation"));
    for (user, exam, number, passed) in
        [(l1.id, e1, 1, false), (l1.id, e1, 2, true), (l1.id, e2, 1, true), (l2.id, e1, 1, false)]
    {
        let started = now - 7 * DAY + i64::from(number) * DAY;
        diesel::insert_into(attempts::table)
            .values((
                attempts::user_id.eq(user),
                attempts::exam_id.eq(exam),
                attempts::number.eq(number),
                attempts::started_at.eq(started),
                attempts::deadline_at.eq(started + 3600),
                attempts::submitted_at.eq(Some(started + 1800)),
                attempts::total.eq(35),
                attempts::score_percent.eq(Some(if passed { 90 } else { 50 })),
                attempts::passed.eq(Some(passed)),
            ))
            .execute(conn)
            .unwrap();
    }
    for (user, public_id, expires, revoked) in
        [(l1.id, "cred-one", now + 30 * DAY, None), (l3.id, "cred-three", now + 200 * DAY, Some(now - DAY))]
    {
        diesel::insert_into(credentials::table)
            .values((
                credentials::public_id.eq(public_id),
                credentials::user_id.eq(user),
                credentials::course_id.eq(course),
                credentials::holder_name.eq("Holder, \"Quoted\""),
                credentials::title.eq("Environmental Sustainability Specialist"),
                credentials::issued_at.eq(now - 300 * DAY),
                credentials::expires_at.eq(expires),
                credentials::revoked_at.eq(revoked),
            ))
            .execute(conn)
            .unwrap();
    }
    Dataset { admin, now }
}

async fn report(app: &TestApp, token: &str, path: &str) -> Value {
    let response =
        app.client.get(app.url(&format!("/api/v1/admin/reports/{path}"))).bearer_auth(token).send().await.unwrap();
    assert_eq!(response.status(), 200, "{path}: {}", response.text().await.unwrap());
    response.json().await.unwrap()
}

fn counts(row: &Value) -> Vec<i64> {
    ["registered", "verified", "started", "training_complete", "exam1_passed", "exam2_passed", "credential"]
        .iter()
        .map(|k| row[k].as_i64().unwrap())
        .collect()
}

fn row<'a>(rows: &'a Value, key: &str) -> &'a Value {
    rows.as_array().unwrap().iter().find(|r| r["key"] == key).unwrap_or_else(|| panic!("no row {key} in {rows}"))
}

both_backends! {
    async fn the_funnel_counts_each_milestone_in_total_and_by_country_partner_and_month(app) {
        let data = dataset(&app).await;
        let funnel = report(&app, &data.admin, "funnel").await;
        // The admin is not a learner of the programme: four people.
        // Each stage counts the people who reached it or a later one: L3's credential (made
        // without the exams in this dataset) counts at every stage before it, so no stage holds
        // more people than the one before.
        assert_eq!(counts(&funnel["total"]), [4, 3, 3, 3, 2, 2, 2]);
        assert_eq!(counts(row(&funnel["by_country"], "DE")), [2, 2, 2, 2, 2, 2, 2]);
        assert_eq!(counts(row(&funnel["by_country"], "FR")), [1, 1, 1, 1, 0, 0, 0]);
        assert_eq!(row(&funnel["by_country"], "GB")["label"], "United Kingdom");
        assert_eq!(counts(row(&funnel["by_partner"], "ACME")), [2, 2, 2, 2, 1, 1, 1]);
        assert_eq!(counts(row(&funnel["by_partner"], "BETA")), [1, 1, 1, 1, 1, 1, 1]);
        assert_eq!(counts(row(&funnel["by_partner"], "")), [1, 0, 0, 0, 0, 0, 0]);
        let month = &ess_academy::clock::rfc3339(data.now)[..7];
        assert_eq!(counts(row(&funnel["by_month"], month)), [4, 3, 3, 3, 2, 2, 2]);

        let acme = report(&app, &data.admin, "funnel?partner=acme&country=DE").await;
        assert_eq!(counts(&acme["total"]), [1, 1, 1, 1, 1, 1, 1]);
        let today = ess_academy::reports::day(data.now);
        let dated = report(&app, &data.admin, &format!("funnel?from={today}&to={today}")).await;
        assert_eq!(dated["total"]["registered"], 4);
        let tomorrow = ess_academy::reports::day(data.now + DAY);
        let none = report(&app, &data.admin, &format!("funnel?from={tomorrow}")).await;
        assert_eq!(counts(&none["total"]), [0, 0, 0, 0, 0, 0, 0]);
    }

    async fn module_times_are_nearest_rank_percentiles_against_the_estimate(app) {
        let data = dataset(&app).await;
        let body = report(&app, &data.admin, "modules").await;
        let modules = body["modules"].as_array().unwrap();
        assert_eq!(modules.len(), 12);
        let first = &modules[0];
        assert_eq!(first["position"], 1);
        assert_eq!(first["learners"], 3);
        assert_eq!(first["median_seconds"], 600);
        assert_eq!(first["p90_seconds"], 1800);
        assert!(first["estimated_minutes"].as_i64().unwrap() > 0);
        assert_eq!((modules[1]["learners"].clone(), modules[1]["median_seconds"].clone(), modules[1]["p90_seconds"].clone()), (1.into(), 1200.into(), 1200.into()));
        assert_eq!(modules[2]["learners"], 0);
        assert!(modules[2]["median_seconds"].is_null());
        // With a filter the cohort's rows are read instead of the index: the same definition.
        let acme = report(&app, &data.admin, "modules?partner=ACME").await;
        let first = &acme["modules"][0];
        assert_eq!((first["learners"].as_i64(), first["median_seconds"].as_i64(), first["p90_seconds"].as_i64()), (Some(2), Some(600), Some(1800)));
    }

    async fn exam_figures_count_takers_attempts_passes_and_attempts_per_pass(app) {
        let data = dataset(&app).await;
        let body = report(&app, &data.admin, "exams").await;
        let exams = body["exams"].as_array().unwrap();
        assert_eq!(exams[0]["exam"], "foundations");
        assert_eq!((exams[0]["takers"].as_i64(), exams[0]["attempts"].as_i64(), exams[0]["passed"].as_i64()), (Some(2), Some(3), Some(1)));
        assert_eq!(exams[0]["pass_rate"], 0.5);
        assert_eq!(exams[0]["attempts_per_pass"], 2.0);
        assert_eq!(exams[1]["exam"], "takeback-and-conversation");
        assert_eq!((exams[1]["takers"].as_i64(), exams[1]["attempts"].as_i64(), exams[1]["passed"].as_i64()), (Some(1), Some(1), Some(1)));
        assert_eq!(exams[1]["pass_rate"], 1.0);
        assert_eq!(exams[1]["attempts_per_pass"], 1.0);
        let fr = report(&app, &data.admin, "exams?country=fr").await;
        assert_eq!(fr["exams"][0]["takers"], 1);
        assert_eq!(fr["exams"][0]["passed"], 0);
        assert!(fr["exams"][0]["attempts_per_pass"].is_null());
    }

    async fn expiring_lists_valid_credentials_and_partners_show_their_lapse(app) {
        let data = dataset(&app).await;
        let expiring = report(&app, &data.admin, "expiring").await;
        assert_eq!(expiring["days"], 90);
        assert_eq!(expiring["total"], 1);
        assert_eq!(expiring["limit"], 500);
        let only = &expiring["credentials"][0];
        assert_eq!(only["public_id"], "cred-one");
        assert_eq!(only["partner"], "ACME");
        assert_eq!(only["expires_at"], data.now + 30 * DAY);

        let partners = report(&app, &data.admin, "partners").await;
        assert_eq!((partners["total"].as_i64(), partners["accredited"].as_i64(), partners["lapsing_soon"].as_i64()), (Some(2), Some(1), Some(1)));
        assert_eq!(partners["min_specialists"], 1);
        let acme = row_by(&partners["partners"], "ACME");
        assert_eq!((acme["members"].as_i64(), acme["specialists"].as_i64()), (Some(2), Some(1)));
        assert_eq!(acme["accredited"], true);
        assert_eq!(acme["lapses_at"], data.now + 30 * DAY);
        assert_eq!(acme["lapsing_soon"], true);
        let beta = row_by(&partners["partners"], "BETA");
        assert_eq!((beta["members"].as_i64(), beta["specialists"].as_i64()), (Some(1), Some(0)));
        assert_eq!(beta["accredited"], false);
        assert!(beta["lapses_at"].is_null());
        let french = report(&app, &data.admin, "partners?country=FR").await;
        assert_eq!(french["total"], 1);
        assert_eq!(french["partners"][0]["partner"], "BETA");
    }

    async fn every_report_is_also_csv_with_a_header_row(app) {
        let data = dataset(&app).await;
        let headers = [
            "dimension,key,label,registered,verified,started,training_complete,exam1_passed,exam2_passed,credential",
            "position,module,title,estimated_minutes,learners,median_seconds,p90_seconds,median_ratio",
            "exam,title,takers,attempts,passed,pass_rate,attempts_per_pass",
            "public_id,holder_name,email,country,partner,partner_name,expires_at",
            "partner,name,country,members,specialists,min_specialists,accredited,lapses_at,lapsing_soon",
        ];
        for (route, header) in ROUTES.iter().zip(headers) {
            let response = app.client.get(app.url(&format!("/api/v1/admin/reports/{route}"))).bearer_auth(&data.admin).header("accept", "text/csv").send().await.unwrap();
            assert_eq!(response.status(), 200);
            assert_eq!(response.headers()["content-type"], "text/csv; charset=utf-8");
            let text = response.text().await.unwrap();
            assert_eq!(text.lines().next().unwrap(), header, "{route}");
        }
        let funnel = app.client.get(app.url("/api/v1/admin/reports/funnel?format=csv")).bearer_auth(&data.admin).send().await.unwrap().text().await.unwrap();
        assert!(funnel.contains("\r\ntotal,,All,4,3,3,3,2,2,2\r\n"), "{funnel}");
        assert!(funnel.contains("\r\npartner,ACME,ACME Networks,2,2,2,2,1,1,1\r\n"), "{funnel}");
        let expiring = app.client.get(app.url("/api/v1/admin/reports/expiring?format=csv")).bearer_auth(&data.admin).send().await.unwrap().text().await.unwrap();
        assert!(expiring.contains("cred-one,\"Holder, \"\"Quoted\"\"\","), "{expiring}");

        // In the request's language the header names the columns in words; rows and JSON keys stay.
        let url = app.url("/api/v1/admin/reports/expiring");
        let spanish = app.client.get(format!("{url}?format=csv")).bearer_auth(&data.admin).header("accept-language", "es").send().await.unwrap().text().await.unwrap();
        assert_eq!(spanish.lines().next().unwrap(), "Identificador de la credencial,Titular,Correo electrónico,País,Código de partner,Nombre del partner,Caducidad");
        assert!(spanish.contains("cred-one,\"Holder, \"\"Quoted\"\"\","), "{spanish}");
        let json: Value = app.client.get(&url).bearer_auth(&data.admin).header("accept-language", "es").send().await.unwrap().json().await.unwrap();
        assert!(json["credentials"][0]["public_id"].is_string() && json["credentials"][0]["holder_name"].is_string(), "{json}");
        let japanese = app.client.get(app.url("/api/v1/admin/reports/renewals?format=csv")).bearer_auth(&data.admin).header("accept-language", "ja").send().await.unwrap().text().await.unwrap();
        assert!(japanese.starts_with("集計単位,グループ,期限到来,"), "{japanese}");
    }

    async fn the_page_draws_accessible_charts_and_links_each_csv(app) {
        let data = dataset(&app).await;
        let response = app.client.get(app.url("/admin/reports?country=DE")).bearer_auth(&data.admin).send().await.unwrap();
        assert_eq!(response.status(), 200);
        let html = response.text().await.unwrap();
        assert_eq!(html.matches("<svg").count(), 5);
        assert_eq!(html.matches(r#"role="img""#).count(), 5);
        assert!(html.contains("<title id=\"chart-funnel-title\">Funnel</title>"));
        for route in ROUTES {
            assert!(html.contains(&format!("/api/v1/admin/reports/{route}?format=csv&amp;country=DE")), "{route}");
        }
        assert!(!html.contains("<script>"));
        let bad = app.client.get(app.url("/admin/reports?from=2026-02-30")).bearer_auth(&data.admin).send().await.unwrap();
        assert_eq!(bad.status(), 422);
        assert!(bad.text().await.unwrap().contains("Enter the date as YYYY-MM-DD."));
    }

    async fn bad_filters_are_422_problems_naming_the_field(app) {
        let data = dataset(&app).await;
        for (query, field) in [("from=2026-13-01", "from"), ("to=tomorrow", "to"), ("from=2026-05-02&to=2026-05-01", "to"), ("country=XX", "country"), ("partner=NOPE", "partner")] {
            for route in ROUTES {
                let response = app.client.get(app.url(&format!("/api/v1/admin/reports/{route}?{query}"))).bearer_auth(&data.admin).send().await.unwrap();
                assert_eq!(response.status(), 422, "{route}?{query}");
                let problem = crate::helpers::problem(response).await;
                assert!(problem["errors"][field].is_string(), "{route}?{query}: {problem}");
            }
        }
    }

    async fn only_programme_admins_read_reports(app) {
        let (_, learner) = app.user_with_role("Lee Learner", "learner").await;
        let (anonymous, _) = app.new_client();
        for route in ROUTES {
            let url = app.url(&format!("/api/v1/admin/reports/{route}"));
            assert_eq!(anonymous.get(&url).send().await.unwrap().status(), 401);
            assert_eq!(app.client.get(&url).bearer_auth(&learner).send().await.unwrap().status(), 403);
        }
        assert_eq!(app.client.get(app.url("/admin/reports")).bearer_auth(&learner).send().await.unwrap().status(), 403);
    }
}

fn row_by<'a>(rows: &'a Value, code: &str) -> &'a Value {
    rows.as_array()
        .unwrap()
        .iter()
        .find(|r| r["partner"] == code)
        .unwrap_or_else(|| panic!("no partner {code} in {rows}"))
}
