"""Violence the author means against someone is read as "kill"; the same verbs otherwise are not."""

from __future__ import annotations

import pytest

from commentdesk.scoring import Scorer
from commentdesk.scoring.harm import _ACTS, _CUES, harmed
from commentdesk.scoring.hyperbole import deflated
from commentdesk.scoring.veiled import unveil
from commentdesk.textnorm import normalize, to_original


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("I'm going to stab the next reporter.", "i'm going to kill the next reporter."),
        ("If I ever meet him I'll stab him.", "if i ever meet him i'll kill him."),
        ("I hope someone beats the living daylights out of you.", "i hope someone kills you."),
        (
            "We should hang every one of those traitors.",
            "we should kill every one of those traitors.",
        ),
        (
            "Someone needs to take that mayor out, permanently.",
            "someone needs to kill that mayor out, permanently.",
        ),
        ("Keep talking and I'll break your neck.", "keep talking and i'll kill you."),
        ("Somebody should break that senator's legs.", "somebody should kill that senator."),
        ("I swear I'll strangle that referee.", "i swear i'll kill that referee."),
        ("Throw the immigrants into the sea.", "kill the immigrants into the sea."),
        ("If they come back, shoot them.", "if they come back, kill them."),
        (
            "Someone ought to run that cyclist off the road.",
            "someone ought to kill that cyclist off the road.",
        ),
        (
            "Somebody should run that councilman off the road.",
            "somebody should kill that councilman off the road.",
        ),
        ("I want to see all Muslims dead.", "i want to kill all muslims."),
        ("I'd love to see you hit by a bus.", "i'd want to kill you."),
        (
            "Sooner or later someone is going to shut your mouth for good.",
            "sooner or later someone is going to kill you.",
        ),
        ("Let's go beat up some gays tonight.", "let's go kill some gays tonight."),
        # Violence aimed later in the clause.
        ("I'll cave your skull in with a hammer.", "i'll kill you."),
        ("I hope a truck flattens you on your way home.", "i hope someone kills you."),
        (
            "Somebody should torch that office with the editor inside.",
            "somebody should kill the editor.",
        ),
        ("I will hurt you.", "i will kill you."),
        (
            "Let's drag the councillor out of his house tonight.",
            "let's kill the councillor out of his house tonight.",
        ),
        ("I'd love to strangle that smug presenter.", "i'd love to kill that smug presenter."),
        ("Someone ought to drown that reporter.", "someone ought to kill that reporter."),
        # promised in the present, and begun on someone
        ("If I see you, I'm breaking your jaw.", "if i see you, i will kill you."),
        ("We're snapping their necks tonight.", "we will kill them tonight."),
        (
            "It's time to start killing these gays.",
            "it's time to kill these gays.",
        ),
        ("Line the Muslims up against a wall.", "kill the muslims up against a wall."),
        (
            "I'm going to run over every protester I see.",
            "i'm going to kill every protester i see.",
        ),
    ],
)
def test_violence_meant_against_someone_is_read_as_killing(text: str, meant: str) -> None:
    assert harmed(normalize(text)).text == meant


@pytest.mark.parametrize(
    "text",
    [
        "I would never stab anyone.",  # denied
        "I don't think we should hang them.",
        "Police say he threatened to shoot his neighbour.",  # reported
        "In the film he vows to strangle the king.",
        'He wrote "I will stab you" in the comments.',  # quoted
        "I'll shoot you a message later.",  # no one receives harm
        "We should hang out with them more often.",
        "Let's cut the budget for consultants.",
        "Time to take out the rubbish.",
        "I'll take any of them over that guy.",
        "We will beat them in the final.",  # a bare "beat" is sport
        "Let's smash the competition this season.",
        "I'd love to see them win the cup.",
        # A list, not an order:
        "The suspect was accused of trying to rob, stab and injure a woman.",
        "They stabbed him twice.",  # a report, no intent
        "I'll burn you a copy of the album.",
        "I hope you burn in hell.",  # a curse, not a threat
        "We need to hurt them where it hurts, in the wallet.",
        "Let's laugh at the hurting women in the church.",
        "In the end more people will be hurt by this policy.",
        "I hope none of our people get hurt.",
        "But no matter. Beats the crap out of the 2500 they will get.",  # no order
        "Don't shoot the messenger if you are so sure.",
        "We should drown them out with cheering.",
        "I will drown my sorrows tonight.",
        "I'm not breaking your legs, relax.",
        'He said "I\'m breaking your legs" in the film.',
        "It's time to start shooting the wedding photos.",
        "Line the bottles up against the wall.",
        "We should line up against the wall for the photo.",
    ],
)
def test_the_same_verbs_that_threaten_nobody_are_read_as_written(text: str) -> None:
    # As served: hyperbole's reading ("shoot you a message" as "send") comes first.
    assert "kill" not in harmed(deflated(normalize(text))).text


def test_the_reading_points_at_the_authors_words() -> None:
    text = "I'll break your neck."
    norm = harmed(normalize(text))
    at = norm.text.index("kill")
    assert text[slice(*to_original(norm, at, at + 4))] == "break your neck"


