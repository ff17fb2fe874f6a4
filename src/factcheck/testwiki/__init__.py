"""A real MediaWiki (Debian's package, 1.39, with TextExtracts) for tests and the demo.

    wiki = LocalWiki(data_dir)
    wiki.create(load_pack(pack_dir))   # install into data_dir, import the pack
    server = wiki.start()              # php -S on a free loopback port
    server.api                         # http://127.0.0.1:PORT/api.php
    server.stop()

`factcheck-testwiki` (cli.py) does the same from a shell, keeping state in ./.testwiki.
"""

from __future__ import annotations

from factcheck.testwiki.control import SHIPPED_PACK, Controller
from factcheck.testwiki.debian import (
    PACKAGES,
    install_packages,
    mediawiki_problem,
    require_mediawiki,
)
from factcheck.testwiki.errors import MediaWikiMissingError, PackError, TestWikiError
from factcheck.testwiki.pack import Pack, PackPage, PackRedirect, load_pack
from factcheck.testwiki.wiki import LocalWiki, SeedRecord, WikiServer

__all__ = [
    "PACKAGES",
    "SHIPPED_PACK",
    "Controller",
    "LocalWiki",
    "MediaWikiMissingError",
    "Pack",
    "PackError",
    "PackPage",
    "PackRedirect",
    "SeedRecord",
    "TestWikiError",
    "WikiServer",
    "install_packages",
    "load_pack",
    "mediawiki_problem",
    "require_mediawiki",
]
