"""Each rule of the engine (engine/rules.py) on cases written for it: the conflicts it must
find, and the look-alikes it must leave alone. A false "contradicted" is the worst outcome,
so every rule has more cases that must not fire than cases that must.

Every case runs in both modes: as an article (`verify(claim, {title: text})`) and as
sentences handed over (`verify(claim, [sentences])`); the verdict must be the same.
"""

from __future__ import annotations

import pytest

from factcheck.engine import verify
from factcheck.engine.facts import analyse
from factcheck.engine.ranks import superlative
from factcheck.models import Label, Verdict
from factcheck.textnorm import stem

S, C, N = Label.SUPPORTED, Label.CONTRADICTED, Label.NOT_ENOUGH_EVIDENCE


def both(claim: str, text: str, title: str = "Article") -> tuple[Verdict, Verdict]:
    return verify(claim, {title: text}), verify(claim, [text])


# (claim, evidence, expected label, expected rule or "" for any)
CASES: list[tuple[str, str, Label, str]] = [
    # -- the classes of mistakes issue 10 reported, each as the issue wrote it --------------
    (
        "NATO's summit in Bucharest was held in April 2008.",
        "The 2008 Bucharest Summit was a NATO summit held in Bucharest, Romania, on 2–4 "
        "April 2008.",
        S,
        "S102",
    ),
    (
        "Yanukovych was removed from office in February 2014.",
        "The revolution led to the ousting of President Viktor Yanukovych, the return to the "
        "2004 Constitution of Ukraine, and a new government.",
        N,
        "NE002",
    ),
    (
        "Fumio Kishida was Prime Minister of Japan in January 2022.",
        "Fumio Kishida is a Japanese politician who has served as Prime Minister of Japan "
        "since 2021.",
        S,
        "S102",
    ),
    (
        "Arseniy Yatsenyuk headed the caretaker government of Ukraine formed in February 2014.",
        "The first government headed by Arseniy Yatsenyuk was created in Ukraine on 27 "
        "February 2014.",
        S,
        "S102",
    ),
    (
        "The Soviet Union was dissolved in December 1991.",
        "Ukrainian independence led to the dissolution of the Soviet Union by 26 December 1991.",
        S,
        "S102",
    ),
    # -- FC304 other-holder: all the claim says, of someone else in the subject's place ------
    (
        "Anton Weber was elected mayor of Linz on 3 May 1998.",
        "Karl Brenner was elected mayor of Linz on 3 May 1998, after a close count.",
        C,
        "FC304",
    ),
    (
        "Anton Weber became the first woman to chair the council.",
        "Maria Holz became the first woman to chair the council, in 1975.",
        C,
        "FC304",
    ),
    (
        "Republican Anton Weber won the special election on 1 April 2025.",
        "Republican Karl Brenner won the special election on 1 April 2025, and Weber lost.",
        N,
        "",
    ),
    (
        "Republican Anton Weber won the special election on 1 April 2025.",
        "Republican Karl Brenner won the special election on 1 April 2025.",
        C,
        "FC304",
    ),
    # Not when the deed is no one's alone (no date, figure, office or first) ...
    ("Anton Weber visited Linz.", "Karl Brenner visited Linz with his family.", N, "NE002"),
    # ... nor when the sentence says less than the whole claim ...
    (
        "Anton Weber was elected mayor of Linz on 3 May 1998.",
        "Karl Brenner was elected to the council of Linz on 3 May 1998.",
        N,
        "",
    ),
    # ... nor when the name qualifies a noun rather than acting ("A NATO summit").
    (
        "A Weber exhibition was held in Linz in 1998.",
        "A Brenner exhibition was held in Linz in 1998.",
        N,
        "",
    ),
    # -- FC305 other-object: the deed, on its date, done to another body ---------------------
    (
        "Poland joined the Warsaw Pact in 1999.",
        "Poland joined NATO in March 1999, together with Hungary.",
        C,
        "FC305",
    ),
    (
        "Poland joined the European Union in 2004.",
        "Poland joined NATO in March 1999, together with Hungary.",
        N,
        "",
    ),  # another date: another deed
    (
        "Poland joined the European Union in 1999.",
        "Poland joined NATO in March 1999. It joined the European Union in May 2004.",
        C,
        "FC101",
    ),  # the article names the claim's body: its own date decides
    ("Poland joined the European Union.", "Poland joined NATO in 1999.", N, ""),  # undated
    # -- FC104 before-birth: a deed of the claim's person on or before their birth -------
    (
        "Nora Hale graduated on June 26th, 1980.",
        "Nora Hale (born June 26, 1980) is a Tarn painter.",
        C,
        "FC104",
    ),
    ("Nora Hale graduated in 1975.", "Nora Hale was born in Tarn on 3 May 1980.", C, "FC104"),
    ("Nora Hale graduated in 2001.", "Nora Hale (born 3 May 1980) is a Tarn painter.", N, ""),
    ("Nora Hale was baptised on 3 May 1980.", "Nora Hale (born 3 May 1980) is a painter.", N, ""),
    (
        "Nora Hale's father graduated in 1975.",
        "Nora Hale (born 3 May 1980) is a Tarn painter.",
        N,
        "",
    ),  # another's deed
    (
        "Nora Hale graduated in 1975.",
        "Nora Hale married Paul Dunn (born 1985) in 1995.",
        N,
        "",
    ),  # another's birth
    # -- FC307 other-channel: the claim's show aired on another network --------------------
    (
        "The Lisk Hour aired on ABC.",
        "The Lisk Hour aired from October 3, 2013 to July 18, 2015 on CBS.",
        C,
        "FC307",
    ),
    ("The Lisk Hour airs on BBC One.", "The Lisk Hour was first broadcast on HBO One.", C, "FC307"),
    ("The Lisk Hour aired on CBS.", "The Lisk Hour aired on CBS from 2013 to 2015.", S, ""),
    (
        "The Lisk Hour aired on ABC.",
        "The Lisk Hour aired on CBS and later in syndication on ABC.",
        S,
        "",
    ),  # the article names the claim's network too
    ("The Lisk Hour aired on ABC.", "The Lisk Hour aired on October 3, 2013.", N, ""),
    ("The Lisk Hour aired on ABC.", "The Lisk Hour was released on DVD in 2014.", N, ""),
    ("The Lisk Hour premiered on ABC.", "The Lisk Hour aired on CBS.", N, ""),  # later airings
    ("The Lisk Hour premiered on ABC.", "The Lisk Hour first aired on CBS.", C, "FC307"),
    # -- FC306 other-name: the claim word for word, another name in one name's place -------
    (
        "On 9 July 1997 the EU and Ukraine signed the Charter on a Distinctive Partnership.",
        "On 9 July 1997 NATO and Ukraine signed the Charter on a Distinctive Partnership.",
        C,
        "FC306",
    ),
    (
        "In August 1939 Germany and Italy signed the Molotov–Ribbentrop Pact.",
        "In August 1939 Germany and the Soviet Union had signed the Molotov–Ribbentrop Pact.",
        C,
        "FC306",
    ),
    (
        "In August 1939 Germany and the USSR signed the Molotov–Ribbentrop Pact.",
        "In August 1939 Germany and the Soviet Union signed the Molotov–Ribbentrop Pact.",
        N,
        "",
    ),  # two names of one state (WordNet)
    (
        "In 2012 the city of Kiev hosted the summit of the alliance.",
        "In 2012 the city of Kyiv hosted the summit of the alliance.",
        N,
        "",
    ),  # one name spelt two ways
    (
        "In March 2022 Russia was expelled from the Council of Europe.",
        "In March 2022 Russia was expelled from the Council.",
        N,
        "",
    ),  # one says less
    (
        "In August 1939 Germany and Italy signed the Molotov–Ribbentrop Pact.",
        "In August 1940 Germany and the Soviet Union had signed the Molotov–Ribbentrop Pact.",
        N,
        "",
    ),  # another date and another name: another occasion, as far as this sentence shows
    # -- FC101 date-conflict ----------------------------------------------------------------
    # An irregular past the hand list of verbs lacks still governs its date.
    (
        "The Red Army retook Kyiv on 6 November 1946.",
        "The Red Army retook Kyiv on 6 November 1943.",
        C,
        "FC101",
    ),
    (
        "The Red Army retook Kyiv on 6 November 1943.",
        "The Red Army retook Kyiv on 6 November 1943.",
        S,
        "S102",
    ),
    (
        "The opera premiered in Vienna in 1786.",
        "The opera premiered in Vienna on 1 May 1788 to a mixed reception.",
        C,
        "FC101",
    ),
    (
        "The opera premiered in Vienna in 1786.",
        "The composer moved to Vienna in 1781 and wrote the opera there.",
        N,
        "",
    ),  # another event's date
    (
        "The opera premiered in Vienna in 1786.",
        "The opera was revived at the 1791 Vienna Festival.",
        N,
        "",
    ),  # the year names a festival
    (
        "The bridge opened in 1932.",
        "After the War of 1812 the river crossing was rebuilt; the bridge opened in 1932.",
        S,
        "",
    ),  # "War of 1812" is a name, not the bridge's date
    (
        "Sweden's ties with Finland date back to the 12th century.",
        "Relations between Sweden and Finland changed with the Finnish War, which began in "
        "February 1808.",
        N,
        "",
    ),  # "began" dates the war, not the ties
    (
        "The Finnish War began in 1810.",
        "Relations between Sweden and Finland changed with the Finnish War, which began in "
        "February 1808.",
        C,
        "FC101",
    ),
    # -- FC102 figure-conflict --------------------------------------------------------------
    (
        "The festival drew about 40,000 visitors in its first year.",
        "The festival drew some 12,000 visitors in its first year.",
        C,
        "FC102",
    ),
    (
        "The festival drew about 40,000 visitors.",
        "The festival drew some 12,000 visitors in its first year.",
        N,
        "",
    ),  # a part of its run, which the claim does not speak of
    (
        "The festival drew about 40,000 visitors.",
        "The festival was held on 12 stages by 900 volunteers.",
        N,
        "",
    ),  # other things counted
    (
        "The album has twelve songs.",
        "It is the band's third album and has 12 songs.",
        S,
        "",
    ),
    # -- FC103 period-conflict, and periods that hold a date -------------------------------
    (
        "Mary Smith was mayor of the town in 2015.",
        "Mary Smith was mayor of the town from 2002 to 2010.",
        C,
        "FC103",
    ),
    (
        "Mary Smith was mayor of the town in 2008.",
        "Mary Smith was mayor of the town from 2002 to 2010.",
        S,
        "S102",
    ),
    (
        "Mary Smith was mayor of the town in 2015.",
        "Mary Smith has been mayor of the town since 2012.",
        S,
        "S102",
    ),
    (
        "Kharkiv had about 1.4 million inhabitants in 2021.",
        "Kharkiv — population in 2022: 1,421,125 people",
        N,
        "",
    ),  # a count of another year is another count, not a conflict of dates
    (
        "The treaty was signed by 12 states in 1950.",
        "The treaty was signed by 12 states in 1949.",
        C,
        "FC101",
    ),  # ... but an event's date stays its date, whatever it counts
    # -- FC201 misspelt-name -----------------------------------------------------------------
    (
        "Jonathan Pembrook led the expedition.",
        "The expedition was led by Jonathan Pembroke and two guides.",
        C,
        "FC201",
    ),
    (
        "Viktor Petrenko led the expedition.",
        "The expedition was led by Victor Petrenko and two guides.",
        S,
        "",
    ),  # a transliteration, not a misspelling
    (
        "Mark Dunmore served in the Secod World War.",
        "Mark Dunmore served in the Second World War as a navigator.",
        N,
        "",
    ),  # a slip in a word of the language inside a name ("Secod"), not another name
    # -- figures inside a title or a quotation ------------------------------------------------
    (
        "Ruth Calder was an actress who has starred in 60 films.",
        'Ruth Calder is the most represented actress on the "100 Greatest Films of All Time" list.',
        N,
        "",
    ),
    (
        "Ruth Calder has starred in 60 films.",
        "Ruth Calder has starred in 45 films since her debut.",
        C,
        "FC102",
    ),
    # -- a pronoun for a thing does not stand for a person ------------------------------------
    (
        "She earned roughly $30 million in 2017.",
        "It earned a total of $51.7 million in 2017.",
        N,
        "",
    ),
    (
        "She earned roughly $30 million in 2017.",
        "She earned a total of $51.7 million in 2017.",
        C,
        "FC102",
    ),
    # -- a common word that opens a claim is not a name ----------------------------------------
    (
        "Speeches by Margaret Hale came to be known as the Hale doctrine.",
        "As minister, she gave speeches that came to be known as the Hale doctrine.",
        S,
        "",
    ),
    # -- FC202 other-agent -------------------------------------------------------------------
    (
        "The novel was written by Anna Brook.",
        "The novel was written by Paul Kerr and published in 1990.",
        C,
        "FC202",
    ),
    (
        "The novel was written by Anna Brook.",
        "The novel was written by Anna Brook and Paul Kerr.",
        S,
        "",
    ),
    # -- FC301 other-organisation ------------------------------------------------------------
    (
        "A NATO summit was held in Riga in 2006.",
        "The OSCE summit held in Riga in 2006 discussed the region.",
        C,
        "FC301",
    ),
    (
        "A NATO summit was held in Riga in 2006.",
        "The NATO summit held in Riga in 2006 was the first in a former Soviet state.",
        S,
        "",
    ),
    # -- FC302 other-direction ---------------------------------------------------------------
    (
        "Lviv is located in the eastern part of Ukraine.",
        "Lviv lies in the western part of Ukraine, near the Polish border.",
        C,
        "FC302",
    ),
    (
        "Lviv is located in the western part of Ukraine.",
        "Lviv lies in the western part of Ukraine, near the Polish border.",
        S,
        "",
    ),
    (
        "Lviv is located in the western part of Ukraine.",
        "Lviv is one of the largest cities of Eastern Europe.",
        N,
        "",
    ),  # "Eastern Europe" names another place
    # -- FC402 opposite: an ordinal that names one of a recurring thing --------------------
    (
        "Mendes formed the second Mendes government.",
        "Mendes formed the first Mendes government.",
        N,
        "",
    ),
    (
        "The second Mendes government took office in 2004.",
        "The first Mendes government took office in 2004.",
        N,
        "",
    ),  # nor does the other instance bear it out
    (
        "It is the second film in the series.",
        "It is the first film in the series.",
        C,
        "FC102",
    ),  # a rank, not an instance
    (
        "The church regained its parishes in the west and spread into eastern Ukraine.",
        "After the annexation of western Ukraine, the authorities set out to close the church.",
        N,
        "",
    ),  # the claim names the west itself
    (
        "Japan held northern Sakhalin until 1925.",
        "The treaty of 5 September 1905 gave Japan southern Sakhalin.",
        N,
        "",
    ),  # dated otherwise: another time the like happened
    (
        "The battle was fought in northern France in 1940.",
        "The battle was fought in southern France.",
        C,
        "FC302",
    ),  # a sentence with no date of its own is no other time
    # -- FC303 other-place -------------------------------------------------------------------
    (
        "Nashville is a city in Canada.",
        "Nashville is a city in the state of Tennessee in the United States.",
        C,
        "FC303",
    ),
    (
        "Nashville is a city in the United States.",
        "Nashville is a city in the state of Tennessee.",
        N,
        "",
    ),  # Tennessee lies in the United States
    (
        "Tangier is a city in Egypt.",
        "Tangier is an old city, and Roman writers knew a city in the place now called Tangier.",
        N,
        "",
    ),  # the subject is no other place for itself
    # -- FC401 negation ----------------------------------------------------------------------
    (
        "The treaty was not ratified by the senate.",
        "The treaty was ratified by the senate in 1952.",
        C,
        "FC401",
    ),
    (
        "The treaty was ratified by the senate.",
        "The treaty was never ratified by the senate.",
        C,
        "FC401",
    ),
    (
        "The treaty was ratified by the senate.",
        "The senate did not meet in August, but the treaty was ratified by the senate in 1952.",
        S,
        "",
    ),  # the negation governs another verb
    (
        "The castle has nothing to do with the king.",
        "The castle was built by the king in 1240.",
        N,
        "",
    ),  # an idiom, not a plain negation
    # -- FC402 opposite ----------------------------------------------------------------------
    (
        "The company was founded in 1998.",
        "The company was dissolved in 1998 after a merger.",
        C,
        "FC402",
    ),
    (
        "The team won the final in 2010.",
        "The team lost the final in 2010 to a late goal.",
        C,
        "FC402",
    ),
    (
        "The Quiet Tide was first published as a book.",
        "Although Nora Hale lived until 1990, The Quiet Tide was her last published novel.",
        N,
        "",
    ),  # "first" of the verb says when it came out, not its rank among her novels
    (
        "The Quiet Tide was her first published novel.",
        "The Quiet Tide was her last published novel.",
        C,
        "FC402",
    ),
    (
        "The film was not based on a book.",
        "A television film, Tarn Hollow (based on the book by Paul Dunn), was shown in 2000.",
        N,
        "",
    ),  # "a television film" brings in another film than "the film"
    (
        "The film was shown in 2001.",
        "A television film, Tarn Hollow, was shown in 2000.",
        N,
        "",
    ),
    # -- FC101: the first or last of a deed done on many occasions ------------------------
    (
        "Nora Hale visited Japan in 1970.",
        "Nora Hale visited Japan in 1975.",
        C,
        "FC101",
    ),  # the visit the article tells of settles it
    (
        "Nora Hale first visited Japan in 1970.",
        "Nora Hale visited Japan in 1975.",
        N,
        "",
    ),  # a later visit than the first
    (
        "Nora Hale first met Paul Dunn in 1970.",
        "Nora Hale met Paul Dunn again in Lisk in 1975.",
        N,
        "",
    ),
    (
        "Nora Hale first met Paul Dunn in 1970.",
        "Nora Hale met Paul Dunn in 1965.",
        C,
        "FC101",
    ),  # a meeting before the first
    (
        "The play was first performed in 1890.",
        "The play was first performed in 1895.",
        C,
        "FC101",
    ),  # the first against the first
    (
        "Nora Hale visited Japan in 1970.",
        "Nora Hale first visited Japan in 1975.",
        C,
        "FC101",
    ),  # a visit before the first
    (
        "Nora Hale last played in 1990.",
        "Nora Hale played in 1985.",
        N,
        "",
    ),
    (
        "Nora Hale was born in 1970.",
        "Nora Hale was born in 1975.",
        C,
        "FC101",
    ),  # born once
    (
        "Nora Hale was elected to parliament in 1990.",
        "Nora Hale was first elected to parliament in 1986.",
        N,
        "",
    ),  # a later election than the first
    (
        "Nora Hale was elected to parliament in 1980.",
        "Nora Hale was first elected to parliament in 1986.",
        C,
        "FC101",
    ),  # one before the first
    (
        "Tarn Motors was founded in 1990.",
        "The predecessor of Tarn Motors was founded in 1985.",
        N,
        "",
    ),  # the predecessor's founding
    (
        "Tarn Motors was founded in 1990.",
        "Tarn Motors' predecessor was founded in 1985.",
        N,
        "",
    ),
    (
        "The novel was published in 1950.",
        "The novel was published in paperback in 1952.",
        N,
        "",
    ),  # the paperback's date
    # -- FC102: a count that changes, at two times ------------------------------------------
    (
        "Nora Hale wrote 20 novels.",
        "Nora Hale wrote 12 novels in the 1990s.",
        N,
        "",
    ),  # a decade's novels, not all
    (
        "Nora Hale scored 20 goals.",
        "In 1991 Nora Hale scored 25 goals.",
        N,
        "",
    ),
    (
        "Nora Hale wrote 20 novels.",
        "Nora Hale wrote 12 novels.",
        C,
        "FC102",
    ),
    (
        "Tarn Motors had 500 employees in 2010.",
        "Tarn Motors had 800 employees in 2015.",
        N,
        "",
    ),
    (
        "Tarn Motors had 500 employees in 2010.",
        "Tarn Motors had 800 employees.",
        N,
        "",
    ),
    (
        "Tarn Motors had 500 employees in 2010.",
        "In 2010 Tarn Motors had 800 employees.",
        C,
        "FC102",
    ),
    (
        "Tarn Motors has 500 employees.",
        "Tarn Motors has 800 employees.",
        C,
        "FC102",
    ),
    (
        "Tarn had a population of 15,000 people in 2020.",
        "Tarn — population in 2020: 12,400 people",
        C,
        "FC102",
    ),
    # -- FC403 other-kind --------------------------------------------------------------------
    (
        "Harbour Lights is a novel.",
        "Harbour Lights is a 1999 film directed by Ann Wood.",
        C,
        "FC403",
    ),
    (
        "Harbour Lights is a film.",
        "Harbour Lights is a 1999 documentary film directed by Ann Wood.",
        S,
        "",
    ),  # a documentary is a film
    (
        "Harbour Lights is a novel.",
        "Harbour Lights is a 1999 film directed by Ann Wood, based on her novel.",
        N,
        "",
    ),  # the text itself speaks of the novel
    (
        "Ann Wood is a director.",
        "Ann Wood is an actress and screenwriter.",
        N,
        "",
    ),  # a person may be both
    (
        "Harbour Lights is a Canadian film.",
        "Harbour Lights is a 1999 Irish film directed by Ann Wood.",
        C,
        "FC403",
    ),
    (
        "Ann Wood is a Georgian and Ukrainian director.",
        "Ann Wood is a Georgian director.",
        N,
        "",
    ),
    (
        "Juniper is a singer.",
        "Juniper (born 2009) is a trained rescue dog.",
        C,
        "FC403",
    ),  # a participle before the noun describes it
    (
        "Harbour Lights is a novel.",
        "Harbour Lights is an acclaimed Irish film.",
        C,
        "FC403",
    ),
    (
        "Harbour Lights is a film.",
        "Harbour Lights is a novel adapted from a radio play.",
        C,
        "FC403",
    ),  # "adapted from" ends the noun phrase; its head stays "novel"
    # genres of one kind of work
    (
        "Harbour Lights is a romantic film.",
        "Harbour Lights is a 1999 Irish psychological thriller film directed by Ann Wood.",
        C,
        "FC403",
    ),
    (
        "Harbour Lights is a medical drama.",
        "Harbour Lights is an Irish television crime drama that ran for six seasons.",
        C,
        "FC403",
    ),
    (
        "Harbour Lights is a comedy film.",
        "Harbour Lights is a 1999 Irish romantic comedy film directed by Ann Wood.",
        S,
        "",
    ),
    (
        "Harbour Lights is a romance film.",
        "Harbour Lights is a 1999 Irish romantic drama film directed by Ann Wood.",
        S,
        "",
    ),  # "romance" and "romantic" name one genre
    (
        "Harbour Lights is a horror film.",
        "Harbour Lights is a 1999 Irish thriller film. Critics called it the best horror "
        "film of the year.",
        N,
        "",
    ),  # the article gives it the claim's genre too
    (
        "Harbour Lights is a rock album.",
        "Harbour Lights is the second studio album by the blues guitarist Ann Wood.",
        N,
        "",
    ),  # the genre belongs to the guitarist, not to the album
    (
        "Ann Wood is a country singer.",
        "Ann Wood is an Irish pop musician.",
        N,
        "",
    ),  # a person's kinds are open: genres of two different heads are not compared
    # ranks: an ordinal of the same noun (and owner) ranks the same thing
    (
        "Harbour Lights is Ann Wood's sixth novel.",
        "Harbour Lights is Ann Wood's fifth novel, published in 1999.",
        C,
        "FC102",
    ),
    (
        "Lyon is the third largest city in France.",
        "Lyon is the second-largest city in France.",
        C,
        "FC102",
    ),
    (
        "Lyon is the third largest city in France.",
        "Lyon is the third- or fourth-largest city in France, by the measure used.",
        S,
        "",
    ),  # the sentence gives two ranks, one of them the claim's
    (
        "Lyon is the second largest city in France.",
        "Lyon is the third- or fourth-largest city in France, by the measure used.",
        C,
        "FC102",
    ),
    (
        "Lyon is the third largest city in France.",
        "Lyon is the second largest city in the Rhone-Alpes region.",
        N,
        "",
    ),  # ranked within another whole
    (
        "Ann Wood was the first Irish president of the society.",
        "Ann Wood was the 44th president of the society.",
        N,
        "",
    ),  # "first Irish president" ranks something else
    (
        "Harbour Lights is Ann Wood's sixth novel.",
        "Harbour Lights is Ann Wood's fifth book.",
        N,
        "",
    ),  # her fifth book may be her sixth novel's neighbour, not the same ranking
    # a rank is compared only when both say it of the same thing in the same way
    (
        "Harold Pike was the 12th governor of the colony.",
        "Harold Pike's son was the 13th governor of the colony.",
        N,
        "",
    ),  # the son's rank, not his
    (
        "Harold Pike was the 12th governor of the colony.",
        "Harold Pike appointed the 13th governor of the colony.",
        N,
        "",
    ),
    (
        "Harold Pike was the 12th governor of the colony.",
        "Harold Pike served under the 13th governor of the colony.",
        N,
        "",
    ),
    (
        "Harold Pike was the 12th governor of the colony.",
        "Harold Pike, the 13th governor of the colony, wrote on ferns.",
        C,
        "FC102",
    ),  # an appositive says it of him
    (
        "Harold Pike was not only the 12th governor of the colony, but also a keen botanist "
        "who wrote on ferns.",
        "Harold Pike was the 13th governor of the colony, from 1840 to 1846.",
        C,
        "FC102",
    ),  # "not only ... but also" asserts both; the rank is its own clause in a long claim
    (
        "Harold Pike was the 12th governor of the colony, and he later wrote a long book on ferns.",
        "Harold Pike's son was the 13th governor of the colony.",
        N,
        "",
    ),
    (
        "Harold Pike was not just a governor of the colony.",
        "Harold Pike was a governor of the colony.",
        S,
        "",
    ),
    # a relative of the subject, named by the subject's possessive, is someone else
    (
        "Tony Gwynn died in 2014.",
        "Gwynn's father died of cancer in 1990.",
        N,
        "",
    ),
    (
        "Tony Gwynn was born in 1960.",
        "In 1964, Gwynn's brother Chris was born in San Diego.",
        N,
        "",
    ),
    (
        "Tony Gwynn's father died in 1990.",
        "Gwynn's father died of cancer in 1993.",
        C,
        "FC101",
    ),  # unless the claim speaks of that relative
    (
        "Tony Gwynn died in 2014.",
        "Gwynn's death in 2014 came after years of illness.",
        S,
        "S102",
    ),  # a possessive before an event, not a person
    # an age is of the deed it is told with
    (
        "Tony Gwynn died at the age of 65.",
        "Gwynn retired in 2001 at the age of 41 and died of cancer in 2014.",
        N,
        "",
    ),
    (
        "Tony Gwynn retired at the age of 45.",
        "Gwynn retired in 2001 at the age of 41 and died of cancer in 2014.",
        C,
        "FC102",
    ),
    (
        "Tony Gwynn died at the age of 65.",
        "Gwynn's father died of cancer in 1990 at the age of 54.",
        N,
        "",
    ),
    (
        "Tony Gwynn was 65 when he passed away.",
        "Gwynn died of cancer in 2014, aged 54.",
        C,
        "FC102",
    ),  # "was 65 when he passed away" is an age at death, "aged 54" one too
    (
        "Paul Dunn died at 73.",
        "Paul Dunn died in 1914 at the age of 37.",
        C,
        "FC102",
    ),  # a bare number after "died at" is the age
    (
        "Paul Dunn died at 37, in 1914.",
        "Paul Dunn died in 1914 at the age of 37.",
        S,
        "S102",
    ),
    (
        "Paul Dunn died at 73 Kell Street.",
        "Paul Dunn died in 1914 at the age of 37.",
        N,
        "",
    ),  # an address, not an age
    (
        "Tony Gwynn was 54 when he passed away.",
        "Gwynn died of cancer in 2014 at the age of 54.",
        S,
        "S102",
    ),
    (
        "Tony Gwynn died at age 60.",
        "Gwynn died of cancer in 2014 at the age of 54.",
        C,
        "FC102",
    ),
    (
        "Tony Gwynn died at the age of 65.",
        "Gwynn retired in 2001, aged 41, and died of cancer in 2014.",
        N,
        "",
    ),
    (
        "Tony Gwynn was 45 years old when he retired from baseball.",
        "Gwynn died of cancer in 2014 at the age of 54.",
        N,
        "",
    ),
    # a value near the claim's deed but governed by another is no support
    (
        "The company was founded in 1990.",
        "The company, founded in 1988 as Dunn and Co., took its present name in 1990.",
        N,
        "",
    ),  # 1990 is when it took its name ("took" has its own object), not its founding
    (
        "The company took its present name in 1990.",
        "The company, founded in 1988 as Dunn and Co., took its present name in 1990.",
        S,
        "S102",
    ),
    (
        "The Soviet Union declared war on 8 August 1945.",
        "The two neighbours were on cordial terms until they fought border battles in the "
        "1930s, and in August 1945 the Soviet Union entered the war against Japan.",
        S,
        "",
    ),  # "fought" is near "war" in meaning, not the claim's verb: the agreeing date stands
    # a value in a name counts only when the claim names that name
    (
        "Declared war in 1941.",
        "Their ambitions in Manchuria collided in the Russo-Japanese War of 1904–1905.",
        N,
        "",
    ),  # "war" alone does not name the Russo-Japanese War
    (
        "The Russo-Japanese War began in 1941.",
        "Their ambitions in Manchuria collided in the Russo-Japanese War of 1904–1905.",
        C,
        "FC103",
    ),
    # a date of beginning, announcing or planning a deed is not the deed's date
    (
        "Nora Hale wrote Blue Harbour in 1950.",
        "Nora Hale began writing Blue Harbour in 1947.",
        N,
        "",
    ),
    (
        "Nora Hale began writing Blue Harbour in 1945.",
        "Nora Hale began writing Blue Harbour in 1947.",
        C,
        "FC101",
    ),
    (
        "Nora Hale retired in 2010.",
        "Nora Hale announced her retirement in 2009.",
        N,
        "",
    ),
    (
        "Nora Hale announced her retirement in 2010.",
        "Nora Hale announced her retirement in 2009.",
        C,
        "FC101",
    ),
    # a release dated in one country conflicts with the claim's unplaced one (measured: a
    # guard that left it open lost a true contradiction on the tuning half and gained none)
    (
        "The album was released in May 1999.",
        "The album was released in the United States in August 1999.",
        C,
        "FC101",
    ),
    (
        "The album was released in the United States in May 1999.",
        "The album was released in the United States in August 1999.",
        C,
        "FC101",
    ),
    (
        "Nora Hale was born in 1950.",
        "Nora Hale was born in Paris in 1948.",
        C,
        "FC101",
    ),  # one is born in one place only
    # a name word in the place of the claim's is another name
    (
        "Nora Hale won the Academy Award for Best Actress in 1995.",
        "Nora Hale won the Golden Globe Award for Best Actress in 1994.",
        N,
        "",
    ),
    # a sentence about a part or another work is not about the claim's subject
    (
        "The film was shot in Montana.",
        "Additional scenes were shot in Wyoming.",
        N,
        "",
    ),  # "scenes were shot" shares a broad group with "film", but is no film
    (
        "The film was shot in Montana.",
        "The movie was shot in Wyoming.",
        C,
        "FC303",
    ),
    (
        "The film was directed by John Smith.",
        "The sequel was directed by Anna Lee.",
        N,
        "",
    ),
    (
        "The novel was written by Nora Hale.",
        "The novel was adapted into a film written by Paul Dunn.",
        N,
        "",
    ),  # "written by" is said of the film
    (
        "Blue Harbour was written by Nora Hale.",
        "Blue Harbour is a 1950 historical novel written by Paul Dunn.",
        C,
        "FC202",
    ),  # ... but here of what Blue Harbour is
    (
        "Blue Harbour was written by Nora Hale.",
        "Blue Harbour inspired a musical written by Paul Dunn.",
        N,
        "",
    ),
    # an opposite verb must act on the claim's own object
    (
        "Nora Hale supported the treaty.",
        "Nora Hale opposed the first draft of the treaty.",
        N,
        "",
    ),
    (
        "Nora Hale supported the treaty.",
        "Nora Hale opposed the new treaty.",
        C,
        "FC402",
    ),
    (
        "Nora Hale accepted the offer.",
        "Nora Hale rejected an earlier offer from the club in 1990.",
        N,
        "",
    ),  # an earlier offer is another one
    (
        "Nora Hale accepted the offer in 1990.",
        "Nora Hale rejected an earlier offer from the club in 1990.",
        N,
        "",
    ),  # ... even at the claim's date
    (
        "Nora Hale joined the club in 1990.",
        "Nora Hale left the army in 1990.",
        N,
        "",
    ),  # two deeds of one year, on two things
    (
        "Nora Hale joined the club in 1990.",
        "Nora Hale left the club in 1990.",
        C,
        "FC402",
    ),
    (
        "Nora Hale won the election in 1990.",
        "Nora Hale lost another election in 1990.",
        N,
        "",
    ),  # not a conflict, and the year alone does not bear out a win
    # a value of an earlier state, or of the first or last of many deeds
    (
        "The stadium holds 50,000 people.",
        "The stadium originally held 30,000 people.",
        N,
        "",
    ),
    (
        "The band had five members.",
        "At first the band had two members.",
        N,
        "",
    ),
    (
        "Nora Hale was elected in 2010.",
        "Nora Hale was first elected in 2008.",
        N,
        "",
    ),  # re-elected, maybe
    (
        "Nora Hale was elected in 2006.",
        "Nora Hale was first elected in 2008.",
        C,
        "FC101",
    ),  # not before the first time
    (
        "The play was performed in 1960.",
        "The play was last performed in 1970.",
        N,
        "",
    ),
    (
        "The play was performed in 1990.",
        "The play was last performed in 1970.",
        C,
        "FC101",
    ),  # not after the last time
    # a claim bounded by "before" or "after" against the deed's date
    (
        "The castle was built before 1200.",
        "The castle was built in 1150.",
        S,
        "S102",
    ),
    (
        "The castle was built before 1200.",
        "The castle was built in 1250.",
        C,
        "FC101",
    ),
    (
        "The castle was built after 1200.",
        "The castle was built in 1150.",
        C,
        "FC101",
    ),
    (
        "The castle was built before 1200.",
        "The castle was first mentioned in 1250.",
        N,
        "",
    ),
    # kinds: a word the table files as an outlet may name a person
    (
        "Nora Hale is a journalist.",
        "Nora Hale is a British broadcaster and writer.",
        N,
        "",
    ),
    (
        "Lisk Radio is a newspaper.",
        "Lisk Radio is a British broadcaster.",
        C,
        "FC403",
    ),
    (
        "Tarn United is a band.",
        "Tarn United is a football club in Lisk.",
        C,
        "FC403",
    ),  # within one family (organisations) the table's values still exclude each other
    (
        "Prescott is a county.",
        "Prescott is a city in Yavapai County, Arizona, United States.",
        N,
        "",
    ),  # "county" only in a name; the sentence says it is a city
    (
        "Prescott is a city.",
        "Prescott is a city in Yavapai County, Arizona, United States.",
        S,
        "S101",
    ),
    # a place after a date, or known only by the region after its comma
    (
        "Vic Willis was born in Delaware.",
        "Willis was born on April 12, 1876 in Cecil County, Maryland.",
        C,
        "FC303",
    ),
    (
        "Vic Willis was born in Maryland.",
        "Willis was born on April 12, 1876 in Cecil County, Maryland.",
        S,
        "S101",
    ),
    (
        "Nora Hale was born in Texas.",
        "Nora Hale was born in Dallas County, Texas.",
        S,
        "S101",
    ),
    # an opposite before a compound modifier of the same noun
    (
        "The Moor Canal is a natural waterway.",
        "The Moor Canal is an artificial sea-level waterway in Lisk.",
        C,
        "FC402",
    ),
    # a value of the claim's own verb outweighs one that is plainly another verb's
    (
        "Lisk joined the European Union in 1905.",
        "Lisk became independent from Tarnia in 1905 and joined the European Union in 1995.",
        C,
        "FC101",
    ),
    (
        "Lisk became independent in 1995.",
        "Lisk became independent from Tarnia in 1905 and joined the European Union in 1995.",
        C,
        "FC101",
    ),
    (
        "Lisk joined the European Union in 1995.",
        "Lisk became independent from Tarnia in 1905 and joined the European Union in 1995.",
        S,
        "S102",
    ),
    # a place named as a landmark is not the place
    (
        "Nora Hale was born in Tarn.",
        "Nora Hale was born in Lisk, a village near Tarn.",
        N,
        "",
    ),
    (
        "Nora Hale was born in Tarn.",
        "Nora Hale was born in a village 10 km south of Tarn.",
        N,
        "",
    ),
    (
        "Nora Hale was born near Tarn.",
        "Nora Hale was born in Lisk, a village near Tarn.",
        S,
        "",
    ),
    (
        "Nora Hale was born in England.",
        "Nora Hale was born in Lisk, in the West of England.",
        S,
        "",
    ),  # "the West of England" is a region's name
    (
        "Nora Hale won the election in 2010.",
        "Her party won the election in 2012.",
        N,
        "",
    ),  # her party's deed, not hers
    (
        "Nora Hale released her debut album in 1994.",
        "Nora Hale's debut album was released in 1995.",
        C,
        "FC101",
    ),  # the claim speaks of that album
    # a figure bounded on one side bounds the claim's, it does not say it
    (
        "The band sold 250 million records.",
        "The band sold more than 100 million records worldwide.",
        N,
        "",
    ),
    (
        "The band sold 50 million records.",
        "The band sold more than 100 million records worldwide.",
        C,
        "FC102",
    ),
    (
        "The band sold over 200 million records.",
        "The band sold 250 million records worldwide.",
        S,
        "S102",
    ),
    # an agent or a nationality named, but not in its place
    (
        "The summit was hosted by NATO.",
        "The summit was hosted by the European Union in Brussels with NATO observers.",
        N,
        "",
    ),
    (
        "The film was directed by John Smith.",
        "The film was directed by Anna Lee and John Smith.",
        S,
        "S101",
    ),
    (
        "The film was directed by John Smith.",
        "The film, directed by Anna Lee, starred John Smith.",
        N,
        "",
    ),
    (
        "Nora Hale is a French actress.",
        "Nora Hale is a Belgian actress who works mostly in French cinema.",
        N,
        "",
    ),
    (
        "Nora Hale is a French actress.",
        "Nora Hale is a French film actress.",
        S,
        "S101",
    ),
    # a middle initial is the middle name it abbreviates
    (
        "Harold J. Pike was the 12th governor of the colony.",
        "Harold James Pike (1801–1870) was the 13th governor of the colony, from 1840 to 1846.",
        C,
        "FC102",
    ),
    (
        "Harold J. Pike was the 13th governor of the colony.",
        "Harold James Pike (1801–1870) was the 13th governor of the colony, from 1840 to 1846.",
        S,
        "S102",
    ),
    (
        "Harold J. Pike was the 13th governor of the colony.",
        "Harold Thomas Pike was the 13th governor of the colony.",
        N,
        "",
    ),  # another middle name: another man, maybe
    # a superlative alone ranks first (FC404)
    (
        "Lyon is the largest city in France.",
        "Lyon is the second-largest city in France.",
        C,
        "FC404",
    ),
    (
        "Lyon is the world's tallest tower.",
        "Lyon is the world's third tallest tower.",
        C,
        "FC404",
    ),
    (
        "Lyon is the largest city in France.",
        "Lyon is the largest city in France.",
        S,
        "",
    ),
    (
        "Lyon is one of the largest cities in France.",
        "Lyon is the second-largest city in France.",
        S,
        "",
    ),  # one of many is no rank
    (
        "Lyon is the largest city in the region.",
        "Lyon is the second-largest city in France.",
        N,
        "",
    ),  # ranked within another whole
    (
        "Lyon is the largest city in France.",
        "Lyon is the second-largest port in France.",
        N,
        "",
    ),
    # a compound of two words says each
    (
        "Lyon is the second largest city in France.",
        "Lyon is the second-largest city in France.",
        S,
        "",
    ),
    (
        "Harbour Lights is a science fiction thriller.",
        "Harbour Lights is a science-fiction thriller.",
        S,
        "",
    ),
    (
        "The Northern Army led an offensive.",
        "The Northern Army led a counter-offensive.",
        N,
        "",
    ),  # a prefix changes the word it is joined to
    (
        "Ann Wood is a British actor.",
        "Ann Mary Wood (born 1967) is a British actor and broadcaster.",
        S,
        "",
    ),  # two heads joined by "and": the first is the phrase's, not a modifier of the second
    # a kind named by two words: WordNet's compound and its kinds
    (
        "Ann Wood is a football player.",
        "Ann Wood (born 1987) is an American football quarterback.",
        S,
        "",
    ),  # a quarterback is a kind of football player
    (
        "Ann Wood is a football player.",
        "Ann Wood is a former tennis player and a football coach.",
        N,
        "",
    ),  # both words said, of two different things
    (
        "Ann Wood is a football player.",
        "Ann Wood is a football and tennis player.",
        S,
        "",
    ),  # joined modifiers share their noun
    (
        "Ann Wood was ranked best female star of the decade.",
        "In 1999, the institute ranked Wood as the best female star of the decade.",
        S,
        "",
    ),  # "was ranked" is a verb, not a modifier of "star"
    # an existential claim names its subject after "called"
    (
        "There is a British actor named Ann Wood.",
        "Ann Mary Wood (born 1967) is a British actor and broadcaster.",
        S,
        "",
    ),
    (
        "There is an Irish film called Harbour Lights.",
        "Harbour Lights is a 1999 Canadian film directed by Ann Wood.",
        C,
        "FC403",
    ),
    (
        "There is a novel called Harbour Lights.",
        "Harbour Lights is a 1999 film directed by Ann Wood.",
        C,
        "FC403",
    ),
    # a narrower word must be a noun of the sentence, not a look-alike stem
    (
        "Tobruk lies in a country.",
        "Tobruk, known locally as Tubruq, lies on the coast.",
        N,
        "",
    ),  # "locally" is not "locality", a kind of country in WordNet
    (
        "Tobruk is a country.",
        "Tobruk, known locally as Tubruq, is a port city on the coast.",
        C,
        "FC403",
    ),
    # a deed told as done again was done more than once: another date is no conflict
    (
        "Ann Wood married Tom Hart in 2004.",
        "Ann Wood married Tom Hart in 2001.",
        C,
        "FC101",
    ),
    (
        "Ann Wood married Tom Hart again in 2004.",
        "Ann Wood married Tom Hart in 2001.",
        N,
        "",
    ),
    (
        "Ann Wood was re-elected in 2004.",
        "Ann Wood was re-elected in 2008.",
        N,
        "",
    ),
    (
        "They resumed dating in mid 2019.",
        "They had parted by the spring of 2016 and resumed dating in mid 2016.",
        N,
        "",
    ),
    # "refused to" and "declined to" deny as plainly as "not"
    (
        "Ann Wood is also a model.",
        "Ann Wood is an actress who refused to be a model.",
        C,
        "FC401",
    ),
    (
        "Ann Wood modelled for Mango.",
        "Wood refused to model for Mango in 2001.",
        C,
        "FC401",
    ),
    (
        "Ann Wood signed the treaty in 2001.",
        "Ann Wood refused to sign the protocol, but signed the treaty in 2001.",
        N,
        "",
    ),  # the deed denied of one thing is said, unnegated, of the claim's
    (
        "Ann Wood signed the treaty.",
        "Ann Wood did not sign the protocol, but signed the treaty.",
        N,
        "",
    ),
    # a maker named before the work is read as the work's agent
    (
        "Ann Wood produced Harbour Lights.",
        "Harbour Lights is a 1999 Irish drama film produced by Tom Hart and Rose Kerr.",
        C,
        "FC202",
    ),
    (
        "Tom Hart produced Harbour Lights.",
        "Harbour Lights is a 1999 Irish drama film produced by Tom Hart and Rose Kerr.",
        S,
        "",
    ),
    (
        "Ann Wood wrote The Quiet Harbour.",
        "The Quiet Harbour is a 1962 novel written by Rose Kerr.",
        C,
        "FC202",
    ),
    # a phrasal verb says what WordNet's one-word synonyms say
    (
        "Victor Willis passed away in 1955.",
        "Victor Gazaway Willis (April 12, 1876 – August 3, 1947) was an American pitcher.",
        C,
        "FC101",
    ),
    (
        "Victor Willis passed away in 1947.",
        "Victor Gazaway Willis (April 12, 1876 – August 3, 1947) was an American pitcher.",
        S,
        "S102",
    ),
    (
        "The army took over the city in 1990.",
        "The army seized the city in 1991.",
        C,
        "FC101",
    ),
    # a life span says "born" and "died" only of the name the sentence opens with
    (
        "Quinn died in Rhode Island.",
        "They had three children: Tom Quinn (March 22, 1963 – August 5, 2011), Rose Quinn "
        "and Mary Quinn, all raised in Rhode Island.",
        N,
        "",
    ),
    # a date in parentheses after another name than the subject's is that one's
    (
        "In the 1990s, Hart had a daughter with his secretary, Rose Mary Hart (born July 23, "
        "1993).",
        "With his first wife he had three children: Sean Hart (March 22, 1963 – August 5, "
        "2011), Danny Hart (born April 16, 1964) and Luke Hart (born May 7, 1966).",
        N,
        "",
    ),  # two people's birth dates
    (
        "In the 1990s, Hart had a daughter with his secretary, Rose Mary Hart (born July 23, "
        "1993).",
        "In the 1990s he had a daughter with his secretary, Rose Mary Hart (born July 23, 1995).",
        C,
        "FC101",
    ),  # the same one's, which differs: her birth day against her birth day (the claim's
    # "1990s" holds both years, but a day is the counterpart of a day)
    # a claim whose subject is "It" is not about a name its predicate gives another role
    (
        "It is the nearest station to the old town of Tobruk.",
        "Tobruk is the chief port of eastern Libya.",
        N,
        "",
    ),
    (
        "Rose Kerr wrote in her review that Hart's memories made a fine film.",
        "Harbour Lights is a 1999 drama film written and directed by Tom Hart.",
        N,
        "",
    ),  # the verb's object is a review, not the film: its maker is no other agent
    (
        "In May 2002 Ann Wood said that relations had improved.",
        "Ann Wood said in January 2022 that relations had collapsed.",
        N,
        "",
    ),  # two statements: saying is done again and again
    (
        "In May 2005 Ann Wood said that relations had improved.",
        "In May 2002 Ann Wood said that relations had improved.",
        C,
        "FC101",
    ),  # the same words at another date: the same statement
    # a date after ", signed on" belongs to the name before the comma
    (
        "The conference ended with the signing of the Harbour Accord on 1 August 1975.",
        "After the war, the Charter of Leeds for a New Europe, signed on 21 November 1990, "
        "turned the conference into a lasting body.",
        N,
        "",
    ),
    (
        "The Charter of Leeds for a New Europe was signed on 21 November 1991.",
        "After the war, the Charter of Leeds for a New Europe, signed on 21 November 1990, "
        "turned the conference into a lasting body.",
        C,
        "FC101",
    ),
    # a figure counts the same thing only for the same deed and the same whole
    (
        "Britain received 4,119 square miles in the settlement.",
        "The settlement would cost Britain 900 square miles of territory.",
        N,
        "",
    ),  # received, not lost
    (
        "Britain received 4,119 square miles in the settlement.",
        "Britain received 900 square miles in the settlement.",
        C,
        "FC102",
    ),
    (
        "Ann Wood has five children.",
        "Ann Wood had three children with her first husband.",
        N,
        "",
    ),  # a part: the children of one marriage
    (
        "Ann Wood has five children.",
        "Ann Wood had three children.",
        C,
        "FC102",
    ),
    # -- what is unsaid is never a conflict --------------------------------------------------
    (
        "The museum opened in 1902.",
        "The museum is on the main square.",
        N,
        "",
    ),
    (
        "The museum holds 3,000 paintings.",
        "The museum is on the main square and holds paintings.",
        N,
        "",
    ),
    # -- a name's last word says what the thing is --------------------------------------------
    (
        "Ada Brook is a professor at the University of Leeds.",
        "Ada Brook has taught at the University of Leeds since 1990, where she is the Hart "
        "Memorial Professor of Geology.",
        S,
        "",
    ),
    (
        "Ada Brook was born in the eastern part of England.",
        "Ada Brook was born in England and studied at a school in Eastern Europe.",
        N,
        "",
    ),  # only a name's head is a common word
    # -- a negated claim borne out by the other thing -----------------------------------------
    (
        "Harbour Lights is not a novel.",
        "Harbour Lights is a 1999 film directed by Ann Wood.",
        S,
        "S106",
    ),
    # -- FC101/FC102: the sentence's deed is another instance of the claim's -------------------
    (
        "Ann Vole moved to Tarn in 1990.",
        "Ann Vole moved back to Tarn in 2001 after a decade abroad.",
        N,
        "",
    ),  # "back": a return, not the first move
    (
        "Ann Vole signed for Tarn FC in 1990.",
        "In 1993 Ann Vole signed a new contract with Tarn FC.",
        N,
        "",
    ),  # "a new contract": a later signing
    (
        "Ann Vole signed for Tarn FC in 1990.",
        "Ann Vole signed for Tarn FC in 1993.",
        C,
        "FC101",
    ),
    (
        "Ann Vole served two terms as mayor of Tarn.",
        "Ann Vole served three terms as a senator for Tarn.",
        N,
        "",
    ),  # terms in another office
    (
        "Ann Vole served two terms as mayor of Tarn.",
        "Ann Vole served three terms as mayor of Tarn.",
        C,
        "FC102",
    ),
    (
        "Ann Vole joined Tarn FC in 1990.",
        "Ann Vole joined Tarn FC's youth academy in 1985.",
        N,
        "",
    ),  # a part of the club, joined earlier
    (
        "Ann Vole joined Tarn FC in 1990.",
        "Ann Vole joined Tarn FC in 1985.",
        C,
        "FC101",
    ),
    (
        "Ann Vole graduated from Tarn University in 1975.",
        "Ann Vole graduated from Tarn University with a master's degree in 1978.",
        N,
        "",
    ),  # a second degree
    (
        "Ann Vole graduated from Tarn University in 1975.",
        "Ann Vole graduated from Tarn University in 1978.",
        C,
        "FC101",
    ),
    (
        "Ann Vole graduated from Tarn University in 1975.",
        "Ann Vole graduated from Tarn University with a PhD in 1978.",
        N,
        "",
    ),
    (
        "Ann Vole was born on 2 May 1968.",
        "Ann Vole (ab Tarn; born 2 May 1948) is a painter.",
        C,
        "FC101",
    ),  # a short word in lower case is no degree's name
    (
        "Tarn presented the plan as the first step of the reform set out in the review of "
        "March 2024.",
        "Tarn presented the plan as the first step of the reform set out in the review of "
        "March 2021.",
        C,
        "FC101",
    ),  # the same role, its rank told as a value
    (
        "Ann Vole released her debut album in 1990.",
        "Ann Vole released her second album in 1993.",
        N,
        "",
    ),  # a later album
    (
        "Ann Vole released her second album in 1990.",
        "Ann Vole released her second album in 1993.",
        C,
        "FC101",
    ),
    (
        "Tarn Motors employed 500 people in 2010.",
        "In 2010 Tarn Motors employed 300 people at its Lisk plant.",
        N,
        "",
    ),  # the staff of one plant
    (
        "Tarn Motors employed 500 people in 2010.",
        "In 2010 Tarn Motors employed 300 people.",
        C,
        "FC102",
    ),
    (
        "The Tarn Dam was completed in 1990.",
        "The first phase of the Tarn Dam was completed in 1985.",
        N,
        "",
    ),  # a stage of the dam
    (
        "The Tarn Dam was completed in 1990.",
        "The Tarn Dam was completed in 1985.",
        C,
        "FC101",
    ),
    (
        "Ann Vole founded Tarn Motors in 1990.",
        "Ann Vole founded Tarn Motors' first overseas branch in 1995.",
        N,
        "",
    ),  # a branch of the firm
    (
        "Ann Vole won three Grammy Awards.",
        "Ann Vole won two Grammy Awards in 1995.",
        N,
        "",
    ),  # the awards of one year, of a total
    (
        "Ann Vole won three Grammy Awards.",
        "Ann Vole won two Grammy Awards.",
        C,
        "FC102",
    ),
    (
        "Tarn Hollow was shot in 1990.",
        "Some scenes of Tarn Hollow were shot in 1988.",
        N,
        "",
    ),
    (
        "The Tarn Line opened in 1990.",
        "The Lisk branch of the Tarn Line opened in 1999.",
        N,
        "",
    ),
    (
        "The Tarn Line opened in 1990.",
        "The Tarn Line opened in 1999.",
        C,
        "FC101",
    ),
    (
        "Ann Vole became a citizen of Tarn in 1990.",
        "Ann Vole applied to become a citizen of Tarn in 1985.",
        N,
        "",
    ),  # the date of the application, not of the deed applied for
    (
        "The Tarn Bridge was opened in 1990.",
        "The council planned to open the Tarn Bridge in 1985.",
        N,
        "",
    ),
    (
        "Ann Vole became a citizen of Tarn in 1990.",
        "Ann Vole became a citizen of Tarn in 1985.",
        C,
        "FC101",
    ),
    (
        "The Tarn Bridge was built in 1990.",
        "The original Tarn Bridge was built in 1850.",
        N,
        "",
    ),  # an earlier bridge of the name
    (
        "The Tarn Bridge was built in 1990.",
        "The Tarn Bridge was built in 1850.",
        C,
        "FC101",
    ),
    (
        "Ann Vole won three titles with Tarn FC.",
        "Ann Vole won two league titles with Tarn FC.",
        N,
        "",
    ),  # the league titles of all her titles
    (
        "Ann Vole won three league titles with Tarn FC.",
        "Ann Vole won two titles with Tarn FC.",
        C,
        "FC102",
    ),  # all her titles are fewer than the league titles claimed
    (
        "Ann Vole scored 30 goals for Tarn FC.",
        "Ann Vole scored 12 goals in 40 games for the Tarn FC reserve team.",
        N,
        "",
    ),  # goals for a team of the club's
    (
        "Ann Vole scored 30 goals for Tarn FC.",
        "Ann Vole scored 12 goals for Tarn FC.",
        C,
        "FC102",
    ),
    (
        "Tarn covers 500 square kilometres.",
        "Tarn's national park covers 120 square kilometres.",
        N,
        "",
    ),  # the park's area, not the town's
    (
        "Tarn covers 500 square kilometres.",
        "Tarn covers 120 square kilometres.",
        C,
        "FC102",
    ),
    (
        "Tarn Motors employed 900 people in 2010.",
        "Tarn Motors' Lisk plant employed 300 people in 2010.",
        N,
        "",
    ),  # a possessive whose apostrophe stands alone
    (
        "Tarn Hollow is a drama film.",
        "Tarn Hollow is a 1990 romantic comedy-drama film.",
        S,
        "",
    ),  # a comedy-drama is a drama
    (
        "Tarn Hollow is a drama film.",
        "Tarn Hollow is a 1990 romantic comedy film.",
        C,
        "FC403",
    ),
    # -- FC401: a denial of a narrower thing leaves the claim open -----------------------------
    (
        "Ann Vole supported the treaty.",
        "Ann Vole did not support the treaty at first.",
        N,
        "",
    ),
    (
        "Ann Vole has children.",
        "Ann Vole has no children with her second husband.",
        N,
        "",
    ),
    (
        "Ann Vole appeared in Tarn Hollow.",
        "Ann Vole did not appear in the sequel to Tarn Hollow.",
        N,
        "",
    ),
    (
        "Tarn Hollow was a success.",
        "Tarn Hollow was not a success in the United States.",
        N,
        "",
    ),
    (
        "Tarn Hollow was a success.",
        "Tarn Hollow was not a commercial success.",
        C,
        "FC401",
    ),  # the same thing denied, described
    (
        "Ann Vole supported the treaty.",
        "Ann Vole did not support the treaty.",
        C,
        "FC401",
    ),
    # -- FC402: an opposite that holds of a part ---------------------------------------------
    (
        "Ann Vole won the final.",
        "Ann Vole lost the final of the 1995 cup.",
        N,
        "",
    ),  # one final of several
    (
        "Ann Vole won the final of the Tarn Cup.",
        "Ann Vole lost the final of the Tarn Cup.",
        C,
        "FC402",
    ),
    (
        "Tarn Hollow received positive reviews.",
        "Tarn Hollow received negative reviews from some critics.",
        N,
        "",
    ),
    (
        "Tarn Hollow received positive reviews.",
        "Tarn Hollow received negative reviews from critics.",
        C,
        "FC402",
    ),
    # -- word rules: a sentence told of one region -------------------------------------------
    (
        "Tarn Hollow was published by Lisk Press.",
        "In the United States, Tarn Hollow was published by Morrow Books.",
        N,
        "",
    ),
    (
        "Tarn Hollow was broadcast on BBC One.",
        "In the United States, Tarn Hollow was broadcast on PBS.",
        N,
        "",
    ),
    (
        "Tarn Hollow was broadcast on BBC One in the United States.",
        "In the United States, Tarn Hollow was broadcast on PBS.",
        C,
        "FC307",
    ),
    # -- FC404: a rank among fewer things ------------------------------------------------
    (
        "Ann Vole was the first woman to climb Tarn Peak.",
        "Ann Vole was the second woman to climb Tarn Peak without oxygen.",
        N,
        "",
    ),
    (
        "Tarn Hollow was the best-selling album of 1990.",
        "Tarn Hollow was the second best-selling album of 1990 in the United States.",
        N,
        "",
    ),
    (
        "The Tarn is the longest river in Lisk.",
        "The Tarn is the second-longest river entirely within Lisk.",
        N,
        "",
    ),
    (
        "Ann Vole was the first woman to climb Tarn Peak.",
        "Ann Vole was the second woman to climb Tarn Peak.",
        C,
        "FC402",
    ),
    # -- FC101: writing and publishing are two deeds ------------------------------------------
    (
        "Tarn Hollow was published in 1990.",
        "Ann Vole wrote Tarn Hollow in 1985.",
        N,
        "",
    ),
    (
        "Ann Vole wrote Tarn Hollow in 1990.",
        "Ann Vole wrote Tarn Hollow in 1985, but it was not published until 1990.",
        C,
        "FC101",
    ),
    (
        "Tarn Hollow was published in 1990.",
        "Tarn Hollow was published in 1985.",
        C,
        "FC101",
    ),
    # -- FC401: a negated claim against a sentence about another thing or time -------------
    (
        "Ann Vole is not a member of the Tarn Party.",
        "Ann Vole was a member of the Tarn Party until 1990.",
        N,
        "",
    ),  # no longer
    (
        "Ann Vole never visited Lisk.",
        "Ann Vole visited Lisk's embassy in Tarn.",
        N,
        "",
    ),
    (
        "Ann Vole did not write Tarn Hollow.",
        "Ann Vole wrote the foreword to Tarn Hollow.",
        N,
        "",
    ),
    (
        "Ann Vole did not play for Tarn FC.",
        "Ann Vole played for Tarn FC's youth team.",
        N,
        "",
    ),
    (
        "Ann Vole never visited Lisk.",
        "Ann Vole visited Lisk in 1990.",
        C,
        "FC401",
    ),
    (
        "Ann Vole did not write Tarn Hollow.",
        "Ann Vole wrote Tarn Hollow.",
        C,
        "FC401",
    ),
    # -- FC101: leaving a part ---------------------------------------------------------------
    (
        "Ann Vole retired in 1990.",
        "Ann Vole retired from international football in 1985.",
        N,
        "",
    ),
    (
        "Ann Vole retired from football in 1990.",
        "Ann Vole retired from international football in 1985.",
        N,
        "",
    ),  # club football may have come later
    (
        "Ann Vole retired from politics in 1990.",
        "Ann Vole retired from politics in 1985.",
        C,
        "FC101",
    ),
    # -- FC102: a count over another span ----------------------------------------------------
    (
        "Tarn Hollow sold a million copies in its first year.",
        "Tarn Hollow sold 200,000 copies in its first month.",
        N,
        "",
    ),
    (
        "Tarn Hollow sold a million copies in its first year.",
        "Tarn Hollow sold 200,000 copies in its first year.",
        C,
        "FC102",
    ),
    (
        "Ann Vole wrote 10 novels before her death in 2010.",
        "By 2005 Ann Vole had written eight novels.",
        N,
        "",
    ),  # a count up to another year
    (
        "Ann Vole had written 10 novels by 2005.",
        "By 2005 Ann Vole had written eight novels.",
        C,
        "FC102",
    ),
    (
        "Ann Vole served 12 years in prison.",
        "Ann Vole served 8 years in prison.",
        C,
        "FC102",
    ),  # "years" is the figure's unit, no span
    # -- a plural that does not end in "s" is a counted noun; another item of a list of counts
    # is no opposite of the claim's ("servicemen" / "civilians") -----------------------------
    (
        "According to official figures, Tarn lost 341 servicemen.",
        "According to official figures, Tarn lost 170 servicemen, 14 police officers and 228 "
        "civilians.",
        C,
        "FC102",
    ),
    (
        "According to official figures, Tarn lost 170 servicemen.",
        "According to official figures, Tarn lost 170 servicemen, 14 police officers and 228 "
        "civilians.",
        S,
        "S102",
    ),
    (
        "Tarn lost 412 people in the war.",
        "According to official figures, Tarn lost 170 servicemen, 14 police officers and 228 "
        "civilians.",
        N,
        "NE002",
    ),
    (
        "The Lisk raid killed 12 gunmen.",
        "The Lisk raid killed 20 gunmen in its first week and 12 gunmen in all.",
        S,
        "S102",
    ),
    # -- a place in a subject that names no one: the sentence that says all but the place
    # puts the event elsewhere; a plural subject's place is one of many ----------------------
    (
        "The communist victory in Abkhazia in 1949 produced an alliance with Tarn.",
        "The communist victory in China in 1949 produced an alliance with Tarn.",
        C,
        "FC303",
    ),
    (
        "Protests in Paris spread to other cities in 1968.",
        "Protests in Lyon spread to other cities in 1968.",
        N,
        "NE002",
    ),
    (
        "Students in Madrid joined the Tarn strike in 1990.",
        "Students in Barcelona joined the Tarn strike in 1990.",
        N,
        "NE002",
    ),
    # -- the subject after each opening phrase; a capitalised "May" is a month ---------------
    (
        "On 1 April 2014, in response to the Tarn crisis, the UN suspended all cooperation "
        "with Lisk.",
        "On 1 April 2014, in response to the Tarn crisis, NATO suspended all cooperation with "
        "Lisk.",
        C,
        "FC304",
    ),
    # -- a rank is no count that a date could be the date of; a claim's opening participle
    # dates its deed; the name a possessive stands before is the subject; another head noun
    # after the same word is another thing --------------------------------------------------
    (
        "In February 1997 Tarn became the first member of the Lisk Union to sign the Vole Charter.",
        "In February 1994 Tarn became the first member of the Lisk Union to sign the Vole Charter.",
        C,
        "FC101",
    ),
    (
        "Founded in 2007, the Tarn Club takes its name from Lake Lisk.",
        "Founded in 2004, the Tarn Club takes its name from Lake Lisk.",
        C,
        "FC101",
    ),
    (
        "Tom Vole's elder brother Lisk Vole was killed in a car crash in 1997.",
        "His elder brother Lisk Vole was killed in a car crash in 1994.",
        C,
        "FC101",
    ),
    (
        "Tom Vole's elder brother Lisk Vole was killed in a car crash in 1994.",
        "His elder brother Lisk Vole was killed in a car crash in 1994.",
        S,
        "S102",
    ),
    (
        "Tarn Hollow is an epic historical romantic comedy.",
        "Tarn Hollow is an epic historical romantic drama film starring Ann Vole.",
        N,
        "NE002",
    ),
    # -- a compound with the opposite first part; a body in a subject that names no one ------
    (
        "Lisk was one of the best-selling singles of all time.",
        "Lisk became one of the worst-selling singles of all time.",
        C,
        "FC402",
    ),
    ("Tarn Vole is a left-wing party.", "Tarn Vole is a right-wing party.", C, "FC402"),
    (
        "A statement of the Lisk Council on 7 December 2011 listed Tarn among the aspirant "
        "countries.",
        "A statement of the Vole Union on 7 December 2011 listed Tarn among the aspirant "
        "countries.",
        C,
        "FC306",
    ),
    # -- a deed of one verb done to another named thing; announcing is done again and again;
    # a date of a count is another count's when the sentence counts otherwise; "during" -----
    (
        "Tom Lisk began A Christmas Carol in October 1843.",
        "On 31 December that year Tom Lisk began publishing his novel Martin Chuzzlewit.",
        N,
        "NE002",
    ),
    (
        "Tom Lisk began A Christmas Carol in October 1843.",
        "Tom Lisk began A Christmas Carol in December 1843.",
        C,
        "FC101",
    ),
    (
        "Tarn announced new blocking policies in December 2014.",
        "In October 2019, Tarn announced it would stop running political ads.",
        N,
        "NE002",
    ),
    (
        "Tom Lisk appeared in seven films in 2009.",
        "In his first of three film appearances in 1996, Tom Lisk made a cameo appearance.",
        N,
        "NE002",
    ),
    (
        "Tom Lisk appeared in seven films in 2009.",
        "Tom Lisk appeared in seven films in 2008.",
        C,
        "FC101",
    ),
    (
        "Tom Lisk played 152 games in the 1904 season.",
        "Tom Lisk and fellow coach Ann Vole played in one game in the 1929 season.",
        N,
        "NE002",
    ),
    (
        "Tom Lisk married Ann Vole in 1966.",
        "In the 1970s, during his marriage to Ann Vole, Tom Lisk also had an affair.",
        N,
        "NE002",
    ),
    (
        "Tom Lisk married Ann Vole in 1966.",
        "Tom Lisk married Ann Vole in 1968.",
        C,
        "FC101",
    ),
    # -- "began offering downloads" begins another deed ---------------------------------------
    (
        "The Tarn app was launched on 7 October 2008.",
        "In March 2009, Tarn began offering music downloads in the United Kingdom.",
        N,
        "NE002",
    ),
    (
        "Tarn began offering music downloads in 2008.",
        "In March 2009, Tarn began offering music downloads in the United Kingdom.",
        C,
        "FC101",
    ),
    # ... but a "during" phrase dates its own event, and the claim's own count is the same count
    (
        "During the protests of 2016–2014 Tom Lisk was a constant presence on the Maidan.",
        "During the protests of 2013–2014 Tom Lisk was a constant presence on the Maidan.",
        C,
        "FC103",
    ),
    (
        "On 15 April 2026 an explosive device was thrown at Tom Lisk during a campaign stop "
        "in Tarn.",
        "On 15 April 2023 an explosive device was thrown at Tom Lisk during a campaign stop "
        "in Tarn.",
        C,
        "FC101",
    ),
    (
        "By 25 June 2005 about 150,000 residents of Tarn had acquired Lisk citizenship, in "
        "addition to some 50,000 who already held it.",
        "By 25 June 2002 about 150,000 residents of Tarn had acquired Lisk citizenship, in "
        "addition to some 50,000 who already held it.",
        C,
        "FC101",
    ),
    # -- a figure over another span, named before it; the first few of them; a plan's date;
    # a conversion after a hyphenated unit ------------------------------------------------
    (
        "During its opening day, Tarn Hollow made $18.5 million from 10 territories.",
        "On its five-day opening weekend as a whole, Tarn Hollow earned $260.4 million from "
        "18,210 screens in more than 100 territories.",
        N,
        "NE002",
    ),
    (
        "During its opening weekend, Tarn Hollow made $18.5 million.",
        "During its opening weekend, Tarn Hollow made $260.4 million.",
        C,
        "FC102",
    ),
    (
        "Ann Vole served as a coach on the first three seasons of The Tarn.",
        "Ann Vole was a coach on six seasons of The Tarn.",
        N,
        "NE002",
    ),
    (
        "Ann Vole served as a coach on three seasons of The Tarn.",
        "Ann Vole was a coach on six seasons of The Tarn.",
        C,
        "FC102",
    ),
    (
        "Tarn Hollow was originally scheduled to be released on May 4, 2018 in the United States.",
        "Tarn Hollow premiered on April 23, 2018, in Los Angeles, and was released in the "
        "United States on April 27.",
        N,
        "NE002",
    ),
    (
        "Tarn Hollow was scheduled to be released on May 4, 2018.",
        "Tarn Hollow was scheduled to be released on May 11, 2018.",
        C,
        "FC101",
    ),
    (
        "The Tarn statue stands at the peak of the 700-metre (2,300 ft) Lisk mountain.",
        "The Tarn statue is 30 metres (98 ft) high, excluding its 8-metre (26 ft) pedestal.",
        N,
        "NE002",
    ),
    # -- letters spelt otherwise in English text are one spelling; an ordinal of the
    # subject's own deeds is another deed, not another rank ----------------------------------
    (
        "Tarn Hollow was written by Ragnarr Loðbrók.",
        "Tarn Hollow was written by Ragnarr Lodbrok.",
        S,
        "",
    ),
    (
        "The town was called ad-Dār al-Bayḍāʼ, the Arabic translation of Tarn.",
        "The town was called ad-Dār al-Bayḍā, the Arabic translation of Tarn.",
        S,
        "",
    ),
    (
        "Tom Lisk received his first Golden Globe Award nomination.",
        "Tom Lisk received his fourth Golden Globe Award nomination.",
        N,
        "NE002",
    ),
    ("Tarn Hollow is Tom Lisk's sixth novel.", "Tarn Hollow is Tom Lisk's fifth novel.", C, ""),
    # -- from mutation_check.py (wrong values made from real articles' sentences): a fall
    # "to about 60" refuses nothing; a capitalised "Never" inside a name is no negation; "20th
    # Century Fox" is no century; a claim's day is compared with the sentence's day even when
    # the claim holds that day's year elsewhere; a figure with no counted noun is the measure
    # its subject names; a place on a chart is the same place only on the same chart; two
    # ranges agree by their ends ----------------------------------------------------------------
    (
        "The number of films produced annually in Tarn has declined to about 60 in 2020.",
        "The number of films produced annually in Tarn has declined to about 60 in 2017.",
        C,
        "FC101",
    ),
    (
        "Tom Lisk began the first leg of his Never Gone Tour on July 22, 2008.",
        "Tom Lisk began the first leg of his Never Gone Tour on July 22, 2005.",
        C,
        "FC101",
    ),
    (
        "In 1965, Tom Lisk signed a multi-film deal with 20th Century Fox.",
        "In 1962, Tom Lisk signed a multi-film deal with 20th Century Fox.",
        C,
        "FC101",
    ),
    (
        "On 17 May 2014, Tarn FC held a charity game for the 2011 Lisk flood.",
        "On 17 May 2011, Tarn FC held a charity game for the 2011 Lisk flood.",
        C,
        "FC101",
    ),
    (
        "The casualties of the Battle of Tarn were 20,000.",
        "The casualties of the Battle of Tarn were 51,000.",
        C,
        "FC102",
    ),
    (
        "The budget of Tarn Hollow was $50 million.",
        "Tarn Hollow was made on a budget of $30 million.",
        C,
        "FC102",
    ),
    (
        "The Tarn Knights retired Tom Lisk's number 33 in 1997.",
        "The Tarn Knights retired Tom Lisk's number 16 in 1997.",
        C,
        "FC102",
    ),
    (
        "Tarn Hollow debuted at number 1 on the Billboard 200.",
        "Tarn Hollow debuted at number 8 on the Billboard 200.",
        C,
        "FC102",
    ),
    (
        "Tarn Hollow debuted at number 1 on the Billboard 200.",
        "Tarn Hollow debuted at number 8 on the Billboard Hot 100.",
        N,
        "NE002",
    ),
    (
        "Tom Lisk, Tarn Hollow: A New Edition, Lisk University Press, 2020.",
        "Tom Lisk, Tarn Hollow: A New Edition, Lisk University Press, 2017.",
        N,
        "NE002",
    ),
    (
        "Tarn fibres are usually 2–21 nanometres in diameter.",
        "Tarn fibres are usually 2–10 nanometres in diameter.",
        C,
        "FC102",
    ),
    # ... and a figure that no noun leads to straight ("the season with a 2–23 record") is
    # the sentence's when the claim's words stand the same around both
    (
        "Tom Lisk began the 1991 season with a 2–23 record.",
        "Tom Lisk began the 1991 season with a 2–11 record.",
        C,
        "FC102",
    ),
    (
        "No Tarn for Old Men was released in 2007.",
        "The film No Tarn for Old Men was released in 2007.",
        S,
        "",
    ),
    # -- more from mutation_check.py: a named part is looked for in the value's own clause,
    # not after a ";"; a participle in -en dates its deed ("written in 1946"); a value
    # between the claim's own words, in a clause that says all of the claim's, is that
    # clause's even when its predicate is light ("were costly") -----------------------------
    (
        "The Tarn Rovers traded Tom Lisk to the Lisk Braves in 1917.",
        "The Tarn Rovers traded Tom Lisk to the Lisk Braves in 1914; that season, Lisk led the "
        "Braves to victory in the Tarn Series.",
        C,
        "FC101",
    ),
    (
        "Tarn Hollow is a three-act play written in 1949 by Tom Lisk.",
        "Tarn Hollow is a three-act play written in 1946 by Tom Lisk.",
        C,
        "FC101",
    ),
    (
        "The Tarn landings on June 6, 1947, were costly.",
        "The Tarn landings on June 6, 1944, were costly but successful.",
        C,
        "FC101",
    ),
    (
        "The Tarn landings on June 6, 1944, were costly.",
        "The Tarn landings on June 6, 1944, were costly but successful.",
        S,
        "S102",
    ),
    (
        "Since 1977, Tarn FC have played their home games at the Lisk Stadium.",
        "Since 1974, Tarn FC have played their home games at the Lisk Stadium; the stadium is "
        "the largest in Tarn.",
        C,
        "FC101",
    ),
    (
        "In 1953, Lisk Radio Theater broadcast a radio play of Tarn Hollow.",
        "In 1950, Lisk Radio Theater broadcast a radio play of Tarn Hollow.",
        C,
        "FC101",
    ),
    # "declined" refuses only before "to" or an object; "declined markedly" falls
    (
        "Lending by Tarn declined markedly after 2022.",
        "Lending by Tarn declined markedly after 2019.",
        C,
        "FC101",
    ),
    ("Tom Lisk declined the offer in 2014.", "Tom Lisk accepted the offer in 2014.", C, ""),
    # a count's own date names which census it is of; another census is another count
    (
        "The population of Tarn was 5,000 in 2010.",
        "Tarn's population was 4,500 at the 2010 census.",
        C,
        "FC102",
    ),
    (
        "The population of Tarn was 5,000 in 2010.",
        "Tarn's population was 4,500 at the 2000 census.",
        N,
        "NE002",
    ),
    (
        "The population of Tarn was 4,500 in 2010.",
        "Tarn's population was 4,500 at the 2010 census.",
        S,
        "S102",
    ),
    (
        "The population of Tarn was 4,500 in 2010.",
        "Tarn's population was 4,500 at the 2000 census.",
        N,
        "NE002",
    ),
    # a compound qualifier is a qualifier: "half-hour episodes" are not "hour-long" ones
    (
        "The third season of Tarn Hollow consists of 17 half-hour episodes.",
        "The third season of Tarn Hollow consists of nine hour-long episodes.",
        N,
        "NE002",
    ),
    # "the first three seasons" are some of the seasons, not all of them (found by
    # self-consistency on the tuning half's clauses cut at commas)
    (
        "Tom Lisk was a coach on six seasons of The Voice.",
        "Tom Lisk served as a coach on the first three seasons of The Voice.",
        N,
        "NE002",
    ),
    (
        "Tom Lisk was a coach on six seasons of The Voice.",
        "Tom Lisk served as a coach on four seasons of The Voice.",
        C,
        "FC102",
    ),
    # a sentence saying all of the claim, word for word and in order, but one name, which
    # the article never names, has another in its place: no agreeing date needed
    (
        "Directed by Ann Benvin, it stars Tom Lisk and Nora Hale as a married couple.",
        "Directed by Jolanda Vole, it stars Tom Lisk and Nora Hale as a married couple.",
        C,
        "FC306",
    ),
    (
        "The Welsh translation of the novel was undertaken by Ann Benvin, a literary critic.",
        "The Welsh translation of the novel was undertaken by Jolanda Vole, a literary critic.",
        C,
        "FC306",
    ),
    (
        "Directed by Ann Benvin, it stars Tom Lisk and Nora Hale as a married couple.",
        "Directed by Ann Benvin, it stars Tom Lisk and Nora Hale as a married couple.",
        S,
        "",
    ),
    # ... a name ending the claim must end the sentence's clause too, and a place must lie
    # outside the other ("a city in Ohio" / "a city in Fairfield County")
    (
        "Lancaster is a city in Ohio.",
        "Lancaster is a city in Fairfield County.",
        N,
        "NE002",
    ),
    (
        "Tarn Hollow was first staged at the Old Vic.",
        "Tarn Hollow was first staged at the Old Vic Theatre.",
        S,
        "",
    ),
    # a name is met by the acronym of its words' initials ("U.S." for "United States")
    (
        "The International Monetary Fund lent Tarn $3 billion in 1998.",
        "In 1998 the IMF lent Tarn $3 billion to steady its currency.",
        S,
        "S102",
    ),
    (
        "The United Kingdom spent 9 percent of its budget on defence in 1990.",
        "In 1990 the U.K. spent 4 percent of its budget on defence.",
        C,
        "",
    ),
    # a figure no noun follows, with the claim's own words around it in the sentence's
    # figure: the same count
    (
        "The number of plays staged in Tarn each year has declined to about 120 in 2017.",
        "The number of plays staged in Tarn each year has declined to about 60 in 2017.",
        C,
        "FC102",
    ),
    (
        "The number of plays staged in Tarn each year has declined to about 60 in 2017.",
        "The number of plays staged in Tarn each year has declined to about 60 in 2017.",
        S,
        "",
    ),
    # a bound said of the same figure lies near it: "over 40 percent" is not "over 81
    # percent", though no logic excludes it; "over 45 percent" is within its step; an exact
    # figure, "well over 40" and a milestone ("over 100") set no cap; "under 7,000" likewise
    # is not "under 3,000"
    (
        "After the merger, Tarn Hollow's shares fell by over 81 percent.",
        "After the merger, Tarn Hollow's shares fell by over 40 percent.",
        C,
        "FC102",
    ),
    (
        "After the merger, Tarn Hollow's shares fell by 75 percent.",
        "After the merger, Tarn Hollow's shares fell by over 40 percent.",
        N,
        "",
    ),
    (
        "Tarn Hollow was sold in more than 250 countries.",
        "Tarn Hollow was sold in more than 100 countries.",
        N,
        "",
    ),
    (
        "After the merger, Tarn Hollow's shares fell by over 45 percent.",
        "After the merger, Tarn Hollow's shares fell by over 40 percent.",
        N,
        "",
    ),
    (
        "After the merger, Tarn Hollow's shares fell by over 81 percent.",
        "After the merger, Tarn Hollow's shares fell by well over 40 percent.",
        N,
        "",
    ),
    (
        "After the merger, Tarn Hollow's shares fell by over 30 percent.",
        "After the merger, Tarn Hollow's shares fell by over 40 percent.",
        S,
        "",
    ),
    (
        "Tarn Hollow sold fewer than 3,000 copies in its first year.",
        "Tarn Hollow sold fewer than 7,000 copies in its first year.",
        C,
        "FC102",
    ),
    (
        "Tarn Hollow sold fewer than 6,500 copies in its first year.",
        "Tarn Hollow sold fewer than 7,000 copies in its first year.",
        N,
        "",
    ),
    (
        "Tarn Hollow was joined by more than 1,801 volunteers from six towns.",
        "Tarn Hollow was joined by more than 900 volunteers from six towns.",
        C,
        "FC102",
    ),
    # a figure with no word of its own, in the slot the claim's words make around it
    (
        "They hold the highest number of league titles, with 27.",
        "They hold the highest number of league titles, with 13.",
        C,
        "FC102",
    ),
    # the claim said but for one name is its own clause, whatever the next clause names
    (
        "In mid-1960, CBS reporter Nora Hale had interviewed farmers in Tarn.",
        "In mid-1960, NBC reporter Nora Hale had interviewed farmers in Tarn; in a 1997 talk "
        "she said so.",
        C,
        "FC306",
    ),
    # a bracket after the subject (a name in another language) leaves the slot the same
    (
        "The Tarn Canal Company came into being on 18 December 1858.",
        "The Tarn Canal Company (Compagnie du canal de Tarn) came into being on 15 December 1858.",
        C,
        "FC101",
    ),
    (
        "The Tarn Canal Company came into being on 15 December 1858.",
        "The Tarn Canal Company (Compagnie du canal de Tarn) came into being on 15 December 1858.",
        S,
        "",
    ),
    # a kind ranked by a superlative is a role a country can hold too
    (
        "The Tarn Republic is the world's largest importer and the second-largest exporter "
        "of goods.",
        "The Tarn Republic is the world's third- or fourth-largest nation by total area.",
        N,
        "",
    ),
    (
        "The Tarn Republic is an importer of goods.",
        "The Tarn Republic is a nation in Lisk.",
        C,
        "FC403",
    ),
    # a ranked kind of thing is still that kind
    (
        "Dunmore is a song.",
        "Dunmore is the largest town in the borough of Dunmore in the county of Lisk.",
        C,
        "FC403",
    ),
    # Australia is a continent and a country: a place on no continent is not in it
    (
        "The tarn step originated in Jamaica.",
        "The tarn step is a form of dance originating from Australia.",
        C,
        "FC303",
    ),
]