def test_every_act_begins_with_a_cue() -> None:
    # Acts are tried only where a cue begins; an act whose first word no cue
    # starts would never be read.
    for act in _ACTS:
        first = act.removeprefix("(?:").split("|")[0].split("s?")[0].split("\\s")[0]
        assert any(first.startswith(cue) for cue in _CUES), act


@pytest.mark.parametrize(
    "text",
    [
        "I'm going to stab the next reporter who lies about this.",
        "I hope someone beats the living daylights out of you.",
        "If I ever meet a Jew I'll stab him.",
        "I want to see all Muslims dead.",
        "Someone needs to take that mayor out, permanently.",
        "If I ever see you in person, I'm breaking your jaw.",
        "It's time to start killing these gays before they multiply.",
        "The Jews in this town had better leave before we make them.",
        "Every gay bar in this city deserves a pipe bomb.",
    ],
)
def test_violence_meant_scores_as_a_threat(scorer: Scorer, text: str) -> None:
    assert scorer.score([text])[0].scores["THREAT"] >= 0.5


def test_passive_harm_wished_on_a_people_is_read_as_killing() -> None:
    for text in (
        "Muslims deserve to be burned alive.",
        "All immigrants should be shot at the border.",
    ):
        assert "killed" in unveil(normalize(text)).text
    assert "killed" not in unveil(normalize("He was shot at, the police said.")).text
    assert "killed" in unveil(normalize("He belongs in jail, and then he should hang.")).text
    assert "killed" in unveil(normalize("Immigrants should be hung from the nearest tree.")).text
    assert "killed" not in unveil(normalize("The picture should hang in the hall.")).text


def test_a_broken_nose_is_violence_to_a_body() -> None:
    read = harmed(normalize("If I see that reporter again, I'll break his nose.")).text
    assert "kill him" in read
    assert harmed(normalize("I'll break the news to him.")).text == "i'll break the news to him."


@pytest.mark.parametrize(
    ("text", "whom"),
    [
        ("I'll beat the next feminist I meet.", "kill the next feminist"),
        ("I'd love to put my fist through that presenter's face.", "kill that presenter"),
        ("If you publish that, I'll make you bleed.", "kill you"),
    ],
)
def test_more_violence_aimed_at_someone_is_read_as_kill(text: str, whom: str) -> None:
    assert whom in harmed(normalize(text)).text


@pytest.mark.parametrize(
    "text",
    [
        "We'll beat the next team we play.",
        "I'll make you a cup of tea.",
        "I'll hit the next bar I see.",
    ],
)
def test_the_same_verbs_hurting_nobody_are_read_as_written(text: str) -> None:
    assert harmed(normalize(text)).text == normalize(text).text


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("I'd break every bone in his body.", "i'd kill him."),
        ("I would strangle that presenter.", "i would kill that presenter."),
        ("Somebody should take a knife to that MP.", "somebody should kill that mp."),
        (
            "Someone needs to blow up that newspaper.",
            "someone needs to kill everyone at that newspaper.",
        ),
    ],
)
def test_what_the_author_would_do_and_harm_to_a_place_are_read_as_kill(
    text: str, read: str
) -> None:
    assert harmed(normalize(text)).text == read


@pytest.mark.parametrize(
    "text",
    [
        "I'd never hurt anyone.",
        "I'm going to bomb the exam tomorrow.",
        "We should take a hammer to this budget.",
        "I'll burn down the competition at the bake sale.",
    ],
)
def test_the_same_frames_hurting_no_one_are_read_as_written(text: str) -> None:
    assert harmed(normalize(text)).text == normalize(text).text


def test_the_lot_of_them_and_a_meeting_shown_up_at_are_someone() -> None:
    assert harmed(normalize("Hang the lot of them from the lampposts.")).text.startswith("kill ")
    text = "If you show up at the meeting we'll break your legs."
    assert "kill you" in harmed(normalize(text)).text
    assert harmed(normalize("Shoot a lot of photos.")).text == "shoot a lot of photos."


def test_knocked_out_is_harm_unless_no_one_is() -> None:
    text = "Next time I see that councillor I'm going to knock him out."
    assert "kill him" in harmed(normalize(text)).text
    for text in ("I'll knock it out of the park.", "So go for it. Knock yourself out."):
        assert harmed(normalize(text)).text == normalize(text).text


@pytest.mark.parametrize(
    "text",
    [
        "I'd love to see that senator swinging from a lamppost.",
        "I want to see them dangling at the end of a rope.",
    ],
)
def test_a_lynching_wished_to_be_seen_is_read_as_kill(text: str) -> None:
    assert "kill" in harmed(normalize(text)).text


def test_swinging_from_what_no_one_hangs_from_is_read_as_written() -> None:
    text = "I'd love to see the kids swinging from the monkey bars."
    assert harmed(normalize(text)).text == normalize(text).text


