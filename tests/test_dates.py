"""newsfacts_dates: TIMEX3 type and value of French temporal expressions, as example tables.

Each row is a sentence with its dates marked ``[text](type:value)``; every date the component
finds must be marked, so a sentence without marks is a counter-example (no date in it).
The reference date of most rows is 2018-10-29, a Monday.
"""

from __future__ import annotations

import json
import re

import pytest

from newsfacts.components.dates.patterns import COMPILED
from tests.conftest import ROOT, SEED, SEED_REFERENCE_DATE

MARK = re.compile(r"\[([^\]]+)\]\((\w+):([^)]*)\)")
REF = SEED_REFERENCE_DATE  # Monday 2018-10-29, ISO week 44


def parse_marks(marked: str) -> tuple[str, list[tuple[str, str, str]]]:
    """'le [13 octobre](date:2018-10-13)' -> ('le 13 octobre', [('13 octobre', 'date', ...)])."""
    return MARK.sub(r"\1", marked), [m.groups() for m in MARK.finditer(marked)]


def dates_of(nlp, text: str, reference: str | None) -> list[tuple[str, str, str]]:
    doc = nlp.make_doc(text)
    doc._.reference_date = reference
    doc = nlp(doc)
    return [(s.text, s._.date["type"], s._.date["value"]) for s in doc.spans["dates"]]


def check(nlp, marked: str, reference: str | None = REF) -> None:
    text, expected = parse_marks(marked)
    assert dates_of(nlp, text, reference) == expected


ABSOLUTE = [
    "Elle a pris le départ [le 13 octobre](date:2018-10-13).",
    "Il a été arrêté [le 13/10/2018](date:2018-10-13) à Lyon.",
    "Le braquage a été commis [le samedi 5 juin 1999](date:1999-06-05).",
    "Pas de retour à la normale avant [octobre 98](date:1998-10).",
    "Je n'avais pas ressenti une telle colère depuis [mai 68](date:1968-05).",
    "Il a été élu en [2001](date:2001) et réélu [l'année 2006](date:2006).",
    "Le bâtiment a été construit dans [les années 1960](date:196).",
    "Leur plus faible niveau depuis [les années 90](date:199).",
    "Le passage à [l'an 2000](date:2000) s'est bien passé.",
    "La révolution industrielle du [XIXe siècle](date:18) a tout changé.",
    "Le traité avait été signé à Rome [le 29 octobre 2004](date:2004-10-29).",
    "La grève a duré du [12](date:1995-10-12) au [15 octobre 1995](date:1995-10-15).",
    "Les élections auront lieu [les 15](date:2019-03-15) et [22 mars 2019](date:2019-03-22).",
    "Le PIB a reculé au [troisième trimestre](date:2018-Q3).",
    "La croissance restera faible au [premier semestre 2019](date:2019-H1).",
    "La [prochaine](date:FUTURE_REF) conférence se tiendra [fin 2010](date:2010).",
    "Le tournage a duré [onze semaines](duration:P11W) à [l'automne 2005](date:2005-FA).",
    "Il est né [le 2018-03-01](date:2018-03-01), baptisé [le 29-01-1999](date:1999-01-29).",
    "Les ventes de [mai](date:2011-05) et [juin 2011](date:2011-06) ont bondi.",
    "Au [19e siècle](date:18), rien de tel.",
]

