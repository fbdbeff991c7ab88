"""The coder's word sets and patterns: which words mark a status, a group, a threat, a place…."""

from __future__ import annotations

import re

_WORD = re.compile(r"[A-Za-z]+(?:'[a-z]+)?")
_PRONOUNS_PERSON = {"he", "she", "him", "her", "his"}
_PRONOUNS_GROUP = {"it", "they", "them", "we", "its", "their"}
_FUTURE_AUX = {"will", "shall", "'ll"}
_HYPOTHETICAL_AUX = {"could", "might", "may", "would", "should"}
_PLANNED_MODIFIERS = {"planned", "upcoming", "scheduled", "forthcoming", "expected", "future", "next"}
_HYPOTHETICAL_MODIFIERS = {"possible", "potential", "proposed", "hypothetical", "prospective"}
#: prepositions that give a phrase's topic or reason, whose parties are not the phrase's own
_TOPIC_PREPS = {"over", "about", "regarding", "concerning"}
_SKIP_SUBTREE = {"relcl", "acl", "advcl", "ccomp", "parataxis", "appos"}
# Particles that turn a verb into another one ("give up", "call off", "back down"), unless the
# verb only gains strength from them ("step up pressure").
# Passive verbs whose subject is the doer of their complement: "is expected to meet", "is set to sign".
_RAISING = {"expect", "schedule", "set", "due", "slate", "suppose", "believe", "report", "say", "plan", "invite",
            "ask", "urge", "force", "allow", "permit", "authorize", "authorise", "order"}
_SENSE_CHANGING_PARTICLES = {"up", "off", "down", "back", "away", "over", "in"}
_INTENSIFIED_VERBS = {"step", "ramp", "beef", "build", "shore", "scale", "crack", "set", "drum", "wind", "round"}
#: words of a hostile verdict ("called the launch a reckless provocation"), among them the names of
#: atrocities ("called the raid a massacre": "called X Y" judges X's doer) and insults ("called the
#: ambassador a very stupid guy")
_HOSTILE_WORDS = frozenset({
    "provocation", "provocative", "reckless", "barbaric", "irresponsible", "outrageous", "selfish", "illegal",
    "unacceptable", "violation", "threat", "dangerous", "aggression", "aggressive", "act", "criminal", "crime",
    "terrorist", "brutal", "hostile", "absurd", "lie", "farce", "sham", "mistake", "blunder", "insult", "betrayal",
    "destabilizing", "destabilising", "grave", "unreasonable", "unjust", "unfair", "discriminatory", "retaliation",
    "coercion", "bullying", "interference", "blackmail", "wrong", "groundless", "baseless", "unfounded",
    "massacre", "atrocity", "genocide", "slaughter", "murder", "invasion", "occupation",
    "stupid", "idiot", "fool", "foolish", "liar", "clown", "incompetent", "disgrace", "disgraceful", "shameful",
    "shameless", "hypocrite", "hypocritical", "dishonest", "traitor", "thug", "tyrant", "dictator", "murderer",
    "butcher", "pathetic", "ridiculous", "nonsense", "coward", "cowardly", "racist", "fascist", "evil", "rogue",
    "pariah", "puppet", "gangster", "despicable",
    # events-16: words of hostile rhetoric said of another's conduct ("was spreading belligerent rhetoric")
    "belligerent", "warmonger", "warmongering", "inflammatory", "confrontational", "escalatory", "malicious",
    "malign", "slander", "slanderous", "smear", "hysteria", "hysterical", "arrogant", "arrogance", "hegemonic",
    "hegemony", "imperialist", "propaganda", "disinformation", "intimidation", "militaristic", "expansionist",
    "expansionism", "irrational", "deplorable", "regrettable", "counterproductive", "unprovoked", "lawless",
    # events-18: names of a wrongful taking, which "described the annexation as a land grab" gives a deed
    "grab", "piracy", "theft", "robbery", "kidnapping", "hijacking", "extortion", "banditry",
    # events-18: and words that deny an act its right ("described the detentions as arbitrary")
    "unjustified", "unjustifiable", "unwarranted", "unlawful", "illegitimate", "arbitrary"})
#: verbs of regarding whose "as" phrase is a verdict ("regarded the measures as unreasonable retaliation");
#: events-17: and of presenting ("presented the attack as retaliation", "portrayed the drills as a threat")
_REGARD = frozenset({"regard", "view", "see", "consider", "characterize", "characterise", "describe", "condemn",
                     "denounce", "criticize", "criticise", "present", "portray", "depict", "justify"})
#: words of a warm verdict ("called it a welcome first step", "called Japan a valued partner")
_WARM_WORDS = frozenset({"friend", "partner", "ally", "success", "historic", "milestone", "breakthrough",
                         "constructive", "positive", "productive", "fruitful", "excellent", "great", "important",
                         "valuable", "welcome", "encouraging", "hopeful", "landmark"})
#: events-16: words of praise for another's cause or act ("a sacred fight", "legally binding"): what a
#: reported clause must say to praise; the warm words above also describe relations ("relations were
#: important"), which a statement says without praising anyone
_PRAISE_WORDS = frozenset({"binding", "sacred", "righteous", "heroic", "commendable", "laudable", "admirable",
                           "courageous", "exemplary", "praiseworthy", "brave"})
#: events-16: a verb and a word of its object or phrase that together pass a hostile verdict on the
#: clause's subject ("had crossed a red line", "was playing with fire", "stoked tensions")
_HOSTILE_IDIOMS = frozenset({
    ("cross", "line"), ("play", "fire"), ("fan", "flame"), ("add", "fuel"), ("pour", "oil"), ("stoke", "tension"),
    ("fuel", "tension"), ("inflame", "tension"), ("heighten", "tension"), ("escalate", "tension"),
    ("raise", "tension"), ("stir", "tension"), ("stir", "trouble"), ("stir", "confrontation"), ("sow", "discord"),
    ("sow", "division"), ("sow", "chaos"), ("undermine", "peace"), ("undermine", "stability"), ("threaten", "peace"),
    ("threaten", "stability"), ("endanger", "peace"), ("endanger", "stability"), ("jeopardise", "peace"),
    ("jeopardize", "peace"), ("poison", "relation"), ("poison", "tie"), ("damage", "relation"), ("damage", "tie"),
    ("harm", "relation"), ("hurt", "relation"), ("hurt", "feeling"), ("spread", "rumour"), ("spread", "rumor"),
    ("spread", "fear"), ("meddle", "affair"), ("interfere", "affair")})
#: events-16: a verb and its object that together pass a warm verdict ("deserved the world's support")
_APPROVING_IDIOMS = frozenset({
    ("deserve", "support"), ("deserve", "praise"), ("deserve", "credit"), ("deserve", "respect"),
    ("deserve", "recognition"), ("deserve", "help"), ("deserve", "assistance"), ("deserve", "solidarity"),
    ("set", "example"), ("show", "leadership"), ("show", "courage")})
# "SEOUL, Nov 24 — ", "UNITED NATIONS (Reuters) — ": the place line of wire copy
_DATELINE = re.compile(
    r"[A-Z][A-Z .'’-]{2,40}(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?(?:\s*\([^)]{1,30}\))?\s*[—–-]{1,2}\s+"
)
# a sentence that opens with a pronoun or a definite plural ("The two sides will …", "The leaders
# also …") speaks of actors named before
_CONTINUING_START = re.compile(r"\s*(?:He|She|They|Both sides|Neither (?:side|country)|"
                               r"The (?:two )?(?:sides|leaders|ministers|delegations|"
                               r"negotiators|envoys)|The (?:agency|bloc|alliance|council|organi[sz]ation|ministry)|"
                               # "The group fired rockets": an armed group named before (events-17)
                               r"The (?:group|movement|rebels|militants|militia)\b|"
                               # "The last direct negotiations broke down …": a joint event named before (events-14)
                               r"The (?:[a-z]+ ){0,2}(?:talks|negotiations|fighting|clashes)|The (?:two|three|four)|"
                               # "Military commanders from both sides …": people of the two parties
                               r"[A-Z][\w-]*(?:\s+[\w-]+){0,2}\s+from (?:both|the two) sides)\b")
_ELLIPSIS = re.compile(r"\b(?:follow(?:s|ed|ing)? suit|do(?:es|ne|ing)? the same|did the same|(?:do|does|did|done) "
                       r"(?:likewise|so|too)|[Ss]o (?:did|do|does|will|would|has|have)|in kind|reciprocat\w*|"
                       r"(?:mirror|match|cop|emulat|replicat|follow)\w* (?:the|that|this|its|their|[A-Z][\w.]*'s?) "
                       r"(?:\w+ )?(?:move|measure|step|decision|lead|example)|"
                       r"follow(?:s|ed)?(?= *[.;]| (?:on|in|within|days|weeks|shortly|soon|later)\b))\b")
