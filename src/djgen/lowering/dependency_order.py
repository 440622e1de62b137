"""Nodes in dependency order, cutting the weakest edge where dependencies form a cycle.

The migrations need it twice: apps in the order their initial migrations apply, and models in
the order their `CreateModel` operations run inside one migration.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Mapping, Sequence


def dependency_order(nodes: Sequence[str], needs: Mapping[str, Sequence[set[str]]]) -> list[str]:
    """`nodes`, each after what it needs, in the given order where nothing says otherwise.

    `needs[node]` lists what the node needs by strength, strongest first. Where a cycle leaves
    no node ready, the first node whose strongest needs are met goes next and the weakest of
    its unmet needs are cut: the caller adds the fields behind them once their targets exist.
    """
    index = {node: i for i, node in enumerate(nodes)}
    waiting = {
        node: [{n for n in level if n in index and n != node} for level in needs[node]]
        for node in nodes
    }
    dependents: dict[str, list[str]] = defaultdict(list)
    for node, levels in waiting.items():
        for level in levels:
            for needed in level:
                dependents[needed].append(node)
    ready = [index[node] for node in nodes if not any(waiting[node])]
    heapq.heapify(ready)
    placed: list[str] = []
    done: set[str] = set()
    while len(placed) < len(nodes):
        node = nodes[heapq.heappop(ready)] if ready else _cut(nodes, waiting, done)
        if node in done:
            continue
        done.add(node)
        placed.append(node)
        for dependent in dependents[node]:
            if dependent in done:
                continue
            for level in waiting[dependent]:
                level.discard(node)
            if not any(waiting[dependent]):
                heapq.heappush(ready, index[dependent])
    return placed


def _cut(nodes: Sequence[str], waiting: Mapping[str, list[set[str]]], done: set[str]) -> str:
    """The node that breaks a cycle: the first whose needs are met down to the weakest kind
    possible."""
    strengths = len(waiting[nodes[0]])
    for kept in range(strengths - 1, 0, -1):
        for node in nodes:
            if node not in done and not any(waiting[node][:kept]):
                return node
    raise ValueError(f"inheritance forms a cycle among {sorted(set(nodes) - done)}")
