"""A throwaway certificate authority and a certificate for 127.0.0.1, so tests can speak https.

`loopback_tls(tmp_path)` gives the server's context (for `WebPlatform(tls=...)`) and the path of
the authority's PEM file. A client trusts it with `client_context(ca_pem)` (httpx's `verify=`),
or, as the desk's sync client does, through the environment:
`monkeypatch.setenv("SSL_CERT_FILE", str(ca_pem))` (httpx reads it when `verify` is left at
True). Any other client, the system's authorities included, refuses the certificate.
"""

from __future__ import annotations

import ssl
from pathlib import Path
from typing import NamedTuple

import trustme


class LoopbackTls(NamedTuple):
    server_context: ssl.SSLContext
    ca_pem: Path


def loopback_tls(directory: Path) -> LoopbackTls:
    """A new authority, its PEM written into `directory`, and a server context for 127.0.0.1."""
    authority = trustme.CA()
    # The test platform listens on 127.0.0.1; "localhost" too, for a client that names it so.
    certificate = authority.issue_cert("127.0.0.1", "localhost")
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    certificate.configure_cert(server_context)
    ca_pem = directory / "test-ca.pem"
    authority.cert_pem.write_to_path(str(ca_pem))
    return LoopbackTls(server_context, ca_pem)


def client_context(ca_pem: Path) -> ssl.SSLContext:
    """A client context that trusts only the test authority (hostname checks stay on)."""
    return ssl.create_default_context(cafile=str(ca_pem))