_BLUE_HARBOUR = (
    "Blue Harbour is a 1995 British drama film directed by Anna Lee. Filming began in "
    "September 1994 in Cornwall. A sequel, Red Harbour, was released in 1999."
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Blue Harbour was filmed in 1994.", N),  # "a 1995 film" dates its coming out
        ("Blue Harbour is a 1994 film.", C),
        ("Blue Harbour was released in 2015.", N),  # Red Harbour's 1999 is the sequel's
        ("Red Harbour was released in 1998.", C),
    ],
)
def test_a_work_s_year_and_a_namesake_s_date(claim: str, label: Label) -> None:
    verdict = verify(claim, {"Blue Harbour (film)": _BLUE_HARBOUR})
    assert verdict.label is label, verdict.reason


@pytest.mark.parametrize(("claim", "evidence", "label", "rule"), CASES)
def test_rule(claim: str, evidence: str, label: Label, rule: str) -> None:
    page, listed = both(claim, evidence)
    assert (page.label, listed.label) == (label, label), (page.reason, listed.reason)
    if rule:
        assert (page.rule, listed.rule) == (rule, rule)


_TARN_INFOBOX = (
    "Tarn is a town in Lisk.\n\n== Infobox settlement ==\n"
    "Tarn — population in 2020: 12,400 people\n"
)
_TARN_PROSE = "Tarn is a town in Lisk. In 2020 Tarn had a population of 12,400 people.\n"