#: events-18: verbs that repeat another party's act by naming it only as a move ("mirrored the
#: move", "matched the measure", "followed Washington's lead") and the nouns that name it so
_COPYING = frozenset({"mirror", "match", "copy", "emulate", "replicate", "follow", "imitate"})
_COPIED_ACTS = frozenset({"move", "measure", "step", "decision", "lead", "example"})
#: the prepositions of a time phrase, all a bare "followed" may have ("followed on Friday")
_FOLLOWING_TIME = frozenset({"on", "in", "within", "after", "at", "by", "during"})
#: the adverbs a bare "followed" may have: of time, or of doing it too ("soon followed", not "followed closely")
_FOLLOWING_SOON = frozenset({"soon", "later", "shortly", "quickly", "swiftly", "then", "also", "too", "quick",
                             "promptly"})
_STRAIGHT_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})
# Judgements of someone's act (praise, disapproval, rejection): their object's doer is the recipient.
_VERDICT_ROOTS = {"05", "11", "12"}
_FIGURATIVE = {"diplomatic", "charm", "peace", "media", "propaganda", "political", "trade", "verbal", "rhetorical",
               "price", "tariff", "currency", "culture", "cultural", "legal", "information", "smile"}
# Sectors that are no political actor: a company's lawsuit or a university's study is no event.
_NOT_POLITICAL = {"BUS", "EDU"}
#: nouns for people acting as a group or in a role: a state or demonym that qualifies one names the
#: actor ("Egyptian demonstrators rioted", "Iran's religious leader rejected"), where it only owns a
#: thing that does not act ("Japan's Sony said", "the Chinese team protested")
_GROUP_NOUNS = frozenset({
    "people", "citizen", "national", "civilian", "resident", "villager", "farmer", "peasant", "worker", "student",
    "youth", "teenager", "protester", "protestor", "demonstrator", "activist", "rioter", "striker", "marcher",
    "crowd", "mob", "dissident", "opponent", "supporter", "refugee", "migrant", "settler", "landowner", "miner",
    "teacher", "doctor", "lawyer", "monk", "cleric", "leader", "official", "ruler", "chief", "commander", "general",
    "officer", "soldier", "troop", "force", "army", "police", "policeman", "guard", "rebel", "insurgent", "guerrilla",
    "guerilla", "militant", "separatist", "gunman", "militia", "militiaman", "fighter", "jihadist", "extremist",
    "nationalist", "radical", "hardliner", "faction", "opposition", "government", "authority", "regime",
    "administration", "ministry", "court", "tribunal", "judge", "prosecutor", "diplomat", "delegation",
    "negotiator", "lawmaker", "legislator", "parliament", "minister", "president", "spokesman", "spokeswoman",
    "envoy", "ambassador", "kurd", "kurds", "politician", "mep", "regulator", "hacker", "unit", "peacekeeper",
    "prisoner", "detainee", "christian", "muslim", "party", "member", "community",
    "employee", "investigator", "contingent", "woman", "man", "republican", "democrat", "businessman",
    "cabinet", "legislature"})  # (events-14: "Israel's security cabinet approved the agreement")
#: nouns for organised groups that act only when a word says what kind ("rebel group", "armed
#: faction"): "the German group Siemens" is a company
_GROUP_WORDS = frozenset({"group", "faction", "organization", "organisation", "movement", "coalition", "outfit"})
_GROUP_KINDS = frozenset({"rebel", "armed", "militant", "opposition", "protest", "student", "rights", "political",
                          "terrorist", "jihadist", "islamist", "separatist", "guerrilla", "insurgent", "activist",
                          "militia", "extremist", "paramilitary", "civic", "human"})
#: the sector of a group named by its noun and its place ("workers in Brazil", "rebels in Chad")
_GROUP_SECTORS = {"rebel": "REB", "insurgent": "INS", "guerrilla": "REB", "guerilla": "REB", "militant": "REB",
                  "separatist": "SEP", "gunman": "REB", "militia": "REB", "militiaman": "REB", "fighter": "REB",
                  "jihadist": "REB", "extremist": "REB", "police": "COP", "policeman": "COP", "soldier": "MIL",
                  "troop": "MIL", "force": "MIL", "army": "MIL", "peacekeeper": "MIL", "unit": "MIL",
                  "government": "GOV", "authority": "GOV", "official": "GOV", "regime": "GOV",
                  "administration": "GOV", "ministry": "GOV", "leader": "GOV", "court": "JUD", "judge": "JUD",
                  "prosecutor": "JUD", "tribunal": "JUD", "opposition": "OPP", "party": "PTY", "lawmaker": "LEG",
                  "legislator": "LEG", "republican": "LEG", "democrat": "LEG", "worker": "LAB", "employee": "LAB",
                  "union": "LAB", "refugee": "REF", "migrant": "REF"}
#: prepositions that place a group: "workers in Brazil", "troops from the United States"
_GROUP_PLACES = frozenset({"in", "from", "throughout", "across", "of", "at"})
#: words that count what the object is: "released dozens of activists" releases activists
_QUANTITY_WORDS = frozenset({"dozen", "hundred", "thousand", "million", "score", "number", "group", "batch", "ton",
                             "tonne", "amount", "package", "consignment", "lot", "team", "squad", "worth",
                             "deployment", "contingent", "detachment", "percent", "portion", "half", "rest",
                             "some", "all", "most", "many", "several", "one", "two", "three", "four", "five",
                             # events-13: "elements of its force", "doses of vaccine" ("dos": the small model's
                             # lemma), "barrels of oil"
                             "element", "dose", "dos", "barrel"})
# events-18: what kind of aid an aid noun or an amount names picks the 07 sub-code ("sent military aid",
# "$2bn in reconstruction aid", "humanitarian assistance"): the kind word → (aid given, aid pledged)
_AID_KIND_CODES: dict[str, tuple[str, str]] = {
    **dict.fromkeys(("military", "defence", "defense", "security", "lethal", "weapon", "arm"), ("072", "0332")),
    **dict.fromkeys(("humanitarian", "emergency", "medical", "food", "disaster", "relief"), ("073", "0333")),
    **dict.fromkeys(("economic", "financial", "budget", "budgetary", "reconstruction", "development", "fiscal",
                     "macro-financial", "balance"), ("071", "0331")),
}
# events-18: and the kind of cooperation ("military cooperation" 062, "trade cooperation" 061)
_COOPERATION_KIND_CODES: dict[str, str] = {
    **dict.fromkeys(("military", "defence", "defense", "security", "military-technical", "naval", "nuclear"), "062"),
    **dict.fromkeys(("economic", "trade", "financial", "energy", "investment", "commercial", "industrial"), "061"),
    **dict.fromkeys(("judicial", "legal", "law-enforcement", "extradition"), "063"),
    **dict.fromkeys(("intelligence",), "064"),
}
# the nouns whose kind word is read, and the codes a kind word refines (given, pledged)
_AID_NOUNS = frozenset({"aid", "assistance", "support", "help", "package", "funding", "relief"})
_REFINED_AID_CODES = {"070": 0, "071": 0, "033": 1, "0331": 1}
# words that make an object an amount of money ("$2bn", "300 million", "5 billion euros")
_AMOUNT_WORDS = frozenset({"million", "billion", "trillion", "bn", "m", "dollar", "euro", "pound", "yen", "yuan",
                           "rouble", "ruble", "franc", "rupee"})

#: an object marker in the lexicon: a person named by the object ("released Mesale Tolu")
_PERSON_OBJECT = "@person"
#: an object marker in the lexicon: any direct object ("returned the monkeys to Congo", not "returned to Congo")
_ANY_OBJECT = "@object"
#: the lexicon's organisation marker: an object that is a recognised international organisation
#: ("joined NATO", "withdrew from the ICC"), whatever its name (events-17)
_ORGANISATION_OBJECT = "@organisation"
#: the lexicon's marker for whoever is declared persona non grata, whatever the words that name
#: them ("declared him persona non grata": an envoy expelled; events-17)
_UNWELCOME_OBJECT = "@unwelcome"
_PERSON_NOUNS = frozenset({"leader", "follower", "victim", "physician", "doctor", "nurse", "pilot", "volunteer",
                           "peacekeeper", "homeguard", "member", "official", "officer", "politician", "priest",
                           "missionary", "businessman", "man", "woman", "child", "people", "person", "suspect",
                           "opponent", "critic", "blogger", "reporter", "lawyer", "christian", "policeman",
                           "guard", "militant", "rebel", "fighter", "migrant", "refugee", "teacher", "monk",
                           "national", "citizen", "terrorist", "criminal", "convict", "inmate"})  # (events-13)
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_RELATIVE = re.compile(
    r"\b(?:(?P<on>on|last|this|On|Last|This) (?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"|(?P<owner>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)'s"  # "Monday's attack" (events-19)
    r"|(?P<yesterday>yesterday|Yesterday)|(?P<today>today|Today|earlier today)"
    r"|(?P<rel>last|next|this|earlier this|later this) (?P<unit>week|month|year)(?P<owned>['’]s)?)\b"
)

