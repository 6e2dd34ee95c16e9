"""Pictures an analyst can read without explanation: a dyad's timeline with its shifts, and the network."""

from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # files only: no display on servers and in CI

import matplotlib.pyplot as plt  # noqa: E402
import networkx as nx  # noqa: E402
from matplotlib.ticker import MaxNLocator  # noqa: E402

from .analysis import MIN_SHIFT_EVENTS, Period, detect_shifts, dyad_series, relation_network  # noqa: E402
from .errors import EntenteError  # noqa: E402
from .labels import actor_label  # noqa: E402


def _save(fig: plt.Figure, out: str | Path) -> Path:
    fig.tight_layout()
    path = Path(out)
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return path


def _named(code: str) -> str:
    """"KAZ (Kazakhstan)": the code an analyst filters by, and the name a reader knows."""
    code = code.upper()
    name = actor_label(code)
    return f"{code} ({name})" if name and name != code else code


def plot_dyad(
    db: str | Path | None, source: str, target: str, out: str | Path, period: Period = "month",
    min_events: int = MIN_SHIFT_EVENTS,
) -> Path:  # fmt: skip
    """Bars of cooperative and conflictual events per period (a period without events is an empty slot, not
    left out), the mean Goldstein line through the periods that have events, shifts marked."""
    series = dyad_series(db, source, target, period)
    if series.empty:
        raise EntenteError(f"no dated events from {source} to {target}; check the codes with `entente events`")
    shifts = detect_shifts(db, source, target, period, min_events=min_events)
    fig, counts = plt.subplots(figsize=(11, 5.5))
    x = range(len(series))
    coop = series["verbal_coop"] + series["material_coop"]
    conflict = series["verbal_conflict"] + series["material_conflict"]
    counts.bar([i - 0.2 for i in x], coop, width=0.4, color="#3b8b5a", label="cooperative events (QuadClass 1–2)")
    counts.bar([i + 0.2 for i in x], conflict, width=0.4, color="#c0504d", label="conflictual events (QuadClass 3–4)")
    counts.set_ylabel("events per " + period)
    counts.yaxis.set_major_locator(MaxNLocator(integer=True))
    counts.set_xticks(list(x), series["period"], rotation=45, ha="right")
    score = counts.twinx()
    # No mean without events: the line joins the periods that have events (a quiet period is not a 0 score).
    active = [i for i in x if series["events"].iloc[i] > 0]
    score.plot(active, series["goldstein_mean"].iloc[active], color="#1f3b73", marker="o", label="mean Goldstein score")
    score.axhline(0, color="#888888", linewidth=0.8, linestyle=":")
    score.set_ylim(-10.5, 10.5)
    score.set_ylabel("mean Goldstein score (−10 conflict … +10 cooperation)")
    periods = list(series["period"])
    for shift in shifts:
        if shift.period in periods:
            position = periods.index(shift.period) - 0.5
            score.axvline(position, color="#e69f00", linewidth=2, linestyle="--")
            score.annotate(f"shift {shift.before:+.1f} → {shift.after:+.1f}", (position, 9), rotation=90,
                           fontsize=8, color="#a06800", ha="right", va="top")  # fmt: skip
    handles = counts.get_legend_handles_labels()[0] + score.get_legend_handles_labels()[0]
    labels = counts.get_legend_handles_labels()[1] + score.get_legend_handles_labels()[1]
    if shifts:
        handles.append(plt.Line2D([], [], color="#e69f00", linestyle="--", linewidth=2))
        labels.append("detected shift")
    counts.legend(handles, labels, loc="upper left", fontsize=8)
    counts.set_title(f"{_named(source)} → {_named(target)}: events and mean Goldstein score per {period}")
    counts.set_xlabel(period)
    return _save(fig, out)


def plot_network(db: str | Path | None, out: str | Path, since: str | None = None, until: str | None = None) -> Path:
    """Actors as nodes sized by activity; arrows coloured by mean Goldstein, widened by event count."""
    graph = relation_network(db, since, until)
    if graph.number_of_edges() == 0:
        raise EntenteError("no events between actors in that period; widen --since/--until")
    fig, ax = plt.subplots(figsize=(10, 8))
    layout = nx.spring_layout(graph, seed=7, k=1.2)
    sizes = [300 + 120 * graph.nodes[n]["events"] for n in graph.nodes]
    nx.draw_networkx_nodes(graph, layout, node_size=sizes, node_color="#dfe7f2", edgecolors="#1f3b73", ax=ax)
    # The code on top, the readable name under it: "IGOCSTO" alone means nothing to most readers.
    names = {n: n if graph.nodes[n].get("name", n) == n else f"{n}\n{graph.nodes[n]['name']}" for n in graph.nodes}
    nx.draw_networkx_labels(graph, layout, labels=names, font_size=8, ax=ax)
    edges = list(graph.edges(data=True))
    colours = [d["goldstein"] for _, _, d in edges]
    drawn = nx.draw_networkx_edges(
        graph, layout, edgelist=[(a, b) for a, b, _ in edges], width=[1 + d["events"] for _, _, d in edges],
        edge_color=colours, edge_cmap=plt.cm.RdYlGn, edge_vmin=-10, edge_vmax=10, arrows=True, arrowsize=14,
        connectionstyle="arc3,rad=0.1", ax=ax,
    )  # fmt: skip
    mappable = plt.cm.ScalarMappable(cmap=plt.cm.RdYlGn, norm=plt.Normalize(-10, 10))
    fig.colorbar(mappable, ax=ax, label="mean Goldstein score of the dyad")
    del drawn
    window = f"{since or 'start'} to {until or 'latest'}"
    ax.set_title(f"Relation network, {window} (arrow width = number of events)")
    ax.axis("off")
    return _save(fig, out)