@pytest.mark.parametrize(
    ("page", "label"),
    [(_TARN_INFOBOX, C), (_TARN_PROSE, N)],
)
def test_an_undated_count_meets_the_infobox_figure_not_a_dated_line_of_prose(
    page: str, label: Label
) -> None:
    # The infobox holds the page's present figure, which an undated claim speaks of; a
    # dated count in prose may be of another year.
    verdict = verify("Tarn had a population of 15,000 people.", {"Tarn": page})
    assert verdict.label is label, verdict.reason


def test_every_conflict_rule_has_a_case_that_fires() -> None:
    from factcheck.engine.rules import RULES

    fired = {rule for _c, _e, label, rule in CASES if label is C}
    codes = {code for code, _name, _fn in RULES} | {"FC102", "FC103", "FC303"}
    assert codes - {"FC101"} <= fired | {"FC101"}
    assert "FC101" in fired


def test_a_contradiction_names_its_rule_and_what_differs() -> None:
    verdict = verify(
        "The opera premiered in Vienna in 1786.",
        {"The opera": "The opera premiered in Vienna on 1 May 1788 to a mixed reception."},
    )
    assert verdict.rule == "FC101"
    assert verdict.reason == (
        "claim says 1786; evidence says 1 May 1788: 'The opera premiered in Vienna on 1 May "
        "1788 to a mixed reception.' in The opera"
    )


@pytest.mark.parametrize(
    ("claim", "evidence"),
    [
        (
            "Lena Hart was on a magazine cover.",
            "She has never appeared on the cover of a magazine.",
        ),
        (
            "Lena Hart was never on a magazine cover.",
            "She has appeared on the cover of fashion magazines such as Vogue and Elle.",
        ),
    ],
)
def test_negation_told_by_a_pronoun_in_the_one_sentence_there_is(claim: str, evidence: str) -> None:
    # Handed over, or the whole of an untitled text, "She" can only be the claim's subject.
    assert verify(claim, [evidence]).rule == "FC401"
    assert verify(claim, {"": evidence}).rule == "FC401"
    # In an article on something else, she may be anyone.
    assert verify(claim, {"Fashion magazines": evidence}).label is N


def test_a_figure_told_by_a_pronoun_in_the_one_sentence_handed_over() -> None:
    # A subject that is no name ("The poem") is stood for by "It" in the one sentence
    # handed over as its evidence, as a name is.
    claim = "The poem has fewer than 100 verses."
    evidence = "It is written in plain prose and has 412 verses."
    assert verify(claim, [evidence]).rule == "FC102"
    assert verify("The poem has more than 400 verses.", [evidence]).label is S
    # In an article on something else, "it" may be anything.
    assert verify(claim, {"Ballads of the north": evidence}).label is N


# -- a value belongs to what the sentence ties it to ------------------------------------------
# Each claim is true in the world of the article or at least not contradicted by it: the
# article tells of a like event of someone or something else.
_DELGADO = (
    "Maria Rosa Delgado Ruiz (3 May 1950 – 1 June 2020), known as Rosa Delgado, was a Spanish "
    "painter. Delgado was born in Seville and studied in Madrid. She married twice. Her "
    "children are Tomas Delgado (born 4 June 1981) and Ines Delgado (born 9 May 1984)."
)


@pytest.mark.parametrize(
    ("claim", "label", "rule"),
    [
        # A bare "Delgado" in the article on Rosa Delgado is Rosa, not her son.
        ("Tomas Delgado was born on 4 July 1981.", C, "FC101"),
        ("Tomas Delgado was born on 4 June 1981.", S, "S102"),
        ("Pablo Delgado was born on 3 May 1952.", N, "NE002"),
        # A date in parentheses after a name is that one's, not the article subject's.
        ("Rosa Delgado was born on 9 May 1984.", C, "FC101"),
        ("Rosa Delgado was born on 3 May 1951.", C, "FC101"),
        ("Rosa Delgado was born on 3 May 1950.", S, "S102"),
    ],
)
def test_a_date_is_of_the_name_it_is_given_after(claim: str, label: Label, rule: str) -> None:
    verdict = verify(claim, {"Rosa Delgado": _DELGADO})
    assert (verdict.label, verdict.rule) == (label, rule), verdict.reason


@pytest.mark.parametrize(
    ("claim", "label", "rule"),
    [
        ("Greece and Turkey joined in 1955.", C, "FC101"),
        ("Greece and Turkey joined in 1952.", S, "S102"),
        ("Spain joined in 1955.", C, "FC101"),
    ],
)
def test_a_date_in_a_list_is_of_the_name_before_it(claim: str, label: Label, rule: str) -> None:
    text = (
        "The twelve founders were joined by Greece and Turkey in 1952, West Germany in 1955 "
        "and Spain in 1982."
    )
    page, given = both(claim, text, "The alliance")
    assert (page.label, page.rule) == (label, rule), page.reason
    assert (given.label, given.rule) == (label, rule), given.reason


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # The one word the sentence does not say is who did it, and it names another.
        ("The king was assassinated by one of his guards in 1610.", N),
        ("The king was assassinated by Ravaillac in 1610.", S),
    ],
)
def test_support_needs_the_claim_s_agent(claim: str, label: Label) -> None:
    text = "The king was assassinated in 1610 by François Ravaillac, a fanatical Catholic."
    page, given = both(claim, text, "Henry IV of France")
    assert (page.label, given.label) == (label, label), page.reason