RELATIVE = [
    # weekdays: past tense -> on or before the reference, future/present -> on or after
    "Ils ont fait une pause [dimanche](date:2018-10-28) à Tapanatepec.",
    "Le ministre a prévu une conférence [lundi](date:2018-10-29) à [16H00](time:2018-10-29T16:00).",
    "La finale aura lieu [jeudi](date:2018-11-01) au Stade de France.",
    "Les syndicats appellent à un nouvel acte [samedi](date:2018-11-03).",
    "D'autres rassemblements sont prévus [mardi](date:2018-10-30) à Lyon.",
    "Air France reprendrait à partir de [lundi](date:2018-10-29) ses liaisons.",
    "Le sondage publié [dimanche](date:2018-10-28) le place en tête.",
    "Le procès s'était ouvert [jeudi dernier](date:2018-10-25).",
    "Les ministres se réuniront [mardi prochain](date:2018-10-30) à Bruxelles.",
    "[Ce lundi](date:2018-10-29), il soufflera ses bougies.",
    "La caravane devait repartir [lundi matin](time:2018-10-29TMO).",
    "Le président s'est exprimé [jeudi soir](time:2018-10-25TEV) sur TF1.",
    "Le sommet s'est achevé [vendredi après-midi](time:2018-10-26TAF).",
    # deictic words and parts of day
    "Il a été libéré [hier](date:2018-10-28), [avant-hier](date:2018-10-27) selon d'autres.",
    "Le bureau se réunira [demain](date:2018-10-30) à Paris.",
    "[Aujourd'hui](date:2018-10-29), c'est mon jour.",
    "Le ministre a indiqué [ce matin](time:2018-10-29TMO) que le brevet serait reporté.",
    "Elle a annoncé [hier soir](time:2018-10-28TEV) sa candidature.",
    "La mairie organise [ce soir](time:2018-10-29TEV) à [20H00](time:2018-10-29T20:00) "
    "une réception.",
    # weeks, months, years relative to the reference
    "Il avait déjà tenu ces propos [la semaine dernière](date:2018-W43).",
    "Le vol sera rétabli [la semaine prochaine](date:2018-W45).",
    "Les ventes ont triplé [cette semaine](date:2018-W44).",
    "Le mouvement a paralysé le pays [ce week-end](date:2018-W43-WE).",
    "Il a tenu un meeting [le week-end dernier](date:2018-W43-WE).",
    "Le trafic avait progressé [le mois dernier](date:2018-09).",
    "Le taux sera révisé [le mois prochain](date:2018-11).",
    "Ils se retrouveront [l'an prochain](date:2019) au Mexique.",
    "[L'an dernier](date:2017), l'inflation est retombée à 2 %.",
    "Il y a [trois ans](duration:P3Y), son film avait été sélectionné.",
    "Il y a [un mois](duration:P1M), il recueillait 17 %.",
    "Un sommet pourrait se tenir dans [deux semaines](duration:P2W).",
    "L'épreuve aura lieu dans [trois jours](duration:P3D).",
    "La Guadeloupéenne s'entraîne depuis [l'automne dernier](date:2017-FA).",
    "Il fera chaud [cet été](date:2018-SU).",
    # months and days without a year: the tense chooses the side, then the nearest
    "En [avril](date:2018-04), il avait ordonné l'envoi de soldats.",
    "L'épidémie est apparue en Chine en [décembre](date:2017-12).",
    "Les résultats seront publiés [le 5 février](date:2019-02-05).",
    "Les aides seront versées avant [le 31 janvier](date:2019-01-31).",
    "Depuis [janvier](date:2018-01), l'indice a perdu 43 %.",
    "Les dirigeants doivent se réunir à [la mi-novembre](date:2018-11).",
    "Il a été interpellé en [mars 2011](date:2011-03).",
    "Les mesures entrent en vigueur [mardi 1er janvier](date:2019-01-01).",
    # anaphora: the day before/after the date the text last mentioned
    "Le palmarès sera dévoilé [le samedi 17 février 2007](date:2007-02-17). Les films "
    "seront projetés [le lendemain](date:2007-02-18).",
    "Le couvre-feu commence [mercredi](date:2018-10-31). [La veille](date:2018-10-30), rien.",
    # holidays
    "Une tempête a suivi [Noël](date:2017-12-25), a-t-on appris.",
    "Le meeting aura lieu le [lundi de Pâques](date:2019-04-22).",
    "Les syndicats défileront à l'occasion du [1er-Mai](date:2019-05-01).",
    # vague references
    "Le président a répété [ces dernières semaines](duration:PXW) ses propos.",
    "Le taux de chômage, [actuellement](date:PRESENT_REF) de 12,3 %, baisse.",
    "Un débat sera organisé [prochainement](date:FUTURE_REF).",
    "Elle a [récemment](date:PAST_REF) inauguré la médiathèque.",
    "Le match a eu lieu [le 16/06](date:2018-06-16).",
    "Le chantier sera achevé en [fin d'année](date:2018).",
    "Les cours reprendront [le lundi 5 novembre](date:2018-11-05).",
    "Il revient le prochain [29 février](date:2020-02-29), "
    "ils sont nés un [29 février](date:XXXX-02-29).",
    "Sud-Rail a confirmé que le préavis était maintenu pour [le 16 février](date:2019-02-16).",
    "Kishida a promis des élections [le 31 octobre](date:2018-10-31).",
    "Le séisme a fait [vendredi 2](date:2018-11-02) des dégâts.",
    # a year set earlier in the sentence holds for its days and months
    "En [1998](date:1998), la France a gagné [le 12 juillet](date:1998-07-12), fêté en "
    "[août](date:1998-08).",
    "Depuis [2015](date:2015), il pleut ; [le 3 mai](date:2018-05-03), il a encore plu.",
    "Le festival se tiendra [l'an prochain](date:2019) du [14](date:2019-05-14) au "
    "[25 mai](date:2019-05-25).",
    "Elle a réuni [mardi](date:2018-10-23) les élus, à [la veille](date:2018-10-23) d'un vote.",
    # "du lundi au vendredi": a habit in the present; in a narration, the end after the start
    "Le marché est ouvert du [lundi](set:XXXX-WXX-1) au [vendredi](set:XXXX-WXX-5).",
    "Le festival aura lieu du [vendredi](date:2018-11-02) au [lundi](date:2018-11-05).",
    "Le sommet s'est tenu du [samedi](date:2018-10-27) au [lundi](date:2018-10-29).",
    # today as the present age
    "Le drame pèse encore [aujourd'hui](date:PRESENT_REF) sur la ville, a-t-il dit "
    "[aujourd'hui](date:2018-10-29).",
    # a quarter named alone: the tense chooses the year
    "Le PIB a reculé au [troisième trimestre](date:2018-Q3).",
    # the verb of the infinitive decides: a recent past, a call for later
    "Le gouvernement vient d'annoncer [samedi](date:2018-10-27) un plan de relance.",
    "Les syndicats ont appelé [dimanche](date:2018-10-28) à manifester [jeudi](date:2018-11-01).",
    "La Bourse a terminé en baisse [vendredi](date:2018-10-26), après avoir gagné 2 % "
    "[jeudi](date:2018-10-25).",
    "Il espère être de retour [samedi](date:2018-11-03).",
    # "le jeudi": a habit in the present, a day in a narrated past
    "Il est arrivé à Paris [le jeudi](date:2018-10-25), et reparti [le vendredi](date:2018-10-26).",
    "Un remaniement est attendu dans [les prochains jours](duration:PXD).",
]

