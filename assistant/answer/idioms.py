"""News idioms in the plain words the stance model knows.

The model is small and reads many of the idioms news is written in as saying nothing, or the opposite:
"Westfield Rovers were beaten in the cup final" supported "Did Westfield Rovers win the cup final?" at
0.99, "Developers have shelved plans to build the marina" supported "Will the marina be built?" (0.91),
and "…stepped down on Friday", "…got the go-ahead", "…went into administration", "prices soared" said
neither to "Did the head teacher resign?", "Has it been approved?", "Did it collapse?", "Did prices rise?"
(0.00-0.14); "called off" on one side and "cancelled" on the other were read as opposites ("The Fenmoor
peace talks have been canceled" refuted "Have the Fenmoor peace talks been called off?" at 0.96). Both
the claim and the sentence are read with each idiom in its plain words ("were beaten in" as "lost in",
"shelved" as "dropped", "called off" as "cancelled"); the quote keeps the article's own. Only idioms
with one meaning in news are listed: "quit" (smoking), "fired" (shots), "beaten by" (an assault) are
not, nor the base forms of "soared", "plunged"… that are nouns too ("the rocket being fired" was read as
"the rise"). The same event told in other everyday words is read alike too: jobs "axed" as "cut", a plan
"abandoned" or "scrapped" as "dropped", "pushed back" as "delayed", "said sorry" as "apologised", "became
unwell" as "fell ill" ("The company axed 300 jobs" had refuted "Did the company cut 300 jobs?" at 0.84), and a
rate held "steady", "on hold", "at 3%" as "kept unchanged" ("held its key rate at 2.75%" had refuted "Did the
central bank hold rates?"; eval/stance_rates_held.jsonl), a ban "flouted", "ignored" or "breached" as broken,
a budget gap as a shortfall (eval/stance_rule_breaking.jsonl), "to leave their homes" as "to evacuate",
"stripped of" as "lost", "walked out" (not "of" anywhere) as "went on strike", "remains at large" as
"remains on the run", "all tickets were sold" as "all tickets sold out" (eval/stance_walkouts.jsonl), a deal
that "fell through" as collapsed, talks that collapsed as failed, the "jobless" rate as unemployment, "still
shut" as closed (eval/stance_fell_through.jsonl), "gutted by fire" and "razed" as destroyed, "went up in
flames" as caught fire, "caved in" as collapsed, "brought under control" as contained
(eval/stance_fire_words.jsonl), a plea of guilty as an admission, "behind bars" as in prison
(eval/stance_pleas.jsonl), results "ahead of" or "short of" forecasts as beating or missing them, shares that
"closed higher" as risen (eval/stance_markets.jsonl), "booked their place", "found the net", "shown a red card",
"stayed up" as qualified, scored, sent off, avoided relegation (eval/stance_sport_words.jsonl), "hit out at" as
criticised, "poured cold water on" as rejected, "threw her weight behind" as backed (eval/stance_criticism.jsonl), "hit
land" as made landfall, "burst its banks" and "under water" as flooded, a "tremor" as an earthquake
(eval/stance_weather_words.jsonl), "downed tools" and "taking industrial action" as a strike, a dispute that
"rumbles on" as continuing (eval/stance_strike_words.jsonl), posts, roles, staff or workers cut as jobs cut, a
company that "has gone bust" or "into administration" as collapsed, "quit as" as "resigned as"
(eval/stance_posts_and_roles.jsonl), a price, fare, rent or tax "slashed", "lowered" or "reduced" as cut and
"hiked", "increased" or "put up" as raised (eval/stance_prices_raised.jsonl), a thing that got "cheaper" or "dearer"
as its price falling or rising, "the number of jobless" as unemployment (eval/stance_cheaper.jsonl), an offer
"turned down", "rebuffed" or "spurned" as rejected, "passed away" as died, "bought out" and "snapped up" as bought,
"sold off" and "offloaded" as sold, "confiscated" as seized (eval/stance_other_words.jsonl), "shot dead" and "stabbed
to death" as shot or stabbed and killed, "outlawed" and "prohibited" as banned, a ban "scrapped" or "ended" as
lifted, "made off with" as stole, "broke out of" or "fled" a jail as escaped from it, "rolled out" as launched,
"closed down" as closed, "taken into custody" as arrested (eval/stance_news_words.jsonl), "objected to" and "came
out against" as opposed, goods pulled from shelves or withdrawn from sale as recalled, "scaled back" as reduced,
"kicked off" and "got under way" as began, "set a new record" as broke it, "tracked down" as found
(eval/stance_news_words_2.jsonl), "claimed two lives" as killed two people, a mill "levelled" by fire as destroyed
(eval/stance_news_words_3.jsonl), a deal "voted down" or a plan "thrown out" as rejected, a ruling "set aside" as
overturned, a seat "vacated" as given up (eval/stance_courts_and_votes.jsonl), a vote "postponed", "put off" or
"deferred" as delayed, in the active voice (eval/stance_postponed.jsonl), a forecast, guidance or a rating "lowered",
"downgraded" or "trimmed" as cut and "lifted" or "upgraded" as raised (eval/stance_forecasts_changed.jsonl), a plan
"slammed", "blasted", "lambasted", "savaged" or "attacked" and a minister "torn into" as criticised
(eval/stance_criticism_2.jsonl), emissions, costs or spending "reduced", "lowered", "curbed" or "reined in" as cut
(eval/stance_reduced.jsonl), in the passive too, and a factory "shuttered" as closed (eval/stance_cut_passive.jsonl),
a claim that someone will "free" captives as one that they will release them (eval/stance_freed.jsonl), a town that
"fell to" rebels as captured by them (eval/stance_fell_to.jsonl), a storm that "left three people dead" or "left
14 injured" as one that killed or injured them (eval/stance_left_dead.jsonl), a town rebels "seized control of",
"overran" or "retook" as captured or recaptured by them (eval/stance_captured.jsonl), diplomats "told to leave the
country" or "declared persona non grata" as expelled (eval/stance_expelled.jsonl), "said it was sorry for" and
"regretted the disruption" as apologised (eval/stance_apologies.jsonl), a strike that "hurt Corvel's sales" as
Corvel's sales falling because of it (`effects`, eval/stance_hurt_figures.jsonl), an economy that "expanded" or
"contracted" as one that grew or fell (eval/stance_economy_grew.jsonl), a mayor "voted out" as one who lost the election
(eval/stance_elected_with.jsonl). So are the verbs for a figure going up or down
(`directions`); what outbreak news says of people taken ill is read so against a claim about falling ill (`illness`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.answer import directions, effects
from assistant.answer.figures import NUMBER_WORDS
from assistant.answer.verbs import AFTER_AUXILIARY

# A bill that "cleared the Senate" passed it; "cleared of fraud" is another sense.
_CHAMBER = (
    r"(?=\s+(?:the\s+)?(?:Senate|House|Commons|Lords|parliament|Congress|assembly|committee|its\s+\w+\s+reading|"
    r"a\s+(?:key\s+|final\s+|first\s+)?vote|the\s+(?:upper|lower)\s+house)\b)"
)
_OUT_OF_WORK = r"\s+number\s+of\s+(?:people\s+)?(?:out\s+of\s+work|jobless|unemployed)(?:\s+people)?"
# Staying up at the end of a season, not "stayed up late".
_SEASON_END = (
    r"(?=\s+(?:on\s+the\s+(?:final|last)\s+day|after|despite|thanks|with\s+(?:a|one|two|three)\s+game)|\W*$|\s*[,.;])"
)
# Who was shown the door (a name, "their manager"), and a door that is not one to a place.
_WHO = r"(?P<who>[\w’'-]+(?:\s+[\w’'-]+){0,2}?)"
_NOT_A_ROOM = r"(?!\s+(?:to|of|into|at)\b)"
# What is dismissed as one rejects it: a plan, a proposal, a case, claims; not a person ("was dismissed by").
_DISMISSED_WHAT = (
    r"\s+(?:(?:the|a|an|his|her|their|its|[A-Z][\w’'-]*[’']s)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:plans?|proposals?|idea|ideas|suggestions?|offer|bid|calls?|requests?|demands?|case|claims?|appeal|"
    r"lawsuit|complaints?|concerns?|criticism|report|allegations?)\b"
)
# Forecasts a result beat or missed, and a price at the end of a day's trading.
_FORECASTS = (
    r"(?P<what>(?:(?:analysts|the\s+city|market|its\s+own|their|its)['’]?\s+)?(?:forecasts?|expectations|estimates))"
)
_FORECAST_VERB = r"(?:expected|forecast|predicted|anticipated|feared)"
_BY_HOW_MUCH = r"\s+(?:much\s+|slightly\s+|far\s+|a\s+little\s+|somewhat\s+)?"
_AT_CLOSE = r"(?:closed|ended|finished)(?:\s+(?:the\s+)?(?:day|session|week|month|year|trading))?"
# What one falls through that is no deal: "fell through the ice", "…a roof", "…the cracks".
_NOT_THROUGH = r"(?!\s+(?:the|a|an|his|her|their|its|thin|into|onto)\b)"
# What else is held as it was: prices, fares, taxes, pay ("kept fares unchanged this year").
_HELD_WHAT = (
    r"(?P<what>\s+(?:[\w'-]+\s+){0,3}?(?:prices|fares|taxe?s?|costs|charges|fees|tariffs|pay|wages|"
    r"dividend|output|production|spending)\s+)"
)
# A rate a central bank sets ("its main interest rate", "borrowing costs"), held: "steady", "on hold",
# "unchanged", "at 3%", or nothing more ("Did the bank hold rates?").
_RATE = (
    r"(?P<what>\s+(?:(?:its|the|their|key|main|benchmark|base|policy|interest|official|lending|deposit|repo|cash|"
    r"overnight|borrowing)\s+){0,4}(?:rates?|borrowing\s+costs))"
)
_AS_IT_WAS = r"(?:\s+(?:steady|on\s+hold|unchanged)|(?=\s*[?.!,;:]|\s*$|\s+(?:at|on|for|in|again|this|last)\b))"
# A ban or rule someone breaks: "the curfew", "the hosepipe ban", "the licensing rules".
_RULE = (
    r"(?P<rule>\s+(?:the|a|an|its|their|his|her|this|that|these)\s+(?:[\w'-]+\s+){0,3}?(?:bans?|rules?|laws?|"
    r"orders?|curfew|limits?|restrictions|regulations|lockdown|guidance|embargo|sanctions|ceasefire|truce|code))"
)
# A walkout that is a strike: never "walked out of the talks", "walked out on her husband".
_NO_PLACE = r"(?!\s+(?:of|on\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d))|with|to|from)\b)"
# A product taken off sale: "pulled | the Vessa kettle | from shelves", "withdrawn from sale".
_GOODS = r"(?:the|its|their|a|an|all|some|two|three|several)(?:\s+[\w’'-]+){1,5}?"
_OFF_SALE = r"from\s+(?:sale|(?:(?:store|supermarket|shop)\s+)?shelves|stores|shops|supermarkets)\b"
# A kick-off that is no start: someone "was kicked off" a plane or a team, or kicked off a place.
_NOT_PASSIVE = r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bbeing\s)(?<!\bget\s)(?<!\bgot\s)"
_NOT_OFF_A_PLACE = (
    r"(?!\s+(?:the|a|an|his|her|their)\s+(?:plane|flight|bus|train|team|squad|island|course|site|show|platform)\b)"
)
# What a court, a council or a vote throws out or sets aside.
_THROWN_OUT = (
    r"\s+(?:the|a|an|his|her|their|its|[A-Z][\w’'-]*[’']s)\s+(?:[\w’'-]+\s+){0,2}?(?:case|cases|appeal|bill|claims?|"
    r"lawsuit|suit|motion|charges?|complaint|application|plan|proposals?|challenge|petition|request|bid|offer|"
    r"evidence|conviction|ruling|verdict|deal)\b"
)
_RULING = (
    r"\s+(?:the|a|an|his|her|their|its|[A-Z][\w’'-]*[’']s)\s+(?:[\w’'-]+\s+){0,2}?(?:rulings?|verdicts?|convictions?|"
    r"decisions?|orders?|judg(?:e)?ments?|sentences?|awards?)\b"
)
# What ruins a building: a fire, a blast, a quake, a storm, strikes from the air.
_RUINS = (
    r"(?:fire|blaze|flames|inferno|explosion|blast|bomb|bombs|bombing|earthquake|quake|storm|tornado|hurricane|"
    r"airstrikes?|air\s+strikes?|shelling|missiles?)"
)
# What is lifted when it ends: a ban, a curfew, restrictions ("scrapped its ban on e-scooters").
_RESTRICTION = (
    r"(?=\s+(?:the|its|their|a|an|his|her|this|that)\s+(?:[\w-]+\s+){0,2}?(?:ban|bans|curfew|restrictions|lockdown|"
    r"embargo|sanctions|moratorium)\b)"
)
# Where someone is held, which one escapes from: a jail, a prison, custody.
_HELD_IN = r"(?=\s+(?:the\s+|a\s+)?(?:[\w’'-]+\s+){0,2}?(?:jail|prison|custody|detention|cell|gaol)\b)"
# What is turned down that is no offer: a dial or a bed.
_NOT_A_DIAL = r"(?!\s+(?:the\s+)?(?:volume|heat|heating|music|radio|thermostat|lights?|sound|bed|sheets|collar|gas)\b)"
# What is put off or deferred when it is a postponement: an event or a plan, not people ("put off voters").
_PUT_OFF_WHAT = (
    r"(?=\s+(?:the|its|their|his|her|a|an|this|that|any|plans?|talks|until|till|again|indefinitely)\b)"
    r"(?!\s+(?:the\s+|many\s+|some\s+)?(?:voters|buyers|customers|investors|fans|visitors|tourists|shoppers|people|"
    r"readers|viewers|users|residents|families|young\s+people)\b)"
)
_NOT_BE = rf"{_NOT_PASSIVE}(?<!\bis\s)(?<!\bare\s)"
_NOT_NOUN = r"(?<!\ba\s)(?<!\ban\s)(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bof\s)"
# What is slammed or blasted when it is no criticism: a door, the brakes, a ball, rock; into a wall, shut, off, with a
# ray. Lower case only: "Grand Slams" are tennis.
_NOT_SLAMMED = (
    r"(?!\s+(?:into|shut|on|down|against|through|home|in|open|(?:(?:the|a|his|her|their|its)\s+)?"
    r"(?:door|doors|brakes|lid|boot|phone|fist|hand|gate|window|ball|car)\b)\b)"
)
_NOT_BLASTED = (
    r"(?!\s+(?:off|out|away|through|into|open|in|home|past|with|at|(?:(?:the|a|an|his|her|their|its)\s+)?"
    r"(?:ball|shot|music|hole|holes|rock|rocks|horn|water|free\s+kick|penalty)\b)\b)"
)
# What is attacked when it is criticised: a plan, a ruling, remarks (not the police, a convoy, a town).
_VIEWED = (
    r"(?=\s+(?:the|his|her|their|its|a|an|[A-Z][\w’'-]*[’']s)\s+(?:[\w’'-]+\s+){0,2}?(?:plans?|proposals?|policy|"
    r"policies|decision|ruling|verdict|bill|budget|deal|scheme|law|report|move|idea|comments|remarks|reforms?|"
    r"approach|handling|record|strategy|changes|cuts|offer)\b)"
)
# Whom a claim asks to have been freed: someone named, people counted, captives.
_FREED = (
    r"(?=\s+(?:the|a|an|his|her|their|its|all|some|more|two|three|four|five|six|seven|eight|nine|ten|\d+|"
    r"(?-i:[A-Z][\w’'-]*))\b)(?!\s+(?:of|from)\b)"
)
# An armed force a place falls to.
_ARMED = (
    r"(?=\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?:rebels?|militants?|insurgents?|troops|forces|army|militias?|fighters|"
    r"jihadists|separatists|guerrillas|Taliban)\b)"
)
# An armed force as the subject of the verb after it ("Rebel fighters have seized…", "Did the militants seize…").
_BY_FORCE = (
    r"(?P<who>(?:rebels?|militants?|insurgents?|troops|forces|army|militias?|fighters|jihadists|separatists|guerrillas|"
    r"Taliban|soldiers)(?:\s+(?:have|has|had|reportedly|now|then|later|finally|eventually|quickly|briefly)){0,2}\s+)"
)
_CONTROL_OF = r"\s+(?:full\s+|complete\s+)?control\s+(?:of|over)"
# An economy, its output or a sector, and the words between it and its verb ("the economy has", "output is expected
# to"), kept as written.
_ECONOMY = (
    r"(?P<who>(?:economy|economies|GDP|gross\s+domestic\s+product|(?:economic|industrial|factory|manufacturing)\s+"
    r"output|(?:manufacturing|services|construction|private)\s+sectors?)(?:\s+(?:is|are|was|were|expected|forecast|"
    r"likely|set|to|will|would|could|may|might|did|does|do|not|also|again|only|just|barely|slightly|sharply|"
    r"unexpectedly|reportedly)){0,3}\s+)"
)
_ECONOMY_HAS = r"(?P<who>(?:economy|economies|GDP|output|sectors?)\s+(?:has|have|had)\s+(?:(?:not|also|now)\s+)?)"
_CAPTURED = tuple(rf"\g<who>{v}" for v in ("captured", "captures", "capturing", "capture"))
_RECAPTURED = tuple(rf"\g<who>{v}" for v in ("recaptured", "recaptures", "recapturing", "recapture"))
# Who says they are sorry, and for what: "it was deeply sorry for", "she is truly sorry that".
_SUBJECT = r"(?:he|she|it|they|we|I)"
_SORRY = (
    rf"{_SUBJECT}\s+(?:was|were|is|are|am|had\s+been|has\s+been|have\s+been)\s+[\"“]?(?:(?:deeply|truly|very|so|really|"
    r"sincerely|profoundly|extremely|genuinely)\s+)?sorry[\"”]?(?=\s+(?:for|about|that|over)\b)"
)
_SAID_SORRY = (("said", "apologised"), ("says", "apologises"))
_DEEPLY = r"(?:deeply\s+|greatly\s+|sincerely\s+)?"
_REGRET = r"\s+(?:(?:its|his|her|their|our|deep|sincere|profound|great)\s+){0,2}regrets?\s+(?:for|over|at|about)"
# What a firm or an official regrets as an apology: a harm done, words said; not a deed ("regretted leaving").
_FOR_WHAT = (
    r"\s+(?:the|any|all|this|these|its|his|her|their)\s+(?:[\w’'-]+\s+){0,2}?(?:disruption|inconvenience|delays?|"
    r"errors?|mistakes?|distress|upset|offence|offense|hurt|harm|incident|remarks|comments|words|failings?|"
    r"problems?|cancellations?|outage|suffering|loss|breach|leak)\b"
)
# Whom a country orders out, and where from: another state's envoys, reporters, officials; not "its citizens".
_ENVOYS = (
    r"(?P<who>\s+(?!(?:its|their|our|his|her)\b)(?:[\w’'-]+\s+){0,3}?(?:ambassadors?|envoys?|diplomats?|consuls?|"
    r"attach[eé]s?|charg[eé]\s+d[’']affaires|journalists?|correspondents?|reporters?|officials|monitors|observers|"
    r"inspectors|missionaries|aid\s+workers))"
)
_TO_LEAVE = r"\s+to\s+leave\s+(?P<where>the\s+country|(?-i:[A-Z][\w’'-]+)(?!\s+(?-i:[A-Z])))"


def _in_forms(pattern: str, verbs: tuple[str, ...], plain: tuple[str, ...]) -> list[tuple[str, str]]:
    """`pattern` with each of a verb's forms (past, third person, -ing, base: alternations) where it says <verb>, read
    as `plain` in the same form."""
    return [(pattern.replace("<verb>", verb), read) for verb, read in zip(verbs, plain, strict=True)]


# (idiom, plain words), each a verb in its forms: past / third person / base / -ing where it has them.
_TABLE: list[tuple[str, str]] = [
    (r"(?:was|were|has\s+been|have\s+been|been)\s+given\s+the\s+(?:green\s+light|go-ahead)", "was approved"),
    (r"(?:got|gets|received|won)\s+the\s+(?:green\s+light|go-ahead)", "was approved"),
    (r"gave\s+the\s+(?:green\s+light|go-ahead)\s+to", "approved"),
    (r"(?:has|have)\s+given\s+(?P<obj>(?:\w+\s+){1,4}?)the\s+(?:green\s+light|go-ahead)", r"has approved \g<obj>"),
    (r"rubber-stamped|green-lit|greenlit|signed\s+off\s+on", "approved"),
    # Open again: "The Tarn road is open again" had said neither to "Has the Tarn road reopened?" (0.12), "is back
    # open" too (eval/stance_open_again.jsonl).
    (r"is\s+(?:now\s+)?(?:back\s+open|open\s+(?:again|once\s+more))", "has reopened"),
    (r"are\s+(?:now\s+)?(?:back\s+open|open\s+(?:again|once\s+more))", "have reopened"),
    (r"stepped\s+down", "resigned"),
    (r"steps\s+down", "resigns"),
    (r"stepping\s+down", "resigning"),
    (r"step\s+down", "resign"),
    # The British "stood down as / from a post": the claim's "step down" is read as "resign" above, and "stood down"
    # left as written had refuted it at 0.96 (eval/stance_stood_down.jsonl). Not a search or an alert stood down.
    (r"stood\s+down(?=\s+(?:as|from)\b)", "resigned"),
    (r"stands\s+down(?=\s+(?:as|from)\b)", "resigns"),
    (r"standing\s+down(?=\s+(?:as|from)\b)", "resigning"),
    (r"stand\s+down(?=\s+(?:as|from)\b)", "resign"),
    # A job left in news idioms: "handed in his notice" had said neither to "Did Tom Reyes resign?" (0.99) and refuted
    # "Did he quit Corvel?" (0.51), "was shown the door" said neither to "Was he sacked?" (0.99)
    # (eval/stance_notice_and_door.jsonl). Not a notice of appeal, nor the door to a room. Not "given his marching
    # orders": in a football report that is a sending-off.
    (r"handed\s+in\s+(?:his|her|their)\s+notice", "resigned"),
    (r"hands\s+in\s+(?:his|her|their)\s+notice", "resigns"),
    (r"handing\s+in\s+(?:his|her|their)\s+notice", "resigning"),
    (r"hand\s+in\s+(?:his|her|their)\s+notice", "resign"),
    (rf"(was|were|been|be|being)\s+shown\s+the\s+door{_NOT_A_ROOM}", r"\1 sacked"),
    (rf"(?:showed|shown)\s+{_WHO}\s+the\s+door{_NOT_A_ROOM}", r"sacked \g<who>"),
    (rf"shows\s+{_WHO}\s+the\s+door{_NOT_A_ROOM}", r"sacks \g<who>"),
    (rf"showing\s+{_WHO}\s+the\s+door{_NOT_A_ROOM}", r"sacking \g<who>"),
    (rf"show\s+{_WHO}\s+the\s+door{_NOT_A_ROOM}", r"sack \g<who>"),
    # A company's results in the colours of its ledger: "Corvel returned to the black" had refuted "Did Corvel return
    # to profit?" at 0.98, "slipped into the red last year" said neither to "Did Corvel make a loss last year?" (0.94)
    # (eval/stance_red_and_black.jsonl). Only a move into the red or back to the black: not "in the red shirts", and
    # not the state ("is still in the red" as "loss-making" refuted "Is Corvel loss-making?", 0.70).
    (
        r"(?:slipped|fell|plunged|swung|dipped|sank|tumbled|went|crashed|lurched|moved)\s+(?:back\s+)?into\s+the\s+red",
        "made a loss",
    ),
    (
        r"(?:slips|falls|plunges|swings|dips|sinks|tumbles|goes|crashes|lurches|moves)\s+(?:back\s+)?into\s+the\s+red",
        "makes a loss",
    ),
    (r"(?:slip|fall|plunge|swing|dip|sink|tumble|go|crash|lurch|move)\s+(?:back\s+)?into\s+the\s+red", "make a loss"),
    (
        r"(?:returned|swung|moved|climbed|bounced|got|came|went)\s+(?:back\s+)?(?:in)?to\s+the\s+black",
        "returned to profit",
    ),
    (
        r"(?:returns|swings|moves|climbs|bounces|gets|comes|goes)\s+(?:back\s+)?(?:in)?to\s+the\s+black",
        "returns to profit",
    ),
    (r"(?:return|swing|move|climb|bounce|get|come|go)\s+(?:back\s+)?(?:in)?to\s+the\s+black", "return to profit"),
    (r"(?:was|were)\s+ousted", "was sacked"),
    (r"went\s+(?:into\s+administration|into\s+receivership|bust|under)", "collapsed"),
    (r"(?:go|goes)\s+(?:into\s+administration|bust)", "collapse"),
    (r"(has|have|had)\s+gone\s+(?:into\s+administration|into\s+receivership|bust)", r"\1 collapsed"),
    # "quit" alone is also smoking or a job in general; "quit as leader" is a post resigned
    (r"quit\s+as(?=\s+\w)", "resigned as"),
    (r"quits\s+as(?=\s+\w)", "resigns as"),
    (r"break\s+down", "fail"),
    (r"sail\s+through", "pass"),
    (r"broke\s+down", "failed"),
    (r"ended\s+in\s+(?:deadlock|stalemate)", "failed"),
    (r"(?:was|were)\s+(?:narrowly\s+|heavily\s+)?(?:beaten|defeated|thrashed)\s+in", "lost in"),
    (r"sailed\s+through", "passed"),
    # "held off Tom Reyes to win": not "held off on a decision", nor "held off raising prices" (`held_off`)
    (r"held\s+off(?!\s+(?:on|from)\b)(?!\s+[a-z]+ing\b)", "beat"),
    (rf"cleared{_CHAMBER}", "passed"),
    (rf"clears{_CHAMBER}", "passes"),
    (r"(?:was|were)\s+voted\s+down", "was defeated"),
    # Voted out of a post or of office: "Mara Quill was voted out as mayor of Ostby" had said neither to "Did Mara Quill
    # lose the election?" and to "Did she win re-election?" (eval/stance_elected_with.jsonl). Not out of a show or a
    # contest ("voted out of the talent show"), nor the voters' own act.
    (r"(?:was|were)\s+voted\s+out(?:\s+of\s+(?:office|power)|(?!\s+of\b))", "lost the election"),
    (r"(has|have|had)\s+been\s+voted\s+out(?:\s+of\s+(?:office|power)|(?!\s+of\b))", r"\1 lost the election"),
    (r"pulled\s+the\s+plug\s+on|called\s+time\s+on", "ended"),
    (r"mothballed", "closed"),
    # "Kelso fell to the insurgents in March" had refuted "Did the insurgents take Kelso?" at 0.98, "Halvar fell to the
    # rebels" said neither to "Did the rebels capture Halvar?" (eval/stance_fell_to.jsonl). Only to an armed force:
    # not a team that fell to another (a defeat), nor a figure that fell to a low.
    (rf"(has|have|had)\s+fallen\s+to{_ARMED}", r"\1 been captured by"),
    (rf"fell\s+to{_ARMED}", "was captured by"),
    (rf"(will|would|could|may|might)\s+fall\s+to{_ARMED}", r"\1 be captured by"),
    # A place taken by an armed force, in other verbs: "Rebels seized control of the town of Ostby" had said neither to
    # "Did the rebels capture Ostby?" (0.77), "Militants captured the town of Ostby" to "Did the militants seize Ostby?"
    # (0.99), "Government troops retook Ostby" leaned refuting "Did government troops recapture Ostby?"
    # (eval/stance_captured.jsonl). Only with the force as the subject, or as the agent of a passive: not police who
    # seized drugs, nor a team that retook the lead.
    *_in_forms(
        rf"{_BY_FORCE}(?:<verb>){_CONTROL_OF}",
        (
            "seized|took|taken|gained|wrested",
            "seizes|takes|gains|wrests",
            "seizing|taking|gaining|wresting",
            "seize|take|gain|wrest",
        ),
        _CAPTURED,
    ),
    *_in_forms(
        rf"{_BY_FORCE}(?:<verb>)", ("seized|overran", "seizes|overruns", "seizing|overrunning", "seize"), _CAPTURED
    ),
    *_in_forms(rf"{_BY_FORCE}(?:<verb>)", ("retook|retaken", "retakes", "retaking", "retake"), _RECAPTURED),
    # An economy that "expanded" or "contracted": "The Kelso economy expanded by 0.5%" had refuted "Did the Kelso
    # economy grow?" at 0.75, "Tarn's economy contracted for a second straight quarter" "Did Tarn's economy shrink?" at
    # 0.96, and "Did the Marden economy contract last year?" was refuted by "…shrank 0.2% last year" (0.99)
    # (eval/stance_economy_grew.jsonl). Read as grew / fell, which the model reads; only of an economy, its output or a
    # sector: not a firm that expanded into new markets, nor a council that contracted a builder.
    (rf"{_ECONOMY_HAS}(?:expanded|grown)", r"\g<who>grown"),
    (rf"{_ECONOMY_HAS}(?:contracted|shrunk|shrunken)", r"\g<who>fallen"),
    *_in_forms(
        rf"{_ECONOMY}(?:<verb>)",
        ("expanded", "expands", "expanding", "expand"),
        tuple(rf"\g<who>{v}" for v in ("grew", "grows", "growing", "grow")),
    ),
    *_in_forms(
        rf"{_ECONOMY}(?:<verb>)",
        ("contracted|shrank|shrunk", "contracts|shrinks", "contracting|shrinking", "contract|shrink"),
        tuple(rf"\g<who>{v}" for v in ("fell", "falls", "falling", "fall")),
    ),
    (rf"(?:seized|overrun|taken)(?=\s+by{_ARMED})", "captured"),
    (rf"retaken(?=\s+by{_ARMED})", "recaptured"),
    # An expulsion told without "expel": "Tarn has told four Lyle diplomats to leave the country" had refuted "Did Tarn
    # expel Lyle diplomats?" at 0.94, "declared four Lyle diplomats persona non grata" at 0.99, "Four Lyle diplomats
    # were ordered to leave Tarn" "Were Lyle diplomats expelled from Tarn?" at 0.98 (eval/stance_expelled.jsonl). Only
    # envoys, journalists, officials and the like ordered out of a country: not citizens told by their own government
    # to leave, nor someone ordered out of a meeting.
    *_in_forms(
        rf"(?:<verb>){_ENVOYS}{_TO_LEAVE}",
        ("ordered|told|instructed", "orders|tells|instructs", "ordering|telling|instructing", "order|tell|instruct"),
        tuple(rf"{v}\g<who> from \g<where>" for v in ("expelled", "expels", "expelling", "expel")),
    ),
    (rf"gave{_ENVOYS}\s+(?:\d+|[a-z]+)\s+(?:hours|days|weeks){_TO_LEAVE}", r"expelled\g<who> from \g<where>"),
    (rf"(was|were|been|being|be)\s+(?:ordered|told|instructed){_TO_LEAVE}", r"\1 expelled from \g<where>"),
    (rf"declared{_ENVOYS}\s+persona\s+non\s+grata", r"expelled\g<who>"),
    (rf"declares{_ENVOYS}\s+persona\s+non\s+grata", r"expels\g<who>"),
    (r"(was|were|been|being|be)\s+declared\s+persona\s+non\s+grata", r"\1 expelled"),
    # "Corvel shuttered its factory in Tarn" had refuted "Did Corvel close its factory?" at 0.73, "has been shuttered
    # since May" "Is the factory closed?" at 0.99 (eval/stance_cut_passive.jsonl).
    (r"shuttered", "closed"),
    (r"shuttering", "closing"),
    (r"pull\s+the\s+plug\s+on|call\s+time\s+on", "end"),
    (r"mothball", "close"),
    (r"shelved|kicked\s+into\s+the\s+long\s+grass", "dropped"),
    (r"shelve", "drop"),
    (r"put\s+on\s+(?:hold|ice)", "suspended"),
    (r"scrapped", "dropped"),
    (r"scraps(?=\s+(?:the|its|their|his|her|a|an|plans?)\b)", "drops"),
    (r"scrap(?=\s+(?:the|its|their|his|her|a|an|plans?)\b)", "drop"),
    (r"(be|been|was|were|is|are)\s+abandoned", r"\1 dropped"),
    (
        r"abandoned(?=\s+(?:its|their|the|a|an|his|her)\s+(?:plans?|bid|proposals?|idea|project|scheme|attempt"
        r"|search|hunt|talks)\b)",
        "dropped",
    ),
    (r"(?:pushed|put)\s+back(?!\s+against)", "delayed"),
    (r"(?:pushes|puts)\s+back(?!\s+against)", "delays"),
    (r"push\s+back(?!\s+against)", "delay"),
    # A postponement in the active voice, in the word the model reads it in: "Tarn postponed the vote until March"
    # had refuted "Did Tarn postpone the vote?" at 0.60, "put off the vote" at 0.93, and "Tarn held the vote as
    # planned" had supported it at 0.91; in "delay" both read right (eval/stance_postponed.jsonl). The passive
    # ("was postponed") read right, and stays. Not "put off by" a scandal, nor voters put off.
    (rf"{_NOT_BE}(?:postponed|{_NOT_NOUN}deferred{_PUT_OFF_WHAT}|put\s+off{_PUT_OFF_WHAT})", "delayed"),
    (rf"(?:postpones|defers{_PUT_OFF_WHAT}|puts\s+off{_PUT_OFF_WHAT})", "delays"),
    (rf"(?:postponing|deferring{_PUT_OFF_WHAT}|putting\s+off{_PUT_OFF_WHAT})", "delaying"),
    (rf"(?:postpone|{_NOT_NOUN}defer{_PUT_OFF_WHAT})", "delay"),
    (r"shut\s+(?:its|their)\s+doors(?:\s+for\s+(?:the\s+last\s+time|good))?", "closed"),
    (r"(has|have|had|was|were|been)\s+shut\s+down", r"\1 closed"),
    (r"said\s+sorry", "apologised"),
    (r"says\s+sorry", "apologises"),
    (r"say\s+sorry", "apologise"),
    # Sorry or regretful "for" something, as news tells an apology: "Corvel said it was sorry for any inconvenience
    # caused to customers" had refuted "Did Corvel apologise to customers?" at 0.80, "The airline said it regretted the
    # disruption to passengers" at 0.90, "expressed regret for the leak" at 0.58 (eval/stance_apologies.jsonl). Not
    # sorry "to hear" or "to see", not "not sorry", nor a regret for a deed of one's own ("regretted leaving").
    # ("said it was sorry for" is read below, `_SAID_SORRY`.)
    (rf"(?:said\s+(?:that\s+)?{_SUBJECT}\s+)?{_DEEPLY}regretted(?={_FOR_WHAT})", "apologised for"),
    (rf"(?:says\s+(?:that\s+)?{_SUBJECT}\s+)?{_DEEPLY}regrets(?={_FOR_WHAT})", "apologises for"),
    (rf"expressed{_REGRET}(?={_FOR_WHAT})", "apologised for"),
    (rf"expresses{_REGRET}(?={_FOR_WHAT})", "apologises for"),
    (r"(has|have|had)\s+become\s+(?:ill|sick|unwell)", r"\1 fallen ill"),
    (r"became\s+(?:ill|sick|unwell)|got\s+(?:sick|ill)|fell\s+sick", "fell ill"),
    (r"becomes\s+(?:ill|sick|unwell)", "falls ill"),
    (r"become\s+(?:ill|sick|unwell)|get\s+(?:sick|ill)|fall\s+sick", "fall ill"),
    (r"been\s+(?:made\s+(?:ill|sick)|sickened)|fallen\s+sick", "fallen ill"),
    (r"(?:was|were)\s+(?:made\s+(?:ill|sick)|sickened)", "fell ill"),
    (r"(fell|fallen)\s+ill\s+by", r"\1 ill from"),  # "sickened by norovirus"
    (r"called\s+off", "cancelled"),
    (r"calls\s+off", "cancels"),
    (r"calling\s+off", "cancelling"),
    (r"call\s+off", "cancel"),
    (r"canceled", "cancelled"),
    (r"canceling", "cancelling"),
    (r"u-turned\s+on|backtracked\s+on|performed\s+a\s+u-turn\s+on|made\s+a\s+u-turn\s+on", "reversed"),
    (r"soared|surged|rocketed|shot\s+up|edged\s+up|ticked\s+up|crept\s+up", "rose"),
    (r"soars|surges|rockets|shoots\s+up|edges\s+up|ticks\s+up|creeps\s+up", "rises"),
    (r"plunged|plummeted|slumped|tumbled|edged\s+down|ticked\s+down", "fell"),
    (r"plunges|plummets|slumps|tumbles|edges\s+down|ticks\s+down", "falls"),
    (r"held\s+steady", "did not change"),
    # A rule broken in another verb ("flouted the curfew", "ignoring the ban") as "broke": "Hundreds of fans
    # flouted the curfew" had refuted "Did fans break the curfew?" at 0.92 (eval/stance_rule_breaking.jsonl).
    (rf"(?:ignored|flouted|defied|breached|violated|disregarded){_RULE}", r"broke\g<rule>"),
    (rf"(?:ignores|flouts|defies|breaches|violates|disregards){_RULE}", r"breaks\g<rule>"),
    (rf"(?:ignoring|flouting|defying|breaching|violating|disregarding){_RULE}", r"breaking\g<rule>"),
    (rf"(?:ignore|flout|defy|breach|violate|disregard){_RULE}", r"break\g<rule>"),
    # A strike told as a walkout: "Nurses in Tarn walked out on Monday in a dispute over pay" said neither to
    # "Did Tarn nurses go on strike?" (eval/stance_walkouts.jsonl); not "walked out of the talks / meeting".
    (rf"walked\s+out{_NO_PLACE}", "went on strike"),
    (rf"walks\s+out{_NO_PLACE}", "goes on strike"),
    (rf"walking\s+out{_NO_PLACE}", "going on strike"),
    (rf"walk\s+out{_NO_PLACE}", "go on strike"),
    (r"staged\s+(?:a|an)\s+(?:[\w-]+\s+)?walkout", "went on strike"),
    # Labour news' other words for it (eval/stance_strike_words.jsonl): "Tarn nurses downed tools", "staged a 24-hour
    # stoppage", "are taking industrial action" had said neither to "Did Tarn nurses strike?" (0.00-0.03), and
    # "The Tarn pay dispute rumbles on" supported "Has the Tarn pay dispute ended?" at 0.93.
    (r"downed\s+tools", "went on strike"),
    (r"downing\s+tools", "going on strike"),
    (r"down\s+tools", "go on strike"),
    (r"staged\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?stoppage", "went on strike"),
    (r"(is|are|was|were)\s+taking\s+industrial\s+action", r"\1 on strike"),
    (r"took\s+industrial\s+action", "went on strike"),
    (r"taking\s+industrial\s+action", "going on strike"),
    (r"take\s+industrial\s+action", "go on strike"),
    (r"rumbles\s+on", "continues"),
    (r"rumbled\s+on", "continued"),
    (r"rumbling\s+on", "continuing"),
    # Still sought: "remains at large" as "remains on the run" (the model read it as neither).
    (r"(is|are|was|were|remains?|remained)\s+(still\s+)?at\s+large", r"\1 \2on the run"),
    # "All tickets for the concert were sold" had refuted "Did the concert sell out?" at 0.99.
    (
        r"(all\s+(?:the\s+)?tickets(?:\s+for\s+[^,;.]+?)?)\s+(?:were|have\s+been|had\s+been)\s+sold",
        r"\1 sold out",
    ),
    # A deal or talks that "fell through" collapsed: "The Corvel deal fell through at the last minute" had refuted
    # "Did the Corvel deal collapse?" at 0.93 (eval/stance_fell_through.jsonl); not through the ice or a roof.
    (rf"fell\s+through{_NOT_THROUGH}", "collapsed"),
    (rf"falls\s+through{_NOT_THROUGH}", "collapses"),
    (rf"fallen\s+through{_NOT_THROUGH}", "collapsed"),
    (rf"fall\s+through{_NOT_THROUGH}", "collapse"),
    # Talks that collapsed failed: "The Tarn talks collapsed on Monday" had refuted "Did the Tarn talks fail?" at
    # 0.95, "…break down?" (read as "fail") at 0.96.
    (r"(talks|negotiations)(\s+(?:have|has|had)\s+|\s+)collapsed", r"\1\2failed"),
    (r"(talks|negotiations)(\s+)collapse(s?)\b", r"\1\2fail\3"),
    # "The Tarn jobless total fell by 3,000" had refuted "Did unemployment in Tarn fall?" at 0.91, and "Unemployment
    # in Tarn rose to 5%" "Did the unemployment rate in Tarn rise?" at 0.86 (as "unemployment" the model reads
    # both right); not "the jobless".
    (r"(?:the\s+)?(?:jobless|unemployment)\s+rate(?!s)", "unemployment"),
    (r"jobless(?=\s+(?:total|totals|figures?|numbers?|count|claims|claimant|level)\b)", "unemployment"),
    # A vote of confidence in one name, and winning it as surviving it: "Leo Carr lost the vote of no confidence" had
    # supported "Did Leo Carr survive the vote of no confidence?" at 0.88, "…won the confidence vote" refuted "…survive
    # the confidence vote?" at 0.98 (eval/stance_confidence_votes.jsonl); as "survived / lost the confidence vote" the
    # model reads each right.
    (
        r"(?:vote\s+of\s+no[\s-]confidence|no[\s-]confidence\s+(?:vote|motion)|motion\s+of\s+no[\s-]confidence|"
        r"vote\s+of\s+confidence|confidence\s+motion)",
        "confidence vote",
    ),
    (r"won(\s+(?:the|a|his|her|their|its)\s+confidence\s+vote)", r"survived\1"),
    (r"wins(\s+(?:the|a|his|her|their|its)\s+confidence\s+vote)", r"survives\1"),
    (r"win(\s+(?:the|a|his|her|their|its)\s+confidence\s+vote)", r"survive\1"),
    (r"winning(\s+(?:the|a|his|her|their|its)\s+confidence\s+vote)", r"surviving\1"),
    (r"(?:was|were)\s+defeated\s+in(\s+(?:the|a)\s+confidence\s+vote)", r"lost\1"),
    # "The number of jobless in Tarn fell" had refuted "Did unemployment in Tarn fall?" at 0.89, "Joblessness in Tarn
    # fell" at 0.87 (eval/stance_cheaper.jsonl).
    (rf"(?-i:T)he{_OUT_OF_WORK}", "Unemployment"),
    (rf"the{_OUT_OF_WORK}", "unemployment"),
    (r"(?-i:J)oblessness", "Unemployment"),
    (r"joblessness", "unemployment"),
    # "The Harlow bridge remains shut to traffic" said neither to "Is the Harlow bridge open?"; not "shut down / out".
    (
        r"(is|are|was|were|remains?|remained|stays?|stayed)\s+(still\s+)?shut(?!\s+(?:down|out|in|off|up|away)\b)",
        r"\1 \2closed",
    ),
    # Fires and falls in news words (eval/stance_fire_words.jsonl): "The Corvel warehouse was gutted by fire" had
    # refuted "Was the Corvel warehouse destroyed by fire?" at 0.97, "burned to the ground" "Did the mill burn
    # down?" at 0.96, "brought the fire under control" "Was the fire contained?" at 0.77. Not "gutted by the
    # defeat" (a feeling), nor "caved in to demands" (gave in).
    (
        r"gutted(?=\s+(?:by|in)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:fire|blaze|flames|inferno|explosion)\b)",
        "destroyed",
    ),
    (r"(fire|blaze|flames|inferno|explosion)\s+gutted", r"\1 destroyed"),
    (r"razed(?:\s+to\s+the\s+ground)?", "destroyed"),
    (r"(burned|burnt|burns|burn)\s+to\s+the\s+ground", r"\1 down"),
    (r"went\s+up\s+in\s+flames", "caught fire"),
    (r"goes\s+up\s+in\s+flames", "catches fire"),
    (r"go\s+up\s+in\s+flames", "catch fire"),
    (r"ablaze", "on fire"),
    (r"caved\s+in(?!\s+to\b)", "collapsed"),
    (r"extinguished", "put out"),
    (r"(?:brought|got)(?P<obj>(?:\s+[\w’'-]+){0,4}?)\s+under\s+control", r"contained\g<obj>"),
    # Pleas as courts report them (eval/stance_pleas.jsonl): "Tom Reyes pleaded guilty to all charges" had refuted
    # "Did Tom Reyes admit the charges?" at 0.96, "pleaded not guilty to fraud" "Did Tom Reyes deny fraud?" at
    # 0.85, and "the charges against him" reads as a denial (0.97); "behind bars" said neither to "jailed".
    (r"pleaded\s+not\s+guilty\s+to", "denied"),
    (r"pleads\s+not\s+guilty\s+to", "denies"),
    (r"plead\s+not\s+guilty\s+to", "deny"),
    (r"pleaded\s+guilty\s+to", "admitted"),
    (r"pleads\s+guilty\s+to", "admits"),
    (r"plead\s+guilty\s+to", "admit"),
    (r"(admitted|admits)\s+all\s+(?:of\s+)?(?:the\s+)?(charges|counts|offences)", r"\1 the \2"),
    (r"(charges?|counts?|allegations?)\s+against\s+(?:him|her|them)\b", r"\1"),
    (  # not "put the man behind bars", which tells who was jailed by whom
        r"(is|are|was|were|be|been|remains?|remained|stays?|stayed|years?|months?|weeks?|life|time)\s+behind\s+bars",
        r"\1 in prison",
    ),
    # Results against forecasts, shares at the close (eval/stance_markets.jsonl): "Corvel's profits were ahead of
    # forecasts" had refuted "Did Corvel's profits beat forecasts?" at 0.97, "fell short of forecasts" "…miss
    # forecasts?" at 0.99, "Corvel's shares closed higher on Monday" "Did Corvel's shares rise on Monday?" at 0.99.
    (rf"(?:were|was|came\s+in){_BY_HOW_MUCH}better\s+than\s+{_FORECAST_VERB}", "beat expectations"),
    (rf"(?:were|was|came\s+in){_BY_HOW_MUCH}worse\s+than\s+{_FORECAST_VERB}", "missed expectations"),
    (rf"(?:were|was|came\s+in)\s+ahead\s+of\s+{_FORECASTS}", r"beat \g<what>"),
    (rf"(?:topped|exceeded|surpassed|outstripped)\s+{_FORECASTS}", r"beat \g<what>"),
    (rf"(?:tops|exceeds|surpasses|outstrips)\s+{_FORECASTS}", r"beats \g<what>"),
    (rf"(?:top|exceed|surpass|outstrip)\s+{_FORECASTS}", r"beat \g<what>"),
    (rf"fell\s+short\s+of\s+{_FORECASTS}", r"missed \g<what>"),
    (rf"falls\s+short\s+of\s+{_FORECASTS}", r"misses \g<what>"),
    (rf"fall\s+short\s+of\s+{_FORECASTS}", r"miss \g<what>"),
    (rf"{_AT_CLOSE}\s+(?P<by>[\d.]+\s?(?:%|per\s?cent|points|pence|cents|p))\s+higher", r"rose \g<by>"),
    (rf"{_AT_CLOSE}\s+(?P<by>[\d.]+\s?(?:%|per\s?cent|points|pence|cents|p))\s+lower", r"fell \g<by>"),
    (rf"{_AT_CLOSE}\s+higher", "rose"),
    (rf"{_AT_CLOSE}\s+lower", "fell"),
    (rf"{_AT_CLOSE}\s+up(?=\s+[\d.]+\s?(?:%|per\s?cent|points|pence|cents|p)(?!\w))", "rose"),  # not "ended up"
    (rf"{_AT_CLOSE}\s+down(?=\s+[\d.]+\s?(?:%|per\s?cent|points|pence|cents|p)(?!\w))", "fell"),
    # Sports pages' words (eval/stance_sport_words.jsonl): "Ostby booked their place at the World Cup", "Leo Carr
    # found the net twice", "was shown a straight red card", "Ostby stayed up on the final day" had said neither to
    # "Did Ostby qualify…?", "Did Leo Carr score?", "Was he sent off?", "Were Ostby relegated?" (0.00-0.20).
    (r"(?:booked|booking|book|books|secured|sealed)\s+(?:their|its|his|her|a)\s+place\s+(?:in|at)", "qualified for"),
    (r"found\s+the\s+(?:back\s+of\s+the\s+)?net", "scored"),
    (r"find\s+the\s+(?:back\s+of\s+the\s+)?net", "score"),
    (r"(was|were)\s+shown\s+(?:a\s+)?(?:straight\s+|second\s+)?red(?:\s+card)?", r"\1 sent off"),
    (rf"stayed\s+up{_SEASON_END}", "avoided relegation"),
    (rf"stay\s+up{_SEASON_END}", "avoid relegation"),
    # Criticism, rejection and backing in news words (eval/stance_criticism.jsonl): "Mara Voss hit out at the Tarn
    # plan" had refuted "Did Mara Voss criticise the Tarn plan?" at 0.91, "poured cold water on the plan"
    # supported "Did she welcome it?" at 0.90, "dismissed the plan as unworkable" refuted "Did she reject it?" at
    # 0.99, "threw her weight behind the plan" "Did she back it?" at 0.92. Not "dismissed by Corvel" (a sacking).
    (r"(?:hit|lashed|hits|lashes)\s+out\s+at|took\s+aim\s+at|rounded\s+on", "criticised"),
    (r"(?:hitting|lashing)\s+out\s+at|taking\s+aim\s+at|rounding\s+on", "criticising"),
    (r"(?:hit|lash)\s+out\s+at|take\s+aim\s+at|round\s+on(?=\s+(?:the|his|her|their|its|[A-Z]))", "criticise"),
    # "The union blasted the pay offer" had refuted "Did the union criticise the pay offer?" at 0.92, "tore into the
    # minister" at 0.92, "savaged the budget" at 0.68 (eval/stance_criticism_2.jsonl). Not a door slammed, a ball
    # blasted, a car that slammed into a wall, someone savaged by a dog; "attacked" only a plan, a ruling, remarks.
    (
        rf"(?:(?-i:slammed){_NOT_SLAMMED}|(?-i:blasted){_NOT_BLASTED}|lambasted|castigated|berated|savaged(?!\s+by\b)|"
        rf"tore\s+into|attacked{_VIEWED})",
        "criticised",
    ),
    (
        rf"(?:(?-i:slams){_NOT_SLAMMED}|(?-i:blasts){_NOT_BLASTED}|lambasts|castigates|berates|tears\s+into|"
        rf"attacks{_VIEWED})",
        "criticises",
    ),
    (
        rf"(?:(?-i:slamming){_NOT_SLAMMED}|(?-i:blasting){_NOT_BLASTED}|lambasting|castigating|berating|tearing\s+into|"
        rf"attacking{_VIEWED})",
        "criticising",
    ),
    # "rejected the offer as inadequate": the model read the closing "as …" as a refusal of the rejection (0.99)
    (
        r"(rejected|rejects|dismissed|dismisses)(\s+(?:the|a|an|his|her|their|its)\s+[^,;.]{2,50}?)\s+as\s+[\w-]+(?=\s*[,.;]|\s*$)",
        r"\1\2",
    ),
    # One deed in other words (eval/stance_other_words.jsonl): "The Tarn council turned down the offer" had refuted
    # "Did the Tarn council reject the offer?" at 0.99, "Corvel sold off Vessen Foods" "Did Corvel sell Vessen Foods?"
    # at 0.99, "bought out" "Did Corvel buy…?" at 0.99, "Ana Kell passed away" "Did Ana Kell die?" at 0.87. Not the
    # volume or a bed turned down, nor a player bought out of a contract; not the nouns ("a rebuff").
    (rf"turned\s+down{_NOT_A_DIAL}", "rejected"),
    (rf"turns\s+down{_NOT_A_DIAL}", "rejects"),
    (rf"turning\s+down{_NOT_A_DIAL}", "rejecting"),
    (rf"turn\s+down{_NOT_A_DIAL}", "reject"),
    (r"rebuffed|spurned", "rejected"),
    (r"rebuffs(?=\s+(?:the|a|an|his|her|their|its|[A-Z]))|spurns", "rejects"),
    (r"passed\s+away", "died"),
    (r"passes\s+away", "dies"),
    (r"passing\s+away", "dying"),
    (r"pass\s+away", "die"),
    (r"bought\s+out(?!\s+of\b)|snapped\s+up", "bought"),
    (r"buys\s+out(?!\s+of\b)|snaps\s+up", "buys"),
    (r"buying\s+out(?!\s+of\b)|snapping\s+up", "buying"),
    (r"buy\s+out(?!\s+of\b)|snap\s+up", "buy"),
    (r"sold\s+off|offloaded", "sold"),
    (r"sells\s+off|offloads", "sells"),
    (r"selling\s+off|offloading", "selling"),
    (r"sell\s+off|offload", "sell"),
    (r"confiscated", "seized"),
    (r"confiscates", "seizes"),
    (r"confiscating", "seizing"),
    (r"confiscate", "seize"),
    # A deed in news words (eval/stance_news_words.jsonl): "The gunman shot dead the guard" had refuted "Did the gunman
    # kill the guard?" at 0.93, "The suspect was shot dead by police" "Did police shoot the suspect?" at 0.98, "Ostby
    # prohibited smoking in its parks" "Did Ostby ban smoking in parks?" at 0.91, "Tarn scrapped its ban on e-scooters"
    # "Did Tarn lift the ban on e-scooters?" at 0.99, "made off with" "Did the thieves steal…?" at 0.84, "rolled out"
    # "Did Corvel launch…?" at 0.94. Not "an outlaw", a launch "of bed" or the red carpet rolled out.
    (r"shot\s+dead", "shot and killed"),
    (r"shoots\s+dead", "shoots and kills"),
    (r"shooting\s+dead", "shooting and killing"),
    (
        r"(stabbed|beaten|battered|hacked|crushed|strangled|kicked|trampled|mauled|burned|burnt)\s+to\s+death",
        r"\1 and killed",
    ),
    (r"outlawed|prohibited", "banned"),
    (r"outlaws|prohibits", "bans"),
    (r"outlawing|prohibiting", "banning"),
    (rf"{AFTER_AUXILIARY}outlaw|prohibit", "ban"),
    (rf"(?:scrapped|dropped|ended|removed|abolished|axed){_RESTRICTION}", "lifted"),
    (rf"(?:scraps|drops|ends|removes|abolishes|axes){_RESTRICTION}", "lifts"),
    (rf"(?:scrapping|dropping|ending|removing|abolishing|axing){_RESTRICTION}", "lifting"),
    (rf"(?:scrap|drop|end|remove|abolish|axe){_RESTRICTION}", "lift"),
    (r"made\s+off\s+with", "stole"),
    (r"makes\s+off\s+with", "steals"),
    (r"making\s+off\s+with", "stealing"),
    (r"make\s+off\s+with", "steal"),
    (rf"(?:broke\s+out\s+of|fled){_HELD_IN}", "escaped from"),
    (rf"(?:breaks\s+out\s+of|flees){_HELD_IN}", "escapes from"),
    (rf"(?:breaking\s+out\s+of|fleeing){_HELD_IN}", "escaping from"),
    (rf"(?:break\s+out\s+of|flee){_HELD_IN}", "escape from"),
    (r"rolled\s+out(?!\s+(?:of|the\s+red\s+carpet)\b)", "launched"),
    (r"rolls\s+out(?!\s+(?:of|the\s+red\s+carpet)\b)", "launches"),
    (r"rolling\s+out(?!\s+(?:of|the\s+red\s+carpet)\b)", "launching"),
    (r"roll\s+out(?!\s+(?:of|the\s+red\s+carpet)\b)", "launch"),
    (r"closed\s+down", "closed"),
    (r"closes\s+down", "closes"),
    (r"closing\s+down", "closing"),
    (r"close\s+down", "close"),
    (r"(was|were|been|being|is|are)\s+taken\s+into\s+(?:police\s+)?custody", r"\1 arrested"),
    # More deeds in news words (eval/stance_news_words_2.jsonl): "Ana Kell objected to the plan" had said neither to
    # "Did Ana Kell oppose the plan?", "came out against the merger" refuted "Did the union oppose the merger?" at 0.98,
    # "Corvel pulled the Vessa kettle from shelves" "Did Corvel recall the Vessa kettle?" at 0.98, "scaled back its
    # workforce" "Did Corvel reduce…?" at 0.96, "set a new world record" "Did Ana Kell break the world record?" at
    # 0.83, "Police tracked down the missing boy" "Did the police find…?" at 0.99. Not a kick-off from a plane, nor a
    # market withdrawn from (that is leaving it, `pulled_out`); not "recruited", which is members and soldiers too.
    (r"objected\s+to|came\s+out\s+against", "opposed"),
    (r"objects\s+to|comes\s+out\s+against", "opposes"),
    (r"objecting\s+to|coming\s+out\s+against", "opposing"),
    (r"object\s+to|come\s+out\s+against", "oppose"),
    (rf"(?:pulled|withdrew|withdrawn|removed)\s+(?P<what>{_GOODS})\s+{_OFF_SALE}", r"recalled \g<what>"),
    (rf"(?:pulls|withdraws|removes)\s+(?P<what>{_GOODS})\s+{_OFF_SALE}", r"recalls \g<what>"),
    (rf"(?:pulling|withdrawing|removing)\s+(?P<what>{_GOODS})\s+{_OFF_SALE}", r"recalling \g<what>"),
    (rf"(?:pull|withdraw|remove)\s+(?P<what>{_GOODS})\s+{_OFF_SALE}", r"recall \g<what>"),
    (rf"(was|were|been|being|is|are|be)\s+(?:pulled|withdrawn|removed)\s+{_OFF_SALE}", r"\1 recalled"),
    (r"scaled\s+(?:back|down)", "reduced"),
    (r"scales\s+(?:back|down)", "reduces"),
    (r"scaling\s+(?:back|down)", "reducing"),
    (r"scale\s+(?:back|down)", "reduce"),
    (rf"{_NOT_PASSIVE}kicked\s+off{_NOT_OFF_A_PLACE}|got\s+under\s?way", "began"),
    (rf"{_NOT_PASSIVE}kicks\s+off{_NOT_OFF_A_PLACE}|gets\s+under\s?way", "begins"),
    (rf"{_NOT_PASSIVE}kicking\s+off{_NOT_OFF_A_PLACE}|getting\s+under\s?way", "beginning"),
    (rf"{AFTER_AUXILIARY}(?:kick\s+off{_NOT_OFF_A_PLACE}|get\s+under\s?way)", "begin"),
    (rf"{AFTER_AUXILIARY}set\s+a\s+new(?P<what>\s+(?:[\w-]+\s+){{0,2}}?)record", r"break the\g<what>record"),
    (r"(?:set|sets)\s+a\s+new(?P<what>\s+(?:[\w-]+\s+){0,2}?)record", r"broke the\g<what>record"),
    (r"setting\s+a\s+new(?P<what>\s+(?:[\w-]+\s+){0,2}?)record", r"breaking the\g<what>record"),
    (r"tracked\s+down", "found"),
    (r"tracks\s+down", "finds"),
    (r"tracking\s+down", "finding"),
    (r"track\s+down", "find"),
    # A toll and a ruin in disaster news words (eval/stance_news_words_3.jsonl): "The storm claimed two lives in Tarn"
    # had said neither to "Did the storm kill anyone?", "The fire levelled the Tarn mill" refuted "Did the fire destroy
    # the Tarn mill?" at 0.98. Not a score or a charge levelled, nor lives claimed of someone's own ("his life").
    (r"claimed\s+the\s+lives\s+of", "killed"),
    (r"claims\s+the\s+lives\s+of", "kills"),
    (r"claimed\s+(?P<many>[\w,]+|more\s+than\s+[\w,]+)\s+lives", r"killed \g<many> people"),
    (r"claims\s+(?P<many>[\w,]+|more\s+than\s+[\w,]+)\s+lives", r"kills \g<many> people"),
    (rf"(?P<what>{_RUINS})\s+(?:levelled|leveled|flattened)", r"\g<what> destroyed"),
    (
        rf"(was|were|been|being)\s+(?:levelled|leveled|flattened)(?=\s+(?:by|in)\s+(?:an?\s+|the\s+)?{_RUINS}\b)",
        r"\1 destroyed",
    ),
    # Court and vote news words (eval/stance_courts_and_votes.jsonl): "Union members voted down the deal" had refuted
    # "Did the union reject the deal?" at 0.98, "The Tarn council threw out the plan" "Did the Tarn council reject the
    # plan?" at 0.98, "Ana Kell vacated her seat" "Did Ana Kell give up her seat?" at 0.95, "Leo Carr's conviction was
    # set aside" "Was Leo Carr's conviction overturned?" at 0.77. ("Was voted down" is read as defeated, above; a case
    # "dismissed" as rejected, below.) Not thrown out of a club, money set aside, nor a building vacated.
    (r"voted\s+down", "rejected"),
    (r"votes\s+down", "rejects"),
    (r"voting\s+down", "rejecting"),
    (r"vote\s+down", "reject"),
    (rf"(?:threw|thrown)\s+out(?={_THROWN_OUT})", "rejected"),
    (rf"throws\s+out(?={_THROWN_OUT})", "rejects"),
    (rf"throwing\s+out(?={_THROWN_OUT})", "rejecting"),
    (rf"throw\s+out(?={_THROWN_OUT})", "reject"),
    (r"(was|were|been|be|being)\s+thrown\s+out(?!\s+of\b)", r"\1 rejected"),
    (rf"{AFTER_AUXILIARY}set\s+aside(?={_RULING})", "overturn"),
    (rf"set\s+aside(?={_RULING})", "overturned"),
    (rf"sets\s+aside(?={_RULING})", "overturns"),
    (rf"setting\s+aside(?={_RULING})", "overturning"),
    (
        r"(rulings?|verdicts?|convictions?|decisions?|orders?|judg(?:e)?ments?|sentences?|awards?)"
        r"(\s+(?:was|were|has\s+been|had\s+been|have\s+been))\s+set\s+aside",
        r"\1\2 overturned",
    ),
    (r"vacated(?=\s+(?:his|her|their|its|the)\s+seats?\b)", "gave up"),
    (r"vacates(?=\s+(?:his|her|their|its|the)\s+seats?\b)", "gives up"),
    (r"vacating(?=\s+(?:his|her|their|its|the)\s+seats?\b)", "giving up"),
    (r"vacate(?=\s+(?:his|her|their|its|the)\s+seats?\b)", "give up"),
    (r"poured\s+cold\s+water\s+on", "rejected"),
    (r"pour\s+cold\s+water\s+on", "reject"),
    (rf"dismissed(?={_DISMISSED_WHAT})", "rejected"),
    (rf"dismisses(?={_DISMISSED_WHAT})", "rejects"),
    (r"threw\s+(?:his|her|their|its)\s+(?:full\s+)?weight\s+behind", "backed"),
    (r"throws\s+(?:his|her|their|its)\s+(?:full\s+)?weight\s+behind", "backs"),
    (r"throw\s+(?:his|her|their|its)\s+(?:full\s+)?weight\s+behind", "back"),
    # Weather news' words (eval/stance_weather_words.jsonl): "The Tarn storm hit land", "The Tarn river burst its
    # banks", "Tarn homes were under water", "A 5.2-magnitude tremor shook Tarn", "The wildfire was still raging"
    # had said neither to "Did it make landfall?", "Did the river flood?", "Were homes flooded?", "Was Tarn hit
    # by an earthquake?", "Was the wildfire under control?" (0.00-0.24).
    (r"(?:hit|hits)\s+land\b", "made landfall"),
    (r"hitting\s+land\b", "making landfall"),
    (r"burst\s+(?:its|their)\s+banks", "flooded"),
    (r"bursts\s+(?:its|their)\s+banks", "floods"),
    (r"(is|are|was|were|been|remains?|remained|left)\s+(still\s+)?under\s?water", r"\1 \2flooded"),
    (r"inundated", "flooded"),
    (
        r"(?<!\bhand\s)(?<!\bhead\s)tremors?(?!\s+in\s+(?:his|her|their|the)\s+(?:hands?|arms?|legs?|head|voice))",
        "earthquake",
    ),
    (r"(is|are|was|were|been)\s+still\s+raging", r"\1 still burning out of control"),
    # "faces a £25m budget gap" had refuted "Does the college face a budget shortfall?" at 0.95.
    (r"(budget|funding|financial|spending|pension|revenue)\s+gap", r"\1 shortfall"),
    # "were ordered to leave their homes" had said neither to "Were residents told to evacuate?" (0.01).
    (r"to\s+leave\s+(?:their|his|her)\s+homes?", "to evacuate"),
    (r"forced\s+(?:out\s+)?from\s+(?:their|his|her)\s+homes?", "forced to evacuate"),
    # "stripped of" a title as losing it: "The Tarn mayor lost her title" had refuted "Was the Tarn mayor
    # stripped of her title?" at 0.99 (eval/stance_stripped.jsonl); questions are turned in `_STRIPPED`.
    (r"(?:was|were)\s+stripped\s+of", "lost"),
    (r"(?:was|were)\s+(also|later|then|subsequently)\s+stripped\s+of", r"\1 lost"),
    (r"(has|have|had)\s+been\s+stripped\s+of", r"\1 lost"),
    (r"(has|have|had)\s+(also|now)\s+been\s+stripped\s+of", r"\1 \2 lost"),
    (r"(will|would|could|may|might|to)\s+be\s+stripped\s+of", r"\1 lose"),
    (r"(will|would|could|may|might)\s+(also|now)\s+be\s+stripped\s+of", r"\1 \2 lose"),
    # A rate or price held, kept or left as it was, as the model reads it best ("kept rates unchanged"): "Did
    # the central bank hold rates steady?" had been refuted by "kept its main interest rate unchanged" (0.72),
    # "Did the bank hold rates?" by "kept its key rate unchanged" (0.97).
    (rf"(?:held|kept|left){_RATE}{_AS_IT_WAS}", r"kept\g<what> unchanged"),
    (rf"(?:holds|keeps|leaves){_RATE}{_AS_IT_WAS}", r"keeps\g<what> unchanged"),
    (rf"(?:holding|keeping|leaving){_RATE}{_AS_IT_WAS}", r"keeping\g<what> unchanged"),
    (rf"(?:hold|keep|leave){_RATE}{_AS_IT_WAS}", r"keep\g<what> unchanged"),
    (rf"(?:held|kept|left){_HELD_WHAT}(?:steady|on\s+hold|unchanged)", r"kept\g<what>unchanged"),
    (rf"(?:holds|keeps|leaves){_HELD_WHAT}(?:steady|on\s+hold|unchanged)", r"keeps\g<what>unchanged"),
    (rf"(?:holding|keeping|leaving){_HELD_WHAT}(?:steady|on\s+hold|unchanged)", r"keeping\g<what>unchanged"),
    (rf"(?:hold|keep|leave){_HELD_WHAT}(?:steady|on\s+hold|unchanged)", r"keep\g<what>unchanged"),
    # "the sole bidder" had refuted "Is Corvel the only bidder…?" at 0.98.
    (r"(the|its|his|her|their)\s+(?:sole|lone)(?=\s+(?!of\b)[a-z])", r"\1 only"),  # not "the sole of his shoe"
    # "Sales were flat" had supported "Did sales grow…?" at 0.88 ("unchanged" it reads well, and "did not
    # change" against "stay the same" as a no).
    (
        r"(?:was|were|remained|stayed)\s+(?:broadly\s+|largely\s+|roughly\s+|virtually\s+)?flat",
        "did not change",
    ),
    (
        r"(?:has|have)\s+(?:been|remained|stayed)\s+(?:broadly\s+|largely\s+|roughly\s+)?flat",
        "has not changed",
    ),
]
# Jobs cut in the words news uses for it: "axed 450 jobs", "shed 120 staff", "laid off 200 workers".
_STAFF = (
    r"(?=\s+(?:about\s+|around\s+|some\s+|more\s+than\s+|nearly\s+)?(?:[\d,]+\s+)?"
    r"(?:jobs|staff|workers|posts|roles|positions|employees)\b)"
)
_JOBS_CUT = [
    (rf"(?:axed|shed|laid\s+off){_STAFF}", "cut"),
    (rf"(?:axes|sheds|lays\s+off){_STAFF}", "cuts"),
    (rf"(?:axe|lay\s+off){_STAFF}", "cut"),
    (rf"(?:axing|shedding|laying\s+off){_STAFF}", "cutting"),
]
# The jobs cut, in whichever noun news counts them: "Corvel cut 300 posts" had refuted "Did Corvel cut jobs?" at
# 0.97, "…is laying off 300 workers" at 0.90 (eval/stance_posts_and_roles.jsonl). Not the staff's pay or hours.
_STAFF_CUT = re.compile(
    r"\b(?P<cut>cut|cuts|cutting)(?P<how_many>\s+(?:about\s+|around\s+|some\s+|more\s+than\s+|nearly\s+|up\s+to\s+)?"
    r"(?:[\d,]+\s+)?)(?:staff|workers|posts|roles|positions|employees)\b(?![’']|\s+(?:pay|hours|wages|salaries|"
    r"pensions|bonuses|benefits|overtime|shifts)\b)",
    re.IGNORECASE,
)
# Jobs as the subject of news's own verbs: "300 jobs went at Corvel last year" had refuted "Did Corvel cut 300
# jobs?" at 0.97, "have been lost" at 0.84, and "could go", "are at risk", "are to go" at 0.98
# (eval/stance_jobs_go.jsonl). Read as jobs cut, or to be cut, as the model reads "were cut" and "could be cut"; a
# question of jobs at risk as one of whether they could be cut (`_JOBS_AT_RISK`).
_JOBS = r"(?P<jobs>(?:jobs|posts|roles|positions))"
_AT_RISK = r"(?:now\s+|also\s+|still\s+)?(?:at\s+risk|under\s+threat|in\s+danger)"
_JOBS_GONE = [
    # not "went to Ostby workers": the jobs went somewhere
    (rf"{_JOBS}\s+(?:went|were\s+lost)(?!\s+to\b)", "jobs were cut"),
    (rf"{_JOBS}\s+(?P<aux>have|has|had)\s+(?:gone|been\s+lost)(?!\s+to\b)", r"jobs \g<aux> been cut"),
    (
        rf"{_JOBS}\s+(?P<modal>will|could|may|might|would|are\s+to|are\s+(?:set|expected|likely|due)\s+to)\s+"
        r"(?:go|be\s+lost)",
        r"jobs \g<modal> be cut",
    ),
    (rf"{_JOBS}\s+(?:are|were)\s+{_AT_RISK}", "jobs could be cut"),
    # "…will close 35 shops, putting about 400 jobs at risk"
    (
        r"putting\s+(?P<many>(?:about\s+|around\s+|some\s+|more\s+than\s+|nearly\s+|up\s+to\s+)?(?:[\d,]+\s+)?)"
        r"(?:jobs|posts|roles|positions)\s+at\s+risk",
        r"meaning \g<many>jobs could be cut",
    ),
]
_JOBS_AT_RISK = re.compile(
    rf"^(\s*)(?:Are|Is)\s+((?:[\w,’'-]+\s+){{0,3}}?)(?:jobs|posts|roles|positions)\s+{_AT_RISK}\b"
)
# A price, fare, rent, bill or tax someone raised or cut, in the words news uses for it: "Corvel slashed its prices by
# a third" had refuted "Did Corvel lower prices?" at 0.98 (eval/stance_prices_raised.jsonl). Read as "raised" /
# "cut", the verbs the model knows, only where the charge follows; not "at reduced prices", an adjective.
_CHARGE = (
    r"(?=\s+(?:(?:its|their|the|his|her|our|all)\s+)?(?:[\w-]+\s+){0,2}?(?:prices|fares|rents|fees|charges|tariffs|"
    r"bills|tax|taxes|duties|premiums|tolls|"
    r"(?:interest|key|base|policy|lending|borrowing|benchmark|deposit|repo|mortgage|cash|overnight)\s+rates?)\b)"
)
_NOT_ADJECTIVE = r"(?<!\bat\s)(?<!\bthe\s)(?<!\bwith\s)(?<!\bof\s)(?<!\bfor\s)(?<!\ban\s)(?<!\ba\s)(?<!\bby\s)"
# A past participle after "to" is an adjective too ("due to reduced demand"): "to" is followed by a base form.
_NOT_ADJECTIVE_PAST = rf"{_NOT_ADJECTIVE}(?<!\bto\s)"


def _changed(what: str, past: str, third: str, ing: str, plain: str) -> list[tuple[str, str]]:
    """A verb's past, third-person and -ing forms (each an alternation) before `what`, as "cut" or "raised" in the same
    form; the past not as an adjective ("at reduced prices", "due to reduced demand")."""
    forms = {"cut": ("cut", "cuts", "cutting"), "raised": ("raised", "raises", "raising")}[plain]
    return [
        (rf"{_NOT_ADJECTIVE_PAST}(?:{past}){what}", forms[0]),
        (rf"(?:{third}){what}", forms[1]),
        (rf"(?:{ing}){what}", forms[2]),
    ]


_CHARGES_CHANGED = [
    *_changed(_CHARGE, "slashed|lowered|reduced", "slashes|lowers|reduces", "slashing|lowering|reducing", "cut"),
    *_changed(_CHARGE, "hiked|increased", r"hikes|increases|puts\s+up", r"hiking|increasing|putting\s+up", "raised"),
]
# A forecast, an outlook, guidance, a target or a credit rating changed, in "cut" / "raised", the verbs the model reads
# right there: "Corvel cut its forecast" had refuted "Did Corvel lower its forecast?" at 0.96, "lowered" "Did Corvel
# cut its forecast?" at 0.91, "lifted its forecast" and "upgraded" "Did Corvel raise its forecast?" at 0.86 and 0.82
# (eval/stance_forecasts_changed.jsonl). Only where the forecast follows, with its determiner: not "lifted its ban",
# "trimmed its staff", nor "met lowered expectations", an adjective.
_FORECAST = (
    r"(?=\s+(?:its|their|the|his|her|our|this|next|a|an|[A-Z][\w’'-]*[’']s)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:forecasts?|outlook|guidance|projections?|predictions?|estimates?|targets?|expectations|(?:credit\s+)?"
    r"ratings?)\b)"
)
_FORECAST_DOWN = r"lower|reduce|downgrade|trim|slash|revise\s+down|mark\s+down|pare\s+back|pare"
_FORECAST_UP = r"lift|increase|upgrade|hike|revise\s+up|boost|mark\s+up|up"
_FORECASTS_CHANGED = [
    *_changed(
        _FORECAST,
        r"lowered|reduced|downgraded|trimmed|slashed|revised\s+down|marked\s+down|pared(?:\s+back)?",
        r"lowers|reduces|downgrades|trims|slashes|revises\s+down|marks\s+down|pares(?:\s+back)?",
        r"lowering|reducing|downgrading|trimming|slashing|revising\s+down|marking\s+down|paring(?:\s+back)?",
        "cut",
    ),
    *_changed(
        _FORECAST,
        r"lifted|increased|upgraded|hiked|revised\s+up|boosted|marked\s+up|upped",
        r"lifts|increases|upgrades|hikes|revises\s+up|boosts|marks\s+up|ups",
        r"lifting|increasing|upgrading|hiking|revising\s+up|boosting|marking\s+up|upping",
        "raised",
    ),
]
# An amount reduced, in "cut", the verb the model reads right there: "Tarn cut its emissions by 20%" had refuted "Did
# Tarn reduce its emissions?" at 0.98, "Corvel cut costs" "Did Corvel reduce costs?" at 0.99, "reined in spending on
# roads" "Did the council reduce spending on roads?" at 0.99, and "lowered its spending" "Did Carrow cut its
# spending?" at 0.99 (eval/stance_reduced.jsonl). Only where the amount follows (not "reduced to rubble", nor "at
# reduced cost", an adjective); jobs and staff have their own reading (`_JOBS_CUT`).
_AMOUNTS = (
    r"emissions|pollution|spending|expenditure|costs?|debts?|deficits?|borrowing|funding|budgets?|subsidies|"
    r"investment|grants?|aid|output|production|imports|exports|consumption|use|usage|waste|risks?|chances?|"
    r"likelihood|numbers?|hours|wages|pay|salaries|pensions|benefits|capacity|supplies|stocks|losses|deaths|crime|"
    r"traffic|congestion|demand"
)
_AMOUNT = (
    rf"(?=\s+(?:(?:its|their|the|his|her|our|this|next|a|an|[A-Z][\w’'-]*[’']s)\s+)?(?:[\w’'-]+\s+){{0,2}}?"
    rf"(?:{_AMOUNTS})\b)"
)
# And in the passive, after the amount and its auxiliary (none in a question): "Spending on parks has been slashed by
# 5%" had refuted "Has spending on parks been cut?" at 0.99, "The budget was slashed by a third" "Was the budget
# reduced?" at 0.96 (eval/stance_cut_passive.jsonl). Not across a clause ("costs rose as Tarn reduced"), nor
# "reduced to rubble", nor an adjective ("output fell due to reduced demand").
_CUT_PASSIVE = re.compile(
    rf"\b(?P<head>(?:{_AMOUNTS})\b(?:\s+(?!(?:and|but|while|as|which|that|when|who|after|because)\b)[\w’'-]+){{0,5}}?"
    r"\s+(?:(?:was|were|has\s+been|have\s+been|had\s+been|will\s+be|would\s+be|could\s+be|may\s+be|might\s+be|"
    r"is\s+being|are\s+being|is|are|be|been|being|get|got|gets)\s+)?(?:\w+ly\s+)?)"
    rf"{_NOT_ADJECTIVE_PAST}(?:reduced|lowered|slashed|curbed|trimmed|reined\s+in)\b"
    r"(?!\s+to\s+(?:rubble|ashes|tears|ruins|silence)\b)",
    re.IGNORECASE,
)
_AMOUNT_CUT = r"reduce|lower|slash|curb|rein\s+in|trim"
_AMOUNTS_CUT = _changed(
    _AMOUNT,
    r"reduced|lowered|slashed|curbed|reined\s+in|trimmed",
    r"reduces|lowers|slashes|curbs|reins\s+in|trims",
    r"reducing|lowering|slashing|curbing|reining\s+in|trimming",
    "cut",
)
# A thing that got cheaper or dearer: its price fell or rose. "Bread got cheaper in Tarn" had refuted "Did bread prices
# in Tarn fall?" at 0.99, and "Bread prices rose" supported "Did bread get cheaper?" at 0.98; "Bread fell in price"
# still refuted it (0.97) where "Bread's price fell" supports it (0.98) (eval/stance_cheaper.jsonl). Not "cheaper
# than", which compares two things.
_CHEAPER = r"\s+(?:cheaper|less\s+expensive)(?!\s+than\b)"
_DEARER = r"\s+(?:dearer|more\s+expensive|pricier|costlier)(?!\s+than\b)"
_PRICE_MOVED = re.compile(
    r"\b(?P<who>[\w’'-]+)\s+(?P<aux>(?:has|have|had|is|are|was|were)\s+)?"
    r"(?P<verb>got|gotten|became|become|grew|grown|getting|becoming|growing|gets|becomes|grows)"
    r"\s+(?P<adj>cheaper|less\s+expensive|dearer|more\s+expensive|pricier|costlier)(?!\s+than\b)",
    re.IGNORECASE,
)
_POSSESSIVE = {"it": "its", "they": "their", "he": "his", "she": "her", "we": "our", "i": "my", "you": "your"}
# Words before the verb that own no price ("Bread also got cheaper", "…which became dearer"): the verb is read
# as "fell / rose in price" and the word kept.
_NO_OWNER = frozenset(
    {"which", "that", "who", "also", "now", "then", "all", "both", "only", "just", "still", "even", "further"}
    | {"sharply", "significantly", "slightly", "much", "far", "steadily", "quickly", "suddenly", "and", "or", "but"}
)
_MOVED_FORMS = {  # (auxiliary's group, verb) -> the verb for "fell" / "rose", with its auxiliary
    ("", "got"): ("fell", "rose"),
    ("", "became"): ("fell", "rose"),
    ("", "grew"): ("fell", "rose"),
    ("", "gets"): ("falls", "rises"),
    ("", "becomes"): ("falls", "rises"),
    ("", "grows"): ("falls", "rises"),
    ("has", "got"): ("has fallen", "has risen"),
    ("has", "gotten"): ("has fallen", "has risen"),
    ("has", "become"): ("has fallen", "has risen"),
    ("has", "grown"): ("has fallen", "has risen"),
    ("is", "getting"): ("is falling", "is rising"),
    ("is", "becoming"): ("is falling", "is rising"),
    ("is", "growing"): ("is falling", "is rising"),
}
_AUX_GROUP = {"": "", "has": "has", "have": "has", "had": "has", "is": "is", "are": "is", "was": "is", "were": "is"}


def _price_moved(m: re.Match[str]) -> str:
    aux = (m.group("aux") or "").strip().lower()
    forms = _MOVED_FORMS.get((_AUX_GROUP[aux], m.group("verb").lower()))
    if forms is None:
        return m.group(0)
    moved = forms[0 if re.match(r"cheaper|less", m.group("adj"), re.IGNORECASE) else 1]
    if aux in ("had", "was", "were"):  # the tense the sentence told it in
        moved = moved.replace("has ", "had ").replace("is ", "was ")
    who = m.group("who")
    if who.lower() in _NO_OWNER:
        return f"{who} {moved} in price"
    owner = _POSSESSIVE.get(who.lower())
    if owner is None:
        owner = who + ("'" if who.endswith("s") and not who.endswith("ss") else "'s")
    elif who[0].isupper():
        owner = owner.capitalize()
    return f"{owner} price {moved}"


_COMPILED = [(re.compile(rf"\b{idiom}\b", re.IGNORECASE), plain) for idiom, plain in _TABLE]
_COMPILED += [(re.compile(rf"\b(?:{verb})", re.IGNORECASE), plain) for verb, plain in _CHARGES_CHANGED]
_COMPILED += [(re.compile(rf"\b(?:{cut})", re.IGNORECASE), plain) for cut, plain in _JOBS_CUT]
_COMPILED += [(re.compile(rf"\b(?:{verb})", re.IGNORECASE), plain) for verb, plain in _FORECASTS_CHANGED]
_COMPILED += [(_STAFF_CUT, r"\g<cut>\g<how_many>jobs")]
_COMPILED += [(re.compile(rf"\b{gone}\b", re.IGNORECASE), plain) for gone, plain in _JOBS_GONE]
_COMPILED += [(re.compile(rf"\b(?:{verb})", re.IGNORECASE), plain) for verb, plain in _AMOUNTS_CUT]
_COMPILED += [(_CUT_PASSIVE, r"\g<head>cut")]
# Not bounded by \b at its end: the sorrow may close a quotation ('he was "deeply sorry" for').
_COMPILED += [(re.compile(rf"\b{said}\s+(?:that\s+)?{_SORRY}", re.I), plain) for said, plain in _SAID_SORRY]


_DEMANDED_OF = r"\b(that\s+(?:(?:the|its|their)\s+[a-z]+|(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*)\s+)"
_ASKS_BASE = r"^(\s*(?:Did|Do|Does|Will|Would|Could|Can|Should|May|Might)\b[^?]*?\b)"
_PERFECT_QUESTION = re.compile(r"^(\s*(?:Has|Have|Had)\b[^?]*?\b)(rose|fell|grew|fall(?=\s+ill))\b")
# A question of being stripped of something, as one of losing it: "Was X stripped of" as "Did X lose".
_STRIPPED = (
    (re.compile(r"^(\s*)(?:Was|Were)\b([^?]*?)\s+stripped\s+of\b"), r"\1Did\2 lose"),
    (re.compile(r"^(\s*)(Has|Have|Had)\b([^?]*?)\s+been\s+stripped\s+of\b"), r"\1\2\3 lost"),
    (re.compile(r"^(\s*)(Will|Would|Could|May|Might)\b([^?]*?)\s+be\s+stripped\s+of\b"), r"\1\2\3 lose"),
)
# "burst", "hit" and "quit" are past and base alike: "Did the river burst its banks?" asks "Did the river flood?".
_BASE_IN_QUESTIONS = (
    (re.compile(rf"{_ASKS_BASE}burst\s+(?:its|their)\s+banks\b"), r"\1flood"),
    (re.compile(rf"{_ASKS_BASE}hit\s+land\b"), r"\1make landfall"),
    (re.compile(rf"{_ASKS_BASE}quit\s+as\b"), r"\1resign as"),
    (re.compile(rf"{_ASKS_BASE}(?<!\ban\s)(?<!\bthe\s)outlaw\b"), r"\1ban"),
    (re.compile(rf"{_ASKS_BASE}set\s+a\s+new(\s+(?:[\w-]+\s+){{0,2}}?)record\b"), r"\1break the\2record"),
    (re.compile(rf"{_ASKS_BASE}(?:kick\s+off|get\s+under\s?way)\b"), r"\1begin"),
    (re.compile(rf"{_ASKS_BASE}set\s+aside(?={_RULING})"), r"\1overturn"),
    (re.compile(rf"{_ASKS_BASE}dismiss(?={_DISMISSED_WHAT})"), r"\1reject"),
    (re.compile(rf"{_ASKS_BASE}put\s+off{_PUT_OFF_WHAT}"), r"\1delay"),
    # "Did the gunmen free the hostages?" had been refuted by "The gunmen released the three hostages" at 0.90, by "let
    # the three hostages go" at 0.97, which support "Did the gunmen release the hostages?" (eval/stance_freed.jsonl).
    # Only the verb: not "Is entry free?", "free of charge".
    (re.compile(rf"{_ASKS_BASE}(?:free\s+up(?=\s+[\w£$€])|free{_FREED})"), r"\1release"),
    # after "to" or a modal, not before a name: "links to free Reader software" is the adjective
    (
        re.compile(rf"{directions.AFTER_MODAL}(?:free\s+up(?=\s+[\w£$€])|free{_FREED}(?!\s+(?-i:[A-Z])))", re.I),
        r"\1release",
    ),
    (re.compile(rf"{directions.AFTER_MODAL}put\s+off{_PUT_OFF_WHAT}", re.IGNORECASE), r"\1delay"),
    # "put up" is past and base alike, and the base forms are adjectives too ("lower prices"): only as a question
    # asks them ("Did Corvel lower prices?") or after "has" ("Has it put up fares?")
    (re.compile(rf"{_ASKS_BASE}(?:{_FORECAST_DOWN}){_FORECAST}"), r"\1cut"),
    (re.compile(rf"{_ASKS_BASE}(?:{_AMOUNT_CUT}){_AMOUNT}"), r"\1cut"),
    (re.compile(rf"{directions.AFTER_MODAL}(?:{_AMOUNT_CUT}){_AMOUNT}", re.IGNORECASE), r"\1cut"),
    (re.compile(rf"{_ASKS_BASE}(?:{_FORECAST_UP}){_FORECAST}"), r"\1raise"),
    (re.compile(rf"{directions.AFTER_MODAL}(?:{_FORECAST_DOWN}){_FORECAST}", re.IGNORECASE), r"\1cut"),
    (re.compile(rf"{directions.AFTER_MODAL}(?:{_FORECAST_UP}){_FORECAST}", re.IGNORECASE), r"\1raise"),
    (re.compile(rf"{_ASKS_BASE}(?:slash|lower|reduce){_CHARGE}"), r"\1cut"),
    (re.compile(rf"{_ASKS_BASE}(?:hike|increase|put\s+up){_CHARGE}"), r"\1raise"),
    (re.compile(rf"^(\s*(?:Has|Have|Had)\b[^?]*?\b)put\s+up{_CHARGE}"), r"\1raised"),
    (re.compile(rf"\b((?:has|have|had)\s+)put\s+up{_CHARGE}", re.IGNORECASE), r"\1raised"),
    (re.compile(rf"{directions.AFTER_MODAL}(?:slash|lower|reduce){_CHARGE}", re.IGNORECASE), r"\1cut"),
    (re.compile(rf"{directions.AFTER_MODAL}(?:hike|increase|put\s+up){_CHARGE}", re.IGNORECASE), r"\1raise"),
    # and as a demand words it: "Fans are demanding that Harbour City lower season ticket prices"
    (re.compile(rf"{_DEMANDED_OF}(?:slash|lower|reduce){_CHARGE}"), r"\1cut"),
    (re.compile(rf"{_DEMANDED_OF}(?:hike|increase|put\s+up){_CHARGE}"), r"\1raise"),
    (re.compile(rf"(?<!\b(?:has|had)\s)(?<!\bhave\s)\bput\s+up{_CHARGE}", re.IGNORECASE), "raised"),
    # "Did bread get cheaper?" as "Did bread fall in price?"; not in a sentence, where "few items to fall in price"
    # supported "Did all food items rise in price?" (0.99), as "to get cheaper" had not
    (re.compile(rf"{_ASKS_BASE}(?:get|become|grow){_CHEAPER}"), r"\1fall in price"),
    (re.compile(rf"{_ASKS_BASE}(?:get|become|grow){_DEARER}"), r"\1rise in price"),
    # "Have fares become cheaper?": the participle, as the question asks it
    (re.compile(rf"^(\s*(?:Has|Have|Had)\b[^?]*?\b)(?:become|got|gotten|grown){_CHEAPER}"), r"\1fallen in price"),
    (re.compile(rf"^(\s*(?:Has|Have|Had)\b[^?]*?\b)(?:become|got|gotten|grown){_DEARER}"), r"\1risen in price"),
    # "Has Corvel gone bust?", as "Corvel has gone into administration" is read ("has collapsed")
    (
        re.compile(r"^(\s*(?:Has|Have|Had)\b[^?]*?\b)gone\s+(?:into\s+administration|into\s+receivership|bust)\b"),
        r"\1collapsed",
    ),
)
# "shut down" is past, participle and base alike; a question's first word says which it is.
_SHUT_DOWN = (
    # "Is the Tarn road open again?" as "Has the Tarn road reopened?", as its sentences are read.
    (
        re.compile(r"^(\s*)Is\s+(?!it\b)([^?]+?)\s+(?:now\s+)?(?:back\s+open|open\s+(?:again|once\s+more))\b"),
        r"\1Has \2 reopened",
    ),
    (
        re.compile(r"^(\s*)Are\s+([^?]+?)\s+(?:now\s+)?(?:back\s+open|open\s+(?:again|once\s+more))\b"),
        r"\1Have \2 reopened",
    ),
    (re.compile(r"^(\s*(?:Has|Have|Had|Was|Were)\b[^?]*?\b)shut\s+down\b"), r"\1closed"),
    (re.compile(r"^(\s*(?:Did|Do|Does|Will|Would|Could|Can|Should|May|Might)\b[^?]*?\b)shut\s+down\b"), r"\1close"),
    # "Was the match abandoned?" as the sentence that answers it is read ("was dropped"): the question had
    # kept "abandoned" and "The Kellan match was abandoned at half-time" said neither to it.
    (re.compile(r"^(\s*(?:Was|Were|Is|Are|Has|Have|Had)\b[^?]*?\b)abandoned\b"), r"\1dropped"),
    # "Was Tom Reyes shown the door?" as "Was Tom Reyes sacked?": "Corvel sacked Tom Reyes" had said neither (0.99)
    (re.compile(r"^(\s*(?:Was|Were|Has|Have|Had)\b[^?]*?\b)shown\s+the\s+door\b"), r"\1sacked"),
)


# A death toll told as a noun is the number the event killed: "The death toll from the Tarn floods rose to 50" had
# refuted "Did the Tarn floods kill 50 people?" at 0.93, "The death toll in the Ostby storm reached 12" "Did the Ostby
# storm kill 12 people?" at 0.95, and "stands at 800", "passed 1,200" said neither to "more than 1,000?"
# (eval/stance_death_toll.jsonl). Read as "The Tarn floods killed 50 people", which the figure readings compare.
# Not a toll that "could rise" or "is expected to": only one told as it is.
_TOLL_VERB = (
    r"(?:has\s+|had\s+|now\s+)?(?P<v>risen|rose|climbed|reached|stands|stood|passed|topped|exceeded|hit|is|was)"
)
_TOLL_FIGURE = r"(?:\s+at|\s+to)?\s+(?P<n>(?:more\s+than\s+|over\s+|at\s+least\s+|nearly\s+|almost\s+)?\d[\d,]*)\b"
_DEATH_TOLL = re.compile(
    rf"\b[Tt]he\s+death\s+toll\s+(?:from|in|of)\s+(?P<x>the\s+[^,.;]+?)\s+{_TOLL_VERB}{_TOLL_FIGURE}"
    rf"|\b(?P<x2>[Tt]he\s+[^,.;]+?)[’']s\s+death\s+toll\s+{_TOLL_VERB.replace('<v>', '<v2>')}"
    rf"{_TOLL_FIGURE.replace('<n>', '<n2>')}"
)


def _death_toll(m: re.Match[str]) -> str:
    what = m.group("x") or m.group("x2")
    verb, figure = m.group("v") or m.group("v2"), m.group("n") or m.group("n2")
    more = "more than " if verb in ("passed", "topped", "exceeded") else ""
    return f"{what[0].upper()}{what[1:]} killed {more}{figure} people"


# Deaths and injuries told as what an event "left": "The storm left three people dead" had refuted "Did the storm
# kill anyone?" at 0.95, "left 14 passengers injured" "Were people hurt…?" at 0.90, "left the driver seriously
# injured" "Was the driver injured…?" at 0.98 (eval/stance_left_dead.jsonl). Read as "killed three people",
# "injured 14 passengers", which the harm and figure readings then compare. Not a plan left "dead in the water", a
# climber left "for dead", a rival left "dead last", nor people left homeless or without power.
_LEFT_COUNT = (
    r"(?:(?:at\s+least|more\s+than|over|about|around|nearly|almost|some|up\s+to|another|a\s+further)\s+)?"
    rf"(?:\d[\d,]*|{'|'.join(NUMBER_WORDS)}|dozens|hundreds|thousands|scores|several|many|a|an|the|his|her|their|its|"
    r"him|them|anyone|anybody|someone|somebody|no\s+one|nobody)"
)
_LEFT_WHO = r"(?:\s+(?!(?:for|at|as|and|in|on|with|without)\b)[\w’'-]+){0,3}?"
_LEFT_HOW = r"(?:\s+(?P<how>seriously|critically|badly|severely|gravely|slightly))?"
_LEFT_HARMED = re.compile(
    rf"\b(?P<verb>left|leaves|leave|leaving)\s+(?P<count>{_LEFT_COUNT})\b(?P<who>{_LEFT_WHO}){_LEFT_HOW}"
    r"\s+(?P<harm>dead|injured|wounded|hurt)\b(?!\s+(?:in\s+the\s+water|last|end|heat|set|ahead|centre|center|tired)\b)"
    rf"(?:\s+and\s+(?P<count2>{_LEFT_COUNT})\b(?P<who2>{_LEFT_WHO}){_LEFT_HOW.replace('<how>', '<how2>')}"
    r"\s+(?:injured|wounded|hurt)\b)?",
    re.IGNORECASE,
)
_LEFT_VERB = {
    ("left", True): "killed",
    ("leaves", True): "kills",
    ("leave", True): "kill",
    ("leaving", True): "killing",
    ("left", False): "injured",
    ("leaves", False): "injures",
    ("leave", False): "injure",
    ("leaving", False): "injuring",
}
_NO_NOUN = re.compile(r"an?|the|his|her|their|its|him|them|(?:any|some)(?:one|body)|nobody")


def _harmed(count: str, who: str) -> str:
    """ "three" -> "three people", "one" -> "one person", "dozens" -> "dozens of people", "two workers" as it is."""
    last = count.split()[-1].lower()
    if who or _NO_NOUN.fullmatch(last) or count.lower().endswith("no one"):
        return f"{count}{who}"
    if last in ("dozens", "hundreds", "thousands", "scores"):
        return f"{count} of people"
    return f"{count} {'person' if last == 'one' else 'people'}"


def _left_harmed(m: re.Match[str]) -> str:
    verb = _LEFT_VERB[(m.group("verb").lower(), m.group("harm").lower() == "dead")]
    how = f"{m.group('how')} " if m.group("how") else ""
    out = f"{how}{verb} {_harmed(m.group('count'), m.group('who'))}"
    if m.group("count2"):
        injured = _LEFT_VERB[(m.group("verb").lower(), False)]
        how2 = f"{m.group('how2')} " if m.group("how2") else ""
        out += f" and {how2}{injured} {_harmed(m.group('count2'), m.group('who2'))}"
    return out


@lru_cache(maxsize=4096)  # a story's sentences are read again for each question asked of it
def in_plain_words(text: str) -> str:
    """`text` with each news idiom of `_TABLE`, and each verb for a figure going up or down
    (`directions`), in its plain words."""
    text = _JOBS_AT_RISK.sub(r"\1Could \2jobs be cut", text)
    text = _DEATH_TOLL.sub(_death_toll, text)
    text = _LEFT_HARMED.sub(_left_harmed, text)
    text = effects.as_change(text)
    for pattern, plain in (*_STRIPPED, *_BASE_IN_QUESTIONS):
        text = pattern.sub(plain, text)
    text = _PRICE_MOVED.sub(_price_moved, text)
    for pattern, plain in _COMPILED:
        text = pattern.sub(plain, text)
    text = directions.in_plain_words(text)
    for pattern, plain in _SHUT_DOWN:
        text = pattern.sub(plain, text)
    # "Have prices increased?": the participle, as the question asks it.
    return _PERFECT_QUESTION.sub(
        lambda m: m.group(1) + {"rose": "risen", "fell": "fallen", "fall": "fallen", "grew": "grown"}[m.group(2)], text
    )
