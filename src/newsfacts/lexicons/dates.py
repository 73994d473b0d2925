"""French temporal vocabulary for newsfacts_dates: numbers, units, parts of day, holidays, cues.

Every table maps a lower-case French form (with and without accents where news writes both) to
the TIMEX3 piece it stands for.
"""

# Cardinal words that count durations ("trois ans", "dix jours"); compounds go through text2num.
NUMBER_WORDS = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50,
    "soixante": 60, "cent": 100, "mille": 1000,
}  # fmt: skip

# Words for an unknown count: the count becomes X ("plusieurs semaines" -> PXW).
VAGUE_COUNTS = ("quelques", "plusieurs", "de nombreuses", "de nombreux", "des", "quelque")

# Duration units -> (TIMEX3 letter, is a time unit written after "T").
UNITS = {
    "an": ("Y", False), "ans": ("Y", False), "année": ("Y", False), "années": ("Y", False),
    "mois": ("M", False),
    "semaine": ("W", False), "semaines": ("W", False),
    "jour": ("D", False), "jours": ("D", False), "journée": ("D", False), "journées": ("D", False),
    "heure": ("H", True), "heures": ("H", True),
    "minute": ("M", True), "minutes": ("M", True), "min": ("M", True),
    "seconde": ("S", True), "secondes": ("S", True),
    "décennie": ("DE", False), "décennies": ("DE", False),
    "siècle": ("CE", False), "siècles": ("CE", False),
    "trimestre": ("Q", False), "trimestres": ("Q", False),
    "semestre": ("H", False), "semestres": ("H", False),
}  # fmt: skip

# Set periods ("tous les trimestres", "chaque année", "deux fois par semaine") -> TIMEX3 duration.
SET_PERIODS = {
    "an": "P1Y", "ans": "P1Y", "année": "P1Y", "années": "P1Y",
    "mois": "P1M", "semaine": "P1W", "semaines": "P1W",
    "jour": "P1D", "jours": "P1D", "journée": "P1D",
    "heure": "PT1H", "heures": "PT1H",
    "trimestre": "P3M", "trimestres": "P3M", "semestre": "P6M", "semestres": "P6M",
    "décennie": "P10Y", "siècle": "P100Y",
}  # fmt: skip

PARTS_OF_DAY = {
    "matin": "MO", "matinée": "MO",
    "après-midi": "AF", "apres-midi": "AF",
    "soir": "EV", "soirée": "EV",
    "nuit": "NI",
}  # fmt: skip

SEASONS = {"printemps": "SP", "été": "SU", "ete": "SU", "automne": "FA", "hiver": "WI"}
# First and last month of each season, to tell whether "l'été dernier" is this year's or last.
SEASON_MONTHS = {"SP": (3, 6), "SU": (6, 9), "FA": (9, 12), "WI": (12, 3)}

# Deictic days: offset in days from the reference date.
DEICTIC_DAYS = {
    "aujourd'hui": 0, "aujourd’hui": 0,
    "hier": -1, "avant-hier": -2,
    "demain": 1, "après-demain": 2, "apres-demain": 2,
}  # fmt: skip

# Days counted from the date the text last mentioned.
ANAPHORIC_DAYS = {
    "lendemain": 1, "surlendemain": 2, "veille": -1, "avant-veille": -2,
}  # fmt: skip

# Holidays on a fixed day -> (month, day).
FIXED_HOLIDAYS = {
    "noël": (12, 25), "noel": (12, 25), "réveillon de noël": (12, 24),
    "toussaint": (11, 1), "saint-sylvestre": (12, 31), "nouvel an": (1, 1), "jour de l'an": (1, 1),
    "1er-mai": (5, 1), "1er mai": (5, 1), "premier-mai": (5, 1), "fête du travail": (5, 1),
    "14-juillet": (7, 14), "fête nationale": (7, 14), "8-mai": (5, 8), "11-novembre": (11, 11),
    "assomption": (8, 15), "saint-valentin": (2, 14), "épiphanie": (1, 6),
}  # fmt: skip

# Holidays counted from Easter Sunday -> offset in days.
EASTER_HOLIDAYS = {
    "pâques": 0, "paques": 0, "lundi de pâques": 1, "lundi de paques": 1,
    "vendredi saint": -2, "ascension": 39, "pentecôte": 49, "lundi de pentecôte": 50,
    "mardi gras": -47,
}  # fmt: skip