TIMES = [
    "Le rassemblement s'est dispersé vers [21h45](time:2018-10-29T21:45).",
    "Une réunion se tiendra [samedi](date:2018-11-03) à [16 h 30](time:2018-11-03T16:30).",
    "Conférence [lundi](date:2018-10-29) à [16H00](time:2018-10-29T16:00) "
    "([20H00 GMT](time:2018-10-29T20:00Z)).",
    "La finale aura lieu [jeudi](date:2018-11-01) à [20H30 heure locale](time:2018-11-01T20:30).",
    "Un rassemblement est prévu à [midi](time:2018-10-29T12:00) devant la Bourse.",
    "Le vote est prévu [vendredi](date:2018-11-02) à [minuit](time:2018-11-03T00:00).",
    "La circulation sera interdite de [18H00](time:2018-10-29T18:00) à "
    "[6H00](time:2018-10-30T06:00).",
    "Alertés vers [2H15](time:2018-10-29T02:15), les secours sont arrivés vite.",
    "Un incendie a ravagé dans [la nuit de dimanche à lundi](time:2018-10-28TNI) un entrepôt.",
    "Le bijoutier a été tué dans [la nuit du 3 au 4 mars 2011](time:2011-03-03TNI).",
    "Il est arrivé [mardi dans la soirée](time:2018-10-23TEV).",
    "La réunion aura lieu dans [la soirée de mardi](time:2018-10-30TEV).",
    "La fête aura lieu [vendredi 2 novembre](date:2018-11-02), de "
    "[18 h](time:2018-11-02T18:00) à [minuit](time:2018-11-03T00:00).",
    "Le concert aura lieu à [20 h 30](time:2018-11-03T20:30) [samedi](date:2018-11-03).",
    "Les pompiers sont intervenus [hier](date:2018-10-28) vers [23 h 30](time:2018-10-28T23:30).",
    "[Le 3 mai](date:2018-05-03), il pleuvait. [Ce soir-là](time:2018-05-03TEV), tout a brûlé.",
    "La Bourse a ouvert [mardi 30 octobre](date:2018-10-30) à [9H00](time:2018-10-30T09:00).",
    "Il est arrivé [le 25 octobre au soir](time:2018-10-25TEV), reparti "
    "[le 26 octobre au matin](time:2018-10-26TMO).",
]

