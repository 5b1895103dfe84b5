"""Veiled threats are read as the threat they veil; the same words otherwise are not."""

from __future__ import annotations

import pytest

from commentdesk.scoring import Scorer
from commentdesk.scoring.features import read
from commentdesk.scoring.veiled import MEANT, unveil
from commentdesk.textnorm import normalize


@pytest.mark.parametrize(
    "text",
    [
        "I know where you live.",
        "If you publish that story, you're a dead man.",
        "You'll be sorry when I get my hands on you.",
        "I've got a rope with your name on it.",
        "If I find out who wrote this, they're going to regret it.",
        "The next Muslim I see is getting a beating.",
        "That mayor won't see another election, one way or another.",
        "I'll be outside your office at five. Bring a friend, you'll need one.",
        "You'll wake up one day with a knife in your back.",
        "Give me five minutes alone with that judge and he'll never work again.",
        "Better hope I never find out where you live.",
        "One day soon I'm going to find you, and you'll regret it.",
        "Keep writing articles like this and you will end up in a ditch.",
        "Keep writing this garbage and someone is going to get hurt.",
        "You will die, I promise.",
        "Journalists like you will get what's coming.",
        "That journalist is going to get hurt if she keeps digging.",
        "I know where the editor parks.",
        "We know your car, we know your route.",
        "The editor better start his car carefully tomorrow.",
        "Someone will find out where this writer lives and pay a visit.",
        "Write one more article like this and it'll be your last.",
        "Mark my words, you're going to die.",
        "I will personally make sure every immigrant in this town suffers.",
        "The next gay I see is getting his head kicked in.",
        "That reporter needs to be taught a lesson with a baseball bat.",
        "You'd better watch your back.",
        "Keep talking and see what happens to you.",
        "We're coming for you.",
        "You'll be sorry when we come for you.",
        "Your kids walk home alone, don't they?",
        "Nice newsroom. Would be a shame if it caught fire.",
        "People like you end up in ditches.",
        "If I ever see that reporter in person, she's dead.",
        "I'll make you pay.",
        "You will pay for this!",
        "Shame if something happened to your kids.",
        "Sleep with one eye open, pal.",
        "We know which school your kids go to.",
        "Accidents happen to reporters who ask too many questions.",
        "People like you tend to disappear.",
        "Enjoy your last breath.",
        "Remember, I know what car you drive.",
        "Careful, people have gone missing for less.",
        "Your family isn't safe anymore.",
        "You won't live to see Christmas.",
        "I have a rifle and I know where the mosque is.",
        "Watch what happens to your kids if you keep writing this.",
        "Pass this and we'll make sure none of them get home safe.",
        "Keep it up and you won't make it home alive.",
        "The editor had better hire bodyguards.",
        "If I ever meet you in person, you'll regret it.",
        "Keep publishing this trash and see what happens to your office.",
        "Come to the rally and we'll show you what real violence looks like.",
        "Anyone who votes for this deserves a beating.",
        "We know your address, we'll be paying you a visit.",
        "Start digging your own grave.",
        "Your days are numbered.",
        "Somebody take this guy out back and deal with him.",
        "Time to grab the rope and go visit the council.",
        "I'll find out where you live and pay you a visit.",
        "We found out where you work.",
        "The reporter who wrote this deserves to be beaten bloody.",
        "Every gay bar in this city deserves a pipe bomb.",
        "The Jews in this town had better leave before we make them.",
        "They'd better get out of town, or else!",
        "Write one more article like this and you'll be eating through a straw.",
        "Keep it up and your car might just catch fire one night.",
        "Keep it up and your house might burn down.",
        "You and your family will pay for this article in blood.",
        "Print one more lie and we'll pay your office a visit.",
        "I hope the editor's house burns down with him in it.",
        "Enjoy your last week at the paper, it'll be your last week alive.",
        "How would you like it if someone set your car on fire?",
        "What if someone followed you home one night?",
        "If I were you I'd start looking over my shoulder.",
        "Journalists have disappeared for writing less than you.",
        "You won't be so brave when we're at your door.",
        "It would be a real shame if your printing press had an accident.",
        "Your kids look lovely in their school photos. Be a shame if anything happened.",
    ],
)
def test_a_veiled_threat_is_read_as_an_open_one(text: str) -> None:
    assert MEANT in unveil(normalize(text)).text