# Words and phrases that point at the present, past or future as a whole (TIMEX3 *_REF).
REF_WORDS = {
    "actuellement": "PRESENT_REF", "désormais": "PRESENT_REF", "maintenant": "PRESENT_REF",
    "à présent": "PRESENT_REF", "a présent": "PRESENT_REF", "de nos jours": "PRESENT_REF",
    "à l'heure actuelle": "PRESENT_REF", "en ce moment": "PRESENT_REF", "à ce jour": "PRESENT_REF",
    "ces jours-ci": "PRESENT_REF", "ces jours derniers": "PAST_REF",
    "il y a peu": "PAST_REF", "depuis peu": "PAST_REF", "d'ici peu": "FUTURE_REF",
    "sous peu": "FUTURE_REF", "ultérieurement": "FUTURE_REF", "bientôt": "FUTURE_REF",
    "dorénavant": "PRESENT_REF", "pour le moment": "PRESENT_REF", "pour l'instant": "PRESENT_REF",
    "récemment": "PAST_REF", "dernièrement": "PAST_REF", "ces derniers temps": "PAST_REF",
    "naguère": "PAST_REF", "autrefois": "PAST_REF", "jadis": "PAST_REF",
    "par le passé": "PAST_REF",
    "prochainement": "FUTURE_REF", "à l'avenir": "FUTURE_REF", "dans le futur": "FUTURE_REF",
    "à terme": "FUTURE_REF",
    # adjectives and adverbs the French TimeBank tags as well
    "actuel": "PRESENT_REF", "actuelle": "PRESENT_REF", "actuels": "PRESENT_REF",
    "actuelles": "PRESENT_REF", "nouvellement": "PAST_REF", "précédemment": "PAST_REF",
    "auparavant": "PAST_REF",
}  # fmt: skip

# Adjectives that fix the direction of a relative expression ("lundi dernier", "l'an prochain").
PAST_ADJECTIVES = ("dernier", "dernière", "derniers", "dernières", "passé", "passée", "précédent",
                   "précédente")  # fmt: skip
FUTURE_ADJECTIVES = ("prochain", "prochaine", "prochains", "prochaines", "suivant", "suivante")

# Words just before an expression that fix its direction ("depuis lundi", "d'ici vendredi").
PAST_PREPOSITIONS = ("depuis",)
FUTURE_PREPOSITIONS = ("d'ici", "d’ici", "d'ici à", "d'ici au")
# Words before a date that end a state ("jusqu'au 28 février").
# (A start, "à partir de mercredi", may be past or ahead: it keeps the tense.)
BOUNDARY_PREPOSITIONS = ("jusqu'à", "jusqu'au", "jusqu'aux", "jusque")
# Words before a date that a plan moves something to ("reporté au 12 décembre", "fixé à lundi").
TARGET_PREPOSITIONS = (" au", " à", " pour")
# Decisions whose result lasts ("a prolongé l'alerte jusqu'à samedi"), as verbs or nouns: with
# a passé composé, the date that bounds them is still to come.
LASTING_DECISIONS = (
    "prolonger", "prolongation", "proroger", "prorogation", "suspendre", "suspension", "fermer",
    "fermeture", "interdire", "interdiction", "maintenir", "maintien", "reconduire",
    "reconduction", "étendre", "extension", "placer", "décréter", "instaurer", "imposer",
    "accorder", "autoriser", "geler", "gel", "bloquer", "restreindre", "limiter", "confiner",
    "mettre", "activer", "déclencher", "émettre", "lancer", "relever", "abaisser", "ajourner",
    "différer", "reporter", "report", "repousser", "décaler", "fixer", "laisser", "donner",
    "octroyer", "vigilance", "alerte", "couvre-feu", "moratoire", "trêve", "délai", "état",
)  # fmt: skip


# Words before a bare 4-digit number that make it a count, not a year ("quelque 2000 techniciens").
COUNT_CUES = ("quelque", "environ", "plus de", "moins de", "près de", "au moins", "les", "des",
              "ces", "sur", "soit", "à peine", "jusqu'à", "entre", "de", "et", "ou")  # fmt: skip
# Words before a number that make it a year ("en 2001", "depuis 1993", "fin 2010").
YEAR_CUES = ("en", "depuis", "dès", "jusqu'en", "avant", "après", "fin", "début", "mi", "l'an",
             "l'année", "année", "horizon", "d'ici", "vers", "courant", "printemps", "été",
             "automne", "hiver", "mois", "saison", "cuvée", "millésime", "de l'année",
             "l’an", "l’année")  # fmt: skip

# Verbs whose conditional stem is irregular ("devrait", "pourrait", "serait").
IRREGULAR_CONDITIONAL_STEMS = (
    "ser", "aur", "fer", "ir", "pourr", "devr", "voudr", "viendr", "tiendr", "faudr", "saur",
    "verr", "enverr", "vaudr", "courr", "mourr", "acquerr", "recevr", "apercevr", "percevr",
)  # fmt: skip
# Verbs whose object names something still to come ("a promis des élections le 31 octobre").
PLANNING_VERBS = ("promettre", "prévoir", "programmer", "projeter", "envisager", "planifier",
                  "fixer", "convoquer", "reporter", "repousser", "décaler", "ajourner",
                  "annuler", "déplacer")  # fmt: skip