DURATIONS_AND_SETS = [
    "Il a été condamné à [10 ans](duration:P10Y) de prison.",
    "Elle a couru le 200 m en [22,31 secondes](duration:PT22.31S).",
    "Il a gagné en [2 h 06 min 26 s](duration:PT2H6M26S), un record.",
    "Une fresque de [2 h 40](duration:PT2H40M) tournée en Sibérie.",
    "Il était en détention provisoire depuis [22 mois](duration:P22M).",
    "Nous resterons vigilants pendant [plusieurs semaines](duration:PXW).",
    "L'intrusion a eu lieu [quelques heures](duration:PTXH) plus tôt.",
    "Il reviendra dans [deux ans et demi](duration:P2Y6M).",
    "Il a parlé pendant [une demi-heure](duration:PT30M), puis [un quart d'heure](duration:PT15M).",
    "Les prix vont monter dans [les mois à venir](date:FUTURE_REF).",
    "Il a pris [une quinzaine de jours](duration:P15D) de repos.",
    "Le réchauffement [des dix dernières années](duration:P10Y) inquiète.",
    "Une permanence se tient [chaque lundi](set:XXXX-WXX-1) en mairie.",
    "Le festival se tient [tous les ans](set:P1Y) à Berlin.",
    "Il ne fête son anniversaire que [tous les quatre ans](set:P4Y).",
    "Elle s'entraîne [deux fois par jour](set:P1D).",
    "Le directeur tient [chaque soir](set:XXXX-XX-XXTEV) un point presse.",
    "La piscine est ouverte en nocturne [le jeudi](set:XXXX-WXX-4).",
    "Le FMI contrôle [tous les trimestres](set:P3M) les réformes.",
    "La semaine de [quatre jours](duration:P4D) divise les enseignants.",
    "Il a travaillé [toute la semaine](duration:P1W) et vit ici depuis [des années](duration:PXY).",
    "Le rapport est publié [annuellement](set:P1Y).",
    "Il a remporté la course en [2 min 05 s 85](duration:PT2M5.85S), un record.",
    # hours and minutes of a length; after "à" a clock time
    "[Quatre heures quarante](duration:PT4H40M) de spectacle, [une heure vingt](duration:PT1H20M)"
    " d'entracte.",
    "Après [deux heures trente](duration:PT2H30M) de débat, le texte est adopté.",
    "Il a attendu [deux heures](duration:PT2H), trois policiers sont venus.",
    "Le train part à [8 heures 15](time:2018-10-29T08:15).",
    # a rhythm counted in days or evenings
    "Ils s'entraînent [trois soirs par semaine](set:P1W) et [deux fois par jour](set:P1D).",
    # an unknown number of units as the object of waiting or spending
    "Elle attendait, parfois [des heures](duration:PTXH) ; cela prendra [des mois](duration:PXM).",
    "Les salariés ont fait des heures supplémentaires et pris des jours fériés.",
    # league rounds are no length of time; strike days are
    "Le troisième succès en neuf journées, le club compte 15 points au classement.",
    "Après [trois journées](duration:P3D) de grève, le match a eu lieu.",
    "Le club compte 12 points d'avance à dix journées de la fin.",
    "Il a couru le 100 m en [9,58 s](duration:PT9.58S) ; les 2 s'entraînent.",
]

NOT_DATES = [
    "Le coût est estimé à 2,5 millions d'euros.",
    "Le trafic a progressé de 4,9 %.",
    "La mission avait mobilisé quelque 2000 techniciens.",
    "Le vol AF 1234 a été annulé.",
    "Les Italiens peuvent appeler le 1500, le numéro gratuit.",
    "Les commerces ferment pour le quatrième samedi consécutif.",
    "Ouvert 24h/24, score 3/1, soit 1/2 des voix, à Midi-Pyrénées.",
    "Le printemps arabe a surpris les diplomates.",
    "Noël Mamère a pris la parole.",
    "Le résultat est de 3-0 sur la RN 10.",
    "Les 24 Heures du Mans ont souri à Toyota.",
]

# Ages are no temporal expressions in the French TimeBank (nor quantities); lengths of years are.
AGES = [
    "Un gardien âgé de 45 ans a été intoxiqué.",
    "Un homme de 32 ans a été interpellé.",
    "Jean Dupont, 45 ans, a été entendu.",
    "Un survivant de 70 ans témoigne.",
    "Un centre aéré pour les enfants de 2 à 8 ans.",
    "Les moins de 17 ans ont souffert.",
    "Une femme d'une trentaine d'années est tombée.",
    "Il a été condamné à une peine de [cinq ans](duration:P5Y).",
    "Au terme de [trois ans](duration:P3Y) de tractations, l'accord est signé.",
    "Le chantier, [deux ans](duration:P2Y), a coûté cher.",
]

NO_REFERENCE = [
    "Le sommet aura lieu [lundi](date:XXXX-WXX-1) à [16H00](time:XXXX-WXX-1T16:00) et "
    "[le 13 octobre](date:XXXX-10-13).",
    "Il est arrivé [hier soir](time:XXXX-XX-XXTEV), [la semaine dernière](date:XXXX-WXX).",
    "Il a été élu en [2001](date:2001).",
]


