//! Certificates as files: the PDF's extracted text (pdftotext, from poppler-utils) holds the
//! name in every supported script, the credential and its id.

use std::io::Write;
use std::process::{Command, Stdio};

use ess_academy::credentials::certificate::{CertificateData, Fonts, Paper, render};

fn pdftotext(pdf: &[u8]) -> String {
    let mut child = Command::new("pdftotext")
        .args(["-", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("pdftotext (poppler-utils) is installed: .ci/run installs it");
    child.stdin.take().unwrap().write_all(pdf).unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success());
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn the_certificate_text_holds_names_in_every_script() {
    let fonts = Fonts::load().unwrap();
    for name in ["Zoë Ñúñez-Çelik", "Ελένη Παπαδοπούλου", "Анна Иванова", "דוד לוי", "王小明", "Nguyễn Thị Ánh"]
    {
        let data = CertificateData {
            name: name.into(),
            title: "Environmental Sustainability Specialist".into(),
            programme: "Environmental Sustainability Specialization".into(),
            issued: "29 November 2026".into(),
            expires: "29 November 2027".into(),
            id: "Qm9vazEyMzQ1Njc4OTBhYmNk".into(),
            verify_url: "https://academy.example/verify/Qm9vazEyMzQ1Njc4OTBhYmNk".into(),
            renewed: None,
            status: "valid",
            partner: false,
            lang: "en",
        };
        let pdf = render(&fonts, &data, Paper::A4).unwrap();
        let text = pdftotext(&pdf);
        let compact: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
        let wanted: String = name.split_whitespace().collect::<Vec<_>>().join(" ");
        // pdftotext writes right-to-left runs in visual order: accept the name or its mirror.
        let mirrored: String = wanted.chars().rev().collect();
        assert!(compact.contains(&wanted) || compact.contains(&mirrored), "{name} not in:\n{text}");
        assert!(compact.contains("Environmental Sustainability Specialist"));
        assert!(compact.contains("Credential id: Qm9vazEyMzQ1Njc4OTBhYmNk"));
        assert!(compact.contains("Issued 29 November 2026"));
    }
}

#[test]
fn a_renewed_certificate_says_when_it_was_renewed() {
    let fonts = Fonts::load().unwrap();
    let data = CertificateData {
        name: "Ana Lima".into(),
        title: "Environmental Sustainability Specialist".into(),
        programme: "Environmental Sustainability Specialization".into(),
        issued: "29 November 2025".into(),
        expires: "3 December 2027".into(),
        id: "Qm9vazEyMzQ1Njc4OTBhYmNk".into(),
        verify_url: "https://academy.example/verify/Qm9vazEyMzQ1Njc4OTBhYmNk".into(),
        renewed: Some("3 December 2026".into()),
        status: "valid",
        partner: false,
        lang: "en",
    };
    let pdf = render(&fonts, &data, Paper::A4).unwrap();
    std::fs::write(std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("sample-renewed-certificate.pdf"), &pdf)
        .unwrap();
    let text = pdftotext(&pdf);
    assert!(text.contains("Renewed on 3 December 2026"), "{text}");
    assert!(text.contains("Issued 29 November 2025"));
    let never = pdftotext(&render(&fonts, &CertificateData { renewed: None, ..data }, Paper::A4).unwrap());
    assert!(!never.contains("Renewed"), "{never}");
}

/// Writes a sample certificate to `target/tmp/` for people to look at (`pdftoppm -png`).
#[test]
fn a_sample_certificate_is_written_for_review() {
    let fonts = Fonts::load().unwrap();
    let data = CertificateData {
        name: "Zoë Ñúñez-Çelik 王小明".into(),
        title: "Environmental Sustainability Specialist".into(),
        programme: "Environmental Sustainability Specialization".into(),
        issued: "29 November 2026".into(),
        expires: "29 November 2027".into(),
        id: "Qm9vazEyMzQ1Njc4OTBhYmNk".into(),
        verify_url: "https://academy.example/verify/Qm9vazEyMzQ1Njc4OTBhYmNk".into(),
        renewed: None,
        status: "valid",
        partner: false,
        lang: "en",
    };
    let pdf = render(&fonts, &data, Paper::A4).unwrap();
    let path = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("sample-certificate.pdf");
    std::fs::write(&path, &pdf).unwrap();
    assert!(std::fs::metadata(&path).unwrap().len() > 1000);

    // A partner's accreditation certificate: the company's name, its code, "accredited since".
    let partner = CertificateData {
        name: "Acme Networks GmbH".into(),
        title: "Environmental Sustainability Specialization".into(),
        programme: "Accredited partner · 3 specialist(s)".into(),
        id: "ACME-NETWORKS-DE".into(),
        verify_url: "https://academy.example/verify/partners/ACME-NETWORKS-DE".into(),
        partner: true,
        ..data
    };
    let pdf = render(&fonts, &partner, Paper::A4).unwrap();
    let text = pdftotext(&pdf);
    assert!(text.contains("is accredited for the") && text.contains("Partner code: ACME-NETWORKS-DE"), "{text}");
    assert!(text.contains("Accredited since 29 November 2026"));
    std::fs::write(std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("sample-partner-certificate.pdf"), &pdf)
        .unwrap();
}

/// Writes sample badges (valid and revoked) to `target/tmp/` for people to look at.
#[test]
fn sample_badges_are_written_for_review() {
    use ess_academy::credentials::badge::{BadgeData, BadgeFonts, png, svg};

    let templates = ess_academy::templates::load().unwrap();
    let fonts = BadgeFonts::default();
    for status in ["valid", "revoked"] {
        let data = BadgeData {
            title: "Environmental Sustainability Specialist".into(),
            name: "Zoë Ñúñez 王小明".into(),
            year: "2026".into(),
            status: status.into(),
            assertion_url: Some("https://academy.example/ob/assertions/abc.json".into()),
            credential_jwt: Some("eyJhbGciOiJFZERTQSJ9.e30.c2ln".into()),
            lang: "en",
        };
        let image = png(
            &fonts,
            &svg(&templates, &data).unwrap(),
            600,
            data.assertion_url.as_deref(),
            data.credential_jwt.as_deref(),
        )
        .unwrap();
        let signature = ess_academy::credentials::badge::signature_png(
            &fonts,
            &ess_academy::credentials::badge::signature_svg(&templates, &data).unwrap(),
        )
        .unwrap();
        std::fs::write(
            std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("sample-signature-{status}.png")),
            signature,
        )
        .unwrap();
        std::fs::write(
            std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("sample-badge-{status}.png")),
            image,
        )
        .unwrap();
    }
}

