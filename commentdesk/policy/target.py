"""Whom strong words are aimed at: a person, or a thing such as a policy or an institution.

Harsh words about a bill, a decision, an institution or an ideology are
argument; the same words about a person are an attack. The scorer reads words,
not their targets ("a stupid decision" and "a stupid man" both score as
insults, "gerrymandering is a cancer" reads like "immigrants are a cancer"),
so a rule with ``aimed_at: people`` asks this module about each span that
carries its evidence, and lets the comment pass only when every span is
plainly about a thing.

One sentence around the span is read with a few English patterns:

- a person named in its clause ("he", "the mayor", "whoever") makes it
  personal ("the excuse is pathetic and voters will remember" names its
  voters in a clause of their own; "...and so is the mayor" carries the
  words on to him), and so does speaking to someone ("you") anywhere in the
  comment;
- after a verb of being or of obligation ("X is a joke", "X has become a
  circus", "X needs to die"), the subject X decides; a possessive is not the
  subject ("the mayor's plan is idiotic" is about the plan), nor is what
  follows a preposition ("the author of this article" is the author);
- a subject that is an act, named by what is done ("banning books is
  stupid", "deporting families is cruel"), is a thing, unless the act is
  violence ("hanging traitors is...") or names a person;
- otherwise the noun the word describes decides ("a stupid decision", "the
  dumbest piece of legislation", "a cruel and economically stupid policy");
- words of performance before an office ("he's a terrible president", "a
  useless minister") judge how it is held, an argument about the office; not
  the words of wits ("a stupid president");
- a pointer and its description alone ("that's crazy", "this is absolutely
  ridiculous") are a reaction to the news or to a reply, about the matter;
  "that's an idiot" takes a noun and stays about a person;
- a party named as a whole ("Democrats are destroying this country") is its
  own kind, which a rule may count as an institution (``parties:
  institutions``); one member ("a stupid Republican") is a person.

Anything else (no sentence, an unknown subject, a word on its own) counts as
aimed at a person: the comment is held as it would be without the check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from commentdesk.textnorm import lower_in_place

# Things whose criticism is argument, however rude: what governments and
# newsrooms make and do, the institutions themselves, and political ideas.
# Countries, states and cities are left out: "X is a cancer" said of a place
# is too often said of its people.
THINGS = frozenset(
    """
    bill law amendment motion proposal plan scheme policy measure legislation deal treaty
    ordinance project reform budget idea decision ruling verdict tax tariff rule regulation
    program programme system process strategy approach response mandate spending cut
    argument logic reasoning excuse claim statement speech debate hearing vote election
    referendum campaign result code demand agenda platform manifesto outcome situation mess
    filibuster tradition practice custom procedure loophole subsidy
    immigration border borders asylum amnesty deportation deportations visa visas citizenship quota
    link page section template thread paragraph sentence title
    curriculum syllabus timetable service fare fares route consultation inquiry design
    redevelopment development roundabout stadium
    show circus joke farce fiasco
    performance display effort game season film movie episode album book
    article story headline editorial column report reporting coverage newspaper paper
    website poll survey study
    congress parliament senate government administration council ministry department
    agency committee commission board court cabinet regime establishment bureaucracy
    authority industry company corporation bank party economy market
    fed eu nhs fbi cia fda irs epa un nato
    capitalism socialism communism populism fascism liberalism conservatism nationalism
    globalism neoliberalism authoritarianism consumerism corporatism cronyism
    feminism marxism progressivism libertarianism environmentalism anarchism
    corruption gerrymandering lobbying partisanship inflation debt deficit hypocrisy
    racism sexism bigotry greed
    garbage rubbish nonsense trash junk drivel propaganda lie
    """.split()
)

# Parties and political camps, by the names that mean all of them (plural, or an
# organisation): "Republicans are destroying this country" argues with a party.
# One member ("a stupid Republican") is a person. Whether a rule lets argument
# with a party pass is its own choice (``parties: institutions``): name-calling
# and dehumanising talk about a party's voters stay attacks on people.
# Political movements count as parties and their ideas as things: "Feminism is
# a cancer on society" was held and "Conservatism is a cancer on society" passed.
# Movements and armed groups are argued about the same way, on every side:
# "Antifa are terrorists" passed and "the Proud Boys are terrorists" was held,
# as were "Hamas are terrorists" and "the IDF are terrorists".
ORGANISATIONS = frozenset(
    """
    hamas hezbollah isis isil taliban idf antifa kkk blm nra ira pkk farc
    """.split()
)
# Names of more than one word are read as one (same length, so offsets hold).
_NAMES_OF_WORDS = (
    "proud boys",
    "oath keepers",
    "muslim brotherhood",
    "black lives matter",
    "al qaeda",
    "ku klux klan",
    "wagner group",
)
_JOINED = {name: name.replace(" ", "x") for name in _NAMES_OF_WORDS}
_SPLIT = {joined: name for name, joined in _JOINED.items()}
_NAMES_RE = re.compile(r"\b(" + "|".join(_NAMES_OF_WORDS) + r")\b")
PARTIES = (
    frozenset(
        """
    republicans democrats dems gop conservatives liberals libs progressives leftists
    rightists wingers socialists communists libertarians centrists tories labour greens
    maga populists left right snp ukip ndp
    feminists marxists anarchists environmentalists nationalists
    """.split()
    )
    | ORGANISATIONS
    | frozenset(_JOINED.values())
)

# People, named or pointed at. Possessive determiners (his plan, their bill) are
# left out: they introduce the thing that is criticised.
PEOPLE = frozenset(
    """
    you your yours yourself yourselves u ur ya he she him they them himself herself
    themselves whoever who whom anyone anybody someone somebody everyone everybody
    nobody people person man men woman women guy guys folks kid kids boy boys girl girls
    lady ladies gentleman
    author writer reporter journalist editor columnist commenter poster mayor minister
    senator president governor judge official politician leader member voter supporter
    fan ceo chairman chair councillor councilor mp candidate representative spokesman
    spokeswoman spokesperson officer cop teacher doctor priest human being creature
    individual citizen resident neighbour neighbor reader moderator staff worker activist
    protester
    jewish christian black white hispanic latina indian chinese arab
    immigrant migrant refugee foreigner muslim jew christian hindu sikh catholic atheist
    mexican latino african arab asian lesbian gay trans islam judaism religion community
    race tribe
    """.split()
)

# Verbs of being: what comes after them is said of the subject before them.
_COPULAS = frozenset("is are was were be been being am isn't aren't wasn't weren't".split())
_LINKING = frozenset("become becomes became remain remains seem seems look looks".split())
# Verbs of obligation: what follows is wished on the subject ("the filibuster
# needs to die" is about the filibuster, "he needs to die" about him).
_OBLIGATION = frozenset("should must need needs ought deserve deserves".split())
_AUXILIARIES = _OBLIGATION | frozenset("has have had will would can could may might shall".split())
# A subject's noun phrase ends at its first preposition: "the author of this article".
_PREPOSITIONS = frozenset(
    "of in at on from for with like by about under over than as to into".split()
)
# "A piece of legislation", "one of the worst bills": the noun after "of" is the one described.
_MEASURES = frozenset("piece bunch kind sort load pile pack lot heap one some".split())
# "A bunch of clowns", "a pack of cowards": what such words count is people, even
# when the sentence is about an institution ("the committee is a bunch of cowards").
_CROWDS = frozenset("bunch pack gang band group lot crowd horde herd".split())
# Where a clause starts: its subject cannot reach back past these. "And" and "or"
# join words as often as clauses ("absurd and greedy"), so only a subject stops there.
_CLAUSE = frozenset("but because so while although though since if when".split())
_AND = frozenset(["and", "or"])
# Where the words after a span stop describing a noun: a verb follows.
_VERBS = frozenset(
    "would will should can could must may might do does did is are was were has have had "
    "who that which".split()
)
# A subject that points at what the sentence goes on to name ("this is a stupid decision").
_POINTERS = frozenset("this that it which what these those".split())

# What may follow a noun phrase: it ended there.
_ENDS = (
    _PREPOSITIONS
    | _VERBS
    | _CLAUSE
    | _AND
    | frozenset("the a an this that these those my our your his her their its i we it".split())
    | frozenset("ever yet again now today here there too".split())
    # Adverbs that open the predicate ("this damn council never listens").
    | frozenset("never always just still also only even already really simply".split())
)

_YOU = re.compile(r"\b(you|your|yours|yourself|yourselves|u|ur|ya|y'all)\b")
# Set phrases that say "you" to no one in particular: "that plan is brain dead
# and you know it" aims its words at the plan, not at the reader ("you know
# nothing" does not: only a "you know" that ends its clause is an aside).
_ASIDES = re.compile(
    r"\b((you know|you see)( it| that| what)?(?=\s*([,.!?;:)]|$))|mind you|thank you"
    r"|if you ask me|believe you me|as you (can|may|might|would) (see|imagine|expect|guess)"
    r"|you name it"
    # The reader speaking to the publication: "the dumbest thing your paper has printed".
    r"|your (news)?paper|your (publication|website|coverage|editorial board))\b"
)
_SENTENCE = re.compile(r"[^.!?;:\n]+")
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


@dataclass(frozen=True)
class Target:
    """Who or what one span is about, and the word that says so."""

    kind: str  # "thing", "party" or "person"
    word: str  # the deciding word, lower-cased ("" when nothing decided)


def aimed_at(text: str, begin: int, end: int) -> Target:
    """Whom the words at ``text[begin:end]`` are aimed at."""
    target = _aimed_at(text, begin, end)
    return Target(target.kind, _SPLIT.get(target.word, target.word))


def _aimed_at(text: str, begin: int, end: int) -> Target:
    sentence = _sentence_of(text, begin)
    if sentence is None:
        return Target("person", "")
    start, words = sentence
    own = [i for i, (b, e, _) in enumerate(words) if b + start < end and e + start > begin]
    if not own:
        return Target("person", "")
    office = _office_judged(words, own) or _office_charged(words, own)
    if office is not None:
        return Target("thing", office)
    commas = _after_commas(text, start, words)
    for _, _, word in _clause_of(words, own[0], own[-1], commas):
        if word not in _RELATIVE and _names_a_person(word):
            return Target("person", word)
    # A comment that speaks to someone may aim its words at them from any
    # sentence ("You know what? That's a stupid idea, like the rest of yours").
    addressed = _YOU.search(_without_asides(lower_in_place(text)))
    if addressed:
        return Target("person", addressed.group())
    if _counted_as_people(words, own):
        return Target("person", words[own[0]][2])
    # (a clause opener before the span is _subject's own to read: "so stupid it hurts")
    clause = (_comma_begin(words, own[0], commas), _clause_end(words, own[-1], commas))
    subject = _subject(words, own[0], own[-1], clause)
    if subject is not None and subject not in _POINTERS:
        if _lemma(subject) in THINGS or isinstance(subject, _Act):
            return Target("thing", subject)
        if subject in PARTIES:
            return Target("party", subject)
        if _names_a_person(subject):
            return Target("person", subject)
        # A subject of no known kind ("deporting families ... is stupid policy"):
        # only a thing the words plainly describe can say it is not a person.
    described = _described(words, own[-1] + 1)
    if described is not None and _lemma(described) in THINGS:
        return Target("thing", described)
    pointer = _reaction(words, own)
    if pointer is not None:
        return Target("thing", pointer)
    return Target("person", subject or described or "")


# How someone holds an office is argued, as a policy is: "He's a terrible
# president" (INSULT 0.81) and "he is a useless minister" (0.95) were held
# as insults. Only words of performance, said of the office itself: "a stupid
# president" calls him stupid, and "a terrible person" is no office.
OFFICES = frozenset(
    """
    president mayor senator minister governor chancellor councillor councilor premier
    congressman congresswoman congressperson mp representative leader speaker secretary
    chairman chairwoman chair ceo manager coach captain referee commissioner sheriff
    attorney prosecutor
    """.split()
)
_PERFORMANCE = frozenset(
    """
    terrible awful useless bad incompetent dreadful horrible lousy disastrous worst worse weak
    ineffective hopeless failed failing abysmal appalling shocking poor mediocre inept corrupt
    """.split()
)


def _office_judged(words: list[tuple[int, int, str]], own: list[int]) -> str | None:
    """The office when the span is words of performance before it ("a
    terrible president", "the worst prime minister"), or holds both."""
    judged = [i for i in own if words[i][2] in _PERFORMANCE]
    if not judged or any(words[i][2] not in _JUDGING for i in own):
        return None
    index = judged[-1] + 1
    while index < len(words) and words[index][2] in _BEFORE_OFFICE:
        index += 1
    if index < len(words) and _lemma(words[index][2]) in OFFICES:
        return words[index][2]
    return None


# Charges of conduct in office: "the senator is a hypocrite on spending"
# (INSULT 0.96), "he is a disgrace to the office he holds" (0.90). What an
# office-holder, or politicians as such, are charged with is argued; "she
# is a hypocrite" (no office named) and "the senator is a clown" (a name,
# not a charge) stay personal.
# ("a liar" stays with the name-calling: the default policy holds "the
# senator is a liar" for every office alike.)
_CHARGES = frozenset("hypocrite hypocrites disgrace disgraces failure failures".split())
# (The office itself: "you're a disgrace to this country", said to a reader,
# is no charge of conduct in office.)
_HELD = frozenset("office presidency premiership post seat".split())


def _office_charged(words: list[tuple[int, int, str]], own: list[int]) -> str | None:
    """The office (or "politicians") charged with the span's words, where
    the span is nothing but a charge of conduct."""
    if not all(words[i][2] in _CHARGES for i in own):
        return None
    after = [w for _, _, w in words[own[-1] + 1 : own[-1] + 4]]
    subject = _subject(words, own[0], own[-1])
    if after[:1] == ["to"] and _HELD.intersection(after[1:]) and not _YOU.fullmatch(subject or ""):
        return next(w for w in after[1:] if w in _HELD)  # "a disgrace to the office"
    if subject is not None and _lemma(subject) in OFFICES | {"politician"}:
        return subject
    return None


# "That's crazy", "this is absolutely ridiculous": a reader's reaction to the
# news or to a reply. Said of a person, the words take a noun ("that's an
# idiot", "that is one stupid woman") or a person's pronoun ("he's crazy").
_MATTER = frozenset(["this", "that", "it"])
_REACTION_VERBS = frozenset("is was seems sounds looks".split()) | frozenset(
    w + "'s" for w in _MATTER
)
_DEGREES = frozenset(
    "so very really just totally absolutely completely utterly pretty quite too beyond "
    "truly simply downright plain frankly honestly literally clearly".split()
)
# What a span judging an office may hold ("a terrible president"), and what
# may stand between it and the office.
_JUDGING = _PERFORMANCE | OFFICES | _DEGREES | {"most", "prime"}
_BEFORE_OFFICE = _PERFORMANCE | _DEGREES | {"prime", "and"}


def _reaction(words: list[tuple[int, int, str]], own: list[int]) -> str | None:
    """The pointer when the span is all that follows "this is", "that's" or
    "it seems" (words of degree aside), to the end of its sentence."""
    if own[-1] != len(words) - 1:
        return None
    index = own[0] - 1
    while index >= 0 and words[index][2] in _DEGREES:
        index -= 1
    if index < 0 or words[index][2] not in _REACTION_VERBS:
        return None
    contracted = words[index][2].partition("'")[0]
    if contracted in _MATTER:
        return contracted
    before = words[index - 1][2] if index > 0 else None
    return before if before in _MATTER else None


def all_about_things(
    text: str, spans: list[tuple[int, int]], parties: bool = False
) -> list[Target] | None:
    """The targets of every span when each is a thing (or, with ``parties``, a
    party); None when any is a person."""
    passing = {"thing", "party"} if parties else {"thing"}
    targets = [aimed_at(text, begin, end) for begin, end in spans]
    if not targets or any(t.kind not in passing for t in targets):
        return None
    return targets


def _sentence_of(text: str, offset: int) -> tuple[int, list[tuple[int, int, str]]] | None:
    lowered = _without_asides(lower_in_place(text).replace("\u2019", "'"))
    lowered = _NAMES_RE.sub(lambda m: _JOINED[m.group()], lowered)
    for match in _SENTENCE.finditer(lowered):
        if match.start() <= offset < match.end():
            words = [(w.start(), w.end(), w.group()) for w in _WORD.finditer(match.group())]
            return match.start(), words
    return None


def _subject(
    words: list[tuple[int, int, str]],
    first: int,
    last: int,
    clause: tuple[int, int] | None = None,
) -> str | None:
    """The head noun of the subject the span's words are said of, if a verb of
    being says; within ``clause`` (begin, end) where given."""
    begin, end = clause or (0, len(words))
    # The nearest verb of being before the span, or in it ("is a cancer")...
    for index in range(min(last, len(words) - 1), begin - 1, -1):
        word = words[index][2]
        degree = word == "so" and index == first - 1  # "so stupid it hurts": no clause
        if index < first and not degree and (word in _CLAUSE or _joins(words, index)):
            # "The council is full of idiots", "written by morons": what the words
            # describe hangs off a preposition, not off the subject.
            return None
        verb = _verb_of_being(words, index)
        if verb is not None:
            return _head(words, verb, acts=True) or _shared_subject(words, verb)
    # ...or the span is in the subject itself ("gerrymandering is ..."), in its clause.
    for index in range(last + 1, end):
        if words[index][2] in _CLAUSE:
            break
        verb = _verb_of_being(words, index)
        if verb is not None:
            return _head(words, verb)
    return None


def _shared_subject(words: list[tuple[int, int, str]], verb: int) -> str | None:
    """The subject of a verb joined to an earlier one ("the link is broken and
    needs to die"): the earlier verb's."""
    if verb == 0 or words[verb - 1][2] not in _AND | {"but"}:
        return None
    for index in range(verb - 2, -1, -1):
        earlier = _verb_of_being(words, index)
        if earlier is not None:
            return _head(words, earlier)
    return None


def _counted_as_people(words: list[tuple[int, int, str]], own: list[int]) -> bool:
    """The span follows "a bunch of" (skipping adjectives) and is no thing itself."""
    if any(_lemma(words[i][2]) in THINGS for i in own):
        return False
    for index in range(own[0] - 1, max(own[0] - 4, 0), -1):
        if words[index][2] == "of":
            return words[index - 1][2] in _CROWDS
    return False


def _joins(words: list[tuple[int, int, str]], index: int) -> bool:
    """A preposition, except "of" after a measure ("a bunch of", "one of") and
    "to" after a verb of obligation ("needs to", "ought to")."""
    if words[index][2] not in _PREPOSITIONS:
        return False
    if words[index][2] == "to" and index > 0 and words[index - 1][2] in _OBLIGATION:
        return False
    return not (words[index][2] == "of" and index > 0 and words[index - 1][2] in _MEASURES)


class _Act(str):
    """A subject that is an act named by what is done: "deporting families
    is cruel", "banning books is stupid", "building the wall is a waste"."""


# An act takes a singular verb ("deporting families is"; "disgusting pigs are"
# is no act), and its phrase has an object (a lone "Sterling is..." may be a
# name). Violence is not argued about as an act ("hanging traitors is too
# good for them"), and swearing opens no act ("fucking idiots is all they are").
_SINGULAR = frozenset("is was isn't wasn't has hasn't seems looks remains becomes".split())
_NOT_ACTS = frozenset(
    """
    killing shooting hanging lynching burning beating stabbing bombing murdering executing
    gassing raping torturing drowning exterminating eliminating eradicating slaughtering
    butchering beheading attacking punching hitting hurting harming strangling choking
    poisoning castrating sterilising sterilizing lining whipping flogging kicking assaulting
    fucking effing frigging freaking bleeding
    """.split()
)


def _head(words: list[tuple[int, int, str]], verb: int, acts: bool = False) -> str | None:
    """The subject's noun: the last word before a preposition, possessives skipped;
    with ``acts``, for words said of the subject, an act where the subject is one
    (words inside the act, "electing that clown", are about whom it names)."""
    phrase: list[str] = []
    for index in range(verb - 1, -1, -1):
        if words[index][2] in _CLAUSE or words[index][2] in _AND:
            break
        phrase.append(words[index][2])
    phrase.reverse()
    if (
        acts
        and len(phrase) >= 2
        and words[verb][2] in _SINGULAR
        and phrase[0].endswith("ing")
        and len(phrase[0]) > 4
        and phrase[0] not in _NOT_ACTS
        and not phrase[0].endswith("thing")  # "nothing", "everything": no act
        and _VERBS.isdisjoint(phrase)  # one clause: "nothing could exist..., this is"
    ):
        return _Act(phrase[0])
    head = None
    for word in phrase:
        if word in _PREPOSITIONS:
            break
        if not _possessive(word):
            head = word.partition("'")[0]
    return head


def _verb_of_being(words: list[tuple[int, int, str]], index: int) -> int | None:
    """Where the subject ends if word ``index`` is a verb of being ("is", "has
    become") or of obligation ("needs to", "should be")."""
    word = words[index][2]
    if word in _COPULAS or word in _LINKING or word in _OBLIGATION:
        # "has become", "should be", "needs to be": the auxiliary is not part
        # of the subject.
        before = [w for _, _, w in words[max(0, index - 2) : index]]
        if before[-1:] and before[-1] in _AUXILIARIES:
            return index - 1
        if len(before) == 2 and before[1] == "to" and before[0] in _OBLIGATION:
            return index - 2
        return index
    base, _, ending = word.partition("'")
    if ending in {"s", "re"} and base in _CONTRACTED | {"you", "they", "we"}:
        return index + 1  # "that's", "they're": the word before the apostrophe is the subject
    return None


def _described(words: list[tuple[int, int, str]], after: int) -> str | None:
    """The noun right after a span, when it names a person or a thing."""
    read = 0
    for index in range(after, len(words)):
        word = words[index][2]
        if (word in _PREPOSITIONS and word != "of") or word in _VERBS or read == 3:
            return None
        if word == "of" or word in _MEASURES:
            continue
        lemma = _lemma(word)
        if word in _AND or (word.endswith("ly") and lemma not in PEOPLE and lemma not in THINGS):
            # Adjectives joined or qualified ("a cruel and economically stupid
            # policy") still describe the noun after them.
            continue
        read += 1
        if lemma in PEOPLE:
            return word
        if lemma in THINGS:
            # The noun ends there, or it only qualifies the next one ("a stupid
            # policy maker" is about the maker).
            following = words[index + 1][2] if index + 1 < len(words) else None
            # A past tense ends the noun phrase too ("the damn bill failed").
            # So does a pronoun's contraction ("the dumbest rule I've read").
            ended = (
                following is None
                or following.partition("'")[0] in _ENDS
                or following.endswith("ed")
            )
            return word if ended else None
    return None


def _clause_of(
    words: list[tuple[int, int, str]], first: int, last: int, commas: frozenset[int] = frozenset()
) -> list[tuple[int, int, str]]:
    """The words of the clause the span (``words[first:last + 1]``) is in.
    A clause ends at "but", "because" and the like, and at an "and" or "or"
    whose words have a verb of their own: "the minister's excuse is pathetic
    and voters will remember" names its voters in another clause. So does a
    comma (``commas``: the indices of words a comma comes before) after which
    a subject has its verb: "Stupid decision by the FA, the fans were never
    consulted" calls the decision stupid, not the fans; and one before the
    span whose words before it had a verb: "the fans were never consulted,
    stupid decision"."""
    begin = max(_opener_begin(words, first), _comma_begin(words, first, commas))
    return words[begin : _clause_end(words, last, commas)]


def _opener_begin(words: list[tuple[int, int, str]], first: int) -> int:
    """Where the clause begins by the words that open one ("but", "and the mayor...")."""
    for index in range(first - 1, -1, -1):
        if _clause_opens(words, index):
            return index + 1
    return 0


def _comma_begin(words: list[tuple[int, int, str]], first: int, commas: frozenset[int]) -> int:
    """Where the clause begins by the nearest comma before it whose words before had a verb."""
    for index in range(first, 0, -1):
        if index in commas and _has_verb(words[:index]):
            return index
    return 0


def _clause_end(words: list[tuple[int, int, str]], last: int, commas: frozenset[int]) -> int:
    for index in range(last + 1, len(words)):
        if _clause_opens(words, index) or (index in commas and _subject_and_verb(words, index)):
            return index
    return len(words)


def _after_commas(text: str, start: int, words: list[tuple[int, int, str]]) -> frozenset[int]:
    return frozenset(
        i
        for i in range(1, len(words))
        if "," in text[start + words[i - 1][1] : start + words[i][0]]
    )


def _has_verb(words: list[tuple[int, int, str]]) -> bool:
    return any(w in _VERBS or w in _CLAUSE_VERBS for _, _, w in words)


def _subject_and_verb(words: list[tuple[int, int, str]], index: int) -> bool:
    """``words[index:]`` opens with a subject of one to three words and its verb
    ("the fans were", "they are", "nobody knows")."""
    return words[index][2] not in _VERBS and _has_verb(words[index + 1 : index + 4])


def _clause_opens(words: list[tuple[int, int, str]], index: int) -> bool:
    word = words[index][2]
    if word in _CLAUSE:  # ("and so is..." carries the words on: see below)
        return not (word == "so" and index > 0 and words[index - 1][2] in _AND)
    if word not in _AND:
        return False
    after = [w for _, _, w in words[index + 1 :]]
    # The same said of another: "...and so is the mayor", "...and the mayor
    # is too": the words reach the one the next clause names.
    if after[:1] and after[0] in _CARRIED or any(w in _CARRIED_AFTER for w in after[:8]):
        return False
    # "and voters will...", "and the mayor knows it": a subject, then its verb.
    return any(w in _VERBS or w in _CLAUSE_VERBS for w in after[1:4])


_CARRIED = frozenset("so neither nor".split())
_CARRIED_AFTER = frozenset("too also either likewise".split())


# Verbs that say a new clause has begun after "and" ("...and the mayor knows it").
_CLAUSE_VERBS = frozenset("knows says thinks agrees remembers wants".split())


def _names_a_person(word: str) -> bool:
    # A possessive is not the one named: "the mayor's plan" is about the plan.
    return not _possessive(word) and _lemma(word.partition("'")[0]) in PEOPLE


def _possessive(word: str) -> bool:
    base, _, ending = word.partition("'")
    return ending == "s" and base not in _CONTRACTED


# "Clowns who can't count": a relative pronoun names whoever the sentence names.
_RELATIVE = frozenset(["who", "whom"])

# Words whose "'s" is "is", not a possessive: "he's", "who's".
_CONTRACTED = frozenset("he she who it that what there here".split())


def _lemma(word: str) -> str:
    word = word.removesuffix("'s")
    if word in THINGS or word in PEOPLE or len(word) <= 3:
        return word
    for suffix, replacement in (("ies", "y"), ("es", ""), ("s", "")):
        if word.endswith(suffix) and word[: -len(suffix)] + replacement in THINGS | PEOPLE:
            return word[: -len(suffix)] + replacement
    return word


def _without_asides(lowered: str) -> str:
    """``lowered`` with its asides (see ``_ASIDES``) blanked out, offsets kept."""
    return _ASIDES.sub(lambda m: " " * len(m.group()), lowered)
