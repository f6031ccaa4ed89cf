"""The sandbox listens on loopback, which any web page can reach: its control endpoints
need the run's token and a JSON body type; bodies must declare an honest length; silent
connections are closed; uploads go to disk, not memory; 200 clients at once are served."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests

from composer.sandbox.server import SandboxServer
from tests.support.memory_probe import peak_kib
from tests.support.sandbox_fixture import KEY, control

FAULTS = "/_sandbox/faults"


def test_control_endpoints_need_the_token_and_json(sandbox: SandboxServer) -> None:
    url = sandbox.base_url + FAULTS
    assert requests.get(url, timeout=5).status_code == 403
    wrong = {"X-Sandbox-Token": "guess"}
    assert requests.post(url, json={"reject_next": 9}, headers=wrong, timeout=5).status_code == 403
    # What a web page can send without a CORS preflight: a form-like body type.
    as_form = {**sandbox.control_headers, "Content-Type": "text/plain"}
    refused = requests.post(url, data='{"reject_next": 9}', headers=as_form, timeout=5)
    assert refused.status_code == 415
    assert sandbox.faults.reject_next == 0
    assert control(sandbox, "POST", FAULTS, {"reject_next": 9}).status_code == 200
    assert sandbox.faults.reject_next == 9
    assert SandboxServer().token != SandboxServer().token  # a new one every run


def raw_request(sandbox: SandboxServer, head: bytes) -> bytes:
    with socket.create_connection(("127.0.0.1", sandbox.port), timeout=5) as conn:
        conn.sendall(head)
        return conn.recv(4096)


@pytest.mark.parametrize("length", [b"abc", b"-5", b"1e3", b"12 34", b"9" * 40, b"+7"])
def test_a_malformed_content_length_is_answered_400(sandbox: SandboxServer, length: bytes) -> None:
    head = b"POST /v2/video/generate HTTP/1.1\r\nHost: x\r\nx-api-key: k\r\n"
    answer = raw_request(sandbox, head + b"Content-Length: " + length + b"\r\n\r\n{}")
    assert answer.startswith(b"HTTP/1.0 400") or answer.startswith(b"HTTP/1.1 400"), answer
    assert sandbox.count("POST", "/v2/video/generate") == 1  # logged, not carried out
    assert sandbox.generate_bodies() == []


def test_a_silent_connection_is_closed() -> None:
    with (
        SandboxServer(socket_timeout=0.5) as sandbox,
        socket.create_connection(("127.0.0.1", sandbox.port), timeout=5) as conn,
    ):
        conn.sendall(b"GET /v2/voices HTTP/1.1\r\nHost: x\r\n")  # and then nothing
        start = time.monotonic()
        assert conn.recv(4096) == b""  # closed by the server
        assert time.monotonic() - start < 3


def test_200_clients_at_once_are_all_served(sandbox: SandboxServer) -> None:
    listening = subprocess.run(
        ["ss", "-ltnH", f"sport = :{sandbox.port}"], capture_output=True, text=True, check=True
    ).stdout.split()
    assert int(listening[2]) >= 200  # Send-Q of a listening socket: its backlog

    def one(_: int) -> int:
        url = sandbox.base_url + "/v2/user/remaining_quota"
        return requests.get(url, headers={"x-api-key": KEY}, timeout=20).status_code

    with ThreadPoolExecutor(max_workers=200) as pool:
        statuses = list(pool.map(one, range(200)))
    assert statuses == [200] * 200


def test_uploads_are_spooled_to_disk_so_memory_stays_flat(tmp_path: Path) -> None:
    clip = tmp_path / "clip.mp4"
    with clip.open("wb") as handle:
        handle.write(b"\0\0\0\x18ftypisom")
        for _ in range(80):
            handle.write(os.urandom(1024 * 1024))
    process = subprocess.Popen(
        [sys.executable, "-m", "composer", "sandbox", "--port", "0"],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        url = process.stdout.readline().split(" at ")[1].split()[0]  # type: ignore[union-attr]
        requests.get(url + "/v2/voices", headers={"x-api-key": KEY}, timeout=10)
        before = peak_kib(process.pid)
        with clip.open("rb") as body:
            headers = {"x-api-key": KEY, "Content-Type": "video/mp4"}
            reply = requests.post(url + "/v1/asset", data=body, headers=headers, timeout=60)
        assert reply.status_code == 200, reply.text
        grown_mb = (peak_kib(process.pid) - before) / 1024
        assert grown_mb < 16, f"the sandbox grew by {grown_mb:.1f} MB for an 80 MB upload"
    finally:
        process.terminate()
        process.wait(timeout=10)
