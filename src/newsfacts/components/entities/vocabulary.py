"""French words and patterns the entity rules read: kinds, cue words, regular expressions."""

from __future__ import annotations

import re

PERSON, ORGANIZATION, PLACE, EVENT = "person", "organization", "place", "event"

# Doc.user_data key under which newsfacts_places leaves its mentions for newsfacts_actors,
# which removes them (they are not JSON-able).
MENTIONS_KEY = "newsfacts.mentions"

NER_KINDS = {"PER": PERSON, "ORG": ORGANIZATION, "LOC": PLACE, "MISC": None}

HONORIFICS = {"M.": "Masc", "MM.": "Masc", "Mme": "Fem", "Mmes": "Fem", "Mlle": "Fem",
              "Mr": "Masc", "Mrs": "Fem"}  # fmt: skip

OTHER_HONORIFICS = {"Me", "Dr", "Pr", "Mgr", "Maître", "Docteur"}

# Forms of address that stand before a title and its name, with their adjective and article:
# 'son Altesse royale la princesse Anne', 'Sa Majesté le roi', 'Sa Sainteté le pape'.
STYLES_OF_ADDRESS = {"Altesse", "Majesté", "Sainteté", "Excellence", "Éminence"}

# The forms of "de" (elided before a vowel): 'd'Arles', 'le général de Gaulle'.
DE_FORMS = frozenset({"de", "d'", "d’"})
# Function words that never start or end a name but may stand inside one.
NAME_PARTICLES = {"de", "du", "des", "la", "le", "les", "d'", "d’", "l'", "l’", "et"}
# Lower-case words that open or stand inside a person's surname ('Le Pen', 'van der Bellen',
# 'ben Salmane', 'Charlotte de Turckheim').
SURNAME_PARTICLES = {"de", "du", "des", "d", "d'", "d’", "la", "le", "van", "von", "der", "den",
                     "da", "di", "del", "della", "dos", "das", "al", "el", "ben", "bin", "ibn",
                     "abu", "ter", "ten", "y", "e", "zu"}  # fmt: skip

NAME_INNER_WORDS = NAME_PARTICLES | {
    "sin",
    "sans",
    "of",
    "the",
    "for",
    "y",
    "and",
    "en",
    "von",
    "van",
}

LEADING_JUNK = {"de", "du", "des", "d'", "d’", "à", "au", "aux", "en", "par", "pour", "sur", "dans"}

ARTICLES = {"le", "la", "les", "l'", "l’"}