# How a careful TimeML annotator anchors a date whose year or side the words do not give.
# Rows: (reference date, marked sentence); counter-examples follow each rule.
ANCHORING = [
    # a year sets the sentence's frame when it opens it, or for its own clause only
    (REF, "Le festival, créé en [1998](date:1998), se tiendra "
          "[le 12 juillet](date:2019-07-12)."),
    (REF, "Né en [1950](date:1950), il est mort [le 3 mars](date:2018-03-03)."),
    (REF, "Le déficit s'est établi à 5,5 % en [2017](date:2017), et la dette a franchi 2 000 "
          "milliards d'euros, a rappelé l'Insee [fin mars](date:2018-03)."),
    (REF, "Il a été élu en [2001](date:2001) et il a démissionné "
          "[le 3 mars](date:2001-03-03)."),
    (REF, "« En [2016](date:2016), nous avons gagné [le 3 mars](date:2016-03-03). »"),
    # "précédent", "suivant" count from the period just named; "dernier" from the reference
    (REF, "Le PIB a progressé au [premier trimestre](date:2018-Q1) par rapport au "
          "[trimestre précédent](date:2017-Q4)."),
    (REF, "En [mars 2011](date:2011-03), il a été arrêté. "
          "[Le mois suivant](date:2011-04), il a été libéré."),
    (REF, "En [mars 2011](date:2011-03), il a été arrêté. "
          "[Le mois dernier](date:2018-09), il a témoigné."),
    (REF, "Il a été arrêté [le 3 mars 2015](date:2015-03-03) et libéré "
          "[le lundi suivant](date:2015-03-09)."),
    (REF, "En [2020](date:2020), 65 millions d'entrées, contre 213 millions [l'année précédente]"
          "(date:2019)."),
    (REF, "[Le mois suivant](date:2018-11), il a démissionné."),
    # quarters, weeks of a month, school years, far years
    (REF, "Le chômage est resté stable au [dernier trimestre de 2017](date:2017-Q4), et "
          "l'investissement a reculé pour le deuxième trimestre consécutif."),
    (REF, "Le PIB devrait croître au [second semestre](date:2018-H2)."),
    (REF, "Le froid a été intense la [première semaine de janvier](date:2018-W01)."),
    (REF, "Il a été hospitalisé [la semaine du 8 octobre](date:2018-W41), pendant la semaine du "
          "goût."),
    (REF, "Le stade fermera la [dernière semaine d'août 2019](date:2019-W35)."),
    (REF, "Les groupes de niveau seront créés dès la [rentrée 2019](date:2019-09)."),
    (REF, "Seuls les grands glaciers subsisteront au-delà de [2100](date:2100)."),
    (REF, "Les 2100 salariés ont fait grève."),
    # "depuis le", "jusqu'au": a start in the past; the end of a decision's result ahead
    (REF, "La loi s'applique depuis [le 1er janvier](date:2018-01-01)."),
    (REF, "Le préfet a interdit les manifestations jusqu'à [dimanche](date:2018-11-04)."),
    (REF, "Le ministère a annoncé la prolongation de la campagne jusqu'au [28 février]"
          "(date:2019-02-28)."),
    (REF, "Les combats ont fait rage jusqu'à [dimanche](date:2018-10-28)."),
    (REF, "Il est resté en prison jusqu'au [3 mai](date:2018-05-03)."),
    (REF, "La maire a décrété un couvre-feu à partir de [samedi](date:2018-10-27)."),
    # a date a plan moves something to, an event a decision cancels, are ahead
    (REF, "Le tribunal a fixé l'audience au [12 décembre](date:2018-12-12)."),
    (REF, "La réunion du [3 mars](date:2019-03-03) a été annulée."),
    (REF, "Les élections du [6 mai](date:2018-05-06) ont vu la victoire du sortant."),
    # a quotation speaks from the speaker's present, not from the reporting verb's past
    (REF, "« Rendez-vous [samedi](date:2018-11-03) », a lancé le leader syndical."),
    (REF, "Le leader syndical a lancé [samedi](date:2018-10-27) un appel."),
    (REF, "« Je suis arrivé en [mars](date:2018-03) », a-t-il raconté."),
    # the infinitive of purpose after a verb of motion is not held to its past
    ("2025-04-13", "\"Je suis venue chercher les minima pour les championnats de Tokyo en "
                   "[septembre](date:2025-09)\", a-t-elle réagi."),
    ("2025-04-13", "Il est venu présenter [jeudi](date:2025-04-10) son plan."),
    # a length of time, or a period described
    (REF, "Ils ont perdu 2 mètres en [2017](date:2017), une année pourtant neigeuse."),
    ("2025-01-09", "Les équipes sont épuisées après un mois de [décembre](date:2024-12) chargé."),
    (REF, "[Le 3 mars](date:2018-03-03), [une semaine](duration:P1W) après son arrivée, "
          "il est reparti."),
    (REF, "Il a passé [un mois](duration:P1M) de repos et [une année](duration:P1Y) à Paris."),
    # a season named alone takes the side of the tense; the one the reference lies in stays
    ("2025-03-12", "L'exécutif a survécu à six motions depuis [l'automne](date:2024-FA)."),
    ("2025-03-12", "Les élections auront lieu à [l'automne](date:2025-FA)."),
    ("2025-10-12", "Le festival aura lieu à [l'été](date:2026-SU)."),
    (REF, "Il fera froid [cet hiver](date:2018-WI)."),
    # sport seasons straddle years: vague references
    (REF, "C'est la quatrième fois [cette saison](date:PRESENT_REF) ; [la saison dernière]"
          "(date:PAST_REF), il avait gagné."),
    (REF, "La saison des pluies doit débuter."),
    (REF, "Le club espère battre pour la première fois de [la saison](date:PRESENT_REF) la barre "
          "des 30 000 spectateurs, et sa première victoire de la saison touristique."),
    # "N units plus tôt / plus tard": a date counted from the one the text speaks of; a clock
    # length, or a length before a complement ("trois jours après la victoire"), stays a length
    ("2024-02-20", "Sur l'exercice [2023](date:2023), le chiffre d'affaires a progressé, contre "
                   "4,3 milliards [un an plus tôt](date:2022)."),
    (REF, "Il a été arrêté [le 3 mars 2015](date:2015-03-03). "
          "[Trois jours plus tard](date:2015-03-06), il a été libéré."),
    (REF, "Moins de [dix minutes](duration:PT10M) plus tard, Simon égalise, [trois jours]"
          "(duration:P3D) après la victoire."),
    # TIMEX3 keeps quarters, decades and centuries as units
    (REF, "Le PIB a stagné après [deux trimestres](duration:P2Q) de contraction et "
          "[des décennies](duration:PXDE) d'inaction."),
    (REF, "Ils ont manqué de maîtrise dans [le dernier quart d'heure](duration:PT15M)."),
    (REF, "Les dirigeants se sont séparés [vendredi au petit matin](time:2018-10-26TMO)."),
    (REF, "Le baril a bondi après la prolongation jusqu'à [la fin de l'année](date:2018) "
          "des coupes de production."),
    (REF, "Les épreuves auront lieu [les 3](date:2018-11-03), [4](date:2018-11-04) et "
          "[5 novembre](date:2018-11-05)."),
    # a futur passif looks ahead; a participle of schedule governs the date after it
    ("2024-07-18", "Le programme sera dévoilé dans [deux semaines](duration:P2W), puis "
                   "intégralement [fin mars](date:2025-03), a précisé la direction."),
    ("2024-01-25", "Les agriculteurs bloquent l'autoroute. Selon lui, \"le gouvernement a "
                   "laissé pourrir la situation pendant [des années](duration:PXY)\", et "
                   "les annonces attendues [vendredi](date:2024-01-26) devront porter "
                   "\"sur le revenu\"."),
    # a clock time takes the day of its own clause, not of a relative clause
    ("2024-07-18", "L'épisode, qui a débuté [le 19 juin](date:2024-06-19), est intense, a "
                   "souligné l'organisme dans son bulletin de "
                   "[6h00](time:2024-07-18T06:00)."),
    ("2024-07-18", "Les écoles ont fermé [mardi](date:2024-07-16), a indiqué le ministère, qui a "
                   "autorisé les élèves à partir dès [15h30](time:2024-07-18T15:30)."),
    ("2024-07-18", "Il a été arrêté [mardi](date:2024-07-16) et relâché à "
                   "[18h00](time:2024-07-16T18:00)."),
    # the edge of a unit told from the other side of its boundary
    (REF, "Le ministre a annoncé en [fin de semaine](date:2018-W43) un plan d'urgence."),
    (REF, "Le ministre annoncera en [fin de semaine](date:2018-W44) un plan d'urgence."),
    (REF, "Le texte sera examiné en [début d'année](date:2019)."),
    (REF, "Le texte a été examiné en [début d'année](date:2018)."),
    # a participle with its auxiliary is a passé composé, whatever tense the tagger gives it
    (REF, "Les faits se sont déroulés [courant février](date:2018-02)."),
    (REF, "Les prix ont baissé à [la fin du mois dernier](date:2018-09)."),
    (REF, "Les négociations reprendront en [début d'après-midi](time:2018-10-29TAF)."),
    (REF, "Le sommet s'est achevé à [la mi-journée](time:2018-10-29T12:00)."),
    (REF, "Le pic est attendu en [fin de journée](time:2018-10-29TEV), le vent en "
          "[début de journée](time:2018-10-29TMO)."),
    (REF, "Il a été arrêté [samedi à l'aube](time:2018-10-27TMO), à l'aube d'un vote, et "
          "relâché à [la tombée de la nuit](time:2018-10-27TEV)."),
    (REF, "Il a été arrêté il y a [une dizaine de jours](duration:P10D)."),
    # "dernier" goes back whatever the distance; an infinitive takes the tense of its verb
    (REF, "Il a été libéré [le 15 novembre dernier](date:2017-11-15)."),
    (REF, "Le texte avait été adopté [le 15 mars](date:2018-03-15), avant d'être censuré "
          "[le 2 avril](date:2018-04-02)."),
]  # fmt: skip


