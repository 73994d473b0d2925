"""French words and patterns for quantities: number words, scales, units, currencies, qualifiers.

Keys are lower case; multiword keys are written with single spaces (the component folds every kind
of space, including U+00A0 and U+202F, to one before looking them up).
"""

# Number words that text2num turns into values ("quatre-vingt-dix", "vingt et un", "deux mille").
NUMBER_WORDS = [
    "zéro", "un", "une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix",
    "onze", "douze", "treize", "quatorze", "quinze", "seize", "vingt", "vingts", "trente",
    "quarante", "cinquante", "soixante", "cent", "cents", "mille",
]  # fmt: skip


# Words after a number that multiply it: "2,5 millions", "trois milliards", "1,2 Md€", "30 k€".
SCALES = {
    "mille": 1_000,
    "million": 1_000_000, "millions": 1_000_000,
    "milliard": 1_000_000_000, "milliards": 1_000_000_000,
    "md": 1_000_000_000, "mds": 1_000_000_000, "mrd": 1_000_000_000, "mrds": 1_000_000_000,
    "billion": 1_000_000_000_000, "billions": 1_000_000_000_000,
    "trillion": 1_000_000_000_000, "trillions": 1_000_000_000_000,
}  # fmt: skip
# Scale abbreviations glued to a currency symbol ("M€", "Md€", "k€", "M$").
SYMBOL_SCALES = {"k": 1_000, "K": 1_000, "M": 1_000_000, "Md": 1_000_000_000,
                 "Mds": 1_000_000_000, "Mrd": 1_000_000_000, "G": 1_000_000_000}  # fmt: skip
# In English quotes ("$40.11 billion") a billion is a thousand millions.
ENGLISH_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
                  "trillion": 1_000_000_000_000, "bn": 1_000_000_000, "m": 1_000_000}  # fmt: skip

# Collective nouns: "une dizaine" is about 10; "des dizaines" is vague.
COLLECTIVES = {
    "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
    "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100, "millier": 1_000,
    "million": 1_000_000, "milliard": 1_000_000_000,
}  # fmt: skip
# Determiners that make a plural collective a vague quantity ("des milliers de manifestants").
VAGUE_DETERMINERS = {"des", "plusieurs", "quelques", "de nombreux", "de nombreuses"}