@pytest.mark.parametrize(
    "text",
    [
        "We will make polluters pay their share.",
        "Voters will make them pay at the ballot box.",
        "You'll pay for it in higher taxes.",
        "This building needs a bomb shelter.",
        "The board needs a bomb under it.",
        "You had better leave before the storm hits.",
        "You'd better go home before it rains or else you'll get wet.",
        "Your car might catch fire if you leave it charging.",
        "Old wiring means your house could catch fire.",
        "The soldiers paid in blood for our freedom.",
        "You will pay for this in blood money to the lawyers.",
        "It was his last week alive, his family said.",  # told of the dead
        "The barn burnt to the ground with the animals inside.",  # what happened
        "This will be your last day at work before retirement.",
        "How would you like it if your taxes doubled?",
        "What if someone hurt your feelings?",
        "What if we visited your town next summer?",
        "You won't be so smug when the results come in.",
        "It would be a real shame if the library closed.",
        "Your dog is so cute. It would be a shame if anything happened to the park.",
        "It'd be a pity if your car had an accident on that icy road, so drive slowly.",
        "You will pay for this policy for decades.",
        "You have been warned before about edit warring.",
        "Do you know where she works now?",
        "We're coming for you in the second half, says the coach.",
        "Your kids walk home alone from school now.",  # no question put
        "It would be a shame if the match was cancelled.",
        "People like you always end up on top.",
        "I don't know what happens next.",
        "I know which school my kids go to.",
        "Accidents happen to people who drive tired.",
        "Enjoy your last week of the holidays.",
        "People like you make this town better.",
        "I know what car I want next.",
        "People have paid more for less.",
        "Your kids are safe with us.",
        "Your family isn't safe in that neighbourhood, the crime rate is awful.",
        "The patient won't survive the week.",
        "I know where the mosque is.",  # no weapon
        "I'll make sure you get home safe tonight.",
        "Watch what happens to the price of oil.",
        "You'd better get some security software.",
        "I'll show you what the new menu looks like.",
        "I used to drown them in ketchup.",
        "Your girl's friends gonna gas her up.",
        "He deserves to be beaten at the polls.",
        "The party is digging its own grave with this policy.",
        "The printer's days are numbered.",
        "Grab the rope and tie the boat.",
        "I'll find you a seat, and you'll regret it if you miss the show.",
        "When I get my hands on that new phone I'll be happy.",
        "I'll make sure the package arrives on time.",
        "Anyone who screws with it is going to get their heads caved in politically.",
        "You're dead wrong about this.",
        "I've got a present with your name on it.",
        "Give me five minutes alone with this spreadsheet.",
        "The government is getting a beating in the polls.",
        "That mayor won't see another election if the polls are right.",
        "She cut the onions with a knife in her hand.",
        "I never found out where you live, sorry.",
        "Keep driving like that and someone will get hurt.",  # a warning
        "You will die someday, we all do.",
        "The killer will get what's coming to him.",  # justice, not a threat
        "We know your schedule is busy.",
        "You should check your car carefully before buying.",
        "Someone will find out where the money went.",
        "Write one more letter and it will be your last chance to object.",
        "Check under your car for leaks.",
        "You will get hurt if you keep climbing that fence without a rope.",  # a warning
        "The referee deserves a bullet point in the report.",
        "The city deserves a bullet train.",
        "Someone should teach you some manners.",
        "We need to teach the kids some respect.",
        "I swear you will die of boredom reading this.",
    ],
)
def test_the_same_words_that_threaten_nobody_are_read_as_written(text: str) -> None:
    norm = normalize(text)
    assert unveil(norm) is norm or unveil(norm).text == norm.text


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        ("I hope you get cancer and die.", "i hope you die."),
        ("I hope they catch covid", "i hope they die"),
        ("One day someone will put you in the ground.", "one day someone will kill you."),
        ("Someone should put that judge in a body bag.", "someone should kill that judge."),
        ("Someone should put that senator six feet under.", "someone should kill that senator."),
        ("I hope someone runs you over.", "i hope you die."),
        ("I'll put him in the hospital", "i'll hurt him"),
        ("They put him in the hospital for tests.", None),
        ("Let's go hunt some immigrants tonight.", "let's go kill some immigrants tonight."),
        ("They hunt the immigrants who cross at night.", None),  # a report
        ("We went hunting the deer.", None),
        ("Drown them all at the border.", "kill them all at the border."),
        ("I want to hurt every Pakistani I meet.", "i want to kill them all."),
        ("im gonna shoot every refugee i see", "im gonna shoot them all"),
        ("Line them all up against a wall.", "kill them all."),
        (
            "I'd happily strangle every last one of these politicians.",
            "i'd happily kill them all.",
        ),
        ("We will beat every team in the league.", None),
        ("Honestly, it is fine to attack immigrants.", "honestly, kill immigrants."),
        ("It's alright to beat immigrants.", "kill immigrants."),  # each word the pattern reads
        ("Those people needs to get shot.", "those people needs to get killed."),
        ("It is not fine to attack immigrants.", None),
        ("It is fine to attack the defence in the second half.", None),
        ("Line up early if you want tickets.", None),
        ("Those protesters should be run over.", "those protesters should be killed."),
        ("We should torch every mosque in the city.", "we should burn them all in the city."),
        ("I will beat every record this season.", None),
        ("We should attack every problem head on.", None),
        (
            "Every Jew should be wiped off the face of the earth.",
            "every jew should be killed.",
        ),
        ("Those people should be wiped out.", "those people should be killed."),
        ("This debt should be wiped out.", None),  # no people named
        (
            "Somebody needs to teach those Muslims a lesson.",
            "somebody needs to hurt those muslims badly.",
        ),
        ("You need to teach him a lesson he won't forget.", "you need to hurt him badly."),
        ("Someone should teach you some manners with a belt.", "someone should hurt you badly."),
        ("We'll teach them a lesson on Saturday.", None),  # sport
        ("It's time to take up arms against them.", "it's time to kill them."),
        ("The colonists took up arms against the crown.", None),  # history
        (
            "The reporter who wrote this should be shot.",
            "the reporter who wrote this should be killed.",
        ),
        ("He should get punched.", "he should get killed."),
        ("That traitor deserves to be beaten up.", "that traitor i will hurt you."),
        ("He should be beaten in the election.", None),
        ("The ball should be shot low.", None),  # no person named
        ("Murderers should be executed.", None),  # the death penalty, argued
        # revision 150, from a fresh probe
        (
            "This reporter should be fired and then set on fire.",
            "this reporter should be fired and then killed.",
        ),
        ("The old barn should be set on fire.", None),  # no person named
        ("Hope you choke on your latte, hipster.", "hope you die, hipster."),
        ("I hope he chokes.", "i hope he will die."),
        ("I hope you choke up at the ending.", None),
        ("I hope you choke on your words.", None),  # eaten, not choked
        ("I hope that senator dies.", "i hope that senator will die."),
        ("I hope she dies a slow death.", "i hope she will die a slow death."),
        ("I hope the bill dies in committee.", None),  # no person
        ("I hope my grandad dies peacefully in his sleep.", None),
        ("I hope nobody dies in this heat.", None),
        ("Do the world a favour and stop breathing.", "do the world a favour and kill yourself."),
        ("Do us all a favour and stop posting.", None),
        # revision 151
        (
            "Politicians like him should hang from lampposts.",
            "politicians like him should be killed.",
        ),
        ("The lights should hang from the bridge.", None),
        (
            "The judge better have good security after this ruling.",
            "i will hurt you after this ruling.",
        ),
        ("The stadium better have good security for the final.", None),
        # the whole of "you'd" ("youi will hurt you" was read before)
        ("You'd better hire some bodyguards.", "i will hurt you."),
        ("You had better hire bodyguards.", "i will hurt you."),
        ("You'd better get some protection, it's going to pour.", None),
        # revision 154, from a blind probe
        (
            "I'd happily run that protester over if he blocked my road.",
            "i'd happily kill that protester if he blocked my road.",
        ),
        ("I'd run the numbers again before you publish.", None),
        (
            "If I see that journalist at the game, he'll leave on a stretcher.",
            "i will hurt you.",
        ),
        ("If I see that referee again, I'll buy him a pair of glasses.", None),
        ("Their kids go to Hillside Primary. Just saying.", "i will hurt you."),
        ("My kids go to Hillside Primary and love it.", None),
        # revision 156, from a second blind probe
        ("Y'all need a good old-fashioned lynching.", "i will hurt you."),
        ("I will find you.", "i will hurt you."),
        ("I'll find you a copy of the report.", None),
        ("knives see you soon, journo", "i will hurt you, journo"),
        ("See you soon at the match!", None),
        # revision 157, from a third blind probe
        ("Send every last one of them to the gas chambers.", "kill them all."),
        ("Gays should be sent to concentration camps.", "gays should be killed."),
        ("The gas chambers at Auschwitz are preserved as a memorial.", None),
        ("Refugees should be put in camps near the border.", None),  # argued, as law
        # revision 159, from a fourth blind probe
        ("You'll be sorry you wrote this.", "i will hurt you."),
        ("You'll regret buying that car.", None),
        (
            "The ref should be found in a ditch after that call.",
            "the ref should be killed after that call.",
        ),
        ("The missing hiker was found dead in the river.", None),
        ("I'd gladly push that referee off a bridge.", "i'd gladly kill that referee."),
        ("I'll throw the ball off the roof.", None),
        # revision 160, from a fifth blind probe (threats to politicians)
        (
            "If he wins, we take up arms. Simple as that.",
            "if he wins, we kill them. simple as that.",
        ),
        ("I hope the senator's plane goes down.", "i hope they die."),
        ("I hope the plane lands safely.", None),
        ("I'd love to see the senator's head on a spike.", "i'd love to i will hurt you."),
        ("Ballots or bullets, your choice.", "i will hurt you."),
        ("Malcolm X gave The Ballot or the Bullet speech in 1964.", None),
        ("Her house is on Maple Drive, number 12. Go pay her a visit.", "her i will hurt you."),
        ("Your nan lives alone and is lonely, go pay her a visit.", None),
        # revision 161, from a sixth blind probe (misogyny)
        (
            "Hope someone shows her what a real man is, in a dark alley.",
            "hope someone i will hurt you, in a dark alley.",
        ),
        ("The team showed them what a real defence looks like.", None),
        (
            "She needs to be put in her place, by force if necessary.",
            "she needs to be i will hurt you if necessary.",
        ),
        ("The vase needs to be put in its place carefully.", None),
        # revision 162, from a seventh blind probe (moderators told)
        ("I know who the moderator is and where she works.", "i will hurt you."),
        ("I know who the new editor is and where she worked before; good hire.", None),
        ("Delete my comment again and you'll regret it.", "i will hurt you."),
        ("Eat that whole cake and you'll regret it tomorrow.", None),
        # every form of a pattern passes the cheap scan before it
        ("I hope Mary's plane goes down.", "i hope they die."),
        ("I'd love to see the senator's head on the spike.", "i'd love to i will hurt you."),
        ("She should be put in her place with a belt.", "she should be i will hurt you."),
        # revision 165, from an eighth blind probe (threats to politicians)
        ("Let's pay her a visit she won't forget.", "let's i will hurt you."),
        ("We paid grandma a visit she'll never forget, with cake.", None),
        (
            "I'll be waiting for the senator outside the town hall with something for him.",
            "i will hurt you.",
        ),
        ("I'll be waiting for you outside the station with flowers.", None),
        (
            "I'd happily kick the chancellor's teeth in if I saw him.",
            "i will hurt you if i saw him.",
        ),
        ("They kicked our teeth in at the weekend, 4-0.", None),
        ("I'd give that anchor something to cry about.", "i will hurt you."),
        ("That ending gave the audience something to cry about.", None),
        (
            "Time to drag the president out and deal with him ourselves.",
            "time to i will hurt you ourselves.",
        ),
        ("Drag the bins out and deal with the recycling.", None),
        ("A guillotine in the square would sort out this cabinet.", "i will hurt you."),
        ("The guillotine in the museum would interest the kids.", None),
        (
            "I wouldn't shed a tear if someone torched the congressman's house with him inside.",
            "i will hurt you.",
        ),
        ("I wouldn't shed a tear if the bill died in committee.", None),
        ("I wouldn't mind if they shot the next film here.", None),
        (
            "The councillor should be careful walking home after dark, just saying.",
            "the councillor i will hurt you.",
        ),
        ("You should be careful walking home after dark; the lights are broken.", None),
        (
            "The governor had better keep his guards close, people are angry.",
            "the governor i will hurt you, people are angry.",
        ),
        ("Keep your friends close and the guards closer, says the film.", None),
        (
            "He won't be smiling when we find out where his kids go to school.",
            "he won't be smiling i will hurt you.",
        ),
        ("When we find out where the leak is we'll fix it.", None),
        (
            "If the mayor shows up I'll make sure he leaves on a stretcher.",
            "if the mayor shows up i will hurt you.",
        ),
        ("The medics made sure he left on a stretcher, safely.", None),
        # revision 168, from a blind probe of crime and religion threads
        (
            "Drag queens are paedos, shoot them on sight.",
            "drag queens are paedos, i will hurt you.",
        ),
        ("The officers were told to shoot on sight.", None),
        ("Kill any bindweed on sight.", None),
        ("I hope they get killed at the polls in November.", None),
        ("Police said someone had put a bomb in the car.", None),
        ("I'll be waiting for you at the station with something special.", None),
        ("That lawyer should have her throat cut.", "that lawyer i will hurt you."),
        ("The surgeon had his throat examined.", None),
        ("I hope the rapist's daughter gets raped.", "i will hurt you."),
        ("I hope the shooter gets caught.", None),
        ("I hope he gets killed off in the next season.", None),
        (
            "Put a bomb in that mosque and see how they like it.",
            "i will hurt you and see how they like it.",
        ),
        ("The army put a bomb disposal unit in the square.", None),
        ("Whoever reported this should be next.", "i will hurt you."),
        ("Whoever wins the vote should be next in line.", None),
    ],
)
def test_wishes_of_illness_harm_and_people_hunted_are_read_as_meant(
    text: str, meant: str | None
) -> None:
    norm = normalize(text)
    assert unveil(norm).text == (meant or norm.text)


