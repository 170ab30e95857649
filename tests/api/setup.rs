use serde_json::Value;

use crate::both_backends;
use crate::helpers::{PASSWORD, rand_suffix, spawn_instance};

both_backends! {
    async fn the_setup_link_creates_the_first_programme_admin_once(app) {
        let link = app.setup_link.clone().expect("a fresh install prints a setup link");
        let path = link.trim_start_matches(&app.address).to_owned();
        assert!(path.starts_with("/setup/"));
        assert_eq!(app.get(&path).await.status(), 200);
        assert_eq!(app.get("/setup/not-the-token").await.status(), 400);

        let email = format!("admin.{}@vendor.example", rand_suffix());
        let bad = app.post_form(&path, &[("email", &email), ("password", "short"), ("name", "Pat Admin"), ("company", "Programme"), ("country", "GB")]).await;
        assert_eq!(bad.status(), 422, "the token is not used up by a form with errors");
        let created = app.post_form(&path, &[("email", &email), ("password", PASSWORD), ("name", "Pat Admin"), ("company", "Programme"), ("country", "GB")]).await;
        assert_eq!(created.status(), 303);
        let me: Value = app.get("/api/v1/me").await.json().await.unwrap();
        assert_eq!(me["role"], "programme_admin");
        assert_eq!(me["email_verified"], true);

        let (fresh, _) = app.new_client();
        let again = fresh.get(app.url(&path)).send().await.unwrap();
        assert_eq!(again.status(), 409);
        assert!(again.text().await.unwrap().contains("already exists"));

        let other = tempfile::tempdir().unwrap();
        let (_, _, setup) = spawn_instance(&app.database_url, other.path(), app.smtp.port, app.clock.clone()).await;
        assert!(setup.is_none(), "no setup link once an admin exists");
    }
}
