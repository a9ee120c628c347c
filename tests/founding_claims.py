"""The founding article's claims as a reader attributes them (seeds/000).

Shared by the alignment and verdict tests, each of which builds its own Claim objects from it.
"""

US, PK, ANON = "us", "pk", "unnamed"

FOUNDING_CLAIMS: tuple[tuple[str, str, str], ...] = (
    (
        "c1",
        US,
        "Talks between U.S. Defense Secretary Lloyd J. Austin and Pakistan Army chief "
        "Gen. Qamar Javed Bajwa focused on the two countries’ “longstanding defense "
        "partnership” and other areas of mutual interest",
    ),
    (
        "c2",
        US,
        "it was his “pleasure” to host the Chief of Army Staff (COAS) as Washington and "
        "Islamabad mark their 75th anniversary of relations",
    ),
    (
        "c3",
        US,
        "their discussions had focused on opportunities to address key mutual defense interests",
    ),
    (
        "c4",
        PK,
        "the two officials had discussed the “regional security situation and bilateral "
        "cooperation in various fields.”",
    ),
    (
        "c5",
        PK,
        "the Army chief had also stressed on the need for the U.S. to continue its "
        "assistance to Pakistan for the rehabilitation of flood victims, as well as means"
        " to enhance bilateral trade and economic ties",
    ),
    (
        "c6",
        PK,
        "“Both sides had convergence on major international issues, including Afghanistan,”",
    ),
    (
        "c7",
        PK,
        "they had also agreed on the need to cooperate to avoid a humanitarian crisis and"
        " improve regional peace and stability",
    ),
    (
        "c8",
        ANON,
        "he urged Washington to play its role in achieving a speedy resolution to the "
        "Kashmir conflict and emphasized the “strong” relations between the U.S. and "
        "Pakistan in those meetings",
    ),
    (
        "c9",
        PK,
        "the Army had no role in Pakistan’s politics",
    ),
    (
        "c10",
        PK,
        "it also had no desire for it",
    ),
    (
        "c11",
        PK,
        "he would step down as Army chief at the conclusion of his current term at the "
        "end of November",
    ),
)