# A capitalised weekday or month that opens a sentence is no part of the name after it:
# 'Vendredi Ségolène Royal avait répondu', 'Mardi M. Moussaoui a dit'.
LEADING_TIME_WORDS = {
    *("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    *("janvier", "février", "avril", "juin", "juillet"),  # not Mai, Mars: names too
    *("août", "septembre", "octobre", "novembre", "décembre"),
    *("hier", "aujourd'hui", "aujourd’hui", "demain", "mi-mars", "fin", "début"),
}

TYPE_NOUN_DETERMINERS = ARTICLES | {"du", "au", "des", "aux", "son", "sa", "ses", "leur", "leurs"}

DATELINE = re.compile(
    r"^\s*(?P<place>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’ .-]*[A-ZÀ-ÖØ-Þ])"  # PARIS, SAINT-OMER
    r"(?:\s*\((?P<region>[^()\n]{2,40})\))?"  # (Pas-de-Calais)
    r"\s*,[^\n()]{0,40}?\((?P<agency>[A-Z][A-Za-z/ -]{1,20})\)"  # , 14 mars (AFP)
)

# The regional press's dateline, on the first line or right after the headline, with no agency:
# 'BAR-LE-DUC. _ Vers 0 h 40', 'WASHINGTON. _', 'NANCY (Meurthe-et-Moselle). - Hier'.
TOWN_DATELINE = re.compile(
    r"(?m)^[ \t]*(?P<place>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’ -]*[A-ZÀ-ÖØ-Þ])"  # BAR-LE-DUC
    r"(?:[ \t]*\((?P<region>[^()\n]{2,40})\))?"  # (Meuse)
    r"[ \t]*(?P<stop>\.?)[ \t]*(?P<mark>_|[-–—])[ \t]"  # '. _', '. -'
)
TOWN_DATELINE_LINES = 2  # the first line, or the one after the headline

# Lower-case titles between a street's noun and the name it honours: 'rue du maréchal de
# Luxembourg', 'avenue du général Leclerc', 'place du docteur Schweitzer'.
STREET_TITLES = {"maréchal", "général", "président", "docteur", "colonel", "commandant",
                 "capitaine", "lieutenant", "professeur", "abbé", "chanoine", "cardinal",
                 "pasteur", "sergent", "amiral", "roi", "comte", "duc"}  # fmt: skip

PAREN_AFTER = re.compile(r"\s*\(\s*(?P<inner>[^()\n]{1,60}?)\s*\)")

ACRONYM = re.compile(r"^[A-ZÀ-Þ][\wÀ-ÿ&.-]{0,11}$")

SCORE = re.compile(r"(?<![\d/.-])\d{1,2}\s*-\s*\d{1,2}(?![\d/.-])")  # '(3-0)', '1-0'

# Adjectives that belong to the names they follow ('Parlement européen', 'Union africaine').
SUPRANATIONAL = ("europ", "afric", "arabe", "asiat", "international", "mondial", "islamique")

ROAD = re.compile(r"^(?:[AND]|RN|RD|CD)[- ]?\d+$")

# 'l'A62', 'la RN 12', 'l'autoroute A7', 'la D906'; not 'l'A380' (a plane: motorways have at
# most two digits), 'la D1' (a football league) nor 'le RN' (a party)
ROAD_IN_TEXT = re.compile(
    r"(?i:\bl['’]|\bla\s+|\bautoroute\s+|\bnationale\s+|\bdépartementale\s+)"
    r"(?P<road>A\s?\d{1,2}|(?:RN|N)\s?\d{1,4}|(?:RD|D)\s?\d{2,4})(?![\w,.]\d)\b"
)

ROAD_NAME = re.compile(r"^(?:A\d{1,2}|(?:N|RN)[- ]?\d{1,4}|(?:D|RD)[- ]?\d{2,4})$")

AFTER_HONORIFIC = re.compile(r"\b(?:M\.|MM\.|Mmes?|Mlle)\s+([A-ZÀ-Þ][\w-]{2,})")

# Titles followed by a single name: 'le pape François', 'la reine Elizabeth'.
SINGLE_NAME_TITLES = {"pape", "roi", "reine", "prince", "princesse", "émir", "cheikh", "imam"}
# Royal titles that, capitalised before a lone first name, are part of the name the article
# gives ('l'épouse de Prince Harry'). Not 'pape': the real gold names the pope 'François' with
# the title 'pape', however the article capitalises it ('le Pape François').
ROYAL_TITLES = frozenset({"roi", "reine", "prince", "princesse"})
# Ranks and titles of nobility after which 'de' opens the surname, not a complement ('le général
# de Gaulle', 'le maréchal de Lattre'); not 'l'avocat de Mohamed', 'l'épouse de Macron'.
PARTICLE_TITLES = frozenset(
    {"général", "maréchal", "amiral", "colonel", "commandant", "capitaine", "lieutenant",
     "comte", "comtesse", "duc", "duchesse", "marquis", "marquise", "baron", "baronne",
     "vicomte", "vicomtesse", "chevalier"}
)  # fmt: skip

# Words right before a one-word French département or region the NER missed ('dans le Var').
REGION_PREPOSITIONS = {"le", "la", "l'", "l’", "les", "du", "des", "de", "d'", "d’", "en"}

CENTURY = re.compile(
    r"^[IVXL]+(?:e|ème|er)$"
)  # 'XIXe': a century, not a place  # 'A7', 'RN7': roads, not organisations

# Words after which a capitalised noun is a minister's portfolio ('ministre des Finances',
# "secrétaire d'Etat chargé de la Mer"), not an organisation.
PORTFOLIO_HEADS = {
    "ministre",
    "ministres",
    "ministère",
    "chargé",
    "chargée",
    "délégué",
    "déléguée",
    "portefeuille",
}
# Titles of one who heads, speaks for or works for a body: the name after them and 'de' is
# that body's ('porte-parole de la Conférence des évêques de France', 'la présidente
# d'Ile-de-France Mobilités'), whatever the NER calls it, unless it is a known place.
BODY_TITLES = {
    "président", "présidente", "vice-président", "vice-présidente", "directeur", "directrice",
    "porte-parole", "secrétaire", "délégué", "déléguée", "patron", "patronne", "dirigeant",
    "dirigeante", "fondateur", "fondatrice", "cofondateur", "cofondatrice", "pdg",
    "responsable", "représentant", "représentante", "analyste", "salarié", "salariée",
    "employé", "employée", "membre", "chercheur", "chercheuse", "économiste",
}  # fmt: skip
# Titles of three words, folded, that take a portfolio too ("secrétaire d'Etat aux Transports").
PORTFOLIO_TITLES = {"secretaire d'etat"}

# Prepositions that, repeated on both sides of 'et', join names of one kind ('de X et de Y').
PLACE_PREPOSITIONS = {"de", "d'", "d’", "à", "en", "vers"}

# A name's capitalised article merges with 'à' / 'de' before it: 'au Monde', 'des Echos', or
# is written in lower case: 'pour le Parisien', 'selon les Echos'.
CONTRACTIONS = {"Le": {"au", "du", "le"}, "Les": {"aux", "des", "les"}}

BARE_ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,5}$")

