"""Quality gate: attribution on PolNeAR dev must not drop below pinned floors.

The floors sit at or a little below what the tool measured on dev (0.795 / 0.720 / 0.581 at
0.920 content precision on 2026-12-02 ~15:35 UTC after a weekday trimmed off a short stance
object, one-word policies after "supports", "is expected to" taking the whole clause, -ing
modifiers of people ("hacking specialists say"), "N in 10" shares (tests/
test_attribute_stance_objects.py, test_attribute_ing_speakers.py) and the disputes-driven shapes
of tests/test_attribute_unheralded.py; earlier 0.794 / 0.720 / 0.579 at
0.918 content precision on 2026-12-02 ~12:10 UTC after "said, clearly, that", '"A," he went on,
"B."', a plain noun phrase before a finite "say", "According to X" after a colon and "C according
to X", document heads ("exit polling shows"), "seemed to"/"went on to" passing the subject on, a
left curly mark closing a quotation, dash asides and two coordinated roles as subjects (tests/
test_attribute_asides.py, test_attribute_stray_shapes.py; train 0.774 / 0.691 / 0.576 -> 0.775 /
0.693 / 0.578); earlier 0.792 / 0.717 / 0.577 at 0.919 content precision on 2026-12-02 ~04:55 UTC
after "Several/Both said" and "a group that
says", content stopped before a second report it swallowed (': "Q," X said', "A and others said
B", "- only saying that"), "express" and "talked about" as stance cues (tests/
test_attribute_lone_subjects.py, test_attribute_swallowed.py, test_attribute_prep_cues.py,
test_attribute_credit_shapes.py; train 0.772 / 0.689 / 0.574 -> 0.774 / 0.691 / 0.576);
earlier 0.789 / 0.715 / 0.575 at 0.918 content precision on 2026-12-01 ~11:10 after a quotation
resumes the quote an aside broke
off, "While X said C, ..." ends C at its comma, fronted openings before a quotation, "v." in case
names, loose subjects and parenthetical reports (tests/test_subordinate.py, test_fronted.py,
test_loose_subject.py; train 0.770 / 0.686 / 0.568 -> 0.772 / 0.689 / 0.574);
0.7862 / 0.7118 / 0.5661
at 0.915 content precision on 2026-12-01 after plural heads without an -s ("the women say"),
poll shares restated by their figure, a name before an appositive and a relative clause,
"who" after a verb's object, '"...," he concluded.', and contents cut where the next report
starts (tests/test_attribute_plurals.py; train 0.7691 / 0.6841 / 0.5617 -> 0.7701 / 0.6856 /
0.5635); 0.7854 / 0.7104 / 0.5646
at 0.915 content precision on 2026-12-01 after poll shares as subjects of belief and stance
verbs, new speech verbs and "out" phrases, "call" as a labelling speech verb, and fewer false
claims from "called off", "a group called X", "wrote the letter", "Peace talks about" and label
lines holding a tally (tests/test_attribute_tail.py; train 0.7658 / 0.6805 / 0.5595 ->
0.7691 / 0.6839 / 0.5617); 0.7831 / 0.7084 / 0.5628
at 0.915 content precision on 2026-11-30 after a second speaker after "while only", every
form of "points out", "referring to", parenthetical beliefs and poll findings
(tests/test_attribute_reach.py; train 0.7643 / 0.6793 / 0.5594 -> 0.7663 / 0.6809 / 0.5594);
0.7820 / 0.7083 / 0.5619
at 0.916 content precision on 2026-11-30 after content starts may run on over a neutral saying
verb ("continued to say") and may start at a quotation after the cue's adjuncts, and list
commas no longer end content, a trailing "on Tuesday" leaves an object, "asked X to V" keeps
X out like "urged" (bounds.py, ranker retrained; held-out halves of train gained 0.003-0.004
exact for 0.0005 less content_any; dev moved within noise from 0.7827 / 0.7090 / 0.5616);
0.7825 / 0.7078 / 0.5583
at 0.916 content precision on 2026-11-30 after content ends of non-speech cues may move back to
a comma or dash up to 30 tokens before the rule's end (bounds.py, retrained ranker);
0.7822 / 0.7059 / 0.5553
at 0.916 content precision on 2026-11-30 after the relative-word, parenthetical-opener,
relative-speaker and ', which' aside shapes of tests/test_attribute_gaps.py;
0.781 / 0.703 / 0.554 at 0.92 content precision on 2026-11-30 after "states" as a noun;
0.781 / 0.703 / 0.553 after the
quotation continuations of tests/test_attribute_runon.py and, at 0.91, after the issuer
speakers of tests/test_attribute_issuer.py; 0.781 / 0.701 / 0.553 after the run-on cuts
of tests/test_attribute_runon.py;
0.779 / 0.699 / 0.552 at 0.91 content precision on 2026-11-30 after participle and
quotation-mark "according to" frames, participle-modified and "18% who" speakers and new
learned-scorer features; 0.777 / 0.696 / 0.549 at 0.91 content precision on 2026-11-30
after the content-edge fixes of tests/test_attribute_edges.py and the cue run-on edge
candidates, scorers retrained; 0.775 / 0.696 / 0.548 after main-clause and far subjects,
nominal cues and the merged quotation rules; 0.775 / 0.691 / 0.541 before the merge;
0.773 / 0.690 / 0.542 at 0.92 after the quotation-setting rule; 0.772 / 0.688 / 0.537
earlier that day; 0.758 / 0.674 / 0.521 on 2026-11-29); the issue's targets are higher.
Lowering one is a reviewed edit, never a quiet fix.
Skipped when ../shared (the research data) is not beside the checkout.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench" / "eval_polnear.py"
FLOORS = {"content_any": 0.790, "attrib_any": 0.716, "content_exact": 0.576}  # 2026-12-02 15:35


def _evaluator():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("eval_polnear", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_polnear"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def dev_scores() -> dict[str, object]:
    result = _evaluator().evaluate("dev")
    if result is None:
        pytest.skip("../shared/corpora/polnear or its scorer is not beside the checkout")
    return result


@pytest.mark.parametrize(("metric", "floor"), sorted(FLOORS.items()))
def test_polnear_dev_f1_stays_above_floor(
    dev_scores: dict[str, object], metric: str, floor: float
) -> None:
    f1 = dev_scores[metric]["f1"]  # type: ignore[index]
    assert f1 >= floor, f"{metric} F1 {f1:.3f} fell below its floor {floor:.2f}"


def test_polnear_dev_covers_every_document(dev_scores: dict[str, object]) -> None:
    assert dev_scores["missing_docs"] == 0
    assert dev_scores["docs"] == 84
