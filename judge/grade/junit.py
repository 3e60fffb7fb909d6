"""JUnit XML for CI test views: one test suite per member, one test case per member
and kata. A case that is not accepted carries a <failure> whose message is the
verdict and score and whose text is the feedback; the judge's own failure is an
<error>; a kata the member has not submitted is <skipped>."""

from __future__ import annotations

import re
import socket
import xml.etree.ElementTree as ET

from .scoreboard import Cell, Scoreboard

# XML 1.0 cannot carry most control characters at all, escaped or not; a submission's output may hold any
_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_text(text: str) -> str:
    return _ILLEGAL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def _seconds(value: float) -> str:
    return f"{max(value, 0.0):.3f}"


def _case(suite: ET.Element, member: str, slug: str, cell: Cell | None) -> tuple[int, int, int]:
    """Add one test case; returns (failures, errors, skipped) it counts for."""
    # a result from the cache keeps the time its judging took, so CI's test views show real times
    case = ET.SubElement(suite, "testcase", name=xml_text(slug), classname=xml_text(member),
                         time=_seconds(cell.duration_s if cell else 0.0))
    if cell is None:
        ET.SubElement(case, "skipped", message="not submitted")
        return 0, 0, 1
    if cell.accepted:
        return 0, 0, 0
    message = xml_text(f"{cell.outcome} {cell.score}/100: {cell.feedback.splitlines()[0] if cell.feedback else cell.label}")
    body = xml_text(f"{cell.label} ({cell.outcome}), score {cell.score}/100 — {cell.path}\n\n{cell.feedback}")
    tag = "error" if cell.judge_failed else "failure"
    element = ET.SubElement(case, tag, message=message, type=cell.outcome)
    element.text = body
    if cell.output.strip():
        ET.SubElement(case, "system-out").text = xml_text(cell.output)
    return (0, 1, 0) if cell.judge_failed else (1, 0, 0)


def junit_xml(board: Scoreboard) -> bytes:
    root = ET.Element("testsuites", name="kata grade")
    totals = [0, 0, 0, 0]  # tests, failures, errors, skipped
    time_total = 0.0
    for member in board.members:
        suite = ET.SubElement(root, "testsuite", name=xml_text(member), timestamp=board.graded_at[:19],
                              hostname=xml_text(socket.gethostname()))
        counts = [0, 0, 0, 0]
        suite_time = 0.0
        for slug in board.katas:
            cell = board.cell(member, slug)
            failures, errors, skipped = _case(suite, member, slug, cell)
            counts = [counts[0] + 1, counts[1] + failures, counts[2] + errors, counts[3] + skipped]
            suite_time += cell.duration_s if cell else 0.0
        for name, value in zip(("tests", "failures", "errors", "skipped"), counts):
            suite.set(name, str(value))
        suite.set("time", _seconds(suite_time))
        totals = [a + b for a, b in zip(totals, counts)]
        time_total += suite_time
    for name, value in zip(("tests", "failures", "errors", "skipped"), totals):
        root.set(name, str(value))
    root.set("time", _seconds(time_total))
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"