#: "six months earlier", "two years ago", "Two years ago", "two years later": a span counted from a
#: time (events-18). A count has at most two digits: a longer one is a piece of a grouped number
#: ("1,000 days ago" would read as "000 days ago") or a span too long to date a reported act by. "before"
#: only where it ends its phrase ("two days before the summit" counts from the summit, no date).
_COUNTED_BACK = re.compile(
    r"\b(?P<count>\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) "
    r"(?P<unit>day|week|month|year)s? (?P<direction>ago|earlier|later|before(?=\s*[,.;:)]|\s*$))\b",
    re.I,
)
#: units of a span between two acts ("two weeks after Russia invaded Ukraine", events-19)
_SPAN_UNITS = frozenset({"day", "week", "month", "year"})
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}  # fmt: skip


#: complements whose intent also plans them (besides consultations, root 04): a signing, a joint exercise
_CONCRETE_PLANS = frozenset({"057", "062"})
#: verbs of ordering, whose order to the orderer's own services is its own act to come ("ordered the
#: State Department to begin preparing to move the embassy", events-19)
_ORDERING = frozenset({"order", "instruct", "direct", "task"})
#: nouns of a government's own services, which act for it when ordered ("the defence ministry", "the
#: navy"; events-19)
_OWN_SERVICES = frozenset({"ministry", "department", "military", "army", "navy", "force", "troop", "government",
                           "cabinet", "official", "agency", "commander", "unit", "police", "guard", "coastguard"})
#: verbs that prepare or begin an ordered act, which is the act itself ("to begin preparing to move")
_PREPARING = frozenset({"begin", "start", "prepare", "continue"})
#: nouns of a counter-transfer ("in return for food", "in exchange for fighter jets", events-19)
_COUNTER_TRANSFERS = frozenset({"return", "exchange"})
#: verbs of consulting, whose promise is a standing commitment ("pledged to consult one another in a
#: crisis", "promised to consult each other regularly"), not a meeting planned (events-19)
_STANDING_CONSULTING = frozenset({"consult", "coordinate", "confer"})

#: verbs that take a complement without changing its modality ("would keep talking")
_ASPECT_VERBS = frozenset({"keep", "continue", "start", "begin", "resume", "go"})

#: verbs whose object does what their to-infinitive says ("prompted the government to warn")
_OBJECT_CONTROL = frozenset({"prompt", "force", "compel", "lead", "cause", "push", "press", "persuade", "convince",
                             "tell", "order", "allow", "permit", "enable", "help", "encourage", "invite", "ask",
                             "urge", "require", "get", "oblige", "pressure", "call"})

#: events-16: verbs of answering in kind, which a party announcing its own answer threatens with
#: ("Russia would respond", "vowed that Iran would retaliate") or forswears ("had no plans to retaliate")
_RETALIATING = frozenset({"respond", "retaliate", "react", "reciprocate"})
#: verbs of the stock phrases of veiled threats ("would bear the consequences", "would take the
#: necessary measures") and the words that make "take measures" one
_VEILED = frozenset({"bear", "face", "suffer", "pay", "take", "direct"}) | _RETALIATING
#: events-16: diplomats, whom a party told or ordered to leave expels ("told the ambassador to leave");
#: not "staff" or "the embassy", which a state also orders home itself, nor "charge" (a legal charge)
_DIPLOMAT_NOUNS = frozenset({"ambassador", "envoy", "diplomat", "attache", "attaché", "consul", "emissary", "chargé"})
#: events-16: verbs that, like a copula, equate their subject with what follows ("the strikes amounted
#: to war crimes", "the law constitutes interference"): their phrases are the verdict
_EQUATING = frozenset({"be", "amount", "constitute", "represent", "remain", "become"})

#: verbs of opposing what their object names ("would counter propaganda", "fight disinformation"):
#: a hostile object word is then what the subject fights, no verdict on the subject
_OPPOSING_VERBS = frozenset({"counter", "fight", "combat", "oppose", "resist", "tackle", "confront", "rebut",
                             "refute", "debunk", "expose", "curb", "stop", "prevent", "end", "condemn", "reject"})
#: events-16: nouns of responsibility that another party bears ("bore responsibility for the attack")
_RESPONSIBILITY_NOUNS = frozenset({"responsibility", "blame"})
#: events-16: nouns of a party's stance, which kept unchanged refuse to yield ("its position would not change")
_STANCE_NOUNS = frozenset({"position", "stance", "policy", "stand", "attitude", "principle"})
#: events-16: verbs of a stance giving way, negated in a refusal to yield
_YIELDING = frozenset({"change", "shift", "alter", "waver", "soften", "budge", "weaken"})
#: events-16: passives whose negation with an agent rejects it ("would not be bound by the ruling")
_BINDING = frozenset({"bind", "affect", "govern", "constrain"})
#: events-16: a governor of demand only by its to-infinitive ("told Putin to withdraw"); its that-clause
#: reports ("told reporters that he would meet Kim")
_TELLING = frozenset({"tell"})
#: events-16: verbs of going away, whose asked-for act on a diplomat is an expulsion
_DEPARTING = frozenset({"leave", "depart", "quit", "go"})
#: events-17: acts of going or sending someone, whose "for talks" is their purpose ("visited Seoul for
#: talks", "recalled its ambassador for consultations"); not meeting verbs ("met for talks": the meeting)
_GOING_FOR = frozenset({"visit", "travel", "fly", "arrive", "come", "go", "head", "recall", "summon", "send",
                        "dispatch", "invite"})
#: events-16: nouns of an intention, whose "no" denies the act intended ("had no plans to retaliate",
#: "has no intention of attacking")
_INTENT_NOUNS = frozenset({"plan", "intention", "intent", "desire", "wish", "interest"})
#: events-17: nouns of aiming whose infinitive is what they aim at ("Ukraine's bid to join the EU"):
#: the content of the bid, no event of its own (the gold's "contents are not rows"); an attempt or
#: an effort is an act of its own, and a decision or move one that was taken (_DECIDING_NOUNS)
_AIMING_NOUNS = frozenset({"bid", "quest", "ambition", "aspiration", "application", "hope", "drive", "push",
                           "candidacy"})
#: events-16: verbs of intending, whose negation forswears the act intended ("does not intend to invade")
_INTENDING = frozenset({"plan", "intend", "want", "seek", "aim", "mean"})
_FIRM_WORDS = frozenset({"necessary", "needed", "required", "resolute", "resolutely", "firm", "firmly", "strong",
                         "tough", "decisive", "retaliatory", "corresponding", "countermeasures"})

#: adjectives whose to- or for-phrase names an event the party intends ("open to talks", "ready for dialogue")
_OPEN_TO = frozenset({"open", "ready", "willing", "prepared", "committed", "eager", "amenable", "receptive"})

#: verbs whose that-clause with another party as its subject is an appeal to that party
_PROPOSING = frozenset({"propose", "suggest", "hope", "hop"})
#: events-18: governors of an offer, whose content waits on the other side ("is willing to meet
#: Zelensky", "offered to host talks"): the intent (03x) only, no planned row (the gold: offers are the
#: 03x row only)
_OFFERING = frozenset({"offer", "ready", "willing", "prepared", "eager", "volunteer", "propose", "suggest"})

#: verbs that say a meeting failed ("the talks collapsed"); and what it may end without
_FAILURE_VERBS = frozenset({"collapse", "fail", "founder", "falter", "stall", "flounder"})
_OUTCOMES = frozenset({"agreement", "deal", "accord", "result", "breakthrough", "declaration", "statement",
                       "communique", "progress"})

#: nouns of asking whose "at the … of X" names X as the asker ("at the request of the United States")
_BEHESTS = frozenset({"request", "invitation", "appeal", "plea", "urging", "behest", "demand"})