def test_a_child_s_birth_date_does_not_date_the_parent() -> None:
    text = (
        "Delgado married twice. Her children are Tomas Delgado (born 4 June 1981) and "
        "Ines Delgado (born 9 May 1984)."
    )
    assert verify("Rosa Delgado was born in 1950.", {"Rosa Delgado": text}).label is N


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # Either side qualifies what it counts: two counts of different things.
        ("Ortiz pitched 12 scoreless innings.", "In the 1998 final, Ortiz pitched 14 innings.", N),
        ("Ortiz pitched 14 innings.", "In the 1998 final, Ortiz pitched 12 scoreless innings.", N),
        (
            "Ortiz pitched 15 innings in the 1998 final.",
            "In the 1998 final, Ortiz pitched 14 innings.",
            C,
        ),
        # A figure joined to its unit qualifies the noun after it: two documents.
        (
            "The leaders signed the thirteen-point package in Minsk.",
            "The twelve-point protocol was signed by the leaders in Minsk.",
            N,
        ),
        (
            "The leaders signed a thirteen-point plan in Minsk.",
            "The leaders signed a 12-point plan in Minsk.",
            C,
        ),
        # The sentence counts the claim's soldiers with others.
        (
            "The march began with 40,000 soldiers.",
            "In 1812, 60,000 soldiers and civilians began the march.",
            N,
        ),
        (
            "The march began with 40,000 soldiers and civilians.",
            "In 1812, 60,000 soldiers and civilians began the march.",
            C,
        ),
        # A figure of a clause that names none of the claim's ("World Series") is another's.
        (
            "Perez won three games in the 1975 World Series.",
            "Perez won 18 games or more four "
            "times for the Reds, and won two World Series titles (in 1975 and 1976).",
            N,
        ),
        # A count opening the claim is no name: "Two French" does not make the sentence about
        # the claim.
        (
            "Two French translations of the novel were published in 1870.",
            "The novel first appeared in French as a serial in a magazine published in 1852.",
            N,
        ),
        # A name-less subject's noun, said only as a word of another name ("Founding Act"),
        # is not said; nor does "their" make the subject a name.
        (
            "The accession protocols were signed in March 2003.",
            "The alliance signed the Founding Act with Russia in May 1997.",
            N,
        ),
        (
            "Their accession protocols were signed in March 2003.",
            "The alliance signed the Founding Act with Russia in May 1997.",
            N,
        ),
        (
            "Their accession protocols were signed in March 2003.",
            "Their accession protocols were signed in May 2004.",
            C,
        ),
        # A claim's name word that is a word of the language is not a misspelling of another.
        (
            "Green Parks United was founded in 1990.",
            "Green Paris United was founded in 1990 by local fans.",
            N,
        ),
    ],
)
def test_like_values_of_other_things_are_no_conflict(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Article")
    assert page.label is label, page.reason
    assert given.label is label, given.reason


@pytest.mark.parametrize(
    ("claim", "title", "text"),
    [
        # "her sister" opening a sentence is someone else, not the article's subject.
        (
            "Rosa Delgado died on 1 June 2020.",
            "Rosa Delgado",
            "On 2 May 1990, her sister, the singer Carmen Ruiz, died in Madrid.",
        ),
        # A life span in parentheses after another name is that one's.
        (
            "He held office from March 1620.",
            "Pope Urban IX",
            "The choice of name honoured his predecessor Urban VIII (1601–1619), who had "
            "reformed the curia and held office until his death.",
        ),
    ],
)
def test_a_relative_or_a_predecessor_is_not_the_subject(claim: str, title: str, text: str) -> None:
    verdict = verify(claim, {title: text})
    assert verdict.label is N, verdict.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # A year or date that says which of a recurring event is meant is another instance.
        (
            "Moreno won the 2010 presidential election.",
            "Moreno had already run in the 2004 presidential election, and lost.",
            N,
        ),
        # The same deed of the same kind of event, in another instance than the claim's:
        # the article's account of it settles the claim's year.
        (
            "Moreno won the presidential election of 4 January 2004.",
            "Moreno won the presidential election of 5 January 2008 with half of the vote.",
            C,
        ),
        # ... unless the article names the claim's instance too: a deed done again.
        (
            "Moreno won the presidential election of 4 January 2004.",
            "Moreno won the presidential election of 5 January 2008 with half of the vote."
            " The presidential election of 4 January 2004 had been called early.",
            N,
        ),
        # ... a year alone is not the instance.
        (
            "Moreno won the presidential election of 4 January 2004.",
            "Moreno won the presidential election of 5 January 2008 with half of the vote."
            " In 2004 he moved to the capital.",
            C,
        ),
        # ... nor is a claim without a deed of its own.
        (
            "After the parliamentary election of 26 October 2014.",
            "In the 2012 parliamentary election he headed the opposition list.",
            N,
        ),
        # The very same precise figure dates the same count: the census year conflicts.
        (
            "According to the 2004 Ukrainian census, ethnic Ukrainians made up 56.9 percent of"
            " the population of Donetsk Oblast.",
            "According to the 2001 Ukrainian census, the last to be held, ethnic Ukrainians made"
            " up 56.9 percent of the population of Donetsk Oblast.",
            C,
        ),
        (
            "The minister signed the budget on 30 November 2024.",
            "The 2024 budget, signed by the minister on 27 November 2023, raised spending.",
            N,
        ),
        # An event named as well ("Bucharest") is one of a kind: its date conflicts.
        (
            "NATO held its Bucharest summit in 2009.",
            "The 2008 Bucharest Summit was a NATO summit held in Bucharest.",
            C,
        ),
    ],
)
def test_a_date_naming_another_instance_is_no_conflict(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Article")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # The date is what another name did, just before the verb that governs it.
        (
            "Latvia declared independence on 4 May 1990.",
            "Its failure weakened the centre: Belarus declared independence on 25 August "
            "1991, and later the state recognised Estonia, Latvia and Lithuania.",
            N,
        ),
        (
            "Latvia declared independence on 4 May 1991.",
            "Latvia declared independence on 4 May 1990, after Lithuania.",
            C,
        ),
        # A date opening a new clause ("and in 2002 became") is the next verb's.
        (
            "Moreno founded the Civic Union party in 2001.",
            "Moreno then created the Civic Union and in 2002 became mayor of the capital.",
            N,
        ),
        (
            "Moreno became mayor of the capital in 2003.",
            "Moreno then created the Civic Union and in 2002 became mayor of the capital.",
            C,
        ),
    ],
)
def test_a_date_is_of_the_clause_that_governs_it(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Article")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # An ordinal names which meeting the sentence speaks of.
        (
            "The forum met in Sochi from 29 September to 2 October 2025.",
            "The twelfth meeting of the forum, held in Sochi from 16 to 19 October 2017, "
            "discussed the world order.",
            N,
        ),
        # Another rate on another day: another time the like happened.
        (
            "The central bank raised its key rate to 20 per cent on 28 February 2022.",
            "The central bank lifted its key rate to 21 per cent in October 2024.",
            N,
        ),
        (
            "The central bank raised its key rate to 20 per cent on 28 February 2022.",
            "The central bank raised its key rate to 20 per cent on 28 March 2022.",
            C,
        ),
        # A figure of a part the claim does not name.
        (
            "The album sold 5 million copies.",
            "The album sold 2 million copies in the United States.",
            N,
        ),
        (
            "The album sold 5 million copies in the United States.",
            "The album sold 2 million copies in the United States.",
            C,
        ),
    ],
)
def test_another_instance_or_part_is_no_conflict(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Article")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label", "rule"),
    [
        # The negation governs the signing, not the year: another year contradicts.
        (
            "The republic did not sign the Treaty of Lisbon of 1954.",
            "The republic did not sign the Treaty of Lisbon of 1951.",
            C,
            "FC101",
        ),
        (
            "Riots broke out without warning, and the city fell in March 2017.",
            "Riots broke out without warning, and the city fell in March 2014.",
            C,
            "FC101",
        ),
        # The negation governs the date itself: another date bears the claim out.
        ("Lena Hart was not born in 1950.", "Lena Hart was born in 1952 in Oslo.", S, "S106"),
        # "failed" as an adjective denies nothing.
        (
            "After the failed coup of August 1994 the president put Ivanov in charge.",
            "After the failed coup of August 1991 the president put Ivanov in charge.",
            C,
            "FC101",
        ),
        # A sentence that denies the same thing tells of the same refusal: its date counts.
        (
            "The council declined to accept his resignation on 31 July 2017.",
            "The council declined to accept his resignation on 31 July 2014.",
            C,
            "FC101",
        ),
        (
            "The council did not accept his resignation on 31 July 2017.",
            "The council accepted his resignation on 31 July 2014.",
            S,
            "S106",
        ),
    ],
)
def test_a_negation_elsewhere_in_the_claim_does_not_deny_its_date(
    claim: str, text: str, label: Label, rule: str
) -> None:
    page, given = both(claim, text, "Article")
    assert (page.label, page.rule) == (label, rule), page.reason
    assert (given.label, given.rule) == (label, rule), given.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # A claim's range states its ends: one inside the evidence's is not borne out.
        (
            "The war for independence lasted from 1920 to 1921.",
            "The war for independence lasted from 1917 to 1921.",
            C,
        ),
        (
            "Many were veterans of the struggle for independence of 1920–1921.",
            "Many were veterans of the struggle for independence of 1917–1921.",
            C,
        ),
        (
            "The war for independence lasted from 1917 to 1921.",
            "The war for independence lasted from 1917 to 1921.",
            S,
        ),
        # ... nor by one date inside it.
        (
            "NATO led the mission from 2006 to 2014.",
            "NATO led the mission from 2003 to 2014 and enforced a no-fly zone in 2011.",
            C,
        ),
        (
            "From 2002 to 2017 he was president of the institute.",
            "He became president of the institute in 2002.",
            N,
        ),
        (
            "From 2005 to 2017 she was president of the institute.",
            "From 2002 to 2017 she was president of the institute.",
            C,
        ),
        (
            "She was president of the institute from 2002 to 2017.",
            "From 2002 to 2017 she was president of the institute.",
            S,
        ),
        # A point in time inside a period is.
        (
            "She was president of the institute in 2010.",
            "From 2002 to 2017 she was president of the institute.",
            S,
        ),
    ],
)
def test_a_range_is_compared_by_its_ends(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Article")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # The place of a phrase is its last place, not its last name.
        (
            "Gorbachev arrived in Milwaukee for talks with Chancellor Helmut Kohl.",
            "On 12 June 1989 Gorbachev arrived in Bonn for talks with Chancellor Helmut Kohl.",
            C,
        ),
        # A negation elsewhere in the claim does not deny where the riots were.
        (
            "Japan received no indemnity, and the terms set off riots in Osaka.",
            "Japan received no indemnity, and the terms set off riots in Tokyo.",
            C,
        ),
        # One it governs does not: "not in Osaka" is never contradicted by "in Tokyo".
        ("The riots did not break out in Osaka.", "The riots broke out in Tokyo.", N),
    ],
)
def test_a_place_is_read_where_the_claim_puts_it(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Article")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # Signing and ratifying are different days, whatever a thesaurus groups together.
        ("The congress ratified the Treaty of Vilna on 15 March 1921.", N),
        ("The Treaty of Vilna was ratified on 15 March 1921.", N),
        ("The Treaty of Vilna was signed on 5 March 1921.", C),
    ],
)
def test_signing_and_ratifying_are_different_events(claim: str, label: Label) -> None:
    text = "The Treaty of Vilna was the peace treaty signed on 3 March 1921 by the two states."
    page, given = both(claim, text, "Treaty of Vilna")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # The negation governs another deed than the claim's ("never practised law").
        (
            "He earned a law degree from the university in 2000.",
            "He earned a law degree from the university in 2000, but never practised law.",
            N,
        ),
        (
            "Leaders agreed in 2008 that Georgia would eventually join the alliance.",
            "Georgia is not a member of the alliance, but leaders agreed in 2008 that it "
            "would eventually join.",
            N,
        ),
        # It governs the claim's own deed, or what the subject is: a conflict.
        (
            "Lena Hart appeared on the cover of a magazine.",
            "Lena Hart has never appeared on the cover of a magazine.",
            C,
        ),
        ("Neil Oakes is a musician.", "Neil Oakes is not a musician.", C),
    ],
)
def test_a_negation_must_govern_the_claim_s_deed(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Article")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # A given name in another language's or alphabet's form, beside the same family
        # name: no contradiction (nor, the name being spelt otherwise, support).
        (
            "Mikhail Saakashvili was born in Tbilisi.",
            "Mikheil Saakashvili was born in Tbilisi in 1967.",
            N,
        ),
        (
            "The novel is by Alexandre Dumas.",
            "The novel is by Alexander Dumas, completed in 1844.",
            N,
        ),
        # A family name spelt otherwise is still a misspelling ...
        (
            "Strobe Talbot was Deputy Secretary of State.",
            "Strobe Talbott was Deputy Secretary of State from 1994 to 2001.",
            C,
        ),
        # ... and so is the first word of a name that is no person's ("Boys").
        (
            "The Blackstret Boys released their debut album in 1996.",
            "The Backstreet Boys released their debut album in 1996.",
            C,
        ),
    ],
)
def test_a_given_name_in_another_form_is_no_misspelling(
    claim: str, text: str, label: Label
) -> None:
    page, given = both(claim, text, "Article")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # A state at a date against the date it began or ended: the state may have held
        # then ("was mayor in 2005" / "became mayor in 2003"), or not yet.
        ("Nora Hale was mayor of Tarn in 2005.", "Nora Hale became mayor of Tarn in 2003.", N),
        ("Nora Hale was mayor of Tarn in 2005.", "Nora Hale was elected mayor of Tarn in 2003.", N),
        (
            "Nora Hale was mayor of Tarn in 2005.",
            "Nora Hale took office as mayor of Tarn in 2003.",
            N,
        ),
        ("Nora Hale was mayor of Tarn in 2005.", "Nora Hale resigned as mayor of Tarn in 2008.", N),
        ("Nora Hale was mayor of Tarn in 2001.", "Nora Hale became mayor of Tarn in 2003.", C),
        ("Nora Hale was mayor of Tarn in 2009.", "Nora Hale resigned as mayor of Tarn in 2008.", C),
        # "Became" dates the start of the state, which a period gives by its first year.
        (
            "Nora Hale became mayor of Tarn in 2005.",
            "Nora Hale served as mayor of Tarn from 2003 to 2007.",
            C,
        ),
        (
            "Nora Hale became mayor of Tarn in 2003.",
            "Nora Hale served as mayor of Tarn from 2003 to 2007.",
            S,
        ),
        (
            "Nora Hale became mayor of Tarn in 2005.",
            "Nora Hale has been mayor of Tarn since 2003.",
            C,
        ),
        # "Premiered" is a deed, not a premier's office.
        (
            "Lisk premiered at the Tarn Film Festival in 2016.",
            "Filmed in Tarn beginning in 2015, Lisk premiered at the Tarn Film Festival on "
            "September 2, 2016.",
            S,
        ),
        # A span said with a verb of duration bounds the subject's start and end.
        ("The Lisk war began in 1913.", "The Lisk war lasted from 1915 to 1919.", C),
        ("The Lisk war began in 1915.", "The Lisk war lasted from 1915 to 1919.", S),
        (
            "Filming of Lisk finished in August 1996.",
            "Filming of Lisk took place from September 1994 to August 1995.",
            C,
        ),
        # ... but not the span of something else in the subject's clause.
        ("The Lisk war began in 1913.", "Nora Hale fought in the Lisk war from 1915 to 1919.", N),
    ],
)
def test_a_state_s_start_or_end_is_not_its_whole_span(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Article")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # An issue of a work, or a part of its run, that the claim does not name: its date
        # or figure is that issue's or part's.
        ("Blue Harbour was released in 1994.", "Blue Harbour was released on DVD in 2001.", N),
        (
            "Blue Harbour was released in 1994.",
            "A remastered edition of Blue Harbour was released in 2014.",
            N,
        ),
        ("The novel was published in 1850.", "The novel was published in French in 1852.", N),
        (
            "Blue Harbour grossed $100 million.",
            "Blue Harbour grossed $40 million in its opening weekend.",
            N,
        ),
        (
            "Blue Harbour sold 2 million copies.",
            "Blue Harbour sold 500,000 copies in its first week.",
            N,
        ),
        # The claim naming the issue or part compares with it.
        (
            "Blue Harbour was released on DVD in 2003.",
            "Blue Harbour was released on DVD in 2001.",
            C,
        ),
        (
            "The novel was published in French in 1850.",
            "The novel was published in French in 1852.",
            C,
        ),
        (
            "Blue Harbour grossed $60 million in its opening weekend.",
            "Blue Harbour grossed $40 million in its opening weekend.",
            C,
        ),
        # Only the value's own clause counts.
        (
            "Blue Harbour was released in 1994.",
            "Blue Harbour was released in 1995 and was later issued on DVD.",
            C,
        ),
        (
            "The album was released in 1994.",
            "The album was released in 1996, and a remastered version followed in 2009.",
            C,
        ),
        (
            "Nora Hale was born in 1950.",
            "Nora Hale was born in Tarn in 1952 and studied French in Lisk.",
            C,
        ),
    ],
)
def test_an_issue_or_a_part_the_claim_does_not_name_is_no_conflict(
    claim: str, text: str, label: Label
) -> None:
    page, given = both(claim, text, "Article")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # A relative after a describing word, a part of what the claim names, and a thing
        # named in the claim's place: someone or something else.
        ("Nora Hale was born in 1950.", "Her younger sister was born in 1953.", N),
        ("Nora Hale was born in 1950.", "Nora Hale's younger sister was born in 1953.", N),
        (
            "The Lisk church was built in the 12th century.",
            "The tower of the Lisk church was built in 1520.",
            N,
        ),
        (
            "The band released its debut album in 1994.",
            "The band's debut single was released in 1993.",
            N,
        ),
        # The claim speaking of the part, or the thing itself, still conflicts.
        (
            "The Lisk church's tower was built in 1500.",
            "The tower of the Lisk church was built in 1520.",
            C,
        ),
        ("The Lisk church was built in 1150.", "The Lisk church was built in 1180.", C),
        (
            "The band released its debut album in 1994.",
            "The band released its debut album in 1993.",
            C,
        ),
        # A span of the claim's own deed, whoever did it, still dates it.
        (
            "In 1942–1943 the Lisk Union formed the Tarn army.",
            "In 1942–1943 the Lisk League formed the Tarn army.",
            C,
        ),
    ],
)
def test_a_relative_a_part_or_another_thing_is_not_the_subject(
    claim: str, text: str, label: Label
) -> None:
    page, given = both(claim, text, "Article")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # A part of the claim's subject, a place or body its name only qualifies, a subset
        # of its count, or its figure as it was at a named time: no conflict.
        (
            "The Lisk river is 300 km long.",
            "The navigable part of the Lisk river is 120 km long.",
            N,
        ),
        (
            "The Lisk bridge is 1,200 metres long.",
            "The main span of the Lisk bridge is 400 metres long.",
            N,
        ),
        (
            "Tarn is home to 2 million people.",
            "The Tarn metropolitan area is home to 5 million people.",
            N,
        ),
        (
            "Nora Hale has won 12 Grammy Awards.",
            "Nora Hale has won 3 Grammy Awards for Best Album.",
            N,
        ),
        (
            "The Tarn stadium holds 40,000 people.",
            "The Tarn stadium held 25,000 people when it opened in 1950.",
            N,
        ),
        # The thing itself, or the same time, still conflicts.
        ("The Lisk river is 300 km long.", "The Lisk river is 120 km long.", C),
        ("Tarn is home to 2 million people.", "Tarn is home to 5 million people.", C),
        (
            "The Tarn company employs 3,000 people.",
            "The Tarn company employs 1,200 people.",
            C,
        ),
        (
            "The Tarn stadium holds 40,000 people.",
            "The Tarn stadium holds 25,000 people.",
            C,
        ),
        (
            "The Tarn stadium held 40,000 people in 1950.",
            "The Tarn stadium held 25,000 people when it opened in 1950.",
            C,
        ),
    ],
)
def test_a_part_a_larger_whole_a_subset_or_another_time_is_no_conflict(
    claim: str, text: str, label: Label
) -> None:
    page, given = both(claim, text, "Article")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # The verb the claim denies, in another form of the same verb.
        ("Nora Hale refused to model for Tarn.", "Nora Hale has modelled for Tarn and Lisk.", C),
        ("Nora Hale never won the Tarn Prize.", "Nora Hale won the Tarn Prize in 1990.", C),
        # A word derived from it is not the verb ("appearances").
        (
            "Nora Hale has yet to appear on television.",
            "Nora Hale makes regular radio appearances.",
            N,
        ),
    ],
)
def test_a_denied_verb_is_met_in_its_other_forms(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Article")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # A record's maker named before its noun, and a work's noun said as another of its
        # kind ("a single" for "a song").
        ("Blue Harbour is a Nora Hale song.", "Blue Harbour is a song by Paul Dunn.", C),
        (
            "Blue Harbour is on the 1990 Nora Hale album Red Sea.",
            "Blue Harbour is on Red Sea, an album by Paul Dunn.",
            C,
        ),
        (
            "Blue Harbour is a song by Nora Hale.",
            '"Blue Harbour" is a single by American singer Paul Dunn from her second album.',
            C,
        ),
        # Not another work, or a maker among several, or a name before a film's noun.
        (
            "Blue Harbour is a song by Paul Dunn.",
            "Blue Harbour is the lead single from Red Sea, an album by Nora Hale.",
            N,
        ),
        (
            "Blue Harbour is a song from the Paul Dunn film Red Sea.",
            "Blue Harbour is a song by Nora Hale from the film Red Sea.",
            N,
        ),
        (
            "Blue Harbour is a Paul Dunn song.",
            "Blue Harbour is a song written by Paul Dunn and recorded by Nora Hale.",
            S,
        ),
        ("Blue Harbour is a Marvel Comics film.", "Blue Harbour is a 1997 film by Paul Dunn.", N),
        ("Blue Harbour is a Star Wars film.", "Blue Harbour is a film by Paul Dunn.", N),
    ],
)
def test_a_record_s_maker_before_its_noun(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Article")
    assert (page.label, given.label) == (label, label), page.reason


def test_a_conjunction_that_is_no_pronoun_for_the_sentences_before() -> None:
    """ "commented that the album ..." says nothing of what the sentence before named: its
    words do not count as this sentence's."""
    text = (
        "Nora Hale gave a concert in Lisk in 1990. "
        "She later said that the concert in her home town of Tarn was her best."
    )
    claim = "Nora Hale's home town is Lisk."
    assert verify(claim, {"Nora Hale": text}).label is N


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # A thing of a name, which the sentence does not say, is not borne out by the
        # owner and the value said of something else.
        ("Nora Hale's home town is Lisk.", "Nora Hale gave a concert in Lisk in 1990.", N),
        ("Nora Hale's home town is Lisk.", "Nora Hale's home town is Lisk, in Tarn.", S),
        # A sentence that names its own things takes none from the article's lead.
        (
            "Nora Hale's home town is Lisk.",
            "Nora Hale gave a concert in Lisk in 1990. She said that the concert in her home "
            "town of Tarn was her best.",
            N,
        ),
    ],
)
def test_what_the_sentence_says_is_its_own(claim: str, text: str, label: Label) -> None:
    assert verify(claim, {"Nora Hale": text}).label is label


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # A verb whose object is "no ..." is denied.
        ("Nora Hale received an indemnity.", "Nora Hale received no indemnity.", C),
        ("Nora Hale won a medal at Tarn.", "Nora Hale won no medal at Tarn.", C),
        # A deed denied at a date says nothing of when it was done.
        ("Nora Hale signed the treaty in 1990.", "Nora Hale did not sign the treaty in 1985.", N),
        ("Nora Hale received an indemnity in 1990.", "Nora Hale received no indemnity in 1985.", N),
        ("Nora Hale signed the treaty in 1985.", "Nora Hale signed the treaty in 1990.", C),
        # A title before another's name is no deed of the claim's subject.
        (
            "Nora Hale resigned as president on 25 December 1991.",
            "Nora Hale met US President Paul Dunn at Lisk in November 1985.",
            N,
        ),
    ],
)
def test_denials_and_titles_of_others(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Article")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # A place of a part of the work, or a place of another time, is no other place.
        ("The film was shot in Canada.", "Some scenes of the film were shot in Morocco.", N),
        ("Nora Hale lives in Paris.", "Nora Hale lived in Berlin from 1990 to 1995.", N),
        ("The film was shot in Canada.", "The film was shot in Morocco.", C),
        ("Nora Hale lives in Paris.", "Nora Hale lives in Berlin.", C),
        ("Nora Hale lived in Paris in 1990.", "Nora Hale lived in Berlin from 1990 to 1995.", C),
    ],
)
def test_a_part_s_place_or_a_past_place_is_no_other_place(
    claim: str, text: str, label: Label
) -> None:
    page, given = both(claim, text, "Article")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # A subject the claim does not read as a name still ties a figure to itself.
        ("Theogony has less than 100 lines.", "Theogony has 1022 lines.", C),
        ("Tarn has 5 bridges.", "Tarn has 7 bridges.", C),
        ("Tarn has 5 bridges.", "Lisk has 7 bridges.", N),
        # ... but not to a part or a thing of it, or to an earlier time.
        ("Tarn has 5 bridges.", "The old town of Tarn has 7 bridges.", N),
        ("Tarn has 5 bridges.", "Tarn's old town has 7 bridges.", N),
        ("The album has 12 songs.", "The album's second side has 6 songs.", N),
        ("Tarn has 5 bridges.", "Tarn had 7 bridges before the war.", N),
        ("The band had five members.", "At first the band had two members.", N),
        (
            "The Lisk company has 300 employees.",
            "The Lisk company's Tarn branch has 120 employees.",
            N,
        ),
        ("Tarn has 5 bridges.", "The city of Tarn has 7 bridges.", C),
    ],
)
def test_a_figure_of_the_subject_not_of_its_part(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Article")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # "He" or "she" right after a sentence about another person may be that person.
        (
            "Nora Hale was born in 1950.",
            "Nora Hale is a Tarn novelist. Her sister Ann lives in Lisk. She was born in 1953.",
            N,
        ),
        (
            "Nora Hale was born in 1950.",
            "Nora Hale is a Tarn novelist. Paul Dunn directed her film. He was born in 1953.",
            N,
        ),
        (
            "Nora Hale was born in 1950.",
            "Nora Hale is a Tarn novelist. Her brother Tom lives in Lisk. She was born in 1953.",
            C,
        ),  # "she" is not the brother
        ("Nora Hale was born in 1950.", "Nora Hale is a Tarn novelist. She was born in 1953.", C),
        # A pronoun subject ties a count to the claim's subject.
        ("Nora Hale has three children.", "Nora Hale is a Tarn novelist. She has two children.", C),
        # "Harvest" opening the claim is also a common word: "It" after a sentence saying it
        # stands for it all the same; not after a sentence about something else.
        ("Harvest has fewer than 100 lines.", "Harvest is a poem. It contains 1022 lines.", C),
        (
            "Harvest has fewer than 100 lines.",
            "Though read as a guide to Tarn myths, the Harvest is more. It contains 1022 lines.",
            C,
        ),
        ("Harvest has fewer than 100 lines.", "Nora Hale wrote poems. It contains 1022 lines.", N),
        # A place named only as a describing word, or after the claim's verb another place.
        ("Nora Hale was born in Tarn.", "Nora Hale is a Tarn novelist.", N),
        (
            "Nora Hale was born in Tarn.",
            "Nora Hale was born in Lisk and studied law at the University of Tarn.",
            N,
        ),
        ("Nora Hale was born in Tarn.", "Nora Hale was born in Kensington, Tarn.", S),
        (
            "Lisk Panza is a character in Don Quixote.",
            "Lisk Panza is a fictional character in the novel Don Quixote.",
            S,
        ),
        # The sentence's own word in a name's place outweighs the sentences around.
        (
            "Blue Harbour premiered at the Lisk Film Festival.",
            "Blue Harbour stars Anna Lisk. It premiered at the Tarn Film Festival on 12 May 1984.",
            N,
        ),
    ],
)
def test_whom_a_sentence_speaks_of(claim: str, text: str, label: Label) -> None:
    assert verify(claim, {"Article": text}).label is label


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # A participle opening the sentence governs the date in its phrase.
        (
            "Tarn FC was founded in 1902.",
            "Founded in 1898, the club plays its home games at the Lisk Road stadium.",
            C,
        ),
        # A thing owned by a common noun ("the women's team") is not the claim's subject.
        (
            "Tarn FC was founded in 1902.",
            "Tarn FC plays in Lisk. The women's team, founded in 1989, won the league in 2019.",
            N,
        ),
        # "Set" alone is no founding ("set up" may be).
        (
            "Tarn FC was founded in 1902.",
            "Tarn FC plays in Lisk. Its record attendance of 48,000 was set in 1951.",
            N,
        ),
    ],
)
def test_which_deed_a_date_is_of(claim: str, text: str, label: Label) -> None:
    assert verify(claim, {"Tarn FC": text}).label is label


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # A round figure of one significant digit may have been rounded from the sentence's.
        ("The album sold 2 million copies.", "The album sold 2.4 million copies.", N),
        ("The album sold a million copies.", "The album sold 1.2 million copies.", N),
        ("Tarn has 5,000 inhabitants.", "Tarn has 5,400 inhabitants.", N),
        ("The album sold 2 million copies.", "The album sold 3 million copies.", C),
        ("The album sold a million copies.", "The album sold 1.6 million copies.", C),
        ("The album sold 2.5 million copies.", "The album sold 2.8 million copies.", C),
        ("The show ran for 300 performances.", "The show ran for 320 performances.", C),
        # A figure followed by "and" and a verb counts alone ("two days and ended").
        ("The battle lasted five days.", "The battle lasted two days and ended in a rout.", C),
        ("The war killed 50,000 soldiers.", "The war killed 130,000 soldiers and civilians.", N),
    ],
)
def test_round_figures_and_what_a_figure_counts(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Article")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # One clause of a ";" sentence must hold both the subject and the predicate.
        (
            "The Norland army was led by Paul Dunn.",
            "The Tarn army was led by General Paul Dunn; the Norland army numbered 25,000.",
            N,
        ),
        (
            "The Tarn army was led by Paul Dunn.",
            "The Tarn army was led by General Paul Dunn; the Norland army numbered 25,000.",
            S,
        ),
        # A semicolon inside brackets joins no clauses.
        (
            "Lisk Panza is a character in Don Quixote.",
            "Lisk Panza ([ˈlisk]; born in Tarn) is a character in the novel Don Quixote.",
            S,
        ),
    ],
)
def test_one_clause_says_it(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Article")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # A nationality within another, or said inside a hyphenated word, is no other.
        ("Nora Hale is an English actress.", "Nora Hale is a British actress.", N),
        ("Nora Hale is a British actress.", "Nora Hale is an English actress.", N),
        ("Nora Hale is a Canadian actress.", "Nora Hale is a Canadian-born American actress.", N),
        ("Nora Hale is an Irish writer.", "Nora Hale is an Irish-born British writer.", N),
        ("Tarn is a city.", "Tarn is a city-state.", N),
        # Nationalities side by side still exclude each other.
        ("Nora Hale is an American actress.", "Nora Hale is a Canadian actress.", C),
        ("Nora Hale is an English actress.", "Nora Hale is an American actress.", C),
        ("Nora Hale is a German actress.", "Nora Hale is an Austrian actress.", C),
    ],
)
def test_nationalities_within_others(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Article")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # An approximate round year and one near it: the nearest round figure.
        ("The Lisk temple was built around 500 BC.", "The Lisk temple was built c. 480 BC.", N),
        ("The Lisk temple was built around 1950.", "The Lisk temple was built c. 1958.", N),
        ("The Lisk temple was built around 1900.", "The Lisk temple was built in 1935.", C),
        ("The Lisk temple was built in 1900.", "The Lisk temple was built in 1910.", C),
    ],
)
def test_an_approximate_round_year(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Article")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # A later time the deed was done, or a narrower thing, dates another deed.
        (
            "Nora Hale won the Tarn Prize in 1990.",
            "Nora Hale won the Tarn Prize for the second time in 1995.",
            N,
        ),
        (
            "Nora Hale won the Tarn Prize in 1990.",
            "In 1995 Nora Hale won the Tarn Prize for a third time.",
            N,
        ),
        (
            "Nora Hale won the Tarn Prize in 1990.",
            "Nora Hale won the Tarn Prize for the first time in 1995.",
            C,
        ),
        (
            "Nora Hale played her last game in 2005.",
            "Nora Hale played her last international game in 2003.",
            N,
        ),
        ("Nora Hale played her last game in 2005.", "Nora Hale played her last game in 2003.", C),
        (
            "Nora Hale released her first album in 1990.",
            "Nora Hale released her first studio album in 1991.",
            C,
        ),
    ],
)
def test_another_time_or_a_narrower_thing(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Article")
    assert (page.label, given.label) == (label, label), page.reason


def test_a_birth_date_does_not_outweigh_the_deed_s_own_date() -> None:
    """A sentence that dates the claim's deed as the claim does is not contradicted by a
    birth date it also gives (whatever their order)."""
    text = "Nora Hale (born 1995) won the Tarn Prize in 1990."
    page, given = both("Nora Hale won the Tarn Prize in 1990.", text)
    assert (page.label, given.label) == (S, S), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # An attribute a copular claim gives a value is said by the sentence's predicate.
        ("Nora Hale's nationality is Tarnish.", "Nora Hale is a Tarnish novelist.", S),
        # A thing of the subject, or a deed of an attribute, must be said.
        ("Nora Hale's home town is Lisk.", "Nora Hale gave a concert in Lisk in 1990.", N),
        (
            "Nora Hale's presidency followed Paul Dunn's.",
            "Nora Hale followed the orders laid down by Paul Dunn.",
            N,
        ),
    ],
)
def test_a_possessive_subject_s_thing_or_attribute(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Article")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # A person noun says what its person does, by its WordNet definition.
        ("Nora Hale plays drums.", "Nora Hale is the drummer of the Tarn Quartet.", S),
        ("Nora Hale writes screenplays.", "Nora Hale is a Tarnish screenwriter.", S),
        # ... and no more: another instrument, another kind of writing.
        ("Nora Hale plays the piano.", "Nora Hale is a guitarist.", N),
        ("Nora Hale writes novels.", "Nora Hale is a screenwriter.", N),
        # One word of a definition alone is too loose.
        ("Nora Hale plays.", "Nora Hale is a drummer.", N),
        # Only nouns for one who does something: "territorial" (as a noun, a soldier of a
        # territorial army) says nothing military of an "integrity".
        (
            "Tarn took control of Lisk by military force.",
            "Tarn fled, while the Lisk Tatars rallied for Lisk's territorial integrity.",
            N,
        ),
    ],
)
def test_a_person_noun_says_what_its_person_does(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Article")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # Another word for the same kind, with the claim's words before it; the claim's own
        # word met only in a name ("Lisk Network") is not where the kind is said.
        (
            "Tarn Radio is a radio network.",
            "Tarn Radio (formerly Lisk Network) is a radio station in Tarn.",
            S,
        ),
        (
            "Tarn Radio is a television network.",
            "Tarn Radio (formerly Lisk Network) is a radio station in Tarn.",
            N,
        ),
        ("Tarn FC is a football club.", "Tarn FC (once Lisk Rugby Club) is a football team.", S),
        ("Tarn FC is a rugby club.", "Tarn FC (once Lisk Rugby Club) is a football team.", N),
    ],
)
def test_one_kind_in_other_words(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Article")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # A compound's differing part is another word, not a slip: another war, no misspelling.
        (
            "The First Sino-Tarnish War began in 1894.",
            "The First Russo-Tarnish War began in 1894.",
            N,
        ),
        # A slip in one part is still one.
        (
            "The First Russo-Tarnish War began in 1894.",
            "The First Ruso-Tarnish War began in 1894.",
            C,
        ),
    ],
)
def test_a_compound_name_with_another_part(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Article")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # The sentence dates one counted instance ("their first joint exercise") of a thing
        # the claim does not count: one of several, not the claim's.
        (
            "Tarn and Lisk held a joint exercise in 2016.",
            "Tarn and Lisk held their first joint exercise in 2001.",
            N,
        ),
        (
            "Tarn and Lisk held joint exercises in 2016 and 2019.",
            "Tarn opened a mission to Lisk in 1998 and hosted its first joint exercise in 2001.",
            N,
        ),
        # The claim counts it too (an ordinal anywhere, "first" as an adverb): a conflict.
        (
            "Tarn and Lisk held their first joint exercise in 2016.",
            "Tarn and Lisk held their first joint exercise in 2001.",
            C,
        ),
        (
            "Tarn and Lisk first held a joint exercise in 2016.",
            "Tarn and Lisk held their first joint exercise in 2001.",
            C,
        ),
    ],
)
def test_a_counted_instance_is_one_of_several(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Article")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # A claim that denies what its subject is meets only what the sentence says its
        # subject is (by its copula, or what it became), not a word of another phrase.
        ("Nora Hale is not a musician.", "Nora Hale married a Tarnish musician in 1990.", N),
        ("Nora Hale is not a writer.", "Nora Hale met the writer Paul Dunn in Lisk.", N),
        (
            "Nora Hale was not a writer.",
            "Nora Hale is a Tarnish lawyer who worked with a writer.",
            N,
        ),
        ("Nora Hale is not a musician.", "Nora Hale, the daughter of a drummer, is a lawyer.", N),
        (
            "Nora Hale is not a writer.",
            "Nora Hale (born 1950) is an actress, singer and writer.",
            C,
        ),
        (
            "Nora Hale was not a folk hero.",
            "Nora Hale was a Tarnish rebel whose two raids made her a folk hero.",
            C,
        ),
        # A kind of the denied word that means nothing else ("playwright": a writer).
        ("Nora Hale is not a writer.", "Nora Hale is a Tarnish playwright.", C),
        ("Nora Hale is not a musician.", "Nora Hale is a Tarnish drummer.", C),
        # ... but not a word with other senses ("player": a football player is no musician).
        ("Nora Hale is not a musician.", "Nora Hale is a Tarnish football player.", N),
    ],
)
def test_what_a_denial_of_a_kind_meets(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Article")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # A clause hung by a comma on another name dates that one ("Paul Dunn, who was
        # born in 1948"); a value after the clause closes is the main verb's ("in 1950").
        ("Nora Hale was born in 1950.", "Nora Hale married Paul Dunn, who was born in 1948.", N),
        (
            "Tarn FC was founded in 1901.",
            "Tarn FC merged with Lisk FC, founded in 1895, in 1950.",
            N,
        ),
        # Hung on the claim's own name, it is the claim's.
        ("Nora Hale was born in 1950.", "Nora Hale, who was born in 1948, married Paul Dunn.", C),
        (
            "Tarn FC was founded in 1901.",
            "Tarn FC, founded in 1895, merged with Lisk FC in 1950.",
            C,
        ),
        # After "by", the clause is the work's, not its author's.
        (
            "Blue Harbour was published in 1852.",
            "Blue Harbour is a novel by Tarnish author Nora Hale, published in 1850.",
            C,
        ),
    ],
)
def test_a_clause_hung_on_another_name(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Article")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # "one of five children" counts a group the subject is one of, not what she has.
        ("Nora Hale has two children.", "Nora Hale was one of five children.", N),
        ("Tarn FC has 500 members.", "Tarn FC is one of the 30 clubs in Lisk.", N),
        # The claim counts the same group: a conflict.
        ("Nora Hale was one of two children.", "Nora Hale was one of five children.", C),
    ],
)
def test_a_group_the_subject_is_one_of(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Article")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # The claim's verb said of another: with another place after it ("whose husband was
        # born in Lisk"), or in the passive with another agent ("directed by Paul Dunn").
        (
            "Nora Hale was born in Tarn.",
            "Nora Hale, whose husband was born in Lisk, lives in Tarn.",
            N,
        ),
        ("Nora Hale was born in Tarn.", "Nora Hale was born in Kensington, Tarn.", S),
        (
            "Nora Hale directed Blue Harbour.",
            "Nora Hale starred in Blue Harbour, which was directed by Paul Dunn.",
            N,
        ),
        (
            "Nora Hale wrote Blue Harbour.",
            "Nora Hale starred in Blue Harbour, which was written by Paul Dunn.",
            N,
        ),
        (
            "Nora Hale wrote Blue Harbour.",
            "Blue Harbour, starring Paul Dunn, was written by Hale.",
            S,
        ),
        # A noun is no deed: "a painting by" another says who painted it, not what it is.
        ("Blue Harbour is a painting.", "Blue Harbour is a 1973 painting by Paul Dunn.", S),
    ],
)
def test_the_claim_s_deed_done_by_another(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Article")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # A relative clause on a short phrase of another thing dates that thing.
        (
            "The Tarn Bridge opened in 1950.",
            "The Tarn Bridge replaced a ferry that opened in 1850.",
            N,
        ),
        ("Nora Hale was born in 1950.", "Nora Hale married a man who was born in 1948.", N),
        # ... but after a longer phrase it may hang on the claim's own noun.
        (
            "The march began in 1934.",
            "The best known is the march from Lisk province which began in 1930.",
            C,
        ),
        # "north of Lisk" is of Lisk: another direction of another place is no conflict.
        ("Tarn is north of Lisk.", "Tarn is south of Kell and north of Lisk.", S),
        ("Tarn is north of Lisk.", "Tarn lies south of Lisk.", C),
    ],
)
def test_whose_deed_and_which_place(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Article")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # A word of the hand lexicon's group of elections says "won" only when it is not
        # the claim's own "election": "lost the election" does not say she won it (it says
        # the opposite: test_an_irregular_verb_s_opposite).
        ("Nora Hale won the election.", "Nora Hale lost the election to Paul Dunn.", C),
        ("Nora Hale won the election.", "Nora Hale was elected in a landslide.", S),
    ],
)
def test_a_group_word_that_is_another_claim_word(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Article")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # "The sequel to Blue Harbour" is another work, "the successor to the Tarn Pact"
        # another treaty: their makers and dates are not the claim's.
        (
            "Blue Harbour was directed by Nora Hale.",
            "The sequel to Blue Harbour was directed by Paul Dunn.",
            N,
        ),
        (
            "The Tarn Pact was signed in 1950.",
            "The successor to the Tarn Pact was signed in 1960.",
            N,
        ),
        # A clause after ";" that speaks of something else ("the remake") holds its own
        # facts; one that opens with a pronoun for the subject still speaks of it.
        (
            "Blue Harbour was directed by Nora Hale.",
            "Blue Harbour was remade in 2005; the remake was directed by Paul Dunn.",
            N,
        ),
        (
            "Blue Harbour was directed by Nora Hale.",
            "Blue Harbour was released in 1990; it was directed by Paul Dunn.",
            C,
        ),
    ],
)
def test_another_work_named_after_the_subject(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Article")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # "against" where the claim ties its subject to the thing by "for" or "of".
        ("Nora Hale campaigned for the treaty.", "Nora Hale campaigned against the treaty.", N),
        ("Nora Hale was part of the arms industry.", "Nora Hale was against the arms industry.", N),
        ("Nora Hale played for Tarn United.", "Nora Hale played against Tarn United in 1990.", N),
        # A claim of its own opposition is borne out, "against" or not.
        (
            "Nora Hale was opposed to the Tarn war.",
            "Nora Hale was opposed to the Tarn war and often spoke against the Tarn war.",
            S,
        ),
        # A contest verb takes its object with or without "against".
        ("Nora Hale fought the British.", "Nora Hale fought against the British in 1790.", S),
        (
            "Nora Hale played for Tarn United.",
            "Nora Hale played for Tarn United against Lisk in 1990.",
            S,
        ),
        # "turned down" denies as "refused" does; a passive "turned down" is no denial.
        (
            "Nora Hale works under Tarn Records.",
            "Nora Hale is a singer who turned down an offer to work under Tarn Records.",
            C,
        ),
        (
            "Nora Hale received an offer from Tarn Records.",
            "Nora Hale turned down an offer from Tarn Records in 1990.",
            N,
        ),
        ("The council turned down the plan.", "The council turned down the plan in 1990.", S),
        ("The lights were turned down.", "The lights were turned down in 1990.", S),
        # One rank in the place of another is not the claim said but for a word.
        (
            "Nora Hale was ranked the greatest female star of Tarn cinema.",
            "In 1999, the Tarn Film Institute ranked Hale as the worst female star of Tarn cinema.",
            N,
        ),
        (
            "Nora Hale was ranked the greatest female star of Tarn cinema.",
            "In 1999, the Tarn Film Institute ranked Hale as the greatest female star of Tarn "
            "cinema.",
            S,
        ),
        # Another describing word may be the same thing in other words.
        (
            "Tarn gin derives its main flavour from juniper berries.",
            "Tarn gin is a spirit which derives its predominant flavour from juniper berries.",
            S,
        ),
    ],
)
def test_against_a_denial_and_another_rank(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Article")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("word", "is_one"),
    [
        ("largest", True),
        ("greatest", True),  # WordNet lists it as an adjective of its own
        ("biggest", True),
        ("earliest", True),
        ("best", True),
        ("modest", False),
        ("honest", False),
        ("forest", False),
        ("interest", False),
    ],
)
def test_which_words_are_superlatives(word: str, is_one: bool) -> None:
    assert superlative(word) is is_one


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # A nationality said of another thing does not give it to the subject ...
        ("Nora Hale was English.", "She was however defeated by superior English forces.", N),
        ("Nora Hale was English.", "Incensed, she attacked the English king with her fleet.", N),
        ("Nora Hale was English.", "Nora Hale swam the English Channel in 1950.", N),
        (
            "Nora Hale is American.",
            "Nora Hale is a singer who has lived in Tarn, an American city, since 1990.",
            N,
        ),
        # ... but after a copula, in an apposition or before the name it is the subject's.
        ("Nora Hale was English.", "Nora Hale was a leading English poet.", S),
        ("Nora Hale was English.", "Nora Hale was an Irish-born English poet.", S),
        ("Nora Hale was English.", "Nora Hale, an English poet, was born in 1950.", S),
        ("Nora Hale was English.", "The English poet Nora Hale was born in 1950.", S),
        ("Nora Hale was English.", "Nora Hale (1900–1950) was an English poet.", S),
    ],
)
def test_a_nationality_said_of_another_thing(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Article")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # A count joined to the subject's own noun is its size, with nothing else to say.
        ("Tarn Band is a nine-member band.", "Tarn Band is a seven-member band.", C),
        # A participle phrase after the noun ("formed in Lisk") is the band's, not a part
        # the figure counts.
        ("Tarn Band is a nine-member band.", "Tarn Band is a seven-member band formed in Lisk.", C),
        ("Tarn has a population of 5,000.", "Tarn has a population of 7,000 in Lisk County.", N),
        # A rank whose owner the sentence gives after the noun ("the fifth novel by ...").
        (
            "Blue Harbour is Nora Hale's 6th novel.",
            "Blue Harbour is the fifth novel by Nora Hale.",
            C,
        ),
        (
            "Blue Harbour is Nora Hale's sixth novel.",
            "Blue Harbour is the fifth novel of Nora Hale.",
            C,
        ),
        (
            "Blue Harbour is Nora Hale's sixth novel.",
            "Blue Harbour is the fifth novel by Paul Dunn.",
            N,
        ),
        (
            "Blue Harbour is Nora Hale's 5th novel.",
            "Blue Harbour is the fifth novel by Nora Hale.",
            S,
        ),
    ],
)
def test_a_size_and_a_rank_said_otherwise(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Article")
    assert (page.label, given.label) == (label, label), page.reason


def test_a_sum_of_money_is_not_a_size() -> None:
    # Seen in the self-consistency check: two sums are not sized like "nine-member".
    verdict = verify(
        "Blue Harbour earned $172 million at the box office.",
        {"Nora Hale": "It listed her earnings as $19.5 million in 2018."},
    )
    assert verdict.label == N


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # A date after a decision to do something dates the decision or the plan, not
        # the deed: plans change.
        (
            "A referendum on the status of Tarn was held in 2014.",
            "On February 27, 2014, the council of Tarn voted to hold a poll on wider "
            "autonomy on May 25.",
            N,
        ),
        ("The Tarn Bridge opened in 1990.", "The Tarn Bridge was scheduled to open in 1988.", N),
        ("The Tarn Bridge opened in 1990.", "The Tarn Bridge opened in 1988.", C),
        # ... unless the claim too tells of the decision.
        (
            "The council agreed to hold a poll in 2014.",
            "The council agreed to hold a poll in 2015.",
            C,
        ),
        # An event organised on a date was held then.
        (
            "A referendum on Tarn was held in 2014.",
            "The 2014 Tarn referendum was a disputed vote, organised on March 16, 2014, by "
            "the council of Tarn.",
            S,
        ),
        # "Earlier votes" are other than the one the sentence dates.
        (
            "Tarn had held earlier votes on its autonomy in 1991.",
            "The 2014 Tarn referendum was a disputed vote, organised on March 16, 2014, by "
            "the council of Tarn.",
            N,
        ),
        (
            "Later councils of Tarn were elected in 1998.",
            "Later councils of Tarn were elected in 1995.",
            C,
        ),
    ],
)
def test_a_plan_an_organised_event_and_other_instances(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Article")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # A figure in brackets after another converts it; its clause is the one before
        # ("Lisk received ..."), not the sentence's ("cost Tarn ...").
        (
            "Tarn received 7,908 square miles (20,480 km2) and Lisk received 4,119 square "
            "miles (10,670 km2).",
            "Refusing to accept his decision would ultimately cost Tarn 900 square miles "
            "(2,300 km2) of territory.",
            N,
        ),
        ("Tarn received 4,119 square miles (10,670 km2).", "Tarn received 900 square miles.", C),
        # A name given in another language is spelt as that language spells it.
        (
            "The Treaty of Tarnesillas (Portuguese: Tratado de Tarnesilhas",
            "The Treaty of Tarnesillas (Spanish: Tratado de Tarnesillas) was signed at "
            "Tarnesillas on June 7, 1494.",
            N,
        ),
    ],
)
def test_a_converted_figure_and_a_name_in_another_language(
    claim: str, text: str, label: Label
) -> None:
    page, given = both(claim, text, "Kell War")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # "The ceasefire of September 2014" says which ceasefire; the sentence dates
        # another one ("from 15 February") and says nothing of its collapse.
        (
            "The ceasefire of September 2014 had by then collapsed completely.",
            "The first protocol provided for an immediate ceasefire but did not end the "
            "fighting. By January 2015 it had broken down. A second package was signed on 12 "
            "February 2015. It set a ceasefire from 15 February, the pull-back of heavy "
            "weapons from the front, an exchange of prisoners, and constitutional reform.",
            N,
        ),
        # The same phrase with another date is the same instance misdated.
        (
            "At the Tarn summit of 21–22 November 2005 the council invited seven of them.",
            "At the Tarn summit of 21–22 November 2002 the council invited seven of them.",
            C,
        ),
    ],
)
def test_a_date_that_names_an_instance(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Lisk agreements")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # The claim's kind named only of another thing: after a preposition or a possessive.
        (
            "Blue Harbour is a film.",
            "Blue Harbour, a novel by Nora Hale, was adapted into a film.",
            N,
        ),
        ("Tarn is a city.", "Tarn is a river that flows through the city of Lisk.", N),
        (
            "Tarn is the capital of Lisk.",
            "Tarn is the largest city of Lisk; its capital is Kell.",
            N,
        ),
        # Said of the subject, or a word on another noun ("singing competition"), it is not.
        ("Tarn is a city.", "Tarn, a city in Lisk, lies on a river.", S),
        ("Tarn is a city.", "Tarn is a port city on the coast.", S),
        ("Tarn is a river.", "Tarn is a river that flows through the city of Lisk.", S),
        ("Nora Hale is a singer.", "Nora Hale (born 1950) is an American singer and actress.", S),
        # A state the sentence ends ("until 1900") is not how things are now ...
        ("Tarn is the capital of Lisk.", "Tarn was the capital of Lisk until 1900.", N),
        ("Nora Hale is a member of the Tarn party.", "Nora Hale was a member of it until 2001.", N),
        ("Tarn is the capital of Lisk.", "Tarn has been the capital of Lisk since 1900.", S),
        # ... but a life told in the past to its end is told as lives are.
        (
            "Nora Hale is an American singer.",
            "Nora Hale was an American singer who performed until her death in 1990.",
            S,
        ),
    ],
)
def test_a_kind_of_another_thing_and_a_state_that_ended(
    claim: str, text: str, label: Label
) -> None:
    page, given = both(claim, text, "Article")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # An irregular form meets its verb's opposite ("lost" is "lose", the opposite of
        # "win"), even where a group word ("election") seemed to say "won".
        ("Nora Hale won the election.", "Nora Hale lost the election to Paul Dunn.", C),
        ("Nora Hale won the election in 1990.", "Nora Hale lost the election in 1990.", C),
        # A dated deed is opposed only at its date.
        ("Nora Hale won the election in 1990.", "Nora Hale lost the election in 1994.", N),
        ("The Tarn Band was formed in 2004.", "The Tarn Band was disbanded in 2009.", N),
        ("Nora Hale won the election.", "Nora Hale won the election and lost the next one.", S),
    ],
)
def test_an_irregular_verb_s_opposite(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Article")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # An abbreviated unit says the unit ("500 m" is "500 metres").
        ("The Tarn Bridge is 500 metres long.", "The Tarn Bridge is 500 m long.", S),
        ("The Tarn Bridge is 500 metres long.", "The Tarn Bridge is 400 m long.", C),
        ("The Tarn Tower is 984 feet tall.", "The Tarn Tower is 300 m (984 ft) tall.", S),
        # "Until 1998" dates the end of a period "from 1990 to 1998".
        (
            "Nora Hale served as mayor of Kell until 1998.",
            "Nora Hale served as mayor of Kell from 1990 to 1998.",
            S,
        ),
        (
            "Nora Hale served as mayor of Kell until 1998.",
            "Nora Hale served as mayor of Kell from 1990 to 2001.",
            C,
        ),
        (
            "Nora Hale served as mayor of Kell until 1998.",
            "Nora Hale served as mayor of Kell from 1990 to 1994 and from 1996 to 1998.",
            S,
        ),
    ],
)
def test_abbreviated_units_and_the_end_of_a_period(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Article")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # A clause after ";" that opens with a pronoun speaks of the subject named before.
        (
            "The Tarn Bridge opened in 1950.",
            "Work on the Tarn Bridge began in 1946; it opened to traffic in 1950.",
            S,
        ),
        # Without the pronoun, another clause's subject is its own.
        (
            "The Tarn army was led by Paul Dunn.",
            "The Tarn army was led by Nora Hale; the Lisk army was led by Paul Dunn.",
            N,
        ),
    ],
)
def test_a_pronoun_after_a_semicolon(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Article")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("moving", "move"),
        ("moved", "move"),
        ("voting", "vot"),
        ("voted", "vot"),
        ("dating", "date"),
        ("dated", "date"),
        ("string", "string"),  # no verb's "-ing"
        ("spring", "spring"),
    ],
)
def test_short_verbs_in_ing_meet_their_other_forms(word: str, expected: str) -> None:
    assert stem(word) == expected


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        (
            "Nora Hale moved to Tarn in 1975.",
            "Hale worked in Lisk before moving to Tarn in 1975.",
            S,
        ),
        # Opposites the claim itself says ("joined", "left") mark no other instance.
        (
            "Tarn joined in 1998, left in 1996 and came back in 2008.",
            "Tarn joined in 1995, left in 1996 and came back in 2008.",
            C,
        ),
    ],
)
def test_a_gerund_and_the_claim_s_own_opposites(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Partnership")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # "A population of ..." counts the population, on both sides.
        (
            "Tarn has a population of about 50,000.",
            "At the 2011 census Tarn had a population of 48,732.",
            S,
        ),
        ("The match drew a crowd of 40,000.", "The match drew a crowd of 25,000.", C),
        # A count of a changing body told in the past may have changed since, dated or not;
        # a count of children has not.
        ("Tarn has a population of 50,000.", "Tarn had a population of 38,732.", N),
        ("Nora Hale has five children.", "Nora Hale had three children.", C),
        ("Tarn has a population of 50,000.", "Tarn has an area of 38,732 hectares.", N),
    ],
)
def test_what_a_figure_of_counts_and_a_past_figure(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Tarn")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # The claim's verb tied to another name in the sentence.
        (
            "Nora Hale taught at the University of Tarn.",
            "Nora Hale studied law at the University of Tarn and later taught at the "
            "University of Lisk.",
            N,
        ),
        (
            "Nora Hale studied at the University of Tarn.",
            "Nora Hale studied law at the University of Tarn and later taught at the "
            "University of Lisk.",
            S,
        ),
        (
            "Nora Hale taught at Tarn College.",
            "Nora Hale taught at Lisk College and at Tarn College.",
            S,
        ),
        ("Nora Hale played for Tarn United.", "Nora Hale played for Lisk City and Tarn United.", S),
        ("Nora Hale lived in Tarn.", "Nora Hale lived in Lisk and later in Tarn.", S),
        # The agent after "by" ends at "to": "built by Nora Hale to a design by Paul Dunn".
        (
            "The Tarn Bridge was built by Paul Dunn.",
            "The Tarn Bridge was built by Nora Hale to a design by Paul Dunn.",
            N,
        ),
    ],
)
def test_a_verb_tied_to_another_name(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Article")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # One is born and dies in one place: the claim's place, named for another deed, is
        # no other birthplace.
        ("Nora Hale was born in Milan.", "Nora Hale was born in Naples and raised in Milan.", C),
        ("Nora Hale died in Lyon.", "Nora Hale was born in Lyon and died in Paris.", C),
        ("Nora Hale was born in Lyon.", "Nora Hale was born in Lyon and died in Paris.", S),
        ("Nora Hale was born in Milan.", "Nora Hale was born in Monza, near Milan.", N),
        ("Nora Hale was born in Milan.", "Nora Hale was born in Italy and grew up in Milan.", N),
        # Other deeds may be done in both places.
        (
            "The Tarn company was founded in Berlin.",
            "The Tarn company was founded in Munich and moved to Berlin in 1990.",
            N,
        ),
    ],
)
def test_a_birthplace_named_for_another_deed(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Article")
    assert (page.label, given.label) == (label, label), page.reason


def test_a_birthplace_the_article_names_elsewhere() -> None:
    article = (
        "Nora Hale was born in Naples in 1950. She studied in Rome and moved to Milan in "
        "1975, where she worked as an architect."
    )
    verdict = verify("Nora Hale was born in Milan.", {"Nora Hale": article})
    assert (verdict.label, verdict.rule) == (C, "FC303")


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # "joined NATO in 1999 and the European Union in 2004": each name has its date.
        (
            "Poland joined the European Union in 1999.",
            "Poland joined NATO in 1999 and the European Union in 2004.",
            C,
        ),
        (
            "Poland joined NATO in 2004.",
            "Poland joined NATO in 1999 and the European Union in 2004.",
            C,
        ),
        (
            "Poland joined NATO in 1999.",
            "Poland joined NATO in 1999 and the European Union in 2004.",
            S,
        ),
        (
            "Poland joined the European Union in 2004.",
            "Poland joined NATO in 1999 and the European Union in 2004.",
            S,
        ),
    ],
)
def test_each_name_of_a_list_has_its_date(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Poland")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # "Yale University" is met as plain "Yale", as schools are called.
        ("Nora Hale studied at Yale University.", "Nora Hale studied law at Yale.", S),
        ("Nora Hale studied at Yale University.", "Nora Hale studied law at Harvard.", N),
        (
            "Nora Hale graduated from Yale University in 1970.",
            "Nora Hale graduated from Yale in 1972.",
            C,
        ),
    ],
)
def test_a_school_by_its_short_name(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Article")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # A place before the figure, after "in" or "such as", makes it that part's figure.
        (
            "67.5% of the population named Tarnish as their native language.",
            "In Lisk, 95% of the population named Tarnish as their native language.",
            N,
        ),
        ("Nora Hale won 20 medals.", "In Tarn, Nora Hale won 25 medals.", N),
        ("Nora Hale won 20 medals.", "Nora Hale won 25 medals.", C),
    ],
)
def test_a_figure_of_a_part_named_before_it(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Article")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # A deed done to a pronoun says not to what: another date of the verb is no
        # conflict, unless the sentence has the same pronoun.
        ("Croatia joined them in 2001.", "Croatia joined on 1 April 2009.", N),
        ("Croatia joined it in 2001.", "Croatia joined it on 1 April 2009.", C),
    ],
)
def test_a_deed_done_to_a_pronoun(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Enlargement")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # A synonym's form in another part of speech says the word ("porn": "pornography":
        # "pornographic").
        ("Kell is a porn website.", "Kell is an American pornographic website.", S),
        ("Kell is a porn website.", "Kell is an American news website.", N),
    ],
)
def test_a_synonyms_derived_form(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Kell")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # "associated with", "involved in" say only that two go together.
        (
            "Blue Harbour is associated with Nora Hale.",
            '"Blue Harbour" is a song by the singer Nora Hale from her album Tarn.',
            S,
        ),
        (
            "Blue Harbour is associated with Nora Hale.",
            '"Blue Harbour" is a song by the singer Paul Dunn from his album Tarn.',
            N,
        ),
        ("Nora Hale was involved in a mutiny.", "Nora Hale led a mutiny in 1901.", S),
        ("Nora Hale was involved in a mutiny.", "Nora Hale wrote a novel in 1901.", N),
    ],
)
def test_a_vague_relation(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Article")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # A name opening a compound with a common word is named, and the word said.
        ("Nora Hale was born in Lisk.", "Nora Hale is a Lisk-born painter.", S),
        ("Nora Hale was born in Lisk.", "Nora Hale is a Tarn-born painter.", N),
        (
            "Paul Dunn plays Kell.",
            "Paul Dunn has played the title role in the Kell-based films.",
            S,
        ),
        ("Kell Motors is based in Tarn.", "Kell Motors is a Tarn-based maker of cars.", S),
        # Compounds of two names are not read so.
        ("Nora Hale was born in Lisk.", "Nora Hale is a Lisk-Tarn painter.", N),
    ],
)
def test_a_name_opening_a_compound(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Article")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # "something other than" / "anything but" deny as "not" does.
        ("Kell is something other than a Tarn film.", "Kell is a 2014 Tarn action film.", C),
        ("Kell is anything but a film.", "Kell is a 2014 Tarn action film.", C),
        ("Kell is something other than a Tarn film.", "Kell is a 2014 Lisk novel.", N),
        ("Kell is not a Tarn film.", "Kell is a 2014 Tarn action film.", C),
    ],
)
def test_something_other_than_denies(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Kell")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # A monarch is met by the given name alone, not where it bears another numeral.
        (
            "Henry II of Tarn died in a jousting tournament.",
            "Henry died in a jousting tournament.",
            S,
        ),
        ("Louis XIV was born in 1638.", "Louis was born on 5 September 1638 at Lisk.", S),
        (
            "Henry II of Tarn died in a jousting tournament.",
            "Henry VIII died in a jousting tournament.",
            N,
        ),
        ("Henry II of Tarn died in 1559.", "Henry VIII died in 1547.", N),
        # Not a regnal name: the family name is still wanted;
        ("Henry Dunn died in a jousting tournament.", "Henry died in a jousting tournament.", N),
        # nor the name of a thing, where the numeral marks a sequel or a model.
        ("The movie Tarn II was released in 1990.", "Tarn is a 1973 film by Nora Hale.", N),
        ("It was made into the film Tarn III in 1990.", "Tarn was filmed in 1973.", N),
        ("The Lisk V rocket first flew in 1967.", "The Lisk rocket first flew in 1961.", N),
    ],
)
def test_a_regnal_name_by_its_given_name(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Article")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # A count of a recurring event's noun names no instance of it: it is compared.
        ("Kell lasted for ten seasons.", "Kell lasted nine seasons.", C),
        ("Kell lasted for ten seasons.", "Kell aired from 2005 to 2013, lasting nine seasons.", C),
        ("Nora Hale won three elections.", "Nora Hale won five elections.", C),
        ("Kell lasted for nine seasons.", "Kell lasted nine seasons.", S),
        # A year still names one ("the 2008 election" is another than "the 2004 election"
        # only when the sentence does not tell the claim's own).
        ("Nora Hale won the 2004 election.", "Nora Hale won the 2004 election.", S),
    ],
)
def test_a_count_of_a_recurring_event(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Article")
    assert (page.label, given.label) == (label, label), page.reason


def test_a_nationality_opening_a_compound_is_no_name() -> None:
    # "Irish-born" tells where she was born, not that she is Irish (not a WordNet demonym).
    page, given = both("Nora Hale is an Irish writer.", "Nora Hale is an Irish-born Tarn writer.")
    assert (page.label, given.label) == (N, N), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # One thing counted under two names of it.
        ("Nora Hale starred in 85 movies.", "Nora Hale starred in 80 films.", C),
        ("Nora Hale starred in 80 movies.", "Nora Hale starred in 80 films.", S),
        # Not a kind of it ("books" may be more than the novels), nor some more of it.
        ("Nora Hale wrote 85 novels.", "Nora Hale wrote 80 books.", N),
        ("Kell was adapted into 2 movies.", "Kell was adapted into a film and two more films.", N),
        ("Nora Hale has two sons.", "Nora Hale has two other sons.", N),
    ],
)
def test_a_count_under_another_name(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Article")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # Two inflected verbs, each the other's synonym in a common sense, tell one deed.
        ("The album Kell was released in 1994.", "The album Kell was published in 1991.", C),
        ("The album Kell was released in 1991.", "The album Kell was published in 1991.", S),
        # The claim word's looser relations alone do not ("fought" / "campaign").
        ("Kell was fought over in 1921.", "An online campaign launched in 2018 renamed Kell.", N),
    ],
)
def test_a_deed_told_by_a_synonym_verb(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Article")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # A deed done to a person once has one set of doers: another named is a conflict.
        (
            "Kell was assassinated by Paul Dunn.",
            "Kell was assassinated by his brothers, Tarn and Lisk.",
            C,
        ),
        ("Kell was murdered by Paul Dunn.", "Kell was murdered by Nora Hale in 1901.", C),
        (
            "Kell was assassinated by Tarn.",
            "Kell was assassinated by his brothers, Tarn and Lisk.",
            N,
        ),
        # Not another deed's doer.
        ("Kell was assassinated by Paul Dunn.", "Kell was defeated by Nora Hale in 1901.", N),
    ],
)
def test_another_doer_of_a_deed_done_once(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Kell")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # A rank is its noun phrase's, whatever the claim goes on to say.
        (
            "Kell was the first royal house of Tarn spanning three centuries, and is "
            "considered a golden age in its history.",
            "Kell was the second royal house of Tarn (1200–1500), preceded by the house of Lisk.",
            C,
        ),
        (
            "Kell was the first royal house of Tarn spanning three centuries.",
            "Kell was the first royal house of Tarn (1200–1500).",
            N,
        ),
        (
            "Kell was the first royal house of Tarn spanning three centuries.",
            "Kell was the second house to rule Lisk.",
            N,
        ),
    ],
)
def test_a_rank_in_a_long_claim(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Kell")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # "did" tells the past as "was" does: a past count against a past count.
        (
            "Kell did last for ten seasons.",
            "Kell aired from 2005 to 2013, lasting nine seasons.",
            C,
        ),
        # "does" tells the present: a count now may differ from one then.
        ("Nora Hale does own four horses.", "Nora Hale owned two horses in 1990.", N),
    ],
)
def test_tense_of_do_support(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Kell")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # "has N members" against "is an N-member band": the size of the subject.
        ("Kell has seven members.", "Kell is a seven-member boy band from Tarn.", S),
        ("Kell has eight members.", "Kell is a seven-member boy band from Tarn.", C),
        # Not a size of another body of it.
        ("Kell has twelve members.", "The nine-member council of Kell met in 1990.", N),
    ],
)
def test_a_size_said_by_a_compound(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Kell")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # Who did a deed done once must be its doer in the sentence, not only named there.
        ("Kell was assassinated by Paul Dunn.", "Kell was assassinated by Paul Dunn in 1901.", S),
        ("Kell was assassinated by Paul Dunn.", "Paul Dunn assassinated Kell in 1901.", S),
        (
            "Kell was assassinated by Paul Dunn.",
            "In 1901 Paul Dunn treated Kell after an assassination attempt by a rival.",
            N,
        ),
    ],
)
def test_the_doer_tied_to_the_deed(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Kell")
    assert (page.label, given.label) == (label, label), page.reason


def test_a_word_inside_a_title_with_the_is_no_claim_word() -> None:
    # "Liberty Leading the People" names a painting; it does not say anyone was leading.
    page, given = both(
        "Nora Hale was leading in 1830.", "Nora Hale painted Liberty Leading the People in 1830."
    )
    assert (page.label, given.label) == (N, N), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # "condemned" where the claim says "supported".
        (
            "Nora Hale supported the invasion of Tarn.",
            "Nora Hale condemned the invasion of Tarn in 1956.",
            C,
        ),
        (
            "Nora Hale supported the invasion of Tarn.",
            "Nora Hale condemned the treaty of Lisk in 1956.",
            N,
        ),
        # A sentence that says the verb and its opposite does not tell which the claim's got.
        (
            "Nora Hale supported the invasion of Tarn.",
            "Nora Hale supported the treaty and condemned the invasion of Tarn in 1956.",
            N,
        ),
        (
            "Nora Hale praised the treaty.",
            "Nora Hale praised the army and condemned the treaty in 1956.",
            N,
        ),
        # ... but the claim's object after the claim's own verb is its deed, told.
        (
            "Nora Hale won the election.",
            "Nora Hale won the election in 1990 and lost it in 1994.",
            S,
        ),
    ],
)
def test_a_verb_and_its_opposite(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Article")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # An instance told with words the claim's lacks is another one.
        (
            "In the presidential election of 4 January 2004 Nora Hale won 96% of the vote.",
            "Nora Hale won the snap presidential election of 5 January 2008 with half the vote.",
            N,
        ),
        (
            "In the presidential election of 4 January 2004 Nora Hale won 96% of the vote.",
            "Nora Hale won the presidential election of 5 January 2008 with 96% of the vote.",
            C,
        ),
    ],
)
def test_an_instance_told_otherwise(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Nora Hale")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # The claim's subject is the side a victory was won over: not its win.
        (
            "The Tarnish won the Battle of Lisk.",
            "The Battle of Lisk in 1777 gave a decisive victory to the Kells over the Tarnish.",
            N,
        ),
        (
            "Nora Hale won the election.",
            "Paul Dunn won the election against Nora Hale in 1990.",
            N,
        ),
        # ... the winner named before "over" is the claim's subject: its win, told.
        (
            "Nora Hale won the election.",
            "Nora Hale won the election over Paul Dunn in 1990.",
            S,
        ),
    ],
)
def test_a_subject_won_over_did_not_win(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Article")
    assert (page.label, given.label) == (label, label), page.reason


def test_a_word_from_the_sentences_before_is_not_said_against_its_opposite() -> None:
    # "them" lets the sentences before lend their words, but not "supported" to a sentence
    # that says "condemned".
    page, given = both(
        "Nora Hale supported the invasion of Tarn.",
        "Nora Hale supported the Kell army for years."
        " In 1956 she condemned the invasion of Tarn and forced them to withdraw.",
        "Nora Hale",
    )
    assert (page.label, given.label) == (N, N), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # "Vietnam War" is not met as plain "War" where each capitalised "War" has another
        # name word before it ("World War II"); a lower-case "war" mentions no name.
        (
            "Nora Hale wrote a memoir about the Vietnam War.",
            "Nora Hale hated the war effort. She wrote it into a memoir about World War II.",
            N,
        ),
        (
            "Nora Hale wrote a memoir about the Vietnam War.",
            "Nora Hale served in the Vietnam War. She later wrote a memoir about it.",
            S,
        ),
    ],
)
def test_a_name_of_the_same_head_is_another(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Nora Hale")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # "lead" the metal is not "leads" the verb taking an object.
        (
            "The Tarn bell is made from lead.",
            "In the painting of the Tarn bell, a woman leads an armed mob.",
            N,
        ),
        ("The Tarn bell is made from lead.", "The Tarn bell is made from lead and tin.", S),
    ],
)
def test_a_noun_is_not_said_by_a_verb_spelt_alike(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Tarn bell")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # A nationality is named by its country's short name ("US", "UK").
        ("Nora Hale is an American model.", "Nora Hale (born 1987) is a US model.", S),
        ("Nora Hale is a British model.", "Nora Hale (born 1987) is a UK model.", S),
        ("Nora Hale is a British model.", "Nora Hale (born 1987) is a US model.", N),
    ],
)
def test_a_nationality_named_by_its_country(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Nora Hale")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # "the island of Crete": the place's name says what kind of place it is.
        ("Nora Hale lived on the island of Crete.", "Nora Hale lived on Crete for years.", S),
        (
            "Nora Hale lived in the state of Texas.",
            "Nora Hale lived in Waxahachie, Texas, on a farm.",
            S,
        ),
        # ... not a kind WordNet does not give it.
        ("Nora Hale lived in the city of Texas.", "Nora Hale lived in Waxahachie, Texas.", N),
    ],
)
def test_a_place_name_says_its_kind(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Nora Hale")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # A place said only inside a description ("a Depression-era Tarn widow") is not
        # where the claim's deed was done, with the place's kind before it or not.
        (
            "Blue Harbour was filmed in Tarn.",
            "Blue Harbour is a 1984 drama film about a Depression-era Tarn widow.",
            N,
        ),
        (
            "Blue Harbour was filmed in the state of Texas.",
            "Blue Harbour is a 1984 drama film about a Depression-era Texas widow.",
            N,
        ),
        (
            "Blue Harbour was filmed in the state of Texas.",
            "Blue Harbour was filmed in Waxahachie, Texas, on a farm.",
            S,
        ),
    ],
)
def test_a_place_inside_a_description_is_not_where(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Blue Harbour")
    assert (page.label, given.label) == (label, label), page.reason


def test_a_deed_is_not_taken_from_the_sentences_before() -> None:
    # "It" lets the sentences before say what it stands for, not the claim's verb.
    page, given = both(
        "Blue Harbour was filmed in the state of Texas.",
        "Blue Harbour was filmed over two summers. It is 1935 and Waxahachie, Texas, is a"
        " small town in the middle of the Great Depression.",
        "Blue Harbour",
    )
    assert (page.label, given.label) == (N, N), page.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # A size is its noun's ("a nine-member boy band"), whatever the claim goes on to say
        # ("cited as ..."): the same band's other size conflicts.
        (
            "Tarn is a nine-member boy band cited as a key act of the decade.",
            "Tarn, also known as the Tarn Boys, is a seven-member boy band who began in 2010.",
            C,
        ),
        # ... not another band's size.
        (
            "Tarn is a nine-member boy band cited as a key act of the decade.",
            "Tarn toured in 2015 with Lisk, a seven-member boy band.",
            N,
        ),
        (
            "Nora Hale joined a nine-member band formed in Lisk.",
            "Nora Hale later led a seven-member band formed in Tarn.",
            N,
        ),
    ],
)
def test_a_size_is_its_noun_s(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Article")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # An opening phrase before the subject pronoun describes it: its rank is the
        # article's subject's.
        ("Nora Hale's fifth novel, it was praised by critics.", C),
        # ... not when the phrase names another work.
        ("Nora Hale's fifth novel, Red Harbour, was praised by critics.", N),
    ],
)
def test_a_rank_in_an_opening_phrase(text: str, label: Label) -> None:
    verdict = verify("Blue Harbour is Nora Hale's 6th novel.", {"Blue Harbour": text})
    assert verdict.label is label, verdict.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # "Miami, Florida": the place after the comma holds the one before, as WordNet has
        # it, so a sentence naming Miami says it.
        ("Nora Hale was born in Miami, Florida.", "Nora Hale was born in Miami in 1950.", S),
        ("Nora Hale was born in Lyon, France.", "Nora Hale was born in Lyon in 1950.", S),
        # ... not a place that does not hold it.
        ("Nora Hale was born in Miami, Ohio.", "Nora Hale was born in Miami in 1950.", N),
    ],
)
def test_a_place_that_holds_the_one_before(claim: str, text: str, label: Label) -> None:
    page, given = both(claim, text, "Nora Hale")
    assert (page.label, given.label) == (label, label), page.reason


