"""A test wiki that outlives the command that started it: its state directory.

The state directory (default `./.testwiki`, or $FACTCHECK_TESTWIKI_DIR) holds the
wiki's data in `wiki/` and, while it runs, `state.json` with the server's pid and port,
so that `stop`, `status` and `url` in later commands can find it.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from factcheck.testwiki.errors import TestWikiError
from factcheck.testwiki.pack import INDEX_NAME, Pack, load_pack
from factcheck.testwiki.wiki import LocalWiki, SeedRecord, WikiServer

STATE_DIR_ENV = "FACTCHECK_TESTWIKI_DIR"
DEFAULT_STATE_DIR = ".testwiki"
STATE_NAME = "state.json"
WIKI_SUBDIR = "wiki"
SHIPPED_PACK = Path(__file__).resolve().parent / "pack"


def resolve_state_dir(explicit: str | Path | None = None) -> Path:
    chosen = explicit or os.environ.get(STATE_DIR_ENV) or DEFAULT_STATE_DIR
    return Path(chosen).resolve()


@dataclass(frozen=True)
class RunState:
    """A started server, as written to state.json."""

    pid: int
    port: int
    api: str
    pack: str
    data_dir: str
    log: str
    started_at: str


@dataclass(frozen=True)
class StartResult:
    state: RunState
    seed: SeedRecord
    already_running: bool = False
    seeded_now: bool = False


class Controller:
    def __init__(self, state_dir: Path) -> None:
        self.state_dir = state_dir
        self.wiki = LocalWiki(state_dir / WIKI_SUBDIR)

    @property
    def state_file(self) -> Path:
        return self.state_dir / STATE_NAME

    def running(self) -> RunState | None:
        """The running server, or None; a state file left by a dead server is removed."""
        state = self._read_state()
        if state is None:
            return None
        if not self._server(state).is_running():
            self.state_file.unlink(missing_ok=True)
            return None
        return state

    def pack_dir(self, explicit: str | Path | None) -> Path:
        """The pack asked for, else the one the wiki was seeded from, else the shipped one."""
        if explicit is not None:
            return Path(explicit).resolve()
        record = self.wiki.seed_record()
        if record is not None and (Path(record.pack) / INDEX_NAME).is_file():
            return Path(record.pack)
        return SHIPPED_PACK

    def load_pack(self, explicit: str | Path | None) -> Pack:
        chosen = self.pack_dir(explicit)
        if chosen == SHIPPED_PACK and not (chosen / INDEX_NAME).is_file():
            raise TestWikiError(
                f"the shipped evidence pack ({chosen}) has no {INDEX_NAME} yet; "
                "pass --pack DIR (tests/data/mini_pack is a small one)"
            )
        return load_pack(chosen)

    def start(self, pack_dir: str | Path | None = None, port: int | None = None) -> StartResult:
        """Seed the wiki if it is new or its pack changed, then run it in the background."""
        pack = self.load_pack(pack_dir)
        current = self.running()
        if current is not None:
            record = self.wiki.seed_record()
            if record is None or record.fingerprint != pack.fingerprint:
                raise TestWikiError(
                    f"the test wiki at {current.api} runs with another pack ({current.pack}); "
                    "use `factcheck-testwiki reseed` or stop it first"
                )
            if port is not None and port != current.port:
                raise TestWikiError(
                    f"the test wiki already runs at {current.api}; stop it to change the port"
                )
            return StartResult(state=current, seed=record, already_running=True)
        record, seeded_now = self._ensure_seeded(pack)
        state = self._launch(pack, port)
        return StartResult(state=state, seed=record, seeded_now=seeded_now)

    def stop(self) -> RunState | None:
        """Stop the server; None if none was running."""
        state = self.running()
        if state is None:
            return None
        self._server(state).stop()
        self.state_file.unlink(missing_ok=True)
        return state

    def reseed(self, pack_dir: str | Path | None = None) -> tuple[SeedRecord, RunState | None]:
        """Rebuild the wiki from the pack; a running server is restarted on its port."""
        pack = self.load_pack(pack_dir)
        was = self.stop()
        record = self.wiki.create(pack)
        state = self._launch(pack, was.port) if was is not None else None
        return record, state

    def _ensure_seeded(self, pack: Pack) -> tuple[SeedRecord, bool]:
        record = self.wiki.seed_record()
        if record is not None and record.fingerprint == pack.fingerprint:
            return record, False
        return self.wiki.create(pack), True

    def _launch(self, pack: Pack, port: int | None) -> RunState:
        server = self.wiki.start(port)
        state = RunState(
            pid=server.pid,
            port=server.port,
            api=server.api,
            pack=str(pack.root.resolve()),
            data_dir=str(self.wiki.data_dir),
            log=str(server.log_file),
            started_at=dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        )
        try:
            self.state_dir.mkdir(parents=True, exist_ok=True)
            scratch = self.state_file.with_suffix(".tmp")
            scratch.write_text(json.dumps(asdict(state), indent=2) + "\n", "utf-8")
            scratch.replace(self.state_file)
        except OSError as exc:
            server.stop()
            raise TestWikiError(f"cannot write {self.state_file}: {exc}") from None
        return state

    def _read_state(self) -> RunState | None:
        try:
            return RunState(**json.loads(self.state_file.read_text("utf-8")))
        except FileNotFoundError:
            return None
        except (OSError, ValueError, TypeError) as exc:
            raise TestWikiError(f"{self.state_file} is unreadable ({exc}); delete it") from None

    @staticmethod
    def _server(state: RunState) -> WikiServer:
        return WikiServer(pid=state.pid, port=state.port, data_dir=Path(state.data_dir))
