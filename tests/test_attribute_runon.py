"""A content that runs on into a second report ends where that report starts (issue 7).

On PolNeAR train 178 attributions were missed because an earlier content ran over them
("... while doctors warned of ...", "- a point officials dispute"), and 60 quotations
continued across a paragraph break. Wording is made up in the shape of political news;
each positive has a negative beside it that the fix must leave alone.
"""

from __future__ import annotations

import pytest
from claim_shapes import claim_shapes

CASES = [
    # A subordinating connective with no comma before it opens another speaker's report.
    pytest.param(
        "The mayor accused the council of playing politics while health experts warned of an "
        "outbreak.",
        [
            ("The mayor", "accused", ["the council of playing politics"]),
            ("health experts", "warned", ["an outbreak"]),
        ],
        id="while-subject-report",
    ),
    pytest.param(
        "Unions say the strike was called off after the company agreed to talks on pensions.",
        [
            (
                "Unions",
                "say",
                ["the strike was called off after the company agreed to talks on pensions"],
            )
        ],
        id="neg-after-event-stays-in-content",
    ),
    pytest.param(
        "Ann Roe said the senator had changed his view since voters considered him a contender.",
        [
            (
                "Ann Roe",
                "said",
                ["the senator had changed his view since voters considered him a contender"],
            )
        ],
        id="neg-belief-after-since-stays-in-content",
    ),
    pytest.param(
        "Ann Roe said the plan failed after the budget ran out.",
        [("Ann Roe", "said", ["the plan failed after the budget ran out"])],
        id="neg-after-without-report",
    ),
    # ", while conceding ...": a participle after a connective is the speaker's second report.
    pytest.param(
        "Lena Park said the deal was lost, while conceding that talks could resume.",
        [
            ("Lena Park", "said", ["the deal was lost"]),
            ("Lena Park", "conceding", ["that talks could resume"]),
        ],
        id="comma-while-participle",
    ),
    pytest.param(
        "Lena Park said the deal was lost, while the talks go on.",
        [("Lena Park", "said", ["the deal was lost, while the talks go on"])],
        id="neg-comma-while-clause-without-report",
    ),
    # A spaced hyphen sets off "a point that X disputes" as a comma or a dash does.
    pytest.param(
        "Omar Tariq said the files were not secret at the time - a point that officials "
        "have disputed.",
        [
            ("Omar Tariq", "said", ["the files were not secret at the time"]),
            ("officials", "disputed", ["a point"]),
        ],
        id="hyphen-claim-gap-point",
    ),
    pytest.param(
        "Omar Tariq said the files were not secret - at least not at the time.",
        [("Omar Tariq", "said", ["the files were not secret - at least not at the time"])],
        id="neg-hyphen-aside",
    ),
    # A quotation that goes on in the next paragraph is the same quotation, one claim.
    pytest.param(
        "“The plan is working,” Lena Park said.\n\n“We will finish the bridge by spring.”",
        [
            (
                "Lena Park",
                "said",
                ["“The plan is working,”", "“We will finish the bridge by spring.”"],
            )
        ],
        id="quotation-continues-next-paragraph",
    ),
    pytest.param(
        "Lena Park said the plan is working.\n\n“We will finish the bridge by spring.”",
        # not merged into the report's parts: the quotation paragraph is her own claim
        [
            ("Lena Park", "said", ["the plan is working"]),
            ("Lena Park", "", ["“We will finish the bridge by spring.”"]),
        ],
        id="neg-indirect-then-quotation-not-merged",
    ),
    # The next quotation goes on with the quoted speaker, not with a relative clause inside
    # the speaker's description.
    pytest.param(
        "“The budget is short,” said Ann Roe, a council member, who recalled the last cuts. "
        "“We cannot do it again.”",
        [
            ("who", "recalled", ["the last cuts"]),
            ("Ann Roe", "said", ["“The budget is short,”", "“We cannot do it again.”"]),
        ],
        id="continuation-skips-relative-clause-claim",
    ),
    # Nor with a report in the unquoted tail of the attribution sentence: the quotation
    # resumes the one it broke off from.
    pytest.param(
        "“The mill will stay open,” Ann Roe said, referring to the plant on the river. "
        "“Nobody loses a job this year.”",
        [
            ("Ann Roe", "said", ["“The mill will stay open,”", "“Nobody loses a job this year.”"]),
            ("Ann Roe", "referring to", ["the plant on the river"]),
        ],
        id="continuation-skips-participle-claim",
    ),
    pytest.param(
        "“We cannot wait,” Ann Roe told Tom Lee, after Lee argued that the vote should slip. "
        "“The money runs out in May.”",
        [
            ("Ann Roe", "told", ["“We cannot wait,”", "“The money runs out in May.”"]),
            ("Lee", "argued", ["that the vote should slip"]),
        ],
        id="continuation-skips-other-speaker-in-tail",
    ),
    pytest.param(
        "“We cannot wait,” Ann Roe said, after Lee said “the vote should slip.” "
        "“The money runs out in May.”",
        [
            ("Ann Roe", "said", ["“We cannot wait,”"]),
            ("Lee", "said", ["“the vote should slip.”"]),
            ("Lee", "", ["“The money runs out in May.”"]),
        ],
        id="neg-tail-quotation-keeps-its-speaker",
    ),
    # A quotation resumes after the speaker's apposition; an aside with its own cue keeps it.
    pytest.param(
        "“This used to be their back yard,” said Ann Roe, director of studies at the institute, "
        "“but it is changing.”",
        [("Ann Roe", "said", ["“This used to be their back yard,”", "“but it is changing.”"])],
        id="quotation-resumes-after-apposition",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_run_on_content_is_cut(text: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert claim_shapes(text) == expected


def test_aside_with_its_own_cue_keeps_the_second_part() -> None:
    # ", who told reporters, “C2”": the relative clause's cue carries C2, not the inverted frame.
    text = (
        "“This used to be their back yard,” said Ann Roe, who told reporters, “but it is changing.”"
    )
    shapes = claim_shapes(text)
    assert ("Ann Roe", "said", ["“This used to be their back yard,”"]) in shapes