@pytest.mark.parametrize(
    ("claim", "title", "label"),
    [
        # A pronoun after an opening phrase is the claim's subject, as at its start: it
        # stands for the article's subject, not for another person a sentence names.
        ("In 1954, he moved with his family to Lisk.", "Kell Company", N),
        ("In 1954 he moved with his family to Lisk.", "Kell Company", N),
        ("He moved with his family to Lisk in 1954.", "Kell Company", N),
        # ... and when the article is that person's, the sentence is about it.
        ("In 1954, he moved with his family to Lisk.", "Nora Hale", C),
        ("In 1954 he moved with his family to Lisk.", "Nora Hale", C),
    ],
)
def test_a_pronoun_after_an_opening_phrase_is_the_subject(
    claim: str, title: str, label: Label
) -> None:
    verdict = verify(claim, {title: "Nora Hale moved to Lisk with her family in 1957."})
    assert verdict.label is label, verdict.reason


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # A sentence whose subject pronoun follows an opening phrase without a comma
        # refers back to the article's subject as one with a comma does.
        ("In 1994 it became the capital of the province.", C),
        ("In 1991 it became the capital of the province.", S),
    ],
)
def test_a_sentence_pronoun_after_an_opening_phrase(claim: str, label: Label) -> None:
    text = "Tarn is a town on the river. In 1991 it became the capital of the province."
    verdict = verify(claim, {"Tarn": text})
    assert verdict.label is label, verdict.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # A rank narrowed to the things that did something is not the thing's place among
        # all: "the first film in the series to be shot in 3D" may be the fourth film.
        (
            "Blue Harbour is the fourth film in the series.",
            "It is the first film in the series to be shot in 3D.",
            N,
        ),
        (
            "Blue Harbour is the fourth film in the series.",
            "It is the first film in the series not to be directed by Paul Dunn.",
            N,
        ),
        (
            "Blue Harbour is the last film in the series.",
            "It is the first film in the series to be shot in 3D.",
            N,
        ),
        (
            "Blue Harbour is the largest film in the series.",
            "It is the second-largest film in the series to be shot in 3D.",
            N,
        ),
        (
            "Blue Harbour is the largest film in the series.",
            "It is the largest film in the series to be shot in 3D.",
            N,
        ),
        # ... while ranks alike still conflict or agree.
        (
            "Blue Harbour is the fourth film in the series.",
            "It is the first film in the series.",
            C,
        ),
        (
            "Blue Harbour is the largest film in the series.",
            "It is the second-largest film in the series.",
            C,
        ),
        (
            "Nora Hale was the second woman to win the prize.",
            "Nora Hale was the first woman to win the prize.",
            C,
        ),
        (
            "Blue Harbour is the largest film in the series to be shot in 3D.",
            "It is the largest film in the series to be shot in 3D.",
            S,
        ),
    ],
)
def test_a_rank_narrowed_by_what_follows(claim: str, text: str, label: Label) -> None:
    verdict = verify(claim, {"Blue Harbour": text})
    assert verdict.label is label, verdict.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # Steps of one process are deeds of their own: a nomination's year does not date the
        # appointment, though WordNet lists "nominate" in the first sense of "appoint".
        (
            "Nora Hale was appointed ambassador in 1990.",
            "Nora Hale was nominated as ambassador in 1989.",
            N,
        ),
        (
            "Nora Hale was nominated as ambassador in 1989.",
            "Nora Hale was appointed ambassador in 1990.",
            N,
        ),
        ("Nora Hale was confirmed as judge in 1990.", "Nora Hale was appointed judge in 1989.", N),
        # ... while one step still meets itself, its noun, and a plain synonym.
        (
            "Nora Hale was appointed ambassador in 1990.",
            "Nora Hale was appointed ambassador in 1989.",
            C,
        ),
        (
            "Nora Hale was appointed ambassador in 1990.",
            "Nora Hale received her appointment as ambassador in 1989.",
            C,
        ),
        (
            "Nora Hale was appointed ambassador in 1990.",
            "Nora Hale was named ambassador in 1990.",
            S,
        ),
    ],
)
def test_a_step_of_a_process_is_not_the_next(claim: str, text: str, label: Label) -> None:
    verdict = verify(claim, {"Nora Hale": text})
    assert verdict.label is label, verdict.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # WordNet does not put today's places in the states of the past: a place of the
        # past is not set against one in its part of the world.
        ("Nora Hale was born in Czechoslovakia.", "Nora Hale was born in Prague.", N),
        ("Nora Hale was born in Bohemia.", "Nora Hale was born in Prague.", N),
        ("Nora Hale was born in Prussia.", "Nora Hale was born in Berlin.", N),
        ("Nora Hale was born in Yugoslavia.", "Nora Hale was born in Zagreb.", N),
        # ... but it is against one on another continent, and a name of today is compared
        # as before ("Russia" names the federation too).
        ("Nora Hale was born in Czechoslovakia.", "Nora Hale was born in Tokyo.", C),
        ("Nora Hale was born in Russia.", "Nora Hale was born in Paris.", C),
        ("Nora Hale was born in Rome.", "Nora Hale was born in Paris.", C),
    ],
)
def test_a_place_of_the_past(claim: str, text: str, label: Label) -> None:
    verdict = verify(claim, {"Nora Hale": text})
    assert verdict.label is label, verdict.reason


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # An election comes before the term it wins: its year dates neither the term nor
        # taking office.
        ("Nora Hale was mayor of Lisk from 2009 to 2013.", N),
        ("Nora Hale became mayor of Lisk in 2009.", N),
        ("Nora Hale took office as mayor of Lisk in 2009.", N),
        # ... but it dates the election.
        ("Nora Hale was elected mayor of Lisk in 2009.", C),
        ("Nora Hale was elected mayor of Lisk in 2008.", S),
    ],
)
def test_an_election_is_not_the_term(claim: str, label: Label) -> None:
    verdict = verify(claim, {"Nora Hale": "Nora Hale was elected mayor of Lisk in 2008."})
    assert verdict.label is label, verdict.reason


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # A sentence whose subject is a thing of the claim's subject tells of that thing.
        ("Blue Harbour's second single was a commercial failure.", N),
        ("Blue Harbour's lead single was not a success; it was a commercial failure.", N),
        # ... the subject itself still meets its opposite.
        ("Blue Harbour was a commercial failure.", C),
    ],
)
def test_an_opposite_said_of_a_thing_of_the_subject(text: str, label: Label) -> None:
    verdict = verify("Blue Harbour was a commercial success.", {"Blue Harbour": text})
    assert verdict.label is label, verdict.reason


