"""veriforge rewards for TRL's ``GRPOTrainer`` (standard library only).

A running ``npx veriforge serve`` judges every completion with the verifier of its task, so one
reward function covers every veriforge task::

    from trl import GRPOConfig, GRPOTrainer
    from trl_reward import veriforge_reward, reward_functions

    trainer = GRPOTrainer(model=..., args=GRPOConfig(...), train_dataset=ds,
                          reward_funcs=veriforge_reward)          # the server's reward
    # or one function per component of the server's --reward-spec, weighted by TRL:
    #   reward_funcs=reward_functions(["accuracy", "format", "length"]),
    #   args=GRPOConfig(reward_weights=[0.9, 0.1, 0.5], ...)

TRL calls a reward function as ``f(prompts=..., completions=..., **columns)`` where ``columns`` are
the dataset's other columns, one value per completion. The ground truth is read from them:

- ``label``: the JSON label of ``veriforge export --format jsonl`` (``{"task", "truth", "level"?,
  "evidence"?}``), or
- ``task`` and ``truth``: the columns of ``veriforge export --format hf`` (truth as a JSON string),
  with the ``evidence`` column's boxes on the first image for a spec's grounding component;
- ``level`` (optional) feeds a spec's difficulty weights.

Completions may be strings (standard format) or lists of chat messages (conversational format:
the assistant message's ``content``, a string or a list of ``{"type": "text", "text": ...}`` parts).

Environment: ``VERIFORGE_REWARD_URL`` (default ``http://127.0.0.1:8000``), ``VERIFORGE_REWARD_TIMEOUT``
(seconds per request, default 60), ``VERIFORGE_REWARD_RETRIES`` (default 3), ``VERIFORGE_REWARD_BATCH``
(completions per request, default 512).
"""

import http.client
import json
import os
import threading
import time
import urllib.parse

__all__ = ["VeriforgeReward", "veriforge_reward", "reward_functions", "completion_text", "labels_from_columns", "RewardClient"]


class RewardServerError(RuntimeError):
    """The reward server could not be reached, or refused the request."""


def completion_text(completion):
    """The text of one completion: a string, or the last assistant message of a conversation."""
    if isinstance(completion, str):
        return completion
    if isinstance(completion, dict):
        completion = [completion]
    if isinstance(completion, (list, tuple)):
        messages = [m for m in completion if isinstance(m, dict)]
        replies = [m for m in messages if m.get("role", "assistant") == "assistant"] or messages
        if not replies:
            raise TypeError("a conversational completion needs at least one message dict")
        content = replies[-1].get("content", "")
        if isinstance(content, list):  # multimodal chat format: a list of typed parts
            return "".join(p.get("text", "") for p in content if isinstance(p, dict) and p.get("type", "text") == "text")
        return "" if content is None else str(content)
    raise TypeError(f"a completion must be a string or a list of chat messages, got {type(completion).__name__}")


def labels_from_columns(n, columns):
    """One label JSON string per completion from the dataset's columns (see the module doc)."""
    if "label" in columns and columns["label"] is not None:
        labels = [l if isinstance(l, str) else json.dumps(l) for l in columns["label"]]
    elif "task" in columns and "truth" in columns:
        labels = []
        evidence = columns.get("evidence") or [None] * len(columns["task"])
        for task, truth, boxes in zip(columns["task"], columns["truth"], evidence):
            label = {"task": task, "truth": json.loads(truth) if isinstance(truth, str) else truth}
            # A <box> in a response names no image: it is graded against the first image's evidence.
            boxes = [list(e["box"]) for e in boxes or [] if isinstance(e, dict) and e.get("image", 0) == 0 and e.get("box")]
            if boxes:
                label["evidence"] = boxes
            labels.append(json.dumps(label))
    else:
        raise KeyError("the dataset needs a 'label' column (veriforge export --format jsonl) or 'task' and 'truth' "
                       f"columns (--format hf); got columns {sorted(columns)}")
    if len(labels) != n:
        raise ValueError(f"{len(labels)} labels for {n} completions")
    return labels


def _levels(n, columns):
    levels = columns.get("level")
    if levels is None:
        return [None] * n
    return [int(l) if isinstance(l, (int, float)) and 1 <= l <= 5 else None for l in levels]


