"""veriforge as a verl multi-turn Interaction (standard library only; verl's base class when present).

In a multi-turn rollout, verl hands each assistant turn to an Interaction, which answers as the
user. This one asks the reward server about the turn: a correct answer ends the conversation; a
wrong one gets feedback and another try, up to ``max_turns`` answers. The turn's reward (the
server's, shaped by ``--reward-spec`` if the server has one) is verl's turn score.

1. Export with the interaction's name in every row's ``extra_info.interaction_kwargs``::

       npx veriforge export out/demo --format verl --interaction veriforge --out out/verl

2. An interaction config (YAML) for verl::

       interaction:
         - name: veriforge
           class_name: verl_interaction.VeriforgeInteraction   # with integrations/ on PYTHONPATH
           config: {max_turns: 3, feedback: verdict}

3. verl flags::

       actor_rollout_ref.rollout.multi_turn.enable=True
       actor_rollout_ref.rollout.multi_turn.interaction_config_path=interaction.yaml
       actor_rollout_ref.rollout.multi_turn.max_user_turns=3
       custom_reward_function.path=integrations/verl_reward.py   # the final reward, as single-turn

``config`` keys: ``max_turns`` (answers judged before the conversation ends, default 3),
``feedback`` (``"verdict"``: only right or wrong, the default; ``"reason"``: also the verifier's
reason, which can name the expected answer, so use it only where that is wanted), ``url``,
``timeout``, ``retries`` (as in trl_reward.py; ``VERIFORGE_REWARD_URL`` and the other variables apply).

verl appends each reply to the response, so the final reward function reads the whole
conversation: it takes the model's last ``<answer>``. The replies therefore hold no answer tags and
(with ``feedback: verdict``) no digits, so nothing in them can be read as an answer.
"""

import asyncio
import re
from uuid import uuid4

from trl_reward import RewardClient, RewardServerError, completion_text

try:  # verl registers interactions by class; without verl the class still works on its own (tests)
    from verl.interactions.base import BaseInteraction
except ImportError:  # pragma: no cover - depends on the environment
    class BaseInteraction:
        def __init__(self, config):
            self.config = config
            self.name = config.get("name", "interaction_agent")

__all__ = ["VeriforgeInteraction", "RewardServerError"]

FEEDBACK = ("verdict", "reason")
_ANSWER_TAG = re.compile(r"</?\s*answer\s*>|\\boxed", re.IGNORECASE)


class VeriforgeInteraction(BaseInteraction):
    """Judges each assistant turn with the reward server; see the module doc."""

    def __init__(self, config):
        super().__init__(config)
        self.max_turns = int(config.get("max_turns", 3))
        if self.max_turns < 1:
            raise ValueError(f"max_turns: got {self.max_turns}; allowed: 1 or more")
        self.feedback = config.get("feedback", "verdict")
        if self.feedback not in FEEDBACK:
            raise ValueError(f"feedback: got {self.feedback!r}; allowed: {', '.join(FEEDBACK)}")
        self._client = RewardClient(config.get("url"), config.get("timeout"), config.get("retries"))
        self._instances = {}

    async def start_interaction(self, instance_id=None, ground_truth=None, **kwargs):
        """``ground_truth`` is the veriforge label (``extra_info.interaction_kwargs.ground_truth``)."""
        if not isinstance(ground_truth, str) or not ground_truth:
            raise ValueError("interaction_kwargs needs 'ground_truth': the veriforge label; "
                             "export with `veriforge export --format verl --interaction NAME`")
        instance_id = instance_id or str(uuid4())
        self._instances[instance_id] = {"label": ground_truth, "turns": 0, "reward": 0.0}
        return instance_id

    async def generate_response(self, instance_id, messages, **kwargs):
        """``(should_terminate, user_reply, turn_reward, info)`` for the last assistant turn."""
        state = self._instances[instance_id]
        answer = completion_text([m for m in messages if m.get("role") == "assistant"][-1:] or [{"content": ""}])
        # The HTTP call blocks: run it off the event loop that drives every rollout.
        out = await asyncio.to_thread(self._client.judge, [answer], [state["label"]], [None])
        logs = out.get("extra_logs") or {}
        correct = bool(logs.get("correct", [0])[0])
        state["turns"] += 1
        state["reward"] = float(out["rewards"][0])
        info = {k: float(v[0]) for k, v in logs.items()}
        if correct:
            return True, "Correct.", state["reward"], info
        if state["turns"] >= self.max_turns:
            return True, "Not correct. No tries left.", state["reward"], info
        reason = _ANSWER_TAG.sub("", (out.get("reasons") or [""])[0]) if self.feedback == "reason" else ""
        reply = "Not correct" + (f" ({reason})" if reason else "") + ". Look at the image again and give your final answer once more."
        return False, reply, state["reward"], info

    async def calculate_score(self, instance_id=None, **kwargs):
        """The reward of the last judged turn (0 before any)."""
        return self._instances[instance_id]["reward"] if instance_id in self._instances else 0.0

    async def finalize_interaction(self, instance_id=None, **kwargs):
        self._instances.pop(instance_id, None)