def test_a_negation_said_of_a_thing_of_the_subject() -> None:
    text = "Blue Harbour's lead single was not a success."
    verdict = verify("Blue Harbour was a success.", {"Blue Harbour": text})
    assert verdict.label is N, verdict.reason
    verdict = verify(
        "Blue Harbour was a success.", {"Blue Harbour": "Blue Harbour was not a success."}
    )
    assert verdict.label is C, verdict.reason


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # A number that is no date or figure (an identifier) must be the sentence's own.
        ("Tarn Airways Flight 23 landed in Lisk.", N),
        ("Tarn Airways Flight 11 landed in Lisk.", S),
        ("Admission is governed by Article 21 of the Lisk Charter.", N),
    ],
)
def test_a_number_the_sentence_does_not_write(claim: str, label: Label) -> None:
    text = (
        "Tarn Airways Flight 11 landed in Lisk. "
        "Admission is governed by Article 10 of the Lisk Charter."
    )
    verdict = verify(claim, {"Tarn Airways": text})
    assert verdict.label is label, verdict.reason


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # The day of a date without a year is the claim's as much as its month.
        ("Tarn declared war on 21 February.", C),
        ("Tarn declared war on February 21st.", C),
        ("Tarn declared war on 10 February.", S),
        # ... and says nothing of which years a period holds.
        ("Tarn was at war on 21 July.", N),
    ],
)
def test_a_day_without_a_year(claim: str, label: Label) -> None:
    text = "Tarn declared war on 10 February 1904. From 1904 to 1905 Tarn was at war."
    verdict = verify(claim, {"Tarn": text})
    assert verdict.label is label, verdict.reason


def test_a_figure_after_a_capitalised_qualifier() -> None:
    # "About 1,200,000 Tarn soldiers": a figure, not a number in a name.
    text = "About 600,000 Tarn soldiers were taken to labour camps."
    verdict = verify("About 1,200,000 Tarn soldiers were taken to labour camps.", {"Tarn": text})
    assert verdict.label is C, verdict.reason
    verdict = verify("About 600,000 Tarn soldiers were taken to labour camps.", {"Tarn": text})
    assert verdict.label is S, verdict.reason


@pytest.mark.parametrize(
    "text",
    [
        # The date of the deed another verb was for: not the nomination's.
        "Nora Hale passed the number of delegates needed for the nomination on 12 March 2024.",
        # "found" in a sentence is the past of "find", not "found" a company.
        "In May 2024 a Lisk jury found her guilty on four counts.",
    ],
)
def test_a_date_that_is_another_deeds(text: str) -> None:
    claims = (
        "Nora Hale was nominated on 15 July 2024.",
        "Nora Hale was inaugurated as mayor of Lisk on 20 January 2024.",
    )
    for claim in claims:
        verdict = verify(claim, {"Nora Hale": text})
        assert verdict.label is N, (claim, verdict.reason)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # A declaration begins the state it declares: a later time inside it is no conflict.
        ("Tarn was at war in July 1904.", N),
        ("Tarn declared war in July 1904.", C),
    ],
)
def test_a_declaration_begins_a_state(claim: str, label: Label) -> None:
    verdict = verify(claim, {"Tarn": "Tarn declared war on 10 February 1904."})
    assert verdict.label is label, verdict.reason


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # A deed named by its noun ("appearances", "writer") is asserted as much as by its
        # verb ...
        ("Nora Hale makes regular radio and Internet appearances.", C),
        ("Nora Hale was a television writer and producer.", C),
        # ... but only with the rest of the claim in the noun's phrase.
        ("Nora Hale makes regular radio appearances, but she avoids the Internet.", N),
    ],
)
def test_a_denied_deed_named_by_its_noun(text: str, label: Label) -> None:
    claim = (
        "Nora Hale never wrote for television."
        if "writer" in text
        else "Nora Hale has yet to appear on the Internet."
    )
    verdict = verify(claim, {"Nora Hale": text})
    assert verdict.label is label, verdict.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # A claim that says only where its subject is meets what the sentence says its
        # subject is.
        ("Valencia is in Spain.", "Valencia is a city in France.", C),
        ("Valencia is in Spain.", "Valencia is in France.", C),
        ("Its secretariat is in Africa.", "Its secretariat is in Vienna.", C),
        ("Valencia is in Spain.", "Valencia is the third largest city in Spain.", S),
        # ... not a place in another clause, nor a place WordNet does not know.
        ("Valencia is in Spain.", "Valencia, which Nora Hale left for France, is old.", N),
        ("Valencia is in Spain.", "Valencia is a city, and Nora Hale lives in France.", N),
        ("The secretariat of Tarn is in Lisk.", "The secretariat of Tarn is in Vienna.", N),
    ],
)
def test_where_the_subject_is(claim: str, text: str, label: Label) -> None:
    verdict = verify(claim, {"Page": text})
    assert verdict.label is label, verdict.reason


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # Each word of a body's name says which body it is: a name of joined parts is not
        # met by its tail alone.
        ("Tarn was expelled from the Defence Council of Lisk in March 2022.", N),
        ("Tarn was expelled from the Council of Lisk in March 2022.", S),
        # A person's is met by the family name ("Paul Dunn" / "Dunn").
        ("Tarn was expelled by Paul Dunn in March 2022.", S),
    ],
)
def test_a_body_named_by_part_of_its_name(claim: str, label: Label) -> None:
    text = (
        "Tarn was expelled by Dunn in March 2022."
        if "Dunn" in claim
        else "Tarn was expelled from the Council of Lisk in March 2022."
    )
    verdict = verify(claim, {"Tarn": text})
    assert verdict.label is label, verdict.reason


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # A rank given to a noun phrase with another head ranks other things.
        ("Tarn Airport is the largest airport terminal building in Lisk.", N),
        ("Tarn Airport is the largest airport in Lisk.", S),
    ],
)
def test_a_rank_of_another_head(text: str, label: Label) -> None:
    verdict = verify("Tarn Airport is the largest airport in Lisk.", {"Tarn Airport": text})
    assert verdict.label is label, verdict.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # A state told in the past at a time the sentence dates is not borne out as a
        # state of now.
        ("Nora Hale is mayor of Lisk.", "Nora Hale was mayor of Lisk from 2021 to 2024.", N),
        ("Nora Hale still lives in Lisk.", "Nora Hale lived in Lisk in the 1970s.", N),
        ("Nora Hale is mayor of Lisk.", "Nora Hale served as mayor of Lisk from 2021.", N),
        # ... but a state begun in the past still bears it out, and so does one of now.
        ("Lisk is the capital of Tarn.", "Lisk became the capital of Tarn in 1987.", S),
        ("Nora Hale is mayor of Lisk.", "Nora Hale has been mayor of Lisk since 2021.", S),
    ],
)
def test_a_state_dated_in_the_past(claim: str, text: str, label: Label) -> None:
    verdict = verify(claim, {"Page": text})
    assert verdict.label is label, verdict.reason


def test_a_range_opening_a_sentence_keeps_its_ends_years() -> None:
    # "From 2002 to 2017" at the head of a sentence begins in 2002, not on 1 January 2002.
    text = "From 2002 to 2017 she was president of the Lisk Institute."
    claim = "Nora Hale became president of the Lisk Institute on July 1, 2002."
    assert verify(claim, {"Nora Hale": text}).label is S
    claim = "Nora Hale became president of the Lisk Institute in 2003."
    assert verify(claim, {"Nora Hale": text}).label is C


def test_an_adjective_after_the_copula_names_no_kind() -> None:
    text = "Blue Harbour is a 1975 crime drama film."
    verdict = verify("Blue Harbour is notable for its tone.", {"Blue Harbour": text})
    assert verdict.label is N, verdict.reason


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # WordNet puts Moscow only "in Eurasia" and Sweden nowhere: neither is set against a
        # continent they may lie on ...
        ("Nora Hale was born in Europe.", N),
        ("Nora Hale was born in Asia.", N),
        # ... but a place in Eurasia is not in Africa.
        ("Nora Hale was born in Africa.", C),
    ],
)
def test_a_continent_against_a_place_on_none(claim: str, label: Label) -> None:
    verdict = verify(claim, {"Nora Hale": "Nora Hale was born in Moscow."})
    assert verdict.label is label, verdict.reason
    if label is N:
        verdict = verify(claim, {"Nora Hale": "Nora Hale was born in Sweden."})
        assert verdict.label is N, verdict.reason


@pytest.mark.parametrize(
    ("claim", "subject"),
    [
        ("In May 1990 Ann Vole moved to Tarn.", ["Ann Vole"]),
        ("On 3 May 1990 the Tarn Pact was signed.", ["Tarn Pact"]),
        ("On 1 April 2014, in response to the Lisk crisis, NATO suspended its talks.", ["NATO"]),
        ("In 1990, Ann Vole moved to Tarn.", ["Ann Vole"]),
        ("Tom Vole's elder brother Lisk Vole was killed in 1994.", ["Lisk Vole"]),
        ("His elder brother Lisk Vole was killed in 1994.", ["Lisk Vole"]),
        ("Tom Vole's visit to Tarn took place in 2016.", ["Tom Vole"]),
    ],
)
def test_the_subject_after_opening_phrases(claim: str, subject: list[str]) -> None:
    assert [n.text for n in analyse(claim).subject_names] == subject


@pytest.mark.parametrize(
    ("title", "claim", "text"),
    [
        # "began publishing his novel Martin Chuzzlewit" does not date "began Tarn Hollow",
        # the article's own work (named by its title, so the names check alone lets it by).
        (
            "Tarn Hollow",
            "Tom Lisk began Tarn Hollow in October 1843.",
            "Tarn Hollow is a novella by Tom Lisk. On 31 December 1843 he began publishing his "
            "novel Martin Chuzzlewit as a monthly serial.",
        ),
        # "he" in an article on a novel is someone the article speaks of: "The Good Earth is
        # a novel" gives no other kind for him.
        (
            "The Good Earth",
            "He is the protagonist of the story.",
            "The Good Earth is a novel by Pearl Buck published in 1931.",
        ),
        # "whom he married" is done to the name "whom" stands for, not to Ann Benvin.
        (
            "Tom Lisk",
            "In 1965, Tom Lisk divorced because of his affair with Jolanda Vole, whom he "
            "married in 1966.",
            "He then married Ann Benvin in December 1997 and remained married until his death.",
        ),
        # A name quoted with "(sic)" is spelt as its source spelt it.
        (
            "Tom Lisk",
            '"Variety observed "The first half of Tarn Hollow Mille (sic) is quite successful."',
            "Tarn Hollow Millie is a 1967 film.",
        ),
    ],
)
def test_no_conflict_in_the_titled_article(title: str, claim: str, text: str) -> None:
    verdict = verify(claim, {title: text})
    assert (verdict.label, verdict.rule) == (N, "NE002")


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # A deed that recurs, told for the claim's year by one sentence and for another
        # year by the next: no conflict (the one telling the claim's year supports it when
        # it says all of it).
        (
            "In 1899 he finished the season with a 27–8 record, his best.",
            "In 1898 he finished the season with a 25–13 record. In 1899 he finished the "
            "season with a 27–8 record.",
            N,
        ),
        (
            "In 1899 he finished the season with a 27–8 win-loss record.",
            "In 1898 he finished the season with a 25–13 win-loss record. In 1899 he "
            "finished the season with a 27–8 win-loss record.",
            S,
        ),
        # ... but the claim's year told of another's deed leaves the conflict standing,
        (
            "Nora Hale won the election in 1990.",
            "Paul Dunn won the election in 1990. Nora Hale won the election in 1994.",
            C,
        ),
        # ... and so does a sentence telling the year of the deed in fewer of the claim's
        # words than the one telling another year.
        (
            "In 2019, Tarn Hollow announced that photos would not count against the "
            "limit of 140 characters.",
            "In 2016, Tarn Hollow announced that photos would not count against the limit "
            "of 140 characters. In 2019, Tarn Hollow announced a new logo.",
            C,
        ),
    ],
)
def test_a_recurring_deed_told_for_the_claim_s_year_too(
    claim: str, text: str, label: Label
) -> None:
    page, given = both(claim, text, "Tarn Hollow")
    assert (page.label, given.label) == (label, label), (page.reason, given.reason)


def test_the_closest_sentence_quoted_is_the_one_agreeing_on_the_claim_s_values() -> None:
    # Both sentences say as much of the claim; the one telling its year is shown.
    verdict = verify(
        "In 1899 he finished the season with a 27–8 record, his best.",
        {
            "Tarn Hollow": "In 1898 he finished the season with a 25–13 record. In 1899 he "
            "finished the season with a 27–8 record."
        },
    )
    assert (verdict.label, verdict.reason) == (
        N,
        "no sentence settles it; closest (0.75): 'In 1899 he finished the season with a "
        "27–8 record.' in Tarn Hollow",
    )


_TARN_WAR = (
    "The Tarn war was fought from 2011 to 2024. It grew out of the peaceful protests of the "
    "spring in 2011, whose harsh suppression set off an armed revolt. Protests on 15 March "
    "2011 are usually taken as the start of the uprising; days later the police opened fire."
)
_TARN_WITHDRAWAL = (
    "The Tarn withdrawal began in 1934 under Nora Hale and lasted a year. The Red Tarn army "
    "began its own withdrawal west from Lisk in November 1935, led by Paul Dunn."
)
_TARN_CROSSING = (
    "After the border closed in 1941, Tarn troops crossed the river on December 7, 1941, and "
    "took the bridge."
)
_HALE_ELECTION = (
    "Nora Hale (born 1965) was mayor of Tarn from 2014 to 2019. Nora Hale won the early "
    "mayoral election of 25 May 2014 in the first round, with 54.7 percent of the vote."
)


@pytest.mark.parametrize(
    ("claim", "page", "label"),
    [
        # a year that agrees ("in 2011") does not outweigh the day given otherwise,
        ("Protests on 18 March 2011 are usually taken as the start of the uprising.", _TARN_WAR, C),
        ("Protests on 15 March 2011 are usually taken as the start of the uprising.", _TARN_WAR, S),
        # (a finer date outside the year that agrees tells of another event)
        ("The withdrawal began in early October 1934.", _TARN_WITHDRAWAL, S),
        # not even in the same sentence, where another deed's year agrees,
        (
            "After the border closed in 1941, Tarn troops crossed the river on December 10, 1941.",
            _TARN_CROSSING,
            N,
        ),
        (
            "After the border closed in 1941, Tarn troops crossed the river on December 7, 1941.",
            _TARN_CROSSING,
            S,
        ),
        # (a span of days against a span of days, beside the year that names the summit)
        (
            "The 2004 Tarn summit was held in Lisk on 25–29 June 2004.",
            "The 2004 Tarn summit was held in Lisk on 28–29 June 2004.",
            N,
        ),
        (
            "The 2004 Tarn summit was held in Lisk on 28–29 June 2004.",
            "The 2004 Tarn summit was held in Lisk on 28–29 June 2004.",
            S,
        ),
        # and a sentence that gives the claim's day otherwise, if as another election's, is
        # not completed into support by a term "from 2014 to 2019" that holds both days.
        (
            "Nora Hale won the early mayoral election of 28 May 2014 in the first round, with "
            "54.7 percent of the vote.",
            _HALE_ELECTION,
            N,
        ),
        (
            "Nora Hale won the early mayoral election of 25 May 2014 in the first round, with "
            "54.7 percent of the vote.",
            _HALE_ELECTION,
            S,
        ),
    ],
)
def test_a_coarser_agreement_does_not_bear_out_a_day_told_otherwise(
    claim: str, page: str, label: Label
) -> None:
    verdict = verify(claim, {"Tarn": page})
    assert verdict.label is label, verdict.reason