def test_the_reading_points_at_the_authors_whole_phrase() -> None:
    text = "Careful. I KNOW where you live."
    norm = unveil(normalize(text))
    begin = norm.text.index(MEANT)
    end = begin + len(MEANT) - 1
    assert text[norm.offsets[begin] : norm.ends[end]] == "I KNOW where you live"


@pytest.mark.parametrize(
    "text", ["I know where you live.", "You'd better watch your back.", "I'll make you pay."]
)
def test_veiled_threats_score_as_threats(scorer: Scorer, text: str) -> None:
    assert scorer.score(text)[0].scores["THREAT"] >= 0.5


def test_every_told_threat_cue_passes_the_scan_before_it() -> None:
    # The scan's shorter words are kept by hand; a cue outside them would
    # never be looked for.
    from commentdesk.scoring.veiled import _TOLD, _TOLD_CUES

    for cues, _ in _TOLD:
        for cue in cues:
            assert any(gate in cue for gate in _TOLD_CUES), cue


@pytest.mark.parametrize(
    "text",
    [
        "You won't be smiling when we come for your kids.",
        "We know where your daughter goes to school.",
        "You're going to regret writing this when we find you.",
        "I'll make sure the next trans person I see ends up in hospital.",
    ],
)
def test_more_threats_told_as_what_is_coming_are_read_as_open_ones(text: str) -> None:
    assert MEANT in unveil(normalize(text)).text