#: compound adjectives that name both parties of a meeting ("inter-Korean talks")
_DYADIC_WORDS: dict[str, tuple[str, ...]] = {"inter-korean": ("KOR", "PRK")}

#: verbs of being present at an occasion, whose subject takes part in it ("witnessed the signing")
_PRESENT_AT = frozenset({"witness", "attend"})

#: plural nouns that, made definite ("the leaders", "the two sides"), stand for parties named before
_DEFINITE_PLURALS = frozenset({"side", "leader", "minister", "delegation", "negotiator", "envoy", "official"})

#: "both countries", "the two governments": the two states named just before (events-16)
_STATE_PLURALS = frozenset({"country", "nation", "government", "state", "neighbour", "neighbor"})

#: "the two", "the three" standing alone for the parties of the last joint act (events-14)
_GROUP_SIZES = {"two": 2, "three": 3, "four": 4}

#: (with "whom": "the envoy, whom Canberra recalled", an object relative; events-18)
_RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom"})

#: nouns that name an option without naming the act ("weighed its options"); the act is elsewhere
_OPTION_WORDS = frozenset({"option", "possibility", "idea", "proposal", "plan", "step", "measure", "move",
                           "response", "request", "offer", "bid", "prospect"})

#: "would not hesitate to impose sanctions": a complement that hands its modality to its own complement
_UNHESITATING = frozenset({"hesitate", "shy", "flinch"})

#: words of threatening, whose conditions are part of the threat: the verbs, and the nouns that make
#: one ("an ultimatum warning of military action if Syria does not withdraw", events-14)
_THREATENING = frozenset({"warn", "threaten", "vow", "warning", "threat", "ultimatum"})

#: words that put an act told in the present tense in the days ahead ("is visiting Tokyo next week",
#: "talks open tomorrow", "meets Xi later this month", "in the coming days"): a plan, not a report (events-18)
_COMING_TIME = frozenset({"tomorrow", "tonight", "soon", "shortly"})
#: words that put a time noun ahead ("next week", "later this month", "the coming days"), not on their
#: own ("a state next to Israel", "later talks")
_COMING_MODIFIERS = frozenset({"next", "later", "coming", "upcoming"})

#: verbs of belief and expectation, whose "would" clause is a future in the past, as after a verb of
#: saying ("said he believed that Putin and Zelensky would meet in Istanbul": planned, events-18)
_BELIEVING = frozenset({"believe", "think", "expect", "understand", "learn", "hear", "know", "predict", "anticipate",
                        "assume"})

#: verbs that say an event noun happens ("the summit will be held in Geneva", "talks could take
#: place next week", "the visit will go ahead"): the noun takes their modality (events-18)
_HAPPENING = frozenset({"take", "happen", "occur", "hold", "go", "begin", "start", "open", "resume", "proceed", "come",
                        "convene", "be"})

#: verbs by which a party makes a plan its own ("announced plans to send a destroyer", "approved a
#: plan to deploy troops", "has plans to visit"): their subject does the planned act (events-18)
_PLAN_OWNING = frozenset({"have", "announce", "unveil", "approve", "adopt", "outline", "draw", "present", "finalize",
                          "finalise", "reveal", "confirm", "make", "lay"})

#: participles that put an event noun on a calendar ("talks slated for Friday", "the visit, which is
#: scheduled for next week", "a summit set for June", "the vote, which is due on Monday"; slat is the
#: small model's lemma for "slated") (events-18)
_SCHEDULING = frozenset({"schedule", "set", "slate", "slat", "plan", "due", "expect", "arrange", "earmark", "pencil"})
#: events-19 review: verbs by which a party calls or proposes a meeting it takes part in ("Kyiv proposed
#: talks with Moscow, which would be held in Istanbul"), not those that judge one ("condemned the talks")
_CONVENING = frozenset({"propose", "suggest", "announce", "plan", "schedule", "arrange", "seek", "request", "offer",
                        "confirm", "set", "call", "convene"})

#: forms of "be" in the present, which make a participle a present tense ("is visiting", "are held")
_PRESENT_BE = frozenset({"am", "is", "are", "'s", "'re", "'m"})

#: modals of possibility: what they govern is hypothetical even in reported speech (unlike "would")
_POSSIBILITY_AUX = frozenset({"could", "might", "may", "can"})

#: verbs of taking part in a meeting, whose refusal is a boycott ("would not attend the summit")
_ATTENDING = frozenset({"attend", "join"})

#: verbs of answering, which are statements when what they say is a verdict
_REPLYING = frozenset({"reply", "respond", "retort", "counter"})

#: nouns for unnamed armed groups, placed by a territory ("militants in Gaza")
_ARMED_GROUP_NOUNS = frozenset({"militant", "rebel", "insurgent", "separatist", "gunman", "guerrilla", "militia",
                                "militiaman", "jihadist", "fighter", "pirate", "gang", "gangster", "bandit"})

#: nouns whose infinitive is their owner's act ("Beijing's decision to halt imports")
_DECIDING_NOUNS = frozenset({"decision", "move", "attempt", "bid", "effort", "order"})

#: nouns of a standing line, whose "of"-gerund names no act ("its policy of not supplying arms")
_POLICY_NOUNS = frozenset({"policy", "position", "stance", "principle", "doctrine", "goal", "aim", "objective",
                           "line", "rule", "tradition", "right", "idea", "possibility", "prospect", "option"})

#: nouns for a crowd of citizens, placed by where they gather ("protesters rallied in Seoul")
_PROTESTER_NOUNS = frozenset({"protester", "protestor", "demonstrator", "activist", "marcher", "crowd"})

#: roots of speech acts, which a statement can be ("in a warning to Seoul, Pyongyang said")
_SPEECH_ROOTS = frozenset({"01", "02", "03", "05", "10", "11", "12", "13"})
#: events-16: nouns of a deed, which name what a party did, never what it said ("called the action
#: necessary": the strikes, not the warning told after them)
_DEED_NOUNS = frozenset({"action", "operation", "step", "act", "intervention",
                         "departure", "pullout"})  # events-18: a leaving is a deed ("welcomed the departure")
#: events-18: nouns of a decision, which name what a party decided or did: any act but mere words
#: ("Trump recognised Jerusalem … Abbas called for an uprising … Riyadh criticised the move": not the call)
_DECISION_NOUNS = frozenset({"decision", "move", "measure"})
#: events-18: codes of mere words, which no decision is: statements, appeals, praise and verbal
#: support, demands, disapproval, threats (refusals, intents, ties restored, recognition and signing are
#: decisions)
_MERE_WORD_ROOTS = frozenset({"01", "02", "10", "11", "13"})
_MERE_WORD_CODES = frozenset({"051", "052", "053"})
#: events-18: nouns of what a body decides (an assembly's vote or resolution, a court's ruling), whose
#: doer is the international organisation or court that acted last ("criticised the vote")
_BODY_ACT_NOUNS = frozenset({"vote", "resolution", "ruling", "verdict", "judgment", "judgement", "award"})
#: events-18: codes of a verdict on another's act: praise, disapproval, criticism
_VERDICT_CODES = frozenset({"051", "110", "111"})

#: the public a government may warn or advise, which is no party ("warned residents to take cover")
_PUBLIC_NOUNS = frozenset({"resident", "citizen", "people", "public", "national", "traveler", "traveller",
                           "tourist", "population", "inhabitant", "civilian", "passenger", "consumer"})

#: verbs of responding, whose "with" phrase names the response ("retaliated with sanctions")
_RESPONDING = frozenset({"respond", "answer", "retaliate", "react", "reply", "counter", "hit"})
#: how far back (characters: the few sentences before) a report's missing party is looked for in the
#: reports before it; further back the story may have moved to another thread (events-17 review)
_CONTEXT_CHARS = 600
#: events-18 review: adverbs on a verb that say its act repeats another party's ("Australia too
#: recalled its envoy", "Poland also expelled"; "as well" is read apart: two words)
_REPEATING_ADVERBS = frozenset({"too", "also", "likewise", "similarly"})
#: events-18 review: how many sentences before a reference ("followed suit", "did so") its act is
#: looked for (within ``_CONTEXT_CHARS`` too)
_REFERENCE_SENTENCES = 6
#: events-18 review: roots of an appeal (02) or demand (10), which ask another party to act
_ASKING_ROOTS = frozenset({"02", "10"})
#: events-17b: nouns of a reply, whose bare "in" phrase makes an act an answer ("fired two missiles
#: in response", "expelled a diplomat in retaliation")
_REPLY_NOUNS = frozenset({"response", "retaliation", "reprisal", "reply", "riposte"})

