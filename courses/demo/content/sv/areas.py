"""Swedish catalogue areas, mirroring courses/demo/content/areas.py.

Same list, same order and the same "code" values as the English AREAS, so code can pair
the two by code.
"""

AREAS = [
    {
        "code": "A",
        "title": "Allmän introduktion",
        "slug": "allman-introduktion",
        "summary": (
            "Korta och lättillgängliga introduktioner till vad avancerade terapier är, hur de når "
            "patienterna och hur Västsverige arbetar med dem. För alla – från vårdpersonal till "
            "beslutsfattare och allmänhet."
        ),
        "description": (
            "<p>Området ger alla samma utgångspunkt: vad läkemedel för avancerad terapi (ATMP) är, "
            "hur genterapier, somatiska cellterapier och vävnadstekniska produkter skiljer sig "
            "från vanliga läkemedel och vad behandling med dem innebär för patienten. Här beskrivs "
            "också vårdens roll som innovationspartner till näringsliv och akademi, och du får "
            "löpande nyheter om utvecklingen inom området.</p><p>När verksamheterna på Sahlgrenska "
            "Universitetssjukhuset tillfrågades om sina utbildningsbehov var allmän kunskap om "
            "ATMP det som efterfrågades oftast – av personal inom hematologi, onkologi, "
            "barnsjukhuset, sjukhusapoteket, laboratorierna och stödet för kliniska prövningar. "
            "Företagen har efterfrågat samma slags grund för nyanställda, även för personal i "
            "stödfunktioner som ekonomi och HR.</p><p>Kurserna är till för alla som behöver en "
            "överblick, oavsett om de arbetar med ATMP varje dag eller inte: vårdpersonal, chefer "
            "och beslutsfattare, personal på företag och lärosäten, studenter, patienter och "
            "närstående. De är korta, skrivna på ett enkelt och tydligt språk och utgår från "
            "patienten, och de har ingen kommersiell koppling. Du behöver inga förkunskaper.</p>"
        ),
    },
    {
        "code": "B",
        "title": "Forskning och utveckling",
        "slug": "forskning-och-utveckling",
        "summary": (
            "Fördjupad kunskap om avancerade terapier och om vägen från idé till godkänd och "
            "bärkraftig produkt, inklusive regulatoriska, kliniska och kommersiella aspekter."
        ),
        "description": (
            "<p>Området omfattar fördjupad teoretisk kunskap om ATMP och om processen att utveckla "
            "en idé till en godkänd produkt: icke-kliniska studier, tillverkning och kvalitet "
            "(kemi, tillverkning och kontroll, CMC), den regulatoriska processen och de kliniska "
            "och kommersiella frågor som måste besvaras på vägen.</p><p>Den regionala rapporten "
            "betonar att regulatoriska, kliniska och kommersiella aspekter bör beaktas tidigt, så "
            "att en terapi utvecklas rätt från början. Den som väljer startmaterial och "
            "tillverkningsprocesser med omsorg och dokumenterar dem med full spårbarhet från start "
            "sparar tid och pengar längre fram. Flera ATMP som har godkänts i EU har senare "
            "dragits tillbaka, oftast av kommersiella skäl. Ett godkänt läkemedel är alltså inte "
            "automatiskt en bärkraftig produkt.</p><p>Kurserna riktar sig till forskare, "
            "doktorander och postdoktorer, kliniskt verksamma med idéer om nya terapier, personal "
            "på startupföretag och små och medelstora företag, och personal inom forsknings- och "
            "innovationsstöd. Inom vården finns de största behoven inom terapiutveckling och "
            "hälsoekonomi.</p>"
        ),
    },
    {
        "code": "C",
        "title": "Kliniska prövningar",
        "slug": "kliniska-provningar",
        "summary": (
            "Hur kliniska prövningar med avancerade terapier planeras, genomförs och finansieras: "
            "regelverk, ansökningar, ATMP-specifik administration, budget, avtal och "
            "forskningssjuksköterskans roll."
        ),
        "description": (
            "<p>Området handlar om att leda och hantera kliniska prövningar med ATMP: "
            "prövningarnas design och analys, ATMP-specifik administration och det rättsliga "
            "ramverket, bland annat EU:s förordning om kliniska prövningar (CTR), ansökningar till "
            "myndigheter och EU:s informationssystem för kliniska prövningar (CTIS). Det omfattar "
            "också budgetplanering, avtalsskrivning och utbildning för "
            "forskningssjuksköterskor.</p><p>Det är genom kliniska prövningar som nya ATMP tas "
            "fram, och för många patienter är en prövning det första sättet att få en ny "
            "behandling. För att vården ska kunna vara en kompetent och nära samarbetspartner till "
            "företag och akademiska sponsorer behöver personalen känna till de särskilda regler "
            "och tillstånd som gäller för prövningar med ATMP. Budgeten måste planeras så att "
            "sjukhusets kostnader täcks och prövningen inte blir för dyr för vården att "
            "genomföra.</p><p>Kurserna riktar sig till forskningssjuksköterskor, prövare, "
            "prövningskoordinatorer, personal inom forskningsstöd som Gothia Forum, apoteks- och "
            "laboratoriepersonal som hanterar prövningsläkemedel och personal på företag som "
            "samarbetar med prövningsställen.</p>"
        ),
    },
    {
        "code": "D",
        "title": "Klinisk praktik",
        "slug": "klinisk-praktik",
        "summary": (
            "Vård av patienter som får avancerade terapier: remiss, insamling av startmaterial, "
            "administrering, biverkningar, uppföljning och rutinerna kring allt detta."
        ),
        "description": (
            "<p>Området handlar om vården av patienter som behandlas med ATMP: remissvägar och "
            "aktuella indikationer, förberedelser som donation och insamling av startmaterial, "
            "administrering av läkemedlet samt eftervård och uppföljning, inklusive hantering av "
            "biverkningar. Hit hör också rutiner, spårbarhet, dokumentation och avtal med "
            "läkemedelsföretag.</p><p>ATMP-behandling förändrar vårdförloppen. Personalen behöver "
            "känna till stegen före behandlingen, som aferes och bryggbehandling, veta hur "
            "läkemedlet ges på ett säkert sätt och kunna känna igen och agera på biverkningar – en "
            "del av dem visar sig långt efter behandlingen. Även akutmottagningar, "
            "intensivvårdsavdelningar, neurologin och primärvården behöver känna igen de här sena "
            "effekterna, och vårdpersonalen på länssjukhusen behöver veta vilka patienter som ska "
            "remitteras.</p><p>Kurserna riktar sig till läkare, sjuksköterskor, undersköterskor, "
            "farmaceuter och koordinatorer på enheter där ATMP används, och till personal som "
            "remitterar patienter eller möter dem efter behandlingen. Vissa kurser är avsedda för "
            "vårdpersonal och syns bara när du är inloggad.</p>"
        ),
    },
    {
        "code": "E",
        "title": "Beredning och tillverkning",
        "slug": "beredning-och-tillverkning",
        "summary": (
            "God tillverkningssed (GMP), renrumsarbete, laboratoriefärdigheter och logistik för "
            "alla som bereder eller tillverkar avancerade terapier."
        ),
        "description": (
            "<p>Området omfattar beredning av in vivo-genterapier, tillverkning och produktion "
            "enligt god tillverkningssed (GMP) i teori och praktik, renrumskompetens (praktiska "
            "färdigheter, rutiner och krav, isolatorer), praktiska laboratoriefärdigheter "
            "(cellodling, sterilt arbete, analysmetoder och bioanalys) samt försörjningskedja och "
            "logistik (kylförvaring och transport).</p><p>Produktionsrollerna väntas växa snabbast "
            "bland regionens ATMP-företag, och sjukhusets laboratorier och sjukhusapoteket "
            "rapporterar redan brist på utbildad personal. På sjukhusets cell- och "
            "vävnadslaboratorium behöver en nyanställd ungefär ett till två års upplärning för att "
            "kunna arbeta självständigt. Webbkurserna här förbereder för – men ersätter aldrig – "
            "handledd praktisk upplärning och kvalificering på den egna "
            "arbetsplatsen.</p><p>Kurserna riktar sig till produktionspersonal, biomedicinska "
            "analytiker och annan laboratoriepersonal, farmaceuter som bereder ATMP, sakkunniga "
            "personer (QP), personal på företag och tillverkningsanläggningar samt studenter inom "
            "till exempel biomedicinsk analys, farmaci och bioteknik.</p>"
        ),
    },
    {
        "code": "F",
        "title": "Kvalitetssäkring och regelverk (QA/RA)",
        "slug": "kvalitetssakring-och-regelverk",
        "summary": (
            "Kvalitetssäkring och regulatoriska frågor för avancerade terapier: kvalitetssystem, "
            "frisläppning av batcher och regelverket från klassificering till godkännande för "
            "försäljning."
        ),
        "description": (
            "<p>Området omfattar kvalitetssäkring (QA) och regulatoriska frågor (RA) för ATMP: det "
            "farmaceutiska kvalitetssystemet, avvikelser och ändringshantering, certifiering och "
            "frisläppning av batcher av en sakkunnig person (QP), och regelverket från "
            "klassificering av en produkt till ansökan om klinisk prövning och godkännande för "
            "försäljning.</p><p>Den regionala rapporten pekar på en tydlig brist på sakkunniga "
            "personer (QP) med specialiserad regulatorisk kompetens för ATMP, både på sjukhusets "
            "laboratorier och på sjukhusapoteket. Inom industrin hör QA- och RA-rollerna till dem "
            "som väntas växa mest. Eftersom ATMP fortfarande är nytt har företagen ofta svårt att "
            "tolka reglerna, och rapporten rekommenderar att det allmänna kvalitetsarbetet delas "
            "av fler medarbetare så att det inte hänger på ett fåtal personer.</p><p>Kurserna "
            "riktar sig till sakkunniga personer (QP) och till dem som utbildar sig för rollen, "
            "personal inom kvalitetssäkring och regulatoriska frågor på företag och i vården samt "
            "laboratorie- och apotekspersonal som deltar i kvalitetsarbetet.</p>"
        ),
    },
    {
        "code": "G",
        "title": "Kommersialisering",
        "slug": "kommersialisering",
        "summary": (
            "Att göra en avancerad terapi till en kommersiellt bärkraftig produkt: affärsmodeller, "
            "partnerskap, finansiering, prissättning, ersättning och utvärdering av metoder i "
            "hälso- och sjukvården (HTA)."
        ),
        "description": (
            "<p>Området omfattar två slags kommersiell kunskap. Affärsstrategi: företagets "
            "affärsmodell och partnerskapsstrategi, när det är rätt att själv ta en produkt vidare "
            "till prövningar i sen fas eller ut på marknaden och när det är bättre att ingå ett "
            "partnerskap, och hur företaget säkrar finansiering i varje tillväxtfas. Kunskap om "
            "marknadsintroduktion: ersättningssystem, prissättning, betalningsmodeller, "
            "utvärdering av metoder i hälso- och sjukvården (HTA), marknadsstrategi, distribution "
            "och logistik.</p><p>Målet är, med den regionala rapportens ord, att flytta fokus från "
            "att utveckla en godkänd produkt till att skapa en kommersiellt bärkraftig produkt. "
            "ATMP riktar sig ofta till små patientgrupper, är kostsamma att utveckla och tillverka "
            "och har oftast ett högre pris än traditionella läkemedel. Flera ATMP som har godkänts "
            "i EU har dragits tillbaka, främst för att komplexa processer och affärsmodeller inte "
            "hade beaktats fullt ut.</p><p>Kurserna riktar sig främst till entreprenörer, personal "
            "på innovationsdrivna företag och små och medelstora företag, och forskare som kan "
            "komma att starta företag. Inom vården är det framför allt delarna om hälsoekonomi och "
            "införande av nya terapier som är relevanta.</p>"
        ),
    },
]
