"""`scene-composer sandbox [--port N] [--render-seconds S] [fault flags]`: a local
HeyGen-compatible server in the foreground until Ctrl+C."""

from __future__ import annotations

import argparse

from composer.sandbox.faults import switches

TYPES = {"float": float, "int": int, "str | None": str}


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "sandbox",
        help="run a local HeyGen-compatible server for trying things out",
        description="Serve HeyGen's endpoints on 127.0.0.1 (any non-empty API key works): "
        "videos 'render' in a few seconds and download as a small sample MP4. Fault switches "
        "can also be changed while it runs: POST /_sandbox/faults with JSON such as "
        '{"rate_limit_next": 2} or {"expire_urls": true}; GET /_sandbox/faults shows them. '
        "Those control calls need the token printed at start in the X-Sandbox-Token header "
        "(and Content-Type: application/json), so a web page can't use them.",
    )
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port (default)")
    parser.add_argument("--render-seconds", type=float, default=3.0, metavar="S")
    parser.add_argument(
        "--url-ttl-seconds", type=float, default=3600.0, metavar="S", help="video links expire"
    )
    parser.add_argument(
        "--token", help="the control token (default: a new random one, printed at start)"
    )
    faults = parser.add_argument_group("fault switches")
    for spec in switches():
        flag = "--" + spec.name.replace("_", "-")
        if str(spec.type) == "bool":
            faults.add_argument(flag, action="store_true", help=spec.metadata["help"])
            continue
        faults.add_argument(
            flag, type=TYPES[str(spec.type)], default=spec.default, help=spec.metadata["help"]
        )
    parser.set_defaults(run=run_sandbox)


def run_sandbox(args: argparse.Namespace) -> int:
    from composer.sandbox.server import SandboxServer  # heavy: only when the command runs

    sandbox = SandboxServer(args.port, args.render_seconds, args.url_ttl_seconds, args.token)
    sandbox.faults.update({spec.name: getattr(args, spec.name) for spec in switches()})
    sandbox.start()
    print(f"HeyGen sandbox at {sandbox.base_url} (uploads too). Press Ctrl+C to stop.", flush=True)
    print("Any non-empty API key works (header x-api-key).", flush=True)
    print(f"Control token (header X-Sandbox-Token for /_sandbox/): {sandbox.token}", flush=True)
    print(f"Try: scene-composer submit FILE --wait --base-url {sandbox.base_url}", flush=True)
    try:
        sandbox.serve_forever()
    except KeyboardInterrupt:
        print("Stopped.", flush=True)
    finally:
        sandbox.stop()
    return 0
