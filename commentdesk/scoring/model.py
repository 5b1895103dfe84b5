"""The linear attribute model: features, weights, calibration, and its files.

A model directory holds ``vocab.json`` (term lists and metadata) and
``weights.npz`` (IDF vectors, per-attribute weights and calibration, span
lexicon). Plain JSON and arrays only: loading never executes stored code. The
version is a hash of those bytes, so any change to the model changes it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from commentdesk.domain import ATTRIBUTES
from commentdesk.scoring.features import Featurizer
from commentdesk.scoring.spans import SpanLexicon

VOCAB_FILE = "vocab.json"
WEIGHTS_FILE = "weights.npz"
MODEL_FILES = (VOCAB_FILE, WEIGHTS_FILE)
# Code outside the model files decides scores too (normalisation first of all).
# Bumped whenever it changes what a text scores, so that one version always
# names one scoring function: an audit or a rescore can trust it. Revision 2
# decodes literal escapes and drops the quotation marks around a whole comment;
# 3 reads politicians' names as one stand-in, 4 parties' names too, 5 countries'
# and news outlets', 6 states' and provinces' (commentdesk.scoring.names); 7
# movements (feminists, communists, marxists) and political ideas too, and
# joins a spaced insult that starts with "a" or "i" ("i d i o t"); 8 reads
# misspelt and run-together abuse as meant (commentdesk.scoring.spelling); 9
# spells words written in regional indicator letters; 10 reads a capitalised
# misspelt group name ("Msulims") and "people" as meant; 11 reads "d13" as
# "die" (digits in a word read as letters where they spell a listed word) and
# leaves "b12" as it is (it was "bi2"); 12 reads offices (mayor, senator,
# premier...) as one stand-in; 13 journalists (reporter, columnist...) too;
# 14 reads derogatory words the author denies or condemns as neutral
# (commentdesk.scoring.scope: "he is not a moron", "calling X vermin is
# shameful"); 15 reads insults too rare for the stages to know as the common
# one they mean ("dipshit" as "fucking idiot", "simpleton" as "idiot",
# "libtard" as "retard"); 16 reads veiled threats as open ones
# (commentdesk.scoring.veiled: "I know where you live"), and scope's naming
# condemned after "but" and by more words ("unfair", "rude"); 17 reads more
# counter-speech (a quoted attack answered, "no need to call...", "I can't
# believe people still say...") and harm disowned ("I don't hate Muslims");
# 18 reads words mentioned ("the word 'retard'"), dismay and answered questions
# as counter-speech, and breaks a tie between two listed spellings the same way
# in every process (it followed the hash seed: 1 of 12,669 held-out comments);
# 19 makes IDENTITY_ATTACK at least TOXICITY where a people is called a
# derogatory word, and reads "animals" said of a people as "vermin"
# (commentdesk.scoring.peoples); 20 reads the answer to a quoted attack as
# "wrong" only when the quotation held a derogatory word it denied, and finds
# that answer outside the quotation marks; 21 may highlight a word past the
# encoder's windows by the lexicon alone (it had half the lexicon's score);
# 22 reads policies as one stand-in ("immigration", "taxation"), rare slurs
# as "subhuman", old tropes about a people as the derogation they carry
# (commentdesk.scoring.tropes), "inferior" and "leeches" said of a people as
# "subhuman" and "parasites", and "it is a lie that..." as a denial; and
# makes IDENTITY_ATTACK at least TOXICITY where anyone is called a slur or
# the author hates a people; 23 reads "loathe", "detest" and "abhor" aimed
# at a people as "hate", and "would be better without" a people as "should
# be rid of"; 24 reads what the author reports being called ("I was called a
# faggot at school", "they called me a liar") as not the author's own; 25
# reads a verdict on what was said as "wrong" with nothing derogatory quoted
# ("telling refugees to go back... is racist"), hostility condemned as
# "talk" ("the hatred aimed at Muslims here is shameful"), more denials and
# answers (commentdesk.scoring.scope: a people's denied word takes its "not"
# with it), "contempt"/"disdain" for a people as "hate", and three more
# tropes ("can't think for themselves", "too emotional to", "not human"),
# a listed word cut by spaces whole ("id iot", commentdesk.scoring.spelling),
# and condescending idioms said to the reader ("what planet are you on?") as
# "you are clueless" (commentdesk.scoring.condescension), and "kill" in
# hyperbole ("this bill will kill jobs") as "cost" (commentdesk.scoring.hyperbole);
# four more veiled threats ("we know which school your kids go to"); and a
# reclaimed word said of the author ("I'm a proud dyke") as neutral; 26
# searches for a verdict on what was said, with nothing derogatory quoted,
# only where a verdict the stages read as abuse stands ("racist", not
# "wrong" or "a lie"): most comments hold a word of saying and a mild
# verdict, and searching them all cost four times the reading; 27 reads a
# compliment denied to the reader ("you are not very smart") as "you are
# clueless", eight more rare insults as the common one they mean ("stooge"
# as "puppet"), and "I could murder a pizza" as "could enjoy a pizza"; 28
# no longer reads a quotation followed by "no one can deny it", "no lie" or
# "no doubt" as answered (they assert it); 29 reads "vile" as "disgusting"
# ("she is vile" INSULT 0.25) and "lackey" as "puppet", a verdict on a
# comment itself ("that comment is disgusting") as "wrong", and "you are not
# very bright, are you" as condescension; 30 reads "not one of my Muslim
# colleagues is a terrorist" as a denial, the verdict after a quotation with
# nothing derogatory in it ('"Go back to Africa" is a disgusting thing to
# shout'), "...is what fascists did" as a verdict, two more veiled threats
# ("I know what car you drive", "people have gone missing for less") and
# "only good for making sandwiches" as the trope it is; 31 reads a denial
# past a hyphenated word ("not idol-worshipping savages"), "it sickens me
# when people call...", "...has been reported" and "nobody should be called
# a ..." as counter-speech, and "<people> have lower IQs" as "are stupid".
# 32: symbols l33t cannot spell read as masks ("ni@@ers"), swearing spelt by
# sound or without vowels ("fck", "azz", "phuck"), "crip" no slip for "crap";
# more condescension ("do you even know how to read?", "IQ of a houseplant",
# "little boy, the adults are talking"); "kill this workout" as "ace"; a
# verdict after naming stopped ("stop calling women ..., it's disgusting");
# 33 reads "you can't just say ..., that's bigotry", "whoever keeps saying
# ... needs to stop", "... is not something I would ever do", "none of my
# gay friends are ..." and "sick of people blaming ..." as counter-speech,
# "I can't stand <people>" as hate, "barefoot and pregnant", "incompatible
# with Western values" and "never contributed anything" as tropes, and
# "kill the crops / the mood" as "cost"; 34 reads "your family isn't safe
# anymore", "you won't live to see Christmas", "someone will put you in the
# ground" and a weapon beside "I know where the mosque is" as threats, "I
# hope you get cancer" as "I hope you die", "let's go hunt some immigrants"
# as "kill", "someone will put you in the ground" as "hurt you"; and denials
# with "hardly", "by no means", "far from", "neither... nor", "not once did
# I call you...", "I'm not calling you stupid", "...a fool for asking"; 35
# reads a verdict's noun with it ("is a racist stereotype") and keeps a
# negation inside what was said when the verdict is moral, not of truth
# ("saying women can't drive is sexist"); 36 denies a threat, a danger or
# a burden of a people ("trans people are not a threat to women"); 37
# reads a quotation said by someone and condemned as neutral, the peoples
# that condemned words name as "people", and "tranny" and other rare slurs
# as the dehumanisation they mean; 38 denies "no such thing as a stupid
# question", "doesn't make someone worthless", "the lie that...", reads
# verdicts repeated, "kill this bill" as "stop", threats to get home safe
# and to someone's kids, and race science ("genetically less intelligent");
# 39 reads "firebomb" as "bomb", "had better hire bodyguards", "show you what
# real violence looks like", "drown them all", a condemned question ("Do
# people really still think...? Shameful."), "is antisemitism", "garbage" as
# a verdict, and quoted words in what is named and condemned; 40 highlights
# a comment the encoder did not read by the span rule for words it did not
# read (TOXICITY, INSULT), not by the lexicon's own older rule; 41 reads
# more counter-speech (shamed, heard, "was called", "no child should hear",
# "says more about you", "every time..., I lose faith"), reclaimed words
# ("I call myself a crip", "my nigga"), threats ("deserves a beating",
# "your days are numbered", "we know your address") and tropes ("not
# welcome here", "not worth the money", "only good for cheap labour");
# 42 reads the peoples named in speech that is judged or denied as "people"
# too, "I hate it when people say..." as "dislike", and "..., he showed who
# he really is" as an answer; 43 reads "plague" as derogation, "posts
# saying '...' should be taken down", "what an ignorant thing to write", a
# quotation judged in a sentence of its own ("Unbelievable."), "no one
# should call...", and harm meant for a whole people or its places ("I want
# to hurt every Pakistani I meet") as "...kill them all"; 44 reads "put
# that senator six feet under" as "kill", "I hope someone runs you over",
# "if I ever meet you..., you'll regret it", "see what happens to your
# office", "a classmate called her a fat pig" as reported, "is how
# dehumanisation starts", "see women as property", "contributed nothing to
# civilisation"; 45 reads a listed word's first two letters swapped
# ("ikll"), a capitalised slip opening a sentence ("Klil all women") where it
# opens abuse, and "kll", "kil", "scm", "dmb"; 46 reads stock put-downs
# that name no insult ("people like you are the reason this country is
# falling apart", "you are a child.", "too dense to understand", "a few fries
# short of a happy meal", "you must be fun at parties") as "you are
# clueless", and a mock title closing a sentence ("Nice try, Einstein.") as
# "idiot"; reads 'someone wrote that "...". That is vile.', 'statements like
# "..." have no place here', "if you think..., you need to take a hard look at
# yourself" and the people named in a report ("kids called him a dirty
# Mexican") as counter-speech, "breed like rabbits" as "are vermin", and
# "you'll be sorry when we come for you" as a threat; 47 reads who someone
# is, defended ("being trans is not a mental illness", "there's nothing
# wrong with being gay"), as "okay"; 48 reads "should be wiped off the face
# of the earth" as "killed", "teach those Muslims a lesson" as "hurt those
# muslims badly", "time to take up arms against" as "kill", "is killing me"
# as "is bothering me", harm wished on a person as their due ("the reporter
# who wrote this should be shot", "...should be dragged into the street and
# beaten") as "...should be killed", "black people are less intelligent"
# as "...are stupid", and as counter-speech "the man kept calling her a '...'", "tired of
# seeing comments saying...", "stop calling disabled people '...'" and
# "nobody should be hanged for who they are"; 49 reads "I refuse to believe
# that...", "imagine thinking that..." and 'some guy yelled "..." at us' as
# counter-speech, "your kids walk home alone, don't they?", "would be a
# shame if it caught fire" and "people like you end up in ditches" as
# threats, and "<people> only understand violence" as "are savages"; 50
# reads "stop treating Muslims as if they are all...", "why do people think
# it's okay to call...?" and "fired after calling his coworker a..." as
# counter-speech, "<people> have no place in civilised society" as "are
# savages", "im gonna shoot every refugee" as "...them all", and "I honestly
# believe women are..." as the author's own view; 51 reads "<people> are
# behind every war" as "are parasites", 'a man spat "go home, terrorist" at
# my sister' as reported, "there is nothing shameful about being an
# immigrant" as "okay", "were you born this clueless...?" and "a walking
# advertisement for birth control" as "you are clueless", and a closing
# "..., clown." as "idiot", more put-downs ("the critical thinking skills
# of a potato", "go back to sniffing glue", "were you raised by wolves?"),
# "if I ever see that reporter..., she's dead" and "line them all up
# against a wall" as threats, and "should be run over" as "...killed"; 52
# reads "I'd happily strangle every last one of these politicians" as
# "...kill them all", "it is fine to attack immigrants" as "kill
# immigrants", and "is there anything more worthless than a disabled
# person?" as "disabled people are worthless?"; 53 reads as counter-speech
# "whoever thinks... needs to grow up", "people who call... are stuck in the
# past", "you don't get to call...", "was told that...", "nobody deserves
# to be called a 'dirty Jew'" (the people read as "person") and "I keep
# seeing '...' and I'm reporting every one"; 54 reads every word the
# fine-to-harm and due-harm patterns name ("it's alright to beat
# immigrants", "...needs to get shot"), which their first scans had missed;
# 55 reads violence the author means against someone as "kill" (harm.py:
# "I'm going to stab the next reporter", "I hope someone beats the living
# daylights out of you", "break your neck", "I want to see them dead"),
# more harm wished as a due ("burned alive", "shot at the border"), slurs in
# their other senses (homonyms.py: "faggots and peas", "our bitch had
# puppies"), contempt for things as dislike (things.py: "I hate Mondays",
# "this soup is disgusting"), "I'll shoot you a message" as "send", harm
# disowned ("I would never want to hurt anybody"), and quoted abuse met
# with "I walked out" or "it's awful that..." as counter-speech; 56 reads
# violence aimed later in a clause of intent ("I'll cave your skull in",
# "I hope a truck flattens you", "I will hurt you") as "kill", tropes of
# enmity, place and waste ("Jews have always been the enemy of decent
# people", "women should know their place", "...are a waste of taxpayers'
# money"), and as counter-speech a report judged by a bare verdict ("...called
# Jewish people rats. Disgraceful."), dismay after a quotation ("...and it
# horrifies me now"), "tired of people calling..." and "there's nothing
# funny about calling..."; 57 reads "you're a dead man" and "put that judge
# in a body bag" as threats, a threat reported as a charge ("charged with
# threatening to kill his neighbour") as "harm", "anything but stupid" as
# denied, and pets, "insane", "a waste of money" among contempt for things;
# 58 reads as threats "you'll be sorry when I get my hands on you", "I'm
# going to find you, and you'll regret it", "keep writing... and you will
# end up in a ditch", "I will make sure every immigrant suffers", "...is
# getting his head kicked in", "taught a lesson with a baseball bat", and a
# people called a sickness ("Jews are a virus") as a plague; 59 reads a
# verdict two frames both found once (it came out garbled: "people who call
# refugees vermin should be ashamed of themselves" was read as "...tall
# wrongwrong of themselves") and "ashamed of themselves" as one verdict;
# 60 reads "...and then he should hang" as "...should be killed"; 61 reads
# "a rope with your name on it", "better hope I never find out where you
# live" and "hung from the nearest tree" as threats, a people blamed for a
# place's decline, called confused or taking over everything as the
# derogation it is, and "nobody in this thread is a moron" as denied; 62
# reads as counter-speech what someone else is reported to have said
# ("my coworker said...", "kids are still called...", "fined for
# calling...") where its sentence or the next condemns it in any words
# ("I told HR", "they're wrong", "it's vile") and nothing endorses it; 63
# reads "you'll wake up one day with a knife in your back" and "give me
# five minutes alone with that judge" as threats; 64 takes "ignorant",
# "cruel", a walk-out, a resignation and "I speak up" as condemning what
# someone else said, "our pastor once said" and "people call" as reports,
# reads the peoples of a condemned quotation as "people" whatever its words,
# and lets two words describe the person violence is meant for ("strangle
# that smug presenter"); an order is a verb's base form ("beats the crap out
# of..." is none); 65 reads "if I find out who wrote this, they're going
# to regret it", "the next Muslim I see is getting a beating", "won't see
# another election, one way or another", "bring a friend, you'll need one"
# and "drag the councillor out of his house" as threats, "a burden on
# society" and "all look the same" as tropes, "a liar isn't one of them" and
# "far be it from me to call anyone stupid" as denials, and the naming
# itself ("Calling Mexicans 'rapists' was a disgrace") and a disgrace, a
# stare in disgust, "rightly" as counter-speech; 66 reads contempt for a
# policy ("the tax hike is ridiculous") as "bad", "despise", "can't bear"
# and "make my skin crawl" aimed at a people as hatred, pests said of a
# people as "vermin", "why are Mexicans so stupid?" and "they are all scum"
# after a people named as derogation, "your comment that... is racist",
# 'posting "..." should get you banned', "he said I was a loser" and
# "calling him an idiot doesn't help" as counter-speech, more threats told
# as what is coming ("we know where your daughter goes to school", "when we
# come for your kids", "one more article like this and you're dead", "I'm
# bringing my rifle to the council meeting", "burn every mosque", "...should
# be put against a wall", "I'll make you bleed"), "a fag" smoked and faggots
# burnt as themselves, and "if my team loses I will die" and "my mother
# will kill me" as dismay; 67 splits a run of words whose pieces are
# words of 200,000 uses or more ("transpeoplearerepulsive"), not only
# everyday ones; 68 reads violence the author says they would do ("I'd
# break every bone in his body"), "take a knife to that MP" and a place
# where people are blown up or burnt down ("someone needs to blow up that
# newspaper") as the killing it threatens; 69 reads a people denied every
# right ("immigrants deserve no rights") as "subhuman", a people that
# "repulse" the author as disgusting them, contempt for an institution or a
# public work ("this government is corrupt", "the new stadium is an
# eyesore") as "bad", a threat reported or condemned ("he threatened to kill
# me", "nobody should threaten to kill anyone") as "harm", "I'll make you
# regret this", "a bullet for every traitor" and "...rounded up and shot" as
# threats, "pa-ra-sites" whole, "you're not a failure" as a denial, "I
# don't think trans people are a danger to anyone" as one, and a people
# said to spread disease as a plague; 70 reads "tarred and feathered", "I
# hope your office burns down with you in it", "people like the author end
# up floating in the river", "see what happens to your newsroom", "I'm
# going to knock him out" (not "knock yourself out") and "the only good
# immigrant is a deported one" as the threats and derogation they are, a
# due harm someone was jailed for posting as reported, "over the top" as a
# verdict on naming, and contempt for a thing with where it is ("the
# traffic on the bypass is a nightmare") as "bad"; 71 reads "I'll find out
# where you live" as "I know where you live" is; 72 lifts IDENTITY_ATTACK
# to TOXICITY where a people is derogated one by one ("every Jew is a liar");
# 73 reads a right granted to a people ("gay people should be allowed to
# give blood") as a welcome, a life granted or lived ("free to live their
# lives", "live and let live", "black lives matter") as thriving, hatred of a
# people reproached, asked about or reported ("stop hating Muslims", "the
# gunman hated Jews") as neutral, a slip in a word that describes a people
# ("blakc people") as the word, and "ppl" as "people"; 74 answers a
# quotation in single quotes as one in double ("statements like 'Muslims are
# scum' are deeply hurtful"), reads a people wiped out or got rid of "once
# and for all" or wiped "off the map" as killed, a people whose lives "don't
# matter" or who are "not worth anything" as subhuman,
# "hating Jews says more about you" and "if you hate gay people, you are
# part of the problem" as hatred reproached, and hatred glued to its people
# ("I hateMuslims") as two words; 75 reads a denial typed without its
# apostrophe ("they dont deserve to live") as the denial it is, and
# "hating Sikhs won't fix anything", "people who hate Somalis need to get
# out more" and "why does this town hate Somalis?" as hatred reproached,
# and knows more peoples (Buddhists, atheists, Mormons, asylum seekers,
# queer people) wherever a reading asks whether a people is named: "we
# should get rid of Pakistanis for good" and "all asylum seekers should be
# eradicated" read as the killing they call for; 76 leaves a people "free
# to drown in the sea", "free to disappear" or "allowed to shut up" as
# written: no welcome (revision 73 read them as one, TOXICITY 0.06); 77
# leaves a grant taken back in its sentence ("...allowed to vote only if
# they pass a test", "...free to pray, in their own countries") as written;
# 78 no longer takes a thing of a people's for the people ("I hate women's
# football" lifted IDENTITY_ATTACK to its TOXICITY and was held); 79
# reads hatred of "every one of them", a people named before it in the
# sentence, as hatred of that people ("I've known plenty of Afghans and I
# despise every one of them" TOXICITY 0.12), "...lives just don't matter"
# as lives that don't, "anyone who hates Afghans should read..." as hatred
# reproached, and "gay men should be wiped out" as a killing asked for; 80
# reads a description of a person or a people made only of praise ("you
# are a good mother", "Muslims are so smart", "women are geniuses") as
# "appreciated", violence condemned ("rape is a horrific crime", "killing
# is always wrong", "war is hell") as harm called wrong, and a practice
# called a crime ("abortion is murder", "the death penalty is state
# murder", "taxation is theft") as called wrong; 81 reads a people denied
# any good ("Muslims are not good people", "women can never be good
# people") as worthless and one told it does not belong somewhere ("Black
# people don't belong in this neighborhood") as invaders; 82 reads "hating
# Nigerians is not a personality" as hatred reproached, slavery and ethnic
# cleansing condemned as violence condemned, and a condemnation "for this
# city" or "in every country" as one; 83 reads a role said plainly of the
# reader ("you are a mother", "you're a liberal", "are you a farmer?") as
# "a member", and a woman told to get back in the kitchen or make the
# author a sandwich as condescension; 84 reads harm foretold for someone
# nobody names ("that intersection is going to kill someone", "if they
# close the ER, people will die") as a risk, and "keep talking and
# someone will get hurt" as the threat it veils; 85 sends every comment
# that attacks a people (a people called a derogatory word, hated, a slur)
# to the encoder, gate or not ("Jews are greedy, always have been"
# TOXICITY 0.12, never read by it), and reads "women (like you) should be
# seen and not heard" as a trope, "I'd love to see you hit by a bus",
# "deal with that mayor, permanently" and "send them back in body bags"
# as the killing they wish, and "you will die, I promise" as a threat; 86
# reads a people said to smell, to spread viruses, and trans women called
# "men in dresses" as the tropes they are, "teach you some manners with a
# belt" as the beating it promises, and "people like you shouldn't be
# allowed to vote" as condescension; 87 reads prejudice condemned ("racism
# is still a problem", "hate has no home here", "transphobia kills") as
# "prejudice is wrong", and "stand against racism" as "...prejudice"; 88
# reads a contrast that denies ("refugees are people, not vermin", "he is a
# journalist, not a liar") as a denial; 89 reads threats to reporters in
# the words they get ("journalists like you will get what's coming", "we
# know your route", "...better start his car carefully", "write one more
# article like this and it'll be your last") as threats; 90 reads "that
# journalist is going to get hurt if she keeps digging", "I know where the
# editor parks" and "run that councilman off the road" as threats and
# "Mexicans smell and steal" as the trope it is; 91 leaves "deserves a
# bullet point" and "a bullet train" as written (read as "I will kill you");
# 92 reads "muzzie", "muzrat", "mudslime" and "pikey" as the slurs they are
# and "I'd love to see him swinging from a lamppost" as the lynching wished;
# harm wished as a due may come last ("should all be locked in a room and
# gassed", "deserves to be run down"), on anyone a sentence names by what
# they do ("any cyclist who runs a red light"); 93 reads hatred of how things
# are as dislike ("I hate how this town treats the elderly"), naming stopped
# with what to do instead ("stop calling people idiots and argue the point")
# and "not a nuisance" as condemnation and denial, "racism in football is a
# problem" and "hatred ... is rising" as prejudice called wrong, and
# "calling someone a Nazi for wanting lower taxes is absurd" as condemned,
# and "I'd pay good money to watch that councillor get beaten" as a wish to
# kill; 94 reads a low IQ said of the reader ("you possess an IQ of no
# higher than 20") as the put-down it is and "I'd rather see you getting
# lynched" as a wish to kill; 95 reads what the author is tired of hearing,
# what speakers are said to repeat as propaganda, and what someone paid for
# saying ("...and lost his job over it") as speech the author condemns, and
# no longer denies a word whose ban the author resents ("sick of people
# saying you should not call trans people trannies"); 96 reads violence on
# someone endorsed as an act ("shooting looters on sight is the only
# language they understand", "lynching him would be justice") as the call to
# kill it is; 97 reads stock phrases of harm ("what that reporter needs is a
# good beating", "give me five minutes alone with that paedophile", "nobody
# would miss her if she disappeared", "he had better watch himself", "a rope
# and a tree is all they deserve") as veiled threats, and harm the author
# would not mind ("I wouldn't shed a tear if someone ran him over") as a wish
# to kill; 98 leaves posters, banners and the like hung or shot as written
# ("hanging posters around town is the best way to..."); 99 reads a good
# beating as a threat only where a person needs it (a team's is a defeat);
# 100 reads an endorsed act with its particle after whom ("running those
# marchers over would be...") or on a place where people are ("burning down
# their mosques is the only answer"); 101 reads a people denied a virtue as
# having the vice ("Mexicans are not honest" as "...are liars", "no Jew has
# ever been trustworthy", "not capable of" as "incapable of"), denied worth
# or respect ("of no value to society", "don't deserve any respect"),
# hated as a superlative ("nothing
# disgusts me more than lesbians") or as filling the author with rage, and
# called a derogatory word as "every one of them" after being named; more
# peoples by name; a thing named by two nouns ("the app update"), "what a
# pathetic excuse for a budget", statements and leadership criticised as
# things; "when you call Mexicans rapists, you are spreading hate" as
# counter-speech; "drown that reporter" as the call to kill it is; hatred
# of "every Hindu" as of the people; "you're too thick to understand the
# article" whole as the put-down it is (the object was left dangling); 102
# reads speakers opposed ("we must stand up to anyone who says gay people are
# sick") or wearying ("I'm tired of people pretending that Muslims are all
# terrorists") as counter-speech, "should disappear, permanently" said of
# someone and "will pay for this with his blood" as threats, and hatred of a
# people with a swear word in it ("I fucking hate Mexicans"); 103 reads
# what someone wrote about a people, judged ("what you wrote about Roma
# people is disgusting"), as a verdict on speech, a people called "shit" as
# derogated, and "you'll pay for this with your life" whole; 104 reads
# harm promised in the passive ("will get his throat cut", "needs to be
# taken out", "should be burned out of their homes"), "gets a bullet",
# "people like you end up in ditches", a visit with baseball bats and
# knowing where the editor's kids go to school as threats; "Jews only care
# about money" as the greed trope; a people called a disgrace as derogated,
# and so "every Arab I've ever met was a liar" and "..., they are perverts"
# after a clause that named a people; "he's a dead man" as a threat; 105
# takes death called for against a whole people ("immigrants deserve to
# die", "refugees should be shot at the border", "I'm going to stab every
# Arab I see") as an attack on them: IDENTITY_ATTACK at least TOXICITY;
# 106 reads harm to a body promised in the present ("I'm breaking your
# jaw"), an act begun on someone after a call ("time to start killing
# these gays"), a bomb due to a place, "beaten bloody" as due, told to leave
# "before we make them", a people ranked with apes rather than humans, kept
# behind a fence or in ghettos, sent back to picking cotton or kept from
# children, called "the most revolting" of peoples, and hate speech "like"
# a quotation judged, as what each is; "killing time" as passing it. (No
# reading of the training, development or held-out texts changed, so the
# cascade was not refitted and every figure stands.) 107 reads a jaw wired
# shut ("you'll be eating through a straw"), arson foretold ("keep it up and
# your car might catch fire one night"), paying "in blood", a firing squad
# ("line the Muslims up against a wall") and protesters run over as threats
# (again no reading of those texts changed). 108 reads counter-speech in
# five more forms as such: abuse condemned by the harm it does ("telling a
# trans kid they are a freak can destroy their life"), "I'm sick of reading
# that...", "don't let anyone tell you...", "it is shameful that a
# councillor called...", "jokes about women being stupid aren't funny"
# (again no reading of those texts changed). 109 reads a machine called
# stupid ("I hate this stupid parking meter": INSULT 1.00) as "bad" and "even
# a toddler could write a better argument than you" as the insult it is
# (again no reading of those texts changed). 110 reads "the death penalty"
# argued over as "capital punishment" ("the death penalty deters crime"
# TOXICITY 0.67, "capital punishment is justice" 0.03: both sides alike;
# not "...deserves the death penalty"), state punishment condemned ("the
# death penalty is barbaric") as harm called wrong, "making a killing" as
# "making a fortune", and a game played "like garbage" as played like a
# bad team. Five readings of training rows changed, none of a development
# or held-out one (which the cascade is fitted and measured on; the stages
# are trained on the text as written), so the cascade was not refitted: a
# refit on this session's VNNI machine moved only what that CPU moves.
# 111 reads a visit promised for one more article ("print one more lie and
# we'll pay your office a visit"), a house wished burnt with its owner in it
# and "it'll be your last week alive" as threats (no corpus reading changed).
# 112 reads harm asked about ("how would you like it if someone set your car
# on fire?", "what if someone followed you home one night?"), "if I were you
# I'd start looking over my shoulder", others gone "for writing less than
# you" and courage mocked before a visit ("you won't be so brave when we're
# at your door") as threats, and "I'd explain it to you but I don't have any
# crayons" and "...if you had a brain" as insults (one training template's
# reading changed, no development or held-out one: not refitted). 113 reads
# "a shame if your printing press had an accident" and a family named, then
# "be a shame if anything happened", as threats (no corpus reading changed).
# 114 reads a people reported the most hated ("Muslims are the most hated
# group in America" TOXICITY 0.78) as the most targeted (no corpus reading
# changed). 115 changes spans only: a highlight covers the whole masked word
# ("f&ck", "F@#k", "****hole", where it covered "ck", "k", "hole") and never
# starts or ends with white space; no score moved, and the card's figures
# were measured again (`train-encoder --measure-only`), not refitted.
# 116 reads violence forbidden or disowned ("no one should hurt them", "we
# must never harm refugees", "no woman deserves a beating") as "harm is
# wrong", and no longer reads a denied due ("no child deserves to be
# beaten") as a threat; a remedy said as violence ("the right thing to do is
# to exterminate...") as the call it is; "open borders", "border wall",
# "affirmative action" and "sanctuary cities" as the policy stand-in, and
# contempt for that stand-in as for any policy; hatred as "nothing makes me
# angrier than seeing..." a people; a people denied a virtue beside others
# ("women will never be as intelligent as men"); "ignorance" and
# "prejudice" as verdicts on naming; "shoot the messenger" as "blame";
# "spotted dick" as a pudding; "beat around the bush" not as a president.
# Readings of 13 development rows changed (of 7,000): the cascade was not
# refitted, and every figure was measured again. 117 reads leaving in a body
# bag, or in an ambulance for coming near ("any Hindu who comes near my shop
# will leave in an ambulance"), as threats, and contempt for a deficit, a
# debt or spending, or foretold for a plan ("would be a disaster"), as for
# any policy (no corpus reading changed). 118 reads derogatory words said
# without a verb of a people the sentence before named ("...Filipinos. Lazy
# and dishonest, every one of them.") as "they are all lazy and dishonest",
# and "you know what happens to snitches" and "someone is going to show up
# at your door" as threats (no corpus reading changed). 119 no longer reads
# a question that asks the reader to agree ("don't you think Hindus are a
# bit primitive?") as a denial, and reads "we know which car is yours" and
# a bodyguard advised ("your editor might want to hire a bodyguard") as
# threats (no corpus reading changed). 120 reads hatred on sight of "gay
# men" or "Somali women" as of any people (118 took "men" for a word of
# what was done to them; no corpus reading changed). 121 reads derogatory
# words without a verb after a question about a people ("Did you see the
# Somalis moving in next door? Filthy people.") as said of them (not after
# one about those who do something to them; no corpus reading changed).
# 122 reads name-calling for a slow mind the stages knew only said to the
# reader ("cretin", "dimwit", "knuckle-dragger" as "idiot"; "brainless",
# "dim-witted", "brain-dead" as "stupid", not as the clinic says it), "are
# you always this dense or is today special?", "imagine being this
# clueless" and "you couldn't find your way out of a paper bag" as
# condescension, and ruin foretold from letting one of a people in ("hire
# a woman and watch the department fall apart") as "women ruin everything"
# (readings of 133 corpus texts changed, 6 of the development slice). 123
# reads one household named for its people ("a Muslim family moved in next
# door. Filthy people, all of them.") as that people, and "X people, all of
# them" as the fragment "X, all of them" (no corpus reading changed). 124
# reads "mongoloid" as the slur for the disabled it mostly is, and as threats
# "we will make them pay in blood", "people like this mayor end up in
# ditches" and "I'd love five minutes alone with that senator"; "did you come
# up with that all by yourself?" as condescension (readings of 10 corpus
# texts changed, none of the development slice). 125 reads deportation
# argued over as law as removal (`commentdesk.scoring.deportation`: "illegal
# immigrants should be deported" TOXICITY 0.81 -> 0.09, "deporting children
# who grew up here is heartless" 0.55 -> 0.19; not "Muslims should be
# deported"), and a policy foretold to kill those it touches ("abortion bans
# will kill women") as "endanger" (readings of 156 corpus texts changed, 12
# of the development slice). 126 reads a listed word whose double letter
# the author stretched ("fooooool", which normalisation reads "fol") with
# the letter doubled, and a comment run together whose pieces include a
# rare insult read as meant ("onlyabrainlessfool...") as its words (readings
# of 3 corpus texts changed, 1 of the development slice). 127 reads
# "brain-damaged" as "stupid" where the clinic does not say it, and "nobody
# with half a brain would write that" as condescension (no corpus reading
# changed). 128 reads the antisemites' echo ("the (((globalists)))") as
# "jews", a people "behind everything" as parasites, "keep your gay agenda
# away from our kids" as the danger to children it alleges, "being gay is a
# disease" as the people called mentally ill, "groomers" said of a people as
# "pedophiles", and derogation given as the reason for what a people do
# ("...because they are too stupid") as said of them (readings of 4 corpus
# texts changed, none of the development slice). 129 reads as threats
# "it would be a shame if something happened to your printing press" (the
# whole of it), "see what happens to your windows", "one day you'll open
# your door and we'll be standing there", a bullet with the mayor's name on
# it, "enjoy your kids while you still can", acid wished on a face, and a
# fall wished on someone named ("wouldn't it be nice if that senator fell
# down a flight of stairs") (no corpus reading changed). 130 scores a
# comment's hottest sentence on its own where the linear stage finds it
# much hotter than the whole, and gives it a quarter of each attribute's
# logit (`scorer.HOT_GAP`): abuse in one sentence of a long comment is no
# longer diluted by the rest (held-out Jigsaw TOXICITY 0.9752 -> 0.9773).
# 131 picks that sentence by its heat on INSULT, THREAT and IDENTITY_ATTACK
# too (development slices: mean ROC-AUC +0.0022 against +0.0018, none
# below; held-out within 0.001). 132 reads "I'll be waiting for him outside
# his house" as a threat (not "...to pick you up"; no corpus reading changed).
# 133 lifts IDENTITY_ATTACK to TOXICITY for a comment that attacks a people
# after the hot sentence is blended in, not before (3 of 363 such held-out
# and development comments had IDENTITY_ATTACK under TOXICITY, by up to 0.04).
# 134 reads more condescension from a fresh probe ("off your meds again, are
# we?", "reading comprehension isn't your strong suit", "you belong in a
# padded cell", "as sharp as a bowling ball", "two brain cells fighting for
# third place", "go back to school and try again when you can write"), a
# keyboard warrior or a tough guy hiding behind a screen as "coward", one
# posting from his mother's basement as "loser", "sad little man" closing a
# sentence as "idiot", and "dopey", "dullard", "dunderhead", "meathead" and
# the like as the common insult (readings of 30 corpus texts changed, 2 of
# the development slice).
# 135 reads threats from a second fresh probe (care advised a reporter named
# at the sentence's end, company promised, arson as a pity, "people like you
# tend to have accidents"; not "watch your back when lifting"), the
# replacement conspiracy endorsed as "immigrants are invaders" (not where it
# is called a myth or reported), and an offender the courts are asked to
# punish ("gang members who kill should never be released from prison"
# TOXICITY 0.93 -> 0.29) as "who commit crimes" (readings of 1 corpus text
# changed, not of the development slice).
# 136 keeps a threat in one sentence of a long comment from being diluted
# (THREAT takes three quarters of the hot sentence's logit, not a quarter:
# "...next month. Someone should shoot the mayor." THREAT 0.54 -> 0.86), and
# finds the sentence that attacks a people in a comment that does, which the
# linear stage cannot ("...on balance. Immigrants are vermin." IDENTITY_ATTACK
# 0.22 -> 0.61; `scorer.THREAT_SHARE`, `scorer.ATTACK_SHARE`).
# 137 reads from a third fresh probe: "hey genius," opening a sentence as
# "idiot", a reader's birth regretted ("your mother should have kept her
# legs closed") as "you are worthless", a writer called a hack as a fraud,
# "spoken like someone who has never worked a day in their life" as
# condescension, and a rope brought to the mayor's house as a threat
# (readings of 3 corpus texts changed, none of the development slice).
# 138 reads pictographs of abuse as the words they picture
# (`commentdesk.scoring.pictographs`: "Black people are 🐒🐒🐒" TOXICITY 0.14
# -> 0.96; not "the zoo's new monkeys 🐒") and "kys" as "kill yourself"
# (readings of 67 corpus texts changed, most of them tweets).
# 139 reads a city, an economy or a budget "held hostage" as "held back"
# ("the union is holding the city hostage with this strike" TOXICITY 0.61 ->
# 0.16), contempt for roads, lanes, pipelines and airports as for other
# public works ("the mayor's bike lanes are a disaster" 0.69 -> 0.10), and
# leaves "🙈" (embarrassment, not a monkey) and a pictograph's skin tone
# unread (readings of 14 corpus texts changed, all pictographs).
# 140 reads damage a thing does, in violent words, as an effect
# (`commentdesk.scoring.damage`: "Fossil fuels are destroying the planet"
# TOXICITY 0.89 -> 0.46, "Wind farms are slaughtering birds..." 0.73 ->
# 0.03), and offenders the courts are asked to punish as offenders
# (`commentdesk.scoring.sentencing`: "Rapists should face life imprisonment"
# 0.85, "Serial killers deserve to be executed" 1.00, read as a threat);
# readings of 23 corpus texts changed.
# 141 lets people by their trade, in the plural, do a thing's damage
# ("payday lenders are bleeding poor families dry" 0.72 -> 0.09; not a
# people, nor one person: "this user is ruining the article"), reads
# "cuts to the health service are killing patients" (a subject with "to"),
# and asks punishment of corrupt officials and for time served or charges
# ("corrupt officials should go to jail" 0.89; readings of 28 corpus texts
# changed in all, 5 more than 140's).
# 142 reads "wiping out" done by a thing as "affecting" too ("illegal
# loggers are wiping out the rainforest" TOXICITY 0.95, held by the default
# policy; not "Muslims are wiping out Europe").
# 143 reads nine put-downs from a fresh probe as the insult they are
# (`commentdesk.scoring.condescension`: "you have the intellectual depth of
# a puddle" INSULT 0.25, "I've seen smarter arguments on a cereal box" 0.09,
# "you're about as useful as a screen door on a submarine" 0.14); the probe's
# put-downs at INSULT 0.5 went 14 -> 22 of 30 (its 15 civil replies stay
# under); readings of 1 corpus text changed.
# 144 reads eleven more veiled threats from a fresh probe as threats
# (`commentdesk.scoring.veiled`: "someone should torch that refinery with the
# owners inside" TOXICITY 0.16, "your family's address isn't hard to find"
# 0.15, "I'm coming round with a bat" THREAT 0.35); the probe's threats at
# TOXICITY 0.5 went 15 -> 25 of 25, its 15 civil twins stay under; readings
# of 1 corpus text changed (a template's "I'm coming to your office with a
# gun").
# 145 looks for the readings of 140-144 by narrower cues (each short cue
# lengthened every comment's cue scan), and no longer names vandals as
# offenders (Wikipedia's talk pages use the word of editors); no corpus
# text reads differently.
# 146 reads coercion by a state condemned as harm called wrong
# (`commentdesk.scoring.wrongs`: "Deporting families who have lived here for
# decades is inhumane" TOXICITY 0.73, "Forcing women to give birth is
# state-sanctioned cruelty" 0.55; not "letting them in is a disgrace");
# readings of 1 corpus text changed.
# 147 reads harm wished as due on offenders named by their offence as
# killing ("Fentanyl dealers should be shot on sight" TOXICITY 0.33,
# missed in a blind probe of this session; "...castrated with a rusty knife";
# not "chemically castrated"); no corpus text reads differently.
# 148 leaves damage said of the words that stand for a people in the talk of
# those who hate it as written ("Islamic culture is destroying Europe",
# "third world immigration...", "diversity...", "gender ideology...", which
# 140 read as "affecting").
# 149 lets a clause after "and" be tried where the one before it fails
# ("this is appalling and it is destroying this country" TOXICITY 0.92, a
# comment on the shared example page: the subject no longer reaches back
# over "and" or "is"); readings of 2 more corpus texts changed.
# 150: from a fresh probe (2026-12-07 15:00 UTC): a person to be set on
# fire ("this reporter should be fired and then set on fire" THREAT 0.35),
# choking wished ("hope you choke on your latte"), a death wished in the
# third person ("I hope he dies" 0.31, where "...they die" scored 0.82),
# death urged as a favour ("do the world a favour and stop breathing"), and
# every crime laid on a people ("Blacks commit all the crime"); readings of
# 7 corpus texts changed.
# 151: a second fresh probe: hanging from lampposts asked for ("...should
# hang from lampposts" read as "killed from lampposts", THREAT 0.51), a
# judge told to have good security after a ruling, and a people said to
# want only handouts, to cheat everyone or all to sell drugs; readings of
# no corpus text changed.
# 152: safety wished in the words of harm denied ("I hope no one gets
# killed at that junction" THREAT 0.47, "hope she doesn't die out there in
# the cold" TOXICITY 0.65), read as "at risk" or "stay safe"; the reader
# who wrote it was nudged (commentdesk.scoring.dangers); readings of no
# corpus text changed.
# 153: "you'd better hire some bodyguards" read whole ("youi will hurt you"
# was read before: the match began at "'d"), and "protection" alone no
# longer a threat's word ("you'd better get some protection, it's going to
# pour"); readings of no corpus text changed.
# 154: from a blind probe (30 of its 40 right at revision 153, as at 149):
# the author running someone over ("I'd happily run that protester over"),
# leaving on a stretcher after "if I see...", a reporter's children's school
# named "just saying", a people called a fifth column, "Jewish bankers" as
# a people ("...are behind this crash, as always"); readings of no corpus
# text changed.
# 155: a people said to come here to rob and rape read as "thieves and
# criminals" (so its denial, "it's a lie that immigrants come here to rob
# and rape", TOXICITY 0.91, is read as one: 0.02) or to sponge as
# "parasites"; this session's crime tropes say "thieves and criminals" too
# ("immigrants are criminals" alone is what "illegal immigrants" are argued
# to be: 0.68); readings of no corpus text changed.
# 156: from a second blind probe (34 of 40 right at 155): weapons and graves
# pictured ("🔪🔪 see you soon, journo"), "I will find you." said alone, a
# lynching needed ("y'all need a good old-fashioned lynching"), a people
# called a primitive people or said to understand only the sword; readings
# of 4 corpus texts changed (emoji beside the word they picture).
# 157: from a third blind probe (31 of 40 right at 156, policy 34): people
# sent to the gas chambers, the ovens or death camps ("Send every last one of
# them to the gas chambers" TOXICITY 0.47), read as "kill them all"; not
# camps alone; readings of no corpus text changed.
# 158: harm counted of those it befalls ("Men are twice as likely as women
# to die by suicide" TOXICITY 0.92, "transgender people are murdered at
# alarming rates"), read as "at risk" (commentdesk.scoring.dangers); never
# what a people is said to do; readings of 1 corpus text changed.
# 159: from a fourth blind probe (29 of 40 right at 158, policy 31): regret
# promised for the writing ("You'll be sorry you wrote this"), a person to be
# found in a ditch, pushed off a bridge by the author, "just women nobody
# wanted"; referees, protesters, cyclists and drivers are persons to the
# threat readings; readings of no corpus text changed.
# 160: from a fifth blind probe, threats to politicians (27 of 40 right at
# 159, policy 30): arms taken up if someone wins, a plane wished down, a head
# on a spike, "ballots or bullets, your choice", a visit urged after an
# address; readings of no corpus text changed.
# 161: from a sixth blind probe, misogyny (33 of 40 right at 160, policy
# 31): rape threatened as a lesson ("...shows her what a real man is, in a
# dark alley"), a woman put in her place by force; readings of no corpus
# text changed.
# 162: from a seventh blind probe (37 of 40 right at 161, policy 34): the
# moderator told "I know who you are and where you work", and "delete my
# comment again and you'll regret it"; readings of no corpus text changed.
# 163: the cheap scan before the tropes now admits every form this
# session's crime tropes read ("Gypsies all rob everyone", "Blacks commit all
# crimes", "...women no man wanted" were passed over); readings of 1 corpus
# text changed ("blacks commit all crime at...").
# 164: the same for the threat readings: a craft wished down after a name
# ("hope Mary's plane goes down"), a head "on the spike", put in her place
# "with a belt" were passed over by the cheap scan; readings of no corpus
# text changed.
# 165: from four blind probes (threats to politicians, misogyny, peoples
# derogated, insults to the reader; scorer 64 of 80 attacks right at 164,
# policy 57): a visit "she won't forget", lying in wait "with something for
# him", "I'd kick his teeth in", "something to cry about", dragged out and
# dealt with, a guillotine that would sort out a cabinet, harm wished through
# indifference ("wouldn't shed a tear if someone torched..."), care advised
# "just saying", guards kept close, a school found out, a stretcher made sure
# of; "females" a people, "biologically inferior", "just aren't as
# intelligent", women as property, "the only good X is one at the bottom of
# the sea", "a waste of oxygen like you", "back where they crawled from";
# an argument, a claim or an analogy called ridiculous is argued with as a
# plan is, and "that's a ridiculous plan" is read at last (the apostrophe
# was missed); readings of 11 corpus texts changed.
# 166: from a blind probe of the functional categories (scorer 36 of 40
# right at 165): a "go back..." inside condemned speech read as "leave"
# ('posting "go back to Africa" under a story... is disgusting racism'
# SEVERE_TOXICITY 0.86 -> 0.46), speech judged as "the kind of rhetoric that
# gets people hurt", a person called "you animal" or denied being human;
# readings of no corpus text changed.
# 167: the cheap scan before condescension's put-downs now admits "nobody
# with a functioning brain / one brain cell would..." (only "half a brain"
# was a cue), found by a new test that reads the realistic comments, the
# functional suite and the templates with every cue gate open; readings of
# no corpus text changed (none of 100,156 reads differently with the gates
# open either).
# 168: from two blind probes of crime, religion and gender threads (scorer
# 34 of 40 attacks right at 167): killing on sight ordered, a throat to be
# cut, violence wished ("I hope the rapist's daughter gets raped"; not
# "...gets killed off next season"), a bomb placed in a mosque, "whoever
# reported this should be next", a people called "the children of Satan";
# readings of 3 corpus texts changed (each a threat: "I'd kill her on
# sight", "I hope you get raped", "...get shot in the face"); a character
# "killed off" in a season or a story is read as written out ("I hope he
# gets killed off in the next season" THREAT 0.82, which the default policy
# held; one more corpus text: "KILL OFF those insipid halftime shows").
# 169: from a blind probe of disguised abuse and civil figures of speech
# (scorer 37 of 40 right at 168): "ur" as "your" before a body part
# ("i'll sl1t ur thr0at" THREAT 0.54 -> 0.92), a people said to control
# everything ("Jewz control everything" TOXICITY 0.60 -> 0.98; not "my wife
# controls everything in this house"); readings of 1 corpus text changed
# ("I hope someone breaks ur legs!").
# 170: the scorer's misses among the probes' attacks that the default policy
# held: "Hitler should have finished the job" (SEVERE_TOXICITY 0.28, read as
# "all jews should be killed"), "lesbians just need a good man to fix them"
# (TOXICITY 0.12, as "...are mentally ill"), "you people are a stain on this
# country" (IDENTITY_ATTACK 0.55, as "you are vermin"); readings of no corpus
# text changed.
# 171: a second read of this session's patterns narrowed five of them:
# killing "on sight" only of people named by a pronoun ("kill any bindweed
# on sight" is gardening), violence wished not as a defeat ("I hope they get
# killed at the polls"), a bomb put only as urged or promised ("police said
# someone had put a bomb in the car" reports), lying in wait only outside and
# for someone else ("...waiting for you at the station with something
# special" is a surprise), "a waste of skin" not before "cream"; "objects"
# is no longer read of a people ("women are objects in these adverts").
# 172: from a blind probe of local news and sport (scorer 17 of 20 attacks
# right at 171, policy 10): tyres doomed on a car known, a brick wished
# through a window, people to be run off the road, a home wished ablaze or
# to be burnt down, a slap promised on sight, not walking out next time; one
# of a people called a derogatory word "like all of them" read as said of
# them all, "the rest of his kind"; readings of 3 corpus texts changed ("I
# will burn your house down", each a threat).
# 173: from a blind probe of long comments with the abuse in one sentence
# (scorer 14 of 20 attacks right at 172, policy 13): hanging and where from
# ("...should be strung up from the town hall balcony" TOXICITY 0.22, read
# as "...killed from the town hall balcony" before), "needs a bullet" (not
# "...a bullet point"), "welcome to a bullet", harm to the reader's daughter
# "I'll make sure of", someone urged to find out where a reporter lives,
# arson ordered of what was just named ("Better yet, burn them all to the
# ground"); readings of 5 corpus texts changed ("should be hung for
# treason", "...hung from the nearest light post").
# 174: fallibility forgiven, "you're only human" (TOXICITY 0.85), read as
# the plain "a member"; readings of no corpus text changed.
# 175: a run of words spaced out letter by letter ("I hope you g e t c a n c e
# r", TOXICITY 0.38) read as the words it runs together, "get cancer";
# readings of 4 corpus texts changed ("n e g r o c o c k s i n h e l l").
# 176: from two blind probes (health, schools and housing threads): a death
# wished on a nurse, a student, a landlord... ("I hope the nurse dies",
# TOXICITY 0.31; whom the readings know as persons now include such roles),
# and after what they did ("...who wrote this catches something nasty and
# dies"); windows named, then "be a shame if they all got broken"; "I'd
# happily pull the plug on every Tory in intensive care"; a piece of
# journalism, writing or reporting read as the article it is ("what a lazy
# piece of journalism" INSULT 0.81, as "piece of shit"), of legislation as a
# bill, of research as a study; readings of 4 corpus texts changed, each
# such a piece.
# 177: from two blind probes (sport and entertainment; climate, transport
# and the courts): bones deserved broken ("...deserves to have his legs
# broken"), a river hoped to sweep a people away, a reporter's street posted
# with "just putting it out there", a weapon brought "next time the
# protesters block my road", "I'll knock the next one off his bike", "hope
# the plane carrying the team crashes", "if the chairman shows up... he'll
# leave in an ambulance", "should have gassed the lot"; readings of no
# corpus text changed.
# 178: from two blind probes (faith and conflict threads; replies to readers):
# clergy, owners, captains among whom the readings know as persons ("the imam
# should be beheaded" TOXICITY 0.32, as "...should be killed"); a reader's
# family found, then "would be a shame"; a reader reported to their employer
# and dared ("then we'll see how brave you are"); "let Gaza burn, every last
# one of them"; readings of no corpus text changed.
# 179: from a blind probe of crime and immigration threads: "the only good
# asylum seeker is one at the bottom of the Channel" (the people in two
# words), a place where people are set on fire by the author ("I'd set the
# asylum hotel on fire myself"), boats sunk with people on them ("send them
# back in boats and sink the boats"); readings of no corpus text changed.
# 180: "dindu", a slur for Black people ("another dindu nuffin story"
# TOXICITY 0.22), read as the rare slurs are; readings of 1 corpus text
# changed (a satirical list of such words).
# 181: from a blind probe of election threads: "do to that MP what happened
# to Jo Cox", illness wished on someone's children ("I hope the chancellor's
# kids get cancer"), where a councillor drinks known "just saying", a rifle
# bought against an election result "you've been warned"; readings of no
# corpus text changed.
# 182: harm deserved to a body ("...deserves to have his legs broken") read
# by the entry that reads it promised ("you'll get your legs broken"), its
# twin of revision 177 removed; "deserves to have his throat cut" is read
# now, "...his fingers cut off" no longer; readings of no corpus text or
# probe changed.
# 183: from three blind probes of sport, court, crime and local threads
# (veiled, condescension, hyperbole): a beating or a blow given as someone's
# due, told to watch himself walking home, a visit to teach manners, a
# family burned out, a building burned with them in it, waiting outside for
# someone who "won't walk away", a boat sunk with them on it, blood on the
# streets with the author first, a long drop and a short rope, not worth the
# bullet, what's coming hoped for a reporter; "you're so thick", "you sound
# like a ... cat lady", "you absolute weapon", "you couldn't organise a bake
# sale", "nobody will miss you when you're gone"; services and sectors
# killed by a budget and "getting away with murder" as plain words.
# 184: from a blind probe of arts, schools, business and local threads
# (veiled): crippling promised ("make sure he can't walk for a month"), a
# family made to watch "what happens to their dad", "go jump in the canal
# and do us all a favour", people "put down" (a person named before it, as
# in every due harm; not the dog).
# 185: from a blind probe of American news threads (veiled): a killing
# asked as a favour ("do the world a favor and take out the judge"; not the
# trash), a weapon brought to a meeting ("I'll be at the school board
# meeting with my AR"); readings of no corpus text changed.
# 186: from a blind probe of faith, sport and local threads (veiled): a
# relative's walk home alone regretted where the sentence ends, a family to
# pay for what the reader wrote (not for the meal); readings of no corpus
# text changed.
SCORING_REVISION = 186


@dataclass
class LinearModel:
    """Per-attribute logistic regression on shared TF-IDF features, Platt-calibrated.

    ``coef`` is (n_features, n_attributes); ``platt`` is (n_attributes, 2), the
    slope and offset mapping a raw decision value to a calibrated logit.
    ``span_terms``/``span_weights`` hold the token lexicon used for spans.
    """

    featurizer: Featurizer
    coef: np.ndarray
    intercept: np.ndarray
    platt: np.ndarray
    span_terms: list[str] = field(default_factory=list)
    span_weights: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), np.float32))
    span_params: dict[str, float] = field(default_factory=dict)
    span_attributes: list[str] = field(default_factory=list)
    attributes: tuple[str, ...] = ATTRIBUTES
    meta: dict[str, object] = field(default_factory=dict)
    # An insult, threat or identity attack is toxic by definition, so an
    # attribute is never scored below the attributes it implies it from.
    implies: dict[str, list[str]] = field(default_factory=dict)

    def decision(self, features: sp.csr_matrix) -> np.ndarray:
        return np.asarray(features @ self.coef) + self.intercept[np.newaxis, :]

    def calibrate(self, decision: np.ndarray) -> np.ndarray:
        logits = decision * self.platt[np.newaxis, :, 0] + self.platt[np.newaxis, :, 1]
        return 1.0 / (1.0 + np.exp(-np.clip(logits, -30.0, 30.0)))

    def predict_proba(self, features: sp.csr_matrix) -> np.ndarray:
        return self.predict_heads(features)[1]

    def predict_heads(self, features: sp.csr_matrix) -> tuple[np.ndarray, np.ndarray]:
        """Each head's own calibrated probability, and the same after `implies`."""
        own = self.calibrate(self.decision(features))
        return own, self.apply_implies(own.copy())

    def apply_implies(self, probs: np.ndarray) -> np.ndarray:
        for target, sources in self.implies.items():
            col = self.attributes.index(target)
            for source in sources:
                probs[:, col] = np.maximum(probs[:, col], probs[:, self.attributes.index(source)])
        return probs

    def span_lexicon(self) -> SpanLexicon:
        """The stored word lexicon with its tuned highlight rule."""
        return SpanLexicon(
            attributes=list(self.span_attributes),
            index={t: i for i, t in enumerate(self.span_terms)},
            weights=self.span_weights,
            thresholds={
                a: float(self.span_params.get(f"threshold.{a}", 0.5)) for a in self.span_attributes
            },
            relative={
                a: float(self.span_params.get(f"relative.{a}", 0.0)) for a in self.span_attributes
            },
            floor=float(self.span_params.get("floor", 0.1)),
        )

    def save(self, directory: Path) -> str:
        """Write the model files and return the version they hash to."""
        directory.mkdir(parents=True, exist_ok=True)
        vocab = {
            "attributes": list(self.attributes),
            "word_terms": self.featurizer.word_terms,
            "span_terms": self.span_terms,
            "span_attributes": self.span_attributes,
            "span_params": self.span_params,
            "meta": self.meta,
            "implies": self.implies,
        }
        (directory / VOCAB_FILE).write_text(
            json.dumps(vocab, ensure_ascii=False, sort_keys=True), encoding="utf-8"
        )
        # Written by hand (not savez_compressed) to keep bytes, hence the
        # version hash, identical across runs: zip entries carry timestamps.
        _save_npz(
            directory / WEIGHTS_FILE,
            word_idf=self.featurizer.word_idf.astype(np.float32),
            char_idf=self.featurizer.char_idf.astype(np.float32),
            char_buckets=self.featurizer.char_buckets.astype(np.int32),
            coef=self.coef.astype(np.float32),
            intercept=self.intercept.astype(np.float32),
            platt=self.platt.astype(np.float32),
            span_weights=self.span_weights.astype(np.float32),
        )
        return model_version(directory)

    @classmethod
    def load(cls, directory: Path) -> LinearModel:
        vocab = json.loads((directory / VOCAB_FILE).read_text(encoding="utf-8"))
        with np.load(directory / WEIGHTS_FILE, allow_pickle=False) as arrays:
            data = {k: arrays[k] for k in arrays.files}
        featurizer = Featurizer(
            word_terms=vocab["word_terms"],
            word_idf=data["word_idf"],
            char_buckets=data["char_buckets"],
            char_idf=data["char_idf"],
        )
        return cls(
            featurizer=featurizer,
            coef=data["coef"],
            intercept=data["intercept"],
            platt=data["platt"],
            span_terms=vocab["span_terms"],
            span_weights=data["span_weights"],
            span_params=vocab["span_params"],
            span_attributes=vocab["span_attributes"],
            attributes=tuple(vocab["attributes"]),
            meta=vocab["meta"],
            implies=vocab.get("implies", {}),
        )


