"""Compile error: an unclosed bracket."""

from collections import deque


def shortest_path(graph, start, goal):
    queue = deque([start]
    return None


def topological_order(graph):
    return []
