"""HTTP API (FastAPI, OpenAPI schema at /openapi.json) and the dashboard at /.

Every request opens the store read-only, so the server never holds a write lock; all assets are served
from the package, so the dashboard works with no internet. Ingest requests run as queued jobs, one writer
at a time (:mod:`entente.web.jobs`); every response carries the security headers, and a loopback server
answers only to this machine's names (:mod:`entente.web.security`). Error bodies never name a path of the
server's filesystem.
"""

from __future__ import annotations

import hmac
import logging
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request, Response
from fastapi.openapi.utils import get_openapi
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import AfterValidator, BaseModel, StringConstraints

from .. import query
from ..analysis import actor_node, deduplicated_events, detect_shifts, dyad_series, relation_network
from ..errors import EntenteError, StoreError
from ..events.cameo import load_codebook
from ..labels import actor_label
from ..sources import valid_iso_date
from ..store import Store, default_db_path
from . import explore
from .freshness import freshness_router
from .jobs import JobRunner, scrub_paths
from .security import allowed_names, guard_middleware

log = logging.getLogger("entente.web")

STATIC = Path(__file__).with_name("static")
_YEAR = r"(?:[0-9]{3}[1-9]|[0-9]{2}[1-9][0-9]|[0-9][1-9][0-9]{2}|[1-9][0-9]{3})"
_MONTH = r"(?:0[1-9]|1[0-2])"
_DAY = (
    rf"(?:{_YEAR}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)"
    r"|02-(?:0[1-9]|1[0-9]|2[0-8]))"
    r"|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)-02-29)"
)
DATE = rf"^(?:{_YEAR}|{_YEAR}-{_MONTH}|{_DAY})$"
"""YYYY, YYYY-MM or YYYY-MM-DD naming a real month and day (leap years included), so the schema says it too."""
DAY = rf"^{_DAY}$"
CODE = r"^[A-Za-z0-9]{1,15}$"
PAIR = r"^[A-Za-z0-9]{1,15}-[A-Za-z0-9]{1,15}$"
PairParam = Annotated[str, StringConstraints(pattern=PAIR)]


def _real_date(value: str | None) -> str | None:
    if value is not None and not valid_iso_date(value):
        raise ValueError(f"{value!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD with a real month and day")
    return value


DateQuery = Annotated[str | None, Query(pattern=DATE), AfterValidator(_real_date)]
DayQuery = Annotated[str | None, Query(pattern=DAY), AfterValidator(_real_date)]


class Problem(BaseModel):
    detail: str


NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": Problem, "description": "No such item; see the detail"}}


class Document(BaseModel):
    doc_id: str
    title: str | None
    date: str | None
    date_precision: str | None
    publisher: str | None
    url: str | None
    near_duplicate_of: str | None


class SentenceOut(BaseModel):
    sent_idx: int
    start: int
    end: int
    text: str


class DocumentDetail(Document):
    body: str
    author: str | None
    date_source: str | None
    sentences: list[SentenceOut]


class EventOut(BaseModel):
    event_id: str
    doc_id: str
    date: str | None
    date_precision: str | None
    source: str
    target: str | None
    code: str
    goldstein: float
    quad_class: int
    modality: str | None
    confidence: float | None
    sentence: str
    code_name: str | None = None
    """The CAMEO name of the code ("Praise or endorse")."""
    root: str | None = None
    root_name: str | None = None
    quad_name: str | None = None
    source_name: str | None = None
    """A readable name for the source actor ("Kazakhstan — government")."""
    target_name: str | None = None
    title: str | None = None
    publisher: str | None = None


class EventDetail(EventOut):
    sent_idx: int
    rule: str | None
    coder: str | None
    predicate: str | None
    parse_path: str | None
    source_text: str | None
    target_text: str | None
    context: list[dict[str, Any]]


class FactOut(BaseModel):
    fact_id: str
    doc_id: str
    date: str | None
    subject: str | None
    quantity: float
    unit: str
    qualifier: str | None
    topic: str | None
    sentence: str
    subject_name: str | None = None
    """A readable name for the subject actor."""
    quantity_text: str | None = None
    """The quantity as a reader writes it ("about 2 billion USD"); ``quantity`` stays the number."""


class Partner(BaseModel):
    code: str
    name: str