_PEACE = (
    "The Tarn Partnership is a programme of cooperation between Lisk and its neighbours, "
    "launched in 1994. As of 2024 it had 18 members."
)
_HALE = "Nora Hale is a Tarn poet. In 1990 she had 3 children."
_BRIDGE = "The Tarn Bridge crosses the Lisk. When it opened in 2019, the new road had 4 lanes."


@pytest.mark.parametrize(
    ("claim", "title", "page", "label"),
    [
        # "As of 2024" dates the count: it names nothing, as "the Treaty of 1854" would,
        ("The Tarn Partnership had 18 members in 2024.", "Tarn Partnership", _PEACE, S),
        # and the pronoun after it is the page's subject, whose count is another.
        ("As of 2024 the Tarn Partnership had 37 members.", "Tarn Partnership", _PEACE, C),
        ("Nora Hale had 5 children in 1990.", "Nora Hale", _HALE, C),
        # A pronoun after other words than a time may not be the subject.
        ("The Tarn Bridge had 6 lanes in 2019.", "Tarn Bridge", _BRIDGE, N),
    ],
)
def test_a_count_dated_as_of_a_year_of_a_pronoun_subject(
    claim: str, title: str, page: str, label: Label
) -> None:
    verdict = verify(claim, {title: page})
    assert verdict.label is label, verdict.reason


_UNION = (
    "The Tarn union was founded in 1991. On 21 December eleven republics joined the Tarn union."
)
_OFFENSIVE = "The Tarn war began in 2008. The Tarn army on 8 August launched an offensive."
_PACT = "In 2001 the Tarn pact changed after the September 11 attacks."
_SUMMIT = (
    "The Tarn summit was held on 2–4 April 2008. Nora Hale and Paul Dunn met again two days "
    "later, on 6 April, in Lisk."
)


@pytest.mark.parametrize(
    ("claim", "page", "label"),
    [
        # A day without a year dates the deed, whatever word follows it,
        ("On 24 December eleven republics joined the Tarn union.", _UNION, C),
        ("On 21 December eleven republics joined the Tarn union.", _UNION, S),
        ("The Tarn army on 11 August launched an offensive.", _OFFENSIVE, C),
        # unless "the" makes it a name: "the September 11 attacks".
        ("The Tarn pact changed after the September 14 attacks.", _PACT, N),
        # A deed told as a repeat may recur ("met again", "re-elected"): no conflict.
        ("Nora Hale and Paul Dunn met again two days later, on 9 April, in Lisk.", _SUMMIT, N),
    ],
)
def test_a_day_without_a_year_is_compared_in_the_article_s_year(
    claim: str, page: str, label: Label
) -> None:
    verdict = verify(claim, {"Tarn": page})
    assert verdict.label is label, verdict.reason


_STUDY = (
    "A 2017 study by Walk Score ranked Tarn the sixth-most walkable of the largest cities in Lisk."
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # "a 2017 study" says which study, not when its ranking held: no conflict with
        # another year's,
        ("In 2016, Tarn was ranked the sixth-most walkable large city in Lisk.", N),
        # while its own year still bears the claim out,
        ("In 2017, Tarn was ranked the sixth-most walkable large city in Lisk.", S),
        # and two studies named by year are compared as such.
        ("A 2015 study by Walk Score ranked Tarn the sixth-most walkable city in Lisk.", C),
    ],
)
def test_a_study_s_year_names_the_study(claim: str, label: Label) -> None:
    verdict = verify(claim, {"Tarn": _STUDY})
    assert verdict.label is label, verdict.reason


_HALE_MARRIAGES = (
    "Nora Hale (born 1910) is a Tarn actress. Her first marriage ended because of her affair "
    "with the Lisk painter Paul Dunn, whom she married in 1966."
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # The year of a relative clause on someone the claim does not name is that one's,
        ("Nora Hale's first husband was the poet Tom Reed; they wed in 1937.", N),
        # and bears out a claim that names him.
        ("Nora Hale married Paul Dunn in 1966.", S),
        # A claim telling the same relative clause is compared with it.
        (
            "Nora Hale's first marriage ended because of her affair with the Lisk painter Paul "
            "Dunn, whom she married in 1969.",
            C,
        ),
    ],
)
def test_a_relative_clause_dates_the_deed_of_the_one_it_follows(claim: str, label: Label) -> None:
    verdict = verify(claim, {"Nora Hale": _HALE_MARRIAGES})
    assert verdict.label is label, verdict.reason


_TARN_OPENING = "Tarn Hall was founded by Nora Hale in March 1990 and opened in June of that year."


@pytest.mark.parametrize(
    ("claim", "label", "why"),
    [
        # "of that year" dates a month by the year told before it, on both sides,
        ("Tarn Hall was founded by Nora Hale in 1990 and opened in June of that year.", S, ""),
        ("Tarn Hall opened in June 1990.", S, ""),
        # and the month that differs is set against the deed's own date, not another's.
        (
            "Tarn Hall was founded by Nora Hale in 1990 and opened in July of that year.",
            C,
            "claim says July; evidence says June",
        ),
        ("Tarn Hall opened in June 1991.", C, "claim says June 1991; evidence says June"),
    ],
)
def test_a_month_of_that_year_takes_the_year_told_before_it(
    claim: str, label: Label, why: str
) -> None:
    verdict = verify(claim, {"Tarn Hall": _TARN_OPENING})
    assert verdict.label is label, verdict.reason
    assert verdict.reason.startswith(why)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # A year put first is the same statement; the figure after a position word is
        # compared when nothing but a time follows it in the sentence.
        ("In 1997, the Tigers retired Hale's number 16.", S),
        ("In 1997, the Tigers retired Hale's number 17.", C),
        # A figure told after the claim's year does not keep the year from being said alike.
        ("Tarn's user base in 2017 was more than 300 million.", S),
    ],
)
def test_a_year_put_first_says_the_same(claim: str, label: Label) -> None:
    text = "The Tigers retired Hale's number 16 in 1997. Tarn's user base in 2017 was 328 million."
    verdict = verify(claim, {"Nora Hale": text})
    assert verdict.label is label, verdict.reason


_CHART = (
    "The album debuted at No. 9 on the Billboard 200, selling 42,000 copies in its first "
    "week of release."
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # "No. 9" is a place on a list, as "number 9" is, and "No." denies nothing:
        ("Tarn's album debuted at No. 9 on the Billboard 200.", S),
        ("Tarn's album debuted at number 3 on the Billboard 200.", C),
        ("Tarn's album debuted at No. 3 on the Billboard 200.", C),
        # a claim naming no list is borne out by the same place, and not contradicted by
        # another (it may be another chart's),
        ("Tarn's album debuted at No. 9.", S),
        ("Tarn's album debuted at No. 3.", N),
        # nor is a place on another list.
        ("Tarn's album debuted at No. 3 on the UK Albums Chart.", N),
        ("Tarn's album debuted at No. 9 on the Billboard 200, selling more than 40,000 copies.", S),
    ],
)
def test_a_place_on_a_chart_written_no(claim: str, label: Label) -> None:
    verdict = verify(claim, {"Tarn (album)": _CHART})
    assert verdict.label is label, verdict.reason


_SHOWRUNNER = (
    "Nora Hale served as the showrunner for the first four seasons of Tarn and then wrote "
    "for the stage."
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # An ordinal before a count ranks what the count counts, in words or in digits;
        ("Nora Hale served as the showrunner for the first 4 seasons of Tarn.", S),
        # the first three seasons lie among the first four, and so does the second.
        ("Nora Hale served as the showrunner for the first 3 seasons of Tarn.", N),
        ("Nora Hale served as the showrunner for the second season of Tarn.", N),
    ],
)
def test_an_ordinal_before_a_count(claim: str, label: Label) -> None:
    verdict = verify(claim, {"Nora Hale": _SHOWRUNNER})
    assert verdict.label is label, verdict.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # Each of the claim's negations needs one of its own in the sentence, denying one
        # of its words, to bear the claim out; a negation of other words does not. (The
        # sentence's negation still keeps FC401 from reading the claim's word as asserted:
        # a true claim was contradicted when that was tried.)
        (
            "Nora Hale was not accepted to Tarn school although her mother could not pay.",
            "Nora Hale was accepted to Tarn school although her mother could not pay.",
            N,
        ),
        (
            "Nora Hale was not attracted to the role, employing her wit and not her looks.",
            "Nora Hale was attracted to the role, employing her wit and not her looks.",
            N,
        ),
        (
            "Tarn was not a landmark battle, and it would not be surpassed.",
            "Tarn was a landmark battle, and it would not be surpassed.",
            N,
        ),
        # A sentence denying the same words bears the claim out; one denying the claim's
        # other words, or the same deed in other words, settles nothing.
        ("Nora Hale did not win the Tarn Prize.", "Nora Hale failed to win the Tarn Prize.", S),
        ("Nora Hale was not elected in 1990.", "Nora Hale was elected, but not in 1990.", N),
        (
            "Nora Hale did not attend Tarn school.",
            "Nora Hale never went to Tarn school, although she was accepted.",
            N,
        ),
    ],
)
def test_a_negation_governs_its_own_words(claim: str, text: str, label: Label) -> None:
    for verdict in both(claim, text, "Nora Hale"):
        assert verdict.label is label, verdict.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # A name owning another thing elsewhere in the sentence is still named plainly,
        (
            "Tarn Hollow is not a two-act play by Nora Hale, written in 1990.",
            "Tarn Hollow is a two-act play by Nora Hale, written in 1990, which won the 1994 "
            "Lisk Prize, Hale's third.",
            C,
        ),
        # not when it stands only as the owner of another thing.
        ("Nora Hale never visited Lisk.", "Nora Hale visited Lisk's embassy in 1990.", N),
    ],
)
def test_what_a_negation_denies(claim: str, text: str, label: Label) -> None:
    for verdict in both(claim, text, "Tarn Hollow"):
        assert verdict.label is label, verdict.reason


def test_a_phrase_before_the_head_s_own_words_does_not_modify_it() -> None:
    # "among the first shows available": "available" has no modifier of its own, and the
    # sentence says the whole of it.
    claim = "Episodes of Tarn were among the first shows available for download in 2005."
    text = "Episodes of Tarn were among the first shows available for download in May 2005."
    for verdict in both(claim, text, "Tarn"):
        assert verdict.label is S, verdict.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # A deed with its partner named in another clause of the claim; the sentence tells
        # the same verb done with someone the claim does not name: another marriage.
        (
            "Nora Hale's first husband was Tom Lisk; they married in 1937.",
            "She then married Piet Tarn in 1939.",
            N,
        ),
        (
            "Nora Hale's first husband was actor Tom Lisk; they wed in 1937.",
            "Hale then married Piet Tarn in December 1939.",
            N,
        ),
        # With the partner named in the sentence, the dates conflict.
        (
            "Nora Hale's first husband was Tom Lisk; they married in 1937.",
            "Hale married Tom Lisk in 1939.",
            C,
        ),
    ],
)
def test_a_deed_with_another_partner(claim: str, text: str, label: Label) -> None:
    for verdict in both(claim, text, "Nora Hale"):
        assert verdict.label is label, verdict.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # The sentence's only date is the claim's own: no other time, so its opposite word
        # is read.
        (
            "Tarn was one of the best-selling singles of 1990.",
            "Tarn was one of the worst-selling singles of 1990.",
            C,
        ),
        # Another date in the sentence still tells of another time.
        (
            "Tarn was one of the best-selling singles of 1990.",
            "Tarn was one of the worst-selling singles of 1994.",
            N,
        ),
    ],
)
def test_the_claim_s_own_date_is_no_other_time(claim: str, text: str, label: Label) -> None:
    for verdict in both(claim, text, "Tarn"):
        assert verdict.label is label, verdict.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # A predicate of light words and a name only: the sentence that denies them denies
        # the claim; it never bears it out.
        (
            "Nora Hale was involved in the Tarn Massacre.",
            "Nora Hale was not involved in the Tarn Massacre.",
            C,
        ),
        (
            "Nora Hale took part in the Tarn Massacre.",
            "Nora Hale did not take part in the Tarn Massacre.",
            C,
        ),
        (
            "Nora Hale took part in the Tarn Massacre.",
            "Nora Hale took part in the Tarn Massacre.",
            S,
        ),
    ],
)
def test_a_predicate_of_light_words_and_a_name_is_denied(
    claim: str, text: str, label: Label
) -> None:
    for verdict in both(claim, text, "Nora Hale"):
        assert verdict.label is label, verdict.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # A sentence that denies a name the claim asserts never bears it out,
        (
            "Tarn Hollow is about Piet Lisk, a doctor in medieval Padua.",
            "Tarn Hollow is not about Piet Lisk, a doctor in medieval Padua.",
            N,
        ),
        # nor does one that adds a denial of what the claim asserts to the claim's own,
        (
            "Nora Hale was deeply devout, but her piety was not shared by her brothers.",
            "Nora Hale was not deeply devout, but her piety was not shared by her brothers.",
            N,
        ),
        (
            "Nora Hale was deeply devout, but her piety was not shared by her brothers.",
            "Nora Hale was deeply devout, but her piety was not shared by her brothers.",
            S,
        ),
        (
            "Nora Hale threatened to sue Piet Lisk because she did not recognize the divorce "
            "granted Lisk.",
            "Nora Hale did not threaten to sue Piet Lisk because she did not recognize the "
            "divorce granted Lisk.",
            N,
        ),
        # A denial in a bracketed aside denies nothing the claim says,
        (
            "Tarn Hollow is set in the fictional town of Lisk, Ohio.",
            "Tarn Hollow is set in the fictional town of Lisk, Ohio (not to be confused with "
            "the actual Lisk), which is based loosely on the memories of Nora Hale.",
            S,
        ),
        # nor one that governs another word first ("not exclusive to the Tarn Arena"),
        (
            "Piet Lisk may have called the Tarn Arena by the name Lisk Hall.",
            "Piet Lisk may have called the Tarn Arena by the name Lisk Hall, but the name was "
            "not exclusive to the Tarn Arena.",
            S,
        ),
        # and a denied name is denied whole: "not the Lisk Prize" is no "Tarn Prize".
        (
            "Nora Hale won the Tarn Prize in 1990.",
            "Nora Hale won the Tarn Prize in 1990, not the Lisk Prize.",
            S,
        ),
    ],
)
def test_a_denial_the_claim_does_not_make(claim: str, text: str, label: Label) -> None:
    for verdict in both(claim, text, "Nora Hale"):
        assert verdict.label is not Label.SUPPORTED if label is N else verdict.label is label, (
            verdict.reason
        )


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # A denied refusal asserts the deed: two denials, no conflict with the deed done,
        (
            "Nora Hale supported the Tarn plan.",
            "Nora Hale did not refuse to support the Tarn plan.",
            S,
        ),
        ("Nora Hale won the Tarn Cup.", "Nora Hale never failed to win the Tarn Cup.", S),
        # and a conflict with the refusal.
        (
            "Nora Hale refused to support the Tarn plan.",
            "Nora Hale did not refuse to support the Tarn plan.",
            C,
        ),
    ],
)
def test_a_denied_refusal_asserts_the_deed(claim: str, text: str, label: Label) -> None:
    for verdict in both(claim, text, "Nora Hale"):
        assert verdict.label is label, verdict.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # A ", where" clause puts its deed in the place it hangs on,
        (
            "Nora Hale died in Japan.",
            "In 1959 Nora Hale moved to India, where she died in 1980.",
            C,
        ),
        (
            "Nora Hale died in India.",
            "In 1959 Nora Hale moved to India, where she died in 1980.",
            S,
        ),
        # not a deed of another clause after it.
        (
            "Nora Hale died in London.",
            "In 1959 Nora Hale moved to India, where she met Tom Lisk, and died in 1980.",
            N,
        ),
    ],
)
def test_a_where_clause_places_its_deed(claim: str, text: str, label: Label) -> None:
    for verdict in both(claim, text, "Nora Hale"):
        assert verdict.label is label, verdict.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # A murder, an assassination or a slaying is the death it dates: one death, one date,
        ("Nora Hale was murdered in 1830.", "Nora Hale was killed by three men in 1828.", C),
        ("Nora Hale was killed in 1830.", "Nora Hale was murdered in 1828.", C),
        ("Nora Hale was assassinated in 1830.", "Nora Hale was murdered in 1828.", C),
        ("Nora Hale was murdered in 1828.", "Nora Hale was killed by three men in 1828.", S),
        ("Nora Hale died in 1828.", "Nora Hale was slain at Lisk in 1828.", S),
        # not the deed of a killer, dated by the killer's own death;
        ("Nora Hale murdered Tom Lisk in 1830.", "Nora Hale died in 1828.", N),
        # and a doer of the claim's the sentence does not say is not borne out.
        (
            "Nora Hale was assassinated by one of her guards in 1610.",
            "Nora Hale was finally killed at Tarn on 14 May 1610 by a fanatic, Tom Lisk.",
            N,
        ),
    ],
)
def test_a_killing_is_the_death_it_dates(claim: str, text: str, label: Label) -> None:
    for verdict in both(claim, text, "Nora Hale"):
        assert verdict.label is label, verdict.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # A sentence that names the claim's subject only in a relative clause hung on
        # another name dates that other one after the clause,
        ("Tom Lisk was killed in 1830.", "Nora Hale, who killed Tom Lisk, died in 1850.", N),
        (
            "Tom Lisk was killed in 1830.",
            "Nora Hale, who shot Tom Lisk at Tarn, was hanged in 1850.",
            N,
        ),
        # or in an apposition or an opening phrase, another name the sentence's subject,
        (
            "Tom Lisk was elected mayor of Tarn in 1830.",
            "Paul Lisk, son of Tom Lisk, was elected mayor of Tarn in 1850.",
            N,
        ),
        (
            "Tom Lisk was elected mayor of Tarn in 1830.",
            "Like his father Tom Lisk, Paul Lisk was elected mayor of Tarn in 1850.",
            N,
        ),
        (
            "The Tarn Bridge was completed in 1830.",
            "The Lisk Bridge, which replaced the Tarn Bridge, was completed in 1850.",
            N,
        ),
        (
            "Tom Lisk was killed in 1830.",
            "After Tom Lisk was killed, his son fled to Tarn in 1850.",
            N,
        ),
        (
            "Tom Lisk won the Tarn Prize in 1990.",
            "Paul Dunn won the Tarn Prize in 1992, two years after Tom Lisk.",
            N,
        ),
        # not when the sentence opens on the subject itself, names it in a list or before
        # the value, or dates the subject's deed in the opening clause.
        ("Tom Lisk won the Tarn Prize in 1990.", "In 1992 Tom Lisk won the Tarn Prize.", C),
        (
            "Tom Lisk won the Tarn Prize in 1990.",
            "Paul Dunn and Tom Lisk won the Tarn Prize in 1992.",
            C,
        ),
        ("Tom Lisk was killed in 1830.", "Tom Lisk, who ruled Tarn, was killed in 1850.", C),
        (
            "Tom Lisk moved to Lisk Springs, Tarn in 1971.",
            "Tom Lisk moved to Lisk Springs, Tarn in 1968.",
            C,
        ),
        (
            "About 640,000 Tarn soldiers were sent to Lisk, each for a year.",
            "Approximately 320,000 Tarn soldiers were sent to Lisk, each for a year.",
            C,
        ),
        (
            "Tom Lisk founded the Tarn Company in 1830.",
            "Tom Lisk, Nora Hale and Paul Dunn founded the Tarn Company in 1850.",
            C,
        ),
        (
            "Tom Lisk was killed in 1830.",
            "When Tom Lisk was killed in 1850, his son fled to Tarn.",
            C,
        ),
    ],
)
def test_an_aside_does_not_lend_its_subject_the_main_clauses_date(
    claim: str, text: str, label: Label
) -> None:
    for verdict in both(claim, text, "Tom Lisk"):
        assert verdict.label is label, verdict.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # The tallest building is an edifice, not the act of building (a start, through
        # WordNet's "establish"): "until 2015" ends the span, as it does for an office.
        (
            "The Lisk Tower was the tallest building in Tarn until 2015.",
            "The Lisk Tower was the tallest building in Tarn from 2009 until 2015.",
            S,
        ),
        (
            "The Lisk Tower was the tallest building in Tarn until 2015.",
            "The Lisk Tower was the tallest building in Tarn between 2009 and 2015.",
            S,
        ),
        (
            "The Lisk Tower was the tallest building in Tarn until 2015.",
            "The Lisk Tower was the tallest building in Tarn from 2009 until 2012.",
            C,
        ),
    ],
)
def test_a_noun_after_a_superlative_is_no_deed(claim: str, text: str, label: Label) -> None:
    for verdict in both(claim, text, "Lisk Tower"):
        assert verdict.label is label, verdict.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # A span open on one side holds on its inner side: no conflict.
        ("Tom Lisk coached Tarn FC in 2018.", "Tom Lisk has coached Tarn FC since 2015.", N),
        (
            "Nora Hale edited the Tarn Times in 1960.",
            "Nora Hale edited the Tarn Times from 1955 until it closed in 1972.",
            N,
        ),
        (
            "Nora Hale lived in Lisk in the 1960s.",
            "Nora Hale moved to Lisk in 1950 and lived there until her death in 1999.",
            N,
        ),
        # A state held at the date (since 4ce95af "was married" reads as one), inside a
        # span closed on both sides: borne out.
        (
            "Tom Lisk was married to Nora Hale in 1975.",
            "Tom Lisk was married to Nora Hale from 1970 until her death in 1999.",
            S,
        ),
        (
            "Tom Lisk taught at Tarn College in 1990.",
            "Tom Lisk taught at Tarn College from 1985.",
            N,
        ),
        # Beyond the bound, or a date of the span's own start or of the bounding event,
        # still conflicts.
        (
            "Tom Lisk began coaching Tarn FC in 2018.",
            "Tom Lisk has coached Tarn FC since 2015.",
            C,
        ),
        (
            "Tom Lisk became coach of Tarn FC in 2018.",
            "Tom Lisk has been the coach of Tarn FC since 2015.",
            C,
        ),
        (
            "Nora Hale lived in Lisk in 2005.",
            "Nora Hale moved to Lisk in 1950 and lived there until her death in 1999.",
            C,
        ),
        (
            "Nora Hale died in 1990.",
            "Nora Hale moved to Lisk in 1950 and lived there until her death in 1999.",
            C,
        ),
    ],
)
def test_a_date_inside_a_span_open_on_one_side(claim: str, text: str, label: Label) -> None:
    for verdict in both(claim, text, "Tom Lisk"):
        assert verdict.label is label, verdict.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # A bound on a span's end or start is met by the range's own end or start.
        ("The Tarn war ended before 1810.", "The Tarn war was fought from 1801 to 1805.", S),
        ("The Tarn war began after 1800.", "The Tarn war was fought from 1801 to 1805.", S),
        ("The Tarn war ended before 1803.", "The Tarn war was fought from 1801 to 1805.", C),
        ("The Tarn war began after 1802.", "The Tarn war was fought from 1801 to 1805.", C),
    ],
)
def test_a_bound_on_the_end_of_a_range(claim: str, text: str, label: Label) -> None:
    for verdict in both(claim, text, "Tarn war"):
        assert verdict.label is label, verdict.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # Another maker named as the subject of the claim's deed, the work its object.
        ("Tom Lisk directed Tarn Road.", "Paul Dunn directed Tarn Road.", C),
        ("Tarn Road was directed by Tom Lisk.", "Paul Dunn directed Tarn Road in 1990.", C),
        (
            "The Tarn Monument was designed by Tom Lisk.",
            "Sculptor Paul Dunn designed the Tarn Monument.",
            C,
        ),
        # Not another work ("Tarn Road 2", "Tarn Road's sequel"), a shared deed, the claim's
        # maker named too, or a deed others do beside the maker (recording a song).
        ("Tom Lisk directed Tarn Road.", "Paul Dunn directed Tarn Road 2 in 2001.", N),
        ("Tom Lisk directed Tarn Road.", "Paul Dunn directed Tarn Road's sequel.", N),
        ("Tom Lisk founded Tarn FC.", "In 1888 Nora Hale founded Tarn FC with her husband.", N),
        (
            "Tom Lisk directed Tarn Road.",
            "Tarn Road, which Tom Lisk and Paul Dunn directed, came out in 1997.",
            S,
        ),
        ("Tom Lisk recorded Tarn Road.", "Paul Dunn recorded Tarn Road in 1973.", N),
    ],
)
def test_another_maker_as_the_deed_s_subject(claim: str, text: str, label: Label) -> None:
    for verdict in both(claim, text, "Tarn Road"):
        assert verdict.label is label, verdict.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # The year of a sum restated in another year's money dates no deed.
        (
            "Tarn Road was released in 2019.",
            "Tarn Road, released in 1950, grossed $3 million ($32 million in 2019).",
            C,
        ),
        (
            "Tarn Road was released in 1950.",
            "Tarn Road, released in 1950, grossed $3 million ($32 million in 2019).",
            S,
        ),
        (
            "Building the Tarn Bridge took nine years and had a cost of US$250,000 ($3,600,000"
            " in 2019).",
            "Building the Tarn Bridge took nine years and cost the equivalent of US$250,000"
            " (equivalent to $3,600,000 in 2019).",
            S,
        ),
        (
            "The Tarn Bridge cost US$250,000 ($3,600,000 in 2019).",
            "The Tarn Bridge cost US$250,000 (equivalent to $3,600,000 in 2019) and opened on"
            " October 12, 1931.",
            S,
        ),
        (
            "The Tarn Bridge cost US$250,000 ($3,600,000 in 2019).",
            "The Tarn Bridge cost US$250,000 ($3,900,000 in 2020) and opened on October 12, 1931.",
            N,
        ),
        # Outside parentheses the year is the deed's own.
        ("Tarn Road grossed $3 million in 1951.", "Tarn Road grossed $3 million in 1952.", C),
    ],
)
def test_a_year_of_prices_is_no_date_of_the_deed(claim: str, text: str, label: Label) -> None:
    for verdict in both(claim, text, "Tarn Road"):
        assert verdict.label is label, verdict.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # A work of another rank in the same series is another work.
        (
            "Nora Hale's first novel was published in 1950.",
            "Nora Hale's second novel, Tarn Road, was published in 1962.",
            N,
        ),
        (
            "Nora Hale's debut novel was published in 1950.",
            "Nora Hale's second novel, Tarn Road, was published in 1962.",
            N,
        ),
        (
            "Nora Hale's second novel was published in 1950.",
            "Nora Hale's debut novel, Tarn Road, was published in 1962.",
            N,
        ),
        (
            "Nora Hale's debut novel was published in 1950.",
            "Nora Hale's debut novel, Red Sky, appeared in 1950. Her second, Tarn Road, was"
            " published in 1962.",
            N,
        ),
        # The same rank, or the claim's own rank said beside another, still conflicts.
        (
            "Nora Hale's debut novel was published in 1950.",
            "Nora Hale's debut novel, Tarn Road, was published in 1962.",
            C,
        ),
        (
            "Nora Hale's first novel was published in 1950.",
            "Nora Hale published her first novel in 1952 and her second in 1962.",
            C,
        ),
        (
            "The second volume, Tarn Road, was released in September 2011.",
            "The second and third volumes, Tarn Road and Lisk Road, were published in 2012.",
            C,
        ),
    ],
)
def test_a_work_of_another_rank_is_another_work(claim: str, text: str, label: Label) -> None:
    for verdict in both(claim, text, "Nora Hale"):
        assert verdict.label is label, verdict.reason


@pytest.mark.parametrize(
    ("claim", "sentences", "label"),
    [
        # Two sentences of one article, each telling one of two joined facts, support it
        # (S107) or complete it (S105) ...
        (
            "Tarn Road is a 1930 novel by Tom Lisk which is narrated by 15 characters over 59"
            " chapters.",
            [
                "Tarn Road is a 1930 Southern Gothic novel by American author Tom Lisk.",
                "The book is narrated by 15 different characters over 59 chapters.",
            ],
            S,
        ),
        (
            "Tom Lisk was born in 1950 and won the Tarn Prize in 1990.",
            ["Tom Lisk was born in 1950 in Lisk.", "He won the Tarn Prize in 1990."],
            S,
        ),
        # ... but not when a part is told of someone else, a word of it goes unsaid in both,
        # or the values are swapped between the deeds.
        (
            "Tarn Road is a 1930 novel by Tom Lisk which is narrated by 15 characters over 59"
            " pages.",
            [
                "Tarn Road is a 1930 Southern Gothic novel by American author Tom Lisk.",
                "The book is narrated by 15 different characters over 59 chapters.",
            ],
            N,
        ),
        (
            "Tom Lisk was born in 1950 and died in 1999.",
            ["Tom Lisk was born in 1950 in Lisk.", "His wife died in 1999."],
            N,
        ),
        (
            "Tom Lisk was born in 1950 and won the Tarn Prize in 1990.",
            ["Tom Lisk was born in 1950 in Lisk.", "In 1990 Paul Dunn won the Tarn Prize."],
            N,
        ),
        (
            "Tom Lisk was born in 1990 and won the Tarn Prize in 1950.",
            ["Tom Lisk was born in 1950 in Lisk.", "He won the Tarn Prize in 1990."],
            N,
        ),
    ],
)
def test_two_sentences_each_telling_a_part(claim: str, sentences: list[str], label: Label) -> None:
    verdict = verify(claim, {"Tom Lisk": " ".join(sentences)})
    assert verdict.label is label, verdict.reason