# The French TimeBank's conventions: the article of a calendar date in, prepositions out, a clock
# time apart from its day (and on it), the adjectives that tell a time, ages left out.
TIMEBANK = [
    ("1999-05-22", "Le mariage sera célébré [le samedi 12 juin](date:1999-06-12) à "
                   "[15 h](time:1999-06-12T15:00)."),
    ("1999-05-22", "Il a été blessé [hier](date:1999-05-21) vers [18 h](time:1999-05-21T18:00), "
                   "place de la Gare."),
    ("2003-02-22", "Vers [0 h 40](time:2003-02-20T00:40), [jeudi](date:2003-02-20), deux voitures "
                   "se sont heurtées."),
    ("2002-01-21", "Le carambolage qui, [le 3 mars 94](date:1994-03-03), avait fait dix morts."),
    ("2003-02-24", "Les élections auront lieu [les 6](date:2003-04-06) et "
                   "[13 avril prochains](date:2003-04-13)."),
    ("2003-02-24", "Nous apprenons le [prochain](date:FUTURE_REF) mariage de Paul. Un "
                   "[précédent](date:PAST_REF) accord avait échoué."),
    ("2003-01-27", "Le dîner [annuel](set:P1Y) de l'association a eu lieu."),
    ("2002-05-23", "Il était [hier](date:2002-05-22) à Lyon où, "
                   "[le matin même](time:2002-05-22TMO), la police avait agi."),
    ("2002-09-10", "La réunion de la saison [2002](date:2002)-[2003](date:2003) aura lieu "
                   "[le jeudi 12 septembre](date:2002-09-12)."),
    ("1999-09-05", "Les inscriptions se feront [ce même lundi après-midi](time:1999-09-06TAF)."),
    ("1999-05-18", "C'est en [cette fête de Pentecôte](date:1999-05-23) que se tiendra la "
                   "kermesse."),
    ("1999-05-27", "La région est disputée depuis [un demi-siècle](duration:P50Y)."),
    ("1999-05-20", "Ils recevront Portland une seconde fois, [ce soir](time:1999-05-20TEV)."),
    ("1999-05-19", "[Ces derniers jours](duration:PXD), il a montré des signes de fatigue."),
    ("2003-02-04", "La centrale avait été inaugurée il y a [quelques mois](duration:PXM)."),
    ("1999-07-28", "Le dîner ressemble plus à une fête de fin d'année qu'à une réunion."),
    ("2019-05-09", "Montée à Paris au [début des années 1950](date:195), elle entre à l'agence "
                   "en [1954](date:1954)."),
    ("2025-03-12", "Il espère en finir avant [la fin mars](date:2025-03), depuis "
                   "[le début de l'année](date:2025)."),
    ("2026-02-17", "Le vote aura lieu [les 15](date:2026-03-15) et [22 mars](date:2026-03-22), "
                   "dans [un mois](duration:P1M)."),
    ("1999-06-10", "La permanence est ouverte de [14 heures](time:1999-06-10T14:00) à "
                   "[18 heures](time:1999-06-10T18:00)."),
    ("1999-06-10", "Les faits se sont produits dans [la nuit de samedi à dimanche]"
                   "(time:1999-06-05TNI), vers [2 h](time:1999-06-06T02:00)."),
    ("2003-02-04", "Une panne a plongé [hier soir](time:2003-02-03TEV) le pays dans le noir. Le "
                   "courant devait être rétabli au cours de [la nuit](time:2003-02-03TNI)."),
    # a title in capitals: its verb ending tells the way
    ("1999-05-18", "LE VILLAGE FERA LA FÊTE [DIMANCHE](date:1999-05-23)\nLe comité invite tout le "
                   "monde."),
    ("1999-05-18", "LE MAIRE A INAUGURÉ LA SALLE [DIMANCHE](date:1999-05-16)\nLa salle est neuve."),
    ("2022-05-01", "Ils réclament la retraite à 65 ans, et l'âge de 60 ans pour les métiers durs."),
    ("1999-07-24", "La bibliothèque sera fermée en [juillet](date:1999-07) et rouvrira au cours "
                   "de [la semaine prochaine](date:1999-W30)."),
]  # fmt: skip