def model_version(directory: Path, stages: str = "cascade") -> str:
    """A prefix plus the first 12 hex digits of the SHA-256 over the model files
    and `SCORING_REVISION`.

    ``cd-lin-`` for the linear stage alone, ``cd-cas-`` when the encoder
    stage is present (its files are hashed too) and reads what the gate sends
    it, ``cd-full-`` when it reads every comment (same files, other scores).
    """
    from commentdesk.scoring.encoder import ENCODER_FILES

    digest = hashlib.sha256(f"scoring revision {SCORING_REVISION}\n".encode())
    names = list(MODEL_FILES)
    second = stages != "linear" and all((directory / name).exists() for name in ENCODER_FILES)
    if second:
        names += ENCODER_FILES
    for name in names:
        digest.update(name.encode())
        digest.update((directory / name).read_bytes())
    prefix = ("cd-full-" if stages == "full" else "cd-cas-") if second else "cd-lin-"
    return prefix + digest.hexdigest()[:12]


def _save_npz(path: Path, **arrays: np.ndarray) -> None:
    import io
    import zipfile

    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name in sorted(arrays):
            buf = io.BytesIO()
            np.lib.format.write_array(buf, np.ascontiguousarray(arrays[name]), allow_pickle=False)
            info = zipfile.ZipInfo(name + ".npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, buf.getvalue())
