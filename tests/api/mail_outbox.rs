use std::collections::HashMap;
use std::net::TcpListener;
use std::time::Duration;

use serde_json::json;

use crate::both_backends;
use crate::helpers::{PASSWORD, PgTestDb, SmtpServer, client_with_jar, rand_suffix, spawn_instance};

async fn register_on(client: &reqwest::Client, address: &str, email: &str) {
    let response = client
        .post(format!("{address}/api/v1/auth/register"))
        .json(&json!({"email": email, "password": PASSWORD, "name": "Multi Instance", "company": "Acme", "country": "DE"}))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 201);
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

both_backends! {
    async fn with_two_instances_on_one_database_each_mail_goes_out_once(app) {
        let second_dir = tempfile::tempdir().unwrap();
        let (second, _, _) = spawn_instance(&app.database_url, second_dir.path(), app.smtp.port, app.clock.clone()).await;
        let (client, _) = client_with_jar();
        let emails: Vec<String> = (0..12).map(|i| format!("multi{i}.{}@x.example", rand_suffix())).collect();
        for (i, email) in emails.iter().enumerate() {
            let address = if i % 2 == 0 { &app.address } else { &second };
            register_on(&client, address, email).await;
        }
        for email in &emails {
            app.smtp.wait_for(email).await;
        }
        tokio::time::sleep(Duration::from_millis(2500)).await;
        let mut per_address: HashMap<String, usize> = HashMap::new();
        for mail in app.smtp.all() {
            for to in mail.to {
                *per_address.entry(to).or_default() += 1;
            }
        }
        for email in &emails {
            assert_eq!(per_address.get(email), Some(&1), "{email} got {:?} messages", per_address.get(email));
        }
    }

    async fn a_mail_that_could_not_be_sent_is_kept_and_retried(app) {
        let smtp_port = free_port();
        let dir = tempfile::tempdir().unwrap();
        // A database of its own, so that only this instance's worker sees the message.
        let own_pg = app.pg.as_ref().map(|_| PgTestDb::create(&std::env::var("TEST_DATABASE_URL").unwrap()));
        let other_db = match &own_pg {
            Some(pg) => pg.url.clone(),
            None => format!("sqlite://{}", dir.path().join("retry.db").display()),
        };
        let (address, _, _) = spawn_instance(&other_db, dir.path(), smtp_port, app.clock.clone()).await;
        let (client, _) = client_with_jar();
        let email = format!("retry.{}@x.example", rand_suffix());
        register_on(&client, &address, &email).await;
        tokio::time::sleep(Duration::from_millis(1500)).await;

        let smtp = SmtpServer::start_on(smtp_port);
        assert_eq!(smtp.count_to(&email, Duration::from_millis(1500)).await, 0, "not before the retry is due");
        app.clock.advance(31);
        let mail = smtp.wait_for(&email).await;
        assert!(mail.subject.contains("Verify"));
    }
}
