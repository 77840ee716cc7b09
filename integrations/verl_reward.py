"""veriforge reward for verl's ``custom_reward_function`` (standard library only).

Scores come from a running ``npx veriforge serve`` (the same verifiers as the dataset), so every
veriforge task is judged by the rules of that task, with no per-task Python code.

verl flags::

    custom_reward_function.path=integrations/verl_reward.py
    custom_reward_function.name=compute_score            # one request per response
    # or, with reward_model.reward_manager=batch:
    custom_reward_function.name=compute_score_batch      # one request per batch

Each call returns a dict per response: ``"score"`` is the reward (verl's reward managers take it
and log every other key), plus ``correct``, ``format`` and, when the server runs with
``--reward-spec``, the verifier's own score and every component of the spec (docs/reward-spec.md).
The item's level (``extra_info["level"]``, written by ``veriforge export --format verl``) is sent
along for a spec's difficulty weights.

Set ``VERIFORGE_REWARD_URL`` (default ``http://127.0.0.1:8000``) to reach the server and
``VERIFORGE_REWARD_TIMEOUT`` (seconds, default 60) to bound each request.
"""

import http.client
import json
import os
import threading
import urllib.parse

URL = os.environ.get("VERIFORGE_REWARD_URL", "http://127.0.0.1:8000")
TIMEOUT = float(os.environ.get("VERIFORGE_REWARD_TIMEOUT", "60"))

_local = threading.local()  # one keep-alive connection per thread (verl may score from a pool)


def _connection():
    conn = getattr(_local, "conn", None)
    if conn is None:
        u = urllib.parse.urlsplit(URL)
        cls = http.client.HTTPSConnection if u.scheme == "https" else http.client.HTTPConnection
        conn = cls(u.hostname, u.port, timeout=TIMEOUT)
        _local.conn = conn
    return conn


def _post(path, payload):
    body = json.dumps(payload).encode("utf-8")
    target = urllib.parse.urlsplit(URL).path.rstrip("/") + path
    for attempt in range(2):  # a kept-alive connection the server has closed gets one retry
        conn = _connection()
        try:
            conn.request("POST", target, body, {"content-type": "application/json"})
            res = conn.getresponse()
            data = res.read()
        except (http.client.HTTPException, OSError) as e:
            conn.close()
            _local.conn = None
            if attempt:
                raise RuntimeError(f"veriforge reward server {URL}: {e}; is `npx veriforge serve` running?") from e
            continue
        if res.status != 200:
            raise RuntimeError(f"veriforge reward server {URL}{path}: HTTP {res.status}: {data[:500].decode('utf-8', 'replace')}")
        return json.loads(data)


def _level(extra_info):
    level = extra_info.get("level") if isinstance(extra_info, dict) else None
    return int(level) if isinstance(level, (int, float)) and 1 <= level <= 5 else None


def compute_score(data_source, solution_str, ground_truth, extra_info=None):
    """``{"score": reward, <component>: value, ...}`` for one response; ``ground_truth`` is the
    ``reward_model.ground_truth`` label."""
    return compute_score_batch([data_source], [solution_str], [ground_truth], [extra_info])[0]


def compute_score_batch(data_sources, solution_strs, ground_truths, extra_infos=None):
    """One dict per response for a whole batch in one request (verl's ``batch`` reward manager).
    Every dict has the same keys, as verl's per-key logging needs."""
    infos = list(extra_infos) if extra_infos is not None else [None] * len(solution_strs)
    out = _post("/get_reward", {
        "query": list(solution_strs),
        "labels": list(ground_truths),
        "levels": [_level(e) for e in infos],
    })
    logs = out.get("extra_logs") or {}
    results = []
    for i, reward in enumerate(out["rewards"]):
        d = {key: float(values[i]) for key, values in logs.items()}
        d["score"] = float(reward)
        results.append(d)
    return results