# Participles that look ahead whatever their tense ("prévu mardi", "programmée le 5 mai").
FUTURE_PARTICIPLES = ("prévoir", "programmer", "attendre", "planifier", "fixer", "convoquer",
                      "envisager", "annoncer", "reporter", "repousser")  # fmt: skip
# Participles of schedule that govern the date right after them ("les annonces attendues
# vendredi", "le vote, prévu mardi"), as written in the masculine singular.
SCHEDULED_PARTICIPLES = ("prévu", "attendu", "programmé", "planifié", "fixé", "convoqué")
# Verbs whose infinitive complement is still to come when they are in the present ("doit
# rencontrer lundi", "va annoncer"), and verbs of intent whose complement is to come in any tense
# ("a promis de présenter avant la mi-février", "ont prévu d'alléger pendant le week-end").
FUTURE_MODALS = ("devoir", "pouvoir", "aller", "vouloir", "entendre", "tenter", "chercher")
INTENT_VERBS = ("espérer", "compter", "promettre", "envisager", "prévoir", "souhaiter", "projeter",
                "programmer", "décider", "proposer", "menacer", "s'engager", "engager", "appeler",
                "inviter", "exhorter", "demander", "autoriser", "inciter", "ordonner", "convoquer",
                "s'apprêter", "apprêter", "préparer", "accepter", "refuser", "charger", "prier",
                "encourager", "sommer", "enjoindre", "s'attendre", "attendre")  # fmt: skip
# Verbs of motion whose infinitive is a purpose ("est venue chercher", "est parti préparer").
MOTION_VERBS = ("venir", "aller", "partir", "revenir", "repartir", "rentrer", "retourner",
                "arriver", "courir", "monter", "descendre", "rendre", "déplacer",
                "envoyer")  # fmt: skip
# Verbs conjugated with "être" in the passé composé ("s'est tenu", "sont arrivés").
ETRE_VERBS = ("aller", "venir", "arriver", "partir", "entrer", "sortir", "rester", "tomber",
              "naître", "mourir", "devenir", "revenir", "retourner", "rentrer", "passer",
              "monter", "descendre", "décéder", "parvenir", "intervenir", "survenir",
              "repartir", "ressortir", "redevenir", "apparaître", "disparaître", "réapparaître",
              "advenir", "accourir", "échoir", "éclore", "tomber", "parvenir")  # fmt: skip

# Ordinals of quarters and halves ("troisième trimestre").
ORDINALS = {"premier": 1, "1er": 1, "deuxième": 2, "2e": 2, "second": 2, "troisième": 3,
            "3e": 3, "quatrième": 4, "4e": 4}  # fmt: skip

# Ordinals of the weeks of a month ("la première semaine de janvier"); -1 is the last one.
WEEK_ORDINALS = {"première": 1, "1re": 1, "deuxième": 2, "2e": 2, "seconde": 2, "troisième": 3,
                 "3e": 3, "quatrième": 4, "4e": 4, "dernière": -1}  # fmt: skip

# Decades written in words ("les années soixante") -> their digit.
DECADE_WORDS = {"trente": 3, "quarante": 4, "cinquante": 5, "soixante": 6, "soixante-dix": 7,
                "quatre-vingt": 8, "quatre-vingts": 8, "quatre-vingt-dix": 9}  # fmt: skip

# Holidays that are also common words or names: dates only when capitalized.
CAPITALIZED_HOLIDAYS = {"ascension", "assomption", "épiphanie", "toussaint", "pentecôte"}

# Roman digits of centuries ("XIXe siècle").
ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50}

# Approximate counts ("une quinzaine de jours").
APPROX_COUNTS = {"dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20,
                 "trentaine": 30, "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60,
                 "centaine": 100}  # fmt: skip

# Half of each unit, written in the next smaller unit ("deux ans et demi" -> P2Y6M).
HALVES = {"Y": "6M", "M": "15D", "W": "3DT12H", "D": "T12H", "H": "30M", "MIN": "30S"}

# "toute la semaine", "tout l'été": the length of the whole unit.
WHOLE_UNITS = {"semaine": "P1W", "journée": "P1D", "nuit": "P1D", "matinée": "PT12H",
               "soirée": "PT6H", "année": "P1Y", "mois": "P1M", "week-end": "P2D", "été": "P3M",
               "hiver": "P3M", "printemps": "P3M", "automne": "P3M"}  # fmt: skip

# Adverbs of frequency -> TIMEX3 set value.
SET_ADVERBS = {"quotidiennement": "P1D", "annuellement": "P1Y", "mensuellement": "P1M",
               "hebdomadairement": "P1W"}  # fmt: skip

# In a league, "journées" are rounds, counted like matches ("le troisième succès en neuf
# journées, avec 15 points"): a count, not a length, when its sentence speaks of the standings.
MATCHDAY_CUES = ("points", "classement", "championnat", "ligue", "podium", "leader", "buts",
                 "match", "matchs", "matches", "relégation", "relégable", "relégables",
                 "barrages")  # fmt: skip