class ExposureOut(FactOut):
    sent_idx: int | None = None
    partner: str | None = None
    """The actor(s) depended on, as codes ("RUS, IGOCPC")."""
    partner_name: str | None = None
    partners: list[Partner] = []
    """Countries the fact's sentence names besides the actor."""
    title: str | None = None
    publisher: str | None = None
    url: str | None = None


class MemberOut(BaseModel):
    member: str
    member_name: str | None = None
    since: str | None
    until: str | None
    origin: str | None
    documents: int
    evidence: str | None
    evidence_source: str | None = None
    """"article text", or the built-in registry for a membership no article states."""


class SeriesPoint(BaseModel):
    period: str
    events: int
    verbal_coop: int
    material_coop: int
    verbal_conflict: int
    material_conflict: int
    goldstein_sum: float
    goldstein_mean: float
    balance: float


class ShiftOut(BaseModel):
    period: str
    before: float
    after: float
    events_before: int | None = None
    events_after: int | None = None
    events: list[dict[str, Any]]


class DyadOut(BaseModel):
    source: str
    target: str
    period: str
    series: list[SeriesPoint]
    shifts: list[ShiftOut]


class Edge(BaseModel):
    source: str
    target: str
    events: int
    goldstein: float


class Node(BaseModel):
    id: str
    events: int
    name: str | None = None


class SourceOut(BaseModel):
    doc_id: str
    sent_idx: int | None
    sentence: str | None
    title: str | None = None
    publisher: str | None = None
    url: str | None = None


class OrgMembership(BaseModel):
    org: str
    org_name: str
    since: str | None
    until: str | None
    origin: str | None
    partners: list[Partner]
    """The organisation's other members (registry)."""
    sources: list[SourceOut]
    """Articles that state the membership."""


class PanelPoint(SeriesPoint):
    goldstein_mean: float | None  # type: ignore[assignment]
    """None for a period without events."""
    balance: float | None  # type: ignore[assignment]


class Direction(BaseModel):
    source: str
    target: str
    source_name: str
    target_name: str
    events: int
    series: list[PanelPoint]


class DyadPanel(BaseModel):
    a: str
    b: str
    directions: list[Direction]
    """A→B, then B→A."""


class AxisPeriod(BaseModel):
    period: str
    start: str
    """The period's first day (YYYY-MM-DD), to place it on a time axis."""


class SeriesOut(BaseModel):
    period: str
    axis: list[AxisPeriod]
    """Every period from the first to the last, empty ones included."""
    dyads: list[DyadPanel]


class CountryOut(BaseModel):
    iso3: str
    name: str | None
    events: int
    cooperation: int
    conflict: int
    goldstein_mean: float


class CodeOut(BaseModel):
    code: str
    name: str
    quad_class: int
    goldstein: float


class NetworkOut(BaseModel):
    nodes: list[Node]
    edges: list[Edge]


class ActorCount(BaseModel):
    code: str
    events: int
    name: str
    """Readable name; a role with no country says "(country not stated)"."""


class IngestRequest(BaseModel):
    path: str
    """A file or folder inside the server's data folder, relative to it."""


class Job(BaseModel):
    job_id: str
    path: str
    state: str
    """queued, running, finished (exit 0, or 3: some inputs skipped) or failed."""
    exit_code: int | None
    position: int | None
    """Place in the queue (1 = next) while queued."""
    queued_at: str
    started_at: str | None
    finished_at: str | None
    output: str
    """The last lines the ingest printed (progress, skipped inputs, summary)."""
    summary: str | None
    """The ingest's summary line once it has finished: ``stored N, duplicates N, skipped N …``."""
    error: str | None
    """Why a failed job failed, in one line."""


MAX_BODY_BYTES = 1_000_000


