#!/usr/bin/env python3
"""Independent verifier of ESS Academy's Open Badges 3.0 output.

It checks a VC-JWT OpenBadgeCredential (OB 3.0 §8.2) and the W3C Bitstring Status List
credential it points to, against the standards' own text and 1EdTech's JSON Schema, using
PyJWT + cryptography for the signatures, jsonschema for the schema and, as a second opinion,
the third-party `openbadgeslib` OB 3.0 verifier. None of ESS Academy's own code is used.

    python3 verify_ob3.py --jwt FILE --base-url URL [--expect-status 0|1]

Prints a JSON summary on stdout, {"ok": ..., "status_bit": ..., "checks": [...], ...}, and
exits 0 when every check passes (and the status bit equals --expect-status when given),
1 otherwise (the failures are also printed, one a line, on stderr), 2 on a usage error.
"""

from __future__ import annotations

import argparse
import base64
import binascii
import datetime as dt
import gzip
import hashlib
import json
import re
import sys
import time
import urllib.error
import urllib.request
import zlib
from dataclasses import dataclass, field
from decimal import Decimal
from fractions import Fraction
from pathlib import Path
from typing import Any, Callable, Optional

import jwt  # PyJWT
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from jsonschema import Draft201909Validator

HERE = Path(__file__).resolve().parent
SCHEMA_FILE = HERE / "schema" / "achievementcredential.json"

VC_V2_CONTEXT = "https://www.w3.org/ns/credentials/v2"
OB_CONTEXT = "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"
MIN_STATUS_BITS = 131_072  # Bitstring Status List v1.0 §3.2 minimumNumberOfEntries (16 KB)
MAX_FETCH_BYTES = 16 * 1024 * 1024
MAX_BITSTRING_BYTES = 64 * 1024 * 1024

# Where each rule comes from. OB 3.0 = 1EdTech Open Badges Specification v3.0; BSL = W3C
# Bitstring Status List v1.0; VCDM = W3C Verifiable Credentials Data Model v2.0. "contract" is
# the ESS Academy contract this verifier was written for (tests/ob3/README.md).
OB_PROOF_FORMATS = "OB 3.0 §8.2 (JSON Web Token Proof Format)"
OB_JOSE = "OB 3.0 §8.2.3 (Create the JOSE Header)"
OB_PAYLOAD = "OB 3.0 §8.2.4.1 (JWT Payload Format)"
OB_VERIFY = "OB 3.0 §8.2.6 (Verify a Credential)"
OB_VERIFY_CLAIMS = "OB 3.0 §8.2.6.1 (Verify a Credential VC-JWT Signature)"
OB_DEREF = "OB 3.0 §8.5 (Dereferencing the Public Key)"
OB_VERIFICATION = "OB 3.0 §9.1 (OpenBadgeCredential Verification)"
OB_SCHEMA = "OB 3.0 Appendix B (Data Models) via 1EdTech's AchievementCredential JSON Schema"
OB_IDENTITYHASH = "OB 3.0 Appendix B (IdentityHash)"
OB_DATETIMEZ = "OB 3.0 Appendix B (DateTimeZ) / VCDM 2.0 (Validity Period)"
BSL_ENTRY = "BSL §2.1 (BitstringStatusListEntry)"
BSL_CREDENTIAL = "BSL §2.2 (BitstringStatusListCredential)"
BSL_VALIDATE = "BSL §3.2 (Validate Algorithm)"
BSL_EXPAND = "BSL §3.4 (Bitstring Expansion Algorithm)"
BSL_ENCODING = "BSL §2.2 encodedList + §7.1 (Bitstring Encoding)"
BSL_MEDIA = "BSL §4 (Media Types)"
RFC7515_COMPACT = "RFC 7515 §2 and §7.1 (JWS Compact Serialization, base64url without padding)"
RFC7515_VALIDATE = "RFC 7515 §5.2 (Message Signature Validation)"
RFC7519_CLAIMS = "RFC 7519 §4 (JWT Claims: unique names)"
RFC7519_NUMERICDATE = "RFC 7519 §2 (NumericDate)"
RFC7517_JWKS = "RFC 7517 §5 (JWK Set)"
RFC8037_OKP = "RFC 8037 §2-§3 (OKP Ed25519 keys, alg EdDSA)"
RFC7638 = "RFC 7638 (JWK Thumbprint)"
CONTRACT = "ESS Academy OB 3.0 contract (tests/ob3/README.md)"

ALLOWED_JOSE_HEADERS = {"alg", "kid", "jwk", "typ"}  # OB 3.0 §8.2.3: "Additional JOSE Headers are NOT allowed."
B64URL = re.compile(r"^[A-Za-z0-9_-]*$")
RFC3339 = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|([+-])(\d{2}):(\d{2}))$"
)
IDENTITY_HASH = re.compile(r"^(sha256\$[0-9a-fA-F]{64}|md5\$[0-9a-fA-F]{32})$")


# ----------------------------------------------------------------------------------------------
# Reporting


@dataclass
class Report:
    checks: list[dict[str, Any]] = field(default_factory=list)
    warnings: list[dict[str, Any]] = field(default_factory=list)
    status_bit: Optional[int] = None

    def check(self, name: str, ref: str, ok: bool, detail: str) -> bool:
        self.checks.append({"check": name, "ref": ref, "ok": bool(ok), "detail": detail})
        return bool(ok)

    def fail(self, name: str, ref: str, detail: str) -> bool:
        return self.check(name, ref, False, detail)

    def passed(self, name: str, ref: str, detail: str) -> bool:
        return self.check(name, ref, True, detail)

    def warn(self, name: str, ref: str, detail: str) -> None:
        self.warnings.append({"check": name, "ref": ref, "detail": detail})

    @property
    def failures(self) -> list[dict[str, Any]]:
        return [c for c in self.checks if not c["ok"]]

    @property
    def ok(self) -> bool:
        return bool(self.checks) and not self.failures

    def summary(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "status_bit": self.status_bit,
            "revoked": None if self.status_bit is None else self.status_bit == 1,
            "checks": self.checks,
            "failures": self.failures,
            "warnings": self.warnings,
        }


# ----------------------------------------------------------------------------------------------
# Fetching


@dataclass
class Response:
    status: int
    content_type: str
    body: bytes


Fetcher = Callable[[str, str], Response]