@pytest.mark.parametrize(("reference", "marked"), TIMEBANK)
def test_french_timebank_conventions(nlp, reference, marked):
    check(nlp, marked, reference)


@pytest.mark.parametrize(("reference", "marked"), ANCHORING)
def test_anchoring(nlp, reference, marked):
    check(nlp, marked, reference)


@pytest.mark.parametrize("marked", ABSOLUTE)
def test_absolute_dates(nlp, marked):
    check(nlp, marked, reference="2018-10-29" if "2019" not in marked else "2019-01-10")


# Tables resolved against the default reference date, one test id per table and row.
TABLES = {
    "ages": AGES,
    "relative": RELATIVE,
    "times": TIMES,
    "durations_and_sets": DURATIONS_AND_SETS,
    "not_dates": NOT_DATES,
}


@pytest.mark.parametrize(
    "marked",
    [
        pytest.param(row, id=f"{table}-{i}")
        for table, rows in TABLES.items()
        for i, row in enumerate(rows)
    ],
)
def test_tables(nlp, marked):
    check(nlp, marked)


@pytest.mark.parametrize("marked", NO_REFERENCE)
def test_without_reference_nothing_is_guessed(nlp, marked):
    check(nlp, marked, reference=None)


@pytest.mark.parametrize(
    ("text", "relative"),
    [("lundi", True), ("le 13 octobre", True), ("le 13 octobre 2001", False), ("trois ans", False)],
)
def test_relative_flag(nlp, text, relative):
    doc = nlp.make_doc(f"Il est venu {text}.")
    doc._.reference_date = REF
    [span] = nlp(doc).spans["dates"]
    assert span._.date["relative"] is relative