# Currencies: the words and symbols after (or before) a number, with an optional qualifying word.
# Longest key wins, so "dollars canadiens" beats "dollars".
CURRENCIES = {
    "€": "EUR", "euro": "EUR", "euros": "EUR", "eur": "EUR",
    "$": "USD", "us$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD",
    "dollar américain": "USD", "dollars américains": "USD", "dollars us": "USD",
    "dollar canadien": "CAD", "dollars canadiens": "CAD", "cad": "CAD", "$ca": "CAD",
    "dollar australien": "AUD", "dollars australiens": "AUD", "aud": "AUD",
    "dollars de hong kong": "HKD", "dollars hongkongais": "HKD", "dollars taïwanais": "TWD",
    "dollars néo-zélandais": "NZD", "dollars singapouriens": "SGD",
    "franc": "CHF", "francs": "CHF", "franc suisse": "CHF", "francs suisses": "CHF", "chf": "CHF",
    "francs français": "FRF", "francs cfa": "XOF", "franc cfa": "XOF", "fcfa": "XOF",
    "£": "GBP", "gbp": "GBP", "livre sterling": "GBP", "livres sterling": "GBP",
    "livre libanaise": "LBP", "livres libanaises": "LBP", "livre égyptienne": "EGP",
    "livres égyptiennes": "EGP", "livre turque": "TRY", "livres turques": "TRY",
    "livres syriennes": "SYP", "livres soudanaises": "SDG",
    "yen": "JPY", "yens": "JPY", "jpy": "JPY", "yuan": "CNY", "yuans": "CNY", "cny": "CNY",
    "renminbi": "CNY", "rouble": "RUB", "roubles": "RUB", "roupie": "INR", "roupies": "INR",
    "real": "BRL", "reais": "BRL", "reals": "BRL", "réals": "BRL",
    "peso": "MXN", "pesos": "MXN", "pesos argentins": "ARS", "pesos mexicains": "MXN",
    "dinar": "TND", "dinars": "TND", "dinars tunisiens": "TND", "dinars algériens": "DZD",
    "dinars irakiens": "IQD", "dinars koweïtiens": "KWD", "dirham": "MAD", "dirhams": "MAD",
    "dirhams émiratis": "AED", "rand": "ZAR", "rands": "ZAR", "won": "KRW", "wons": "KRW",
    "hryvnia": "UAH", "hryvnias": "UAH", "zloty": "PLN", "zlotys": "PLN",
    "couronnes suédoises": "SEK", "couronnes norvégiennes": "NOK", "couronnes danoises": "DKK",
    "couronnes tchèques": "CZK", "shekel": "ILS", "shekels": "ILS", "shekels israéliens": "ILS",
    "rials": "IRR", "riyal": "SAR", "riyals": "SAR", "lire turque": "TRY", "lires turques": "TRY",
    "nairas": "NGN", "naira": "NGN",
    "bitcoin": "BTC", "bitcoins": "BTC",
}  # fmt: skip
# "livres" alone is a currency only in a text that speaks of one (else it counts books).
POUND_WORDS = {"livre", "livres"}
POUND_CONTEXT = {  # a text that names one of these currencies means it by "livres"
    "livre libanaise": "LBP", "livres libanaises": "LBP", "livre égyptienne": "EGP",
    "livres égyptiennes": "EGP", "livre turque": "TRY", "livre syrienne": "SYP",
    "livre sterling": "GBP", "livres sterling": "GBP", "£": "GBP",
}  # fmt: skip
# The bare "$" symbol means the local dollar in a text that names one ("82 milliards de dollars
# canadiens ... 2 000 $ par mois").
DOLLAR_CONTEXT = {
    "dollars canadiens": "CAD", "dollar canadien": "CAD", "dollars australiens": "AUD",
    "dollar australien": "AUD", "dollars néo-zélandais": "NZD",
    "dollars de hong kong": "HKD",
}  # fmt: skip
CURRENCY_PREFIXES = {
    "$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "chf": "CHF", "usd": "USD", "eur": "EUR",
    "gbp": "GBP",
}  # fmt: skip

# Measures: written unit -> symbol. Longest key wins ("kilomètres carrés" beats "kilomètres").
MEASURES = {
    "km": "km", "kilomètre": "km", "kilomètres": "km", "kilometres": "km",
    "m": "m", "mètre": "m", "mètres": "m", "metres": "m",
    "cm": "cm", "centimètre": "cm", "centimètres": "cm",
    "mm": "mm", "millimètre": "mm", "millimètres": "mm",
    "km²": "km²", "km2": "km²", "kilomètres carrés": "km²", "kilomètre carré": "km²",
    "m²": "m²", "m2": "m²", "mètres carrés": "m²", "mètre carré": "m²",
    "m³": "m³", "m3": "m³", "mètres cubes": "m³", "mètre cube": "m³",
    "ha": "ha", "hectare": "ha", "hectares": "ha",
    "kg": "kg", "kilo": "kg", "kilos": "kg", "kilogramme": "kg", "kilogrammes": "kg",
    "g": "g", "gramme": "g", "grammes": "g", "mg": "mg", "milligrammes": "mg",
    "t": "t", "tonne": "t", "tonnes": "t",
    "l": "l", "litre": "l", "litres": "l", "cl": "cl", "centilitres": "cl",
    "hl": "hl", "hectolitre": "hl", "hectolitres": "hl",
    "°c": "°C", "° c": "°C", "°": "°C", "degré": "°C", "degrés": "°C",
    "degrés celsius": "°C", "degré celsius": "°C", "°f": "°F",
    "km/h": "km/h", "kilomètres/heure": "km/h", "kilomètres par heure": "km/h",
    "kilomètres heure": "km/h", "nœuds": "nœuds",
    "w": "W", "kw": "kW", "mw": "MW", "gw": "GW", "mégawatts": "MW", "gigawatts": "GW",
    "kilowatts": "kW", "kwh": "kWh", "mwh": "MWh", "gwh": "GWh", "twh": "TWh",
    "kilowattheures": "kWh", "mégawattheures": "MWh", "térawattheures": "TWh",
    "mégatonnes": "Mt", "mt": "Mt", "gigatonnes": "Gt", "gt": "Gt",
    "mbps": "Mbit/s", "mbit/s": "Mbit/s",
    "pieds": "pieds", "miles": "miles", "milles nautiques": "milles nautiques",
    "barils": "barils", "baril": "barils",
}  # fmt: skip

