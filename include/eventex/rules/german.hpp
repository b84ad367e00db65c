#pragma once
/// Default German rules, written for German-language news in general (Germany, Austria,
/// Switzerland): reported speech, meetings, and requests for aid. The rule language is
/// described atop eventex/dsl/parser.hpp.
#include <cstddef>      // std::size_t
#include <string_view>  // std::string_view

namespace eventex::rules {

/// The rule text in parts, since a string literal beyond 65,536 characters is more than a
/// compiler must accept. join_rule_text (rule_text.hpp) makes the parts one text whose line N
/// is line N of this file, so that errors and example failures point here.
inline constexpr std::size_t german_rules_first_line = __LINE__ + 2;
inline constexpr std::string_view german_rules[] = {
R"eventex(
# ---------------------------------------------------------------- verbs of saying, by kind
# Finite forms in verb-second position (main clauses): present and past, singular and plural,
# and the Konjunktiv of reported speech ("habe erklärt" is in the participle lists below).
lexicon de.say.plain = sag{t,te,ten,en} erklär{t,te,ten,en} meint{,e,en} mein{en} äußert{e,en} ergänzt{e,en}
                 bericht{et,ete,eten} berichten schrieb schrieben schreibt antwortet{e,en}
                 argumentiert{e,en} argumentieren sagten vermutet{,e,en} vermuten versichert{,e,en} versichern
                 schildert{,e,en} schildern meldet{,e,en} melden erwidert{,e,en} erwidern formuliert{,e,en}
                 verlautet{,e} behauptet{,e,en} behaupten twitterte{,n} präzisiert{,e,en}
                 erzählt{,e,en} erzählen resümiert{,e,en} glaubt{,e,en} glauben analysiert{,e,en}
                 bilanziert{,e,en} beteuert{,e,en} beteuern informiert{,e,en} bezifferte{,n} beziffert
                 beziffern vermeldet{,e,en} bedauert{,e,en} bedauern erläutert{,e,en} erläutern
                 beschreibt beschrieb kommentiert{,e,en} kommentieren ;
lexicon de.say.final = sagte sagten sagt sagen erklärte erklärten erklärt erklären meinte meinten meint
                 mitteilte mitteilten mitteilt berichtete berichteten berichtet meldete meldeten meldet
                 schrieb schrieben verlautete bekanntgab bekanntgaben erläuterte erläuterten erläutert
                 beschrieb beschreibt kommentierte kommentierten ;
lexicon de.say.participle = gesagt erklärt gemeint geäußert berichtet mitgeteilt geschrieben
                 versichert geschildert gemeldet erwidert behauptet geantwortet beziffert beteuert
                 erläutert beschrieben kommentiert hingewiesen ;
lexicon de.aux = hat hatte hatten haben habe hätten ;
# Judgements one holds a thing for: "hält ... für notwendig", "Für wahrscheinlich hält ...".
lexicon de.judgement = notwendig nötig richtig falsch wichtig vordringlich möglich unmöglich sinnvoll
                       verfrüht realistisch unrealistisch problematisch bedenklich denkbar
                       ausgeschlossen wahrscheinlich unwahrscheinlich fraglich gefährlich
                       übertrieben unverzichtbar wünschenswert verfassungswidrig rechtswidrig ;
# A count before a group that speaks, after a verb: "hatten drei Gewerkschaften ... aufgerufen".
lexicon de.count = zwei drei vier fünf sechs sieben acht neun zehn mehrere ;
lexicon de.stress = betont{,e,en} betonen unterstrich{,en} unterstreicht unterstreichen bekräftigt{,e,en}
                    bekräftigen ;
lexicon de.stress.participle = betont unterstrichen bekräftigt hervorgehoben ;
lexicon de.warn = warnt{,e,en} warnen mahnt{,e,en} ;
lexicon de.warn.participle = gewarnt gemahnt ;
lexicon de.thank = dankt{,e,en} danken ;
lexicon de.demand = forder{t,te,ten,n} verlangt{,e,en} verlangen drängt{,e,en} ;
lexicon de.demand.participle = gefordert verlangt gedrängt empfohlen plädiert ;
# Recommending and pleading for, which take a demand's kind: "empfahl die Behörde, ...",
# "plädierte für", advising: "rät Jungwirth Betroffenen". Not the reflexive "empfiehlt sich" (is
# advisable), nor the infinitive "raten" (also to guess).
lexicon de.recommend = empfiehlt empfahl empfahlen empfehlen plädiert{,e,en} plädieren rät riet rieten ;
lexicon de.criticise = kritisiert{,e,en} kritisieren verurteilt{,e,en} verurteilen beklagt{,e,en} beklagen
                       bemängelt{,e,en} beschuldigt{,e,en} beschuldigen attackiert{,e,en} geißelt{,e,en}
                       moniert{,e,en} monieren ;
lexicon de.criticise.participle = kritisiert verurteilt beklagt bemängelt beschuldigt attackiert vorgeworfen
                                  moniert ;
# "gestand" confesses; its plural "gestanden" is left out, being also the participle of "stehen".
lexicon de.confirm = bestätigt{,e,en} bestätigen bekannte{,n} gestand gesteht ;
lexicon de.confirm.participle = bestätigt ;
lexicon de.deny = dementiert{,e,en} dementieren bestritt{,en} bestreitet bestreiten leugnet{,e,en} leugnen ;
lexicon de.deny.participle = dementiert bestritten geleugnet ;
lexicon de.promise = versprach{,en} verspricht versprechen ;
lexicon de.promise.participle = versprochen zugesagt zugesichert ;
lexicon de.praise = lobt{,e,en} loben ;
lexicon de.threaten = droht{,e,en} drohen ;
lexicon de.appeal = appelliert{,e,en} appellieren ;
lexicon de.announce.participle = angekündigt verkündet bekanntgegeben "bekannt gegeben" ;
lexicon de.reject.participle = abgelehnt zurückgewiesen ;
lexicon de.thank.participle = gedankt ;
lexicon de.subordinator = wie Wie als nachdem wobei Wobei ;
# Separable verbs of saying at the end of a subordinate clause: "wie er einräumte".
lexicon de.say.final.separable = einräumte einräumten einräumt hinzufügte hinzufügten hinzufügt festhielt
                 klarstellte klarstellten hervorhob hervorhoben zugab zugaben ;
# Adverbs that may stand between a fronted verb and its subject: "sagte auch der Minister".
# What athletes defend, unlike ministers: "verteidigte seinen Titel".
lexicon de.trophy = Titel Weltmeistertitel Meistertitel Gürtel Führung Vorsprung Tabellenführung ;
lexicon de.adverb = auch zudem dazu etwa jedoch aber dagegen hingegen nun weiter außerdem ebenfalls später
                    gestern heute damals bereits schon noch zuvor erneut indes daraufhin dann zuletzt
                    dabei ;

# Separable verbs: the finite stem stands second, the particle closes the clause.
lexicon de.stem.hervor = hob hoben hebt heben ;
lexicon de.stem.zurueck = wies wiesen weist weisen ;
lexicon de.stem.ab = lehnte lehnten lehnt lehnen sagte sagten sagt sagen ;
lexicon de.stem.an = kündigte kündigten kündigt kündigen ;
lexicon de.stem.mit = teilte teilten teilt teilen ;
lexicon de.stem.ein = lud luden lädt laden ;
lexicon de.stem.zu = sagte sagten sagt sicherte sicherten sichert ;

# ---------------------------------------------------------------- meetings
lexicon de.meet = traf trafen trifft treffen ;
# What one "trifft" that is no one met: a decision, an arrangement, precautions; in sport the post
# ("trafen die Entscheidung", "traf eine Vereinbarung mit", "traf die Stange"). Only nouns that
# never name what a meeting was about: "traf Obama vor der Wahl" is a meeting.
lexicon de.meet.object = Entscheidung Entscheidungen Vereinbarung Vereinbarungen Abmachung Abmachungen
                         Absprache Absprachen Maßnahmen Vorkehrungen Vorsorge Vorsorgemaßnahmen Regelung
                         Regelungen Feststellung Feststellungen Auswahl Unterscheidung Verfügung Anordnung
                         Übereinkunft Stange Latte Pfosten ;
lexicon de.receive = empfing empfingen empfängt empfangen ;
# Heads of summit compounds after their owners: "[EU]-Gipfel", "[EU]-[Türkei]-Gipfel", "[UN]-Klimakonferenz".
lexicon de.summit = Gipfel Gipfels Gipfeltreffen Gipfeltreffens Sondergipfel Sondergipfels Krisengipfel
                    Krisengipfels Spitzentreffen Treffen Treffens Konferenz Klimakonferenz Klimagipfel
                    Sicherheitskonferenz Friedenskonferenz Geberkonferenz Außenministertreffen
                    Außenministertreffens Ministertreffen Ministertreffens Innenministertreffen
                    Finanzministertreffen Verteidigungsministertreffen Ministerrat Ministerrats Rat Rats
                    Außenministerrat Außenministerrats Innenministerrat Gipfeltreffens
                    Gespräche Gesprächen Verhandlungen ;
lexicon de.at = bei beim am an auf vom ;
lexicon de.congress = Parteitag Parteitags Parteitages Landesparteitag Landesparteitags Bezirksparteitag
                      Bundesparteitag Bundesparteitags Parteikongress Parteikongresses Parteikonvent ;
lexicon de.visit = besuchte besuchten besucht besuchen ;
# Places a politician visits that are no host of their own, yet the visit is the news: "besuchte
# ein Flüchtlingslager", "hatte Hotspots auf Lesbos besucht", "besuchen am Dienstag die Grenze".
lexicon de.visit.site = Flüchtlingslager Flüchtlingslagers Lager Hotspot Hotspots Grenze Grenzübergang
                        Grenzübergänge Stätte Gedenkstätte Erstaufnahmezentrum Aufnahmezentrum
                        Registrierzentrum Flüchtlingsquartier Flüchtlingsquartiere Notquartier Asylquartier
                        Flüchtlingsunterkunft Flüchtlingsheim Truppen Soldaten Krisengebiet
                        Katastrophengebiet Hochwassergebiet Erdbebengebiet Unglücksort Frontlinie ;
lexicon de.meeting.noun = Treffen Gespräch Gespräche Gesprächen Gesprächs Unterredung Begegnung Telefonat
                          Telefongespräch Konsultationen Beratungen Verhandlungen Gipfeltreffen Gipfel Besuch
                          Arbeitsbesuch Staatsbesuch Zusammentreffen Termin Sitzung Aussprache Antrittsbesuch
                          Videokonferenz Telefonkonferenz Krisentreffen Krisensitzung Spitzentreffen ;
# With "mit": the singular "Gespräch" only after an article, since "im Gespräch mit der APA" is an interview.
lexicon de.meeting.with = Treffen Gespräche Gesprächen Unterredung Begegnung Telefonat Telefongespräch
                          Konsultationen Beratungen Verhandlungen Gipfeltreffen Zusammentreffen Besuch
                          Arbeitsbesuch Staatsbesuch Sondierungsgespräche Sondierungsgesprächen
                          Koalitionsgespräche Koalitionsgesprächen Koalitionsverhandlungen Friedensgespräche
                          Friedensgesprächen Friedensverhandlungen Krisengespräch Krisengespräche Gipfel
                          Krisengipfel Flüchtlingsgipfel Asylgipfel Sondergipfel Arbeitsgespräch Arbeitsessen
                          Aussprache Antrittsbesuch Krisentreffen Spitzentreffen ;
# Meetings one attends: "nahm an der Konferenz teil".
lexicon de.meeting.attended = Treffen Gipfel Gipfeltreffen Konferenz Sitzung Tagung Beratungen Gesprächen
                              Verhandlungen Sondierungsgesprächen Koalitionsgesprächen Koalitionsverhandlungen
                              Friedensgesprächen Friedensverhandlungen Zeremonie Feier Gedenkfeier Kundgebung
                              Krisensitzung Sondersitzung Krisentreffen Videokonferenz Gipfels ;
lexicon de.article = der die das dem den des einer einem eines ;
# What a source gives: "nach Schätzungen der UNO", "laut Ankündigungen aus Regierungskreisen".
lexicon de.source.noun = Angaben Berechnung Berechnungen Schätzung Schätzungen Informationen Einschätzung
                         Ansicht Auffassung Meinung Darstellung Erkenntnissen Ankündigungen Aussagen
                         Zahlen Daten Statistiken Prognose Prognosen Berichten Bericht Mitteilung ;
# Documents whose author is named after them: "heißt es in einer Erklärung der Regierung".
lexicon de.source.document = Erklärung Stellungnahme Studie Untersuchung Bericht Jahresbericht Schreiben Brief
                             Mitteilung Pressemitteilung Presseerklärung Einsatzbericht Gutachten Analyse ;
lexicon de.anaphor = Dieser Diese Dieses Das Der Die Jenes ;
lexicon de.talks = Gespräch Gesprächen Gespräche Konsultationen Beratungen Verhandlungen Sondierungsgesprächen
                   Koalitionsgesprächen Koalitionsverhandlungen Friedensgesprächen "einem Treffen"
                   "einem Gespräch" "einer Unterredung" "einem Besuch" ;
lexicon de.invite.final = einlud einluden eingeladen einlädt ;
lexicon de.meet.participle = telefoniert gesprochen verhandelt beraten getroffen konferiert
                          zusammengetroffen zusammengekommen ;
lexicon de.talk.article = einem einen ein das dem den des seinem seinen ihrem ihren einer ;
lexicon de.visit.noun = Besuch Besuchs Staatsbesuch Staatsbesuchs Arbeitsbesuch Arbeitsbesuchs Kurzbesuch
                        Antrittsbesuch Antrittsbesuchs Blitzbesuch Überraschungsbesuch Reise Visite ;
lexicon de.visit.article = seinem ihrem einem dem seines ihres eines des seiner ihrer einer der ;
# Sittings a body comes together for: "kam zu einer Dringlichkeitssitzung zusammen".
lexicon de.session = Sitzung Sondersitzung Dringlichkeitssitzung Krisensitzung Notsitzung Klausur
                     Klausurtagung Tagung Krisentreffen Sondertreffen Treffen Beratung Beratungen
                     Gipfeltreffen Sondergipfel Krisengipfel ;
lexicon de.discuss = erörtern besprechen diskutieren beraten sprechen verhandeln ;

# ---------------------------------------------------------------- aid requests
lexicon de.need.verb = drängt{,e,en} drängen wünscht{,e,en} wünschen braucht brauchen brauchte{n} brauche benötigt{,e,en} benötigen benötige ;
lexicon de.ask = bat baten bittet bitten ersuchte ersuchten ersucht ersuchen ;
lexicon de.need = Notwendigkeit Bedarf Bedarfs Bitte Bitten Forderung Forderungen Appell Wunsch Wunschliste
                  Anfrage Ruf Dringlichkeit ;
lexicon de.handover = übergab übergaben übergibt übermittelte übermittelten übermittelt überreichte
                      überreichten überreicht schickte schickten ;
lexicon de.list = Liste Wunschliste Anfrage Anforderung Anforderungen Bitte Bitten ;
# What a provider is called on to do: "rief die USA auf, Waffen zu liefern".
# Konjunktiv I of demands, in reported speech: "Erstens verlange er mehr Soldaten".
lexicon de.aid.demand.reported = fordere verlange wünsche ;
# A negated need or demand asks for nothing: "Er braucht niemandes Geld", "braucht keine Hilfe".
lexicon de.aid.none = kein keine keinen keiner keinerlei niemandes nicht nichts ;
# What is claimed in court or as a fine, not asked as aid: "fordert 11.200 Euro Schmerzengeld".
lexicon de.aid.not = Schadenersatz Schadensersatz Schmerzengeld Schmerzensgeld Strafe Geldstrafe Bußgeld
                     Ablöse Ablösesumme Haft ;
lexicon de.supply = "zu liefern" "zu schicken" "zu versorgen" bereitzustellen "zur Verfügung zu stellen"
                    "zu entsenden" "zu unterstützen" "zu helfen" aufzustocken "zu geben"
                    "zu überweisen" "aufzunehmen" ;

# ================================================================ Statement
# Each kind has the same four shapes: speaker first ("Die Regierung warnte, ..."), verb first
# after a fronted part ("..., warnte die Regierung"), perfect tenses with the participle at the
# end ("Die Regierung hatte ... gewarnt"), and subordinate clauses ("wie die Regierung mitteilte").
rule de.statement.say
  type Statement
  lang de
  set kind = say
  match {subjects:speaker} ~3 <de.say.plain> !(~12 zu ("," | $)) !(sich [<de.adverb>] {actor}) ~4 "," [dass] {clause:content}
  match {subjects:speaker} ~3 <de.say.plain> !(~12 zu ("," | $)) !(sich [<de.adverb>] {actor}) [dass] {clause:content}
  match {subjects:speaker} ~3 <de.say.plain> $
  # An apposition without a verb between the speaker and the verb: "Innocent Kamansi, selbst
  # Flüchtling, sagt", "Marta Serafini, Mailänder Journalistin, vermutete". Not a relative clause
  # (its pronoun is an article's form) nor another actor's phrase; not "äußerte sich" (whose
  # subject follows).
  match {subject:speaker} "," !({actor} | <de.article> | deren | dessen | wie | als | ob | dass | wenn | weil | und | oder) ~4 "," <de.say.plain> !(sich) [(","|":")] [dass] [{clause:content}]
  example + "Außenminister Sebastian Kurz sagte am Montag, die Lage sei ernst." speaker="Sebastian Kurz" content="die Lage sei ernst"
  example + "Die Regierung erklärte, dass sie die Grenzen schließen werde." speaker="Regierung"
  example + "Das Rathaus hatte am Vormittag erklärt, die Straße bleibe gesperrt." speaker="Rathaus"
  example + "Der Bürgermeister vermutet einen Zusammenhang mit dem Unwetter." speaker="Bürgermeister"
  example + "Kanzler Werner Faymann, der am Montag in Brüssel war, sagte, die Lage sei ernst." speaker="Werner Faymann"
  example + "Innocent Kamansi, selbst Flüchtling, sagt, Alkohol sei ein Problem." speaker="Innocent Kamansi"
  example - "Zu Präferenzen der CHP, die die größte Oppositionspartei ist, äußerte sich der Abgeordnete Deniz Baykal nicht."
  example - "Die Lage sei ernst, hieß es in Wien."
  example - "Die Regierung sagte den Bauern rasche Hilfe zu."
  example - "Zu den Plänen der Regierung äußerte sich der Abgeordnete Deniz Baykal nicht."
  example - "Die Regierung hat die Steuern erhöht."
end

rule de.statement.say_inverted
  type Statement
  lang de
  set kind = say
  # "Ähnlich formulierte es SPÖ-Kandidat Rudolf Hundstorfer", "kommentiert dies der Anwalt".
  match <de.say.plain> [(es|das|dies)] [<de.adverb>] {subject:speaker} !(~12 zu ("," | $)) [","] [dass] {clause:content}
  match "," <de.say.plain> [<de.adverb>] {subject:speaker}
  match <de.say.plain> [(es|das|dies)] [<de.adverb>] {subject:speaker} $
  match "," <de.say.plain> [<de.adverb>] am {date} {subject:speaker}
  # The speaker's title unknown to the recogniser, the name known: ", versicherte am Freitag der
  # Vizechef der Präsidialverwaltung Andej Taranow."
  match "," <de.say.plain> [<de.adverb>] [am {date}] (der|die|ein|eine) !({actor}) ~2 (der|des) ~3 {subject:speaker} $
  # A participle's phrase between the article and the speaker: ", sagte die in Klagenfurt tätige
  # Politikwissenschaftlerin Katrin Stainer-Hämmerle"; a genitive owner the recogniser does not
  # know: ", sagt Kärntens Landeshauptmann".
  match "," <de.say.plain> [<de.adverb>] (der|die|ein|eine) (in|im|auf|an|am|aus|bei|beim|für|von|vom|mit|über|unter) ~4 {subject:speaker} ("," | $)
  match "," <de.say.plain> [<de.adverb>] !({actor}) ~1 !(der|die|das|dem|den|des|ein|eine|einer|einem) {subject:speaker} $
  # Words passed on by a news agency: ", zitierte die Nachrichtenagentur TASR Fico".
  match "," (zitierte|zitierten|zitiert) [<de.adverb>] {actor} {actor:speaker} $
  # A reflexive verb's subject follows "sich": "Dazu äußerte sich Baykal nicht".
  match (äußerte|äußerten|äußert) sich [<de.adverb>] {subject:speaker}
  match {subjects:speaker} (geht|ging|gehen|gingen) [<de.adverb>] davon aus
  match {subjects:speaker} [<de.adverb>] (erwartet|erwartete|erwarten|erwarteten) !(sich)
  match (erwartet|erwartete|erwarten|erwarteten) [<de.adverb>] {subject:speaker} !(sich) ~4 (einen|eine|ein|keine|keinen|mehr|weniger|steigende|sinkende|weitere)
  match (ließ|ließen|lässt) [<de.adverb>] {subject:speaker} ~6 offen
  match {subjects:speaker} (ließ|ließen|lässt) ~10 offen
  match {subjects:speaker} (erinnerte|erinnerten) [<de.adverb>] (an|daran)
  match {subjects:speaker} (verteidigte|verteidigten) !(sich) !(~3 <de.trophy>)
  match (verteidigte|verteidigten) [<de.adverb>] {subject:speaker} !(sich) !(~3 <de.trophy>)
  match (geht|ging|gehen|gingen) {subject:speaker} [<de.adverb>] davon aus
  match (verwies|verweist|verwiesen) [<de.adverb>] {subject:speaker} ~10 auf
  match {subjects:speaker} (verwies|verweist|verwiesen) ~10 auf
  match (zeigte|zeigten|zeigt) sich [<de.adverb>] {subject:speaker} ~4 (optimistisch|zuversichtlich|besorgt|enttäuscht|erfreut|skeptisch|überzeugt|zufrieden|überrascht|erleichtert)
  match {subjects:speaker} (zeigte|zeigten|zeigt) sich ~4 (optimistisch|zuversichtlich|besorgt|enttäuscht|erfreut|skeptisch|überzeugt|zufrieden|überrascht|erleichtert)
  example + "„Wir sind bereit“, sagte Bundeskanzler Werner Faymann." speaker="Werner Faymann"
  example + "Am Montag erklärte die Regierung, sie werde die Grenzen schließen." speaker="Regierung"
  example + "Die Gefahr nehme zu, vermutet der Forscher Wolfgang Bachmayer." speaker="Wolfgang Bachmayer"
  example + "Die USA seien bereit, versicherte am Freitag Präsident Petro Poroschenko." speaker="Petro Poroschenko"
  example + "Gewerkschafter Wolfgang Katzian geht davon aus, dass die Filialen bleiben." speaker="Wolfgang Katzian"
  example + "Fiskalratschef Bernhard Felderer erwartet für das kommende Jahr positive Effekte." speaker="Bernhard Felderer"
  example + "Allein für die USA erwartet das Beratungsunternehmen JBC Energy einen Angebotsrückgang." speaker="JBC Energy"
  example + "Wer den Posten bekommen könnte, ließ Landeshauptmann Josef Pühringer offen." speaker="Josef Pühringer"
  example + "Caritas-Präsident Franz Küberl erinnerte auch an das Flüchtlingsprojekt." speaker="Franz Küberl"
  example + "Landesschulinspektor Maximilian Gnesda erinnerte dabei an den Erlass." speaker="Maximilian Gnesda"
  example + "Ähnlich formulierte es SPÖ-Kandidat Rudolf Hundstorfer bei seiner Pressekonferenz." speaker="Rudolf Hundstorfer"
  example + "Bei seinen Gesprächen verteidigte Außenminister John Kerry auch das Atomabkommen." speaker="John Kerry"
  example - "Präsident Barack Obama wird am Sonntag in Hanoi erwartet."
  example - "Die Mannschaft verteidigte sich gut."
  example - "Am Sonntag verteidigte der Ukrainer Wladimir Klitschko seinen Titel."
  example + "In einer Pressekonferenz zeigte sich Außenminister John Kerry optimistisch." speaker="John Kerry"
  example + "Husam habe das Erlebte gut bewältigt, sagt ein Betreuer." speaker="Betreuer"
  example + "Die Mindestsicherung bietet falsche Anreize, meint deren Sozialsprecher Herbert Kickl." speaker="Herbert Kickl"
  example + "Die Partei wird auf Linie gebracht, sagt die in Klagenfurt tätige Politikwissenschaftlerin Katrin Stainer-Hämmerle." speaker="Katrin Stainer-Hämmerle"
  example + "Es führe kein Weg an einer Debatte vorbei, sagt Kärntens Landeshauptmann." speaker="Landeshauptmann"
  example + "Die USA seien bereit, versicherte am Freitag der Vizechef der Präsidialverwaltung Andrij Jermak." speaker="Andrij Jermak"
  example - "Das sei möglich, sagte einer der Teilnehmer des Treffens mit Präsident Wladimir Putin."
  example + "Der Islam hat keinen Platz in der Slowakei, zitierte die Nachrichtenagentur Reuters Premier Robert Fico." speaker="Robert Fico"
  example + "Zu den Präferenzen der Partei äußerte sich der Abgeordnete Deniz Baykal nicht." speaker="Deniz Baykal"
  example - "Am Montag war die Lage ruhig."
end

rule de.statement.mitteilen
  type Statement
  lang de
  set kind = say
  match {subjects:speaker} <de.stem.mit> ~12 mit [","] [dass] [{clause:content}]
  match <de.stem.mit> {subject:speaker} ~12 mit
  match <de.subordinator> {subjects:speaker} ~12 <de.say.final>
  match <de.subordinator> {subjects:speaker} ~12 <de.say.final.separable>
  match {subjects:speaker} ~12 <de.say.final> !(~12 zu ("," | $)) [","] [dass] [{clause:content}]
  example + "Das Innenministerium teilte am Dienstag mit, dass die Zahl der Anträge gestiegen sei." speaker="Innenministerium"
  example + "Der Manager scheide aus, teilte der Konzern Henkel am Montag mit." speaker="Henkel"
  example + "Wie die offizielle Nachrichtenagentur Anadolu am Dienstag meldete, wurden drei Soldaten getötet." speaker="Anadolu"
  example + "Wie Armee und Polizei am Montag mitteilten, wurden drei Soldaten getötet." speaker="Armee"
  example + "Wobei der Präsident einräumt, dass es Fehler gab." speaker="Präsident"
  example + "Das teilte die Behörde für Gesundheitsvorsorge (NCHS) am Dienstag mit." speaker="Behörde"
  example - "Die Zahl der Anträge ist gestiegen."
end

# What calling something by a name makes a criticism ("bezeichnete den Beschluss als illegal",
# "nannte es einen Fehler"): judgements of an act or an actor, not descriptions of a situation
# ("als äußerst instabil", "als ernsthafte Bedrohung" stay statements).
lexicon de.judgement.negative = problematisch illegal{,e,en,er,es} rechtswidrig{,e,en,er,es} verfassungswidrig{,e,en,er,es}
    völkerrechtswidrig{,e,en,er,es} unzulässig{,e,en,er,es} inakzeptabel inakzeptabl{e,en,er,es} unakzeptabel
    "nicht akzeptabel" "nicht hinnehmbar" "nicht tragbar" unverantwortlich{,e,en,er,es} verantwortungslos{,e,en,er,es}
    skandalös{,e,en,er,es} absurd{,e,en,er,es} lächerlich{,e,en,er,es} peinlich{,e,en,er,es} fatal{,e,en,er,es}
    unerträglich{,e,en,er,es} untragbar{,e,en,er,es} unzumutbar{,e,en,er,es} unfair{,e,en,er,es}
    ungerecht{,e,en,er,es} willkürlich{,e,en,er,es} haltlos{,e,en,er,es} unhaltbar{,e,en,er,es}
    schändlich{,e,en,er,es} beschämend{,e,en,er,es} empörend{,e,en,er,es} zynisch{,e,en,er,es}
    heuchlerisch{,e,en,er,es} scheinheilig{,e,en,er,es} populistisch{,e,en,er,es} verlogen{,e,en,er,es}
    unseriös{,e,en,er,es} fahrlässig{,e,en,er,es} kontraproduktiv{,e,en,er,es} unverschämt{,e,en,er,es}
    respektlos{,e,en,er,es} rassistisch{,e,en,er,es} fremdenfeindlich{,e,en,er,es} antisemitisch{,e,en,er,es}
    diskriminierend{,e,en,er,es} undemokratisch{,e,en,er,es} kriminell{,e,en,er,es} feige{,n,r,s}
    dilettantisch{,e,en,er,es} unsinnig{,e,en,er,es} sinnlos{,e,en,er,es} katastrophal{,e,en,er,es}
    Schande Skandal Farce Provokation Lüge Lügen Unsinn Frechheit Affront Zumutung Verrat Fehler
    Fehlentscheidung Fehlschlag Katastrophe Desaster Bankrotterklärung Erpressung Willkür Rechtsbruch
    Vertragsbruch Wahlbetrug Betrug Hetze Propaganda Aggression Aggressor Invasion Besatzer Verbrecher
    Kriegsverbrecher Massenmörder Mörder Diktator Lügner Terroristen Völkermord ;

rule de.statement.separable_say
  type Statement
  lang de
  set kind = say
  set kind = criticise if <de.judgement.negative>
  match {subjects:speaker} (gab|gaben|gibt|geben) ~12 zu bedenken
  match (gab|gaben|gibt|geben) {subject:speaker} ~12 zu bedenken
  match {subjects:speaker} (gab|gaben|gibt) ~12 an [","] [dass] [{clause:content}]
  match {subjects:speaker} (hielt|hielten|hält) ~12 fest ("," | ":") [dass] {clause:content}
  match (hielt|hielten|hält) {subject:speaker} ~12 fest
  match {subjects:speaker} (ließ|ließen|lässt) ~10 (wissen|verlauten|ausrichten|mitteilen|verstehen)
  match (ließ|ließen|lässt) {subject:speaker} ~10 (wissen|verlauten|ausrichten|mitteilen|verstehen)
  match <de.subordinator> {subjects:speaker} ~10 (wissen|verlauten|ausrichten|mitteilen|verstehen) (ließ|ließen)
  match {subjects:speaker} <de.aux> ~20 (wissen|verlauten|ausrichten|mitteilen) lassen
  match {subjects:speaker} (fügte|fügten|fügt) ~10 hinzu
  match (fügte|fügten|fügt) {subjects:speaker} ~10 hinzu
  match {subjects:speaker} (rechnet|rechnete|rechneten|rechnen) ~6 mit
  match (rechnet|rechnete|rechneten) {subjects:speaker} ~6 mit
  match {subjects:speaker} (führt|führte|führten) ~12 auf ~20 zurück
  match (führt|führte|führten) {subject:speaker} ~12 auf ~20 zurück
  match {subjects:speaker} ~2 (bezeichnete|bezeichneten|bezeichnet|nannte|nannten|nennt) ~12 als [~3 <de.judgement.negative>]
  # Verb second after a fronted object or complement: "Als wesentlich bezeichnete er ...",
  # "Als Beispiel nannte der Ministerpräsident ...", "Diese Frage bezeichnet der Vorsitzende ... als".
  match {subjects:speaker} ~2 (nannte|nannten|nennt) ~8 <de.judgement.negative>
  match ^ Als [~2 <de.judgement.negative>] ~8 (bezeichnete|bezeichneten|bezeichnet|nannte|nannten|nennt) [(es|das|dies)] [<de.adverb>] {subject:speaker}
  match (bezeichnete|bezeichneten|bezeichnet) [(es|das|dies)] [<de.adverb>] {subject:speaker} ~12 als [~3 <de.judgement.negative>]
  # The perfect: "Verteidigungsminister Ashton Carter hatte Russland als ernsthafte Bedrohung bezeichnet".
  match {subjects:speaker} <de.aux> ~12 als [~3 <de.judgement.negative>] ...10 bezeichnet
  match <de.aux> [<de.adverb>] [<de.count>] {subject:speaker} ~12 als [~3 <de.judgement.negative>] ...10 bezeichnet
  # "hat sich erneut zum Thema geäußert"; "sich kritisch geäußert" is the criticise rule's.
  match {subjects:speaker} <de.aux> sich [<de.adverb>] (zu|zum|zur|über) ~10 geäußert
  match <de.aux> sich [<de.adverb>] {subjects:speaker} [<de.adverb>] (zu|zum|zur|über) ~10 geäußert
  match {subjects:speaker} (hält|hielt|hielten) ~12 für ~4 <de.judgement>
  # The judgement fronted, the speaker after the verb: "Für wahrscheinlich hält Weinberg ...".
  match ^ Für [(zu|sehr|durchaus|nicht|wenig|eher|kaum|besonders)] <de.judgement> (hält|hielt|hielten|halten) [(es|das|dies)] [<de.adverb>] {subject:speaker}
  match {subjects:speaker} (hält|hielt|hielten) ~10 für (den|die|das|einen|eine|ein) ~6 ("," | $)
  match {subjects:speaker} <de.aux> ~12 von ~12 gesprochen !(mit)
  match {subjects:speaker} [selbst] (sprach|sprachen|spricht|sprechen) [<de.adverb>] von !(sich)
  match <de.aux> [<de.adverb>] [<de.count>] {subject:speaker} ~12 von ~12 gesprochen !(mit)
  match (verlautete|verlauteten) ~4 aus [Kreisen] {subject:speaker}
  # A second verb of the speaker's, in a main clause joined by "und": "Steinmeier erklärte, man
  # sei bereit, und verwies auf ...", "Die Beschuldigten weisen die Vorwürfe zurück und sprechen
  # von Korruption". The verb right after "und": a new subject ("und er sprach") is another match.
  match ^ [~3] {subjects:speaker} ...30 und [<de.adverb>] (verwies|verweist|verwiesen|verweisen) ~10 auf
  match ^ [~3] {subjects:speaker} ...30 und [<de.adverb>] (sprach|sprachen|spricht|sprechen) [<de.adverb>] von !(sich)
  match ^ [~3] {subjects:speaker} ...30 und [<de.adverb>] (fügte|fügten|fügt) ~10 hinzu
  # "hinweisen": "wies darauf hin, dass", "weist auf die Kosten hin".
  match {subjects:speaker} <de.stem.zurueck> ~12 hin ("," | ":" | $)
  match <de.stem.zurueck> [<de.adverb>] {subject:speaker} ~12 hin ("," | ":" | $)
  # "feststellen", "ausführen" (explain), "anmerken", "einwenden": separable verbs whose other
  # senses (to find out; to carry out) rarely open reported speech, so the particle must be
  # followed by a comma or colon, or the verb must follow a quote.
  match {subjects:speaker} (stellte|stellten|stellt) ~10 fest ("," | ":")
  match (stellte|stellten|stellt) [<de.adverb>] {subject:speaker} ~10 fest ("," | ":")
  match "," (stellte|stellten|stellt) [<de.adverb>] {subject:speaker} ~6 fest
  match {subjects:speaker} (führte|führten|führt) ~4 aus ("," | ":")
  match (führte|führten|führt) [<de.adverb>] {subject:speaker} ~4 aus ("," | ":")
  match "," (führte|führten|führt) [<de.adverb>] {subject:speaker} ~6 aus
  match {subjects:speaker} (merkte|merkten|merkt) ~6 an ("," | ":")
  match "," (merkte|merkten|merkt) [<de.adverb>] {subject:speaker} ~6 an
  match {subjects:speaker} (wandte|wandten|wendet|wendete) ~6 ein ("," | ":")
  match "," (wandte|wandten|wendet|wendete) [<de.adverb>] {subject:speaker} ~6 ein
  match "," (fuhr|fährt) [<de.adverb>] {subject:speaker} fort
  # "befinden" (to judge) after a quote; not the reflexive "befindet sich" (is located).
  match "," (befand|befanden|befindet) [<de.adverb>] {subject:speaker} !(sich)
  example + "Das Ministerium wies zudem ausdrücklich darauf hin, dass die Lage ruhig sei." speaker="Ministerium"
  example + "Außenminister Frank-Walter Steinmeier erklärte, Deutschland sei zu Hilfen bereit, und verwies auf die Kosten." speaker="Frank-Walter Steinmeier"
  example + "Die Beschuldigten weisen die Vorwürfe zurück und sprechen von Korruption." speaker="Beschuldigten"
  example - "Die Kanzlerin traf den Präsidenten, und er sprach von Fortschritten."
  example + "Auf das Risiko weist die Caritas seit Jahren hin." speaker="Caritas"
  example + "So stellte der Rechnungshof wiederholt fest, dass die Länder säumig sind." speaker="Rechnungshof"
  example + "Der Zustrom sei rückläufig, führte EU-Ratspräsident Donald Tusk aus." speaker="Donald Tusk"
  example + "Gleichzeitig führte der Anwalt aber auch aus, dass alle Dateien geschützt seien." speaker="Anwalt"
  example + "Die Zuwächse sind vorbei, befand Landesrat Michael Strugl." speaker="Michael Strugl"
  example + "Das könne man so nicht sehen, wandte der Abgeordnete Peter Pilz ein." speaker="Peter Pilz"
  example - "Staatsanwalt Herbert Harammer führte die Anklage aus."
  example - "Der Prüfer stellte dabei eine Nonchalance bei der Risikoprüfung fest."
  example - "Auch sonst weist vieles darauf hin, dass die Firma wenig beigetragen hat."
  example - "Der Anschluss, der sich an der Unterseite befindet, ist klein."
  example + "Der Wert sei zu hoch, gab GPA-djp-Chef Wolfgang Katzian am Montag zu bedenken." speaker="Wolfgang Katzian"
  example + "Die Taliban gaben auf ihrer Website an, den Hubschrauber abgeschossen zu haben." speaker="Taliban"
  example + "Bürgermeisterin Karin Baier hielt fest, dass die Lösung ein Erfolg sei." speaker="Karin Baier"
  example + "Das verlautete am Donnerstag aus Kreisen der Regierung." speaker="Regierung"
  example + "Eine Koalition komme nicht in Frage, wie Premier Binali Yıldırım ohne Umschweife verstehen ließ." speaker="Binali Yıldırım"
  example + "Im kommenden Jahr rechnet der Fiskalrat mit Kosten von 1,7 Milliarden Euro." speaker="Fiskalrat"
  example + "Der Bürgermeister fügte jedoch hinzu, es werde schwierige Zeiten geben." speaker="Bürgermeister"
  example + "Der serbische Präsident Tomislav Nikolic hatte Anfang des Jahres wissen lassen, dass er nicht kandidiere." speaker="Tomislav Nikolic"
  example + "Altparteichef Erhard Busek hält Kurz daher auch für den größten Verbündeten Mitterlehners." speaker="Erhard Busek"
  example + "Bereits am Montag hatte Sozialminister Alois Stöger von Verteilungsungerechtigkeit gesprochen." speaker="Alois Stöger"
  example + "Die IG Metall sprach von 45.000 Teilnehmern." speaker="IG Metall"
  example + "Die Ermittler sprechen von starken Indizien." speaker="Ermittler"
  example + "Kanzler Werner Faymann selbst spricht von einem Desaster." speaker="Werner Faymann"
  example + "Als wesentlich bezeichnete Bürgermeister Klaus Schneeberger die Entscheidung für die Fachhochschule." speaker="Klaus Schneeberger" kind="say"
  example + "Als nicht akzeptabel bezeichnete es Minister Sigmar Gabriel, dass die Preise fallen." speaker="Sigmar Gabriel" kind="criticise"
  example + "Die Opposition bezeichnete den Beschluss des Landtags als illegal." speaker="Opposition" kind="criticise"
  example + "Der Kanzler nannte den Rückzug der Partei einen schweren Fehler." speaker="Kanzler" kind="criticise"
  example + "Der Minister hatte die Räumung zuvor als Skandal bezeichnet." speaker="Minister" kind="criticise"
  example + "Generalsekretär Thorbjörn Jagland bezeichnete die Situation in der Ukraine als äußerst instabil." speaker="Jagland" kind="say"
  example - "Der Kanzler nannte drei Gründe für den Rückzug."
  example + "Genau diese Frage bezeichnet der Vorsitzende Marcus Gremel im Gespräch als ein Ziel." speaker="Marcus Gremel"
  example + "Verteidigungsminister Ashton Carter hatte Russland vergangene Woche als sehr, sehr ernsthafte Bedrohung bezeichnet." speaker="Ashton Carter"
  example + "Der Digitalkommissar Günther Oettinger hat sich erneut zum Thema Copyright geäußert." speaker="Günther Oettinger"
  example + "Für wahrscheinlich hält Analyst Eugen Weinberg hingegen, dass die Förderung sinkt." speaker="Eugen Weinberg"
  example - "Für die Region hält die Zukunft viel bereit."
  example - "Als Kind bezeichnete ihn die Mutter als Träumer."
  example - "Die Polizei hielt den Verdächtigen fest."
  example - "Der Zug hielt in Linz."
end

# A demand named by its noun, with the one who makes it: "die Forderung der Opposition". Not
# the plural: "die Forderungen der Gläubiger" are a creditor's terms more often than words.
lexicon de.demand.noun = Forderung ;

rule de.statement.laut
  type Statement
  lang de
  set kind = say
  set kind = demand if <de.demand.noun>
  match laut [<de.article>] {actor:speaker} [","] {clause:content}
  match laut [<de.article>] ~1 (der|des|von) {actor:speaker}
  match {actor:speaker} zufolge [","] {clause:content}
  match nach Angaben [(der|des|von|vom|aus)] {actor:speaker}
  match nach Angaben aus {place:speaker}
  match (nach|laut) ~2 <de.source.noun> (der|des|von|vom|aus) ~2 {actor:speaker}
  match <de.source.noun> (der|des|von|vom) ~2 {actor:speaker} zufolge
  match (nach|laut) {actor:speaker} "-" (Angaben|Informationen)
  match (nach|laut) {actor:speaker} (angaben|informationen)
  match {actor:speaker} "-" (Angaben|Informationen|Kreisen) zufolge
  match aus {actor:speaker} "-" (Kreisen|Regierungskreisen|Diplomatenkreisen)
  match nach (einem|einer) (Bericht|Mitteilung|Darstellung|Erklärung|Aussendung) (der|des|von|vom) {actor:speaker}
  match {actor:speaker} ~6 nach eigenen Angaben
  match {actor:speaker} "," (die|der|das) nach eigenen Angaben
  match "," so {actor:speaker}
  match heißt es in {actor:speaker}
  # The document of a named author: "heißt es in einer Erklärung des Ministeriums". Without
  # the author ("heißt es im Brief") no speaker.
  match (hieß|heißt) es in ~3 <de.source.document> (der|des|von|vom) ~2 {actor:speaker}
  match (hieß|heißt) es ~4 (aus|im|vom|seitens) ~2 {actor:speaker}
  # "hieß es bei der Feuerwehr", "heißt es vonseiten der Polizei": the preposition right after
  # "es", since a later "von" may name a publisher ("heißt es in dem von X veröffentlichten Brief").
  match (hieß|heißt) es [<de.adverb>] (bei|beim|von|vonseiten) {actor:speaker}
  match <de.demand.noun> (der|des) {actor:speaker}
  example + "Die Regierung lehnte die Forderung der Opposition nach Neuwahlen ab." speaker="Opposition" kind="demand"
  example - "Die Forderung nach Neuwahlen wurde laut."
  example + "Laut Pressemitteilung des Außenministeriums stand die Diskussion im Zeichen der Militärhilfe." speaker="Außenministeriums"
  example + "Der Polizei zufolge wurden drei Menschen verletzt." speaker="Polizei"
  example + "„Das ist ein guter Tag“, so Bürgermeister Michael Häupl." speaker="Michael Häupl"
  example + "In der Nacht starben nach Angaben der Vereinten Nationen zwölf Zivilisten." speaker="Vereinten Nationen"
  example + "Die Organisation hat nach eigenen Angaben tausend Informanten." speaker="Organisation"
  example + "Zwei Stellungen wurden nach Pentagon-Angaben zerstört." speaker="Pentagon"
  example + "Im Saarland hatten nach Gewerkschaftsangaben 20.300 Beschäftigte demonstriert." speaker="Gewerkschaft"
  example + "Dieser Wert liegt nach Berechnung der Statistik Austria bei 1,2 Prozent." speaker="Statistik Austria"
  example + "Laut früheren Ankündigungen aus serbischen Regierungskreisen will Belgrad keinen Kandidaten unterstützen." speaker="serbischen Regierungskreisen"
  example + "Schätzungen der Vereinten Nationen zufolge sind zwei Millionen Menschen auf der Flucht." speaker="Vereinten Nationen"
  example + "US-Informationen zufolge hat der IS Senfgas eingesetzt." speaker="US"
  example - "Laut Berichten wurden drei Menschen verletzt."
  example - "Laut Verfassung müssen Politiker aller Parteien der Regierung angehören."
  example - "Beobachtern zufolge war die Wahl fair."
  example + "Der Streit endete mit Schlägen, heißt es in einer Erklärung der Angeklagten Beate Zschäpe." speaker="Beate Zschäpe"
  example - "Das Risiko sei gering, heißt es in der Studie."
  example + "Nach Angaben aus Moskau wurden zwei Stellungen getroffen." speaker="Moskau"
  example + "Allerdings hieß es auf Anfrage aus dem Innenministerium, man prüfe den Fall." speaker="Innenministerium"
  example + "Die Menschen wurden in Transitlager gebracht, hieß es dazu von der Polizei." speaker="Polizei"
  example + "Die Lage sei ruhig, hieß es vonseiten der slowenischen Polizei." speaker="Polizei"
  example - "Man sei in einer guten Lage, heißt es in dem zuerst von Reuters veröffentlichten Brief."
end

# The shapes the verbs of stressing, warning, demanding, criticising, rejecting, announcing,
# confirming, denying, promising, praising, threatening and appealing share with "sagen": one
# rule, whose kind is that of the verb it matched. The perfect with the speaker before or after
# "hat" ("Die Ministerin hat ... betont", "Gestern hat die Ministerin ... gewarnt"), the passive
# with "von", the verb opening a clause, the verb after a comma or at the end, and a relative
# clause ("Die Ministerin, die ... kritisiert hatte").
rule de.statement.verb
  type Statement
  lang de
  set kind = say
  set kind = stress if <de.stress> <de.stress.participle>
  set kind = warn if <de.warn> <de.warn.participle>
  set kind = demand if <de.demand> <de.demand.participle>
  set kind = criticise if <de.criticise> <de.criticise.participle>
  set kind = reject if <de.reject.participle>
  set kind = announce if <de.announce.participle>
  set kind = confirm if <de.confirm.participle>
  set kind = deny if <de.deny> <de.deny.participle>
  set kind = promise if <de.promise.participle>
  set kind = praise if <de.praise>
  set kind = threaten if <de.threaten>
  set kind = appeal if <de.appeal> <de.ask>
  match {subjects:speaker} <de.aux> ~20 (<de.stress.participle> | <de.warn.participle> | <de.demand.participle> | <de.criticise.participle> | <de.reject.participle> | <de.announce.participle> | <de.confirm.participle> | <de.deny.participle> | <de.promise.participle> | <de.say.participle>)
  match <de.aux> [<de.adverb>] [<de.count>] {subject:speaker} ~20 (<de.stress.participle> | <de.warn.participle> | <de.demand.participle> | <de.criticise.participle> | <de.reject.participle> | <de.confirm.participle> | <de.deny.participle> | <de.promise.participle> | <de.say.participle>)
  match (wurde|wurden|wird|werden) ~6 von {actor:speaker} ~6 (<de.demand.participle> | <de.criticise.participle> | <de.reject.participle> | <de.confirm.participle> | <de.deny.participle>)
  match {subjects:speaker} ~4 (<de.deny> | <de.praise> | <de.threaten> | <de.appeal>) {clause:content}
  match (<de.stress> | <de.warn> | <de.deny>) [<de.adverb>] {subject:speaker} $
  match ^ (<de.stress.participle> | <de.demand.participle> | <de.criticise.participle>) <de.aux> {subject:speaker}
  match "," (<de.threaten> | <de.appeal>) [<de.adverb>] {subject:speaker}
  match {actor:speaker} "," (der|die) ~16 (<de.demand.participle> | <de.demand> | <de.criticise.participle> | <de.criticise>) !(<de.article> | <de.adverb> | {actor})
  # A subordinate clause whose verb closes it: "Nachdem der Minister neue Modelle gefordert
  # hatte, ...", "wie der Minister betonte". Not "als" (also "as": "Als Klubobmann habe ich").
  match (wie|nachdem|Nachdem) {subjects:speaker} ~16 (<de.stress.participle> | <de.warn.participle> | <de.demand.participle> | <de.criticise.participle> | <de.reject.participle> | <de.announce.participle> | <de.confirm.participle> | <de.deny.participle> | <de.promise.participle> | <de.say.participle>) (hatte|hatten|hat|haben|habe|hätten)
  match (wie|Wie|wobei) {subjects:speaker} ~12 (<de.stress> | <de.warn> | <de.demand> | <de.criticise>) ("," | "." | $)
  # A second verb of the clause's subject after "und": "Die Regierung verurteilte den Anschlag
  # und forderte ...", "Die Rebellen dankten Kerry und baten um ...". Without a comma between
  # (", schreibt Rudischer und kritisiert" has its own speaker), and not "attackierte" (also
  # to assault).
  match ^ [~3] {subjects:speaker} ~30 und [<de.adverb>] !(attackierte|attackierten|attackiert) (<de.stress> | <de.warn> | <de.demand> | <de.criticise> | <de.deny> | <de.praise> | <de.appeal> | <de.ask>) !(sich)
  example + "Nachdem die Ministerin im Parlament eine Reform der Pflege gefordert hatte, reagierte die Opposition." speaker="Ministerin" kind="demand"
  example + "Die Lage sei ernst, wie der Bürgermeister am Montag betonte." speaker="Bürgermeister" kind="stress"
  example + "Die Regierung verurteilte den Anschlag scharf und forderte eine Aufklärung." speaker="Regierung" kind="demand"
  example + "Die Gewerkschaft dankte den Helfern für ihren Einsatz und bat um weitere Spenden." speaker="Gewerkschaft" kind="appeal"
  example - "Nachdem der Minister mit dem Kanzler gesprochen hatte, reiste er ab."
  example - "Der Mann hielt an, sprang aus dem Auto und attackierte einen Passanten."
  example + "Hervorgehoben hat Bürgermeister Klaus Schneeberger im Gespräch die Rolle der Gemeinden." speaker="Klaus Schneeberger" kind="stress"
  example + "Präsident Xi Jinping hatte mehrfach eine striktere Einhaltung der Parteilehre gefordert." speaker="Xi Jinping" kind="demand"
  example + "Er traf Bernd Dobesberger, der zuletzt die Ablöse des Parteichefs verlangt hatte." speaker="Bernd Dobesberger" kind="demand"
  example + "Im Mai hatten die UN der Gruppe Kriegsverbrechen vorgeworfen." speaker="UN" kind="criticise"
  example + "Rüffel gab es für Klubobmann Reinhold Lopatka, der vor der Angelobung Kerns diesen mehrfach kritisiert hatte." speaker="Reinhold Lopatka" kind="criticise"
  example + "Präsident Erdoğan hatte die Neuwahlen zuvor angekündigt." speaker="Erdoğan" kind="announce"
  example + "Die Klubobleute Klaus Schneeberger (ÖVP) und Alfredo Rosenmaier (SPÖ) haben am Donnerstag eine Änderung verkündet." speaker="Klaus Schneeberger" kind="announce"
  example + "Dies wurde von der Polizei am Montag bestätigt." speaker="Polizei" kind="confirm"
  example + "Die Regierung dementierte die Berichte." speaker="Regierung" kind="deny"
  example + "In ihrer ersten Aussage hatte die Angeklagte bestritten, eingeweiht gewesen zu sein." speaker="Angeklagte" kind="deny"
  example + "Die EU-Kommission lobte die Reformen." speaker="EU-Kommission" kind="praise"
  example + "Russland drohte mit Gegenmaßnahmen." speaker="Russland" kind="threaten"
  example + "Man werde reagieren, drohte Außenminister Sergej Lawrow." speaker="Sergej Lawrow" kind="threaten"
  example + "Der Papst appellierte an die Konfliktparteien, die Waffen niederzulegen." speaker="Papst" kind="appeal"
  example + "Alle sollten das als Behördenleiter tun, appelliert Caritas-Präsident Franz Küberl." speaker="Franz Küberl" kind="appeal"
  example - "Das Urteil wurde vom Gericht in Linz bestätigt und rechtskräftig."
  example - "Die Berichte wurden dementiert."
  example - "Die Warnung vor dem Sturm kam zu spät."
  example - "Ein Appell blieb ungehört."
end

rule de.statement.stress
  type Statement
  lang de
  set kind = stress
  match {subjects:speaker} ~12 <de.stress> "," [dass] {clause:content}
  match {subjects:speaker} ~3 <de.stress> {clause:content}
  match {subjects:speaker} {phrase:content} <de.stress> ("," | $)
  match {subjects:speaker} <de.stem.hervor> {phrase:content} hervor
  match {subjects:speaker} <de.stem.hervor> ~30 hervor
  match <de.stem.hervor> [<de.adverb>] {subject:speaker} ~20 hervor
  match {subjects:speaker} (stellte|stellten|stellt) ~10 klar
  match {subjects:speaker} (machte|machten|macht|machen) ~10 deutlich
  match (machte|machten|macht|machen) [<de.adverb>] {subjects:speaker} ~10 deutlich
  match (stellte|stellten|stellt) ~3 {subject:speaker} ~10 klar
  match <de.stress> [<de.adverb>] {subject:speaker} [","] [dass] {clause:content}
  match <de.say.plain> [<de.adverb>] {subject:speaker} [~4] "," [(und|aber)] <de.stress> [(aber|auch|zugleich|gleichzeitig)]
  match {subjects:speaker} "," (die|der|das) {phrase:content} (betont|betonen|betonte|betonten) ("," | $)
  example + "Die ukrainischen Diplomaten hoben die Dringlichkeit der Lieferungen hervor." speaker="ukrainischen Diplomaten"
  example + "Die Kanzlerin betonte, dass Europa zusammenstehen müsse." speaker="Kanzlerin" content="Europa zusammenstehen müsse"
  example + "Zu Besuch in Sarajevo stellte Außenminister Sebastian Kurz am Donnerstag klar, die Reformen seien nötig." speaker="Sebastian Kurz"
  example + "Wir bleiben, betonte der Präsident im Wahlkampf." speaker="Präsident"
  example + "Das sei schwer, meinte Klubobmann Andreas Schieder, betonte aber gleichzeitig: Das ist kein schlechter Vorschlag." speaker="Andreas Schieder"
  example + "Der Minister machte am Montag deutlich, dass die Reform komme." speaker="Minister"
  example + "Zugleich machen die Anwälte laut Bild deutlich, dass sie klagen werden." speaker="Anwälte"
  example + "Die Bedeutung der Gemeinden hob Bürgermeister Klaus Schneeberger besonders hervor." speaker="Klaus Schneeberger"
  example - "Die Dringlichkeit wurde betont."
end

rule de.statement.warn
  type Statement
  lang de
  set kind = warn
  match {subjects:speaker} ~6 <de.warn> [","] [dass|vor] {clause:content}
  match <de.warn> [<de.adverb>] {subject:speaker} [","] [dass|vor] {clause:content}
  match {actor:speaker} "," (der|die) ~16 <de.warn> !(<de.article> | <de.adverb> | {actor})
  example + "Die UNO warnte vor einer humanitären Katastrophe." speaker="UNO"
  example + "Außenministerin Karin Kneissl warnte, dass die Lage eskalieren könnte." speaker="Karin Kneissl" content="die Lage eskalieren könnte"
  example + "Das betrifft auch die Caritas, die seit Jahren vor Armut warnt, und andere Organisationen." speaker="Caritas"
  example - "Experten sehen eine Gefahr."
end

rule de.statement.thank
  type Statement
  lang de
  set kind = thank
  match {subjects:speaker} ~4 <de.thank> {actor:addressee} [für {phrase:content}]
  match {subjects:speaker} ~4 (bedankte|bedankten|bedankt) sich bei {actor:addressee} [für {phrase:content}]
  match <de.thank> {subject:speaker} {actor:addressee} [für {phrase:content}]
  match {subjects:speaker} <de.aux> {actor:addressee} ~12 <de.thank.participle>
  example + "Die EU-Kommission hat Papst Franziskus für seine klare Haltung gedankt." speaker="EU-Kommission" addressee="Franziskus"
  example + "Präsident Wolodymyr Selenskyj dankte den USA für die Unterstützung." speaker="Selenskyj" addressee="USA" content="die Unterstützung"
  example - "Der Dank galt den Helfern."
end

rule de.statement.demand
  type Statement
  lang de
  set kind = demand
  # Not "forderte die USA auf, ...": calling on someone is an appeal (de.statement.appeal).
  match {subjects:speaker} ~6 <de.demand> !(~14 auf ("," | $)) {clause:content}
  match <de.demand> !(~14 auf ("," | $)) [<de.adverb>] {subject:speaker} {clause:content}
  match {subjects:speaker} (nannte|nannten|nennt|stellte|stellten|stellt|erhob|erhoben|erhebt) ~8 (Forderungen|Forderung)
  match {subjects:speaker} (machte|machten|macht|machen) sich ~10 stark
  match (machte|machten|macht) sich {subjects:speaker} ~10 stark
  match <de.aux> sich {subjects:speaker} ~12 stark gemacht
  match {subjects:speaker} <de.aux> sich ~12 stark gemacht
  # Speaking up for something: "hatte sich das Hilfswerk missio für eine Freilassung eingesetzt".
  match {subjects:speaker} (setzte|setzten|setzt) sich ~10 (für|dafür) ~12 ein ("," | $)
  match <de.aux> sich {subjects:speaker} ~10 (für|dafür) ~12 eingesetzt
  match {subjects:speaker} <de.aux> sich ~10 (für|dafür) ~12 eingesetzt
  match {subjects:speaker} (sprach|sprachen|spricht) sich ~10 für ~10 aus
  match (sprach|sprachen|spricht) sich {subjects:speaker} ~10 für ~10 aus
  # Not "empfahl man" after a fronted name, nor a plea in court ("plädierte auf schuldig").
  match {subjects:speaker} ~6 <de.recommend> !(sich | man | ~10 schuldig) {clause:content}
  match <de.recommend> [<de.adverb>] {subject:speaker} !(sich | ~10 schuldig) [{clause:content}]
  # Proposing: "schlug eine Anhebung der Dieselsteuer vor", "hat die Verankerung ... vorgeschlagen".
  # Nominating someone is an official act, not a statement: a person or group proposed ("haben
  # ihre Kandidaten vorgeschlagen", "schlug Juncker vor") is no proposal; nor is the passive
  # "wurde vom Komitee vorgeschlagen" (the auxiliary here is "haben").
  match {subjects:speaker} (schlug|schlugen|schlägt) !(~12 {actor} ~6 vor) ~12 vor ("," | ":" | $)
  match (schlug|schlugen|schlägt) [<de.adverb>] {subject:speaker} !(~12 {actor} ~6 vor) ~12 vor ("," | ":" | $)
  match {subjects:speaker} <de.aux> !(~14 {actor} ~6 vorgeschlagen) ~20 vorgeschlagen
  match <de.aux> [<de.adverb>] [<de.count>] !(ihre|seine) {subjects:speaker} !(~14 {actor} ~6 vorgeschlagen) ~20 vorgeschlagen
  # A demand's verb closing its clause or opening a colon: "Zudem fordert sie:".
  match <de.demand> [<de.adverb>] {subject:speaker} (":" | $)
  # "dringt auf" (presses for), not "drangen auf das Gelände vor" (forced their way).
  match {subjects:speaker} [<de.adverb>] (dringt|drang|drangen|dringen) [<de.adverb>] ~4 auf !(~10 (vor|ein|hinein) ("." | "," | $))
  match (dringt|drang|drangen) [<de.adverb>] {subject:speaker} ~6 auf !(~10 (vor|ein|hinein) ("." | "," | $))
  example + "Die Opposition forderte am Mittwoch den Rücktritt des Ministers." speaker="Opposition"
  example + "Der russische Außenminister machte sich für eine erweiterte Gesprächsrunde stark." speaker="Außenminister"
  example + "Zuvor hatten sich Kanzlerin Angela Merkel und Premier David Cameron erneut für das Abkommen stark gemacht." speaker="Angela Merkel"
  example + "Präsident Barack Obama hatte sich persönlich im Senat dafür eingesetzt." speaker="Barack Obama"
  example + "Die Caritas setzt sich seit Jahren für eine Erhöhung der Mindestsicherung ein." speaker="Caritas"
  example - "Die Regierung setzte die Kommission für zwei Jahre ein."
  example + "Auch in Sachen Rückführung sprach sich der Bundeskanzler für ein gemeinsames Vorgehen aus." speaker="Bundeskanzler"
  example + "Der Vizevorsitzende der Linksfraktion, Jan Korte, forderte mehr Personal." speaker="Jan Korte"
  example + "Im Prinzip empfiehlt die Behörde die Bestätigung der Urteile." speaker="Behörde"
  example + "Eine Anzeige sei von Vorteil, empfahl Internet-Ombudsmann Bernhard Jungwirth." speaker="Bernhard Jungwirth"
  example + "Wifo-Chef Karl Aiginger plädiert für symmetrische Flexibilität." speaker="Karl Aiginger"
  example + "Im Fall einer Erpressung rät Internet-Ombudsmann Bernhard Jungwirth Betroffenen, nicht zu zahlen." speaker="Bernhard Jungwirth"
  example + "Die Polizei rät Bürgerwehren davon ab, sich zu bewaffnen." speaker="Polizei"
  example - "Auch rät man, auf keinen Fall zu zahlen."
  example + "Zudem fordert Kanzlerin Angela Merkel: mehr Geld für die Länder." speaker="Angela Merkel"
  example - "Zudem empfiehlt es sich, die Funktion zu deaktivieren."
  example - "Der Minister empfiehlt sich als Nachfolger."
  example - "In der Causa Fritz Grünbaum empfahl man hingegen keine Restitution."
  example + "Als Alternative schlug die Ministerin eine Anhebung der Dieselsteuer vor." speaker="Ministerin"
  example + "Für die Umrüstung hatte Volkswagen einen neuen Katalysator vorgeschlagen." speaker="Volkswagen"
  example - "Die Vorstände werden vom Nominierungskomitee vorgeschlagen."
  example - "Kroatien und Slowenien haben bereits ihre Kandidaten für den Posten vorgeschlagen."
  example - "Der Angeklagte Marcel Lazar plädierte am Mittwoch auf schuldig."
  example + "Die Europäische Union dringt auf eine vollständige Einigung." speaker="Europäische Union"
  example - "Die Soldaten drangen auf das Gelände der Botschaft vor."
  example - "Der Rücktritt des Ministers ist gefordert worden."
  example - "Der UNO-Generalsekretär forderte dabei die USA und Russland auf, ihren Einfluss geltend zu machen."
  example - "Die Führung der Krim forderte die Bewohner mit Nachdruck zum Energiesparen auf."
  example - "Das Verlangen der Opposition blieb unerfüllt."
end

rule de.statement.criticise
  type Statement
  lang de
  set kind = criticise
  # Not the passive of a sentence in court: "weil er in erster Instanz verurteilt wurde".
  match {subjects:speaker} ~6 <de.criticise> !(worden | wurde | wurden | werden | wird) {clause:content}
  match <de.criticise> [<de.adverb>] {subject:speaker} {clause:content}
  # A relative clause's verb, whose speaker is the clause's antecedent: "Klubobmann Reinhold
  # Lopatka, der vor der Angelobung Kerns diesen mehrfach kritisiert hatte". The verb closes
  # the clause; an article or actor after it would make "der" an article of a main clause.
  match {subjects:speaker} (warf|warfen|wirft|werfen) ~12 vor
  match {subjects:speaker} (prangert|prangerte|prangerten) ~10 an
  match (prangert|prangerte|prangerten) [<de.adverb>] {subject:speaker} ~10 an
  match {subjects:speaker} (hielt|hielten|hält|halten) {actor} ~6 vor ("," | $)
  match (warf|warfen|wirft|werfen) {subjects:speaker} ~12 vor
  match {subjects:speaker} <de.aux> sich ~8 kritisch ~6 geäußert
  match <de.aux> sich [<de.adverb>] [<de.count>] {subjects:speaker} ~8 kritisch ~6 geäußert
  match {subjects:speaker} (äußerte|äußerten|äußert) sich ~4 kritisch
  match {subjects:speaker} (gab|gaben|gibt|geben) ~8 die Schuld
  match (gab|gaben|gibt|geben) [<de.adverb>] {subject:speaker} ~8 die Schuld
  # Blaming: "Die Armee machte die PKK für den Anschlag verantwortlich", and mutual blame with
  # the speakers after the verb: "machen sich Regierung und Rebellen gegenseitig verantwortlich".
  match {subjects:speaker} (machte|machten|macht|machen) ~12 verantwortlich ("," | "." | $)
  match (machte|machten|macht|machen) [sich] [<de.adverb>] {subjects:speaker} ~12 verantwortlich ("," | "." | $)
  example + "Die FPÖ kritisierte die Pläne der Regierung scharf." speaker="FPÖ"
  example + "In einer Anfrage prangert Peter Pilz weitere Ausfuhrbewilligungen an." speaker="Peter Pilz"
  example + "Die syrische Opposition und der Westen werfen den Truppen Assads vor, Giftgas eingesetzt zu haben." speaker="syrische Opposition"
  example + "Die USA halten Russland vor, die Opposition zu bombardieren." speaker="USA"
  example + "Die Umweltorganisation Germanwatch beschuldigte die Stahlbranche der Panikmache." speaker="Germanwatch"
  example - "Die Regierung, die am Montag tagte, beschloss ein Paket."
  example + "Die Staatschefs hatten sich kritisch zu der Idee geäußert." speaker="Staatschefs"
  example + "Minister Josef Ostermayer gibt dem Vizekanzler ganz offen die Schuld am Scheitern." speaker="Josef Ostermayer"
  example + "Die Armee machte auch für dieses Attentat die PKK verantwortlich." speaker="Armee"
  example + "Für die Eskalation machen sich die Armee und die Rebellen gegenseitig verantwortlich." speaker="Rebellen"
  example + "Die Generalprokuratur moniert in ihrer Stellungnahme, dass Beweise fehlten." speaker="Generalprokuratur"
  example + "Zuvor hatten sich mehrere Staatschefs kritisch zu der Idee geäußert." speaker="Staatschefs"
  example - "Die Pläne stehen in der Kritik."
  example - "Der Angeklagte ist in erster Instanz verurteilt worden."
end

rule de.statement.reject
  type Statement
  lang de
  set kind = reject
  match {subjects:speaker} <de.stem.zurueck> ...24 zurück
  match "," <de.stem.zurueck> [<de.adverb>] {subject:speaker} ~6 zurück
  match <de.stem.zurueck> [<de.adverb>] {subject:speaker} ~12 zurück
  match (lehnte|lehnten|lehnt) [<de.adverb>] {subject:speaker} ~20 ab
  match {subjects:speaker} <de.stem.ab> ~20 ab
  match {subjects:speaker} {phrase:content} (ablehnt|ablehnen|ablehnte|ablehnten|zurückweist|zurückweisen|zurückwies|zurückwiesen)
  match {subjects:speaker} (sprach|sprachen|spricht) sich ~10 gegen ~10 aus
  match {subjects:speaker} (wandte|wandten|wendet|wendete|wendeten) sich ~6 (gegen|dagegen)
  match {subjects:speaker} (schloss|schlossen|schließt) ~10 aus
  # "widersprechen" takes a dative: "widerspricht der Botschaft" names what is contradicted,
  # so the subject is the clause's first actor, or follows with "die" or "das".
  match ^ [~2] {subjects:speaker} [<de.adverb>] (widersprach|widersprachen|widerspricht|widersprechen) !(sich)
  match (widersprach|widersprachen|widerspricht|widersprechen) [<de.adverb>] !(der|dem|den) {subject:speaker} !(sich)
  match {subjects:speaker} <de.aux> ~10 ausgeschlossen
  match (wandte|wandten|wendet|wendete|wendeten) sich {subjects:speaker} ~6 (gegen|dagegen)
  match {subjects:speaker} ~12 Verzicht ~10 (erklärt|erklärte|erklärten|erklären)
  match {subjects:speaker} "," (die|der|das) {phrase:content} (ablehnt|ablehnen|ablehnte|ablehnten|zurückweist|zurückweisen|zurückwies|zurückwiesen)
  example + "Der Kreml wies die Vorwürfe am Montag entschieden zurück." speaker="Kreml"
  example + "Außenamtssprecher Thomas Schnöll weist den Vorwurf, dass das Ministerium Druck ausübe, zurück." speaker="Thomas Schnöll"
  example + "Dass der Artikel ein Grund für das Scheitern gewesen sein soll, weist Minister Josef Ostermayer zurück." speaker="Josef Ostermayer"
  example + "FPÖ-Bildungssprecher Walter Rosenkranz schloss am Mittwoch eine Zustimmung aus." speaker="Walter Rosenkranz"
  example + "Die Ukraine will verhandeln, da Russland jede Waffenruhe ablehnt." speaker="Russland"
  example + "Auch die Industriellenvereinigung wandte sich entschieden dagegen." speaker="Industriellenvereinigung"
  example + "Auch der Wirtschaftsbund sprach sich gegen kürzere Arbeitszeiten aus." speaker="Wirtschaftsbund"
  example + "Gefordert sieht er die Wirtschaftskammer, die ein Bonus-Malus-Modell ablehnt." speaker="Wirtschaftskammer"
  example + "Dieser Darstellung widerspricht auch die ÖVP nur bedingt." speaker="ÖVP"
  example + "Die Regierung widersprach den Berichten am Montag." speaker="Regierung"
  example + "Den Vorwurf wies Minister Josef Ostermayer am Montag entschieden zurück." speaker="Josef Ostermayer"
  example + "Auf Anfrage lehnt die Abgeordnete Katharina Kucharowits es ab, den Antrag vorzulegen." speaker="Katharina Kucharowits"
  example - "Die Angaben widersprechen sich."
  example - "Das Urteil widerspricht der Botschaft der Regierung."
  example - "Die Vorwürfe wurden zurückgewiesen."
end

rule de.statement.announce
  type Statement
  lang de
  set kind = announce
  match {subjects:speaker} <de.stem.an> ~20 an [","] [{clause:content}]
  match <de.stem.an> {subjects:speaker} ~20 an [","] [{clause:content}]
  match {subjects:speaker} ~4 (ankündigte|ankündigten)
  match {subjects:speaker} ~4 (verkündete|verkündeten|verkündet) {clause:content}
  match (verkündet|verkündete|verkündeten) [<de.adverb>] [am] [{date}] {subject:speaker}
  match <de.aux> [<de.adverb>] [<de.count>] {subjects:speaker} ~20 <de.announce.participle>
  match {subjects:speaker} (gab|gaben|gibt|geben) ~12 bekannt
  match (gab|gaben|gibt) [<de.adverb>] {subject:speaker} ~12 bekannt
  match (gab|gaben|gibt) [<de.adverb>] {subject:speaker} "," ...16 "," bekannt
  match {subjects:speaker} (präsentierte|präsentierten|präsentiert|präsentieren) !(sich)
  match (präsentierte|präsentierten|präsentiert) [<de.adverb>] {subject:speaker} !(sich)
  match {subjects:speaker} (stellte|stellten|stellt|stellen) ~12 vor ("." | "," | $)
  match {subjects:speaker} <de.aux> ~20 (präsentiert|vorgestellt)
  match <de.aux> [<de.adverb>] [<de.count>] {subjects:speaker} ~20 (präsentiert|vorgestellt)
  match {subjects:speaker} ~8 bekanntgeben
  match <de.subordinator> {subjects:speaker} ~12 (verkündete|verkündeten|ankündigte|ankündigten)
  example + "Die Regierung kündigte am Freitag neue Sanktionen an." speaker="Regierung"
  example + "Am Dienstag präsentierte Caritas-Präsident Franz Küberl in Graz die Kampagne." speaker="Franz Küberl"
  example + "Zuvor hatte Air-France-Chef Frederic Gagey den Arbeitnehmervertretern den neuen Sparplan vorgestellt." speaker="Frederic Gagey"
  example + "Der Minister stellte am Montag die Reform vor." speaker="Minister"
  example + "Am Montag gab die Lufthansa den Abbau von 500 Stellen bekannt." speaker="Lufthansa"
  example + "Unterdessen gab die SPD, der größte Koalitionspartner der Union, bekannt, mit der Opposition zu stimmen." speaker="SPD"
  example + "Es gibt eine Einigung, wie der Kammerpräsident zusammen mit ÖVP-Chef Reinhold Mitterlehner am Montag verkündete." speaker="Kammerpräsident"
  example + "Vor einigen Tagen hatte bereits Deutschland eine Erhöhung seiner Entwicklungshilfe bekannt gegeben." speaker="Deutschland"
  example - "Neue Sanktionen wurden angekündigt."
  example - "Der Minister stellte sich vor das Haus."
  example - "Die Mannschaft präsentierte sich in guter Form."
end

rule de.statement.other
  type Statement
  lang de
  set kind = confirm
  match {subjects:speaker} ~4 <de.confirm> [","] [dass] {clause:content}
  match <de.confirm> [<de.adverb>] {subject:speaker} [","] [dass] {clause:content}
  match {subjects:speaker} (räumte|räumten|räumt) ~12 ein
  match (räumte|räumten|räumt) [<de.adverb>] {subject:speaker} ~12 ein
  example + "Das Verteidigungsministerium bestätigte, dass zwei Soldaten getötet wurden." speaker="Verteidigungsministerium"
  example + "Die Ministerin räumte Fehler ein." speaker="Ministerin"
  example + "Fehler räumte die Ministerin am Montag ein." speaker="Ministerin"
  example - "Das Urteil wurde vom Gericht in Linz bestätigt und rechtskräftig."
  example - "Zwei Soldaten wurden getötet."
end
)eventex",
R"eventex(
rule de.statement.deny
  type Statement
  lang de
  set kind = deny
  match <de.deny> [<de.adverb>] {subject:speaker} [","] {clause:content}
  match {subjects:speaker} (streitet|stritt|stritten|streiten) ~10 ab
  example + "Die Partei streitet jede Verzögerungstaktik ab." speaker="Partei"
  example + "Den Völkermord leugnet der Kandidat Jimmy Morales." speaker="Jimmy Morales"
  example - "Die Berichte wurden dementiert."
end

# Declining to speak is a statement, negated: "Namen wollte er nicht nennen", "wollte sich
# dazu nicht äußern", "will Kalina nicht spekulieren".
rule de.statement.decline
  type Statement
  lang de
  set kind = say
  set modality = negated
  match (wollte|wollten|will|wollen|möchte|möchten|mochte|konnte|konnten|kann) [<de.adverb>] {subject:speaker} ~10 nicht ~6 (nennen|sagen|kommentieren|spekulieren|äußern|bestätigen|beziffern|präzisieren)
  match {subjects:speaker} (wollte|wollten|will|wollen|möchte|möchten|mochte) ~10 nicht ~6 (nennen|sagen|kommentieren|spekulieren|äußern|bestätigen|beziffern|präzisieren)
  example + "Namen wollte der Bürgermeister nicht nennen." speaker="Bürgermeister"
  example + "Über die Frage, wer das sein könnte, will Josef Kalina nicht spekulieren." speaker="Josef Kalina"
  example + "Das Innenministerium wollte sich dazu am Montag nicht äußern." speaker="Innenministerium"
  example + "Die Kölner Polizei wollte sich zunächst nicht zu dem Bericht des Bundespolizisten äußern." speaker="Kölner Polizei"
  example - "Der Minister wollte nicht nach Wien reisen."
end

rule de.statement.promise
  type Statement
  lang de
  set kind = promise
  match {subjects:speaker} ~4 <de.promise> !(sich) {clause:content}
  match <de.promise> [<de.adverb>] {subject:speaker} !(sich) [","] {clause:content}
  # Separable "zusagen", "zusichern": the particle closes the clause ("sagte ... Hilfe zu").
  match {subjects:speaker} <de.stem.zu> ~12 zu ("," | $)
  match <de.stem.zu> [<de.adverb>] {subject:speaker} ~12 zu ("," | $)
  example + "Kanzler Christian Kern versprach rasche Hilfe." speaker="Christian Kern"
  example + "Außenminister John Kerry sagte Ägypten auch wirtschaftliche Unterstützung zu." speaker="John Kerry"
  example + "Am Montag sicherte die Regierung den Bauern rasche Hilfe zu." speaker="Regierung"
  example - "Die Regierung sagte, sie stimme dem Plan zu."
  example - "Das sagte der Minister zu Journalisten in Wien."
  example + "Am Wahlabend versprach Präsident Jimmy Morales erneut, die Korruption zu bekämpfen." speaker="Jimmy Morales"
  example - "Rasche Hilfe wurde versprochen."
  example - "Die Regierung verspricht sich von der Reform eine schnellere Gesetzgebung."
end

rule de.statement.praise
  type Statement
  lang de
  set kind = praise
  match {subjects:speaker} <de.aux> ~20 gelobt
  match <de.aux> [<de.adverb>] [<de.count>] {subject:speaker} ~20 gelobt
  example + "Die EU-Kommission hatte die Reformen ausdrücklich gelobt." speaker="EU-Kommission"
  example - "Die Reformen fanden Lob."
end

rule de.statement.threaten
  type Statement
  lang de
  set kind = threaten
  match {subjects:speaker} <de.aux> ~20 (gedroht|angedroht)
  match <de.aux> [<de.adverb>] [<de.count>] {subject:speaker} ~20 (gedroht|angedroht)
  example + "Russland hatte zuvor mit Gegenmaßnahmen gedroht." speaker="Russland"
  example - "Gegenmaßnahmen stehen im Raum."
end

rule de.statement.appeal
  type Statement
  lang de
  set kind = appeal
  match {subjects:speaker} ~4 <de.appeal> an {actor:addressee} [","] {clause:content}
  # Asking for something: "Die Polizei bat um Hinweise", "Sie baten Koch, zu bleiben", the
  # perfect "hätten ihn um Erläuterungen gebeten" (not the passive "wurde um ... gebeten").
  match {subjects:speaker} (bat|baten|bittet|bitten) ~12 um
  match {subjects:speaker} (bat|baten|bittet|bitten) {actor} [<de.adverb>] ("," | um)
  match (bat|baten|bittet) [<de.adverb>] {subject:speaker} ~12 um
  match {subjects:speaker} <de.aux> ~12 um ~10 gebeten
  match <de.aux> [<de.adverb>] [<de.count>] {subjects:speaker} ~12 um ~10 gebeten
  match {subjects:speaker} (rief|riefen|ruft|rufen) ~10 (dazu|zu|zur|zum) ~14 auf
  match {subjects:speaker} (rief|riefen|ruft|rufen) ~12 auf "," {clause:content}
  match (rief|riefen|ruft|rufen) [<de.adverb>] {subject:speaker} ~10 (dazu|zu|zur|zum) ~14 auf
  match {subjects:speaker} <de.aux> ~12 (zu|zur|zum) ~10 aufgerufen
  match <de.aux> [<de.adverb>] [<de.count>] {subjects:speaker} ~12 (zu|zur|zum) ~10 aufgerufen
  # Calling on someone to act, as "rief ... auf" (tests/data/README.md, "appeal or demand").
  match {subjects:speaker} ~6 (forderte|forderten|fordert|fordern) ~14 auf ("," | $)
  match (forderte|forderten|fordert) [<de.adverb>] {subject:speaker} ~14 auf ("," | $)
  match {subjects:speaker} <de.aux> ~12 aufgefordert
  match <de.aux> [<de.adverb>] [<de.count>] {subjects:speaker} ~12 aufgefordert
  example + "Der UNO-Generalsekretär forderte dabei die USA und Russland auf, ihren Einfluss geltend zu machen." speaker="UNO-Generalsekretär"
  example + "Die Führung der Krim forderte die Bewohner mit Nachdruck zum Energiesparen auf." speaker="Führung"
  example + "Am Montag forderte Kerry beide Seiten auf, die Waffen ruhen zu lassen." speaker="Kerry"
  example + "Die EU-Kommission hatte Athen mehrfach aufgefordert, die Grenze besser zu schützen." speaker="EU-Kommission"
  example - "Die Opposition forderte am Mittwoch den Rücktritt des Ministers."
  example - "Die Grünen forderten einen Verzicht auf Glyphosat."
  example + "Die Gewerkschaften riefen zur Unterstützung der Streikenden auf." speaker="Gewerkschaften"
  example + "In seiner Predigt rief Franziskus dazu auf, die Armen nicht zu vergessen." speaker="Franziskus"
  example + "Der Minister rief die USA erneut auf, ihre Angaben zu teilen." speaker="Minister"
  example + "Die Gewerkschaft Verdi hat erneut zu Streiks beim Versandhändler Amazon aufgerufen." speaker="Verdi"
  example + "Im Streit mit der Konzernführung hatten die Gewerkschaften für Montag zu Streiks aufgerufen." speaker="Gewerkschaften"
  example + "Die Polizei bat am Montag um Hinweise zu dem Mann." speaker="Polizei"
  example + "Sowohl Kanzlerin Angela Merkel als auch Präsident Joachim Gauck hätten ihn um Erläuterungen gebeten." speaker="Joachim Gauck"
  example - "Der Konzern wurde um eine Stellungnahme gebeten."
  example - "Ein Appell blieb ungehört."
end

# ================================================================ Meeting
rule de.meeting.meet
  type Meeting
  lang de
  match {subjects:host} ~6 <de.meet> !(~4 auf | ~3 <de.meet.object>) [~3 in {place:location}] ~6 {actors:guest}
  match {subjects:participants} ~4 (trafen|treffen|trifft|traf) sich !(mit)
  match {subject:host} ~4 (trafen|treffen|trifft|traf) sich ~10 mit {actors:guest}
  match <de.meet> sich {subjects:participants} [mit {actors:guest}]
  # Verb first, the guest right after the subject: "Danach traf Kerry die Vertreter der FARC".
  # Not "traf Keita in der 28. Minute" (scored) nor "trifft Djokovic auf Cilic" (drawn against).
  match (traf|trafen|trifft) {subject:host} [<de.adverb>] [(zunächst|anschließend|danach|erstmals)] {actors:guest} !(~3 (auf|zum|zur|ins|per|wieder))
  example + "Außenminister Sebastian Kurz traf am Montag in Wien den russischen Außenminister Sergej Lawrow." host="Sebastian Kurz" guest="Sergej Lawrow"
  example + "Kanzlerin Angela Merkel und Präsident Emmanuel Macron trafen sich in Paris." participants="Emmanuel Macron"
  example - "Die Entscheidung traf das Gericht."
  example - "Die 132 anwesenden Abgeordneten trafen die Entscheidung aufgrund von Beweisen der UN-Kommission."
  example - "Der Vorstand traf am Montag die Entscheidung gemeinsam mit dem Betriebsrat."
  example + "Kanzlerin Angela Merkel traf Präsident Barack Obama vor der Wahl in Berlin." guest="Barack Obama"
  example - "Der Weltranglistenerste Novak Djokovic trifft im Viertelfinale auf Marin Cilic."
  example + "Danach traf Außenminister John Kerry die Vertreter der FARC." host="John Kerry" guest="Vertreter der FARC"
  example + "Am Samstag trafen sich die beiden Außenminister in Genf." participants="beiden Außenminister"
  example - "Im Viertelfinale trifft Novak Djokovic auf Marin Cilic."
  example + "Nach seiner Rückkehr aus Brüssel trifft Premier Alexis Tsipras zunächst Verteidigungsminister Panos Kammenos." host="Alexis Tsipras" guest="Panos Kammenos"
  example - "Im Halbfinale trifft Novak Djokovic zunächst auf Marin Cilic."
end

rule de.meeting.perfect
  type Meeting
  lang de
  match {subjects:participants} <de.aux> ~6 miteinander ~10 <de.meet.participle>
  match {subjects:host} <de.aux> ~10 mit {actors:guest} !(~8 <de.meet.object> ~2 getroffen) ~10 <de.meet.participle>
  match <de.aux> [sich] {subjects:host} ~10 mit {actors:guest} !(~8 <de.meet.object> ~2 getroffen) ~10 <de.meet.participle>
  match {subject:host} <de.aux> ~8 {actors:guest} ~12 (getroffen|empfangen|besucht|angerufen)
  match <de.aux> {subject:host} ~4 {actors:guest} ~10 (getroffen|empfangen|besucht|angerufen)
  example + "Ministerpräsident Benjamin Netanyahu und Präsident Mahmoud Abbas haben erstmals seit einem Jahr wieder miteinander telefoniert." participants="Benjamin Netanyahu"
  example + "Der Ministerpräsident habe Präsident Mahmoud Abbas am späten Freitagabend angerufen." guest="Mahmoud Abbas"
  example + "Kanzler Werner Faymann hat am Montag mit Präsident François Hollande über die Flüchtlingskrise gesprochen." guest="François Hollande"
  example + "Zuvor hatte sich Außenminister John Kerry mit Außenminister Sergej Lawrow in Genf getroffen." host="John Kerry" guest="Sergej Lawrow"
  example - "Die Regierung hat mit dem Bau begonnen."
  example - "Die Regierung hat mit den Ländern am Montag eine Vereinbarung getroffen."
  example + "Kanzler Werner Faymann hat am Montag mit Kanzlerin Angela Merkel über die Regelung der Asylfrage gesprochen." guest="Angela Merkel"
end

rule de.meeting.planned
  type Meeting
  lang de
  set modality = planned
  match {subject:host} ~3 (will|wollen|wollte|wollten|soll|sollen|sollte|wird|werden|möchte|möchten|plant|plante|planen) sich ~12 mit {actors:guest} ~8 (treffen|beraten|austauschen|zusammensetzen|besprechen|abstimmen)
  match {subject:host} ~3 (will|wollen|soll|sollen|wird|werden|werde|würde|möchte|plant) ~8 mit {actors:guest} ~8 (sprechen|reden|telefonieren|verhandeln|beraten|zusammentreffen|zusammenkommen)
  match {subject:host} ~3 (will|wollen|soll|sollen|wird|werden|möchte|plant) ~8 {actors:guest} ~6 (treffen|empfangen|besuchen)
  match (Mit|mit) {actors:guest} ~3 (will|wollen|wird|werden|soll|sollen|möchte) [<de.adverb>] {subject:host} ~6 (sprechen|reden|zusammentreffen|zusammenkommen|verhandeln|beraten|telefonieren)
  # Verb first, the parties after "sich": "werden sich die Koalitionsparteien zusammensetzen".
  match (will|wollen|wird|werden|soll|sollen|möchten|wollten|sollten) sich [<de.adverb>] {subjects:participants} ~10 (treffen|zusammensetzen|beraten|austauschen|zusammenfinden) ("," | $)
  # Verb first, the parties after it: "Dazu würden Mitarbeiter des Kanzleramts Anfang der Woche
  # zusammenkommen". Not "zusammentreten" or "tagen": one body's own sitting is no meeting.
  match (will|wollen|wollte|wollten|wird|werden|würden|soll|sollen|sollte|sollten) [<de.adverb>] {subjects:participants} ~10 (zusammenkommen|zusammentreffen) ("," | $)
  # A session announced: "Die Arabische Liga kündigte für Dienstag ein Krisentreffen in Kairo an".
  match {subjects:participants} <de.stem.an> ~6 (ein|eine|einen) ~1 <de.session> [(in|im) {place:location}] ~6 an
  example + "Der Kampagnenleiter Nedeljko Bilalic will sich in den kommenden 14 Tagen mit den anderen Wahlkampfteams treffen." host="Nedeljko Bilalic"
  example + "Präsident Emmanuel Macron wird am Freitag Kanzlerin Angela Merkel in Berlin treffen." guest="Angela Merkel"
  example + "Die Gewerkschaft werde dazu mit Bürgermeister Michael Häupl reden." guest="Michael Häupl"
  example + "Auch mit Vertretern der Opposition will Außenminister Sebastian Kurz sprechen." host="Sebastian Kurz" guest="Vertretern"
  example - "Die Regierung will sich mit dem Thema befassen."
  example + "Vermutlich schon am Dienstag werden sich die Klubobleute zusammensetzen, um eine Linie abzustimmen." participants="Klubobleute"
  example + "Am Montag wollen sich Präsident Wladimir Putin und Präsident Recep Tayyip Erdoğan in Sotschi treffen." participants="Wladimir Putin"
  example - "Die Parteien werden sich auf einen Kompromiss einigen."
  example - "Mit dem Projekt will die Regierung neue Wege gehen."
  example - "Das isländische Parlament wollte erst am Donnerstag wieder zusammenkommen."
  example + "Dazu würden Mitarbeiter des Kanzleramts Anfang der kommenden Woche zusammenkommen." participants="Mitarbeiter des Kanzleramts"
  example + "Die Arabische Liga kündigte für Dienstag ein Krisentreffen in Kairo an." participants="Arabische Liga" location="Kairo"
  example - "Die Regierung kündigte eine Reform der Sitzung an."
  example - "Die Kosten werden wieder zusammenkommen müssen."
end

rule de.meeting.between
  type Meeting
  lang de
  match (Treffen|Gespräch|Gespräche|Gesprächen|Telefonat|Unterredung|Begegnung|Verhandlungen|Gipfeltreffen) zwischen {actors:participants}
  match (Treffen|Gipfeltreffen|Telefonat|Unterredung|Begegnung|Gespräche|Gesprächen|Verhandlungen|Konsultationen) (von|des|der) {actors:participants} mit {actors:guest}
  match (Treffen|Gipfeltreffen|Gipfel|Sondergipfel|Sondertreffen|Spitzentreffen|Krisentreffen|Krisengipfel|Asylgipfel|Flüchtlingsgipfel|Wirtschaftsgipfel|Arbeitsmarktgipfel|Bildungsgipfel|Sozialgipfel|Reformgipfel) (der|des) {actors:participants} !(mit)
  # What the parties negotiated: "das zwischen Putin und Merkel ausgehandelte Abkommen".
  match zwischen {actors:participants} (ausgehandelt|ausgehandelte|ausgehandelten|ausgehandelter|ausgehandeltes)
  match (Treffen|Gipfeltreffen|Telefonat|Unterredung|Begegnung|Gespräch|Gespräche|Gesprächen) (von|zwischen) {actor:participants} (und|mit) {actors:participants}
  # The recogniser makes "beiden Politiker" one mention, so "beiden" may open the actor itself.
  match (Telefonat|Telefonats|Telefongespräch|Treffen|Gespräch) der [beiden] {actors:participants} !(mit)
  match (Gespräche|Verhandlungen|Beratungen|Konsultationen|Sondierungsgespräche|Koalitionsgespräche|Koalitionsverhandlungen) (der|zwischen) [den] {actors:participants} !(mit)
  match <de.congress> (der|des) {actors:participants}
  match {actor:participants} "-" <de.congress>
  match {subjects:participants} ~8 (auf|bei|beim|am|zum) [<de.article>] ~2 <de.congress>
  example + "Das Treffen zwischen Präsident Wladimir Putin und Präsident Recep Tayyip Erdoğan dauerte drei Stunden." participants="Wladimir Putin"
  example + "Nach dem Telefonat von Kanzlerin Angela Merkel mit Präsident Wladimir Putin gab es keine Erklärung." participants="Angela Merkel"
  example + "Beim Treffen der Staats- und Regierungschefs wurde der Satz gestrichen." participants="Staats- und Regierungschefs"
  example + "Das Treffen von Kanzlerin Angela Merkel und Präsident Wladimir Putin dauerte drei Stunden." participants="Wladimir Putin"
  example + "Für Mittwoch waren aber Gespräche der isländischen Parteien geplant." participants="Parteien"
  example + "Der nächste Parteitag der SPÖ soll im Jänner stattfinden." participants="SPÖ"
  example + "Die Innsbrucker SPÖ wird auf einem Bezirksparteitag einen neuen Vorsitzenden wählen." participants="SPÖ"
  example + "Sie verwies auf Gespräche der Gewerkschaft mit der Regierung über die Löhne." participants="Gewerkschaft" guest="Regierung"
  example + "Beim Wirtschaftsgipfel der Regierung am Freitag sollen Impulse gesucht werden." participants="Regierung"
  example + "Das im Februar zwischen Präsident Wladimir Putin und Kanzlerin Angela Merkel ausgehandelte Abkommen gilt." participants="Angela Merkel"
  example - "Der zwischen den Feiertagen ausgehandelte Preis gilt."
  example + "Die Verhandlungen der Regierung mit den Gläubigern wurden am Montag fortgesetzt." participants="Regierung" guest="Gläubigern"
  example - "Das Treffen zwischen den Feiertagen fiel aus."
  example - "Das war der Gipfel der Frechheit."
  example - "Die Gespräche der vergangenen Tage waren zäh."
  example + "Der Zeitung Haaretz zufolge fand das letzte Telefonat der beiden Politiker im Juni 2014 statt." participants="beiden Politiker"
end

rule de.meeting.receive
  type Meeting
  lang de
  set cameo = 043
  match {subject:host} ~6 <de.receive> ~6 {actors:guest}
  match {subject:host} ~6 {actors:guest} ~4 zu <de.talks> (empfängt|empfing|empfangen|empfange)
  match {subject:guest} (wurde|wurden|wird|werden) ~10 von {actors:host} ~8 (empfangen|begrüßt|willkommen geheißen)
  # The second of two verbs: "Der Papst traf am Sonntag in Quito ein und wurde von Präsident Rafael Correa empfangen".
  match ^ ~2 {subject:guest} ~16 und (wurde|wurden) ~10 von {actors:host} ~8 (empfangen|begrüßt|willkommen geheißen)
  match (Empfang|Empfangs) (durch|bei) {actors:host}
  # The host named before a relative clause: "mit Präsident Gauck, der ihn zum Mittagessen empfing".
  match {actor:host} "," (der|die) {actor:guest} ~8 (empfing|empfingen|empfängt)
  example + "Bundespräsident Alexander Van der Bellen empfing den ukrainischen Präsidenten." guest="ukrainischen Präsidenten"
  example + "Papst Franziskus wurde am Flughafen von Präsident Rafael Correa empfangen." host="Rafael Correa" guest="Franziskus"
  example - "Die Signale empfing das Radar."
  example + "Beim feierlichen Empfang durch Präsident Abdel Fattah al-Sisi wurden Verträge unterzeichnet." host="Abdel Fattah al-Sisi"
  example - "Die Gäste wurden vom Regen empfangen."
  example + "Fischer sprach mit Präsident Joachim Gauck, der Kanzler Werner Faymann zum Mittagessen im Schloss empfing." host="Joachim Gauck" guest="Werner Faymann"
  example - "Es ist das Radar, das die Signale empfing."
  example + "Der Papst traf am Sonntag in Quito ein und wurde von Präsident Rafael Correa auf dem Flughafen empfangen." host="Rafael Correa" guest="Papst"
end

# Summits named after their members: "der EU-Gipfel", "beim EU-Türkei-Gipfel in Brüssel". A
# compound's owners are mentions of their own (the recogniser splits "[EU]-[Türkei]-Gipfel").
rule de.meeting.summit
  type Meeting
  lang de
  match {subjects:participants} ~10 <de.at> [<de.article>] ~2 {actor:participants} "-" [{actor:participants} "-"] <de.summit> [in {place:location}]
  match {actor:participants} "-" [{actor:participants} "-"] <de.summit> [in {place:location}] ~10 (statt|stattfinden|stattfand|stattfindet|tagte|tagten|tagt|tagen|beginnt|begann|endete|geht ~3 zu Ende)
  match {subjects:participants} ~8 (nahm|nahmen|nimmt|nehmen) ~4 (am|an) [<de.article>] ~2 {actor:participants} "-" [{actor:participants} "-"] <de.summit> ~8 teil
  match {subjects:participants} ~8 (nahm|nahmen|nimmt|nehmen) ~4 (am|an) [<de.article>] ~2 <de.meeting.attended> [(der|des) {actors:participants}] ~8 teil
  match (An|an) (den|der|dem) ~2 <de.meeting.attended> (werden|wird|nahmen|nehmen|nahm|nimmt) [auch] {subjects:participants} ...30 (teilnehmen|teil)
  match <de.at> [<de.article>] ~2 {actor:participants} "-" [{actor:participants} "-"] <de.summit> [am] [{date:when}] in {place:location}
  # A summit named after its members where a sentence speaks of it: "beim EU-Gipfel", "vor dem regulären EU-Gipfel".
  match (beim|Beim|zum|Zum|vom|Vom|bei dem|Bei dem|vor dem|Vor dem|nach dem|Nach dem|auf dem|Auf dem) ~1 {actor:participants} "-" [{actor:participants} "-"] (Gipfel|Gipfeltreffen|Sondergipfel|Krisengipfel|Spitzentreffen|Außenministertreffen|Ministertreffen|Innenministertreffen|Finanzministertreffen|Verteidigungsministertreffen|Außenministerrat|Innenministerrat)
  example + "Der EU-Gipfel findet am Donnerstag und Freitag in Brüssel statt." participants="EU"
  example + "Premier David Cameron will beim EU-Gipfel seine Forderungen durchsetzen." participants="David Cameron"
  example + "Beim EU-Türkei-Gipfel in Brüssel wurde ein Abkommen geschlossen." participants="Türkei" location="Brüssel"
  example + "Das wurde beim EU-Außenministerrat am Montag in Luxemburg beschlossen." participants="EU" location="Luxemburg"
  example + "Die Finanzminister sprachen am Sonntag am G7-Treffen in Bayern." participants="G7" location="Bayern"
  example + "Kanzler Werner Faymann nahm am Nato-Gipfel in Warschau teil." participants="Werner Faymann"
  example + "Auch Präsident Heinz Fischer nahm an der Gedenkfeier in Mauthausen teil." participants="Heinz Fischer"
  example + "An den Gesprächen werden Präsidentin Gerda Schaffelhofer und Präsident Alfred Trendl teilnehmen." participants="Alfred Trendl"
  example - "Die EU-Kommission tagt am Montag."
  example + "Noch vor dem regulären EU-Gipfel wollte eine Gruppe von Staaten beraten." participants="EU"
  example - "Vor dem EU-Parlament demonstrierten Bauern."
  example - "Der Gipfel des Mount Everest ist schwer zu erreichen."
end

rule de.meeting.visit
  type Meeting
  lang de
  set cameo = 042
  match {subject:guest} ~6 <de.visit> ~4 ({subject:host} | <de.visit.site> [~3 (in|im|in der|in den|auf|auf der|bei) ~2 {place:host}])
  match {subject:guest} ~6 <de.visit> ~6 (in|im|in der|in den) {place:host}
  # In the perfect, the place before the participle: "Der Bundeskanzler hatte am Dienstag
  # ein Flüchtlingslager in Griechenland besucht".
  match {subject:guest} <de.aux> ~8 (in|im|auf|auf der|in der|in den) ~3 {place:host} ~2 besucht
  match {subject:guest} <de.aux> ~8 <de.visit.site> [~3 (in|im|in der|in den|auf|auf der|bei) ~2 {place:host}] ~6 besucht
  # Visits to a place: "sagte der Minister bei einem Besuch in Athen", "Zu Besuch in Sarajevo
  # stellte Kurz klar", "Obama wird zu einem dreitägigen Besuch in Hanoi erwartet".
  match {subject:guest} ~10 (bei|während|nach|zu|von) <de.visit.article> ~2 <de.visit.noun> (in|nach|auf|auf der) {place:host}
  match (bei|Bei|während|Während) <de.visit.article> ~2 <de.visit.noun> (in|nach|auf|auf der) {place:host} ~4 {subject:guest}
  # The visitor's possessive is the visitor ("bei seinem Besuch in Prag"), an actor of its own.
  match {subject:guest} ~10 (bei|während|nach|zu|von) {actor:guest} ~2 <de.visit.noun> (in|nach|auf|auf der) {place:host}
  match (bei|Bei|während|Während) {actor:guest} ~2 <de.visit.noun> (in|nach|auf|auf der) {place:host} ~4 {subject:guest}
  match (bei|Bei|während|Während|nach|Nach|vor|Vor) {actor:guest} ~2 <de.visit.noun> (in|nach|auf|auf der) {place:host}
  match (Zu|zu|Auf|auf) (Besuch|Staatsbesuch|Arbeitsbesuch) in {place:host} ~6 {subject:guest}
  match {subject:guest} ~6 (ist|war|weilt|weilte|reist|reiste) ~6 (zu|auf) (Besuch|Staatsbesuch|Arbeitsbesuch) (in|nach) {place:host}
  match (ist|war|weilt|weilte|sind|waren) {subject:guest} ~4 (in|im|in der|in den) {place:host} ~4 zu (Besuch|Staatsbesuch|Arbeitsbesuch|Gast) !(bei)
  match (ist|war|weilt|weilte|sind|waren) {subject:guest} ~8 zu (Besuch|Staatsbesuch|Arbeitsbesuch|Gast) !(bei)
  match <de.visit.noun> (von|des|der) {actor:guest} (in|bei|im) ~2 {place:host}
  match {subjects:guest} (stattete|statteten|stattet|statten) ~6 {actor:host} ~4 <de.visit.noun> ab
  match (stattete|statteten|stattet|statten) {subjects:guest} ~6 {actor:host} ~4 <de.visit.noun> ab
  match {subject:guest} ~6 (ist|war|waren|sind|weilt|weilte) ~4 zu Gast bei {actors:host}
  match (ist|war|waren|sind|weilt|weilte) {subject:guest} ~4 zu Gast bei {actors:host}
  example + "Bundeskanzler Christian Kern besuchte am Dienstag die Ukraine." host="Ukraine"
  example + "Das sagte EU-Kommissar Dimitris Avramopoulos am Montag bei einem Besuch in Athen." guest="Dimitris Avramopoulos" host="Athen"
  example + "Außenminister Frank-Walter Steinmeier reiste am Montag zu einem Besuch nach Tschetschenien." guest="Frank-Walter Steinmeier" host="Tschetschenien"
  example + "Xi war am Dienstag in Seattle eingetroffen. Nach seinem Besuch in Washington wollte er nach New York weiterreisen." guest="seinem" host="Washington"
  example + "Am Dienstag ist der deutsche Außenminister Frank-Walter Steinmeier in der polnischen Hauptstadt zu Besuch." guest="Frank-Walter Steinmeier" host="polnischen Hauptstadt"
  example + "Präsident Wladimir Putin hatte sich 2006 bei seinem Besuch in Prag dem angeschlossen." guest="Wladimir Putin" host="Prag"
  example + "Zu Besuch in Sarajevo stellte Außenminister Sebastian Kurz am Donnerstag klar, die Reformen seien nötig." guest="Sebastian Kurz"
  example + "Präsident Barack Obama wird am Sonntag zu einem dreitägigen Besuch in Hanoi erwartet." guest="Barack Obama" host="Hanoi"
  example + "Der Besuch von Präsident Joachim Gauck in Israel dauerte zwei Tage." guest="Joachim Gauck" host="Israel"
  example + "Am Rande des Besuchs von Papst Franziskus im kommunistischen Kuba wurden Dissidenten festgenommen." guest="Franziskus" host="Kuba"
  example + "Am Montag war Außenminister Sebastian Kurz zu Gast bei Präsident Hassan Rohani." guest="Sebastian Kurz" host="Hassan Rohani"
  example + "Am Dienstag statten Kanzler Werner Faymann und Minister Hans Peter Doskozil Bulgarien gemeinsam einen Blitzbesuch ab." host="Bulgarien"
  example + "Die Ministerin besuchte am Mittwoch ein Flüchtlingslager im Libanon." guest="Ministerin" host="Libanon"
  example + "Der Bundeskanzler hatte am Dienstag ein Flüchtlingslager in Griechenland besucht." guest="Bundeskanzler" host="Griechenland"
  example + "Das sagte Papst Franziskus am Montag bei seinem Besuch auf Kuba." guest="Franziskus" host="Kuba"
  example + "Bei einem Besuch auf Zypern betonte Außenminister Sebastian Kurz, die Gespräche seien wichtig." guest="Sebastian Kurz" host="Zypern"
  example + "Die drei Präsidenten besuchten am Montag ein mazedonisches Flüchtlingslager bei Gevgelija." guest="Präsidenten"
  example + "Die Innenministerin hatte am Dienstag Hotspots auf der griechischen Insel Kos besucht." guest="Innenministerin"
  example - "Viele Touristen besuchten das Museum."
  example - "Die Touristen hatten am Montag das Museum besucht."
  example - "Bei einem Besuch in Wien sollte man die Oper sehen."
end

rule de.meeting.talks_with
  type Meeting
  lang de
  match {subject:host} ...14 (<de.meeting.with> | <de.talk.article> Gespräch) mit {actors:guest} [über {phrase:topic}] [{phrase:topic} ...8 zu <de.discuss>]
  match {subject:host} ~10 (sprach|sprachen|spricht|verhandelte|verhandelten|verhandelt|verhandeln|beriet|berieten|berät|telefonierte|telefonierten|telefoniert|telefonieren|konferierte) !(sich) ~6 mit {actors:guest} [über {phrase:topic}]
  match (bei|Bei|nach|Nach|vor|Vor) <de.talk.article> ~3 (<de.meeting.with> | Gespräch) mit {actors:guest} [in {place:location}] ~4 {subject:host}
  match (Beim|beim) ~3 (<de.meeting.with> | Gespräch) mit {actors:guest} [in {place:location}] ~4 {subject:host}
  match {subject:guest} ~10 auf Einladung (von|des|der) {actor:host}
  match {subject:host} ~6 (kam|kamen|kommt|kommen|traf|trafen|trifft) ~6 mit {actors:guest} [und ~3 mit {actors:guest}] ~8 zusammen
  match (kam|kamen|kommt|traf|trafen|trifft) {subject:host} ~6 mit {actors:guest} [und ~3 mit {actors:guest}] ~8 zusammen
  match (Mit|mit) {actors:guest} (sprach|sprachen|telefonierte|telefonierten|verhandelte|verhandelten|beriet|berieten|traf sich|trafen sich) [<de.adverb>] {subject:host}
  match {subject:participants} (und|sowie) {subjects:participants} ~2 (telefonierten|telefonieren|berieten|beraten|verhandelten|verhandeln|konferierten) !(mit)
  match {subjects:participants} ~3 (beraten|berieten|tagen|tagten) ~10 über
  match (verhandelten|verhandeln|verhandelt|berieten|beraten|berät|beriet|tagten|tagen) {subjects:participants} ~10 über
  match {subjects:participants} ~4 (kam|kamen|kommt|kommen|trat|traten|tritt|treten) ~6 zu (einer|einem) ~2 <de.session> [zusammen]
  match {subjects:participants} ~8 (bei|nach|während|vor) (ihrem|ihren|ihrer) ~2 (<de.meeting.with> | Gespräch | Gipfel) [in {place:location}]
  match {subject:host} (und|sowie) {subjects:guest} ~8 (ihre|die) (Gespräche|Verhandlungen|Beratungen|Konsultationen) ~10 (fortsetzen|fort|aufnehmen|auf|führen)
  match (setzten|setzen|setzte|setzt|nahmen|nehmen) {subjects:participants} ~4 (ihre|die|seine) (Gespräche|Verhandlungen|Beratungen|Konsultationen) ~10 (fort|auf)
  match (Gespräche|Verhandlungen|Beratungen) (führen|führten|führt|führte) {subjects:participants}
  match {subjects:participants} ~6 (kamen|kommen|trafen|treffen) ~8 zusammen
  match {subjects:participants} ~4 (setzten|setzen|setzte|setzt) sich ~8 zusammen
  match {subjects:participants} ~4 (setzten|setzen|setzte|setzt|saßen|sitzen|sitzt|saß) [sich] ~8 (an einen|an einem|am) [runden] Tisch
  match (setzten|setzen|setzte|setzt) sich {subjects:participants} ~8 zusammen
  match sich {subjects:participants} ~8 (trafen|treffen|getroffen haben|getroffen hatten) ("," | $)
  example + "Präsident Zelensky plant, bei künftigen Treffen mit US-Vertretern den Erwerb neuer Systeme zu erörtern." host="Zelensky" guest="US-Vertretern"
  example + "Kanzlerin Angela Merkel telefonierte am Abend mit Präsident Wladimir Putin." guest="Wladimir Putin"
  example + "Die Bundesregierung verhandelt seit einem Jahr mit der EU-Kommission." guest="EU-Kommission"
  example + "Der Minister führte ein Gespräch mit Außenminister John Kerry." guest="John Kerry"
  example + "Nach dem Treffen mit Kanzlerin Angela Merkel sagte Präsident François Hollande, man sei sich einig." host="François Hollande" guest="Angela Merkel"
  example + "Nach dem weitgehend ergebnislosen Treffen mit US-Außenminister John Kerry in Wien setzten die beiden Außenminister ihre Beratungen fort." guest="John Kerry"
  example + "Präsident Recep Tayyip Erdoğan kam auf Einladung von Kanzlerin Angela Merkel nach Berlin." host="Angela Merkel"
  example + "Die Außenminister Russlands und der USA kamen am Montag in Genf zusammen." participants="Außenminister"
  example + "Noch am Grenzübergang traf Minister Hans Peter Doskozil mit Landeshauptmann Hans Niessl zusammen." guest="Hans Niessl"
  example + "In den kommenden Tagen wollen Lawrow und Außenminister John Kerry ihre Verhandlungen fortsetzen." guest="John Kerry"
  example + "Am Samstag setzten Außenminister Sergej Lawrow und Außenminister John Kerry ihre Beratungen telefonisch fort." guest="John Kerry"
  example + "Für 50 Minuten setzten sich Landeshauptmann Josef Pühringer und SPÖ-Chef Reinhold Entholzer zusammen." participants="Reinhold Entholzer"
  example + "Als sich Kanzlerin Angela Merkel und Präsident Barack Obama in Elmau trafen, schien die Sonne." participants="Barack Obama"
  example + "Am Mittwoch trifft Außenminister John Kerry in Kairo mit seinem ägyptischen Kollegen Sameh Shukri zusammen." host="John Kerry" guest="Sameh Shukri"
  example + "In Kairo traf Außenminister John Kerry mit Außenminister Sameh Shukri und anschließend auch mit Präsident Abdel Fattah al-Sisi zusammen." host="John Kerry" guest="Sameh Shukri"
  example + "Mit Präsident Wladimir Putin sprach Präsident Recep Tayyip Erdoğan über Syrien." host="Recep Tayyip Erdoğan" guest="Wladimir Putin"
  example + "Außenminister Sergej Lawrow und Außenminister John Kerry telefonierten am Sonntag erneut." participants="John Kerry"
  example + "Kanzlerin Angela Merkel und Präsident François Hollande berieten am Abend über die Krise." participants="Angela Merkel"
  example + "Die Außenminister der EU beraten am Montag in Luxemburg über die Lage in Syrien." participants="Außenminister der EU"
  example + "In Minsk verhandelten Vertreter Russlands, der Ukraine und der OSZE über eine Waffenruhe." participants="Vertreter Russlands"
  example + "Der Sicherheitsrat der Vereinten Nationen kam zu einer Dringlichkeitssitzung zusammen." participants="Sicherheitsrat"
  example + "Präsident Recep Tayyip Erdoğan und Präsident Wladimir Putin vereinbarten bei ihrem Treffen in Sankt Petersburg eine engere Zusammenarbeit." participants="Wladimir Putin"
  example - "Der Zug kam zu einer Haltestelle."
  example + "Kanzler Werner Faymann und Vizekanzler Reinhold Mitterlehner setzten sich am Montag an einen Tisch." participants="Reinhold Mitterlehner"
  example - "Die Kinder saßen am Tisch."
  example + "Kanzlerin Angela Merkel spricht am Montag mit Präsident Wladimir Putin über die Ukraine." guest="Wladimir Putin"
  example - "Die SPÖ spricht sich klar gegen eine Koalition mit der FPÖ aus."
  example - "Mit dem Ergebnis sprach Präsident Wladimir Putin von einem Erfolg."
  example - "Das Treffen wurde lange vorbereitet."
  example - "Das sei ein Fehler, sagte der Minister im Gespräch mit der Zeitung."
  # Verb second after a fronted phrase, the host right after "führen": "zunächst führte er in
  # Seattle Gespräche mit Vertretern der Wirtschaft", "Am Montag führte Kurz Gespräche mit".
  match (führte|führten|führt|führen|führe) {subject:host} ~6 (<de.meeting.with> | <de.talk.article> Gespräch) mit {actors:guest} [über {phrase:topic}]
  example + "Am Montag führte Außenminister Sebastian Kurz in Teheran Gespräche mit Präsident Hassan Rohani." host="Sebastian Kurz" guest="Hassan Rohani"
  example - "Am Montag führte die Regierung Gespräche zur Lage."
end

# A meeting named only by its noun: "nach Gesprächen mit der Regierung", "für Verhandlungen mit
# den Gläubigern". The participants are those the text names.
rule de.meeting.nominal
  type Meeting
  lang de
  # The possessive names the host: "Nach seinen Gesprächen mit Kanzlerin Merkel" (Fischer's).
  match (bei|nach|vor|während|Bei|Nach|Vor|Während) {actor:host} ~2 <de.meeting.with> mit {actors:guest} [über {phrase:topic}]
  match (bei|nach|vor|zu|für|in|während|Bei|Nach|Vor|Zu|Für|In|Während) [<de.talk.article>] ~2 <de.meeting.with> mit {actors:guest} [über {phrase:topic}]
  match (beim|Beim|zum|Zum|vom|Vom) ~1 <de.meeting.with> mit {actors:guest} [über {phrase:topic}]
  # Talks that are going on or took place: "laufen Gespräche mit dem Land", "habe es mit Kern ein
  # einstündiges Gespräch gegeben".
  match (laufen|liefen|laufe|gab|gibt|gebe|begannen|beginnen|beginnt) [<de.adverb>] [es] ~2 <de.meeting.with> mit {actors:guest} [über {phrase:topic}]
  match mit {actors:guest} [<de.adverb>] (ein|eine|einen) ~2 (Gespräch|Treffen|Telefonat|Unterredung|Aussprache|Treffen) ~2 (gegeben|gab|geführt|stattgefunden)
  # The meeting as the clause's subject: "Das geplante Treffen mit Präsident Putin wurde abgesagt".
  match (Das|Ein|Dieses|Sein|Ihr|das|ein|dieses|sein|ihr) ~1 <de.meeting.with> mit {actors:guest} [über {phrase:topic}]
  example + "Nach Gesprächen mit Präsident Wladimir Putin wurde eine Waffenruhe vereinbart." guest="Wladimir Putin"
  example + "Präsident Heinz Fischer war in Berlin. Nach seinen Gesprächen mit Kanzlerin Angela Merkel zog er Bilanz." host="seinen" guest="Angela Merkel"
  example + "Die Delegation reist für Verhandlungen mit der Regierung nach Bujumbura." guest="Regierung"
  example - "Das sagte er im Gespräch mit der Zeitung."
  example + "Das geplante Treffen mit Präsident Wladimir Putin findet am Montag statt." guest="Wladimir Putin"
  example + "Das wurde beim Flüchtlingsgipfel mit den Landeshauptleuten im Kanzleramt beschlossen." guest="Landeshauptleuten"
  example + "Über den Preis laufen Gespräche mit der Landesregierung." guest="Landesregierung"
  example + "Bereits am Dienstag habe es mit Kanzler Christian Kern ein einstündiges Gespräch gegeben." guest="Christian Kern"
  example - "Es gibt Probleme mit der Regierung."
  # The singular after an article of its own: "bei einem Gespräch mit Strache", "nach dem
  # Gespräch mit dem Präsidenten" ("im Gespräch mit der APA" is an interview and stays out).
  match (bei|nach|vor|während|Bei|Nach|Vor|Während) (einem|dem|seinem|ihrem) ~1 Gespräch mit {actors:guest} [über {phrase:topic}]
  example + "Der Bezirksrat wurde bei einem Gespräch mit Strache überzeugt." guest="Strache"
  example + "Nach einem Gespräch mit Präsident Mahmoud Abbas reiste er ab." guest="Mahmoud Abbas"
  example - "Das sagte er im Gespräch mit der Zeitung."
end

rule de.meeting.trip
  type Meeting
  lang de
  set cameo = 042
  match {subject:guest} ~6 (reist|reiste|reisten|reisen|flog|flogen|fliegt|kommt|kam) ~8 zu <de.talks> ~4 nach {place:location}
  match {subject:guest} ~6 (reist|reiste|reisten|reisen|flog|flogen|fliegt) ~6 nach {place:location} ~4 zu <de.talks>
  match {subject:guest} ~4 (reist|reiste|reisten|reisen|flog|flogen|fliegt) [weiter] ~4 (nach|in die|in den) {place:host} !(zu)
  match (reist|reiste|reisten|flog|flogen|fliegt) {subject:guest} ~4 (nach|in die|in den) {place:host} !(zu)
  # Arrivals: "war zu Gesprächen in Kiew eingetroffen", "traf am Montag zu Gesprächen in Kiew ein".
  match {subject:guest} ~8 zu <de.talks> (in|nach) {place:location} ~4 (eingetroffen|angekommen|gereist|aufgebrochen|ein)
  match {subject:guest} ~3 (will|wollen|soll|sollen|wird|werden|werde|würde|möchte|plant) ~6 (nach|in die|in den) {place:host} ~2 (reisen|fliegen|kommen)
  example + "Außenminister Sebastian Kurz reist am Montag zu Gesprächen nach Moskau." guest="Sebastian Kurz" location="Moskau"
  example + "Am Dienstag reist der Papst in die USA weiter." guest="Papst" host="USA"
  example + "Außenministerin Karin Kneissl reist am Montag nach Kiew." guest="Karin Kneissl" host="Kiew"
  example + "Außenminister Frank-Walter Steinmeier war am Montag zu Gesprächen in Kiew eingetroffen." guest="Frank-Walter Steinmeier" location="Kiew"
  example + "Präsident Petro Poroschenko traf am Abend zu Gesprächen in Berlin ein." guest="Petro Poroschenko" location="Berlin"
  example + "Außenminister Frank-Walter Steinmeier kündigte an, er werde am Freitag nach Kiew reisen." host="Kiew"
  example - "Die Familie reist am Montag nach Moskau."
end

rule de.meeting.invite
  type Meeting
  lang de
  match {subject:host} ...14 {actor:guest} [","] ~2 zu <de.talks> [über {phrase:topic}] ...20 <de.invite.final>
  match {subject:host} <de.stem.ein> ~12 {actor:guest} [","] ~2 zu <de.talks> [über {phrase:topic}] ...20 ein
  match {subject:host} (ruft|rief|riefen|rufen|bestellte|bestellten|zitierte|zitierten) {actor:guest} zu <de.talks> [über {phrase:topic}]
  match {subject:host} <de.aux> ~4 {actor:guest} ~2 zu <de.talks> [über {phrase:topic}] ...8 (gebeten|geladen|gerufen)
  match {subject:host} <de.stem.ein> ~6 {actor:guest} ~4 (nach|in) {place:location} ~4 ein
  # A diplomat summoned: "hatte das Außenministerium die polnische Botschafterin ... einbestellt",
  # "Das Außenministerium bestellte den Botschafter ein", "Der Botschafter wurde ins Außenministerium einbestellt".
  match {subject:host} <de.aux> ~6 {actor:guest} ...24 einbestellt
  match <de.aux> {subject:host} ~6 {actor:guest} ...24 einbestellt
  match {subject:host} (bestellte|bestellten|bestellt|bestellen) ~4 {actor:guest} ...24 ein ("," | $)
  match {subject:guest} (wurde|wurden|wird|werden|ist|war|sind|waren) ~12 (ins|in das|in die) {actor:host} ~4 einbestellt
  example + "Das Außenministerium lud den Botschafter der USA zu Gesprächen über die Lage ein." host="Außenministerium" guest="Botschafter der USA" topic="die Lage"
  example + "Der Staatschef hatte den Premier zu einem Gespräch in den Präsidentenpalast gebeten." host="Staatschef" guest="Premier"
  example + "Ministerpräsident Viktor Orbán lud Kanzler Werner Faymann nach Budapest ein." guest="Werner Faymann" location="Budapest"
  example - "Die Gespräche über die Lage dauern an."
  example - "Die Firma lud die Waren in Hamburg ein."
  example + "Am Freitag hatte das Moskauer Außenministerium die polnische Botschafterin Katarzyna Pelczynska-Nalecz nach Berichten über die Zerstörung eines sowjetischen Soldatenfriedhofs in Nordostpolen einbestellt." guest="Katarzyna Pelczynska-Nalecz"
  example + "Das Außenministerium in Berlin bestellte am Montag den Botschafter der Türkei ein." host="Außenministerium" guest="Botschafter der Türkei"
  example + "Der russische Botschafter wurde am Montag ins Außenministerium einbestellt." guest="Botschafter" host="Außenministerium"
  example - "Der vom Gericht bestellte Arzt trat ein."
end

rule de.meeting.cancel
  type Meeting
  lang de
  priority 1
  set modality = negated
  match {subjects:host} (sagte|sagten|sagt) ~6 <de.meeting.noun> ~6 mit {actors:guest} ~4 ab
  match {subjects:host} (sagte|sagten|sagt) ~6 <de.meeting.noun> ~4 ab
  # The meeting called off in the passive: "Das Treffen mit Präsident Putin wurde abgesagt",
  # "Der Besuch von Präsident Gauck in Israel wurde verschoben". Above the rules that read the
  # same words as a meeting that happens.
  match <de.meeting.noun> (mit|von|des|der|zwischen) {actors:guest} [(in|im|nach) {place:location}] ...12 (wurde|wurden|ist|sind|war|waren) ~6 (abgesagt|verschoben|gestrichen|abgebrochen|platzen gelassen)
  example + "Der Präsident sagte das Treffen mit Kanzlerin Angela Merkel ab." guest="Angela Merkel"
  example + "Das geplante Treffen mit Präsident Wladimir Putin wurde am Montag abgesagt." guest="Wladimir Putin"
  example + "Der Besuch von Präsident Joachim Gauck in Israel wurde verschoben." guest="Joachim Gauck"
  example - "Das Konzert mit den Wiener Philharmonikern wurde abgesagt."
  example + "Kanzlerin Angela Merkel und Präsident Wladimir Putin sagten ihr Treffen am Montag ab." host="Angela Merkel"
  example - "Das Treffen fand statt."
end

rule de.meeting.took_place
  type Meeting
  lang de
  set attach = previous
  match <de.anaphor> <de.meeting.noun> (fand|fanden|findet) [am] [{date:when}] [im Auftrag (von|des|der) {actor:behalf}] ~8 statt
  example + "Dieser Termin fand am 2. Juli im Auftrag von Außenminister Andrii Sybiha statt." behalf="Andrii Sybiha" when="2. Juli"
  example - "Das Konzert fand am Montag statt."
end

# Summits named after their members wherever an article or a contracted preposition opens them,
# in every case: "des EU-Gipfels mit der Türkei", "das Nato-Treffen", "am G7-Treffen in Bayern".
# Only heads that are meetings (not "EU-Rat", "EU-Parlament"); a "mit" phrase adds its parties.
rule de.meeting.summit_named
  type Meeting
  lang de
  match (der|des|das|dem|den|die|am|im|beim|zum|vom|Der|Des|Das|Dem|Den|Die|Am|Im|Beim|Zum|Vom) ~1 {actor:participants} "-" [{actor:participants} "-"] (Gipfel|Gipfels|Gipfeltreffen|Gipfeltreffens|Sondergipfel|Sondergipfels|Krisengipfel|Krisengipfels|Treffen|Treffens|Spitzentreffen|Spitzentreffens|Außenministertreffen|Außenministertreffens|Ministertreffen|Ministertreffens|Innenministertreffen|Finanzministertreffen|Verteidigungsministertreffen) [mit {actors:participants}] [(in|im) {place:location}]
  example + "Angesichts des EU-Gipfels mit der Türkei sah sich die Regierung bestätigt." participants="Türkei"
  example + "Der Konflikt, der das Nato-Treffen dominierte, waren die Spannungen." participants="Nato"
  example + "Ich werde am Sonntag am G7-Treffen in Bayern teilnehmen." participants="G7"
  example + "Die Gegner des G7-Gipfels haben ihr Camp errichtet." participants="G7"
  example - "Er hat sich gegen den EU-Rat gestellt."
  example - "Das EU-Parlament stimmte zu."
end

# The meeting noun in the genitive with both parties: "anlässlich eines Treffens von Fico mit
# Fischer", "die Zusammenfassung eines Telefonats zwischen Merkel und Obama".
rule de.meeting.between_genitive
  type Meeting
  lang de
  match (Telefonats|Treffens|Gesprächs|Gipfeltreffens|Telefongesprächs|Zusammentreffens) (zwischen|von) {actor:participants} (und|mit) {actors:participants}
  example + "Anlässlich eines Treffens von Premier Robert Fico mit Bundespräsident Heinz Fischer gab es Gerüchte." participants="Heinz Fischer"
  example + "Die Zusammenfassung eines Telefonats zwischen Kanzlerin Angela Merkel und Präsident Barack Obama wurde veröffentlicht." participants="Angela Merkel"
  example - "Der Termin des Treffens zwischen den Feiertagen steht."
end

# A visit as a state of the visitor, with any verb: "nachdem Strache auf Staatsbesuch in Israel
# gewesen war"; and the visitor in the genitive: "den Besuch Recep Tayyip Erdogans in Österreich".
rule de.meeting.on_visit
  type Meeting
  lang de
  set cameo = 042
  match {subject:guest} ~6 (zu|auf) (Besuch|Staatsbesuch|Arbeitsbesuch|Kurzbesuch|Antrittsbesuch|Blitzbesuch) (in|im|nach) {place:host}
  match <de.visit.noun> {actor:guest} (in|im|nach) {place:host}
  # The country in the compound, the visitor in the genitive or as owner: "der China-Besuch
  # Gaucks", "Merkels Israel-Besuch" (the recogniser makes the compound's country a mention).
  match {place:host} "-" (Besuch|Besuchs|Besuches|Staatsbesuch|Staatsbesuchs|Arbeitsbesuch|Arbeitsbesuchs) {actor:guest}
  match {actor:guest} ~2 {place:host} "-" (Besuch|Besuchs|Besuches|Staatsbesuch|Staatsbesuchs|Arbeitsbesuch|Arbeitsbesuchs)
  example + "Fischer hätte den Orden nachreichen können, nachdem Vizekanzler Heinz-Christian Strache auf Staatsbesuch in Israel gewesen war." guest="Heinz-Christian Strache" host="Israel"
  example + "Die Ministerin war auf Arbeitsbesuch in Berlin." guest="Ministerin" host="Berlin"
  example + "Diese hat vergangenes Jahr den Besuch Recep Tayyip Erdogans in Österreich organisiert." guest="Recep Tayyip Erdogans" host="Österreich"
  example - "Das Urteil traf ihn auf Besuch in Wien."
  example + "Präsident Joachim Gauck sprach über Russland. Thema war auch der letzte China-Besuch Gaucks." guest="Gaucks" host="China"
  example + "Präsident Joachim Gauck war in Jerusalem. Während seines Israel-Besuchs wurde protestiert." guest="seines" host="Israel"
  example - "Der China-Besuch war lang."
end

# Verb second after a fronted topic: "Über Konsequenzen berieten die Euro-Finanzminister", and
# talks at someone's place: "werden die Regierungschefs beim Präsidenten Hollande in Paris beraten".
rule de.meeting.confer
  type Meeting
  lang de
  match (Über|über) ~8 (berieten|beraten|berät|beriet|verhandelten|verhandeln|verhandelt|verhandelte) {subjects:participants} [~4 (in|im) {place:location}]
  match {subjects:participants} ~6 (beim|bei) {actor:host} [(in|im) {place:location}] ~4 (beraten|berieten|berät|beriet|verhandeln|verhandelten|zusammenkommen|zusammentreffen)
  example + "Über Konsequenzen berieten die anderen 18 Euro-Finanzminister anschließend ohne Ressortchef Yanis Varoufakis." participants="Euro-Finanzminister"
  example + "Über den Vorschlag beraten die Außenminister der EU am Montag in Brüssel." participants="Außenminister der EU"
  example + "Am Samstag werden die Regierungschefs dazu beim Präsidenten François Hollande in Paris beraten." participants="Regierungschefs" host="François Hollande" location="Paris"
  example - "Über die Pläne wird beraten."
  example - "Justizminister Wolfgang Brandstetter hatte als Verteidiger einst einige Protagonisten beraten."
end

# Talks as the clause's subject, plural or with a possessive: "weil die Verhandlungen mit den
# Geldgebern beendet worden seien" (the singular "Gespräch" is left out: "im Gespräch mit der APA").
rule de.meeting.talks_subject
  type Meeting
  lang de
  match (Die|Diese|Seine|Ihre|die|diese|seine|ihre) ~1 <de.meeting.with> mit {actors:guest} [über {phrase:topic}]
  example + "Außerdem ergebe das keinen Sinn, weil die Verhandlungen mit den Geldgebern beendet worden seien." guest="Geldgebern"
  example + "Die Gespräche mit der Regierung in Athen wurden am Montag fortgesetzt." guest="Regierung"
  example - "Die Gespräche mit dem Standard waren offen."
end

# Verb first after a fronted phrase, the host right after the verb: "Am Montag empfing Kanzlerin
# Merkel den Präsidenten". Finite forms only: "empfangen" opens infinitives and participles.
rule de.meeting.receive_inverted
  type Meeting
  lang de
  set cameo = 043
  match (empfing|empfingen|empfängt) {subject:host} [<de.adverb>] ~4 {actors:guest}
  example + "Am Montag empfing Kanzlerin Angela Merkel den Präsidenten Wladimir Putin." host="Angela Merkel" guest="Wladimir Putin"
  example + "Im Kanzleramt empfängt Kanzler Christian Kern am Dienstag Präsident Alexander Lukaschenko." guest="Alexander Lukaschenko"
  example - "Am Montag empfing das Radar die Signale."
end

# Meetings in the perfect and with reflexive or particle verbs: "Merkel und Putin haben sich in
# Berlin getroffen", "hat sich mit Putin ausgetauscht", "tauschte sich mit Putin aus", "besprach
# mit Putin die Lage", "ist mit Putin zusammengetroffen", "Merkel und Putin führten Gespräche".
rule de.meeting.reflexive
  type Meeting
  lang de
  match {subject:participants} (und|sowie) {subjects:participants} (haben|hatten|hätten|sind|waren) sich ~10 (getroffen|beraten|ausgetauscht|abgestimmt|zusammengesetzt)
  match {subject:host} <de.aux> sich ~10 mit {actors:guest} ~10 (ausgetauscht|beraten|abgestimmt|zusammengesetzt|besprochen)
  match {subject:host} (tauschte|tauschten|tauscht|beriet|berieten|berät|besprach|besprachen|bespricht|stimmte|stimmten) [sich] ~6 mit {actors:guest} ~12 (aus|ab|"," | $)
  match {subject:host} (ist|war|sind|waren) ~10 mit {actors:guest} ~10 (zusammengetroffen|zusammengekommen)
  match {subject:participants} (und|sowie) {subjects:participants} (führten|führen|führte|führt) ~4 (Gespräche|Verhandlungen|Beratungen|Konsultationen|ein Gespräch|ein Telefonat)
  # Their own meeting with any verb: "hatten Xi und Obama ihr Treffen in Peking genutzt".
  match {subject:participants} (und|sowie) {subjects:participants} ~8 (ihr|ihre|ihrem|ihren|ihres) [(erstes|ersten|letztes|letzten|jüngstes|jüngsten|bilaterales|bilateralen)] (Treffen|Treffens|Gespräch|Gespräche|Gesprächen|Telefonat|Telefonats|Unterredung|Begegnung|Gipfeltreffen)
  example + "Kanzlerin Angela Merkel und Präsident Wladimir Putin haben sich am Montag in Berlin getroffen." participants="Wladimir Putin"
  example + "Kanzlerin Angela Merkel hat sich am Montag mit Präsident Wladimir Putin ausgetauscht." guest="Wladimir Putin"
  example + "Kanzlerin Angela Merkel tauschte sich am Montag mit Präsident Wladimir Putin aus." guest="Wladimir Putin"
  example + "Kanzlerin Angela Merkel besprach am Montag mit Präsident Wladimir Putin die Lage in Syrien." guest="Wladimir Putin"
  example + "Kanzlerin Angela Merkel beriet sich am Montag mit Präsident Wladimir Putin." guest="Wladimir Putin"
  example + "Präsident Wladimir Putin ist am Montag mit Kanzlerin Angela Merkel zusammengetroffen." guest="Angela Merkel"
  example + "Kanzlerin Angela Merkel und Präsident Wladimir Putin führten am Montag Gespräche." participants="Angela Merkel"
  example + "Im November hatten Präsident Xi Jinping und Präsident Barack Obama ihr Treffen in Peking genutzt, um Ziele zu verkünden." participants="Barack Obama"
  example - "Die Kinder und ihre Eltern haben ihr Treffen genossen."
  example - "Die Regierung hat sich mit dem Thema ausgetauscht."
  example - "Die Kinder haben sich am Montag getroffen."
end

# Planned meetings: plural subjects ("Merkel und Putin werden sich in Berlin treffen"), a guest
# expected ("Obama wird am Sonntag in Hanoi erwartet"), and a meeting noun with its parties that
# is to take place ("Ein Treffen zwischen Merkel und Putin soll am Montag stattfinden") or is
# planned. The last two sit above de.meeting.between, which reads the same words as asserted.
rule de.meeting.planned_more
  type Meeting
  lang de
  priority 1
  set modality = planned
  match {subject:participants} (und|sowie) {subjects:participants} (wollen|werden|sollen|wollten|möchten) sich ~10 (treffen|beraten|austauschen|zusammensetzen)
  match {subject:guest} (wird|werden|soll|sollen) ~6 (in|im) {place:host} erwartet
  match <de.meeting.noun> (zwischen|von|des|der) {actor:participants} [(und|mit) {actors:participants}] ~10 (soll|sollen|sollte|könnte|könnten|wird|werde) ~8 stattfinden
  match <de.meeting.noun> (zwischen|von|des|der) {actor:participants} [(und|mit) {actors:participants}] ~10 (ist|sind|war|waren) ~6 geplant
  example + "Kanzlerin Angela Merkel und Präsident Wladimir Putin werden sich am Montag in Berlin treffen." participants="Wladimir Putin"
  example + "Präsident Barack Obama wird am Sonntag zu einem dreitägigen Besuch in Hanoi erwartet." guest="Barack Obama" host="Hanoi"
  example + "Ein Treffen zwischen Kanzlerin Angela Merkel und Präsident Wladimir Putin soll am Montag in Berlin stattfinden." participants="Wladimir Putin"
  example + "Das Treffen von Kanzlerin Angela Merkel und Präsident Wladimir Putin ist für Montag geplant." participants="Angela Merkel"
  example - "Die Ergebnisse werden im Herbst erwartet."
  example - "Das Treffen zwischen den Feiertagen soll stattfinden."
end

# A guest's stay: "ist am Montag zu Gast in Berlin", "ist bei Kanzlerin Merkel zu Gast", "hielt
# sich zu Gesprächen in Berlin auf".
rule de.meeting.guest_at
  type Meeting
  lang de
  set cameo = 042
  match {subject:guest} (ist|war|sind|waren|weilt|weilte) ~6 zu Gast in {place:host}
  match {subject:guest} (ist|war|sind|waren|weilt|weilte) ~6 bei {actors:host} ~4 zu Gast
  match {subject:guest} (hielt|hielten|hält) sich ~6 zu <de.talks> (in|im) {place:location} auf
  example + "Präsident Wladimir Putin ist am Montag zu Gast in Berlin." guest="Wladimir Putin" host="Berlin"
  example + "Präsident Wladimir Putin ist am Montag bei Kanzlerin Angela Merkel zu Gast." host="Angela Merkel"
  example + "Präsident Wladimir Putin hielt sich am Montag zu Gesprächen in Berlin auf." guest="Wladimir Putin" location="Berlin"
  example - "Der Sänger war am Montag zu Gast im Studio."
end

# Meetings in a subordinate clause, verb last: "wo er Kanzlerin Merkel trifft", "nachdem er mit
# Putin gesprochen hatte" is read by de.meeting.perfect; here "als er mit Putin sprach". Not
# "wenn": a condition or a habit is no meeting.
rule de.meeting.subordinate
  type Meeting
  lang de
  match (wo|als|nachdem|bevor|während) {subject:host} ~4 {actors:guest} ~6 (trifft|traf|trafen|treffen|empfängt|empfing|empfingen|empfangen)
  match (wo|als|nachdem|bevor|während) {subject:host} ~6 mit {actors:guest} ~8 (sprach|sprachen|spricht|telefonierte|telefonierten|telefoniert|zusammentraf|zusammentrafen|zusammentrifft|zusammenkam|zusammenkamen|verhandelte|verhandelten|beriet|berieten)
  example + "Präsident Wladimir Putin ist in Berlin eingetroffen, wo er Kanzlerin Angela Merkel trifft." guest="Angela Merkel"
  example + "Präsident Wladimir Putin war am Montag in Berlin, wo er mit Kanzlerin Angela Merkel sprach." guest="Angela Merkel"
  # The host before a relative clause: "Bürgermeister Kurt Fischer, der seit einem Jahr mit Ikea verhandelt".
  match {actor:host} "," (der|die) ~6 mit {actors:guest} ~8 (sprach|sprachen|spricht|telefonierte|telefonierten|telefoniert|zusammentraf|zusammentrafen|zusammentrifft|zusammenkam|zusammenkamen|verhandelte|verhandelten|verhandelt|beriet|berieten)
  example + "Das bestätigte Bürgermeister Kurt Fischer, der seit einem Jahr mit Ikea verhandelt, am Montag." host="Kurt Fischer" guest="Ikea"
  example - "Bürgermeister Kurt Fischer, der mit dem Auto kam, sprach."
  example - "Präsident Wladimir Putin war in Berlin, wo er das Theater besuchte."
end

# ================================================================ AidRequest
rule de.aid.ask
  type AidRequest
  lang de
  match {subject:requester} ~4 <de.ask> {actor:provider} ~4 um ~2 {items:items}
  match {subject:requester} ~4 <de.ask> ~4 um ~2 {items:items}
  match <de.ask> {subject:requester} {actors:provider} ~8 um ~2 {items:items}
  match <de.ask> {subject:requester} ...14 um ~2 {items:items}
  match {subject:requester} ~4 (beantragte|beantragten|beantragt|beantragen) [bei {actor:provider}] ~6 {items:items}
  match <de.aux> {subject:requester} [bei {actor:provider}] ~6 {items:items} ~4 beantragt
  match {subject:requester} <de.aux> ...10 {items:items} [(bei|beim) ~2 {actor:provider}] ~3 beantragt
  example + "Die Ukraine bat die USA um weitere Patriot-Systeme." requester="Ukraine" provider="USA" items="Patriot-Systeme"
  example + "In dem Appell bittet die Organisation Unternehmen auf der ganzen Welt um Geld." requester="Organisation" items="Geld"
  example + "Am Montag bat Griechenland die EU um humanitäre Hilfe." requester="Griechenland" provider="EU"
  example + "In dem Appell bittet die Organisation Privatpersonen, Unternehmen, Stiftungen und Menschenfreunde um Geld." requester="Organisation" items="Geld"
  example + "Griechenland beantragte bei der EU Finanzhilfen in Höhe von zehn Milliarden Euro." requester="Griechenland" provider="EU"
  example + "Zuvor hatte Portugal beim Rettungsfonds Kredite beantragt." requester="Portugal"
  example - "Die USA lieferten Patriot-Systeme."
  example - "Die Firma beantragte eine Genehmigung."
  example + "Griechenland hat am Nachmittag überraschend ein neues, zweijähriges Hilfsprogramm beim Euro-Hilfsfonds ESM beantragt." requester="Griechenland" items="Hilfsprogramm"
  example + "Die Regierung hat beim Internationalen Währungsfonds einen Notkredit über 1,7 Milliarden Dollar beantragt." requester="Regierung" items="Notkredit"
end

# The second of two coordinated verbs: "Die FARC dankten Kerry ... und baten um Unterstützung".
# The subject opens the sentence; the nearer actor before "und" is an object.
rule de.aid.ask_coordinated
  type AidRequest
  lang de
  priority 2
  match ^ {subjects:requester} ...24 (und|sowie) <de.ask> [{actors:provider}] ~4 um ~2 {items:items}
  example + "Die FARC dankten Außenminister John Kerry für die Unterstützung der USA und baten um weitere Unterstützung." requester="FARC" items="Unterstützung"
  example - "Die Ukraine bat die USA um weitere Patriot-Systeme."
end

rule de.aid.demand
  type AidRequest
  lang de
  match {subject:requester} ~4 (<de.demand>|<de.appeal>|<de.need.verb>) !(~2 <de.aid.none>) !(~6 <de.aid.not>) ~8 {items:items} !(~2 <de.aid.not>) [~4 (von|vom|bei) {actor:provider}]
  match (<de.demand>|<de.appeal>|<de.aid.demand.reported>) {subject:requester} !(~2 <de.aid.none>) !(~6 <de.aid.not>) ~8 {items:items} !(~2 <de.aid.not>) [~4 (von|vom|bei) {actor:provider}]
  match {subject:requester} ~4 <de.aid.demand.reported> !(~2 <de.aid.none>) !(~6 <de.aid.not>) ~8 {items:items} !(~2 <de.aid.not>) [~4 (von|vom|bei) {actor:provider}]
  # Verb last, in a relative or a "dass" clause: "die EU-Kommission, die 500 Millionen Euro gefordert hatte".
  match {actor:requester} ~2 "," (die|der|das) !(~6 <de.aid.not>) ~8 {items:items} !(~2 <de.aid.not>) ~4 (<de.demand.participle>|<de.demand>|beantragt|benötigt|braucht) [<de.aux>]
  match dass {subject:requester} !(~6 <de.aid.not>) ~8 {items:items} !(~2 <de.aid.not>) ~4 (<de.demand>|<de.aid.demand.reported>|benötigt|braucht|benötige|brauche)
  match {subject:requester} ~4 (hofft|hoffte|hofften|hoffen|setzt|setzte) ~6 auf ~4 {items:items} [~4 (von|vom|aus|der) {actor:provider}]
  match (hofft|hoffte|hofften|setzt|setzte) [<de.adverb>] {subject:requester} ~6 auf ~4 {items:items} [~4 (von|vom|aus|der) {actor:provider}]
  example + "Kiew forderte vom Westen mehr Waffen und Munition." requester="Kiew" items="Waffen"
  example + "Die Regierung verlangt mehr Geld von der EU." items="Geld" provider="EU"
  example + "Neben Funkgeräten hofft die ukrainische Führung auch auf Panzerabwehrwaffen aus den USA." requester="ukrainische Führung" items="Panzerabwehrwaffen"
  example - "Der Westen liefert Waffen."
  example - "Und die Finanzen: Er braucht niemandes Geld."
  example - "Die Stadt braucht keine Hilfe vom Bund."
  example + "Erstens verlange der Landeshauptmann mehr Soldaten an der grünen Grenze." items="Soldaten"
  example + "Die Ukraine fordert von Russland einen Kredit über drei Milliarden Dollar." requester="Ukraine" items="Kredit"
  example + "Die Organisation fordert 500 Millionen Euro für den Syrien-Fonds." requester="Organisation" items="500 Millionen Euro"
  example - "Die Anwältin Maria Lorenz fordert für ihre Mandantin 11.200 Euro Schmerzengeld."
  example + "Die Beiträge gehen auf einen Vorschlag der EU-Kommission zurück, die 500 Millionen Euro für den Syrien-Fonds gefordert hatte." requester="EU-Kommission" items="500 Millionen Euro"
  example + "Der Gouverneur erklärte, dass Puerto Rico eine Umschuldung benötige." requester="Puerto Rico" items="Umschuldung"
  example - "Die Firma, die Schadenersatz in Höhe von 15 Milliarden Dollar gefordert hatte, verlor."
end

rule de.aid.appeal
  type AidRequest
  lang de
  match {subject:requester} ~4 (rief|riefen|ruft|rufen) ~8 zu ~3 {items:items} ~6 auf
  match {subject:requester} ~4 <de.appeal> an {actors:provider} [","] ~8 {items:items}
  match <de.appeal> {subject:requester} an {actors:provider} [","] ~8 {items:items}
  match {subject:requester} (rief|riefen|ruft|rufen|forderte|forderten|fordert|fordern) [<de.adverb>] {actors:provider} ~6 auf "," ...14 <de.supply>
  match (rief|riefen|ruft|forderte|forderten|fordert) {subject:requester} {actors:provider} ~6 auf "," ...14 <de.supply>
  match {subject:requester} <de.aux> ~8 {actor:provider} ~6 um ~3 {items:items} gebeten
  match {subject:requester} <de.aux> ~8 um ~3 {items:items} gebeten
  example + "Das Rote Kreuz rief die Bevölkerung zu Spenden für die Flüchtlinge auf." requester="Rote Kreuz" items="Spenden"
  example + "Die Regierung hat die EU um Finanzhilfe gebeten." requester="Regierung" provider="EU" items="Finanzhilfe"
  example + "Die Hilfsorganisationen appellierten an die Regierung, mehr Geld bereitzustellen." requester="Hilfsorganisationen" provider="Regierung" items="Geld"
  example + "Der Minister rief die USA erneut auf, Russland mit Angaben über deren Positionen zu versorgen." requester="Minister" provider="USA"
  example + "Griechenland forderte die EU-Staaten auf, mehr Beamte zu entsenden." requester="Griechenland" provider="EU-Staaten"
  example - "Der Minister rief die Bürger auf, wählen zu gehen."
  example - "Die Regierung hat um Verständnis gebeten."
end

rule de.aid.need
  type AidRequest
  lang de
  match {subject:requester} ~6 <de.need> ...20 {items:items}
  example + "Die ukrainischen Diplomaten hoben die Dringlichkeit der Lieferung von Luftverteidigungssystemen hervor." requester="Diplomaten" items="Luftverteidigungssystemen"
  example + "Die Ukraine betont die Notwendigkeit, die Zusammenarbeit bei Systemen wie Patriot auszuweiten." items="Patriot"
  example - "Die Lieferung von Luftverteidigungssystemen wurde ausgesetzt."
end

rule de.aid.list
  type AidRequest
  lang de
  match <de.handover> {subject:requester} ~4 <de.list> (mit|von|über) {items:items} an {actor:provider}
  match {subject:requester} <de.handover> ~4 <de.list> (mit|von|über) {items:items} an {actor:provider}
  example + "Im Juni übergab die Ukraine eine Liste mit Waffen und Ausrüstung an das US-Finanzministerium." requester="Ukraine" provider="US-Finanzministerium"
  example - "Die Liste der Teilnehmer wurde veröffentlicht."
end
)eventex"};

}  // namespace eventex::rules