def create_app(
    db: str | Path | None = None,
    *,
    token: str | None = None,
    data_dir: str | Path | None = None,
    max_body_bytes: int = MAX_BODY_BYTES,
    allowed_hosts: Iterable[str] | None = None,
) -> FastAPI:
    """The application serving one store; ``db`` defaults to $ENTENTE_DB or ./entente.duckdb.

    Reads never need a token. Endpoints that change data (``POST /api/ingest``) need
    ``Authorization: Bearer TOKEN`` and are off when no token is configured; the files they may read are
    confined to ``data_dir``, every file found inside it included. Request bodies over ``max_body_bytes``
    are refused. With ``allowed_hosts`` (``entente serve`` on loopback), requests whose Host header names
    anything else — this machine's loopback names are always allowed — are refused.
    """
    db_path = (Path(db) if db is not None else default_db_path()).resolve()
    data_root = Path(data_dir).resolve() if data_dir is not None else None
    runner = JobRunner(db_path, data_root) if data_root is not None else None
    hosts = allowed_names(allowed_hosts) if allowed_hosts is not None else None
    app = FastAPI(
        title="Entente",
        version="0.1.0",
        description="Event data on international relations, with the evidence behind every number.",
    )

    @app.middleware("http")
    async def limit_body(request: Request, call_next: Any) -> Any:
        length = request.headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > max_body_bytes):
            return JSONResponse({"detail": f"request body over {max_body_bytes} bytes"}, status_code=413)
        if request.method in {"POST", "PUT", "PATCH"} and length is None:
            body = await request.body()
            if len(body) > max_body_bytes:
                return JSONResponse({"detail": f"request body over {max_body_bytes} bytes"}, status_code=413)
        return await call_next(request)

    @app.exception_handler(StoreError)
    async def store_unavailable(request: Request, exc: StoreError) -> JSONResponse:
        return JSONResponse({"detail": scrub_paths(str(exc))}, status_code=503)

    @app.exception_handler(EntenteError)
    async def refused(request: Request, exc: EntenteError) -> JSONResponse:
        return JSONResponse({"detail": scrub_paths(str(exc))}, status_code=400)

    @app.exception_handler(Exception)
    async def internal(request: Request, exc: Exception) -> JSONResponse:
        log.exception("error answering %s", request.url.path)
        return JSONResponse({"detail": "internal error; the server's log has the details"}, status_code=500)

    # Added last, so it runs first: the Host check and the headers cover every response, errors included.
    app.middleware("http")(guard_middleware(hosts))

    def require_token(authorization: str | None) -> None:
        if token is None:
            raise HTTPException(403, "changing data is off: start the server with --token (or ENTENTE_TOKEN)")
        if authorization is None or not hmac.compare_digest(authorization, f"Bearer {token}"):
            raise HTTPException(401, "missing or wrong token: send 'Authorization: Bearer TOKEN'")

    def inside_data(relative: str) -> str:
        """The request's path as a clean path relative to the data folder, once it is known to stay inside."""
        if data_root is None:
            raise HTTPException(403, "no data folder: start the server with --data DIR to allow ingest requests")
        if "\x00" in relative:
            raise HTTPException(400, "NUL byte in the path; remove it")
        parts = PurePosixPath(relative.strip()).parts
        if not parts or all(part == "." for part in parts):
            raise HTTPException(400, "give a file or folder inside the data folder, relative to it (not '' or '.')")
        try:
            target = (data_root / relative).resolve()
        except (OSError, RuntimeError, ValueError) as exc:
            raise HTTPException(400, "path cannot be resolved (a symlink loop?); give another path") from exc
        if target == data_root or not target.is_relative_to(data_root):
            raise HTTPException(400, "path leaves the data folder; give a path relative to it")
        if not target.exists():
            raise HTTPException(404, f"{relative!r} is not in the data folder")
        return target.relative_to(data_root).as_posix()

    @app.post("/api/ingest", response_model=Job, status_code=202, tags=["changes"],
              responses={400: {"model": Problem}, 401: {"model": Problem}, 403: {"model": Problem},
                         404: {"model": Problem}, 413: {"model": Problem}})  # fmt: skip
    def start_ingest(request: IngestRequest, authorization: str | None = Header(None)) -> dict[str, Any]:
        """Queue the ingest of a file or folder of the data folder; jobs run one at a time, in order, each in a
        separate writer process. Every file it reads stays inside the data folder.

        The API keeps answering meanwhile, from the snapshot the ingest publishes as it commits.
        """
        require_token(authorization)
        relative = inside_data(request.path)
        assert runner is not None
        return runner.view(runner.submit(relative))

    @app.get("/api/jobs/{job_id}", response_model=Job, tags=["changes"], responses=NOT_FOUND)
    def job(job_id: str) -> dict[str, Any]:
        """The state of an ingest job: queued (with its place), running, finished or failed."""
        found = runner.get(job_id) if runner is not None else None
        if found is None or runner is None:
            raise HTTPException(404, f"no job {job_id[:40]!r}")
        return runner.view(found)

    def guard(call: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return call(*args, **kwargs)
        except StoreError:
            raise
        except EntenteError as exc:
            raise HTTPException(status_code=404, detail=scrub_paths(str(exc))) from exc

    @app.get("/api/documents", response_model=list[Document], tags=["documents"])
    def documents(
        limit: int = Query(100, ge=1, le=1000), offset: int = Query(0, ge=0, le=2**62)
    ) -> list[dict[str, Any]]:
        """Stored documents, newest first."""
        with Store(db_path, read_only=True) as store:
            relation = store.con.execute(
                "SELECT doc_id, title, date, date_precision, publisher, url, near_duplicate_of FROM documents "
                "ORDER BY date DESC NULLS LAST, doc_id LIMIT ? OFFSET ?",
                [limit, offset],
            )
            columns = [c[0] for c in relation.description]
            return [dict(zip(columns, row, strict=True)) for row in relation.fetchall()]

    @app.get("/api/documents/{doc_id:path}", response_model=DocumentDetail, tags=["documents"], responses=NOT_FOUND)
    def document(doc_id: str) -> dict[str, Any]:
        """One document with its cleaned body and sentence offsets (for highlighting evidence)."""
        with Store(db_path, read_only=True) as store:
            relation = store.con.execute(
                "SELECT doc_id, title, date, date_precision, publisher, url, near_duplicate_of, body, author, "
                "date_source FROM documents WHERE doc_id = ?",
                [doc_id],
            )
            row = relation.fetchone()
            if row is None:
                raise HTTPException(status_code=404, detail=f"no document {doc_id!r}")
            result = dict(zip([c[0] for c in relation.description], row, strict=True))
            sentences = store.con.execute(
                "SELECT sent_idx, start_char, end_char, text FROM sentences WHERE doc_id = ? ORDER BY sent_idx",
                [doc_id],
            ).fetchall()
        result["sentences"] = [{"sent_idx": i, "start": s, "end": e, "text": t} for i, s, e, t in sentences]
        return result

    def table_query(
        source: str | None = Query(None, pattern=CODE, description="Source actor code (prefix: KAZ matches KAZGOV)."),
        target: str | None = Query(None, pattern=CODE, description="Target actor code (prefix)."),
        actor: str | None = Query(None, pattern=CODE, description="Either side (prefix)."),
        dyad: str | None = Query(None, pattern=PAIR, description="Both directions of a pair: KAZ-RUS."),
        code: str | None = Query(None, pattern=r"^\d{1,4}$", description="CAMEO event code (prefix)."),
        root: str | None = Query(None, pattern=r"^\d{1,2}$", description="CAMEO root code, 01-20."),
        quad_class: int | None = Query(None, ge=1, le=4),
        start: DateQuery = None,
        end: DateQuery = None,
        since: DateQuery = None,
        until: DateQuery = None,
        modality: str | None = Query(None, pattern=r"^[a-z_]{1,20}$", description="asserted, intent …"),
        q: str | None = Query(None, max_length=200, description="Free text: sentence, title, actor or code names."),
        sort: str = Query("date", pattern="^(" + "|".join(explore.SORTS) + ")$"),
        order: str = Query("asc", pattern="^(asc|desc)$"),
        offset: int = Query(0, ge=0, le=2**40),
        since_ingested: Annotated[
            datetime | None, Query(description="Only events of documents stored since this time (UTC).")
        ] = None,
    ) -> explore.TableQuery:
        return explore.TableQuery(
            source=source, target=target, actor=actor, dyad=dyad, code=code, root=root, quad_class=quad_class,
            start=start or since, end=end or until, modality=modality, q=q, sort=sort, order=order,
            offset=offset, ingested_since=since_ingested,
        )  # fmt: skip

    filters = Depends(table_query)
    downloads: dict[int | str, dict[str, Any]] = {200: {"content": {
        "application/json": {}, "text/csv": {"schema": {"type": "string"}},
        "application/x-ndjson": {"schema": {"type": "string"}},
    }, "description": "The events; the header X-Total-Count gives how many match in all."}}  # fmt: skip

    @app.get("/api/events", response_model=list[EventOut], tags=["events"], responses=downloads)
    def events(
        response: Response,
        where: explore.TableQuery = filters,
        limit: int | None = Query(None, ge=1, le=100_000, description="Page size: 500 for JSON, all for files."),
        format: str = Query("json", pattern="^(json|csv|jsonl)$"),
    ) -> Any:
        """Coded events, filtered, sorted and paged, with readable names beside the codes.

        The dashboard's event table asks exactly this, so its "API query" link gives the same rows;
        ``format=csv`` or ``format=jsonl`` downloads them (every matching row unless ``limit`` is given).
        """
        if limit is None and format == "json":
            limit = 500
        total, rows = explore.event_table(db_path, explore.TableQuery(**{**where.__dict__, "limit": limit}))
        headers = {"X-Total-Count": str(total), "Access-Control-Expose-Headers": "X-Total-Count"}
        if format == "csv":
            return Response(explore.as_csv(rows), media_type="text/csv; charset=utf-8", headers={
                **headers, "Content-Disposition": 'attachment; filename="entente-events.csv"'})  # fmt: skip
        if format == "jsonl":
            return Response(explore.as_jsonl(rows), media_type="application/x-ndjson", headers={
                **headers, "Content-Disposition": 'attachment; filename="entente-events.jsonl"'})  # fmt: skip
        response.headers.update(headers)
        return rows

    @app.get("/api/map", response_model=list[CountryOut], tags=["analysis"])
    def event_map(where: explore.TableQuery = filters) -> list[dict[str, Any]]:
        """Events per country (as source or target) for the same filters as /api/events: cooperation and
        conflict counts and the mean Goldstein score."""
        return explore.country_counts(db_path, where)

    @app.get("/api/series", response_model=SeriesOut, tags=["analysis"])
    def series(
        dyad: Annotated[
            list[PairParam],
            Query(
                min_length=1, max_length=4, description="Pairs such as KAZ-RUS; both directions of each are returned."
            ),
        ],  # fmt: skip
        period: str = Query("year", pattern="^(month|quarter|year)$"),
        start: DateQuery = None,
        end: DateQuery = None,
    ) -> dict[str, Any]:
        """Up to four dyads, each in both directions, on one time axis with every period (empty ones as
        zeros): counts by QuadClass and the mean Goldstein score."""
        pairs = [tuple(pair.split("-", 1)) for pair in dyad]
        return explore.dyad_panels(db_path, pairs, period, start, end)  # type: ignore[arg-type]

    @app.get("/api/codes", response_model=list[CodeOut], tags=["analysis"])
    def codes(roots: bool = Query(False, description="Only the 20 root codes.")) -> list[dict[str, Any]]:
        """The CAMEO event codebook: code, name, QuadClass and Goldstein score."""
        entries = load_codebook().codes.values()
        return [
            {"code": c.code, "name": c.name, "quad_class": c.quad_class, "goldstein": c.goldstein}
            for c in sorted(entries, key=lambda c: c.code) if not roots or len(c.code) == 2
        ]  # fmt: skip

    @app.get("/api/events/{event_id}", response_model=EventDetail, tags=["events", "evidence"], responses=NOT_FOUND)
    def event(event_id: str) -> dict[str, Any]:
        """The evidence behind one event: sentence, neighbours, parse path and lexicon entry."""
        return explore.labelled(guard(query.explain_event, db_path, event_id))

    @app.get("/api/facts", response_model=list[FactOut], tags=["facts"])
    def facts(
        subject: str | None = Query(None, pattern=CODE), unit: str | None = Query(None, max_length=40)
    ) -> list[dict[str, Any]]:
        """Quantities about actors."""
        return query.list_facts(db_path, subject, unit)

    @app.get("/api/exposure/{actor}", response_model=list[ExposureOut], tags=["facts"])
    def exposure(actor: str) -> list[dict[str, Any]]:
        """Facts that measure how an actor depends on others, with the partners each names and its source."""
        return explore.exposure_view(db_path, actor)

    @app.get("/api/actors/{actor}/memberships", response_model=list[OrgMembership], tags=["memberships"])
    def actor_memberships(actor: str) -> list[dict[str, Any]]:
        """The organisations an actor belongs to, with their other members and the articles that say so."""
        return explore.memberships_of(db_path, actor)

    @app.get("/api/memberships/{org}", response_model=list[MemberOut], tags=["memberships"], responses=NOT_FOUND)
    def memberships(org: str, on: DayQuery = None) -> list[dict[str, Any]]:
        """Members of an organisation (name or IGO code), from the articles and the registry."""
        return guard(explore.members_view, db_path, org, on)

    @app.get("/api/actors", response_model=list[ActorCount], tags=["analysis"])
    def actors() -> list[dict[str, Any]]:
        """Actors (country or organisation level) with their number of events, most active first."""
        frame = deduplicated_events(db_path)
        counts: dict[str, int] = {}
        for column in ("source", "target"):
            for value in frame[column].dropna():
                counts[actor_node(value)] = counts.get(actor_node(value), 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
        return [{"code": c, "events": n, "name": actor_label(c) or c} for c, n in ranked]

    @app.get("/api/dyads/{source}/{target}", response_model=DyadOut, tags=["analysis"])
    def dyad(source: str, target: str, period: str = Query("month", pattern="^(month|quarter|year)$")) -> dict:
        """Per-period event counts by QuadClass, Goldstein sums and means, and detected shifts."""
        series = dyad_series(db_path, source, target, period)  # type: ignore[arg-type]
        shifts = detect_shifts(db_path, source, target, period)  # type: ignore[arg-type]
        return {
            "source": source.upper(), "target": target.upper(), "period": period,
            "series": series.to_dict("records"),
            "shifts": [{"period": s.period, "before": s.before, "after": s.after, "events": s.events} for s in shifts],
        }  # fmt: skip

    @app.get("/api/dyads/{source}/{target}/events", response_model=list[EventOut], tags=["analysis", "evidence"])
    def dyad_evidence(
        source: str, target: str, period: str | None = Query(None, pattern=r"^\d{4}(-\d{2}|-Q[1-4])?$")
    ) -> list[dict[str, Any]]:
        """The events behind one point of a dyad series (or the whole dyad)."""
        rows = query.list_events(db_path, query.EventFilter(source, target))
        if period:
            rows = [r for r in rows if _in_period(r["date"], period)]
        return rows

    @app.get("/api/network", response_model=NetworkOut, tags=["analysis"])
    def network(
        since: DateQuery = None, until: DateQuery = None, start: DateQuery = None, end: DateQuery = None
    ) -> dict:
        """The relation network for a period (``start``/``end`` are synonyms of ``since``/``until``)."""
        graph = relation_network(db_path, start or since, explore.inclusive_end(end or until))
        return {
            "nodes": [{"id": n, "events": d["events"], "name": actor_label(n) or n} for n, d in graph.nodes(data=True)],
            "edges": [{"source": a, "target": b, **d} for a, b, d in graph.edges(data=True)],
        }

    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html")

    app.include_router(freshness_router(db_path))
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    def openapi_as_enforced() -> dict[str, Any]:
        """The schema as the server enforces it: no parameter may hold a NUL byte, refused with 400 (see
        security.py), so every string parameter says so and every operation documents the 400."""
        if app.openapi_schema is None:
            schema = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes)
            for item in schema.get("paths", {}).values():
                for operation in item.values():
                    for parameter in operation.get("parameters", []):
                        _forbid_nul(parameter.get("schema", {}))
                    operation.setdefault("responses", {}).setdefault(
                        "400", {"description": "Refused: a NUL byte in the request, or a value the store refuses"}
                    )
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi_as_enforced  # type: ignore[method-assign]
    return app


def _in_period(date: str | None, period: str) -> bool:
    if not date:
        return False
    if "-Q" in period:
        year, quarter = period.split("-Q")
        return date[:4] == year and len(date) >= 7 and (int(date[5:7]) - 1) // 3 + 1 == int(quarter)
    if len(period) == 7 and len(date) == 4:
        return period.endswith("-01") and date == period[:4]
    return date.startswith(period)


NO_NUL = r"^[^\x00]*$"


def _forbid_nul(schema: dict[str, Any]) -> None:
    """Give a string parameter's schema (or each string branch of an optional one) the no-NUL pattern."""
    for branch in [schema, *schema.get("anyOf", [])]:
        if branch.get("type") == "string" and "pattern" not in branch and "enum" not in branch:
            branch["pattern"] = NO_NUL
