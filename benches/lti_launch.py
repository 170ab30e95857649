"""LTI 1.3 launch timing against a running ess-academy (release build): this script is the
platform. It serves its JWKS, registers itself through the admin API, then runs N logins and
launches (GET /lti/login -> redirect with state and nonce -> POST /lti/launch with an RS256
id_token signed by its key) and prints p50/p95/p99 of the launch POST and of login + launch.

Usage (the OB 3.0 verifier's venv has PyJWT and cryptography):
  ESS_ADMIN_PASSWORD=... ess-academy admin create --email admin@bench.example --name Admin
  python benches/lti_launch.py http://127.0.0.1:8080 admin@bench.example PASSWORD [N]
"""

import http.server
import json
import statistics
import sys
import threading
import time
import urllib.parse
import urllib.request
import http.cookiejar

import jwt
from cryptography.hazmat.primitives.asymmetric import rsa

BASE, EMAIL, PASSWORD = sys.argv[1], sys.argv[2], sys.argv[3]
N = int(sys.argv[4]) if len(sys.argv) > 4 else 200
KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048)
KID = "bench-1"
JWK = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(KEY.public_key()))
JWK.update({"kid": KID, "alg": "RS256", "use": "sig"})


class Platform(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = json.dumps({"keys": [JWK]}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Platform)
threading.Thread(target=server.serve_forever, daemon=True).start()
ISSUER = f"http://127.0.0.1:{server.server_port}"
CLIENT_ID, DEPLOYMENT = "bench-client", "bench-deployment"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def call(opener, method, url, data=None, headers=None):
    request = urllib.request.Request(url, data=data, method=method, headers=headers or {})
    try:
        return opener.open(request)
    except urllib.error.HTTPError as e:
        return e


plain = urllib.request.build_opener(NoRedirect)
login = call(plain, "POST", f"{BASE}/api/v1/auth/login", json.dumps({"email": EMAIL, "password": PASSWORD}).encode(), {"Content-Type": "application/json"})
token = json.load(login)["token"]
registration = {
    "issuer": ISSUER, "client_id": CLIENT_ID, "deployment_ids": [DEPLOYMENT],
    "auth_url": f"{ISSUER}/auth", "jwks_url": f"{ISSUER}/jwks", "token_url": f"{ISSUER}/token", "link_by_email": False,
}
r = call(plain, "POST", f"{BASE}/api/v1/admin/lti/platforms", json.dumps(registration).encode(),
         {"Content-Type": "application/json", "Authorization": f"Bearer {token}"})
assert r.status in (201, 409), (r.status, r.read())
target = f"{BASE}/courses/environmental-sustainability/why-circular"

launch_ms, total_ms = [], []
for i in range(N):
    jar = http.cookiejar.CookieJar()
    browser = urllib.request.build_opener(NoRedirect, urllib.request.HTTPCookieProcessor(jar))
    started = time.perf_counter()
    query = urllib.parse.urlencode({"iss": ISSUER, "login_hint": f"user-{i % 20}", "target_link_uri": target,
                                    "client_id": CLIENT_ID, "lti_deployment_id": DEPLOYMENT})
    r = call(browser, "GET", f"{BASE}/lti/login?{query}")
    assert r.status in (302, 303), r.status
    params = urllib.parse.parse_qs(urllib.parse.urlparse(r.headers["Location"]).query)
    now = int(time.time())
    claims = {
        "iss": ISSUER, "aud": CLIENT_ID, "sub": f"user-{i % 20}", "exp": now + 300, "iat": now,
        "nonce": params["nonce"][0], "name": f"Bench Learner {i % 20}",
        "https://purl.imsglobal.org/spec/lti/claim/message_type": "LtiResourceLinkRequest",
        "https://purl.imsglobal.org/spec/lti/claim/version": "1.3.0",
        "https://purl.imsglobal.org/spec/lti/claim/deployment_id": DEPLOYMENT,
        "https://purl.imsglobal.org/spec/lti/claim/target_link_uri": target,
        "https://purl.imsglobal.org/spec/lti/claim/resource_link": {"id": "bench-link"},
        "https://purl.imsglobal.org/spec/lti/claim/roles": ["http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"],
    }
    id_token = jwt.encode(claims, KEY, algorithm="RS256", headers={"kid": KID})
    body = urllib.parse.urlencode({"id_token": id_token, "state": params["state"][0]}).encode()
    t = time.perf_counter()
    r = call(browser, "POST", f"{BASE}/lti/launch", body, {"Content-Type": "application/x-www-form-urlencoded"})
    done = time.perf_counter()
    assert r.status == 303, (r.status, r.read()[:300])
    launch_ms.append((done - t) * 1000)
    total_ms.append((done - started) * 1000)


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, round((len(values) - 1) * p))]


print(f"{N} LTI launches (20 learners, first launches create and link the accounts):")
for name, values in (("POST /lti/launch", launch_ms), ("login + launch", total_ms)):
    print(f"  {name}: p50 {pct(values, .5):.2f} ms, p95 {pct(values, .95):.2f} ms, p99 {pct(values, .99):.2f} ms, mean {statistics.mean(values):.2f} ms")