/// The certificate, badge and signature graphic in every language, written to `target/tmp/` for
/// people to look at (`pdftoppm -png`): the fixed words come from the language's message files
/// (Japanese set in the CJK face), the dates are written the language's way, and a long
/// translated credential name still fits.
#[test]
fn the_credential_files_speak_each_language() {
    use ess_academy::credentials::badge::{BadgeData, BadgeFonts, png, signature_png, signature_svg, svg};

    let fonts = Fonts::load().unwrap();
    let templates = ess_academy::templates::load().unwrap();
    let badge_fonts = BadgeFonts::default();
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"));
    let title = |lang: &str| match lang {
        "es" => "Especialista en Sostenibilidad Medioambiental",
        "ja" => "環境サステナビリティ・スペシャリスト",
        _ => "Environmental Sustainability Specialist",
    };
    for (lang, _) in ess_academy::i18n::LANGUAGES {
        let (issued, expires, renewed) = ess_academy::i18n::with_lang(lang, || {
            use ess_academy::clock::long_date;
            (long_date(1_796_342_400), long_date(1_827_964_800), long_date(1_801_612_800))
        });
        let data = CertificateData {
            name: if lang == "ja" {
                "田中 花子".into()
            } else {
                "Maximiliane Ñúñez-Çelik von Hohenberg".into()
            },
            title: title(lang).into(),
            programme: ess_academy::i18n::message(lang, "doc-partner-title", None),
            issued: issued.clone(),
            expires: expires.clone(),
            id: "Qm9vazEyMzQ1Njc4OTBhYmNk".into(),
            verify_url: "https://academy.example/verify/Qm9vazEyMzQ1Njc4OTBhYmNk".into(),
            renewed: Some(renewed),
            status: "valid",
            partner: false,
            lang,
        };
        let pdf = render(&fonts, &data, Paper::A4).unwrap();
        std::fs::write(dir.join(format!("sample-certificate-{lang}.pdf")), &pdf).unwrap();
        let text: String = pdftotext(&pdf).split_whitespace().collect::<Vec<_>>().join(" ");
        let heading = ess_academy::i18n::message(lang, "doc-cert-title", None);
        assert!(text.contains(&heading) && text.contains(&issued) && text.contains(&expires), "{lang}: {text}");
        if lang != "en" {
            assert!(!text.contains("Certificate") && !text.contains("Issued"), "{lang}: {text}");
        }
        let revoked = render(&fonts, &CertificateData { status: "revoked", ..data }, Paper::Letter).unwrap();
        std::fs::write(dir.join(format!("sample-certificate-revoked-{lang}.pdf")), &revoked).unwrap();

        for status in ["valid", "expired"] {
            let badge = BadgeData {
                title: title(lang).into(),
                name: if lang == "ja" { "田中 花子".into() } else { "Zoë Ñúñez-Çelik".into() },
                year: "2026".into(),
                status: status.into(),
                assertion_url: None,
                credential_jwt: None,
                lang,
            };
            let image = png(&badge_fonts, &svg(&templates, &badge).unwrap(), 600, None, None).unwrap();
            std::fs::write(dir.join(format!("sample-badge-{status}-{lang}.png")), image).unwrap();
            let signature = signature_png(&badge_fonts, &signature_svg(&templates, &badge).unwrap()).unwrap();
            std::fs::write(dir.join(format!("sample-signature-{status}-{lang}.png")), signature).unwrap();
        }
    }
}