@pytest.mark.parametrize(
    "text",
    [
        "We will come for your kids' football match on Saturday.",
        "When we come for your children in the morning, be ready at the gate.",
        "I'll make sure the package ends up in the right hands.",
        "We know where your daughter goes on holiday, she told us.",
    ],
)
def test_the_same_words_promising_nothing_are_read_as_written(text: str) -> None:
    assert unveil(normalize(text)).text == normalize(text).text


@pytest.mark.parametrize(
    "text",
    [
        "Somebody needs to put that journalist six feet under.",
        "Gays should be thrown off buildings.",
    ],
)
def test_harm_laid_out_or_due_scores_as_a_threat(scorer: Scorer, text: str) -> None:
    assert scorer.score([text])[0].scores["THREAT"] >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "One more article like this and you're dead.",
        "I'm bringing my rifle to the council meeting tomorrow.",
        "Burn every mosque in the country.",
        "Gay people should be put against a wall.",
        "Immigrants deserve to be hunted like animals.",
        "Trans people should be drowned.",
        "You and your family will pay for this article.",
        "Someone ought to teach that columnist a lesson with a baseball bat.",
    ],
)
def test_threats_in_more_words_are_read_as_threats(text: str) -> None:
    read = unveil(normalize(text)).text
    assert any(word in read for word in (MEANT, "kill", "them all", "hurt")), read


@pytest.mark.parametrize(
    "text",
    [
        "One more scandal and he's finished.",
        "I'm taking my gun to the range on Saturday.",
        "You will pay for this article with a subscription.",
        "Beat all of them at chess.",
        "The whole pit should be set alight with matches.",
        "The killer should be hunted down and brought to justice.",
    ],
)
def test_the_same_words_without_a_threat_are_read_as_written(text: str) -> None:
    assert unveil(normalize(text)).text == normalize(text).text


@pytest.mark.parametrize(
    "text",
    [
        "I'll make you regret this.",
        "I'm going to find you and make you regret ever posting this.",
        "You'll regret ever crossing me.",
        "I'll make sure you regret writing this garbage.",
        "You will regret the day you met me.",
        "A bullet for every traitor in parliament.",
        "Just a rope for each of them.",
        "You won't see your kids again if you keep writing this.",
    ],
)
def test_regret_promised_and_bullets_for_all_are_threats(text: str) -> None:
    assert MEANT in unveil(normalize(text)).text


@pytest.mark.parametrize(
    "text",
    [
        "You'll regret skipping breakfast.",
        "We'll make them regret it at the ballot box.",
        "We'll make sure they regret it at the polls.",
        "You won't see your kids again if you move abroad.",
        "He dodged a bullet for sure.",
    ],
)
def test_regret_and_bullets_that_threaten_nobody_stay(text: str) -> None:
    assert unveil(normalize(text)).text == normalize(text).text


def test_a_people_rounded_up_and_shot_is_a_threat(scorer: Scorer) -> None:
    text = "Every immigrant in this town should be rounded up and shot."
    assert scorer.score([text])[0].scores["THREAT"] >= 0.5


@pytest.mark.parametrize(
    "text",
    [
        "Whoever wrote this hit piece should be tarred and feathered.",
        "I hope your printing press burns down with you in it.",
        "People like the author end up floating in the river.",
        "Keep publishing this garbage and see what happens to your newsroom.",
    ],
)
def test_threats_in_a_newsroom_s_words_are_read_as_threats(text: str) -> None:
    assert unveil(normalize(text)).text != normalize(text).text


