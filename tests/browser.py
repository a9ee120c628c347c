"""A headless Chromium driven over the DevTools protocol on a pipe, for the serve tests.

``--remote-debugging-pipe`` makes Chromium read JSON commands from file descriptor 3 and write
replies and events to descriptor 4, each message ending in a NUL byte: a real browser with no
driver package and no websocket. ``find_chromium`` returns None when no browser is installed,
and the tests that need one skip then (CI installs Debian's ``chromium``).
"""

from __future__ import annotations

import base64
import contextlib
import fcntl
import json
import os
import select
import shutil
import subprocess
import time
from pathlib import Path
from typing import Any

CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--no-default-browser-check",
    "--remote-debugging-pipe",
)


def find_chromium() -> str | None:
    """The browser to use: $ATTRIBCMP_CHROMIUM, else the first of CANDIDATES on PATH."""
    forced = os.environ.get("ATTRIBCMP_CHROMIUM")
    if forced:
        return forced if Path(forced).exists() or shutil.which(forced) else None
    for name in CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


class Browser:
    """One headless Chromium with one page, attached in flat session mode."""

    def __init__(self, executable: str, profile_dir: Path, timeout: float = 30.0) -> None:
        self.timeout = timeout
        cmd_read, self._cmd = os.pipe()
        self._res, res_write = os.pipe()

        def wire() -> None:  # in the child: the pipe ends become fds 3 and 4
            # Copied above 10 first: a pipe end may itself be fd 3 or 4, and dup2 onto itself
            # would leave its close-on-exec flag set.
            high_read = fcntl.fcntl(cmd_read, fcntl.F_DUPFD, 10)
            high_write = fcntl.fcntl(res_write, fcntl.F_DUPFD, 10)
            os.dup2(high_read, 3)  # dup2 makes the copy inheritable
            os.dup2(high_write, 4)

        self.proc = subprocess.Popen(
            [executable, *FLAGS, f"--user-data-dir={profile_dir}", "about:blank"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            close_fds=False,
            preexec_fn=wire,  # noqa: PLW1509 (a test helper, no threads at fork time matter)
        )
        os.close(cmd_read)
        os.close(res_write)
        self._next_id = 0
        self._buffer = b""
        self.events: list[dict[str, Any]] = []
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target, flatten=True)[
            "sessionId"
        ]
        self.page("Page.enable")
        self.page("Runtime.enable")

    # -- protocol ------------------------------------------------------------------------------

    def _send(self, method: str, params: dict[str, Any], session: str | None) -> int:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = session
        os.write(self._cmd, json.dumps(message).encode() + b"\0")
        return self._next_id

    def _receive(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("Chromium did not answer in time")
            ready, _, _ = select.select([self._res], [], [], left)
            if ready:
                chunk = os.read(self._res, 1 << 16)
                if not chunk:
                    raise RuntimeError("Chromium closed the DevTools pipe")
                self._buffer += chunk
        raw, _, self._buffer = self._buffer.partition(b"\0")
        message: dict[str, Any] = json.loads(raw)
        return message

    def call(self, method: str, session: str | None = None, **params: Any) -> dict[str, Any]:
        """Send a command and wait for its result (events that arrive meanwhile are kept)."""
        wanted = self._send(method, params, session)
        deadline = time.monotonic() + self.timeout
        while True:
            message = self._receive(deadline)
            if message.get("id") == wanted:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                result: dict[str, Any] = message.get("result", {})
                return result
            self.events.append(message)

    def page(self, method: str, **params: Any) -> dict[str, Any]:
        """A command for the page's session."""
        return self.call(method, self.session, **params)

    def wait_for(self, method: str) -> dict[str, Any]:
        """Wait for the next event called ``method`` (one that already came counts)."""
        deadline = time.monotonic() + self.timeout
        while True:
            for n, event in enumerate(self.events):
                if event.get("method") == method:
                    del self.events[: n + 1]
                    return event
            self.events.append(self._receive(deadline))

    # -- what the tests use --------------------------------------------------------------------

    def open(self, url: str) -> None:
        """Load ``url`` and wait until it has loaded."""
        self.events.clear()
        self.page("Page.navigate", url=url)
        self.wait_for("Page.loadEventFired")

    def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page."""
        result = self.page("Runtime.evaluate", expression=expression, returnByValue=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def type_into(self, selector: str, text: str) -> None:
        """Focus the element and type ``text`` as keyboard input would insert it."""
        self.evaluate(f"document.querySelector({json.dumps(selector)}).focus()")
        self.page("Input.insertText", text=text)

    def click_and_wait(self, selector: str) -> None:
        """Click the element (e.g. a submit button) and wait for the next page to load."""
        self.events.clear()
        self.evaluate(f"document.querySelector({json.dumps(selector)}).click()")
        self.wait_for("Page.loadEventFired")

    def resize(self, width: int, height: int, mobile: bool = False) -> None:
        self.page(
            "Emulation.setDeviceMetricsOverride",
            width=width,
            height=height,
            deviceScaleFactor=1,
            mobile=mobile,
        )

    def screenshot(self, path: Path) -> None:
        """A PNG of the whole page (beyond the viewport)."""
        data = self.page("Page.captureScreenshot", format="png", captureBeyondViewport=True)
        path.write_bytes(base64.b64decode(data["data"]))

    def close(self) -> None:
        with contextlib.suppress(RuntimeError, TimeoutError, OSError):
            self.call("Browser.close")
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        os.close(self._cmd)
        os.close(self._res)