SEED_DATES = [
    ("la semaine dernière", "date", "2018-W43"),
    ("lundi", "date", "2018-10-29"),
    ("16H00", "time", "2018-10-29T16:00"),
    ("20H00 GMT", "time", "2018-10-29T20:00Z"),
    ("ces dernières semaines", "duration", "PXW"),
    ("6 novembre", "date", "2018-11-06"),
    ("lundi matin", "time", "2018-10-29TMO"),
    ("la semaine dernière", "date", "2018-W43"),
    ("avril", "date", "2018-04"),
    ("le 13 octobre", "date", "2018-10-13"),
    ("dimanche", "date", "2018-10-28"),
    ("lundi matin", "time", "2018-10-29TMO"),
    ("dimanche", "date", "2018-10-28"),
]


def test_seed_dates(seed_record):
    found = [(d["text"], d["type"], d["value"]) for d in seed_record["dates"]]
    assert found == SEED_DATES


@pytest.mark.parametrize(
    "text",
    ["", "\n\n", "😀 lundi 😀", "le 31 février", "à 25H99", "x" * 5000, "« lundi", "99/99/9999"],
)
def test_odd_input_never_crashes(nlp, text):
    doc = nlp.make_doc(text)
    doc._.reference_date = REF
    for span in nlp(doc).spans["dates"]:
        assert text[span.start_char : span.end_char] == span.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PARIS, 17 janvier 2024 - L'épidémie de grippe", "2024-01-17"),
        ("Paris, le 14 mars 2024 - Le texte", "2024-03-14"),
        ("LYON, 05/03/2021 (AFP) - Le texte", "2021-03-05"),
        ("KOUROU (Guyane), 15 avril 2025 - La fusée", "2025-04-15"),
        ("PARIS, 14 mars (AFP) - sans année, rien n'est deviné", None),
        ("Hier, 3 personnes - x", None),
    ],
)
def test_more_dateline_forms(text, expected):
    from newsfacts.reference import dateline_date

    assert dateline_date(text) == expected


# -- the fast paths of the grammar must match what the plain regexes match ------------------------


def grammar_texts() -> list[str]:
    """Every table row, the seed and the benchmark articles: texts with dates of every kind."""
    rows = [
        parse_marks(row)[0] for rows in (ABSOLUTE, *TABLES.values(), NO_REFERENCE) for row in rows
    ] + [parse_marks(row)[0] for _, row in ANCHORING]
    articles = [
        json.loads(line)["text"]
        for path in sorted((ROOT / "benchmarks").glob("*/*/articles.jsonl"))
        for line in path.read_text("utf-8").splitlines()
        if line.strip()
    ]
    return [*rows, SEED.read_text("utf-8"), *articles]


def test_every_match_of_a_gated_rule_holds_a_gate_word():
    gated = [rule for rule in COMPILED if rule.gate]
    matched = set()
    for text in grammar_texts():
        for rule in gated:
            for match in rule.any_case.finditer(text):
                assert any(word in match.group().lower() for word in rule.gate), match
                matched.add(rule.kind)
    assert matched == {rule.kind for rule in gated}  # each gate is checked on an example


def test_lowercased_text_gives_the_matches_of_ignorecase():
    shouted = "LE 13 OCTOBRE 2018 À 20H00 GMT, AU XXIE SIÈCLE, LE WEEK-END DE PÂQUES"
    for text in [*grammar_texts(), shouted]:
        lowered = text.lower()
        for rule in COMPILED:
            spans = [m.span() for m in rule.lower.finditer(lowered)]
            assert spans == [m.span() for m in rule.any_case.finditer(text)], rule.kind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Au XXIe siècle, à 20H00 GMT.",
            [("XXIe siècle", "date", "20"), ("20H00 GMT", "time", "2018-10-29T20:00Z")],
        ),
        ("la vie siècle après siècle", []),  # roman numerals are capitals
        (
            "İstanbul, le 13 octobre à 20H00 GMT.",
            [("le 13 octobre", "date", "2018-10-13"), ("20H00 GMT", "time", "2018-10-13T20:00Z")],
        ),
    ],
)
def test_case_and_length_changing_letters(nlp, text, expected):
    assert dates_of(nlp, text, REF) == expected