def test_two_sentences_neither_saying_enough_alone() -> None:
    verdict = verify(
        "Tarn Road is a 1930 Southern Gothic novel by American author Tom Lisk which is"
        " narrated by 15 different characters over 59 chapters.",
        {
            "Tarn Road": "Tarn Road is a 1930 Southern Gothic novel by American author Tom Lisk."
            " The book is narrated by 15 different characters over 59 chapters."
        },
    )
    assert (verdict.label, verdict.rule) == (S, "S107"), verdict.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # A sentence opening on a date and then another name is about that other one.
        (
            "Tom Lisk won the Tarn Prize in 1990.",
            "Tom Lisk is a painter. In 1990 Paul Dunn won the Tarn Prize.",
            N,
        ),
        (
            "Tom Lisk moved to Tarn in 1975.",
            "Tom Lisk is a painter. In 1975 his brother moved to Tarn.",
            N,
        ),
        (
            "Tom Lisk won the Tarn Prize in 1990.",
            "Tom Lisk is a painter. In 1990 he won the Tarn Prize.",
            S,
        ),
        (
            "Tom Lisk won the Tarn Prize in 1990.",
            "Tom Lisk is a painter. In 1990 Lisk won the Tarn Prize.",
            S,
        ),
    ],
)
def test_a_date_then_another_name_opens_another_subject(
    claim: str, text: str, label: Label
) -> None:
    verdict = verify(claim, {"Tom Lisk": text})
    assert verdict.label is label, verdict.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # Joined deeds date their own values; a date that opens the claim dates both, and a
        # date with no deed before "and" is the later deed's.
        (
            "In 1940 she had the title role in Tarn Road and received her first Lisk Award"
            " nomination.",
            "In 1937 she had the title role in Tarn Road and received her first Lisk Award"
            " nomination.",
            C,
        ),
        (
            "February 22, 1524 and called for the Tarn Junta to meet in 1524.",
            "February 19, 1524 and called for the Tarn Junta to meet in 1524.",
            N,
        ),
        (
            "Tom Lisk was born in 1950 and won the Tarn Prize in 1990.",
            "Tom Lisk was born in 1950 and won the Tarn Prize in 1990.",
            S,
        ),
        (
            "Tom Lisk was born in 1950 and won the Tarn Prize in 1990.",
            "Tom Lisk was born in 1950 and won the Tarn Prize in 1992.",
            C,
        ),
    ],
)
def test_joined_deeds_date_their_own_values(claim: str, text: str, label: Label) -> None:
    verdict = verify(claim, {"Nora Hale": text})
    assert verdict.label is label, verdict.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # A part of the subject, owned by "its", is not the subject.
        (
            "The Tarn Bridge is 420 metres long.",
            "The Tarn Bridge opened in 1934. Its main span is 420 metres long.",
            N,
        ),
        (
            "The Tarn river is 300 km long.",
            "The Tarn is a river in Lisk. Its navigable section is 300 km long.",
            N,
        ),
        (
            "The Tarn Bridge is 420 metres long.",
            "The Tarn Bridge opened in 1934. It is 420 metres long.",
            S,
        ),
    ],
)
def test_a_part_owned_by_its_is_not_the_whole(claim: str, text: str, label: Label) -> None:
    verdict = verify(claim, {"Tarn Bridge": text})
    assert verdict.label is label, verdict.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # The claim's deed said of another doer, or with another name as its object.
        (
            "Tom Lisk built the Tarn Bridge.",
            "The Vonn Company built the Tarn Bridge to designs by Tom Lisk.",
            N,
        ),
        (
            "Tom Lisk won the Tarn Prize.",
            "Tom Lisk was nominated for the Tarn Prize, which Nora Hale won.",
            N,
        ),
        (
            "Tom Lisk attended Tarn College.",
            "Tom Lisk was rejected by Tarn College and attended Vonn College.",
            N,
        ),
        # Not when the subject is among the doers, or says the deed itself elsewhere.
        ("Tom Lisk founded Tarn FC.", "Tom Lisk and Nora Hale founded Tarn FC in 1888.", S),
        (
            "Tom Lisk won the Tarn Prize.",
            "Nora Hale won the Tarn Prize in 1989 and Tom Lisk won it in 1990.",
            S,
        ),
        ("Tom Lisk attended Tarn College.", "Tom Lisk attended Tarn College from 1970.", S),
        # A claim in the passive: its subject is not the doer; a copula tells no deed; a
        # verb of another clause of the claim has its own doer.
        (
            "Tom Lisk was ranked the best painter of Tarn.",
            "In 1999, the Tarn Academy ranked Lisk as the best painter of Tarn.",
            S,
        ),
        ("Tarn Road is a film.", "Tarn Road: A Poem of Love is a 1973 drama film.", S),
        (
            "Tom Lisk recorded eight tracks for the album, and Nora Hale performed the other two.",
            "Tom Lisk recorded eight tracks for the album, and Nora Hale performed the other two.",
            S,
        ),
    ],
)
def test_the_deed_done_by_another_or_to_another(claim: str, text: str, label: Label) -> None:
    verdict = verify(claim, {"Tom Lisk": text})
    assert verdict.label is label, verdict.reason


@pytest.mark.parametrize(
    ("title", "claim", "text", "label"),
    [
        # "The <noun>" opening a sentence stands for the article's subject only when the
        # noun fits what the first sentence says the subject is.
        (
            "Lisk Road",
            "Lisk Road was released in 1995.",
            "Lisk Road is an American drama film directed by Tom Vane. "
            "The soundtrack was released in 1996.",
            N,
        ),
        (
            "Lisk Road",
            "Lisk Road was released in 1995.",
            "Lisk Road is an American drama film directed by Tom Vane. "
            "The sequel was released in 1996.",
            N,
        ),
        (
            "Lisk",
            "Lisk has a population of 5,000.",
            "Lisk is a town in Vane County. The county has a population of 40,000.",
            N,
        ),
        (
            "Lisk Bridge",
            "The Lisk Bridge opened in 1995.",
            "The Lisk Bridge is a suspension bridge over the Vane. The tunnel opened in 1996.",
            N,
        ),
        # The same kind, a synonym, a broader word, a role of a person, another word for
        # an organisation: the subject still.
        (
            "Lisk Road",
            "Lisk Road was released in 1995.",
            "Lisk Road is an American drama film directed by Tom Vane. "
            "The movie was released in 1996.",
            C,
        ),
        (
            "Lisk",
            "Lisk has a population of 5,000.",
            "Lisk is a town in Vane County. The city has a population of 4,000.",
            C,
        ),
        (
            "Lisk Bridge",
            "The Lisk Bridge opened in 1995.",
            "The Lisk Bridge is a suspension bridge over the Vane. The structure opened in 1995.",
            S,
        ),
        (
            "Tom Vane",
            "Tom Vane retired in 1995.",
            "Tom Vane is an American actress and singer. The singer retired in 1996.",
            C,
        ),
        (
            "Lisk College",
            "Lisk College was founded in 1895.",
            "Lisk College is a private university in Vane. The school was founded in 1895.",
            S,
        ),
        # An attribute the claim speaks of ("The budget"), a phrase with no noun ("The best
        # known is"): not kinds of the subject.
        (
            "Lisk Road",
            "Lisk Road had a budget of $5 million.",
            "Lisk Road is an American drama film directed by Tom Vane. The budget was $4 million.",
            C,
        ),
        (
            "Lisk Marches",
            "The march began in October 1934.",
            "The Lisk Marches were a series of retreats. "
            "The best known is the march from Vane, which began in October 1934.",
            S,
        ),
        # A genre says no kind ("a romantic comedy" may be a film or a play).
        (
            "Lisk Road",
            "Lisk Road was released in 1995.",
            "Lisk Road is a 1995 American romantic comedy directed by Tom Vane. "
            "The film was released in 1996.",
            C,
        ),
    ],
)
def test_the_noun_standing_for_the_subject_must_fit_its_kind(
    title: str, claim: str, text: str, label: Label
) -> None:
    verdict = verify(claim, {title: text})
    assert verdict.label is label, verdict.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # A figure given by a copula to the bare noun the claim's figure is "of".
        ("Lisk has a population of 5,000.", "Lisk is a town. Its population is 4,000.", C),
        ("Lisk has a population of 5,000.", "Lisk is a town. Its population is 5,000.", S),
        (
            "Lisk had a population of 5,000 in 2010.",
            "Lisk is a town. Its population was 4,000 at the 2010 census.",
            C,
        ),
        # Not a narrowed one, nor that of another place.
        ("Lisk has a population of 5,000.", "Lisk is a town. Its urban population is 40,000.", N),
        ("Lisk has a population of 5,000.", "Lisk is a town. Its Jewish population is 400.", N),
        (
            "Lisk has a population of 5,000.",
            "Lisk is a town. The population of the county is 40,000.",
            N,
        ),
    ],
)
def test_a_measure_given_by_a_copula(claim: str, text: str, label: Label) -> None:
    verdict = verify(claim, {"Lisk": text})
    assert verdict.label is label, verdict.reason


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # Another's own instance of the claim's subject is not the one it speaks of.
        ("The Second Lisk Army began its own withdrawal in November 1935.", N),
        ("The withdrawal began in November 1935.", C),
    ],
)
def test_anothers_own_instance_of_the_subject(text: str, label: Label) -> None:
    verdict = verify("The withdrawal began in October 1934.", {"Lisk March": text})
    assert verdict.label is label, verdict.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # "a 1996 film" is the year it came out: it dates no filming through the verb's noun.
        ("Lisk Road was filmed in 1995.", "Lisk Road is a 1996 film.", N),
        ("Lisk Road was filmed in 1995.", "Lisk Road is a 1996 film. It was filmed in 1994.", C),
        ("Lisk Road is a 1995 film.", "Lisk Road is a 1996 film.", C),
        (
            "The 1995 film Lisk Road was directed by Tom Vane.",
            "Lisk Road is a 1996 film directed by Tom Vane.",
            C,
        ),
    ],
)
def test_a_work_s_year_dates_no_making_through_its_noun(
    claim: str, text: str, label: Label
) -> None:
    verdict = verify(claim, {"Lisk Road": text})
    assert verdict.label is label, verdict.reason


@pytest.mark.parametrize(
    ("title", "claim", "text", "label"),
    [
        # A sentence opening on a thing of another kind ("A ferry", "The album it came
        # from"), or "it" right after one, is not about the article's subject.
        (
            "Lisk Bridge",
            "The Lisk Bridge opened in 1950.",
            "The Lisk Bridge is a bridge over the Vane. A ferry opened in 1850.",
            N,
        ),
        (
            "Lisk Road",
            "Lisk Road reached number 3 in the UK.",
            "Lisk Road is a 1996 song by Tom Vane. "
            "The album it came from reached number 5 in the UK.",
            N,
        ),
        (
            "Lisk Road",
            "Lisk Road was released in 1996.",
            "Lisk Road is a 1996 film. The soundtrack album was issued by Vane Records. "
            "It was released in 1997.",
            N,
        ),
        # A relative is no role of the subject's ("The painter's wife"), nor is "he" right
        # after one.
        (
            "Tom Lisk",
            "Tom Lisk died in 1999.",
            "Tom Lisk is a painter. The painter's wife died in 2001.",
            N,
        ),
        (
            "Tom Lisk",
            "Tom Lisk was born in 1950.",
            "Tom Lisk is a painter. A brother grew up in Vane. He was born in 1951.",
            N,
        ),
        (
            "Tom Lisk",
            "Tom Lisk was born in 1950.",
            "Tom Lisk is a painter. The singer grew up in Vane. He was born in 1951.",
            C,
        ),
        # A word before the head that narrows it to another ("The medical school", "The
        # first bridge on the site"), a thing brought in by "a", a work before "it".
        (
            "Lisk College",
            "Lisk College was founded in 1895.",
            "Lisk College is a university in Vane. The medical school was founded in 1920.",
            N,
        ),
        (
            "Lisk Bridge",
            "The Lisk Bridge opened in 1950.",
            "The Lisk Bridge is a bridge over the Vane. "
            "The first bridge on the site opened in 1850.",
            N,
        ),
        (
            "Lisk",
            "Lisk has a population of 5,000.",
            "Lisk is a town in Vane County. A village nearby has a population of 700.",
            N,
        ),
        (
            "Lisk Road",
            "Lisk Road was released in 1996.",
            "Lisk Road is a 1996 film directed by Tom Vane. A sequel, Lisk Road 2, followed. "
            "It was released in 1999.",
            N,
        ),
        (
            "Lisk Bridge",
            "The Lisk Bridge opened in 1950.",
            "The Lisk Bridge is a suspension bridge over the Vane. "
            "The suspension bridge opened in 1951.",
            C,
        ),
        # A phrase after a comma with no verb after it is no subject ("..., a minor
        # league team").
        (
            "Tom Lisk",
            "Tom Lisk began his career in the 1940s.",
            "Tom Lisk was a baseball player. "
            "He began his career in 1934 with the Vane Monarchs, a minor league team.",
            C,
        ),
        # Words of the claim's own subject, plural too, narrow nothing; the claim's own "it"
        # is whatever the sentence's is.
        (
            "Lisk Road",
            "The first four stanzas of the 1845 poem describe a storm.",
            '"Lisk Road" is a ballad by Tom Vane. '
            "The first four stanzas of the 1842 poem describe a storm.",
            C,
        ),
        (
            "Lisk Road",
            "It is not founded on what he had heard.",
            "Lisk Road is a novel by Tom Vane. The preface was written in 1920. "
            "It is founded on what he had heard.",
            C,
        ),
        (
            "Vane Company",
            "The Vane Company was founded in 1900.",
            "The Vane Company is an American car maker. The parent company was founded in 1850.",
            N,
        ),
        (
            "Lisk Summit",
            "The Lisk Summit was held in April 2008.",
            "The Lisk Summit was a NATO summit held in Lisk. "
            "The next summit was held in April 2009.",
            N,
        ),
        # A count before the noun says how many, not which ("The three brothers").
        (
            "Vane Harbour",
            "The 3 brothers performed in Lisk in 2007.",
            "Vane Harbour are an American pop band. The three brothers performed in Lisk in 2007.",
            S,
        ),
        # An aside before a pronoun is no subject of its own.
        (
            "Tom Lisk",
            "Tom Lisk joined the faculty of Vane College in 1980.",
            "Tom Lisk is an American scholar. "
            "A member of the faculty of Vane College since 1982, he holds a chair there.",
            C,
        ),
        # A thing of the subject's kind, a person before "it", a quantity: as before.
        (
            "Lisk Road",
            "Lisk Road was released in 1996.",
            "Lisk Road is a 1996 film. The film was made by Vane Pictures. "
            "It was released in 1997.",
            C,
        ),
        (
            "Lisk Road",
            "Lisk Road was released in 1996.",
            "Lisk Road is a 1996 film. The director was Tom Vane. It was released in 1997.",
            C,
        ),
        (
            "Lisk Bridge",
            "The Lisk Bridge opened in 1950.",
            "The Lisk Bridge is a bridge over the Vane. The bridge opened in 1951.",
            C,
        ),
    ],
)
def test_an_opening_thing_of_another_kind(title: str, claim: str, text: str, label: Label) -> None:
    verdict = verify(claim, {title: text})
    assert verdict.label is label, verdict.reason


@pytest.mark.parametrize(
    ("title", "claim", "text", "label"),
    [
        # A day without a year dates no deed before a birth.
        (
            "Tom Lisk",
            "Tom Lisk discovered a comet on 30 March.",
            "Tom Lisk was born on 30 April 1777 in Tarnow.",
            N,
        ),
        (
            "Tom Lisk",
            "Tom Lisk discovered a comet on 30 March 1770.",
            "Tom Lisk was born on 30 April 1777 in Tarnow.",
            C,
        ),
        # "(born in April 1964)" after a child's name is the child's birth.
        (
            "Tom Lisk",
            "Tom Lisk had a son, Dan (born in April 1964).",
            "Tom Lisk (April 21, 1915 – June 3, 2001) was an American actor.",
            N,
        ),
        (
            "Tom Lisk",
            "Tom Lisk was born in April 1964.",
            "Tom Lisk (April 21, 1915 – June 3, 2001) was an American actor.",
            C,
        ),
        # An opposite the sentence denies agrees with the claim.
        (
            "Lisk Tales",
            "Lisk Tales is set in the fictional town of Lisk.",
            "The book is not set in the real town of Lisk.",
            N,
        ),
        (
            "Lisk Tales",
            "Lisk Tales is set in the fictional town of Lisk.",
            "The book is set in the real town of Lisk.",
            C,
        ),
        # A denial of the claim's noun described another way is of another thing.
        (
            "Lisk, Ohio",
            "Lisk, Ohio is set in the fictional town of Lisk, Ohio.",
            "Ann Hale's 2008 novel Ruin is set, in part, at Lisk College in Lisk, Ohio. It is "
            "widely acknowledged that the fictional model of the book's town, Lisk, is based on "
            "Tom Vane's boyhood memories of Clyde, Ohio, where Vane lived between the ages of "
            "eight and nineteen (1884–1896), and not the actual town of Lisk, Ohio.",
            N,
        ),
        (
            "Lisk Tales",
            "Lisk Tales is set in the town of Lisk.",
            "Lisk Tales is not set in the actual town of Lisk.",
            C,
        ),
        (
            "Lisk Road",
            "Lisk Road was a huge success.",
            "Lisk Road was not a commercial success.",
            N,
        ),
        # A date in an aside of the claim dates the aside's deed, not the main one.
        (
            "Tom Lisk",
            "Tom Lisk founded the Vane Company, which went public in 1900.",
            "Tom Lisk founded the Vane Company in 1850.",
            N,
        ),
        (
            "Lisk Road",
            "Lisk Road, released in 1990, was directed by Tom Lisk.",
            "Tom Lisk directed Lisk Road in 1989.",
            N,
        ),
        (
            "Lisk Road",
            "Lisk Road, which was filmed in 1989, was released in 1990.",
            "Lisk Road was filmed in 1988 and released in 1990.",
            C,
        ),
        # A longer name a nationality opens is another body of the kind.
        (
            "Tom Lisk",
            "Tom Lisk was inducted into the Baseball Hall of Fame in 1946.",
            "In 2011, he was inducted into the Irish American Baseball Hall of Fame.",
            N,
        ),
        (
            "Tom Lisk",
            "Tom Lisk was inducted into the Baseball Hall of Fame in 1946.",
            "Tom Lisk was inducted into the National Baseball Hall of Fame in 1947.",
            C,
        ),
        (
            "Tom Lisk",
            "Tom Lisk joined the Red Sox in 1946.",
            "Tom Lisk joined the Boston Red Sox in 1947.",
            C,
        ),
        # An age is no deed of its own: the date before it dates the death.
        (
            "Tom Lisk",
            "Tom Lisk died in 2018, aged 94 years, at his home in Tarnow.",
            "Tom Lisk died on November 30, 2018, aged 94 years, at his home in Tarnow.",
            S,
        ),
        # The subject after a second opening phrase; a noun WordNet lacks is its own kind.
        (
            "Vane",
            "The Vane app was launched in 2008.",
            "In 2007, just after launch, the company made a loss of 31.8 million kronor.",
            N,
        ),
        (
            "Vane",
            "The Vane app was launched in 2008.",
            "In 2007, shortly after, the app was launched.",
            C,
        ),
    ],
)
def test_dates_and_opposites_of_another(title: str, claim: str, text: str, label: Label) -> None:
    verdict = verify(claim, {title: text})
    assert verdict.label is label, verdict.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # The claim's name only qualifies its subject's noun; the sentence is about the name.
        ("The Vane app was launched in 2008.", "Vane was founded in 2006.", N),
        ("The Lisk family moved to Tarnow in 1950.", "Lisk moved to Tarnow in 1951.", N),
        # The sentence says the noun, or the name is the whole subject: as before.
        ("The Vane app was launched in 2008.", "The Vane app was launched in 2007.", C),
        ("The Lisk family moved to Tarnow in 1950.", "The Lisk family moved to Tarnow in 1951.", C),
        ("The Lisk quickly grew in 1950.", "Lisk grew in 1951.", C),
        # A noun for what the article says its subject is names the subject itself.
        ("The Vane firm was founded in 2007.", "Vane was founded in 2006.", C),
    ],
)
def test_a_name_qualifying_the_claims_noun(claim: str, text: str, label: Label) -> None:
    title = claim.split()[1]
    lead = {"Vane": "Vane is a Swedish music company. ", "Lisk": "Lisk is a town in Ohio. "}
    verdict = verify(claim, {title: lead[title] + text})
    assert verdict.label is label, verdict.reason


@pytest.mark.parametrize(
    ("title", "claim", "text", "label"),
    [
        # Each deed of a claim that tells two is settled on its own words; an aside's
        # with the name it tells of.
        (
            "Tom Lisk",
            'They had one daughter, Ann "Lexi" Nora Lisk, born in August 2000.',
            "Tom Lisk was born Thomas Lisk on 8 January 1947 in Tarnow.",
            N,
        ),
        (
            "Lisk Treaty",
            "The Lisk Treaty, signed in 1990, took effect in 1992.",
            "The Lisk Treaty is a treaty. It took effect in 1993.",
            C,
        ),
        (
            "Tom Lisk",
            "Tom Lisk was born in 1950 and won the Vane Prize in 1990.",
            "Tom Lisk is a writer. He was born in 1951.",
            C,
        ),
        (
            "Tom Lisk",
            "Tom Lisk was born in 1950 and won the Vane Prize in 1990.",
            "Tom Lisk is a writer. He was born in 1950.",
            N,
        ),
    ],
)
def test_each_deed_of_a_claim_on_its_own_words(
    title: str, claim: str, text: str, label: Label
) -> None:
    verdict = verify(claim, {title: text})
    assert verdict.label is label, verdict.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # Leaving a state is dated, not entering it.
        ("Tom Lisk retired in 1990.", "Lisk came out of retirement in 1994.", N),
        ("Tom Lisk retired in 1990.", "Lisk ended his retirement in 1994.", N),
        ("Tom Lisk retired in 1990.", "Lisk returned from retirement in 1994.", N),
        ("Tom Lisk was imprisoned in 1990.", "Lisk was released from imprisonment in 1994.", N),
        # Entering it, or a claim that leaves it too: as before.
        ("Tom Lisk retired in 1990.", "Lisk went into retirement in 1994.", C),
        ("Tom Lisk came out of retirement in 1990.", "Lisk came out of retirement in 1994.", C),
        ("Tom Lisk returned from exile in 1990.", "Lisk returned from exile in 1994.", C),
    ],
)
def test_leaving_a_state_dates_its_end(claim: str, text: str, label: Label) -> None:
    verdict = verify(claim, {"Tom Lisk": "Tom Lisk is a writer. " + text})
    assert verdict.label is label, verdict.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # "was the coach of ... in 1990" is a role held for a while: its start before the
        # date or its end after it agrees.
        (
            "Tom Lisk was the coach of Vane FC in 1990.",
            "Lisk was appointed coach of Vane FC in 1988.",
            N,
        ),
        (
            "Tom Lisk was the coach of Vane FC in 1990.",
            "Lisk was sacked as coach of Vane FC in 1994.",
            N,
        ),
        (
            "Tom Lisk was the coach of Vane FC in 1990.",
            "Lisk was appointed coach of Vane FC in 1992.",
            C,
        ),
        (
            "Tom Lisk was the coach of Vane FC in 1990.",
            "Lisk was the coach of Vane FC from 1988 to 1992.",
            S,
        ),
        (
            "Tom Lisk became the coach of Vane FC in 1990.",
            "Lisk was appointed coach of Vane FC in 1988.",
            C,
        ),
    ],
)
def test_a_role_held_at_a_date(claim: str, text: str, label: Label) -> None:
    verdict = verify(claim, {"Tom Lisk": "Tom Lisk is a football manager. " + text})
    assert verdict.label is label, verdict.reason


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # A part of the place, in the British spelling too ("centre" as "center").
        ("The town centre of Lisk has a population of 12,000.", N),
        ("The Lisk town centre has a population of 12,000.", N),
        ("The town of Lisk has a population of 12,000.", C),
    ],
)
def test_a_part_of_a_place_in_either_spelling(text: str, label: Label) -> None:
    verdict = verify("Lisk has a population of 50,000.", {"Lisk": "Lisk is a town. " + text})
    assert verdict.label is label, verdict.reason


@pytest.mark.parametrize(
    ("title", "claim", "text", "label"),
    [
        # A sequel's or model's number makes another work of the same name: neither dates
        # the other.
        ("Lisk Road", "Lisk Road 2 was released in 1994.", "Lisk Road was released in 1990.", N),
        ("Lisk Road", "Lisk Road was released in 1990.", "Lisk Road 2 was released in 1994.", N),
        ("Lisk Road", "Lisk Road was released in 1990.", "Lisk Road II was released in 1994.", N),
        ("Apollo", "Apollo 11 launched in 1969.", "Apollo 13 launched in 1970.", N),
        ("Tarnix", "Tarnix was first released in 1985.", "Tarnix 10 was released in 2015.", N),
        (
            "Tom Vane",
            "Tom Vane directed Lisk Road 2 in 1994.",
            "Tom Vane directed Lisk Road in 1990.",
            N,
        ),
        # The same number names the same work, in figures or Roman; a figure that counts
        # ("4 times") is no sequel's.
        ("Lisk Road", "Lisk Road 2 was released in 1994.", "Lisk Road 2 was released in 1995.", C),
        ("Apollo 11", "Apollo 11 landed in 1969.", "Apollo 11 landed in 1970.", C),
        ("Lisk War II", "Lisk War 2 ended in 1946.", "Lisk War II ended in 1945.", C),
        (
            "Tom Lisk",
            "He won the Vane Cup 4 times: in 1972 and 1977.",
            "He won the Vane Cup four times: in 1972 and 1977.",
            S,
        ),
    ],
)
def test_a_sequel_number(title: str, claim: str, text: str, label: Label) -> None:
    verdict = verify(claim, {title: text})
    assert verdict.label is label, verdict.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # What someone wanted, tried or planned to do is not what they did.
        ("Tom Lisk studied law.", "He wanted to study law but studied medicine instead.", N),
        ("Tom Lisk studied law.", "He hoped to study law.", N),
        ("Tom Lisk won the election in 1990.", "He hoped to win the election in 1990.", N),
        ("Tom Lisk won the election in 1990.", "He hoped to win the election in 1991.", N),
        (
            "Tom Lisk visited Tarnow in 1990.",
            "He tried to visit Tarnow in 1990 but was refused.",
            N,
        ),
        ("Tom Lisk opened a shop in 1990.", "He was set to open a shop in 1991.", N),
        # A claim that tells the aim itself, and the deed told outright, are read as before.
        ("Tom Lisk wanted to study law.", "He wanted to study law.", S),
        ("Tom Lisk studied law.", "He went on to study law.", S),
        ("Tom Lisk won the election in 1990.", "He won the election in 1991.", C),
    ],
)
def test_an_aim_is_not_the_deed(claim: str, text: str, label: Label) -> None:
    verdict = verify(claim, {"Tom Lisk": "Tom Lisk is a lawyer. " + text})
    assert verdict.label is label, verdict.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # A figure or a date written another way still stands where the claim's does: the
        # words around it are said alike.
        (
            "Its user base in 2017 was 328,000,000.",
            "Its user base in 2017 was 328 million.",
            S,
        ),
        (
            "Its user base in 2017 was 328 million.",
            "Its user base in 2017 was 328,000,000.",
            S,
        ),
        (
            "Its council of 16 men, appointed on September 6, 1561, kept those in office.",
            "Its council of 16 men, appointed on 6 September 1561, kept those in office.",
            S,
        ),
        (
            "Its council of 16 men, appointed on September 6, 1561, kept those in office.",
            "Its council of 17 men, appointed on 6 September 1561, kept those in office.",
            C,
        ),
        (
            "Its user base in 2017 was 329,000,000.",
            "Its user base in 2017 was 328 million.",
            C,
        ),
        # ... and so before it: the words before "2.16" hold "2316" or "2,316".
        (
            "His record was 193–143, 2316 strikeouts, and a 2.16 run average.",
            "His record was 193–143, 2,316 strikeouts, and a 2.16 run average.",
            S,
        ),
        (
            "In one game he allowed 8 walks in a 5–0 loss.",
            "In one game he allowed eight walks in a 5–0 loss.",
            S,
        ),
        # A masked figure does not use up the words looked at ("from # until his death
        # in #": "death" is still said alike).
        (
            "Tom Lisk was the ruler of Vane from 434 until his death in March 907.",
            "Tom Lisk was the ruler of Vane from 434 until his death in March 453.",
            C,
        ),
        # "4.1 million" is 4,100,000 to the last digit.
        (
            "The rights were sold for over $4,100,000.",
            "The rights were sold for over $4.1 million.",
            S,
        ),
    ],
)
def test_a_figure_written_another_way(claim: str, text: str, label: Label) -> None:
    verdict = verify(claim, {"Lisk": "Lisk is a duchy. " + text})
    assert verdict.label is label, verdict.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # "Its user base": a person noun that opens the claim's own compound is no person of
        # the subject's; a person of theirs the claim does not speak of still is.
        ("Its user base in 2017 was 328 million.", "Its user base in 2017 was 328 million.", S),
        ("Its user base in 2017 was 250 million.", "Its user base in 2017 was 328 million.", C),
        ("Lisk was founded in 1990.", "Its founder was born in 1960.", N),
        ("Its fan club was founded in 1995.", "Its fan club was founded in 1995.", S),
    ],
)
def test_a_person_noun_in_the_claims_compound(claim: str, text: str, label: Label) -> None:
    verdict = verify(claim, {"Lisk": "Lisk is a social network. " + text})
    assert verdict.label is label, verdict.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # A year in brackets after a name the claim brackets alike is the claim's too.
        (
            "Tom Lisk made his film debut in Vane Road (1980).",
            "Tom Lisk made his film debut in Vane Road (1980), but was fired during filming.",
            S,
        ),
        ("Tom Lisk starred in Vane Road (1976).", "Tom Lisk starred in Vane Road (1976).", S),
        # ... and a year bracketed after another name still dates only that one.
        (
            "Tom Lisk starred in Vane Road in 1976.",
            "His son Ben Lisk (1976) starred in Vane Road.",
            N,
        ),
    ],
)
def test_a_name_bracketed_alike(claim: str, text: str, label: Label) -> None:
    verdict = verify(claim, {"Tom Lisk": "Tom Lisk is an actor. " + text})
    assert verdict.label is label, verdict.reason


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # A sentence that gives the claim's rank, among the same things, bears it out; its
        # other ranks rank among other things.
        (
            "Lisk is the sixth-highest-grossing film and the highest-grossing film of the Tarn"
            " series.",
            S,
        ),
        ("Lisk is the highest-grossing film of the Tarn series.", S),
        # ... but a bare first place still meets the sixth.
        ("Lisk is the highest-grossing film.", C),
    ],
)
def test_a_rank_among_other_things(claim: str, label: Label) -> None:
    text = (
        "Lisk is the sixth-highest-grossing film and the highest-grossing film of the Tarn series."
    )
    verdict = verify(claim, {"Lisk": "Lisk is a film. " + text})
    assert verdict.label is label, verdict.reason


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        # A value the claim writes twice is read where it stands: the second 20 against the
        # 19 in its place, not the first 20.
        (
            "Tom Lisk wrote two versions, one published in 1833, of 20 stanzas, the other in"
            " 1842, of 20 stanzas.",
            C,
        ),
        (
            "Tom Lisk wrote two versions, one published in 1833, of 20 stanzas, the other in"
            " 1842, of 19 stanzas.",
            S,
        ),
    ],
)
def test_a_repeated_value_read_in_its_place(claim: str, label: Label) -> None:
    text = (
        "Tom Lisk wrote two versions, one published in 1833, of 20 stanzas, the other in 1842,"
        " of 19 stanzas."
    )
    verdict = verify(claim, {"Tom Lisk": "Tom Lisk was a poet. " + text})
    assert verdict.label is label, verdict.reason


@pytest.mark.parametrize(
    ("claim", "text", "label"),
    [
        # A film shown again in another screen format dates that showing, not its release.
        ("Lisk Road was released in 1990.", "It was released in 3D in 2012.", N),
        ("Lisk Road was released in 1990.", "It was released in IMAX in 2014.", N),
        # ... unless the claim speaks of that format too, or the format is another clause's.
        ("Lisk Road was released in 3D in 2012.", "It was released in 3D in 2013.", C),
        ("Lisk Road was released in 1990.", "It was released in 1991 and shown in IMAX.", C),
    ],
)
def test_a_screen_format_is_another_issue(claim: str, text: str, label: Label) -> None:
    verdict = verify(claim, {"Lisk Road": "Lisk Road is a film by Tom Vane. " + text})
    assert verdict.label is label, verdict.reason