@pytest.mark.parametrize(
    "text",
    [
        "He was jailed for posting that immigrants should be shot.",  # reported, not wished
        "I hope your house sells quickly.",
        "The author ended up floating the idea in a column.",
    ],
)
def test_the_same_words_reported_or_harmless_stay(text: str) -> None:
    assert unveil(normalize(text)).text == normalize(text).text


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        (
            "We should get rid of Muslims once and for all.",
            "we should kill all muslims once and for all.",
        ),
        (
            "It's time to wipe out gay people for good.",
            "it's time to kill all gay people for good.",
        ),
        ("We must eradicate all the Jews.", "we must kill all the jews."),
        ("It's time to wipe Hindus off the map.", "it's time to kill hindus all."),
        # any people the peoples module knows, not only the speller's list
        ("We should get rid of Pakistanis for good.", "we should kill all pakistanis for good."),
        ("All asylum seekers should be eradicated.", "all asylum seekers should be killed."),
        ("Gay men should be wiped out.", "gay men should be killed."),
    ],
)
def test_a_people_wiped_out_is_read_as_killed(text: str, meant: str) -> None:
    assert unveil(normalize(text)).text == meant


@pytest.mark.parametrize(
    "text",
    [
        "We need to get rid of illegal immigrants.",  # an argument about deportation
        "We should wipe out poverty.",
        "We should wipe the floor with them.",
        "Polio should be eradicated worldwide.",
        "Let's exterminate the rats in the barn.",
    ],
)
def test_wiping_out_things_or_getting_rid_without_finality_stays(text: str) -> None:
    assert unveil(normalize(text)).text == normalize(text).text


def test_a_people_wiped_out_scores_as_a_threat(scorer: Scorer) -> None:
    scores = scorer.score(["We should get rid of Muslims once and for all."])[0].scores
    assert scores["THREAT"] >= 0.5 and scores["IDENTITY_ATTACK"] >= 0.5


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (
            "You Karens should all be locked in a room together and gassed.",
            "you karens should all be locked in a room together and killed.",
        ),
        (
            "Any cyclist who runs a red deserves to be run down.",
            "any cyclist who runs a red deserves to be killed.",
        ),
        ("That columnist should be run over.", "that columnist should be killed."),
        ("That mayor needs to be taken out.", "that mayor needs to be killed."),
        (
            "Each Roma family in this town should be burned out of their homes.",
            "each roma family in this town should be killed.",
        ),
        (
            "People like that councillor should disappear, permanently.",
            "people like that councillor should be killed.",
        ),
        # One of a people, by the word for one.
        (
            "Every last refugee should be drowned at sea.",
            "every last refugee should be killed at sea.",
        ),
    ],
)
def test_harm_due_last_or_to_someone_named_by_what_they_do_is_read_as_killing(
    text: str, read: str
) -> None:
    assert unveil(normalize(text)).text == read


@pytest.mark.parametrize(
    "text",
    [
        "The battery should be run down before you charge it.",
        "Cyclists should be fined and then banned.",
        "The old mill should be run down and sold.",
        "The white race needs to be exterminated, the pamphlet claimed.",  # a colour, no person
        "These potholes should disappear for good.",
        "The senator should be taken out of office.",
        "That player should be taken out for the second half.",
        "The rubbish needs to be taken out.",
        "My cat should disappear for good from the neighbour's garden.",
    ],
)
def test_due_harm_to_no_one_or_no_harm_at_all_stays(text: str) -> None:
    assert unveil(normalize(text)).text == normalize(text).text


@pytest.mark.parametrize(
    "text",
    [
        "What that reporter needs is a good beating.",
        "You need a punch in the face.",
        "She needs a good slap.",
        "He had better watch himself walking home at night.",
        "Give me five minutes alone with that paedophile and a hammer.",
        "Nobody would miss her if she disappeared tomorrow.",
        "If I were his neighbour I would make sure he never walked again.",
        "A rope and a tree is all these traitors deserve.",
        "The editor will pay for this with his blood.",
        "You'll pay with your life.",
        "They're going to pay for this with their lives.",
        "Any Sikh who comes here will get his throat cut.",
        "You'll get your legs broken if you come back.",
        "Journalists like you end up in ditches.",
        "The next immigrant who steps on my lawn gets a bullet.",
        "Let's pay the newsroom a visit with some baseball bats.",
        "We know where the editor's kids go to school.",
        "If that reporter shows his face here again, he's a dead man.",
        "If the council votes yes, we will make them pay in blood.",
        "People like this mayor end up in ditches.",
        "I'd love five minutes alone with that judge in a dark alley.",
        "Print my name again and see what happens to your windows.",
        "It would be a shame if something happened to your printing press.",
        "One day you'll open your door and we'll be standing there.",
        "I've got a bullet with the mayor's name on it.",
        "Enjoy your kids while you still can.",
        "I hope someone throws acid in her face.",
        "Wouldn't it be nice if that judge fell down a flight of stairs.",
        "If this isn't fixed by Friday, I'll be waiting for him outside his house.",
    ],
)
def test_harm_told_in_stock_phrases_is_a_veiled_threat(text: str) -> None:
    assert MEANT in unveil(normalize(text)).text


def test_a_journalist_read_as_the_press_stand_in_is_still_someone() -> None:
    # By the time veiled threats are read, names and the press are stand-ins.
    # (Read in full, harm's reading then reads the threat as "kill".)
    assert read("Nobody would miss that journalist if he went missing.").text == "i will kill you."