def http_fetch(url: str, accept: str) -> Response:
    """GET `url` without any credentials; raises OSError/ValueError on transport problems."""
    req = urllib.request.Request(url, headers={"Accept": accept, "User-Agent": "ess-ob3-verifier/1"})
    try:
        with urllib.request.urlopen(req, timeout=15) as resp:  # noqa: S310 (test tool)
            body = resp.read(MAX_FETCH_BYTES + 1)
            return Response(resp.status, resp.headers.get("Content-Type", ""), body)
    except urllib.error.HTTPError as e:
        return Response(e.code, e.headers.get("Content-Type", "") if e.headers else "", e.read() or b"")


def media_type(content_type: str) -> str:
    return content_type.split(";", 1)[0].strip().lower()


# ----------------------------------------------------------------------------------------------
# Helpers


class DuplicateMember(ValueError):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in pairs:
        if k in out:
            raise DuplicateMember(f"duplicate member name {k!r}")
        out[k] = v
    return out


def _bad_constant(name: str) -> Any:
    raise ValueError(f"non-JSON number {name}")


def strict_json(data: bytes | str) -> Any:
    """JSON with duplicate member names rejected, NaN/Infinity rejected, decimals kept exact."""
    if isinstance(data, bytes):
        data = data.decode("utf-8")
    return json.loads(data, object_pairs_hook=_no_duplicates, parse_float=Decimal, parse_constant=_bad_constant)


def b64url_decode(segment: str) -> bytes:
    """Base64url without padding (RFC 7515 §2); raises ValueError on anything else."""
    if not B64URL.match(segment):
        raise ValueError("not base64url without padding (only A-Z a-z 0-9 - _ allowed, no '=')")
    if len(segment) % 4 == 1:
        raise ValueError("impossible base64url length")
    try:
        return base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4))
    except binascii.Error as e:
        raise ValueError(str(e)) from e


def b64url_encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def rfc3339_to_epoch(value: Any) -> Fraction:
    """An RFC 3339 date-time WITH a time zone (DateTimeZ) to exact seconds since the epoch."""
    if not isinstance(value, str):
        raise ValueError(f"{value!r} is not a string")
    m = RFC3339.match(value)
    if not m:
        raise ValueError(f"{value!r} is not an RFC 3339 date-time with a time zone")
    year, month, day, hour, minute, second = (int(m.group(i)) for i in range(1, 7))
    frac = Fraction(m.group(7)) if m.group(7) else Fraction(0)
    if m.group(8) in ("Z", "z"):
        offset = 0
    else:
        sign = 1 if m.group(9) == "+" else -1
        oh, om = int(m.group(10)), int(m.group(11))
        if oh > 23 or om > 59:
            raise ValueError(f"{value!r} has an invalid UTC offset")
        offset = sign * (oh * 3600 + om * 60)
    try:
        naive = dt.datetime(year, month, day, hour, minute, second)
    except ValueError as e:
        raise ValueError(f"{value!r}: {e}") from e
    epoch = (naive - dt.datetime(1970, 1, 1)).days * 86400 + (naive - dt.datetime(1970, 1, 1)).seconds
    return Fraction(epoch) + frac - offset


def numeric_date(value: Any) -> Fraction:
    """An RFC 7519 NumericDate (JSON number of seconds since the epoch) as an exact Fraction."""
    if isinstance(value, bool) or not isinstance(value, (int, Decimal, float)):
        raise ValueError(f"{value!r} is not a JSON number")
    if isinstance(value, float):
        value = Decimal(repr(value))
    return Fraction(value)


def fmt_epoch(x: Fraction) -> str:
    whole = int(x) if x.denominator == 1 else float(x)
    try:
        stamp = dt.datetime.fromtimestamp(float(x), tz=dt.timezone.utc).isoformat().replace("+00:00", "Z")
    except (OverflowError, OSError, ValueError):
        stamp = "out of range"
    return f"{whole} ({stamp})"


def type_list(value: Any) -> list[Any]:
    if isinstance(value, list):
        return value
    return [value] if value is not None else []


def node_id(value: Any) -> Any:
    """The id of an `issuer`-like member: a bare IRI string or an object's `id`."""
    if isinstance(value, dict):
        return value.get("id")
    return value


def jwk_thumbprint(jwk: dict[str, Any]) -> str:
    """RFC 7638 §3 thumbprint (SHA-256, base64url) of an OKP JWK: required members crv, kty, x."""
    canonical = json.dumps({"crv": jwk["crv"], "kty": jwk["kty"], "x": jwk["x"]}, separators=(",", ":"), sort_keys=True)
    return b64url_encode(hashlib.sha256(canonical.encode("utf-8")).digest())


# ----------------------------------------------------------------------------------------------
# The verifier


@dataclass
class Jws:
    header: dict[str, Any]
    payload: dict[str, Any]
    jwk: dict[str, Any]
    public_key: Ed25519PublicKey
    token: str


