#pragma once
/// Default German rules, written for German-language news in general (Germany, Austria,
/// Switzerland): reported speech, meetings, and requests for aid. The rule language is
/// described atop eventex/dsl/parser.hpp.
#include <string_view>  // std::string_view

namespace eventex::rules {

inline constexpr std::string_view german_rules = R"eventex(
# ---------------------------------------------------------------- verbs of saying, by kind
# Finite forms in verb-second position (main clauses): present and past, singular and plural.
lexicon de.say = sag{t,te,ten,en} erklär{t,te,ten,en} meint{,e,en} mein{en} äußert{e,en} ergänzt{e,en}
                 bericht{et,ete,eten} berichten sprach sprachen spricht sprechen schrieb schrieben schreibt
                 verkündet{e,en} teilt{e,en} gab gaben gibt hieß heißt räumt{e,en} bestätigt{e,en}
                 betonte{n} zeigte{n} antwortet{e,en} erinnert{e,en} argumentiert{e,en} verwies{en}
                 verweist glaubt{e,en} findet fand fanden ;
lexicon de.say.plain = sag{t,te,ten,en} erklär{t,te,ten,en} meint{,e,en} mein{en} äußert{e,en} ergänzt{e,en}
                 bericht{et,ete,eten} berichten schrieb schrieben schreibt verkündet{e,en} antwortet{e,en}
                 argumentiert{e,en} sagten ;
lexicon de.say.final = sagte sagten sagt sagen erklärte erklärten erklärt erklären meinte meinten meint
                 mitteilte mitteilten mitteilt berichtete berichteten berichtet ;
lexicon de.stress = betont{,e,en} betonen unterstrich{,en} unterstreicht unterstreichen bekräftigt{,e,en}
                    bekräftigen ;
lexicon de.warn = warnt{,e,en} warnen ;
lexicon de.thank = dankt{,e,en} danken ;
lexicon de.demand = forder{t,te,ten,n} verlangt{,e,en} verlangen ;
lexicon de.criticise = kritisiert{,e,en} kritisieren ;
lexicon de.confirm = bestätigt{,e,en} bestätigen ;
lexicon de.deny = dementiert{,e,en} dementieren bestritt{,en} bestreitet bestreiten ;
lexicon de.promise = versprach{,en} verspricht versprechen sichert{e,en} ;
lexicon de.praise = lobt{,e,en} loben ;
lexicon de.threaten = droht{,e,en} drohen ;
lexicon de.appeal = appelliert{,e,en} appellieren ;

# Separable verbs: the finite stem stands second, the particle closes the clause.
lexicon de.stem.hervor = hob hoben hebt heben ;
lexicon de.stem.zurueck = wies wiesen weist weisen ;
lexicon de.stem.ab = lehnte lehnten lehnt lehnen sagte sagten sagt sagen ;
lexicon de.stem.an = kündigte kündigten kündigt kündigen ;
lexicon de.stem.mit = teilte teilten teilt teilen ;
lexicon de.stem.ein = lud luden lädt laden ;

# ---------------------------------------------------------------- meetings
lexicon de.meet = traf trafen trifft treffen ;
lexicon de.receive = empfing empfingen empfängt empfangen ;
lexicon de.visit = besuchte besuchten besucht besuchen ;
lexicon de.meeting.noun = Treffen Gespräch Gespräche Gesprächen Gesprächs Unterredung Begegnung Telefonat
                          Telefongespräch Konsultationen Beratungen Verhandlungen Gipfeltreffen Gipfel Besuch
                          Arbeitsbesuch Staatsbesuch Zusammentreffen Termin Sitzung ;
lexicon de.anaphor = Dieser Diese Dieses Das Der Die Jenes ;
lexicon de.talks = Gespräch Gesprächen Gespräche Konsultationen Beratungen Verhandlungen "einem Treffen"
                   "einem Gespräch" "einer Unterredung" "einem Besuch" ;
lexicon de.invite.final = einlud einluden eingeladen einlädt ;
lexicon de.discuss = erörtern besprechen diskutieren beraten sprechen verhandeln ;

# ---------------------------------------------------------------- aid requests
lexicon de.need.verb = drängt{,e,en} drängen wünscht{,e,en} wünschen braucht brauchen brauchte{n} benötigt{,e,en} benötigen ;
lexicon de.ask = bat baten bittet bitten ersuchte ersuchten ersucht ersuchen ;
lexicon de.need = Notwendigkeit Bedarf Bedarfs Bitte Bitten Forderung Forderungen Appell Wunsch Wunschliste
                  Anfrage Ruf Dringlichkeit ;
lexicon de.handover = übergab übergaben übergibt übermittelte übermittelten übermittelt überreichte
                      überreichten überreicht schickte schickten ;
lexicon de.list = Liste Wunschliste Anfrage Anforderung Anforderungen Bitte Bitten ;

# ================================================================ Statement
rule de.statement.say
  type Statement
  lang de
  set kind = say
  match {actor:speaker} ~3 <de.say.plain> ~4 "," [dass] {clause:content}
  match {actor:speaker} ~3 <de.say.plain> [dass] {clause:content}
  match {actor:speaker} ~3 <de.say.plain> $
  example + "Außenminister Sebastian Kurz sagte am Montag, die Lage sei ernst." speaker="Sebastian Kurz" content="die Lage sei ernst"
  example + "Die Regierung erklärte, dass sie die Grenzen schließen werde." speaker="Regierung"
  example - "Die Lage sei ernst, hieß es in Wien."
end

rule de.statement.say_inverted
  type Statement
  lang de
  set kind = say
  match <de.say.plain> {actor:speaker} [","] [dass] {clause:content}
  match "," <de.say.plain> {actor:speaker}
  example + "„Wir sind bereit“, sagte Bundeskanzler Werner Faymann." speaker="Werner Faymann"
  example + "Am Montag erklärte die Regierung, sie werde die Grenzen schließen." speaker="Regierung"
  example - "Am Montag war die Lage ruhig."
end

rule de.statement.mitteilen
  type Statement
  lang de
  set kind = say
  match {actor:speaker} <de.stem.mit> ~12 mit [","] [dass] [{clause:content}]
  match {actor:speaker} ~12 <de.say.final> [","] [dass] [{clause:content}]
  example + "Das Innenministerium teilte am Dienstag mit, dass die Zahl der Anträge gestiegen sei." speaker="Innenministerium"
  example - "Die Zahl der Anträge ist gestiegen."
end

rule de.statement.laut
  type Statement
  lang de
  set kind = say
  match laut ~3 {actor:speaker} [","] {clause:content}
  match {actor:speaker} zufolge [","] {clause:content}
  match nach Angaben ~2 {actor:speaker} [","] {clause:content}
  match "," so {actor:speaker}
  example + "Laut Pressemitteilung des Außenministeriums stand die Diskussion im Zeichen der Militärhilfe." speaker="Außenministeriums"
  example + "Der Polizei zufolge wurden drei Menschen verletzt." speaker="Polizei"
  example + "„Das ist ein guter Tag“, so Bürgermeister Michael Häupl." speaker="Michael Häupl"
  example - "Laut Berichten wurden drei Menschen verletzt."
end

rule de.statement.stress
  type Statement
  lang de
  set kind = stress
  match {actor:speaker} ~12 <de.stress> "," [dass] {clause:content}
  match {actor:speaker} ~3 <de.stress> {clause:content}
  match {actor:speaker} {phrase:content} <de.stress> ("," | $)
  match {actor:speaker} <de.stem.hervor> {phrase:content} hervor
  match {actor:speaker} <de.stem.hervor> ~30 hervor
  match <de.stress> {actor:speaker} [","] [dass] {clause:content}
  example + "Die ukrainischen Diplomaten hoben die Dringlichkeit der Lieferungen hervor." speaker="ukrainischen Diplomaten"
  example + "Die Kanzlerin betonte, dass Europa zusammenstehen müsse." speaker="Kanzlerin" content="Europa zusammenstehen müsse"
  example - "Die Dringlichkeit wurde betont."
end

rule de.statement.warn
  type Statement
  lang de
  set kind = warn
  match {actor:speaker} ~6 <de.warn> [","] [dass|vor] {clause:content}
  match <de.warn> {actor:speaker} [","] [dass|vor] {clause:content}
  example + "Die UNO warnte vor einer humanitären Katastrophe." speaker="UNO"
  example + "Außenministerin Karin Kneissl warnte, dass die Lage eskalieren könnte." speaker="Karin Kneissl" content="die Lage eskalieren könnte"
  example - "Experten sehen eine Gefahr."
end

rule de.statement.thank
  type Statement
  lang de
  set kind = thank
  match {actor:speaker} ~4 <de.thank> {actor:addressee} [für {phrase:content}]
  match {actor:speaker} ~4 (bedankte|bedankten|bedankt) sich bei {actor:addressee} [für {phrase:content}]
  example + "Präsident Wolodymyr Selenskyj dankte den USA für die Unterstützung." speaker="Selenskyj" addressee="USA" content="die Unterstützung"
  example - "Der Dank galt den Helfern."
end

rule de.statement.demand
  type Statement
  lang de
  set kind = demand
  match {actor:speaker} ~6 <de.demand> {clause:content}
  match <de.demand> {actor:speaker} {clause:content}
  example + "Die Opposition forderte am Mittwoch den Rücktritt des Ministers." speaker="Opposition"
  example - "Der Rücktritt des Ministers ist gefordert worden."
end

rule de.statement.criticise
  type Statement
  lang de
  set kind = criticise
  match {actor:speaker} ~6 <de.criticise> {clause:content}
  match <de.criticise> {actor:speaker} {clause:content}
  example + "Die FPÖ kritisierte die Pläne der Regierung scharf." speaker="FPÖ"
  example - "Die Pläne stehen in der Kritik."
end

rule de.statement.reject
  type Statement
  lang de
  set kind = reject
  match {actor:speaker} <de.stem.zurueck> ~20 zurück
  match {actor:speaker} <de.stem.ab> ~20 ab
  match {actor:speaker} {phrase:content} (ablehnt|ablehnen|ablehnte|ablehnten|zurückweist|zurückweisen|zurückwies|zurückwiesen)
  example + "Der Kreml wies die Vorwürfe am Montag entschieden zurück." speaker="Kreml"
  example + "Die Ukraine will verhandeln, da Russland jede Waffenruhe ablehnt." speaker="Russland"
  example - "Die Vorwürfe wurden zurückgewiesen."
end

rule de.statement.announce
  type Statement
  lang de
  set kind = announce
  match {actor:speaker} <de.stem.an> ~20 an [","] [{clause:content}]
  match <de.stem.an> {actor:speaker} ~20 an [","] [{clause:content}]
  match {actor:speaker} ~4 (ankündigte|ankündigten)
  example + "Die Regierung kündigte am Freitag neue Sanktionen an." speaker="Regierung"
  example - "Neue Sanktionen wurden angekündigt."
end

rule de.statement.other
  type Statement
  lang de
  set kind = confirm
  match {actor:speaker} ~4 <de.confirm> [","] [dass] {clause:content}
  example + "Das Verteidigungsministerium bestätigte, dass zwei Soldaten getötet wurden." speaker="Verteidigungsministerium"
  example - "Zwei Soldaten wurden getötet."
end

rule de.statement.deny
  type Statement
  lang de
  set kind = deny
  match {actor:speaker} ~4 <de.deny> {clause:content}
  example + "Die Regierung dementierte die Berichte." speaker="Regierung"
  example - "Die Berichte wurden dementiert."
end

rule de.statement.promise
  type Statement
  lang de
  set kind = promise
  match {actor:speaker} ~4 <de.promise> {clause:content}
  example + "Kanzler Christian Kern versprach rasche Hilfe." speaker="Christian Kern"
  example - "Rasche Hilfe wurde versprochen."
end

rule de.statement.praise
  type Statement
  lang de
  set kind = praise
  match {actor:speaker} ~4 <de.praise> {clause:content}
  example + "Die EU-Kommission lobte die Reformen." speaker="EU-Kommission"
  example - "Die Reformen fanden Lob."
end

rule de.statement.threaten
  type Statement
  lang de
  set kind = threaten
  match {actor:speaker} ~4 <de.threaten> {clause:content}
  example + "Russland drohte mit Gegenmaßnahmen." speaker="Russland"
  example - "Gegenmaßnahmen stehen im Raum."
end

rule de.statement.appeal
  type Statement
  lang de
  set kind = appeal
  match {actor:speaker} ~4 <de.appeal> an {actor:addressee} [","] {clause:content}
  match {actor:speaker} ~4 <de.appeal> {clause:content}
  example + "Der Papst appellierte an die Konfliktparteien, die Waffen niederzulegen." speaker="Papst"
  example - "Ein Appell blieb ungehört."
end

# ================================================================ Meeting
rule de.meeting.meet
  type Meeting
  lang de
  match {actors:host} ~6 <de.meet> [~3 in {place:location}] ~6 {actors:guest}
  match {actors:participants} ~4 (trafen|treffen|trifft|traf) sich
  match <de.meet> sich {actors:participants} [mit {actors:guest}]
  example + "Außenminister Sebastian Kurz traf am Montag in Wien den russischen Außenminister Sergej Lawrow." host="Sebastian Kurz" guest="Sergej Lawrow"
  example + "Kanzlerin Angela Merkel und Präsident Emmanuel Macron trafen sich in Paris." participants="Emmanuel Macron"
  example - "Die Entscheidung traf das Gericht."
end

rule de.meeting.receive
  type Meeting
  lang de
  match {actor:host} ~6 <de.receive> ~6 {actors:guest}
  example + "Bundespräsident Alexander Van der Bellen empfing den ukrainischen Präsidenten." guest="ukrainischen Präsidenten"
  example - "Die Signale empfing das Radar."
end

rule de.meeting.visit
  type Meeting
  lang de
  match {actor:guest} ~6 <de.visit> ~4 {actor:host}
  example + "Bundeskanzler Christian Kern besuchte am Dienstag die Ukraine." host="Ukraine"
  example - "Viele Touristen besuchten das Museum."
end

rule de.meeting.talks_with
  type Meeting
  lang de
  match {actor:host} ...14 <de.meeting.noun> mit {actors:guest} [über {phrase:topic}] [{phrase:topic} ...8 zu <de.discuss>]
  match {actor:host} ~10 (sprach|sprachen|verhandelte|verhandelten|beriet|berieten|telefonierte|telefonierten|konferierte) ~6 mit {actors:guest} [über {phrase:topic}]
  example + "Präsident Zelensky plant, bei künftigen Treffen mit US-Vertretern den Erwerb neuer Systeme zu erörtern." host="Zelensky" guest="US-Vertretern"
  example + "Kanzlerin Angela Merkel telefonierte am Abend mit Präsident Wladimir Putin." guest="Wladimir Putin"
  example - "Das Treffen wurde lange vorbereitet."
end

rule de.meeting.invite
  type Meeting
  lang de
  match {actor:host} ...14 {actor:guest} [","] ~2 zu <de.talks> [über {phrase:topic}] ...20 <de.invite.final>
  match {actor:host} <de.stem.ein> ~12 {actor:guest} [","] ~2 zu <de.talks> [über {phrase:topic}] ...20 ein
  match {actor:host} (ruft|rief|riefen|rufen|bestellte|bestellten|zitierte|zitierten) {actor:guest} zu <de.talks> [über {phrase:topic}]
  example + "Das Außenministerium lud den Botschafter der USA zu Gesprächen über die Lage ein." host="Außenministerium" guest="Botschafter der USA" topic="die Lage"
  example - "Die Gespräche über die Lage dauern an."
end

rule de.meeting.cancel
  type Meeting
  lang de
  set modality = negated
  match {actor:host} (sagte|sagten|sagt) ~6 <de.meeting.noun> ~6 mit {actors:guest} ~4 ab
  match {actor:host} (sagte|sagten|sagt) ~6 <de.meeting.noun> ~4 ab
  example + "Der Präsident sagte das Treffen mit Kanzlerin Angela Merkel ab." guest="Angela Merkel"
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

# ================================================================ AidRequest
rule de.aid.ask
  type AidRequest
  lang de
  match {actor:requester} ~4 <de.ask> {actor:provider} ~4 um ~2 {items:items}
  match {actor:requester} ~4 <de.ask> ~4 um ~2 {items:items}
  example + "Die Ukraine bat die USA um weitere Patriot-Systeme." requester="Ukraine" provider="USA" items="Patriot-Systeme"
  example - "Die USA lieferten Patriot-Systeme."
end

rule de.aid.demand
  type AidRequest
  lang de
  match {actor:requester} ~4 (<de.demand>|<de.appeal>|<de.need.verb>) ~8 {items:items} [~4 (von|vom|bei) {actor:provider}]
  match (<de.demand>|<de.appeal>) {actor:requester} ~8 {items:items} [~4 (von|vom|bei) {actor:provider}]
  example + "Kiew forderte vom Westen mehr Waffen und Munition." requester="Kiew" items="Waffen"
  example + "Die Regierung verlangt mehr Geld von der EU." items="Geld" provider="EU"
  example - "Der Westen liefert Waffen."
end

rule de.aid.need
  type AidRequest
  lang de
  match {actor:requester} ~6 <de.need> ...20 {items:items}
  example + "Die ukrainischen Diplomaten hoben die Dringlichkeit der Lieferung von Luftverteidigungssystemen hervor." requester="Diplomaten" items="Luftverteidigungssystemen"
  example + "Die Ukraine betont die Notwendigkeit, die Zusammenarbeit bei Systemen wie Patriot auszuweiten." items="Patriot"
  example - "Die Lieferung von Luftverteidigungssystemen wurde ausgesetzt."
end

rule de.aid.list
  type AidRequest
  lang de
  match <de.handover> {actor:requester} ~4 <de.list> (mit|von|über) {items:items} an {actor:provider}
  match {actor:requester} <de.handover> ~4 <de.list> (mit|von|über) {items:items} an {actor:provider}
  example + "Im Juni übergab die Ukraine eine Liste mit Waffen und Ausrüstung an das US-Finanzministerium." requester="Ukraine" provider="US-Finanzministerium"
  example - "Die Liste der Teilnehmer wurde veröffentlicht."
end
)eventex";

}  // namespace eventex::rules