#: documents that speak for their authors ("a statement condemning …", "a resolution demanding …")
_DOCUMENT_NOUNS = frozenset({"statement", "resolution", "declaration", "communique", "communiqué", "letter",
                             "message", "motion", "note", "memorandum", "text", "draft", "bill", "report"})

#: what keeps a document from taking effect ("vetoed a resolution demanding …")
_FAILING = frozenset({"veto", "block", "reject", "withdraw", "shelve", "scrap", "defeat"})

#: verbs of meeting with a reaction, whose "from" names who reacted ("drew protests from China")
_DRAWING = frozenset({"draw", "receive", "face", "earn", "attract", "get", "meet", "prompt", "provoke", "trigger",
                      "spark"})

#: kinds of mention that may be listed side by side as parties ("Canada, Brazil and Colombia")
_LISTABLE = frozenset({"state", "capital-metonym", "igo"})

#: verbs that deny a reported act ("denied that it had sent troops")
_DENYING = frozenset({"deny", "refute", "dispute"})

#: how many calendar months before the document an event is background history (the gold set's
#: decided convention D1: dated wholly more than three months before publication)
_HISTORICAL_MONTHS = 3

#: verbs of breaking a rule, which make what is said of someone an accusation ("said it violated …")
_BREAKING = frozenset({"violate", "breach", "flout", "contravene", "infringe", "undermine"})

#: nouns that, made definite ("the agency", "the bloc"), stand for the body of that kind named before
_DEFINITE_BODIES = frozenset({"agency", "bloc", "alliance", "council", "organisation", "organization", "ministry",
                              "union", "assembly"})

#: what a measure may be said to lack ("there was no scientific basis for it")
_GROUNDS = frozenset({"basis", "justification", "ground", "evidence", "reason", "proof", "need", "legal"})

#: commitments whose negated complement is a pledge to refrain ("promised not to resume tests")
_COMMITMENTS = frozenset({"promise", "pledge", "vow", "commit", "swear", "agree", "undertake"})

#: what a denial (016) may deny: someone's charge, whose maker is the recipient
# events-14: the governors whose to-infinitive is a promise to the counterpart whatever the act promised
# ("pledged to implement the agreement in full", "is ready to keep the corridor open"); "vow" and
# "swear" are left out ("vowed to rebuild the city" promises nobody anything), and "agree" has its own
# sense in the lexicon (030 with the party agreed with)
_PROMISING = frozenset({"promise", "pledge", "commit", "committed", "undertake", "ready", "willing"})

_CHARGES = frozenset({"accusation", "allegation", "charge", "claim", "criticism", "suggestion"})
#: events-18: nouns of what is said to have happened, whose "that" clause a denial of them denies
#: ("denied reports that it had sent troops", "dismissed claims that it attacked a hospital")
_DENIED_CLAIMS = _CHARGES | {"report", "rumour", "rumor", "speculation", "assertion", "story"}
#: events-18: verbs that deny a claim named as their object (deny, refute, dispute, and dismiss or reject
#: of a claim noun: the coder's 016)
_CLAIM_DENYING = frozenset({"deny", "refute", "dispute", "dismiss", "reject"})
#: events-16: words that call a charge false, which denies it (016: "called the charges baseless", "said
#: the allegations were a fabrication")
_FALSITY_WORDS = frozenset({"baseless", "groundless", "unfounded", "false", "untrue", "lie", "fabricated",
                            "fabrication", "fake", "nonsense", "absurd", "slander", "slanderous", "smear", "fiction",
                            "ridiculous", "invented", "fantasy", "disinformation", "propaganda"})

#: roots of nouns that "hold" and "have" make events of: talks, meetings, calls, drills, protests
_HELD_ROOTS = frozenset({"01", "02", "03", "04", "05", "06", "14"})

#: roots of acts aimed at someone: a report of one of these without a recipient takes the
#: counterpart from the document's earlier reports (threats, visits, attacks are aimed at someone)
#: (intents too: a pledge or offer made after dealing with someone is made to them, "offered to resume talks")
#: the roots of violence (assault, fight, mass violence): force that hits a target, unlike the
#: coercion of 17 (arrests, bans), which a state mostly does at home
_VIOLENT_ROOTS = frozenset({"18", "19", "20"})
_AIMED_ROOTS = frozenset({"02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12", "13", "16", "17", "18",
                          "19", "20"})
#: owning or disowning an act (claim 015, deny 016: "has neither confirmed nor denied that strike"):
#: aimed, like the acts above, at whoever was hit or accused (events-15)
_OWNING_CODES = frozenset({"015", "016"})


#: roots of cooperative acts, whose refusal is a rejection ("will not accept", "won't release")
_COOPERATIVE_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
#: auxiliaries of a stated refusal: "will not", "won't" ("wo"), "cannot", "can't" ("ca"), "would not"
_REFUSING_AUX = frozenset({"will", "wo", "would", "can", "ca", "shall", "'ll"})


#: what one declines to do when one declines comment ("declined to comment", "refused to elaborate")
_COMMENT_VERBS = frozenset({"comment", "elaborate", "confirm", "specify", "say", "answer", "respond", "speculate",
                            "disclose", "reveal"})

#: words that make a deployment one for peace or relief
_PEACE_WORDS = frozenset({"humanitarian", "relief", "ceasefire", "earthquake", "disaster", "flood", "rescue"})

#: events-18: verbs of forces based somewhere: in the present passive a presence, not an act
#: ("US troops are stationed in Iraq", as "peacekeepers remain"; "has stationed" is the act)
_BASING_VERBS = frozenset({"station", "base", "garrison"})
#: events-18: nouns for police sent abroad: their arrival is protection given (074), as peacekeepers
_POLICE_NOUNS = frozenset({"police", "policeman", "policemen", "gendarme", "officer"})
#: nouns for soldiers: their arrival is a deployment, not a visit
_TROOP_NOUNS = frozenset({"troop", "soldier", "peacekeeper", "force", "contingent", "marine", "unit", "battalion",
                          "paratrooper", "servicemen", "serviceman", "platoon", "brigade"})


#: what one may say one has none of but to act ("would have no choice but to destroy")
_CHOICES = frozenset({"choice", "option", "alternative"})


#: weapons whose user, named in a clause about them, is the doer of what they do ("missiles fired by …")
_WEAPON_NOUNS = frozenset({"missile", "rocket", "shell", "drone", "bomb", "projectile", "mortar", "torpedo",
                           "airstrike", "strike", "warplane", "jet", "aircraft", "helicopter", "artillery"})
#: prepositions that belong to the verb even where the parser hangs them on its object
_VERB_PREPS = frozenset({"as", "at", "into", "toward", "towards"})
#: adjectives of culpability: "guilty of violating", "responsible for killing"; said of a subject
#: they lay the blame on it ("Russia is responsible for …")
_CULPABLE = frozenset({"guilty", "responsible", "culpable"})
#: events-17b: nouns of a state's place in an organisation ("confirmed its membership")
_MEMBERSHIP_NOUNS = frozenset({"membership", "accession"})
#: events-17b: nouns of pressure on a party to act ("faces pressure to visit", "is under pressure to impose")
_PRESSURE_NOUNS = frozenset({"pressure", "call", "demand"})
#: events-17b: roles in another's wrongdoing; a party called one is accused of it ("called China a
#: decisive enabler of the war", "labelled Iran an accomplice", "branded Russia the aggressor"): 112
_CULPRIT_ROLES = frozenset({"enabler", "accomplice", "abettor", "accessory", "culprit", "perpetrator", "instigator",
                            "aggressor", "mastermind", "complicit", "co-conspirator"})

#: governors whose passive form states the subject's own disposition ("is committed to", "is prepared to")
_STATIVE_GOVERNORS = frozenset({"commit", "prepare", "determine", "resolve", "dedicate"})

#: verbs of taking part, whose "in" object is the subject's event ("participated in a hunger strike")
_TAKING_PART = frozenset({"participate", "join", "engage", "take", "partake"})
#: nouns that count repeated events: "a new round of joint exercises", "a series of strikes"
#: roots of acts done in words (statements, appeals, intents, demands, disapproval, rejection,
#: threats): said by their doer, the saying is the act
_VERBAL_ROOTS = frozenset({"01", "02", "03", "10", "11", "12", "13"})

#: auxiliaries of the progressive ("is suspending", "were withdrawing"): a step under way
_PROGRESSIVE_AUX = frozenset({"am", "is", "are", "was", "were"})

_SERIES = frozenset({"round", "series", "wave", "spate", "string", "campaign"})