# Percentages: "%", "pour cent"; percentage points are percent with unit "points".
PERCENT_WORDS = {"%": "%", "pour cent": "%", "pourcent": "%", "pour-cent": "%", "p.c.": "%"}
POINT_WORDS = {
    "points de pourcentage": "points", "point de pourcentage": "points",
    "points de base": "points de base", "point de base": "points de base",
    "pb": "points de base", "pdb": "points de base",
}  # fmt: skip

# What makes a number a date, time, duration or age (the dates component's business).
TIME_UNITS = {
    "an", "ans", "année", "années", "mois", "semaine", "semaines", "jour", "jours", "journée",
    "journées", "nuit", "nuits", "heure", "heures", "h", "min", "minute", "minutes", "mn",
    "s", "sec", "seconde", "secondes", "siècle", "siècles", "décennie", "décennies", "trimestre",
    "trimestres", "semestre", "semestres", "week-end", "week-ends", "millénaire", "millénaires",
    "ms", "jours-là", "ans-là",
    # parts of day counted as a rhythm or a length ("trois soirs par semaine", "deux matinées")
    "soir", "soirs", "soirée", "soirées", "matin", "matins", "matinée", "matinées",
}  # fmt: skip

# Adjectives between a number and its time unit ("les huit premiers mois", "deux longues années").
TIME_ADJECTIVES = {
    "premiers", "premières", "derniers", "dernières", "prochains", "prochaines", "longs",
    "longues", "bonnes", "petites", "petits", "pleins", "pleines", "autres",
}  # fmt: skip

# Qualifiers written before the number, as regex fragments (the leftmost match wins, so
# "pas moins de" beats "moins de").
QUALIFIERS_BEFORE = {
    r"environ": "about", r"près d(?:es|e|['’])": "about", r"quelque": "about", r"quelques": "about",
    r"autour d(?:es|e|['’])": "about",
    r"presque": "about", r"quasiment": "about", r"approximativement": "about",
    r"de l['’]ordre d[e'’]": "about", r"aux alentours d(?:es|e|['’])": "about",
    r"grosso modo": "about",
    r"plus ou moins": "about", r"à peu près": "about", r"pratiquement": "about",
    r"plus d[e'’]": "more_than", r"au-delà d[e'’]": "more_than",
    r"moins d[e'’]": "less_than", r"au moins": "at_least", r"pas moins d[e'’]": "at_least",
    r"au minimum": "at_least", r"un minimum d[e'’]": "at_least", r"minimum": "at_least",
    r"jusqu['’]à": "at_most", r"un maximum d[e'’]": "at_most", r"au maximum": "at_most",
    r"au plus": "at_most", r"tout au plus": "at_most",
    r"pas plus d[e'’]": "at_most",
    r"maximum": "at_most",
}  # fmt: skip
QUALIFIERS_AFTER = {
    r"environ": "about", r"au moins": "at_least", r"au maximum": "at_most",
    r"au plus": "at_most", r"minimum": "at_least", r"maximum": "at_most",
}  # fmt: skip

# Nouns before a bare number that make it an identifier ("la ligne 14", "l'article 5").
ADDRESS_WORDS = {
    "rue", "avenue", "av", "boulevard", "bd", "place", "allée", "quai", "chemin", "route",
    "impasse", "cours", "square", "passage", "bis", "ter",
}  # fmt: skip