@pytest.mark.parametrize(
    "text",
    [
        "All she needs is a slap on the wrist, right your honor?",  # a light sentence
        "The Tories need a good beating at the polls.",
        "I'd better watch myself on the roads this winter.",
        "Give me five minutes with the budget and I'll find the savings.",
        "The team needs a good beating at home to wake them up, said the coach.",
        "Nobody would miss this ugly car park if it disappeared tomorrow.",
        "We must make sure the bridge never floods again.",
        "The soldiers paid with their lives.",  # a price paid, no threat
        "He will pay for it with his savings.",
        "He got his throat cut in prison, the report says.",  # what happened
        "Players like you end up in the Premier League.",
        "I'll pay you a visit with some flowers.",
        "The slide gets a bullet point.",
        "If my wife finds out I'm a dead man.",
        "We will make them pay at the ballot box.",
        "People like him end up in the news.",
        "I'd love five minutes alone with the senator to ask about the pension fund.",
        "Wouldn't it be nice if the bus came on time.",
        "Enjoy the sunshine while you still can.",
        "I hope someone throws acid on the weeds.",
        "Here's a cake with the mayor's name on it.",
        "We'll be standing outside city hall on Saturday.",
        "I'll be waiting for you outside your house to pick you up at eight.",
    ],
)
def test_the_same_phrases_about_things_or_votes_stay(text: str) -> None:
    assert MEANT not in unveil(normalize(text)).text


def test_a_death_wished_on_a_nurse_scores_as_on_a_minister(scorer: Scorer) -> None:
    nurse, minister = scorer.score(["I hope the nurse dies.", "I hope the minister dies."])
    assert nurse.scores["THREAT"] >= 0.5
    assert minister.scores["THREAT"] >= 0.5


def test_a_plane_carrying_them_wished_down_is_a_death_wished() -> None:
    text = "Hope the plane carrying the team crashes, they deserve it."
    assert read(text).text == "hope they die, they deserve it."
    safe = "I hope the bus with the fans gets home safely."
    assert read(safe).text == normalize(safe).text


def test_harm_due_to_clergy_and_owners_is_read_as_to_anyone() -> None:
    assert read("The imam should be beheaded.").text == "the imam should be killed."
    assert read("The owner should be shot.").text == "the owner should be killed."


def test_illness_wished_on_someones_children_is_a_death_wished() -> None:
    text = "I hope the chancellor's kids get cancer."
    assert read(text).text == "i hope the alderman's kids die."


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        # a beating denied as anyone's due is none
        ("No child deserves to be beaten.", False),
        ("Nobody deserves a beating.", False),
        ("She didn't deserve to be shot.", False),
        ("No woman in this town deserves to be beaten up.", False),
        ("He deserves to be beaten.", True),
        ("There is no doubt he deserves a beating.", True),
        ("Not once did I lie, and he deserves to be shot.", True),  # another clause's "not"
        # carried out: dead, or hurt for coming near
        ("Any Hindu who comes near my shop will leave in an ambulance.", True),
        ("If you set foot in my bar you will leave on a stretcher.", True),
        ("If that reporter shows up here again he'll leave in a body bag.", True),
        ("You'll go home in a box.", True),
        ("The injured driver will leave in an ambulance.", False),  # a rescue reported
        ("Patients who need care will go home in an ambulance.", False),
        ("My gran went home in an ambulance last week.", False),
        # what befalls informers, a visit foretold
        ("You know what happens to snitches.", True),
        ("Keep talking like that and you'll find out what happens to rats.", True),
        ("One day someone is going to show up at your door.", True),
        ("We'll be waiting at your house.", True),
        ("I wonder what happens to rats in winter.", False),
        ("We'll show up at your door with a cake on your birthday.", False),
        ("A courier will show up at your door tomorrow.", False),
        # which car is the reader's, a bodyguard advised
        ("We know which car is yours, reporter.", True),
        ("I know exactly which school your kids go to.", True),
        ("Your editor might want to hire a bodyguard after this story.", True),
        ("Do you know which car is yours in this lot?", False),
        ("The minister should hire a bodyguard given the threats she has received.", False),
    ],
)
def test_stock_threats_told_and_their_civil_twins(text: str, threat: bool) -> None:
    assert (MEANT in unveil(normalize(text)).text) is threat


@pytest.mark.parametrize(
    "text",
    [
        "Be careful walking to your car at night, reporter.",
        "Would be a pity if it burned.",
        "I'll be waiting for you after the meeting, and I won't be alone.",
        "People like you tend to have accidents.",
        "We'll be at the mayor's house tonight. Bring a rope.",
    ],
)
def test_care_advised_a_named_person_and_company_promised_are_threats(text: str) -> None:
    assert MEANT in unveil(normalize(text)).text


@pytest.mark.parametrize(
    "text",
    [
        "Be careful walking to your car at night; the parking lot lights are broken.",
        "Watch your back when lifting heavy boxes, the physio said.",
        "I'll be waiting for you after the meeting, so don't rush.",
        "He had an accident on the highway but is recovering.",
        "For the camping trip, bring a rope.",
    ],
)
def test_the_same_care_and_waiting_without_a_threat_stay(text: str) -> None:
    assert unveil(normalize(text)).text == normalize(text).text


def test_care_advised_a_reporter_scores_as_a_threat(scorer: Scorer) -> None:
    assert (
        scorer.score("Be careful walking to your car at night, reporter.")[0].scores["THREAT"]
        >= 0.5
    )


# Revision 144, from a fresh probe of veiled threats.
_PROBE_144 = [
    "Someone should torch that refinery with the owners inside.",
    "Your newsroom would make a nice bonfire.",
    "One match is all it takes to fix that mosque.",
    "It would be a tragedy if the editor's brakes failed.",
    "I have a rifle and a lot of free time this weekend.",
    "The reporter's kids walk to school alone, don't they?",
    "I'd love five minutes alone in a room with that writer.",
    "We'll find you, and when we do you'll regret every word.",
    "A few well placed bullets would solve the council's problems.",
    "Enjoy your last summer, mayor.",
    "Your family's address isn't hard to find.",
    "He'll get a knife in the ribs one of these days.",
    "Let's pay the editor a late-night visit.",
    "Next time you post that, I'm coming round with a bat.",
]