#: spans of time that measure an event noun ("held a week of drills", "three days of talks"): the
#: noun's verb is the measure's verb, as for a series
_DURATIONS = frozenset({"hour", "day", "week", "month"})


# -- events-13 material ------------------------------------------------------------------------

#: roots of acts of force (coercion, assault, fight, mass violence), whose unnamed doer the place of
#: the act may name (``_unnamed_attacker``)
_FORCE_ROOTS = frozenset({"17", "18", "19", "20"})
#: nouns for an attack or its device, which act for a doer left unnamed ("a car bomb killed eight")
_ATTACK_NOUNS = frozenset({"attack", "bombing", "bomb", "bomber", "blast", "explosion", "explosive", "device",
                           "ied", "ambush", "raid", "assault", "shelling", "gunfire", "landmine", "mine"})
#: what an answer in kind answers when it answers nothing else ("would respond to any aggression"):
#: hostile words, attacks and provocations (events-16)
_ANSWERED_ACTS = _HOSTILE_WORDS | _ATTACK_NOUNS | {"strike", "provocation"}
#: events-17b: labels a verdict gives a deed ("condemned it as an aggression", "called it an attack")
_DEED_LABELS = _DEED_NOUNS | _ATTACK_NOUNS | {"aggression", "invasion", "occupation", "strike", "killing", "murder",
                                             "assassination", "massacre", "breach"}
#: prepositions that place an act ("in eastern Afghanistan", "near Samarra", "outside the city of Basra")
_LOCATIVE_PREPS = frozenset({"in", "near", "outside", "inside", "across", "throughout", "around", "at", "off"})
#: nouns for a state's own forces, which act for the state where the clause puts them ("police
#: arrested dozens of protesters in Moscow", "troops opened fire on protesters in Yangon")
_STATE_FORCE_NOUNS = frozenset({"police", "policeman", "troop", "soldier", "army"})
#: nouns for civilians who protest where the clause puts them ("farmers blocked roads in Belgium")
_CIVILIAN_GROUP_NOUNS = _PROTESTER_NOUNS | {"farmer", "worker", "student", "teacher", "employee", "villager",
                                            "resident", "trucker", "driver", "miner", "doctor", "nurse"}
#: crowds whose force is a riot, not an armed assault (145): "protesters stormed the parliament",
#: "supporters of the group stormed the embassy", "students ransacked the ministry" (events-15)
_RIOTING_NOUNS = _PROTESTER_NOUNS | {"rioter", "mob", "supporter", "student", "youth", "loyalist"}
#: common nouns for places: a visit to one ("to visit the city", "visited the memorial") or force
#: on one ("annexed the peninsula") is aimed at the place named last before it; force on one of a
#: place ("struck the port of Odesa") is on that place (events-15)
_PLACE_NOUNS = frozenset({"city", "town", "village", "capital", "country", "region", "province", "island", "port",
                          "peninsula", "territory",
                          "harbour", "harbor", "memorial", "site", "park", "shrine", "monument", "cemetery", "museum"})
#: mention kinds that name where something happened (not an institution in whose building it did)
_PLACE_KINDS = frozenset({"place", "state", "demonym", "capital-metonym"})
#: people a state coerces at home (events-14): its protesters, civilians, journalists and critics
_HOME_TARGETS = _CIVILIAN_GROUP_NOUNS | {"journalist", "reporter", "blogger", "dissident", "critic", "opponent",
                                         "lawyer", "opposition", "protest", "demonstration", "rally"}
#: sectors of a state's non-state sides: rebels, insurgents, separatists, opposition, civilians (events-14)
_NONSTATE_SECTORS = frozenset({"REB", "INS", "SEP", "OPP", "CVL"})
#: nouns for an agreement reached or signed (events-14)
_AGREEMENT_NOUNS = frozenset({"agreement", "deal", "accord", "pact", "treaty", "memorandum", "truce", "armistice"})
#: prepositions that put an act inside a territory, not only near it (events-14)
_INSIDE_PREPS = frozenset({"in", "inside", "into", "on", "over", "across", "against"})
#: their sectors where not civilians (CVL)
#: measures a state takes at home by their nature (events-16): restricted freedoms (1721), parties or
#: politicians banned (1722), repression (175). With no other party named around them, the gold codes
#: them X → X ("Acts at home").
_HOME_MEASURES = frozenset({"1721", "1722", "175"})
#: curfews (1723), martial law or a state of emergency (1724): at home only where placed in a part
#: of the state ("in the province of …", "in Balochistan"); a nationwide one in a war answers the
#: enemy, and the gold codes those both ways (events-16)
_PLACED_MEASURES = frozenset({"1723", "1724"})
#: nouns for a part of a state in which a placed measure is imposed
_STATE_PART_NOUNS = frozenset({"region", "province", "department", "district", "state", "city", "town", "county",
                               "area", "prefecture", "governorate", "oblast"})
_HOME_SECTORS = {"journalist": "MED", "reporter": "MED", "blogger": "MED", "dissident": "OPP", "critic": "OPP",
                 "opponent": "OPP", "opposition": "OPP"}
#: roots of posting forces (deployments 15, peacekeepers and troops sent 07): done by the troops' own side
_POSTING_ROOTS = frozenset({"07", "15"})
#: roots of imposing and easing measures (16 and 08): done by the measure's owner ("UN sanctions")
_MEASURE_ROOTS = frozenset({"08", "16"})
_MEASURE_NOUNS = frozenset({"sanction", "embargo", "ban", "curfew", "restriction", "tariff", "boycott", "blockade",
                            "siege", "curb", "control"})
#: verbs that break what their object names ("violated the ceasefire", "broke the truce")
_VIOLATING = frozenset({"violate", "breach", "break", "flout", "undermine", "wreck"})
#: the bodies whose rulings are verdicts in law ("the tribunal ruled that …", "a court found …")
_JUDGING = frozenset({"court", "tribunal", "judge"})
#: what a ruling finds an act or a law to be when it rules against it ("ruled it unconstitutional")
_UNLAWFUL = frozenset({"unconstitutional", "illegal", "unlawful", "invalid", "illegitimate"})
#: verbs of leaving a place, which troops that do it withdraw from ("troops left Afghanistan")
_LEAVING_PLACE = frozenset({"leave", "exit", "quit"})
#: prepositions of a deployment aimed at someone ("deployed along the border", "toward Kyiv")
_TOWARD = ("near", "along", "against", "toward", "towards")
#: verbs of helping, whose complement is the act a governor is about ("urged NATO to help patrol")
_HELPING = frozenset({"help", "assist"})
#: kinds of team sent for relief ("medical teams", "search-and-rescue teams")
_RELIEF_KINDS = _PEACE_WORDS | {"medical", "health", "aid", "search"}
#: roots of acts a noun no longer names when it modifies another noun ("withdrawal agreement", "attack helicopter")
_MODIFIER_FREE_ROOTS = frozenset({"08", "15", "17", "18", "19", "20"})
#: verbs of receiving, whose giver is the one who acts ("received tanks from the United States")
_RECEIVING = frozenset({"receive", "accept"})
#: verbs of permitting, whose permitted aid delivery is humanitarian access allowed (0863)
_PERMITTING = frozenset({"allow", "permit", "let", "authorize", "authorise"})
#: verbs of leaving an office ("resigned as president of …")
_LEAVING_OFFICE = frozenset({"resign", "step", "quit"})
#: codes of acts only a state's authorities do (releases 084, arrests 173, expulsions 174)
_AUTHORITY_CODES = frozenset({"084", "173", "174"})


#: verbs that undo a measure or an act ("lifted the sanctions", "released the ship", "eased the curfew")
_UNDOING = frozenset({"lift", "ease", "relax", "loosen", "remove", "release", "free", "return", "end", "suspend",
                      "revoke", "rescind", "cancel", "scrap", "unfreeze", "waive"})


#: measures, which act only figuratively ("a law that targets Americans", "the sanctions hit its banks")
_MEASURE_DOERS = frozenset({"law", "bill", "legislation", "measure", "policy", "rule", "regulation", "decree",
                            "sanction", "tariff", "ban", "embargo", "resolution", "programme", "program", "tax",
                            "reform", "crisis", "pandemic", "inflation", "recession", "storm", "flood", "earthquake"})


#: what a drill may be of and still be a show of force ("missile drills", "live-fire exercises")
_ARMED_DRILL_KINDS = frozenset({"military", "naval", "navy", "army", "air", "missile", "artillery", "war", "combat",
                                "fire", "live-fire", "amphibious", "nuclear", "rocket", "sea", "land", "submarine"})


