#!/usr/bin/env python3
"""Self-test of verify_ob3.py: a tiny issuer made here (Ed25519 key, OpenBadgeCredential VC-JWT,
Bitstring Status List VC-JWT, key URL, JWKS) served by http.server on 127.0.0.1, and the
verifier run against good and broken variants of it.

The fixtures are built without verify_ob3's helpers: JWS signing with `cryptography` directly,
the bitstring from a string of '0'/'1' characters (index 0 first) turned into big-endian
bytes, so an encoding mistake in the verifier cannot cancel out against the same mistake here.

    python3 selftest.py        # exit 0 when every case behaves; last line 'N passed, N failed'
"""

from __future__ import annotations

import base64
import copy
import gzip
import hashlib
import json
import subprocess
import sys
import tempfile
import threading
import time
import traceback
import zlib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Callable, Optional

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import verify_ob3  # noqa: E402

LIST_BITS = 131_072
INDEX = 94_567  # as in the Bitstring Status List examples; byte 11820, bit 7 from the left


def b64u(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def rfc3339(t: int) -> str:
    return datetime.fromtimestamp(t, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class Key:
    def __init__(self) -> None:
        self.private = Ed25519PrivateKey.generate()
        raw = self.private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        self.x = b64u(raw)
        # RFC 7638: required members in lexicographic order, no whitespace.
        canonical = '{"crv":"Ed25519","kty":"OKP","x":"%s"}' % self.x
        self.thumbprint = b64u(hashlib.sha256(canonical.encode()).digest())

    def jwk(self, base: str) -> dict[str, Any]:
        return {"kty": "OKP", "crv": "Ed25519", "x": self.x, "alg": "EdDSA", "use": "sig", "kid": self.kid(base)}

    def kid(self, base: str) -> str:
        return f"{base}/ob/keys/{self.thumbprint}.json"


def sign(header: dict[str, Any], payload: dict[str, Any], key: Key) -> str:
    h = b64u(json.dumps(header, separators=(",", ":")).encode())
    p = b64u(json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode("utf-8"))
    sig = key.private.sign(f"{h}.{p}".encode())
    return f"{h}.{p}.{b64u(sig)}"


def bitstring(set_bits: set[int], nbits: int = LIST_BITS) -> bytes:
    chars = ["0"] * nbits
    for i in set_bits:
        chars[i] = "1"  # index 0 = left-most character = most significant bit of byte 0
    return int("".join(chars), 2).to_bytes(nbits // 8, "big")


def encoded_list(bits: bytes, compress: Callable[[bytes], bytes] = gzip.compress) -> str:
    return "u" + b64u(compress(bits))


@dataclass
class Issuer:
    base: str
    key: Key
    now: int = field(default_factory=lambda: int(time.time()))

    @property
    def issuer_id(self) -> str:
        return f"{self.base}/ob/issuer.json"

    @property
    def list_url(self) -> str:
        return f"{self.base}/ob/status/1"

    def credential(self) -> dict[str, Any]:
        vf, vu = self.now - 3600, self.now + 365 * 86400
        salt = "s3cr3t-salt"
        return {
            "@context": ["https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"],
            "id": f"{self.base}/verify/abc123",
            "type": ["VerifiableCredential", "OpenBadgeCredential"],
            "name": "Environmental Sustainability Specialist",
            "issuer": {"id": self.issuer_id, "type": ["Profile"], "name": "ESS Academy", "url": self.base},
            "validFrom": rfc3339(vf),
            "validUntil": rfc3339(vu),
            "credentialSubject": {
                "id": f"{self.base}/verify/abc123#holder",
                "type": ["AchievementSubject"],
                "name": "Zoë Ñandú",
                "identifier": [{
                    "type": "IdentityObject",
                    "identityType": "emailAddress",
                    "hashed": True,
                    "salt": salt,
                    "identityHash": "sha256$" + hashlib.sha256(("zoe@example.com" + salt).encode()).hexdigest(),
                }],
                "achievement": {
                    "id": f"{self.base}/ob/badgeclass.json",
                    "type": ["Achievement"],
                    "achievementType": "Certification",
                    "name": "Environmental Sustainability Specialist",
                    "description": "Completed the ESS course and passed its final exam.",
                    "criteria": {"id": f"{self.base}/courses/ess", "narrative": "Pass the final exam."},
                    "image": {"id": f"{self.base}/static/img/logo.svg", "type": "Image"},
                },
            },
            "credentialStatus": {
                "id": f"{self.list_url}#{INDEX}",
                "type": "BitstringStatusListEntry",
                "statusPurpose": "revocation",
                "statusListIndex": str(INDEX),
                "statusListCredential": self.list_url,
            },
            "iss": self.issuer_id,
            "jti": f"{self.base}/verify/abc123",
            "sub": f"{self.base}/verify/abc123#holder",
            "nbf": vf,
            "exp": vu,
        }

    def status_list(self, bits: bytes) -> dict[str, Any]:
        vf = self.now - 60
        return {
            "@context": ["https://www.w3.org/ns/credentials/v2"],
            "id": self.list_url,
            "type": ["VerifiableCredential", "BitstringStatusListCredential"],
            "issuer": {"id": self.issuer_id, "type": ["Profile"], "name": "ESS Academy", "url": self.base},
            "validFrom": rfc3339(vf),
            "credentialSubject": {
                "id": f"{self.list_url}#list",
                "type": "BitstringStatusList",
                "statusPurpose": "revocation",
                "encodedList": encoded_list(bits),
            },
            "iss": self.issuer_id,
            "jti": self.list_url,
            "nbf": vf,
        }

    def header(self, key: Optional[Key] = None) -> dict[str, Any]:
        return {"alg": "EdDSA", "kid": (key or self.key).kid(self.base), "typ": "JWT"}


class Routes(dict):
    """path -> (content type, body bytes)"""


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802
        route = self.server.routes.get(self.path)  # type: ignore[attr-defined]
        if route is None:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        ctype, body = route
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        pass


def jsonb(obj: Any) -> bytes:
    return json.dumps(obj).encode()


@dataclass
class World:
    """Everything the server publishes; each case copies and breaks one part of it."""
    issuer: Issuer
    cred_header: dict[str, Any]
    cred_payload: dict[str, Any]
    cred_key: Key
    list_header: dict[str, Any]
    list_payload: dict[str, Any]
    list_key: Key
    list_ctype: str = "application/vc+jwt"
    keys: dict[str, dict[str, Any]] = field(default_factory=dict)  # thumbprint -> served JWK
    jwks: list[dict[str, Any]] = field(default_factory=list)
    raw_token: Optional[str] = None

    def token(self) -> str:
        return self.raw_token or sign(self.cred_header, self.cred_payload, self.cred_key)

    def routes(self) -> Routes:
        base = self.issuer.base
        r = Routes()
        for thumb, jwk in self.keys.items():
            r[f"/ob/keys/{thumb}.json"] = ("application/jwk+json", jsonb(jwk))
        r["/.well-known/jwks.json"] = ("application/json", jsonb({"keys": self.jwks}))
        list_path = self.issuer.list_url[len(base):]
        r[list_path] = (self.list_ctype, sign(self.list_header, self.list_payload, self.list_key).encode())
        return r


def make_world(base: str, key: Key, set_bits: set[int]) -> World:
    iss = Issuer(base, key)
    return World(
        issuer=iss,
        cred_header=iss.header(),
        cred_payload=iss.credential(),
        cred_key=key,
        list_header=iss.header(),
        list_payload=iss.status_list(bitstring(set_bits)),
        list_key=key,
        keys={key.thumbprint: key.jwk(base)},
        jwks=[key.jwk(base)],
    )


@dataclass
class Case:
    name: str
    mutate: Callable[[World], None]
    ok: bool
    bit: Optional[int] = None
    must_fail: tuple[str, ...] = ()
    expect_status: Optional[int] = None
    warns: tuple[str, ...] = ()


def main() -> int:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.routes = Routes()  # type: ignore[attr-defined]
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    key, other = Key(), Key()

    byte, mask = INDEX // 8, 0x80 >> (INDEX % 8)
    # Every bit of the credential's byte except its own is set, so reading the wrong bit of the
    # right byte (e.g. least-significant-bit-first) gives 1 instead of 0.
    neighbours = {byte * 8 + i for i in range(8)} - {INDEX}
    assert bitstring(neighbours)[byte] == 0xFF ^ mask and bitstring({INDEX})[byte] == mask

    def revoked(w: World) -> None:
        w.list_payload = w.issuer.status_list(bitstring({INDEX}))

    def vc_wrapped(w: World) -> None:
        vc = {k: v for k, v in w.cred_payload.items() if k not in ("iss", "jti", "sub", "nbf", "exp")}
        w.cred_payload = {k: w.cred_payload[k] for k in ("iss", "jti", "sub", "nbf", "exp")} | {"vc": vc}

    def wrong_key(w: World) -> None:
        w.cred_key = other  # signed by another key, header still names the published one

    def drop(claim: str) -> Callable[[World], None]:
        return lambda w: w.cred_payload.pop(claim)

    def nbf_off(w: World) -> None:
        w.cred_payload["nbf"] += 1

    def short_list(w: World) -> None:
        w.list_payload["credentialSubject"]["encodedList"] = encoded_list(bitstring(set(), 8 * 8192))

    def list_wrong_key(w: World) -> None:
        w.list_key = other

    def not_in_jwks(w: World) -> None:
        w.jwks = [other.jwk(base)]

    def extra_header(w: World) -> None:
        w.cred_header["cty"] = "vc"

    def expired(w: World) -> None:
        past = w.issuer.now - 10
        w.cred_payload["validUntil"], w.cred_payload["exp"] = rfc3339(past), past

    def typ_vc_jwt(w: World) -> None:
        w.cred_header["typ"] = "vc+jwt"
        w.list_header["typ"] = "vc+jwt"

    def suspension_list(w: World) -> None:
        w.list_payload["credentialSubject"]["statusPurpose"] = "suspension"

    def zlib_list(w: World) -> None:
        w.list_payload["credentialSubject"]["encodedList"] = encoded_list(bitstring(neighbours), zlib.compress)

    def private_jwk(w: World) -> None:
        d = key.private.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())
        w.keys[key.thumbprint] = key.jwk(base) | {"d": b64u(d)}

    def plain_json_list(w: World) -> None:
        w.list_ctype = "application/json"

    def list_rotated_key(w: World) -> None:
        # The list signed with a newer key that the JWKS also lists: allowed by the contract.
        w.list_key = other
        w.list_header = w.issuer.header(other)
        w.keys[other.thumbprint] = other.jwk(base)
        w.jwks.append(other.jwk(base))

    def index_not_string(w: World) -> None:
        w.cred_payload["credentialStatus"]["statusListIndex"] = INDEX

    def no_description(w: World) -> None:
        del w.cred_payload["credentialSubject"]["achievement"]["description"]

    cases = [
        Case("valid credential, bit 0", lambda w: None, ok=True, bit=0, expect_status=0),
        Case("valid credential, --expect-status 1 mismatch", lambda w: None, ok=False, bit=0, expect_status=1, must_fail=("status.expected",)),
        Case("revoked: bit flipped to 1", revoked, ok=True, bit=1, expect_status=1),
        Case("vc-wrapped payload (VC-JWT 1.1 style)", vc_wrapped, ok=False, must_fail=("credential.claims.no_vc", "credential.schema")),
        Case("signed with the wrong key", wrong_key, ok=False, must_fail=("credential.jws.signature",)),
        Case("missing iss", drop("iss"), ok=False, bit=0, must_fail=("credential.claims.iss", "credential.claims.pyjwt")),
        Case("missing sub", drop("sub"), ok=False, bit=0, must_fail=("credential.claims.sub",)),
        Case("nbf != validFrom", nbf_off, ok=False, bit=0, must_fail=("credential.claims.nbf",)),
        Case("expired", expired, ok=False, bit=0, must_fail=("credential.valid.until", "credential.claims.pyjwt")),
        Case("extra JOSE header", extra_header, ok=False, bit=0, must_fail=("credential.jose.members",)),
        Case("typ vc+jwt (contract allows, warns)", typ_vc_jwt, ok=True, bit=0, warns=("credential.jose.typ",)),
        Case("key not in the JWKS", not_in_jwks, ok=False, bit=0, must_fail=("credential.key.in_jwks",)),
        Case("served JWK has 'd'", private_jwk, ok=False, must_fail=("credential.key.jwk",)),
        Case("status list too short (8 KB)", short_list, ok=False, must_fail=("status.list.length", "status.bit")),
        Case("status list signed with the wrong key", list_wrong_key, ok=False, must_fail=("status.list.jws.signature", "status.list.proof")),
        Case("status list signed with another published key", list_rotated_key, ok=True, bit=0),
        Case("status list purpose suspension", suspension_list, ok=False, bit=0, must_fail=("status.list.statusPurpose",)),
        Case("encodedList zlib, not GZIP", zlib_list, ok=False, must_fail=("status.list.encodedList.gzip",)),
        Case("status list served as application/json", plain_json_list, ok=False, bit=0, must_fail=("status.list.content_type",)),
        Case("statusListIndex as a number", index_not_string, ok=False, must_fail=("status.entry.statusListIndex",)),
        Case("achievement without description (schema)", no_description, ok=False, bit=0, must_fail=("credential.schema",)),
    ]

    passed = failed = 0

    def result(name: str, good: bool, why: str = "") -> None:
        nonlocal passed, failed
        if good:
            passed += 1
            print(f"PASS  {name}")
        else:
            failed += 1
            print(f"FAIL  {name}: {why}")

    for case in cases:
        try:
            w = make_world(base, key, neighbours)
            case.mutate(w)
            server.routes = w.routes()  # type: ignore[attr-defined]
            rep = verify_ob3.verify(w.token(), base, case.expect_status)
            failed_names = {c["check"] for c in rep.failures}
            why = []
            if rep.ok != case.ok:
                why.append(f"ok={rep.ok}, expected {case.ok}; failures: " +
                           "; ".join(f"{c['check']}: {c['detail']}" for c in rep.failures) if rep.failures else f"ok={rep.ok}, expected {case.ok}")
            missing = [n for n in case.must_fail if n not in failed_names]
            if missing:
                why.append(f"expected these checks to fail: {missing}; failed: {sorted(failed_names)}")
            if case.bit is not None and rep.status_bit != case.bit:
                why.append(f"status_bit={rep.status_bit}, expected {case.bit}")
            missing_w = [n for n in case.warns if n not in {x['check'] for x in rep.warnings}]
            if missing_w:
                why.append(f"expected warnings {missing_w}")
            result(case.name + (f"  [failed as expected: {', '.join(sorted(failed_names))}]" if failed_names and not why else ""),
                   not why, " | ".join(why))
        except Exception:  # noqa: BLE001
            result(case.name, False, traceback.format_exc())

    # The Bitstring Status List spec's own example encodedList (§2.2) must expand to 16 KB of zeros.
    spec_example = "uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA"
    bits = verify_ob3.Verifier(base).expand(spec_example)
    result("BSL §2.2 example encodedList expands to 131072 zero bits", bits is not None and len(bits) * 8 == LIST_BITS and not any(bits),
           f"got {None if bits is None else len(bits)} bytes")
    # Index 0 is the most significant bit of byte 0.
    rep = verify_ob3.Report()
    v = verify_ob3.Verifier(base, report=rep)
    b = v.expand(encoded_list(bitstring({0})))
    result("bit index 0 is the left-most bit of the first byte", b is not None and b[0] == 0x80 and (b[0] >> 7) & 1 == 1, repr(b[:2] if b else b))

    # The command line, as the Rust test runs it.
    with tempfile.TemporaryDirectory() as tmp:
        w = make_world(base, key, neighbours)
        server.routes = w.routes()  # type: ignore[attr-defined]
        jwt_file = Path(tmp) / "cred.jwt"
        jwt_file.write_text(w.token())
        cli = [sys.executable, str(HERE / "verify_ob3.py"), "--jwt", str(jwt_file), "--base-url", base]
        p = subprocess.run(cli + ["--expect-status", "0"], capture_output=True, text=True, timeout=120)
        out = json.loads(p.stdout) if p.stdout.strip().startswith("{") else {}
        result("CLI: valid credential exits 0 with ok=true, status_bit=0",
               p.returncode == 0 and out.get("ok") is True and out.get("status_bit") == 0, f"rc={p.returncode} stderr={p.stderr[-2000:]}")
        p = subprocess.run(cli + ["--expect-status", "1"], capture_output=True, text=True, timeout=120)
        out = json.loads(p.stdout) if p.stdout.strip().startswith("{") else {}
        result("CLI: --expect-status mismatch exits 1 and names the check",
               p.returncode == 1 and out.get("ok") is False and "FAIL [status.expected]" in p.stderr, f"rc={p.returncode} stderr={p.stderr[-2000:]}")
        p = subprocess.run([sys.executable, str(HERE / "verify_ob3.py"), "--jwt", str(Path(tmp) / "missing.jwt"), "--base-url", base],
                           capture_output=True, text=True, timeout=120)
        result("CLI: unreadable --jwt file exits 1", p.returncode == 1 and "FAIL [input.jwt]" in p.stderr, f"rc={p.returncode}")

    server.shutdown()
    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
