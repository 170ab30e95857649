//! Private keys kept in the shared database, sealed (ChaCha20-Poly1305) with a key derived from
//! `ESS_SECRET` and a label naming what is sealed: the Open Badges issuer key and the LTI tool
//! key. Every instance with the same secret can unseal them; a database copied without the secret
//! holds no usable private key.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use chacha20poly1305::aead::{Aead, KeyInit};
use chacha20poly1305::{ChaCha20Poly1305, Key, Nonce};
use sha2::{Digest, Sha256};

/// The sealing key: SHA-256 of the label and the secret.
fn sealing_key(label: &[u8], secret: &[u8]) -> ChaCha20Poly1305 {
    let digest = Sha256::new().chain_update(label).chain_update(secret).finalize();
    ChaCha20Poly1305::new(&Key::from(<[u8; 32]>::from(digest)))
}

/// Seals a text: base64 of a random 96-bit nonce and the ciphertext.
pub fn seal(label: &[u8], secret: &[u8], plain: &str) -> anyhow::Result<String> {
    let mut nonce = [0u8; 12];
    rand::Rng::fill(&mut rand::rng(), &mut nonce[..]);
    let sealed = sealing_key(label, secret)
        .encrypt(&Nonce::from(nonce), plain.as_bytes())
        .map_err(|_| anyhow::anyhow!("cannot seal the key"))?;
    Ok(STANDARD.encode([&nonce[..], &sealed].concat()))
}

/// The text sealed with this label and secret; `None` for another secret, label or a damaged seal.
pub fn unseal(label: &[u8], secret: &[u8], sealed: &str) -> Option<String> {
    let bytes = STANDARD.decode(sealed).ok()?;
    let (nonce, ciphertext) = bytes.split_at_checked(12)?;
    let nonce: [u8; 12] = nonce.try_into().ok()?;
    let plain = sealing_key(label, secret).decrypt(&Nonce::from(nonce), ciphertext).ok()?;
    String::from_utf8(plain).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_same_label_and_secret_unseal() {
        let sealed = seal(b"label a\0", b"secret", "private").unwrap();
        assert_eq!(unseal(b"label a\0", b"secret", &sealed).as_deref(), Some("private"));
        assert_eq!(unseal(b"label a\0", b"other secret", &sealed), None);
        assert_eq!(unseal(b"label b\0", b"secret", &sealed), None);
        assert_eq!(unseal(b"label a\0", b"secret", "not base64!"), None);
        assert_ne!(seal(b"label a\0", b"secret", "private").unwrap(), sealed, "a fresh nonce each time");
    }
}