#: the marks of a condition clause
_CONDITION_MARKS = ("if", "unless")
#: marks of a time that "only" makes a condition ("only once its demands are met", "only when",
#: "only after", events-19)
_ONLY_TIME_MARKS = ("once", "when", "after")


# -- events-14 codes: the sub-code a threat's or a charge's words pick ----------------------------

#: words naming a response by force: a threat that promises one threatens force (CAMEO 138, not
#: 130): "warned that any attack would be met with retaliation", "vowed revenge", "warned that a
#: raid would be a cause for war" (a figurative war, "a trade war", is no force: _FIGURATIVE)
_FORCE_RESPONSE_WORDS = frozenset({"retaliation", "retaliate", "retaliatory", "revenge", "avenge", "reprisal",
                                   "retribution", "war", "military", "annihilation", "annihilate"})
#: acts of force that, as what is threatened ("threatened an invasion"), make the threat one of force;
#: not words of the scope at large ("warned of an attack" forecasts another's act)
_FORCE_ACT_OBJECTS = frozenset({"attack", "strike", "airstrike", "invasion", "offensive", "bombing"})
#: words naming hostilities: a charge of them is one of aggression (CAMEO 1123, not 112): "accused
#: the South of firing first", "blamed the sinking on a torpedo", "blamed each other for the clash"
_AGGRESSION_WORDS = frozenset({"aggression", "attack", "fire", "firing", "shell", "shelling", "bomb", "bombing",
                               "strike", "airstrike", "invasion", "invade", "incursion", "clash", "sink", "sinking",
                               "torpedo", "raid", "ceasefire", "truce", "shoot"})


#: the means of a consultation at a distance (CAMEO 041, discuss by telephone)
_TELEPHONE_WORDS = frozenset({"telephone", "phone", "videoconference", "videolink", "video"})


#: nouns for a frontier: troops sent there face a neighbour, they do not help one
_BORDER_NOUNS = frozenset({"border", "frontier", "boundary", "borderland"})


#: prepositions and conjunctions that give an act's cause or time: what they name is no part of the act
#: ("suspended aid because of the fighting", "cancelled the visit over the shelling")
_CAUSE_WORDS = frozenset({"because", "over", "after", "since", "following", "amid", "despite", "due"})

#: nouns of help given to a doer in its act ("with the help of the United States", "with help from
#: Jordan"): the helpers' own act, 062, and no recipients of the act they helped (events-19)
_HELP_NOUNS = frozenset({"help", "assistance", "support", "backing"})

#: roots of material acts one party can do with another's help: cooperation, aid, yielding, and the
#: acts of force (not words: "passed a resolution with the support of China" is votes, no 062)
_HELPED_ROOTS = frozenset({"06", "07", "08", "15", "16", "17", "18", "19", "20"})

#: conjunctions of a clause that dates another act by one of its own ("applied to join NATO after
#: Russia invaded Ukraine", "the day Biden visited Kyiv")
_TIME_MARKS = frozenset({"after", "before", "since", "when", "while", "as", "until"})


#: what one fights without an enemy: diseases, disasters, social ills, legal proceedings ("donated
#: supplies to fight COVID-19", "to fight climate change", "while fighting extradition"); not "fire",
#: which "opened fire" makes force
_AFFLICTIONS = frozenset({"epidemic", "pandemic", "virus", "coronavirus", "covid-19", "covid", "disease", "outbreak",
                          "ebola", "malaria", "cholera", "polio", "aids", "hiv", "cancer", "poverty", "hunger",
                          "famine", "malnutrition", "corruption", "crime", "inflation", "unemployment", "extradition",
                          "deportation", "wildfire", "blaze", "flood", "drought", "locust", "pollution",
                          "deforestation", "poaching", "trafficking", "smuggling", "change", "cause", "spread",
                          "misinformation", "disinformation", "illiteracy", "inequality", "discrimination"})


#: words that justify an act: said of one's own act they defend it (052) ("called the raid
#: retaliation", "said it had acted in self-defence", "called the action limited, necessary and
#: proportionate"); said of another's, "retaliation" is a hostile verdict (_HOSTILE_WORDS)
_JUSTIFYING_WORDS = frozenset({"retaliation", "response", "necessary", "proportionate", "legitimate", "lawful",
                               "justified", "defensive", "self-defence", "self-defense", "defence", "defense",
                               # events-19: "said the move was long overdue": one's own step defended
                               "overdue"})


#: appeals to scale back fighting (restraint, a ceasefire, de-escalation): CAMEO 0256
_DEESCALATION_APPEALS = frozenset({"0256"})


#: participles of patronage: "Iran-backed", "Russian-sponsored", "Iran-aligned" ("Saudi-led" is not
#: one: the leader acts with the coalition it leads)
_PATRONAGE = frozenset({"backed", "sponsored", "funded", "supported", "aligned", "allied", "armed", "financed"})


# -- events-13 verbal: what a reaction, a charge, a doubt or a request holds is no event of its own ---------
#: nouns for a party's proposal, decision or undertaking, which a reaction (praise, support,
#: disapproval, rejection) takes as its object: "welcomed NATO's decision to send trainers",
#: "rejected the offer of a ceasefire" judge the act, they do not report it done
_REACTED_NOUNS = frozenset({"decision", "move", "offer", "proposal", "plan", "bid", "effort", "attempt", "initiative",
                            "suggestion", "idea", "call", "demand", "request", "order", "announcement", "pledge",
                            "promise", "commitment", "intention", "readiness", "willingness", "choice", "step",
                            "measure", "agreement", "deal"})
#: nouns whose content clause ("charges that it tortured a priest", "accusations of abuses") is
#: someone's claim, not an act that occurred
_ALLEGING_NOUNS = frozenset({"accusation", "allegation", "charge", "claim", "suggestion", "suspicion", "assertion"})
#: modifiers that make what a noun names a charge: "alleged war crimes", "suspected involvement"
_ALLEGING_WORDS = frozenset({"alleged", "allege", "suspected", "suspect", "purported", "supposed"})
#: adjectives of doubt: "said it is skeptical of a Russian announcement that it had opened
#: corridors" doubts the act; it does not report it
_DOUBTING = frozenset({"skeptical", "sceptical", "doubtful", "suspicious", "wary", "unconvinced", "dubious"})
#: clause links that hold a noun's content (a relative clause asserts on its own: "a resolution
#: that would have deplored the invasion", which the coder codes as failed with its document)
_CONTENT_DEPS = frozenset({"acl", "ccomp"})
#: links that continue a requested act down a chain ("urged France to press the US to lift
#: sanctions", "asked NATO to help patrol"), but not a relative clause, which asserts on its own
_REQUEST_CHAIN = frozenset({"xcomp", "ccomp", "conj", "advcl"})
#: nouns of a pledge whose infinitive is an intent: "reiterated its commitment to support the police"
_PLEDGE_NOUNS = frozenset({"commitment", "pledge", "promise", "readiness", "willingness", "determination",
                           "resolve", "intention"})


#: auxiliaries of a clause that asserts what is or was done: "insisted that Kyiv had attacked"
_ASSERTING_AUX = frozenset({"had", "has", "have", "'ve", "was", "were", "is", "are", "am", "'s", "'re", "did", "does"})


#: prepositions whose objects belong to an acting group: "the leader of …", "Several countries,
#: including France and Germany, condemned …" (the named members act)
_LISTING_PREPS = frozenset({"of", "including"})


_TIME_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekend", "morning",
               "evening", "night", "afternoon", "day", "week", "month", "year", "anniversary", "occasion",
               "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december"}  # fmt: skip


#: words of a sentence's opening time phrase ("On Monday", "Later that day,", "Earlier this week")
_WHEN_WORDS = frozenset({"on", "in", "at", "last", "this", "that", "next", "early", "late", "earlier", "later",
                         "then", "the", "same", "following", "previous", "overnight", "today", "yesterday"})

#: prepositions of a target the parser hangs on a passive's agent ("imposed by Washington on Caracas") (events-18)
_AGENT_TARGET_PREPS = frozenset({"on", "against", "to"})
#: events-19: a change of leadership (a resignation, 0831; the intent to step down, 0341): a step at
#: home, aimed at no one the state dealt with before ("the prime minister eventually agreed to resign")
_LEADERSHIP_CHANGE_CODES = frozenset({"0831", "0341"})
#: events-19: merchant vessels; an act on one whose flag or owner goes unnamed hits no state known
_MERCHANT_VESSELS = frozenset({"ship", "vessel", "tanker", "carrier", "freighter", "merchantman", "boat"})
#: events-19 review: words that make a vessel a state's ("patrol boat", "coast guard vessel", "naval ship"),
#: which the state the story is about owns, not merchant shipping with no flag
_STATE_VESSEL_WORDS = frozenset({"aircraft", "naval", "navy", "patrol", "guard", "coastguard", "military", "warship",
                                 "research", "survey", "resupply", "government"})
