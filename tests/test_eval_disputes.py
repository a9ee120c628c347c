"""Quality gate: the dispute model on the real-article dev set (bench/disputes/).

Floors sit a little below what the dispute model reached when it landed (see README,
"Aligning claims"); the issue's targets are higher (alignment recall 0.70 at precision 0.60,
diverge recall 0.60, one-sided accuracy 0.75). Raising a floor after an improvement is
welcome; lowering one is a reviewed edit, never a quiet fix.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench" / "eval_disputes.py"
# Pinned 2026-11-30 when the former check split and two new VOA stories joined dev (30 cases:
# 28 real, 2 synthetic): reached 0.51 / 0.50 / 0.48 / 0.73 then.
# Re-pinned 2026-11-30 (branch devdata) when 10 more real dev cases joined (40 cases: 38 real,
# 2 synthetic; 3 of them UK-US account pairs): the same code reached 0.449 / 0.454 / 0.452 /
# 0.706 (the 10 new cases alone: 0.29 / 0.31 / 0.33 / 0.64); floors sat 0.02 below.
# Raised 2026-11-30 ~01:40 UTC (branch linksa: replies, denials, figures, framing, incident
# gates; main's speaker work merged): the 40 dev cases reached 0.493 / 0.557 / 0.516 / 0.745;
# floors sit 0.02 below.
# Raised again when linksa and linksb (readout pairs: diplomatic acts, agenda places, sentence
# leads) were merged together on main (~01:45 UTC): 0.56 / 0.61 / 0.55 / 0.80.
# Raised 2026-11-30 ~02:05 UTC (branch linksc: denials pointing at an account told after
# them, a report named as a speaker, side names owning a report, comparative figures, claims
# of responsibility and blame, longer confirmations, one specific act word; main merged):
# 0.599 / 0.636 / 0.581 / 0.820; then (~02:15 UTC: zero tolls, "termed as", reports with
# their authors in an apposition; main merged again) 0.614 / 0.638 / 0.605 / 0.821. Floors
# sit 0.02 below.
# Lowered 2026-11-30 ~02:55 UTC (branch devdata) when 4 new real dev cases joined (44 cases:
# an election commission vs EU observers, a regulator vs a company, a cholera toll told by the
# UN, the government and doctors, unanswered rigging claims): the same code went from
# 0.618 / 0.640 / 0.605 / 0.824 (40 cases) to 0.604 / 0.629 / 0.591 / 0.820; the new cases
# are harder (alone, first run: 0.40 / 0.46 / 0.46 / 0.78). Floors sat 0.02 below.
# Lowered again (~03:00 UTC, devdata second batch: a regulator's fraud charge vs a company, a
# UK-US readout pair that agrees, a strike ended by a price cut, MOD rebuttals of press
# stories; 48 cases): the same code reached 0.565 / 0.628 / 0.583 / 0.783 (the 4 new cases
# alone, first run: 0.23 / 0.60 / 0.43 / 0.44; all 8 devdata cases: 0.29 / 0.52 / 0.45 /
# 0.57). The new cases are harder, mostly in recall and one-sidedness. Floors sat 0.02 below.
# Lowered once more (~03:07 UTC, devdata third batch: two health stories where the sides
# agree that a toll is understated; 50 cases): 0.549 / 0.628 / 0.583 / 0.772 (the two alone,
# first run: no link found, 0 of 7 gold converge/partial links). Floors sat 0.02 below.
# And once more (~03:12 UTC, devdata's eleventh case: MOD replies to newspaper stories whose
# claims are only named; 51 cases): 0.538 / 0.624 / 0.568 / 0.767. Floors sit 0.02 below.
# 2026-11-30 ~03:00 UTC (branch links: generalising, not fitting: undisputed harm-only links,
# bare "but" between unrelated claims, far-apart one-topic pairs inside one article and
# noun/refusal "denials" dropped; they were mostly wrong on PolNeAR news): 0.599 / 0.681 /
# 0.597 / 0.818. Precision floor raised to 0.66; recall, diverge and one-sided floors kept
# (recall fell 0.614 -> 0.599 by design: links that were right one time in three went).
# Merged with devdata's 11 cases (~03:20 UTC, 51 cases): 0.534 / 0.668 / 0.574 / 0.766 (the
# 7 cases not seen before, first run: 0.17 / 0.54 / 0.27 / 0.44, the same as main's code).
# Floors sit 0.02 below.
# Raised ~03:40 UTC (branch links: names as agenda items and mutual-best points in two
# accounts of one call; participle denials keep their form): 0.557 / 0.664 / 0.568 / 0.774.
# Raised ~03:30 UTC (branch quotes, main merged: report/compare align points, each quoted
# stretch or paragraph of a claim on its own; a quotation's setting no longer taken for its
# content; 51 cases): 0.538 / 0.621 / 0.574 / 0.765, claims matched 0.921 (main: 0.879).
# Floors 0.02 below where that is higher than before; claim recall gets a floor of its own.
# Lead merge of cues + sides + links + quotes and a scorer retrain (~03:35 UTC, 51 cases):
# 0.553 / 0.670 / 0.581 / 0.772, claims matched 0.929. Floors sit about 0.02 below.
# Main merged into branch links (~03:45 UTC: mutual-best points of two accounts, participle
# denials on top of the lead's merge; 51 cases): 0.565 / 0.670 / 0.581 / 0.771, claims matched
# 0.929. Floors sit about 0.02 below.
# Raised ~04:35 UTC (branch links2: in one article, two sides' mutual-best points within two
# sentences link below the threshold; 51 cases): 0.576 / 0.665 / 0.581 / 0.779; the 11 newest
# cases 0.35 / 0.61 -> 0.38 / 0.64 (recall / precision). Recall floor 0.02 below.
# Raised ~04:35 UTC (branch agree: two accounts stating the same bilateral bond, two sides
# saying an effort falls short, converge; 51 cases): 0.592 / 0.671 / 0.581 / 0.79. Recall floor
# 0.02 below.
# Lowered ~05:20 UTC (branch devdata4) when 5 new real dev cases joined, gold written before the
# tool ran (56 cases): the same code went from 0.592 / 0.671 / 0.581 / 0.790 (51 cases) to
# 0.559 / 0.658 / 0.540 / 0.771; the 5 new cases alone, first run: 0.21 / 0.42 / 0.08 / 0.57.
# The drop comes from the new, harder cases, not from a change of code. Recall and diverge
# floors sit 0.02 below the new totals; the others still hold.
# Lowered again ~05:30 UTC (branch devdata4, main merged at 357a45d) when 6 more real dev
# cases joined, gold written before the tool ran (62 cases): 0.559 / 0.658 / 0.540 / 0.771
# (56 cases) -> 0.529 / 0.621 / 0.497 / 0.773; the 6 alone, first run: 0.31 / 0.35 / 0.21 /
# 0.79. Again the drop comes from new, harder cases, not from code. Recall, precision and
# diverge floors sit about 0.02 below; one-sided, claims, speakers and sides still hold.
# Raised ~06:10 UTC (branch shapes, main merged at 60e3ba1): who holds a place (control.py)
# and an accused party's denial of the charges naming it (accused.py), 62 cases: 0.538 /
# 0.618 / 0.508 / 0.772 -> 0.557 / 0.624 / 0.541 / 0.779. Recall and diverge floors sit
# about 0.02 below; precision and one-sided still hold.
# Raised ~08:40 UTC (branch shapes4, from 019f39d): a side knowing of no such thing vs the
# other's claim that it happened (status.py), counter-accusation and reversed roles
# (counter.py), the "whether it is easing" framing; 62 cases: 0.563 / 0.635 / 0.551 / 0.788
# -> 0.594 / 0.650 / 0.616 / 0.800; with a reply's judgment of the statement it names
# (judged.py) and main merged at 9ce898b: 0.597 / 0.651 / 0.616 / 0.802. Floors sit about
# 0.02 below.
# Set 2026-11-30 ~08:20 UTC when devdata5's 10 new real dev cases joined (gold written before
# the tool ran; scored first, unseen, at main 41de29b with the shapes4 rules in: 0.22 / 0.44 /
# 0.21 / 0.60, the same as before those rules). 72 cases: 0.55 / 0.63 / 0.55 / 0.78; floors sit
# about 0.02 below. The drop from the 62-case floors above comes from the new, harder cases.
# Raised ~08:35 UTC (branch shapes5: counter-accusation of aggression, a noun act's doer after
# "by", a side split from its country; "called this information nonsense" answers the claim
# before it): 72 cases 0.547 / 0.635 / 0.553 / 0.776 -> 0.552 / 0.639 / 0.562 / 0.777 (the 10
# devdata5 cases 0.22 / 0.44 -> 0.26 / 0.50). Floors sit about 0.02 below.
# Lowered 2026-11-30 (branch devdata6, tool code = main a3a62c7) when 10 more real dev cases
# joined, gold written before the tool ran: 72 cases 0.549 / 0.642 / 0.557 / 0.776 -> 82 cases
# 0.531 / 0.642 / 0.525 / 0.766 (the 10 alone, first run: 0.39 / 0.65 / 0.16 / 0.69). The drop
# comes from the new cases, not from code; recall and diverge floors sit about 0.02 below.
# Precision raised ~10:45 UTC (branch shapes6: false links made for general reasons cut: a
# denial answering a plan, a shared "district", an accusation word alone, a spelled-out
# denial answering whatever came before, title words taken for names): 72 cases 0.552 /
# 0.639 / 0.562 / 0.777 -> 0.555 / 0.669 / 0.562 / 0.777; 82 cases 0.531 / 0.642 / 0.525 /
# 0.766 -> 0.535 / 0.667 / 0.529 / 0.767 (devdata6's 10 scored unseen with the first of
# these changes: 0.39 / 0.65, the same as main). The precision floor sits about 0.02 below.
# Raised ~11:20 UTC (branch shapes7, main merged at f9d4e86: rival results of a vote and a
# result against a charge of rigging diverge, a settlement both sides confirm converges,
# outcomes.py): 82 cases 0.531 / 0.661 / 0.529 / 0.764 -> 0.545 / 0.661 / 0.555 / 0.771.
# Recall and diverge floors sit about 0.02 below.
# Lowered ~11:55 UTC (lead, reviewed) when devdata7's 10 real cases joined dev after their one
# unseen run (gold written from the text alone; 0.50 / 0.50 / 0.57 / 0.67, sides 0.85 there):
# 82 cases 0.545 / 0.661 / 0.555 / 0.771, sides 0.95 -> 92 cases 0.54 / 0.637 / 0.56 / 0.758,
# sides 0.938. The drop comes from the new cases, not from code; floors about 0.015 below.
# Lowered 2026-11-30 ~12:35 UTC (branch devdata8; for the lead's review) when devdata8's 10 real
# cases joined dev after their one unseen run (gold written from the text alone; 0.13 / 0.33 /
# 0.10 / 0.44 there): 92 cases 0.54 / 0.637 / 0.56 / 0.758 -> 102 cases 0.493 / 0.620 / 0.487 /
# 0.730, same code (main 11dae3f). The drop comes from the new cases; floors about 0.015 below.
# At the end of that session (~14:25 UTC) the 102 cases gave 0.52 / 0.63 / 0.49 / 0.74 and
# devdata9's 10 real cases joined after their one unseen run (0.31 / 0.51 / 0.28 / 0.60 there):
# 112 cases 0.497 / 0.620 / 0.464 / 0.733, same code (main 001cf16). The diverge floor moves to
# about 0.015 below; the others already sit there.
# Lowered 2026-11-30 ~15:55 UTC (branch devdata11, tool code = main ebdbcc1 + devdata10's data)
# when devdata11's 10 held-out real cases joined (gold written from the text alone before the tool
# ran; scored once there: 0.22 / 0.35 / 0.18 / 0.55): 122 dev cases (with devdata10's) 0.491 /
# 0.619 / 0.454 / 0.729 -> 132 cases 0.472 / 0.604 / 0.440 / 0.716, same code. The drop comes
# from the new cases, not from code; recall, precision and diverge floors sit just under.
# Raised ~17:00 UTC (lead; the session's merges: contested matters, the headline's frame,
# agreed outcomes, review fixes): 132 cases 0.472 / 0.604 / 0.440 / 0.716 -> 0.507 / 0.612 /
# 0.486 / 0.728 (gains on the tuned half A; half B +0.02 recall; devdata10 and devdata11, not
# tuned on, flat). Floors sit about 0.01 below.
# Lowered 2026-11-30 ~19:40 UTC (lead) when devdata12's 10 held-out real cases joined dev after
# their one unseen run at the session's end (gold written from the text alone; 0.28 / 0.42 /
# 0.16 / 0.73 there, sides 0.69): 132 cases 0.508 / 0.625 / 0.490 / 0.731 -> 142 cases 0.495 /
# 0.616 / 0.472 / 0.731, sides 0.933 -> 0.922, extra columns 48 -> 55, same code (main bcfdc05).
# The drop comes from the new cases, not from code; floors sit about 0.01 below.
# 2026-11-30 ~22:15 UTC (lead): the ninth session's merges (replies and election results,
# denial targets, percentages and noughts, speakers, sides) on 142 cases 0.495 / 0.616 / 0.472 /
# 0.731 -> 0.510 / 0.630 / 0.494 / 0.742, speaker 0.963, sides 0.929 (main 5c64e55). Then
# devdata13's 10 held-out real cases joined after one unseen run (0.27 / 0.31 / 0.21 / 0.58,
# speaker 0.90, sides 0.93 there; 0.27 / 0.30 / 0.16 / 0.59 at the session's start): 152 cases
# 0.496 / 0.610 / 0.483 / 0.731, speaker 0.958, sides 0.930, extra columns 61, same code.
# Diverge, one-sided and sides floors move up to about 0.01 below; the others already sit there.
# Branch linkprec10 (~23:40 UTC): shared words must say more than who spoke and that they
# talked (link_words.party_words): 0.496 / 0.610 / 0.485 / 0.731 -> 0.496 / 0.616 / 0.485 /
# 0.736 (half A precision 0.592 -> 0.601, one-sided 0.737 -> 0.742; half B 0.627 -> 0.630,
# 0.724 -> 0.730). Precision and one-sided floors move up to about 0.006 below.
# Branch linkrec10 (152 dev cases: a denial in the lead answers the account told after it; a
# stance verb's noun is no cue), merged with main after linkprec10: 0.496 / 0.616 / 0.485 /
# 0.736 -> 0.505 / 0.615 / 0.496 / 0.744 (with speakers13 merged: 0.506 / 0.622 / 0.496 /
# 0.745). Recall, diverge and one-sided floors move up to
# about 0.005-0.009 below.
# devdata14's ten held-out stories joined dev after one unseen scoring (2026-12-01, main
# 53d833d; they score 0.28 / 0.50 / 0.05 / 0.59 alone): 152 cases 0.51 / 0.63 / 0.50 / 0.75
# -> 162 cases 0.498 / 0.621 / 0.475 / 0.740. Recall and diverge floors move down to about
# 0.008 below the new totals: the drop is the new stories, not a change of the tool.
# Branch linkrec15 (162 dev cases: the caller named as speaker is a party of the call; an
# account's second point on an item meets the other account's one point on it; "too high",
# "declared" in pointed.yaml), merged with main b83d103: 0.498 / 0.621 / 0.475 / 0.740 ->
# 0.505 / 0.622 / 0.481 / 0.743 (half A 0.505 / 0.623 -> 0.513 / 0.625, half B 0.491 / 0.619
# -> 0.498 / 0.620). Recall, precision, diverge and one-sided floors move up to about 0.005
# below.
# Branch linkprec15 (2026-12-01, main b83d103 merged; false links of general shapes on unseen
# stories: detentions and flights told twice, a denial about another thing opening the harm
# gate, a gerund's or a condition's negation taken for a rebuttal, 'broke out', 'incorrect
# voter lists'): 162 cases 0.498 / 0.621 / 0.475 / 0.740 -> 0.496 / 0.630 / 0.475 / 0.742
# (half A 0.623 -> 0.636 precision, half B 0.619 -> 0.624; recall A -0.003, B 0). Merged
# with main 76612a6 (linkrec15 in): 0.505 / 0.623 / 0.481 / 0.744 -> 0.504 / 0.632 / 0.481 /
# 0.746 (half A precision 0.625 -> 0.638, recall 0.513 -> 0.511; half B 0.622 -> 0.628,
# recall 0.498 unchanged). Precision and one-sided floors move up to about 0.005 below.
# Branch linkrec16 (a named item both readouts name, "the G20", "Geneva II", is an agenda
# slot), merged with main fd3028a: 0.505 / 0.623 / 0.481 / 0.744 -> 0.512 / 0.625 / 0.481 /
# 0.747. Recall, precision and one-sided floors move up to about 0.005 below.
# Branch linkprec15 merged with main 6381f35 (linkrec16, fix24, fix26, linkmodel15,
# speakers15): main 0.516 / 0.632 / 0.486 / 0.748 -> 0.515 / 0.641 / 0.486 / 0.750 (half A
# precision 0.633 -> 0.646, recall 0.527 -> 0.524; half B 0.632 -> 0.637, recall 0.507
# unchanged). Floors move up to about 0.005 below.
# devdata15 (10 new real stories, held out until the end of 2026-12-01's second session and
# scored then: 0.22 / 0.57, diverge 0.13, one-sided 0.59) joined dev: 172 cases give 0.502 /
# 0.640 / 0.469 / 0.742, so the four floors below move to about 0.005 under that.
# Branch linkrec17 (agenda words of general classes: Daesh, telecoms, defensive aid, hatred,
# monitors; a line listing a call's items is no holder of an item): 172 cases 0.502 / 0.640 /
# 0.469 / 0.742 -> 0.509 / 0.639 / 0.469 / 0.745 (half A 0.503 / 0.645 -> 0.513 / 0.650,
# half B 0.502 / 0.635 -> 0.507 / 0.630, RECENT30 0.291 / 0.500 -> 0.315 / 0.506). Recall and
# one-sided floors move up to about 0.005 below.
# Branch diverge16 (a result approved against a challenge, 'the accusation' answering the claim
# just before it, lawful / unlawful, turnout figures, whose waters, short denials by their cue):
# alone on 172 cases 0.502 / 0.640 / 0.469 / 0.742 -> 0.512 / 0.640 / 0.485 / 0.747; merged
# with main 42af04c (linkrec17 in): 0.509 / 0.639 / 0.469 / 0.745 -> 0.520 / 0.641 / 0.487 /
# 0.752 (half A7 0.515 / 0.651, diverge 0.493 -> 0.528 / 0.654, 0.522; half B7 0.507 / 0.630,
# 0.456 -> 0.513 / 0.630, 0.463; RECENT30 0.315 / 0.506, 0.125 -> 0.362 / 0.541, 0.219).
# Recall, precision, diverge and one-sided floors move up to about 0.005 below. Merged again
# with main 8946884 (linkprec16 in): 0.520 / 0.647 / 0.487 / 0.750.
FLOORS = {
    # devdata16 joined (182 cases, at 4c6daaf): 0.522 -> 0.506 (its 10 held-out stories: 0.21)
    # this session's first round (182 cases, fdb8fcc): 0.506 -> 0.516; devdata17 joined (192
    # cases): 0.505 (its 10 held-out stories: 0.21 at the start and after the round)
    # 2026-12-02 session (192 cases): 0.505 -> 0.521; devdata18 joined (202 cases): 0.506 (its
    # 10 held-out stories: 0.22 at the start, 0.24 at the end)
    # 2026-12-02 10:34 UTC session (202 cases): 0.506 -> 0.516; devdata19 joined (212 cases):
    # 0.508 (its 10 held-out stories: 0.35 at the start and the same at the end)
    # devdata20 joined (222 cases, start code 09648f5): 0.498 (its 10 held-out stories: 0.18);
    # 2026-12-02 13:38 UTC session (222): 0.498 -> 0.515
    # devdata21 joined (232 cases, at 8d829b0): 0.505 (its 10 held-out stories: 0.34);
    # 2026-12-02 17:30 UTC session (232): 0.505 -> 0.537 (its 10: 0.34 at the end too)
    "alignment_recall": 0.530,
    # 0.617 -> 0.62 (branch speakers15 merged with main 4cdef3f: right sides make fewer wrong
    # cross-side pairs); 0.636 with linkprec15 merged; branch linkprec16 (172 dev cases, a
    # nationality or a side's demonym no shared point, "the two leaders" no figure, a negated
    # toll no answer to an act): 0.640 -> 0.646; merged with linkrec17: 0.639 -> 0.646
    # devdata16 joined (182 cases): 0.648 -> 0.639 (its 10 alone: 0.40)
    # first round of the 2026-12-01 09:10 UTC session: 0.637 (182); devdata17 joined (192): 0.632
    # 2026-12-02 session (192): 0.632 -> 0.639; devdata18 joined (202): 0.622 (its 10: 0.32)
    # 2026-12-02 10:34 UTC session (202): 0.622 -> 0.628; devdata19 joined (212): 0.630 (its 10:
    # 0.67 at the start and the end)
    # devdata20 joined (222, start code): 0.623 (its 10: 0.35); 13:38 UTC session: 0.623 -> 0.636
    # devdata21 joined (232, 8d829b0): 0.639; 17:30 UTC session: 0.639 -> 0.668
    "alignment_precision": 0.660,
    # devdata16 joined (182 cases): 0.489 -> 0.465 (its 10 alone: 0.14); one-sided 0.749 -> 0.741
    # 182 cases at fdb8fcc: 0.478 / 0.743; devdata17 joined (192): 0.460 (its 10: 0.04) / 0.739
    # 2026-12-02 session (192): 0.460 / 0.739 -> 0.469 / 0.745; devdata18 joined (202): 0.457
    # (its 10: 0.21 -> 0.24) / 0.741
    # 2026-12-02 10:34 UTC session (202): 0.457 / 0.741 -> 0.482 / 0.741; devdata19 joined (212):
    # 0.472 (its 10: 0.24 at the start and the end) / 0.740
    # devdata20 joined (222, start code): 0.466 (its 10: 0.09) / 0.737 (its 10: 0.59); 13:38 UTC
    # session (222): 0.466 / 0.737 -> 0.489 / 0.738
    # devdata21 joined (232, at 8d829b0): 0.480 (its 10: 0.16) / 0.735 (its 10: 0.67);
    # 17:30 UTC session (232): 0.480 / 0.735 -> 0.520 / 0.757
    "diverge_recall": 0.515,
    "one_sided_accuracy": 0.750,
    "claim_recall": 0.91,
    # speakers and sides (issue 7; branch sides, ~03:30 UTC, 48 cases): 0.961 / 0.964;
    # branch sides3 (~06:00 UTC, 62 cases; main then: 0.954 / 0.944): 0.966 / 0.957. The
    # speaker floor sits 0.02 below; the side floor already sits under 0.02 below and holds.
    # Branch sides5 (~08:10 UTC, 62 cases): 0.966 / 0.959 -> 0.966 / 0.964; the side floor
    # moves to 0.02 below.
    # Branch speakers15 (162 cases): 0.953 -> 0.959 / 0.937 -> 0.941; both floors move up to
    # about 0.005 below.
    # devdata16 joined (182 cases): 0.960 -> 0.956 (its 10 alone: 0.89)
    # devdata19 joined (212 cases, 2026-12-02 12:10 UTC): 0.958 (its 10 alone: 0.99)
    # devdata20 joined (222, start code): 0.954 (its 10 alone: 0.84); end of the 13:38 UTC
    # session: 0.955
    # devdata21 joined (232, 8d829b0): 0.952; 17:30 UTC session: 0.952 -> 0.960
    "speaker_accuracy": 0.955,
    # 0.922 on 142 (devdata12); 0.930 on 152 (devdata13); branch speakers13: 0.9365
    # devdata16 joined (182 cases): 0.937 -> 0.928 (its 10 alone: 0.77)
    # 2026-12-02 session (192): 0.929 -> 0.932; devdata18 joined (202): 0.927 (its 10: 0.82)
    # 2026-12-02 10:34 UTC session (202): 0.927 -> 0.935; devdata19 joined (212): 0.935 (its 10:
    # 0.92 at the start and the end)
    # devdata20 joined (222, start code): 0.932 (its 10: 0.87); 13:38 UTC session: 0.932 -> 0.941
    # devdata21 joined (232, 8d829b0): 0.942; 17:30 UTC session: 0.942 -> 0.946
    "side_consistency": 0.940,
}


def _evaluator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("eval_disputes", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_disputes"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def dev_totals() -> dict[str, Any]:
    ev = _evaluator()
    if not ev.ROOT.is_dir():
        pytest.skip("bench/disputes/ is not in this checkout")
    # the floors were pinned on the dev split; the check split (held out from tuning) is
    # reported by the bench script, never gated here, so nobody tunes against it
    totals: dict[str, Any] = ev.totals(ev.evaluate(split="dev"))
    return totals


@pytest.mark.parametrize(("metric", "floor"), sorted(FLOORS.items()))
def test_disputes_dev_stays_above_floor(
    dev_totals: dict[str, Any], metric: str, floor: float
) -> None:
    value = dev_totals[metric]
    assert value >= floor, f"{metric} {value:.3f} fell below its floor {floor:.2f}"


# Side columns beyond the story's sides, summed over the dev cases (issue 7, Sides). Branch
# columns (~06:50 UTC, 62 cases): 22 -> 20 (union people speak for the unions; "In <country>,
# officials say"). A ceiling at what was measured: lowering it is fine, raising it is a review.
# Raised 20 -> 25 (branch devdata5, 72 cases): the 62 older cases still give 20; the 10 new real
# cases (gold written before the tool ran) add 5 on first run (Cheonan 1, gas 2, South Ossetia 2).
# Branch sides5 (~08:30 UTC, main merged): 25 -> 21; the 62 older cases give 17 ("the
# company" is the one firm quoted, bare "militants" the one armed group of the gazetteer
# quoted, a task force spokesman the one state quoted), the 10 new ones 4 ("President of
# Georgia Mikheil Saakashvili" is Georgia's): 21.
# Raised 21 -> 27 (branch devdata6, 82 cases): the 72 older cases still give 21; the 10 new
# real cases (gold written before the tool ran) add 6 on first run.
# Branch sides6: on the 72 older cases 21 -> 18 (a report relayed by "media reports" or a wire
# service is the reported speaker's; "a speaker of the Russian Ministry of ..." is Russia's; a
# person named bare right after a role quoted with no name holds that role); on the 82: 21
# (devdata6's 10: 6 -> 3, four of them tuned on after one unseen run).
# Raised 21 -> 22 (lead, ~11:40 UTC, reviewed): "X announced that, according to its count, C"
# is now X's claim (it was lost to a frame "its count" with the words before it); in the
# Zanzibar story that finds the Civic United Front's claim, its right speaker and one link,
# but the front gets a column of its own, since only the commission's content ties it to
# "the main opposition party".
# Raised 22 -> 31 (devdata7, 92 cases): the 82 older cases still give 22; devdata7's 10 real
# cases add 9 on their one unseen run.
# Raised 31 -> 37 (devdata8, 102 cases; for the lead's review): the 92 older cases still give 31;
# devdata8's 10 real cases add 6 on their one unseen run.
# Raised 37 -> 42 (devdata9, 112 cases): the 102 older cases give 33 at the session's end code;
# devdata9's 10 real cases add 9 on their one unseen run.
# Raised 42 -> 49 (devdata10, 122 cases; for the lead's review): the 112 older cases still give 42
# at main ebdbcc1; devdata10's 10 real cases add 7 on their one unseen run (gold written before
# the tool ran). The other dev figures stay above their floors with them: 0.491 / 0.619 / 0.454 /
# 0.729, claims 0.940, speaker 0.951, sides 0.928.
# Raised 49 -> 53 (devdata11, 132 cases): devdata11's 10 held-out real cases add 4 on their one
# run at main ebdbcc1 (112 older + devdata10's 10 give 49).
# Branch speakers13 (152 cases): 61 -> 58 ("the U.S.-based group" is the group named before it;
# "Council of Ministers spokesman" speaks for the government named before him; "State media"
# naming no country are the state the story is about).
# Branch speakers15 (162 cases; main fd3028a merged, which gives 60): 61 -> 54 (armed
# opponents named by kind join the group the story names or one side of their own; a coalition
# of opposition
# candidates and "the party, <Name>," are the opposition; a group named by its backer is the
# one armed group quoted; a person's first apposition naming a state office places him).
# 55 on 142 (devdata12); 61 on 152 (devdata13); 61 on 162 (devdata14); 54 on 162 at the end of
# 2026-12-01's second session, 59 on 172 (devdata15 brings 5).
# Branch speakers16 (merged with main 39ebae6): 59 -> 58 ("Gadhafi's government" joins "The
# Libyan government"'s column).
# Raised 58 -> 65 (devdata16, 182 cases): the 172 older cases give 57 at 4c6daaf; devdata16's 10
# held-out real cases add 8 on their one unseen run at the session's end code.
# Branch sides18: 65 -> 63 (a court or government naming no country joins the one country the
# story quotes: "A court", "the Supreme Court", "the court" beside Kenya's or Gabon's side).
# Raised 63 -> 68 (devdata17, 192 cases): its 10 held-out real cases add 5 at fdb8fcc.
# 2026-12-02 session (192 cases): 68 -> 58 (sides20: speakers that cannot speak join the nearest
# speaking claim's side; sidecons20: civic bodies, unowned officials, one opposition column).
# Raised 58 -> 67 (devdata18, 202 cases): its 10 held-out real cases add 9 at the session's end.
# 2026-12-02 10:34 UTC session: 67 -> 65 on the 202 cases; devdata19 joined (212): 67 (its 10
# held-out real cases add 2).
# Raised 67 -> 68 (devdata20, 222 cases): its 10 held-out real cases add 2 (66 -> 68 at the start
# code 09648f5); 68 at the end of the 2026-12-02 13:38 UTC session.
# Raised 68 -> 71 (devdata21, 232 cases): its 10 held-out real cases add 3 at 8d829b0.
# 2026-12-02 17:30 UTC session: 71 -> 67 (courts in one column, funded broadcasters, acronyms).
EXTRA_COLUMNS_CEILING = 67


def test_disputes_dev_extra_columns_stay_under_ceiling(dev_totals: dict[str, Any]) -> None:
    extra = dev_totals["extra_side_columns"]
    assert extra <= EXTRA_COLUMNS_CEILING, (
        f"{extra} extra side columns (ceiling {EXTRA_COLUMNS_CEILING})"
    )


def test_disputes_dev_runs_every_case(dev_totals: dict[str, Any]) -> None:
    assert dev_totals["errors"] == []
    assert dev_totals["cases"] >= 25


def test_disputes_cases_option_scores_a_named_group() -> None:
    ev = _evaluator()
    if not ev.ROOT.is_dir():
        pytest.skip("bench/disputes/ is not in this checkout")
    names = sorted(p.name for p in ev.ROOT.iterdir() if p.is_dir())[:2]
    picked = ev.load_cases(ev.ROOT, ",".join(names))
    assert [c.name for c in picked] == names
    with pytest.raises(ev.GoldError, match="no-such-case"):
        ev.load_cases(ev.ROOT, f"{names[0]},no-such-case")