DEFINITE_ARTICLES = {"le", "la", "l'", "l’", "du", "de la", "au", "à la"}
# The articles before one named thing (DEFINITE_ARTICLES also holds "du", "au" ...).
SINGULAR_DEFINITE_ARTICLES = {"le", "la", "l'", "l’"}

# Words before a nationality noun: 'les Italiens', 'cette Irlandaise', 'un Grec'.
DEMONYM_DETERMINERS = ARTICLES | {"des", "aux", "du", "de", "d'", "d’", "ce", "cet", "cette", "ces",
                                  "un", "une", "deux", "trois", "plusieurs"}  # fmt: skip

# A town this big may run into the name after it ('député de Nîmes Jean Dupont'); a village's
# name is more often a first name ('en présence de Noël Le Graët').
TOWN_BEFORE_NAME_POPULATION = 15_000

# Prepositions that say where: a name after them is a place, whatever follows it.
LOCATIVE_PREPOSITIONS = {"à", "a", "en", "dans", "au", "aux", "vers", "depuis"}

# Prepositions after which a known town's name is the town, whatever the NER says.
PLACE_PREPOSITION_WORDS = {"à", "vers", "de", "d'", "d’"}

# Nouns that, in apposition after a name, say it is a person's: 'Rama, une femme ...'.
PERSON_NOUNS = {"femme", "homme", "fille", "garçon", "jeune", "mère", "père", "enfant",
                "adolescent", "adolescente", "retraité", "retraitée", "habitant", "habitante",
                "étudiant", "étudiante", "veuve", "veuf", "papa", "maman", "fils", "mari",
                "épouse", "frère", "sœur", "oncle", "tante", "ami", "amie", "compagnon",
                "compagne", "enfants", "parents", "aîné", "aînée", "cadet", "cadette",
                "camarade", "collègue", "cousin", "cousine", "voisin", "voisine"}  # fmt: skip
# Possessives that open a kinship or person's noun right before a first name: 'son camarade
# Maurice', 'ses deux petites filles, Sofia et Maya'.
POSSESSIVES = {"son", "sa", "ses", "leur", "leurs", "mon", "ma", "mes", "notre", "nos", "votre",
               "vos"}  # fmt: skip
# Words between the possessive and the noun: 'ses deux petites filles'.
POSSESSIVE_NOUN_GAP = 2
# 'Cecilia, la quarantaine': an age by its decade, in apposition after a person's name.
AGE_DECADES = frozenset(
    {"vingtaine", "trentaine", "quarantaine", "cinquantaine", "soixantaine", "septantaine",
     "octantaine", "nonantaine"}
)  # fmt: skip