# Nouns that make the number after them a name or a rank, even before a noun ("le numéro 9
# lorientais", "au stade 3 de l'épidémie", "la ligne 14 du métro").
IDENTIFIER_NOUNS = {
    "numéro", "n°", "no", "stade", "ligne", "article", "alinéa", "chapitre", "page", "niveau",
    "phase", "catégorie", "type", "classe", "groupe", "zone", "porte", "salle", "terminal",
    "hangar", "kilomètre", "borne", "section", "tome", "épisode", "saison", "acte", "version",
    "modèle", "vol", "route", "autoroute", "départementale", "nationale", "quai", "voie", "lot",
    "bâtiment", "escalier", "étage", "appartement", "chambre", "box", "dossier", "rang", "place",
}  # fmt: skip

# Head nouns whose "de" complement is part of what is counted ("4.000 membres de la Garde").
RELATIONAL_HEADS = {"membres", "membre", "représentants", "agents", "éléments", "militants"}

# Adjective + noun pairs that are one unit ("253 grands électeurs", "300 logements sociaux").
COMPOUND_UNITS = {
    "grands électeurs", "longs métrages", "courts métrages", "logements sociaux",
    "casques bleus", "gardes à vue", "sans-abri", "petites et moyennes entreprises",
    "faits divers",
}  # fmt: skip
COMPOUND_KEEPS_ADJECTIVE = {"longs", "courts", "grands", "sociaux", "bleus"}

# Participles and adjectives used as nouns after a number ("165 morts", "2.059 blessés").
NOMINAL_ADJECTIVES = {
    "morts", "blessés", "disparus", "tués", "déplacés", "réfugiés", "sinistrés", "malades",
    "détenus", "inculpés", "interpellés", "élus", "inscrits", "votants", "chômeurs", "otages",
    "volontaires", "civils", "militaires", "rescapés", "survivants", "évacués", "contaminés",
    "infectés", "hospitalisés", "guéris", "vaccinés", "décédés", "noyés", "exécutés", "condamnés",
    "grévistes", "manifestants", "salariés", "retraités", "jeunes", "mineurs", "majeurs",
    "étrangers", "nouveaux-nés",
}  # fmt: skip

# Head nouns that are not what a number counts ("deux fois plus").
NOT_COUNTED = {"fois", "tiers", "quarts", "quart", "cinquièmes", "dixièmes", "centièmes"}

# Number words that are numbers only before what they count ("neuf régions", not "un toit neuf").
BARE_WORDS_REJECTED = {"neuf", "sept", "cent", "cents", "mille", "un", "une", "zéro"}

# Sports played "à 7", "à XV": the number is part of the sport's name.
SPORT_FORMATS = {"rugby", "football", "foot", "basket", "handball", "volley", "beach-volley"}

# Words after "200 m" that make it a race rather than a distance ("le 200 m brasse").
RACE_WORDS = {"brasse", "papillon", "dos", "nage", "nages", "haies", "steeple", "relais", "plat"}

# Words before a bare number that refer back to an elided noun ("quatre ans..., dont deux").
ELLIPSIS_LINKS = {"dont", "et", "ou", "contre", "sur"}

# Fixed phrases whose number counts nothing ("bloquer l'autoroute dans les deux sens").
IDIOMS = [
    "dans les deux sens", "des deux côtés", "de deux côtés", "les deux côtés", "aux quatre coins",
    "à quatre pattes", "à deux vitesses", "à deux mains", "à deux pas", "en deux temps",
    "en trois temps", "entre quatre yeux", "à quatre mains", "sur deux fronts", "en mille morceaux",
    "à deux doigts",
]  # fmt: skip

# Fractions of a unit ("un quart de point", "un demi-point", "trois quarts de litre"): quantities
# only with a unit, a currency or a scale; "un quart des salariés" counts no thing of its own.
FRACTIONS = {"un quart": 0.25, "trois quarts": 0.75, "un demi": 0.5, "une demie": 0.5,
             "une demi": 0.5}  # fmt: skip