class VeriforgeReward:
    """A GRPOTrainer reward function backed by the reward server.

    ``component`` picks what is returned: ``"score"`` (the server's reward) or any key of the
    server's ``extra_logs`` (``correct``, ``format``, ``verifier`` and, with ``--reward-spec``, each
    component). Functions that share a client share its last answer: several components of one
    batch cost one request.
    """

    def __init__(self, component="score", url=None, timeout=None, retries=None, batch_size=None, client=None):
        self.component = component
        self.__name__ = f"veriforge_{component}"  # TRL logs each reward function under its __name__
        self._client = client or RewardClient(url, timeout, retries, batch_size)

    def __call__(self, prompts=None, completions=None, **columns):
        if completions is None:
            raise TypeError("TRL passes completions=...; none given")
        texts = [completion_text(c) for c in completions]
        labels = labels_from_columns(len(texts), columns)
        result = self._client.judge(texts, labels, _levels(len(texts), columns))
        if self.component == "score":
            return list(result["rewards"])
        logs = result.get("extra_logs") or {}
        if self.component not in logs:
            raise KeyError(f"the reward server reports no '{self.component}'; it reports score, {', '.join(sorted(logs))} "
                           "(components come from `veriforge serve --reward-spec FILE`)")
        return [float(x) for x in logs[self.component]]


class RewardClient:
    """Batched POST /get_reward with keep-alive, timeouts and retries; remembers the last batch.
    Shared with verl_interaction.py."""

    def __init__(self, url=None, timeout=None, retries=None, batch_size=None):
        self.url = url or os.environ.get("VERIFORGE_REWARD_URL", "http://127.0.0.1:8000")
        self.timeout = float(timeout if timeout is not None else os.environ.get("VERIFORGE_REWARD_TIMEOUT", "60"))
        self.retries = int(retries if retries is not None else os.environ.get("VERIFORGE_REWARD_RETRIES", "3"))
        self.batch_size = max(1, int(batch_size if batch_size is not None else os.environ.get("VERIFORGE_REWARD_BATCH", "512")))
        self._local = threading.local()
        self._last = (None, None)
        self._lock = threading.Lock()

    def judge(self, texts, labels, levels):
        key = json.dumps([texts, labels, levels])
        with self._lock:
            if self._last[0] == key:
                return self._last[1]
        merged = {"rewards": [], "extra_logs": {}, "reasons": []}
        for start in range(0, len(texts), self.batch_size):
            end = start + self.batch_size
            out = self._post("/get_reward", {"query": texts[start:end], "labels": labels[start:end], "levels": levels[start:end]})
            merged["rewards"] += [float(r) for r in out["rewards"]]
            merged["reasons"] += out.get("reasons") or [""] * len(out["rewards"])
            for k, values in (out.get("extra_logs") or {}).items():
                merged["extra_logs"].setdefault(k, [0.0] * start)
                merged["extra_logs"][k] += values
        with self._lock:
            self._last = (key, merged)
        return merged

    def _connection(self):
        conn = getattr(self._local, "conn", None)
        if conn is None:
            u = urllib.parse.urlsplit(self.url)
            cls = http.client.HTTPSConnection if u.scheme == "https" else http.client.HTTPConnection
            conn = cls(u.hostname, u.port, timeout=self.timeout)
            self._local.conn = conn
        return conn

    def _drop(self):
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
        self._local.conn = None

    def _post(self, path, payload):
        body = json.dumps(payload).encode("utf-8")
        target = urllib.parse.urlsplit(self.url).path.rstrip("/") + path
        problem = None
        for attempt in range(self.retries + 1):
            if attempt:
                time.sleep(min(8.0, 0.25 * 2 ** (attempt - 1)))  # 0.25 s, 0.5 s, 1 s, ... between tries
            try:
                conn = self._connection()
                conn.request("POST", target, body, {"content-type": "application/json"})
                res = conn.getresponse()
                data = res.read()
            except (http.client.HTTPException, OSError) as e:  # refused, reset, timed out
                self._drop()
                problem = f"{type(e).__name__}: {e}"
                continue
            if res.status == 200:
                return json.loads(data)
            problem = f"HTTP {res.status}: {data[:500].decode('utf-8', 'replace')}"
            if res.status < 500:  # the request itself is wrong: retrying cannot help
                break
        raise RewardServerError(f"veriforge reward server {self.url}{path}: {problem} (after {attempt + 1} tries); "
                                "is `npx veriforge serve` running?")


_shared = RewardClient()


def reward_functions(components=("score",), **client_options):
    """One reward function per component, sharing one client (one request per batch)."""
    client = RewardClient(**client_options) if client_options else _shared
    return [VeriforgeReward(c, client=client) for c in components]


veriforge_reward = VeriforgeReward("score", client=_shared)