# A person by the decade of their age: 'Katarina, une sexagénaire venue d'une localité voisine'
AGE_NOUNS = frozenset(
    {"trentenaire", "quadragénaire", "quinquagénaire", "sexagénaire", "septuagénaire",
     "octogénaire", "nonagénaire", "centenaire"}
)  # fmt: skip

# Lower-case words that may stand between a type noun and its name.
TYPE_NOUN_GAP = 4

PREPOSITIONS_OF = {"de", "du", "des", "d'", "d’", "la", "l'", "l’", "au", "aux", "à"}

# Evidence stronger than the NER's label: a later bare mention of the same name takes its type.
STRONG_SOURCES = {"metonym", "institution", "type", "acronym"}

# Words in capitals in a row that make a heading, not a name.
HEADING_WORDS = 3

# Words of a noun phrase between 'une' and 'de 34 ans': 'une mère de famille de 34 ans'.
AGE_APPOSITION_WORDS = 6

MAX_AGE = 120
# Determiners that count a common noun: 'un CRS', 'des CRS' (no organisation is counted).
COUNTING_DETERMINERS = {"un", "une", "des", "plusieurs"}
# Capitalised words the NER left out that may still end a person's name ('Gedhun | Choekyi Nyima').
MAX_NAME_TAIL = 3

# Prepositions after which an acronym's name is over ('l'OIM pour le Darfour').
ACRONYM_COMPLEMENT_PREPOSITIONS = {"pour", "en", "au", "aux", "à", "dans", "sur"}

ACRONYM_SKIPPED_PARTICLES = {"d", "l", "pour", "sur", "en", "aux", "au", "à"}

# Words an acronym may leave out: 'CNC' of 'Centre national du cinéma et de l'image animée'.
ACRONYM_SKIPPED_WORDS = 2

# Parts of a building: 'la salle des fêtes de l'Élysée', 'le perron de Matignon' is the building,
# not the government it stands for.
BUILDING_PARTS = {"salle", "salles", "salon", "salons", "fêtes", "cour", "perron", "jardin",
                  "jardins", "grilles", "toit", "escalier", "couloirs", "façade"}  # fmt: skip

# Type nouns that, before the surname of a person of the article, name that person's team:
# 'l'équipe Trump' (the name is the person's, no organisation; 'l'équipe Renault' is one).
PERSONAL_TEAM_NOUNS = frozenset({"équipe"})

# Words right before a seat of power that make it the venue ('réuni à Matignon', 'depuis la
# Maison Blanche'), and nouns that, with 'de', make it the residence ('le locataire de l'Élysée').
VENUE_PREPOSITIONS = frozenset({"à", "au", "depuis", "dans"})
RESIDENCE_NOUNS = frozenset({"locataire", "locataires", "hôte", "hôtes", "enceinte", "hors"})
# Words of taking an office before 'à': 'son arrivée à Matignon', 'candidat à la Maison Blanche'
# is the office, which the gold keeps as the institution.
OFFICE_TAKING = frozenset({"arrivée", "arrivé", "arrivant", "entrée", "entré", "candidat",
                           "candidate", "candidats", "course", "nommé", "nommée"})  # fmt: skip
# Verbs and nouns whose 'à' names the one addressed, not a place: 'demande à Matignon de …',
# 'a écrit à l'Élysée', 'une lettre à l'Élysée' (the seat stands for the institution, an actor).
ADDRESSING_WORDS = frozenset({"demander", "demande", "écrire", "adresser", "envoyer",
                              "transmettre", "remettre", "reprocher", "proposer", "répondre",
                              "réclamer", "suggérer", "rappeler", "lettre", "courrier", "appel",
                              "message"})  # fmt: skip

# The forms of 'de', with no article after them: what opens a second portfolio after 'et'
# ('et des Comptes publics', never a bare article), or ends a title held for someone else.
OF_FORMS = frozenset({"de", "des", "du", "d'", "d’"})
# Lower-case subject pronouns, which open a clause: they end any name the NER ran on into it.
SUBJECT_PRONOUNS = frozenset({"je", "j'", "j’", "tu", "il", "elle", "on", "nous", "vous", "ils",
                              "elles"})  # fmt: skip
