"""Runs the Ralph LRS (PyPI ralph-malph 5.1) for the xAPI tests: its FastAPI app on uvicorn, with
the file-system backend and HTTP Basic users from RALPH_AUTH_FILE.

One change to Ralph, and only to its storage: the file backend's default write mode is
`append` instead of `create`. In `create` mode Ralph 5.1's file backend refuses every write
after the first (its JSON-lines file "already exists"), so a second POST of statements fails
with 500; Elasticsearch or MongoDB backends, which a real deployment uses, append. Validation,
de-duplication of known statement ids and the xAPI API are Ralph's own.

Usage: python ralph_lrs.py HOST PORT
"""

import sys

from ralph.backends.data.base import BaseOperationType
from ralph.backends.data import fs

fs.FSDataBackend.default_operation_type = BaseOperationType.APPEND

import uvicorn  # noqa: E402

uvicorn.run("ralph.api:app", host=sys.argv[1], port=int(sys.argv[2]), log_level="warning")