@pytest.mark.parametrize("text", _PROBE_144)
def test_veiled_threats_of_revision_144_are_read_as_threats(text: str) -> None:
    assert read(text).text != normalize(text).text


@pytest.mark.parametrize(
    "text",
    [
        "If a man burns down her home with her in it, the charge is murder.",
        "The refinery fire last year nearly killed three workers inside.",
        "The bonfire night display was the best in years.",
        "The editor's car was recalled over faulty brakes.",
        "I went deer hunting with my rifle and had a lot of free time.",
        "Kids should be able to walk to school alone.",
        "We'll find you a seat near the front, and you won't regret it.",
        "His well placed shots won the match.",
        "Enjoy your last summer before university!",
        "The council's address is easy to find on its website.",
        "The surgeon found a bullet in his chest.",
        "We paid the new neighbours a visit with a cake.",
        "I'm coming round with a casserole for the new neighbours.",
        "I'd love five minutes alone with the senator to ask about the pension fund.",
    ],
)
def test_the_same_words_of_revision_144_without_a_threat_stay(text: str) -> None:
    assert unveil(normalize(text)).text == normalize(text).text


def test_veiled_threats_of_revision_144_score_as_threats(scorer: Scorer) -> None:
    scores = [r.scores["THREAT"] for r in scorer.score(_PROBE_144)]
    assert sum(s >= 0.5 for s in scores) >= len(_PROBE_144) - 2, scores


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        (
            "Fentanyl dealers should be shot on sight.",
            "fentanyl dealers should be killed on sight.",
        ),
        (
            "Rapists deserve to be castrated with a rusty knife.",
            "rapists deserve to be killed with a rusty knife.",
        ),
    ],
)
def test_harm_due_to_offenders_named_by_their_offence_is_read_as_killing(
    text: str, meant: str
) -> None:
    assert read(text).text == meant


def test_a_sentence_some_courts_pass_stays() -> None:
    text = "Repeat sex offenders should be chemically castrated."
    assert read(text).text == normalize(text).text


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        # revision 170: the genocide wished finished
        ("Hitler should have finished the job.", "all jews should be killed."),
        ("Historians agree Hitler never finished the job of rearming the navy.", None),
    ],
)
def test_the_genocide_wished_finished(text: str, meant: str | None) -> None:
    norm = normalize(text)
    assert unveil(norm).text == (meant or norm.text)


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        # revision 172, from a blind probe of local news and sport
        ("I know which car the referee drives, his tyres won't last the week.", True),
        ("Your tyres won't last the winter if you keep braking like that.", False),
        ("Whoever runs this council deserves a brick through their window.", True),
        ("Cyclists should be run off the road, every one of them.", True),
        ("I was nearly run off the road by a lorry.", False),
        ("The developer's house would look better on fire.", True),
        ("Burn the referee's house down.", True),
        ("The old mill burnt down in 1990.", False),
        ("If I see that traffic warden again he's getting a slap.", True),
        ("If I see him at the pub he's getting a pint from me.", False),
        ("Next time that linesman shows his face here he won't walk out.", True),
        ("Next time he shows his face he won't walk out without an apology.", False),
        # revision 173, from a blind probe of long comments
        ("Whoever wrote this needs a bullet.", True),
        ("This slide needs a bullet point.", False),
        ("Refugees welcome? Welcome to a bullet, more like.", True),
        ("When it's your daughter he goes after, I'll make sure of it.", True),
        ("Your daughter will love the fair. I'll make sure of it.", False),
        ("Somebody should find out where she lives and explain a few things to her.", True),
        ("Someone should find out where the leak is.", False),
        ("Stop funding mosques. Better yet, burn them all to the ground.", True),
        ("Old letters? Burn them all, it's cathartic.", False),
        ("He funds marxist, burn it down groups all over the world.", False),
    ],
)
def test_threats_of_local_news_sport_and_long_comments(text: str, threat: bool) -> None:
    assert (MEANT in unveil(normalize(text)).text) is threat