class Verifier:
    def __init__(
        self,
        base_url: str,
        fetch: Fetcher = http_fetch,
        *,
        leeway: float = 0.0,
        now: Optional[float] = None,
        require_valid_until: bool = True,
        second_opinion: bool = True,
        report: Optional[Report] = None,
    ) -> None:
        self.base = base_url.rstrip("/")
        self.fetch = fetch
        self.leeway = Fraction(leeway).limit_denominator(1000)
        self._now = now
        self.require_valid_until = require_valid_until
        self.second_opinion = second_opinion
        self.report = report or Report()
        self._jwks: Optional[list[dict[str, Any]]] = None
        self._jwks_error: Optional[str] = None
        self._list_token: Optional[str] = None

    # -- time ------------------------------------------------------------------------------

    def now(self) -> Fraction:
        return Fraction(self._now if self._now is not None else time.time()).limit_denominator(1_000_000)

    # -- keys ------------------------------------------------------------------------------

    def jwks(self) -> Optional[list[dict[str, Any]]]:
        """The JWK Set at {base}/.well-known/jwks.json, checked once."""
        if self._jwks is not None or self._jwks_error is not None:
            return self._jwks
        r = self.report
        url = f"{self.base}/.well-known/jwks.json"
        try:
            resp = self.fetch(url, "application/jwk-set+json, application/json")
        except (OSError, ValueError) as e:
            self._jwks_error = f"GET {url} failed: {e}"
            r.fail("jwks.fetch", CONTRACT, self._jwks_error)
            return None
        if resp.status != 200:
            self._jwks_error = f"GET {url} answered HTTP {resp.status}, expected 200"
            r.fail("jwks.fetch", CONTRACT, self._jwks_error)
            return None
        try:
            doc = strict_json(resp.body)
        except (ValueError, UnicodeDecodeError) as e:
            self._jwks_error = f"{url} is not JSON: {e}"
            r.fail("jwks.json", RFC7517_JWKS, self._jwks_error)
            return None
        if not isinstance(doc, dict) or not isinstance(doc.get("keys"), list):
            self._jwks_error = f"{url} is not a JWK Set: it needs a top-level object with a 'keys' array"
            r.fail("jwks.json", RFC7517_JWKS, self._jwks_error)
            return None
        problems = []
        for i, k in enumerate(doc["keys"]):
            if not isinstance(k, dict):
                problems.append(f"keys[{i}] is not an object")
                continue
            if "d" in k:
                problems.append(f"keys[{i}] contains the PRIVATE member 'd' (OB 3.0 §8.2.3: the JWK MUST never contain \"d\")")
            if k.get("kty") != "OKP" or k.get("crv") != "Ed25519" or not isinstance(k.get("x"), str):
                problems.append(f"keys[{i}] is not an OKP Ed25519 public key (kty={k.get('kty')!r}, crv={k.get('crv')!r})")
            if not isinstance(k.get("kid"), str) or not k.get("kid"):
                problems.append(f"keys[{i}] has no 'kid'")
        if problems:
            r.fail("jwks.keys", f"{CONTRACT}; {RFC8037_OKP}", "; ".join(problems))
        else:
            r.passed("jwks.keys", f"{CONTRACT}; {RFC8037_OKP}", f"{len(doc['keys'])} OKP Ed25519 public key(s), each with a kid, none with 'd'")
        self._jwks = [k for k in doc["keys"] if isinstance(k, dict)]
        return self._jwks

    def resolve_kid(self, label: str, kid: str) -> Optional[tuple[dict[str, Any], Ed25519PublicKey]]:
        """Dereference `kid` to the public JWK (OB 3.0 §8.5) and check it against the JWKS."""
        r = self.report
        prefix = f"{self.base}/ob/keys/"
        thumb = None
        if kid.startswith(prefix) and kid.endswith(".json") and len(kid) > len(prefix) + 5:
            thumb = kid[len(prefix):-len(".json")]
            ok = "/" not in thumb and bool(B64URL.match(thumb))
            r.check(f"{label}.jose.kid.url", f"{OB_JOSE}; {CONTRACT}", ok,
                    f"kid {kid!r} is {{base}}/ob/keys/{{thumbprint}}.json" if ok
                    else f"kid {kid!r}: the part between {prefix!r} and '.json' is not a base64url thumbprint")
        else:
            r.fail(f"{label}.jose.kid.url", f"{OB_JOSE}; {CONTRACT}",
                   f"kid {kid!r} is not {prefix}{{thumbprint}}.json")
        try:
            resp = self.fetch(kid, "application/jwk+json, application/json")
        except (OSError, ValueError) as e:
            r.fail(f"{label}.key.fetch", OB_DEREF, f"dereferencing kid {kid!r} failed: {e}")
            return None
        if resp.status != 200:
            r.fail(f"{label}.key.fetch", OB_DEREF, f"dereferencing kid {kid!r} answered HTTP {resp.status}, expected 200 with a JWK")
            return None
        try:
            jwk = strict_json(resp.body)
        except (ValueError, UnicodeDecodeError) as e:
            r.fail(f"{label}.key.fetch", OB_DEREF, f"kid {kid!r} did not dereference to JSON: {e}")
            return None
        if not isinstance(jwk, dict):
            r.fail(f"{label}.key.fetch", OB_DEREF, f"kid {kid!r} dereferenced to {type(jwk).__name__}, expected a JWK object")
            return None
        r.passed(f"{label}.key.fetch", OB_DEREF, f"kid dereferenced to a JSON object ({media_type(resp.content_type) or 'no content type'})")

        problems = []
        if "d" in jwk:
            problems.append("the JWK contains the PRIVATE member 'd' (OB 3.0 §8.2.3: the JWK MUST never contain \"d\")")
        if jwk.get("kty") != "OKP" or jwk.get("crv") != "Ed25519":
            problems.append(f"kty={jwk.get('kty')!r}, crv={jwk.get('crv')!r}; expected OKP / Ed25519")
        raw = None
        try:
            raw = b64url_decode(jwk.get("x")) if isinstance(jwk.get("x"), str) else None
        except ValueError as e:
            problems.append(f"x: {e}")
        if raw is None or len(raw) != 32:
            problems.append("x is not the base64url of a 32-byte Ed25519 public key")
        if "alg" in jwk and jwk["alg"] != "EdDSA":
            problems.append(f"the JWK's alg is {jwk['alg']!r}, expected 'EdDSA'")
        if "use" in jwk and jwk["use"] != "sig":
            problems.append(f"the JWK's use is {jwk['use']!r}, expected 'sig'")
        if problems:
            r.fail(f"{label}.key.jwk", f"{RFC8037_OKP}; {OB_JOSE}", "; ".join(problems))
            return None
        r.passed(f"{label}.key.jwk", f"{RFC8037_OKP}; {OB_JOSE}", "OKP Ed25519 public JWK, no private member")
        tp = jwk_thumbprint(jwk)
        if thumb is not None:
            r.check(f"{label}.key.thumbprint", f"{RFC7638}; {CONTRACT}", tp == thumb,
                    f"RFC 7638 SHA-256 thumbprint of the key is {tp}" + ("" if tp == thumb else f", but the kid URL names {thumb!r}"))
        if "kid" in jwk and jwk["kid"] not in (kid, tp):
            r.fail(f"{label}.key.kid", CONTRACT, f"the served JWK says kid {jwk['kid']!r}, but it was fetched as {kid!r}")

        keys = self.jwks()
        if keys is not None:
            same = [k for k in keys if k.get("kty") == "OKP" and k.get("crv") == "Ed25519" and k.get("x") == jwk.get("x")]
            listed = [k for k in same if k.get("kid") in (kid, tp)]
            if listed:
                r.passed(f"{label}.key.in_jwks", CONTRACT, f"{self.base}/.well-known/jwks.json lists the key under kid {listed[0]['kid']!r}")
            elif same:
                r.fail(f"{label}.key.in_jwks", CONTRACT,
                       f"the JWKS has the key but under kid {same[0].get('kid')!r}, neither the header kid {kid!r} nor the thumbprint {tp!r}")
            else:
                r.fail(f"{label}.key.in_jwks", CONTRACT, f"{self.base}/.well-known/jwks.json does not list the key that kid {kid!r} dereferences to")
        try:
            pub = Ed25519PublicKey.from_public_bytes(raw)
        except ValueError as e:
            r.fail(f"{label}.key.jwk", RFC8037_OKP, f"not a usable Ed25519 public key: {e}")
            return None
        return jwk, pub

    # -- JWS -------------------------------------------------------------------------------

    def verify_jws(self, label: str, token: str) -> Optional[Jws]:
        """Compact JWS structure, JOSE header, key, EdDSA signature, payload JSON."""
        r = self.report
        parts = token.split(".")
        if len(parts) != 3:
            r.fail(f"{label}.jws.compact", RFC7515_COMPACT, f"a compact JWS has 3 dot-separated parts, this has {len(parts)}")
            return None
        bad = [name for name, seg in zip(("header", "payload", "signature"), parts) if not seg or not B64URL.match(seg)]
        if bad:
            r.fail(f"{label}.jws.compact", RFC7515_COMPACT, f"not base64url without padding (or empty): {', '.join(bad)}")
            return None
        r.passed(f"{label}.jws.compact", RFC7515_COMPACT, "3 base64url parts without padding")

        # JOSE header (OB 3.0 §8.2.6 step 1)
        try:
            header = strict_json(b64url_decode(parts[0]))
        except (ValueError, UnicodeDecodeError) as e:
            r.fail(f"{label}.jose.json", OB_VERIFY, f"the JOSE header does not decode to JSON: {e}")
            return None
        if not isinstance(header, dict):
            r.fail(f"{label}.jose.json", OB_VERIFY, "the JOSE header is not a JSON object")
            return None
        extra = sorted(set(header) - ALLOWED_JOSE_HEADERS)
        r.check(f"{label}.jose.members", OB_JOSE, not extra,
                f"header members {sorted(header)}" + (f"; not allowed: {extra} (\"Additional JOSE Headers are NOT allowed\")" if extra else ""))
        r.check(f"{label}.jose.alg", f"{OB_JOSE}; {RFC8037_OKP}; {CONTRACT}", header.get("alg") == "EdDSA",
                f"alg is {header.get('alg')!r}" + ("" if header.get("alg") == "EdDSA" else ", expected 'EdDSA'"))
        typ = header.get("typ")
        if typ == "JWT":
            r.passed(f"{label}.jose.typ", OB_JOSE, "typ is 'JWT'")
        elif typ == "vc+jwt":
            r.passed(f"{label}.jose.typ", CONTRACT, "typ is 'vc+jwt' (allowed by the contract)")
            r.warn(f"{label}.jose.typ", OB_JOSE, "OB 3.0 §8.2.3 says typ, if present, MUST be 'JWT'; 'vc+jwt' is VC-JOSE-COSE's")
        else:
            r.fail(f"{label}.jose.typ", f"{OB_JOSE}; {CONTRACT}", f"typ is {typ!r}, expected 'JWT' (or 'vc+jwt' by the contract)")
        if "jwk" in header:
            r.fail(f"{label}.jose.jwk", CONTRACT, "the header embeds a 'jwk'; the contract says the key is named by kid only")
        kid = header.get("kid")
        if not isinstance(kid, str) or not kid:
            r.fail(f"{label}.jose.kid", f"{OB_JOSE}; {CONTRACT}", f"kid is {kid!r}, expected a URL that dereferences to the public JWK")
            return None
        resolved = self.resolve_kid(label, kid)
        if resolved is None:
            return None
        jwk, pub = resolved

        # Signature (OB 3.0 §8.2.6 step 4), twice: PyJWT's JWS layer, and cryptography directly.
        signing_input = f"{parts[0]}.{parts[1]}".encode("ascii")
        sig = b64url_decode(parts[2])
        try:
            pub.verify(sig, signing_input)
            crypto_ok, crypto_msg = True, "cryptography: Ed25519 signature valid"
        except InvalidSignature:
            crypto_ok, crypto_msg = False, "cryptography: Ed25519 signature INVALID for the key the kid names"
        try:
            jwt.api_jws.PyJWS().decode_complete(token, key=jwt.PyJWK(jwk, algorithm="EdDSA").key, algorithms=["EdDSA"])
            pyjwt_ok, pyjwt_msg = True, "PyJWT: JWS verified with algorithms=['EdDSA']"
        except jwt.exceptions.PyJWTError as e:
            pyjwt_ok, pyjwt_msg = False, f"PyJWT: {type(e).__name__}: {e}"
        sig_ok = r.check(f"{label}.jws.signature", f"{OB_VERIFY}; {RFC7515_VALIDATE}", crypto_ok and pyjwt_ok, f"{crypto_msg}; {pyjwt_msg}")
        if not sig_ok:
            return None

        # Payload (OB 3.0 §8.2.6 step 5)
        try:
            payload = strict_json(b64url_decode(parts[1]))
        except DuplicateMember as e:
            r.fail(f"{label}.payload.json", RFC7519_CLAIMS, f"the JWT payload has a {e}")
            return None
        except (ValueError, UnicodeDecodeError) as e:
            r.fail(f"{label}.payload.json", OB_VERIFY, f"the JWT payload does not decode to JSON: {e}")
            return None
        if not isinstance(payload, dict):
            r.fail(f"{label}.payload.json", OB_VERIFY, "the JWT payload is not a JSON object")
            return None
        r.passed(f"{label}.payload.json", f"{OB_VERIFY}; {RFC7519_CLAIMS}", "payload is a JSON object with unique member names")
        return Jws(header, payload, jwk, pub, token)

    # -- VC <-> JWT claim mapping ----------------------------------------------------------

    def check_no_vc(self, label: str, payload: dict[str, Any]) -> None:
        self.report.check(
            f"{label}.claims.no_vc", f"{OB_PAYLOAD}; {CONTRACT}", "vc" not in payload,
            "no 'vc' claim: the payload is the credential itself" if "vc" not in payload
            else "the payload wraps the credential in a 'vc' claim (VC-JWT 1.1 style); OB 3.0 §8.2.4.1: the JWT Payload IS the "
                 "JSON object of the credential, with iss/jti/sub/nbf/exp added at its top level")

    def check_claim_mapping(self, label: str, vc: dict[str, Any], *, subject: bool, ref: str, valid_until_required: bool,
                            validity_ref: str = f"{OB_VERIFY_CLAIMS}; {OB_VERIFICATION}") -> None:
        """iss/jti/sub/nbf/exp against issuer.id/id/credentialSubject.id/validFrom/validUntil."""
        r = self.report

        def same(claim: str, member: str, expected: Any) -> None:
            if claim not in vc:
                r.fail(f"{label}.claims.{claim}", ref, f"the required '{claim}' claim is missing (it must equal {member})")
            elif expected is None:
                r.fail(f"{label}.claims.{claim}", ref, f"'{claim}' is {vc[claim]!r} but {member} is missing")
            else:
                r.check(f"{label}.claims.{claim}", ref, vc[claim] == expected,
                        f"{claim} = {vc[claim]!r}" + (f" equals {member}" if vc[claim] == expected else f" but {member} = {expected!r}"))

        same("iss", "issuer.id", node_id(vc.get("issuer")))
        same("jti", "id", vc.get("id"))
        if subject:
            cs = vc.get("credentialSubject")
            same("sub", "credentialSubject.id", cs.get("id") if isinstance(cs, dict) else None)

        now = self.now()
        times: dict[str, Fraction] = {}
        for claim, member, required in (("nbf", "validFrom", True), ("exp", "validUntil", valid_until_required)):
            have_claim, have_member = claim in vc, member in vc
            if not have_claim and not have_member:
                if required:
                    r.fail(f"{label}.claims.{claim}", ref, f"neither '{claim}' nor {member} is present, and both are required")
                continue
            if not have_claim:
                r.fail(f"{label}.claims.{claim}", ref, f"{member} is present but the '{claim}' claim is missing")
                continue
            if not have_member:
                r.fail(f"{label}.claims.{claim}", ref, f"'{claim}' is present but {member} is missing; the two must agree")
                continue
            try:
                c = numeric_date(vc[claim])
            except ValueError as e:
                r.fail(f"{label}.claims.{claim}", RFC7519_NUMERICDATE, f"'{claim}' is not a NumericDate: {e}")
                continue
            try:
                m = rfc3339_to_epoch(vc[member])
            except ValueError as e:
                r.fail(f"{label}.{member}.format", OB_DATETIMEZ, f"{member}: {e}")
                continue
            r.check(f"{label}.claims.{claim}", f"{ref}; {RFC7519_NUMERICDATE}", c == m,
                    f"{claim} = {fmt_epoch(c)}, {member} = {vc[member]!r} = {fmt_epoch(m)}" + ("" if c == m else ": they differ"))
            times[member] = m
        if "validFrom" in times:
            vf = times["validFrom"]
            r.check(f"{label}.valid.from", validity_ref, vf <= now + self.leeway,
                    f"validFrom {fmt_epoch(vf)} has passed (now {fmt_epoch(now)})" if vf <= now + self.leeway
                    else f"not yet valid: validFrom {fmt_epoch(vf)} is after now {fmt_epoch(now)}")
        if "validUntil" in times:
            vu = times["validUntil"]
            r.check(f"{label}.valid.until", validity_ref, now - self.leeway < vu,
                    f"validUntil {fmt_epoch(vu)} is in the future (now {fmt_epoch(now)})" if now - self.leeway < vu
                    else f"expired: validUntil {fmt_epoch(vu)} is not after now {fmt_epoch(now)}")
        if "validFrom" in times and "validUntil" in times and not times["validFrom"] <= times["validUntil"]:
            r.fail(f"{label}.valid.order", OB_DATETIMEZ, "validUntil is before validFrom")

    def pyjwt_claims(self, label: str, jws: Jws, required: list[str]) -> None:
        """PyJWT's own registered-claim validation (types of iss/sub/jti, nbf/exp against the clock)."""
        try:
            jwt.decode(
                jws.token,
                key=jwt.PyJWK(jws.jwk, algorithm="EdDSA").key,
                algorithms=["EdDSA"],
                leeway=float(self.leeway),
                options={"require": required, "verify_aud": False, "verify_iat": False},
            )
            self.report.passed(f"{label}.claims.pyjwt", f"{OB_VERIFY_CLAIMS}; RFC 7519 §4.1",
                               f"PyJWT jwt.decode accepts it (required {required}, nbf/exp checked against the clock)")
        except jwt.exceptions.PyJWTError as e:
            self.report.fail(f"{label}.claims.pyjwt", f"{OB_VERIFY_CLAIMS}; RFC 7519 §4.1", f"PyJWT jwt.decode: {type(e).__name__}: {e}")

    # -- the OpenBadgeCredential -----------------------------------------------------------

    def check_credential(self, jws: Jws) -> None:
        r = self.report
        vc = jws.payload
        self.check_no_vc("credential", vc)

        # 1EdTech's JSON Schema, formats (date-time) checked.
        schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
        validator = Draft201909Validator(schema, format_checker=Draft201909Validator.FORMAT_CHECKER)
        errors = sorted(validator.iter_errors(vc), key=lambda e: list(e.absolute_path))
        if errors:
            msgs = []
            for e in errors[:20]:
                where = "/" + "/".join(str(p) for p in e.absolute_path)
                msgs.append(f"{where}: {e.message}" + (f" [{'; '.join(sub.message for sub in e.context[:3])}]" if e.context else ""))
            more = f" (+{len(errors) - 20} more)" if len(errors) > 20 else ""
            r.fail("credential.schema", OB_SCHEMA, "; ".join(msgs) + more)
        else:
            r.passed("credential.schema", OB_SCHEMA, f"valid against {SCHEMA_FILE.name} ({schema.get('$id')})")

        ctx = vc.get("@context")
        expected_ctx = [VC_V2_CONTEXT, OB_CONTEXT]
        r.check("credential.context", f"{OB_SCHEMA}; {CONTRACT}", isinstance(ctx, list) and ctx[:2] == expected_ctx,
                f"@context starts with {expected_ctx}" if isinstance(ctx, list) and ctx[:2] == expected_ctx
                else f"@context is {ctx!r}, expected to start with {expected_ctx}")
        types = type_list(vc.get("type"))
        need = ["VerifiableCredential", "OpenBadgeCredential"]
        r.check("credential.type", f"{OB_SCHEMA}; {CONTRACT}", isinstance(vc.get("type"), list) and all(t in types for t in need),
                f"type {vc.get('type')!r} " + ("includes" if all(t in types for t in need) else "must be an array including") + f" {need}")
        if not isinstance(vc.get("id"), str) or not vc.get("id"):
            r.fail("credential.id", CONTRACT, "the credential has no id")

        issuer = vc.get("issuer")
        if isinstance(issuer, dict):
            missing = [k for k in ("id", "type", "name", "url") if not issuer.get(k)]
            prof = "Profile" in type_list(issuer.get("type"))
            r.check("credential.issuer", CONTRACT, not missing and prof,
                    "issuer is a Profile with id, name, url" if not missing and prof
                    else f"issuer lacks {missing}" + ("" if prof else " and its type must include 'Profile'"))
        else:
            r.fail("credential.issuer", CONTRACT, f"issuer is {issuer!r}; the contract wants a Profile object {{id, type, name, url}}")

        cs = vc.get("credentialSubject")
        if isinstance(cs, dict):
            ids = [k for k in ("id", "identifier") if cs.get(k)]
            r.check("credential.subject.identified", OB_VERIFICATION, bool(ids),
                    f"credentialSubject is identified by {ids}" if ids else "credentialSubject has neither id nor identifier")
            idents = cs.get("identifier")
            missing = [k for k in ("id", "name", "identifier", "achievement") if not cs.get(k)]
            r.check("credential.subject.members", CONTRACT, not missing and isinstance(idents, list),
                    "credentialSubject has id, name, identifier[...], achievement" if not missing and isinstance(idents, list)
                    else f"credentialSubject lacks {missing}" if missing else "credentialSubject.identifier must be an array")
            bad = []
            for i, ident in enumerate(idents if isinstance(idents, list) else []):
                if isinstance(ident, dict) and ident.get("hashed") is True and not IDENTITY_HASH.match(str(ident.get("identityHash", ""))):
                    bad.append(f"identifier[{i}].identityHash {ident.get('identityHash')!r} is not 'sha256$<64 hex>' or 'md5$<32 hex>'")
            if isinstance(idents, list) and idents:
                r.check("credential.subject.identityHash", OB_IDENTITYHASH, not bad,
                        "; ".join(bad) if bad else "every hashed identifier is an IdentityHash (algorithm$hex)")
        else:
            r.fail("credential.subject.identified", OB_VERIFICATION,
                   "credentialSubject is missing" if cs is None else f"credentialSubject is a {type(cs).__name__}, expected one AchievementSubject object")

        self.check_claim_mapping("credential", vc, subject=True, ref=f"{OB_PAYLOAD}; {OB_VERIFY_CLAIMS}",
                                 valid_until_required=self.require_valid_until)
        self.pyjwt_claims("credential", jws, ["iss", "jti", "sub", "nbf"] + (["exp"] if self.require_valid_until else []))

    # -- credentialStatus: Bitstring Status List -------------------------------------------

    def check_status(self, cred: Jws) -> Optional[Jws]:
        r = self.report
        entry = cred.payload.get("credentialStatus")
        if entry is None:
            r.fail("status.entry", CONTRACT, "the credential has no credentialStatus")
            return None
        if not isinstance(entry, dict):
            r.fail("status.entry", f"{OB_SCHEMA}; {CONTRACT}", f"credentialStatus is {type(entry).__name__}, expected one BitstringStatusListEntry object")
            return None
        r.check("status.entry.type", BSL_ENTRY, entry.get("type") == "BitstringStatusListEntry",
                f"type is {entry.get('type')!r}" + ("" if entry.get("type") == "BitstringStatusListEntry" else ", expected 'BitstringStatusListEntry'"))
        purpose = entry.get("statusPurpose")
        r.check("status.entry.statusPurpose", f"{BSL_ENTRY}; {CONTRACT}", purpose == "revocation",
                f"statusPurpose is {purpose!r}" + ("" if purpose == "revocation" else ", expected 'revocation'"))
        index_s = entry.get("statusListIndex")
        index = None
        if isinstance(index_s, str) and re.fullmatch(r"[0-9]+", index_s):
            index = int(index_s)
            r.passed("status.entry.statusListIndex", BSL_ENTRY, f"statusListIndex {index_s!r} is a base-10 integer string")
        else:
            r.fail("status.entry.statusListIndex", BSL_ENTRY,
                   f"statusListIndex is {index_s!r}; it MUST be an integer >= 0 expressed as a string in base 10")
        size = entry.get("statusSize", 1)
        if size != 1 or isinstance(size, bool):
            r.fail("status.entry.statusSize", f"{BSL_ENTRY}; {CONTRACT}", f"statusSize is {size!r}; only single-bit revocation entries (absent or 1) are expected")
        list_url = entry.get("statusListCredential")
        prefix = f"{self.base}/ob/status/"
        if not isinstance(list_url, str) or not list_url.startswith(prefix) or len(list_url) == len(prefix):
            r.fail("status.entry.statusListCredential", f"{BSL_ENTRY}; {CONTRACT}", f"statusListCredential is {list_url!r}, expected {prefix}{{list}}")
            if not isinstance(list_url, str) or not list_url.startswith(("http://", "https://")):
                return None
        else:
            r.passed("status.entry.statusListCredential", f"{BSL_ENTRY}; {CONTRACT}", f"statusListCredential {list_url}")
        eid = entry.get("id")
        r.check("status.entry.id", f"{BSL_ENTRY}; {CONTRACT}", eid == f"{list_url}#{index_s}" and eid != list_url,
                f"id {eid!r} is <list url>#<index> (and not the list URL itself)" if eid == f"{list_url}#{index_s}"
                else f"id is {eid!r}, expected {list_url}#{index_s} (BSL §2.1: it MUST NOT be the URL of the status list)")

        # Dereference (BSL §3.2: STATUS_RETRIEVAL_ERROR on failure)
        try:
            resp = self.fetch(list_url, "application/vc+jwt, application/jwt")
        except (OSError, ValueError) as e:
            r.fail("status.list.fetch", BSL_VALIDATE, f"STATUS_RETRIEVAL_ERROR: GET {list_url} failed: {e}")
            return None
        if resp.status != 200:
            r.fail("status.list.fetch", BSL_VALIDATE, f"STATUS_RETRIEVAL_ERROR: GET {list_url} answered HTTP {resp.status}, expected 200")
            return None
        r.passed("status.list.fetch", BSL_VALIDATE, f"GET {list_url} answered 200 without credentials")
        mt = media_type(resp.content_type)
        r.check("status.list.content_type", f"{BSL_MEDIA}; {CONTRACT}", mt in ("application/vc+jwt", "application/jwt"),
                f"Content-Type {resp.content_type!r}" + ("" if mt in ("application/vc+jwt", "application/jwt") else ", expected application/vc+jwt or application/jwt"))
        try:
            token = resp.body.decode("ascii").strip()
        except UnicodeDecodeError:
            r.fail("status.list.jws.compact", RFC7515_COMPACT, "the status list body is not ASCII, so not a compact JWS")
            return None

        self._list_token = token
        # Proof (BSL §3.2: STATUS_VERIFICATION_ERROR if it does not verify)
        lst = self.verify_jws("status.list", token)
        if lst is None:
            r.fail("status.list.proof", BSL_VALIDATE, "STATUS_VERIFICATION_ERROR: the status list credential's VC-JWT proof could not be verified (see the status.list.* checks)")
            return None
        r.passed("status.list.proof", BSL_VALIDATE, "the status list credential's VC-JWT proof verifies")
        doc = lst.payload

        self.check_no_vc("status.list", doc)
        ctx = doc.get("@context")
        r.check("status.list.context", f"{BSL_CREDENTIAL} (a conforming VCDM 2.0 document)", isinstance(ctx, list) and ctx[:1] == [VC_V2_CONTEXT],
                f"@context {ctx!r}" + ("" if isinstance(ctx, list) and ctx[:1] == [VC_V2_CONTEXT] else f", expected an array starting with {VC_V2_CONTEXT!r}"))
        types = type_list(doc.get("type"))
        need = ["VerifiableCredential", "BitstringStatusListCredential"]
        r.check("status.list.type", f"{BSL_ENTRY} statusListCredential; {BSL_CREDENTIAL}",
                isinstance(doc.get("type"), list) and all(t in types for t in need),
                f"type {doc.get('type')!r} " + ("includes" if all(t in types for t in need) else "must be an array including") + f" {need}")
        r.check("status.list.id", f"{BSL_CREDENTIAL}; {CONTRACT}", doc.get("id") == list_url,
                f"id {doc.get('id')!r}" + (" equals statusListCredential" if doc.get("id") == list_url else f", expected the statusListCredential URL {list_url!r}"))
        if not node_id(doc.get("issuer")):
            r.fail("status.list.issuer", "VCDM 2.0 (issuer)", "the status list credential has no issuer")
        self.check_claim_mapping("status.list", doc, subject=False, ref=f"{OB_PAYLOAD} (same securing mechanism, BSL §3.6); {CONTRACT}",
                                 valid_until_required=False, validity_ref=f"{BSL_CREDENTIAL} validFrom/validUntil; VCDM 2.0 (Validity Period)")
        self.pyjwt_claims("status.list", lst, ["iss", "jti", "nbf"])

        subj = doc.get("credentialSubject")
        if not isinstance(subj, dict):
            r.fail("status.list.subject", BSL_CREDENTIAL, f"credentialSubject is {type(subj).__name__}, expected one BitstringStatusList object")
            return lst
        r.check("status.list.subject.id", CONTRACT, subj.get("id") == f"{list_url}#list",
                f"credentialSubject.id {subj.get('id')!r}" + ("" if subj.get("id") == f"{list_url}#list" else f", expected {list_url}#list"))
        r.check("status.list.subject.type", BSL_CREDENTIAL, subj.get("type") == "BitstringStatusList",
                f"credentialSubject.type {subj.get('type')!r}" + ("" if subj.get("type") == "BitstringStatusList" else ", expected 'BitstringStatusList'"))
        purposes = type_list(subj.get("statusPurpose"))
        r.check("status.list.statusPurpose", BSL_VALIDATE, purpose in purposes,
                f"the list's statusPurpose {subj.get('statusPurpose')!r} " + ("includes" if purpose in purposes else "does not include (STATUS_VERIFICATION_ERROR)") + f" the entry's {purpose!r}")
        if subj.get("statusSize", 1) != 1:
            r.fail("status.list.statusSize", f"{BSL_CREDENTIAL}; {CONTRACT}", f"the list has statusSize {subj.get('statusSize')!r}; expected single-bit entries")

        bits = self.expand(subj.get("encodedList"))
        if bits is None:
            return lst
        nbits = len(bits) * 8
        r.check("status.list.length", f"{BSL_VALIDATE}; {BSL_CREDENTIAL}", nbits >= MIN_STATUS_BITS,
                f"the bitstring has {nbits} bits ({len(bits)} bytes)" + (f" >= {MIN_STATUS_BITS}" if nbits >= MIN_STATUS_BITS
                                                                          else f"; STATUS_LIST_LENGTH_ERROR: fewer than {MIN_STATUS_BITS} (16 KB)"))
        if index is not None:
            if index >= nbits:
                r.fail("status.bit", BSL_VALIDATE, f"RANGE_ERROR: statusListIndex {index} is outside the {nbits}-bit list")
            else:
                # Index 0 is the left-most (most significant) bit of the first byte.
                bit = (bits[index // 8] >> (7 - index % 8)) & 1
                self.report.status_bit = bit
                r.passed("status.bit", BSL_ENCODING, f"bit {index} (byte {index // 8}, mask 0x{0x80 >> (index % 8):02x}) is {bit}"
                         + (": REVOKED" if bit else ": not revoked"))
        return lst

    def expand(self, encoded: Any) -> Optional[bytes]:
        """BSL §3.4: multibase-decode ('u' = base64url, no padding), then GZIP-decompress."""
        r = self.report
        if not isinstance(encoded, str) or not encoded:
            r.fail("status.list.encodedList", BSL_CREDENTIAL, f"encodedList is {encoded!r}, expected a multibase string")
            return None
        if not encoded.startswith("u"):
            r.fail("status.list.encodedList.multibase", BSL_CREDENTIAL,
                   f"encodedList starts with {encoded[:1]!r}; multibase base64url (no padding) has the prefix 'u'")
            return None
        try:
            compressed = b64url_decode(encoded[1:])
        except ValueError as e:
            r.fail("status.list.encodedList.multibase", BSL_CREDENTIAL, f"encodedList after the 'u' prefix: {e}")
            return None
        r.passed("status.list.encodedList.multibase", BSL_CREDENTIAL, f"multibase 'u' base64url without padding, {len(compressed)} bytes")
        if compressed[:2] != b"\x1f\x8b":
            r.fail("status.list.encodedList.gzip", f"{BSL_EXPAND}; RFC 1952 §2.3.1", f"not GZIP: the data starts with {compressed[:2].hex()!r}, not the magic 1f8b (zlib or raw deflate are not GZIP)")
            return None
        try:
            d = zlib.decompressobj(wbits=31)
            bits = d.decompress(compressed, MAX_BITSTRING_BYTES)
            if d.unconsumed_tail:
                raise ValueError(f"inflates to more than {MAX_BITSTRING_BYTES} bytes")
            if not d.eof:
                raise ValueError("truncated GZIP stream")
            if d.unused_data:
                # RFC 1952 allows several members; gzip.decompress reads them all and checks each CRC.
                bits = gzip.decompress(compressed)
        except (zlib.error, ValueError, EOFError, OSError) as e:
            r.fail("status.list.encodedList.gzip", f"{BSL_EXPAND}; RFC 1952", f"GZIP decompression failed: {e}")
            return None
        r.passed("status.list.encodedList.gzip", f"{BSL_EXPAND}; RFC 1952", f"GZIP member(s) inflate to {len(bits)} bytes, CRC checked")
        return bits

    # -- second opinion --------------------------------------------------------------------

    def second_opinion_openbadgeslib(self, cred: Jws) -> None:
        """Run the third-party openbadgeslib OB 3.0 VC-JWT verifier over the same token."""
        r = self.report
        name, ref = "second_opinion.openbadgeslib", "openbadgeslib (PyPI, LGPL-3.0) OB3Verifier: an independent OB 3.0 VC-JWT + BSL verifier"
        try:
            import openbadgeslib
            from openbadgeslib.ob3.verifier import OB3VerificationError, OB3Verifier
        except ImportError as e:
            r.fail(name, ref, f"cannot import openbadgeslib ({e}); install tests/ob3/requirements.txt or pass --no-second-opinion")
            return
        version = getattr(openbadgeslib, "__version__", "?")
        pem = cred.public_key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)

        def download(url: str) -> bytes:
            resp = self.fetch(url, "application/vc+jwt, application/jwt")
            if resp.status != 200:
                raise OSError(f"HTTP {resp.status}")
            return resp.body

        # openbadgeslib checks a status list's proof with the credential's own key and issuer; only
        # ask it to when the list is signed by that same key and issuer (BSL lets them differ).
        # Read the list's header and issuer unverified here, so that a list our own checks rejected
        # is still put to openbadgeslib when it claims to come from the credential's signer.
        same_signer = False
        if self._list_token:
            try:
                lh = jwt.get_unverified_header(self._list_token)
                lp = strict_json(b64url_decode(self._list_token.split(".")[1]))
                same_signer = lh.get("kid") == cred.header.get("kid") and isinstance(lp, dict) and \
                    node_id(lp.get("issuer")) == node_id(cred.payload.get("issuer"))
            except (jwt.exceptions.PyJWTError, ValueError, IndexError, UnicodeDecodeError):
                same_signer = False
        try:
            OB3Verifier(pubkey_pem=pem).verify(cred.token, check_status=True, verify_status_list=same_signer, download=download)
            outcome, err = "accepted", None
        except OB3VerificationError as e:
            outcome, err = "rejected", str(e)
        except Exception as e:  # noqa: BLE001 - a crash in the second opinion is a failed check, not ours to hide
            outcome, err = "crashed", f"{type(e).__name__}: {e}"
        scope = "credential + status list proof" if same_signer else "credential (status list proof checked above only)"
        if self.report.status_bit == 1:
            ok = outcome == "rejected" and "is set at index" in (err or "")
            r.check(name, ref, ok, f"openbadgeslib {version} ({scope}) {outcome}" + (f": {err}" if err else "")
                    + ("" if ok else "; expected it to reject the credential only because its revocation bit is set"))
        else:
            r.check(name, ref, outcome == "accepted", f"openbadgeslib {version} ({scope}) {outcome}" + (f": {err}" if err else ""))

    # -- all -------------------------------------------------------------------------------

    def run(self, token: str, expect_status: Optional[int] = None) -> Report:
        r = self.report
        cred = self.verify_jws("credential", token.strip())
        lst = None
        if cred is not None:
            self.check_credential(cred)
            lst = self.check_status(cred)
            if self.second_opinion:
                self.second_opinion_openbadgeslib(cred)
        if expect_status is not None:
            r.check("status.expected", "--expect-status", r.status_bit == expect_status,
                    f"status bit is {r.status_bit}, expected {expect_status}" if r.status_bit is not None
                    else f"the status bit could not be read (see the status.* failures), expected {expect_status}")
        return r


def verify(token: str, base_url: str, expect_status: Optional[int] = None, **kwargs: Any) -> Report:
    return Verifier(base_url, **kwargs).run(token, expect_status)


def main(argv: Optional[list[str]] = None) -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--jwt", required=True, help="file holding the credential's compact VC-JWT (GET {base}/credentials/{id}/ob3.jwt)")
    p.add_argument("--base-url", required=True, help="the server's public base URL, e.g. http://127.0.0.1:8080")
    p.add_argument("--expect-status", type=int, choices=(0, 1), help="the revocation bit the credential must have")
    p.add_argument("--leeway", type=float, default=0.0, help="clock leeway in seconds for validFrom/validUntil (default 0)")
    p.add_argument("--allow-no-valid-until", action="store_true", help="accept a credential without validUntil/exp (the contract requires them)")
    p.add_argument("--no-second-opinion", action="store_true", help="skip the openbadgeslib cross-check")
    args = p.parse_args(argv)
    if not args.base_url.startswith(("http://", "https://")):
        p.error("--base-url must be an http(s) URL")

    report = Report()
    try:
        token = Path(args.jwt).read_text(encoding="ascii")
    except (OSError, UnicodeDecodeError) as e:
        report.fail("input.jwt", "--jwt", f"cannot read {args.jwt}: {e}")
    else:
        Verifier(args.base_url, leeway=args.leeway, require_valid_until=not args.allow_no_valid_until,
                 second_opinion=not args.no_second_opinion, report=report).run(token, args.expect_status)
    print(json.dumps(report.summary(), indent=2, ensure_ascii=False, default=str))
    for w in report.warnings:
        print(f"WARNING [{w['check']}] ({w['ref']}): {w['detail']}", file=sys.stderr)
    for f in report.failures:
        print(f"FAIL [{f['check']}] ({f['ref']}): {f['detail']}", file=sys.stderr)
    if not report.ok:
        print(f"OB 3.0 verification FAILED: {len(report.failures)} of {len(report.checks)} checks failed", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