#: events-19: what a party calls for in a body ("called for a vote", "requested a recorded vote")
_VOTE_NOUNS = frozenset({"vote", "ballot"})
#: events-19 review: sectors that ask for a vote at home (a parliament, an opposition), not in a body abroad
_DOMESTIC_VOTERS = frozenset({"LEG", "OPP"})
#: events-19: courts (by code, for their acronyms) and the nouns that name one: no court holds a vote
_COURT_CODES = frozenset({"ICJ", "ICC", "PCA", "ICTY", "ICTR"})
_COURT_NOUNS = frozenset({"court", "tribunal"})
#: events-19: a body's sitting asked for ("requested a special session"); a meeting only when urgent
_SESSION_NOUNS = frozenset({"session", "sitting"})
_URGENT_WORDS = frozenset({"emergency", "urgent", "special", "extraordinary"})
#: events-19: journeys called off ("cancelled his trip"): to the host of the meeting told before
_TRIP_NOUNS = frozenset({"trip", "visit", "journey", "tour"})
#: events-19: the stems that name a state's troops right after its name ("Syrian soldiers", "Russia's
#: forces"), for a definite troop noun (_TROOP_NOUNS) with no owner named ("the departing troops")
_TROOP_STEMS = frozenset({"troop", "soldier", "force", "army"})
#: events-19: easing sanctions (administrative 081, economic 085): a reward for the concession before
_EASING_CODES = frozenset({"081", "085"})
#: events-19: nouns of troops leaving ("welcomed the departure"): the troops named before
_DEPARTURE_NOUNS = frozenset({"departure", "withdrawal", "pullout", "pull-out", "exit"})
#: events-19 review: verbs that tell a departure ("Britain left the EU"), which a departure judged right
#: after names, not troops named further back
_DEPARTING_VERBS = frozenset({"leave", "withdraw", "exit", "quit", "depart", "pull"})
#: events-19: support given to an operation ("provided support"), not aid to its victims. "support"
#: has four lists, one a construction each: the object given here (only "support", "backing": "aid"
#: or "help" after a strike may go to its victims), an aid noun whose kind is read (_AID_NOUNS), a
#: helper's "with the support of" (_HELP_NOUNS) and a cause's "in support of" (_BEHALF_NOUNS)
_BACKING_NOUNS = frozenset({"support", "backing"})
#: events-19: words on an object that tell an act again ("signed the bills", "a second bill")
_AGAIN_WORDS = frozenset({"the", "these", "those", "second", "another", "third", "further"})
#: events-19: verbs of weapons brought down ("were intercepted by Israel"; "shot down" by its particle)
_INTERCEPTING = frozenset({"intercept", "down", "destroy", "neutralise", "neutralize", "repel"})
#: events-19: nouns of a cause an act is done for ("in solidarity with", "in support of", "on behalf of")
_BEHALF_NOUNS = frozenset({"solidarity", "support", "behalf", "sympathy"})

# events-19: statements whose content is an act --------------------------------------------------
#: nouns of trouble between parties: an initiative or a cause said to be another's is blame for it
#: ("the fighting had been started at the initiative of Azerbaijan", "the crisis had been caused by
#: Britain"); an initiative for a meeting is no blame
_TROUBLE_NOUNS = frozenset({"crisis", "tension", "escalation", "fighting", "conflict", "war", "clash", "violence",
                            "standoff", "confrontation", "hostility", "dispute", "deadlock", "impasse", "breakdown",
                            "collapse", "demise", "rupture", "bloodshed", "unrest", "instability"})
#: verbs of an agreement or a tie ending: its ending at another's initiative is blame ("the treaty
#: had been terminated at the initiative of the United States")
_ENDED_VERBS = frozenset({"terminate", "collapse", "end", "break", "scrap", "abandon", "cancel", "suspend", "fail",
                          "derail", "die", "sever", "wreck", "torpedo"})
#: verbs of trouble eased: trouble resolved or defused at another's initiative is to its credit, no
#: blame ("the dispute had been resolved at the initiative of China"; review 19b)
_EASED_VERBS = frozenset({"resolve", "settle", "solve", "defuse", "ease", "calm", "overcome", "de-escalate", "halt",
                          "stop", "contain"})
#: verbs whose agent is said to have made trouble, whatever the subject: "had been provoked by"
_INSTIGATING = frozenset({"provoke", "instigate", "orchestrate", "engineer", "incite", "stoke"})
#: verbs whose agent made the subject: blame when the subject is trouble ("had been caused by Britain")
_CAUSING = frozenset({"cause", "trigger", "spark", "start", "create", "fuel", "unleash", "ignite"})
#: nouns of whose doing something was ("at the initiative of", "at Moscow's instigation")
_INITIATIVE_NOUNS = frozenset({"initiative", "instigation", "behest"})
#: a penalty said to stay "in force" (in place, in effect) is sanctions relief refused (1244)
#: penalties that are by their nature on another state, aimed at whoever the story names even where the
#: clause does not ("American sanctions would stay in force"); a curfew, a ban or restrictions kept
#: may be measures at home, relief refused only to a party the clause names (review 19b)
_PENALTIES_ABROAD = frozenset({"sanction", "embargo", "tariff", "boycott", "blockade"})
_IN_FORCE = frozenset({"force", "place", "effect"})
#: words that say an agreement no longer binds ("was null and void", "was no longer valid")
_VOID_WORDS = frozenset({"void", "invalid", "null", "defunct", "dead", "obsolete"})
#: roles of a go-between: a party said no longer (or not) fit to be one is refused as mediator (126)
_MEDIATOR_NOUNS = frozenset({"mediator", "broker", "intermediary", "arbiter", "facilitator", "go-between"})
#: nouns of peace a party may be committed to: with another, to settle (037); between others, to
#: mediate (039) ("remained committed to a peace agreement between Israel and the Palestinians")
_SETTLEMENT_NOUNS = frozenset({"settlement", "peace", "solution", "resolution"}) | _AGREEMENT_NOUNS
#: verbs of plotting, and of drawing up plans: another party said to plot an attack is accused of
#: aggression (1123) ("said Soleimani had been developing plans to attack American diplomats")
_PLOTTING = frozenset({"plot", "conspire", "scheme"})
_PLAN_MAKING = frozenset({"develop", "draw", "hatch", "prepare", "make", "devise"})
#: "would not be satisfied (would not rest) until Syrian troops had gone": a demand for the act the
#: "until" clause names
_UNSATISFIED = frozenset({"satisfied", "content", "happy"})
_UNRESTING = frozenset({"rest", "stop", "relent"})
#: things sent whose being "on their way to" a state is a delivery told: arms (072), aid (070)
_ARMS_SENT = frozenset({"tank", "weapon", "arm", "ammunition", "fighter", "howitzer", "jet", "missile", "shell",
                        "drone", "aircraft", "helicopter", "warplane", "vehicle", "interceptor"})
_AID_SENT = frozenset({"aid", "assistance", "supply", "shipment", "convoy", "relief"})
#: "would regard all vessels sailing to Ukraine's ports as potential carriers of military cargo",
#: "would treat arms shipments as legitimate targets": a party's things announced to be targets is a
#: threat of force (138)
_TREATING = frozenset({"regard", "treat", "consider", "view", "see", "deem"})
_TARGET_LABELS = frozenset({"target", "carrier", "combatant", "enemy", "belligerent"})
#: what a statement can call void: agreements, and the arrangements and truces they set up
_VOIDABLE = _AGREEMENT_NOUNS | frozenset({"arrangement", "understanding", "ceasefire", "moratorium", "framework"})

#: plan verbs by which a doer commits itself to an act ("agreed to open its border", "pledged to
#: send aid"): an act of material cooperation so announced is, in CAMEO's reading, the intent to do
#: it (cameo_reading). Not a decision (the act itself: "decided to ease sanctions"), nor another's
#: expectation or wish ("expects Germany to send tanks", "hopes to"), nor an offer (its own 03x).
_COMMITTING_VERBS = frozenset({"plan", "intend", "aim", "prepare", "agree", "vow", "pledge", "promise", "commit",
                               "resolve", "undertake", "arrange", "swear", "set", "poise", "ready", "willing"})