def test_hanging_and_where_from_is_read_as_killing() -> None:
    text = "The councillor should be strung up from the town hall balcony."
    assert read(text).text == "the alderman should be killed."
    assert read("The flags should be hung from the balcony.").text == (
        "the flags should be hung from the balcony."
    )


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        # revision 176, from blind probes of health, school and housing threads
        ("I hope the nurse dies.", "i hope the nurse will die."),
        ("I hope the landlord dies.", "i hope the landlord will die."),
        (
            "Hope the nurse who wrote this catches something nasty and dies in a corridor.",
            "hope the nurse who wrote this catches something nasty and will die in a corridor.",
        ),
        ("I hope the bill passes and nobody dies.", None),
        ("I hope the new policy dies in committee.", None),
        ("I hope my grandmother dies peacefully in her sleep.", None),
    ],
)
def test_a_death_wished_on_someone_by_role_or_after_what_they_did(
    text: str, meant: str | None
) -> None:
    assert read(text).text == (meant or normalize(text).text)


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        # revision 176
        ("The developer's house has a lot of windows. Be a shame if they all got broken.", True),
        ("Nice car. Would be a pity if it got smashed up.", True),
        ("The greenhouse windows are old. Be a shame if they all got replaced.", False),
        ("I'd happily pull the plug on every Tory in intensive care.", True),
        ("The network should pull the plug on him.", False),
        ("We should pull the plug on this project.", False),
        # revision 177, from blind probes of sport and of climate, transport
        # and court threads
        ("Any ref who gives that penalty deserves to have his legs broken.", True),
        ("He deserves to have his say.", False),
        ("Gypsy camps on the flood plain? Hopefully the river sweeps them all away.", True),
        ("The river swept the bridge away.", False),
        ("The reporter who wrote this lives on Elm Street. Just putting it out there.", True),
        ("She lives on Elm Street, just around the corner from the school.", False),
        ("Next time the protesters block my road I'm bringing a baseball bat.", True),
        ("Next time I go camping I'm bringing a knife.", False),
        ("Cyclists are parasites, I'll knock the next one off his bike.", True),
        ("The whole away end was full of animals, should have gassed the lot.", True),
        ("If the chairman shows up at the ground again he'll leave in an ambulance.", True),
        ("If the chairman shows up he'll leave with a trophy.", False),
        # revision 178, from blind probes of faith and conflict threads and of
        # replies to readers
        ("I found your Facebook, cute kids. Would be a shame.", True),
        ("I found your house easily, would be a shame to miss the party though.", False),
        ("I'm sending this to your employer, then we'll see how brave you are.", True),
        ("I'll show your family the photos, they'll love them.", False),
        ("Let Gaza burn, every last one of them.", True),
        ("Let the system burn.", False),
        # revision 179, from a blind probe of crime and immigration threads
        ("I'd set the asylum hotel on fire myself if I had the chance.", True),
        ("I'd set the table on fire if I cooked.", False),
        ("Send them back in boats and sink the boats.", True),
        ("Send them back to the shop and sink the cost.", False),
        # revision 181, from a blind probe of election threads
        ("Someone should do to that MP what happened to Jo Cox.", True),
        ("Nobody should do to that MP what happened to Jo Cox.", False),
        ("I know where that councillor drinks on a Friday. Just saying.", True),
        ("I know where she shops, the same Tesco as me.", False),
        ("If she wins, I'm buying a rifle. You've been warned.", True),
        ("I'm getting a new rifle for the shooting club, you've been warned, I'll win.", False),
    ],
)
def test_threats_from_the_blind_probes_of_revisions_176_to_181(text: str, threat: bool) -> None:
    assert (MEANT in unveil(normalize(text)).text) is threat


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        (
            "The ref should be dragged off the pitch and given a proper kicking in the car park.",
            True,
        ),
        ("The team got a proper kicking at Anfield.", False),
        ("The bill should be given a fair hearing.", False),
        ("Every last one of those protesters deserves a baton to the skull.", True),
        ("He deserves a pat on the back.", False),
        ("That judge needs to watch himself walking home, people know his face now.", True),
        ("You need to watch yourself on the ice this morning.", False),
        (
            "Someone needs to pay a visit to the reporter who wrote this and teach her manners.",
            True,
        ),
        ("We paid a visit to the museum and it taught us a lot.", False),
        ("The defendant's family should be burned out of their house, every one of them.", True),
        ("The family were burned out of their house in 1972.", False),
        (
            "Best thing for this town is if the mosque burned down with them in it.",
            True,
        ),
        ("The mosque burned down in 1990 and was rebuilt.", False),
        ("I'll be waiting outside the courthouse for him. He won't walk away this time.", True),
        ("I'll be waiting outside for the bus, it won't be long.", False),
        ("Put the lot of them on a boat and sink it halfway.", True),
        ("Put the dishes in the sink.", False),
        ("If they open it there'll be blood on the streets, and I'll be the first.", True),
        ("If they close the hospital there will be blood on the streets.", False),
        ("The only cure for people like the mayor is a long drop and a short rope.", True),
        ("The long drop toilet at the campsite was grim.", False),
        ("You're not even worth the bullet.", True),
        ("It's not worth the bother.", False),
        ("I hope the reporter gets what's coming to her.", True),
        ("I hope the killer gets what's coming to him.", False),
        ("I know what car the councillor drives. Be a pity if something happened to it.", True),
    ],
)
def test_threats_from_the_blind_probes_of_revision_183(text: str, threat: bool) -> None:
    assert (MEANT in unveil(normalize(text)).text) is threat


@pytest.mark.parametrize(
    ("text", "meant"),
    [
        # revision 184, from a blind probe of arts, schools and local threads
        (
            "If I see that MP in town I'm going to make sure he can't walk for a month.",
            "if i see that mp in town i'm going to i will hurt you.",
        ),
        ("Make sure you can't see the join.", None),
        (
            "The referee's kids should be made to watch what happens to their dad.",
            "the referee's kids should be i will hurt you.",
        ),
        (
            "Go jump in the canal and do us all a favour.",
            "go kill yourself and do us all a favour.",
        ),
        ("Go jump in the lake, I'm not falling for that.", None),
        (
            "Old people should be put down once they stop contributing.",
            "old people should be killed once they stop contributing.",
        ),
        ("The dog should be put down.", None),
        ("The rebellion was put down, and the leaders fled.", None),
    ],
)
def test_threats_from_the_blind_probe_of_revision_184(text: str, meant: str | None) -> None:
    norm = normalize(text)
    assert unveil(norm).text == (meant or norm.text)


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        # revision 185, from a blind probe of American news threads
        ("Somebody should do the world a favor and take out the judge.", True),
        ("Do us all a favour and take out the trash.", False),
        ("I'll be at the school board meeting with my AR. Let's see them vote for this.", True),
        ("I'll be at the school board meeting with my notes.", False),
    ],
)
def test_threats_from_the_blind_probe_of_revision_185(text: str, threat: bool) -> None:
    assert (MEANT in unveil(normalize(text)).text) is threat


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        # revision 186, from a blind probe of faith, sport and local threads
        ("That reporter's daughter is pretty, it'd be a shame if she walked home alone.", True),
        ("It'd be a shame if she walked home, it's a lovely evening.", False),
        ("Your family will pay for what you wrote.", True),
        ("Your family will pay for the meal, don't worry.", False),
        ("The family will pay for the funeral.", False),
    ],
)
def test_threats_from_the_blind_probe_of_revision_186(text: str, threat: bool) -> None:
    assert (MEANT in unveil(normalize(text)).text) is threat
