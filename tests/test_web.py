"""Articles from the web, when the user passes a URL: saved pages and feeds served by a real HTTP server
on 127.0.0.1, ingested into a real index, answered with citations that carry the page's URL."""

from __future__ import annotations

import subprocess
import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from .conftest import cli_env, factcheck_bin

PAGES = Path(__file__).resolve().parent / "web"


class _Site(SimpleHTTPRequestHandler):
    """Serves tests/web; feeds get this server's address in place of HOST."""

    def do_GET(self) -> None:
        if self.path.endswith(".xml"):
            body = (PAGES / self.path.lstrip("/")).read_bytes().replace(b"HOST", self.headers["Host"].encode())
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        super().do_GET()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Site, directory=str(PAGES)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def test_a_feed_brings_in_every_page_it_links_to(fresh, site):
    report = fresh.ingest([f"{site}/feed.xml"])
    assert len(report.added) == 2, report
    assert len(report.errors) == 1 and "missing.html" in report.errors[0] and "404" in report.errors[0]
    a = fresh.answer("When will the Gull Island ferry start?")
    first = a.citations[0]
    assert first.outlet == "Tide Post" and "June 12" in first.quote
    assert first.url == "https://tidepost.example/news/gull-island-ferry"  # the page's canonical address
    assert first.published == "2026-05-04"
    article = fresh.articles([first.source])[first.source]
    assert article.text[first.start : first.end] == first.quote
    assert "Subscribe" not in article.text and "All rights reserved" not in article.text
    b = fresh.answer("Were the Northport pier repairs finished early?")
    pier = next(c for c in b.citations if c.outlet == "Harbour Weekly")
    assert pier.url == f"{site}/pier.html"  # no canonical address: where it was fetched from
    # The same feed again changes nothing.
    again = fresh.ingest([f"{site}/feed.xml"])
    assert len(again.unchanged) == 2 and not again.added


def test_an_atom_feed_and_a_single_page(fresh, site):
    report = fresh.ingest([f"{site}/atom.xml", f"{site}/ferry.html"])
    assert len(report.added) == 2 and report.ok, report


def test_ingest_urls_from_the_command_line_and_fail_in_one_line_offline(tmp_path, site):
    env = cli_env(FACTCHECK_INDEX=str(tmp_path / "idx"), FACTCHECK_SEEDS=str(tmp_path / "none"))
    urls = tmp_path / "urls.txt"
    urls.write_text(f"# saved pages\n{site}/ferry.html\n\n{site}/pier.html\n", encoding="utf-8")
    ok = subprocess.run(
        [factcheck_bin(), "ingest", "--quiet", "--url-list", str(urls)], capture_output=True, text=True, env=env
    )
    assert ok.returncode == 0, ok.stderr
    assert ok.stdout.startswith("2 added")
    asked = subprocess.run(
        [factcheck_bin(), "ask", "How much will a return ticket to Gull Island cost?"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert "9 euros" in asked.stdout and "Tide Post" in asked.stdout, asked.stdout
    gone = subprocess.run(
        [factcheck_bin(), "ingest", "--quiet", "http://factcheck-test.invalid/story.html"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert gone.returncode == 1
    errors = [ln for ln in gone.stderr.splitlines() if ln.startswith("error:")]
    assert len(errors) == 1 and "could not be fetched" in errors[0] and "host could not be found" in errors[0]
    assert "Traceback" not in gone.stderr