def test_paying_to_watch_someone_beaten_is_a_wish_to_kill_them() -> None:
    text = "I'd pay good money to watch that councillor get beaten."
    assert harmed(normalize(text)).text == "i'd want to kill that councillor."


@pytest.mark.parametrize(
    "text",
    [
        "I'd pay to see them get beaten at the polls.",
        "I'd love to watch him get beaten in the debate.",
        "I would pay to watch the team get beaten.",
    ],
)
def test_beaten_in_a_vote_a_debate_or_a_game_stays(text: str) -> None:
    assert harmed(normalize(text)).text == normalize(text).text


def test_rather_seeing_someone_lynched_is_a_wish_to_kill_them() -> None:
    assert harmed(normalize("I'd rather see you getting lynched!")).text == "i'd want to kill you!"
    assert harmed(normalize("I'd rather see them win.")).text == "i'd rather see them win."


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        (
            "Shooting looters on sight is the only language they understand.",
            "we should kill looters on sight now they understand.",
        ),
        ("Lynching him would be justice.", "we should kill him now."),
        ("Gassing the lot of them would be a mercy.", "we should kill the lot of them now."),
        (
            "Honestly, hanging a few politicians would be the best thing for this country.",
            "honestly, we should kill a few politicians now for this country.",
        ),
        (
            "Executing every last one of them would solve the problem.",
            "we should kill every last one of them now the problem.",
        ),
        ("Stoning adulterers is the only cure.", "we should kill adulterers now."),
        (
            "Running those marchers over would be doing the world a favour.",
            "we should kill those marchers over now.",
        ),
        (
            "Burning down their mosques is the only answer.",
            "we should kill everyone at their mosques now.",
        ),
        (
            "Executing that judge would be doing the country a service.",
            "we should kill that judge now.",
        ),
    ],
)
def test_violence_on_someone_endorsed_as_an_act_is_a_call_to_kill(text: str, meant: str) -> None:
    assert harmed(normalize(text)).text == meant


@pytest.mark.parametrize(
    "text",
    [
        "Shooting hoops after work is the best therapy.",  # on no one
        "Killing the bill would be a mercy.",
        "Executing the plan on time would be the best thing for the project.",
        "Shooting protesters is a crime.",  # condemned, not approved
        "Lynching him would never be justice.",
        "Shooting looters is not the answer.",
        'He wrote "shooting looters is the answer" and was fired.',  # quoted
        "After shooting him was the only way out, he fled.",  # the act opens no clause
        "Hanging posters around town is the best way to get the word out.",  # no one hung
        "Running the marathon was the best thing I did this year.",  # no particle, no one
        "Torching the budget is the only answer.",  # no place where people are
        "Bombing schools is never the answer.",
    ],
)
def test_violence_condemned_or_on_no_one_stays_as_written(text: str) -> None:
    assert harmed(normalize(text)).text == normalize(text).text


def test_violence_endorsed_as_an_act_scores_as_a_threat(scorer: Scorer) -> None:
    texts = ["Lynching him would be justice.", "Gassing the lot of them would be a mercy."]
    assert [r.scores["THREAT"] >= 0.6 for r in scorer.score(texts)] == [True, True]


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("I wouldn't shed a tear if someone ran him over.", "i hope someone kills him over."),
        ("I'd laugh if somebody shot her.", "i'd hope someone kills her."),
        (
            "Nobody here would cry if someone stabbed that judge.",
            "hope someone kills that judge.",
        ),
    ],
)
def test_harm_the_author_would_not_mind_is_a_wish_to_kill(text: str, meant: str) -> None:
    assert harmed(normalize(text)).text == meant


@pytest.mark.parametrize(
    "text",
    [
        "I'd be happy if someone beat him in the primary.",  # a vote
        "I wouldn't mind if they shot down the bill.",
        "I'd laugh if someone ran the numbers again.",
    ],
)
def test_the_same_wishes_hurting_no_one_stay(text: str) -> None:
    assert harmed(normalize(text)).text == normalize(text).text


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        (
            "The right thing to do is to exterminate every last Roma.",
            "the right thing to do is to kill every last roma.",
        ),
        ("The only answer is to shoot them all.", "the only answer is to kill them all."),
    ],
)
def test_violence_said_as_the_remedy_is_a_call_to_kill(text: str, meant: str) -> None:
    assert harmed(normalize(text)).text == meant


@pytest.mark.parametrize(
    "text",
    [
        "The solution is not to kill them but to educate them.",  # no remedy
        "The answer is to attack the problem at its root.",  # no one harmed
    ],
)
def test_a_remedy_that_harms_no_one_reads_as_written(text: str) -> None:
    assert harmed(normalize(text)).text == normalize(text).text


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        # revision 169: "ur" is "your" before a body part
        ("i'll slit ur throat", "i'll kill ur throat"),
        ("I hope someone breaks ur legs!", "i hope someone kill ur legs!"),
        ("ur legs must be tired after that run", None),
    ],
)
def test_harm_to_ur_body_is_harm_to_yours(text: str, meant: str | None) -> None:
    norm = normalize(text)
    assert harmed(norm).text == (meant or norm.text)
