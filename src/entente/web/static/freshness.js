// Freshness panel: the sources followed, the last and next fetch run, and the alerts (issue 15).
// Text goes in with textContent only, so nothing from a feed or an article can run as code.
(function () {
  "use strict";
  function cell(row, text) {
    const td = document.createElement("td");
    td.textContent = text === null || text === undefined ? "" : String(text);
    row.appendChild(td);
  }
  function fill(id, rows, columns) {
    const body = document.querySelector(`#${id} tbody`);
    body.replaceChildren();
    for (const item of rows) {
      const row = document.createElement("tr");
      for (const column of columns) cell(row, column(item));
      body.appendChild(row);
    }
  }
  async function load() {
    try {
      const fresh = await (await fetch("/api/sources")).json();
      const last = fresh.last_run;
      document.getElementById("freshness-runs").textContent = last
        ? `Last run ${last.finished_at || last.started_at} UTC: ${last.summary || "running"}.` +
          (fresh.next_run_at ? ` Next run ${fresh.next_run_at} UTC.` : "")
        : "No fetch run yet.";
      fill("freshness-sources", fresh.sources, [
        (s) => s.name, (s) => s.kind, (s) => s.stored, (s) => s.failed, (s) => s.pending, (s) => s.last_fetched,
      ]);
      const alerts = await (await fetch("/api/alerts")).json();
      fill("freshness-alerts", alerts, [
        (a) => a.dyad, (a) => a.period, (a) => a.before, (a) => a.after,
        (a) => a.evidence.map((e) => `${e.event_id}: ${e.sentence}`).join(" | "),
      ]);
    } catch (error) {
      document.getElementById("freshness-runs").textContent = `Freshness unavailable (${error}).`;
    }
  }
  load();
  setInterval(load, 60000);
})();
