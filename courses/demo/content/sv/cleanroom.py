"""Swedish version of the GMP cleanroom basics course (courses/demo/content/cleanroom.py).

Mirrors the English COURSE key for key; lessons, body blocks, glossary entries, quiz
questions and choices are in the same order, so code can pair them by position.
"""

COURSE = {
    "area": "E",
    "title": "Grundläggande GMP för renrumsarbete",
    "slug": "grundlaggande-gmp-for-renrumsarbete",
    "summary": (
        "Den teori som alla som arbetar i renrum vid tillverkning av ATMP behöver: renrumsklasser, "
        "slussar och tryck, omklädning, aseptiskt arbetssätt, dokumentation och "
        "kontamineringskontroll enligt EU:s GMP-regler. Kursen förnyas varje år."
    ),
    "learning_objectives": [
        (
            "Förklara vad renrumsklasserna A–D används till vid tillverkning av läkemedel för "
            "avancerad terapi (ATMP) och hur slussar och tryckkaskader skyddar produkten."
        ),
        (
            "Beskriva korrekt omklädning för varje renrumsklass och förklara varför omklädningen "
            "måste kvalificeras."
        ),
        (
            "Tillämpa reglerna för aseptiskt arbetssätt, bland annat principen om first air och "
            "vad du ska göra efter ett avbrott."
        ),
        (
            "Dokumentera ditt arbete enligt ALCOA+ och förklara identitetskedjan och "
            "hanteringskedjan för autologa produkter."
        ),
        (
            "Beskriva de viktigaste delarna i en strategi för kontamineringskontroll, från "
            "miljöövervakning till aseptisk processimulering."
        ),
    ],
    "audiences": [
        "biomedical-analyst",
        "pharmacist",
        "qualified-person",
        "industry",
        "student",
    ],
    "estimated_minutes": 55,
    "level": "introductory",
    "format": "self_paced",
    "validity_months": 12,
    "counts_towards_area_certificate": True,
    "restricted_to_signed_in": False,
    "lessons": [
        {
            "title": "Renrumsklasser, slussar och tryck",
            "slug": "renrumsklasser-slussar-och-tryck",
            "estimated_minutes": 10,
            "body": [
                (
                    "heading",
                    {
                        "text": "Därför behöver ATMP renrum",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>De flesta läkemedel för avancerad terapi (ATMP) innehåller levande "
                        "celler, och de kan inte steriliseras i slutet av processen: värme eller "
                        "strålning skulle förstöra cellerna, och de är för stora för att passera "
                        "ett sterilfilter. Produkten måste därför hållas fri från kontaminering i "
                        "varje steg. Det kallas aseptisk tillverkning, och den är beroende av rena "
                        "rum, ren utrustning och framför allt av de människor som arbetar "
                        "där.</p><p>EU:s regler för god tillverkningssed (GMP) är samlade i "
                        "EudraLex volym 4. Del IV innehåller de GMP-regler som gäller specifikt "
                        "för ATMP. Bilaga 1 (Annex 1) om tillverkning av sterila läkemedel, som "
                        "reviderades 2022, är den viktigaste referensen för hur renrum ska vara "
                        "utformade och för kontamineringskontroll och övervakning. Båda använder "
                        "samma fyra renrumsklasser, A–D.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "De fyra renrumsklasserna",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<ul><li><b>Klass A</b> är den kritiska zonen för högriskmoment där "
                        "produkten är öppen mot omgivningen, till exempel aseptisk fyllning, "
                        "aseptiska anslutningar och öppen hantering av celler. Zonen skapas med "
                        "enkelriktat luftflöde, till exempel i en LAF-bänk (laminärt luftflöde), "
                        "en mikrobiologisk säkerhetsbänk eller en isolator.</li><li><b>Klass B</b> "
                        "är bakgrundsmiljön runt en klass A-zon vid aseptisk beredning och "
                        "fyllning, när klass A-zonen inte är en isolator.</li><li><b>Klass C och "
                        "D</b> används för mindre kritiska steg, till exempel beredning av "
                        "lösningar eller hantering av slutna behållare och utrustning innan de "
                        "förs in i renare områden.</li></ul><p>En isolator skiljer arbetszonen i "
                        "klass A fysiskt från rummet. Därför kan det omgivande rummet hålla en "
                        "lägre klass, som väljs utifrån en riskbedömning. På samma sätt kan slutna "
                        "system, där produkten aldrig exponeras för rummet, motivera en "
                        "bakgrundsmiljö av lägre klass.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Gränsvärden för partiklar och mikroorganismer",
                        "level": "h3",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>Varje klass har gränsvärden både <i>i vila</i> (rummet är klart och "
                        "utrustningen installerad, men ingen arbetar där) och <i>i drift</i> "
                        "(normalt arbete pågår). Högsta tillåtna antal partiklar på 0,5\u00a0µm "
                        "och större per kubikmeter luft enligt bilaga 1:</p><ul><li>Klass A: "
                        "3\u00a0520 i vila och i drift</li><li>Klass B: 3\u00a0520 i vila, "
                        "352\u00a0000 i drift</li><li>Klass C: 352\u00a0000 i vila, "
                        "3\u00a0520\u00a0000 i drift</li><li>Klass D: 3\u00a0520\u00a0000 i vila; "
                        "i drift bestäms gränsen av tillverkaren</li></ul><p>Åtgärdsgränser för "
                        "viabla (levande) mikroorganismer i luftprover, i kolonibildande enheter "
                        "(CFU) per kubikmeter: klass A ingen tillväxt, klass B 10, klass C 100 och "
                        "klass D 200. I klass A ska all tillväxt utredas.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Slussar och tryckkaskader",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>Personal och material förflyttas mellan renrumsklasserna via slussar: "
                        "separata omklädningsrum för personal och materialslussar eller passboxar "
                        "för material. Dörrarna i en sluss ska inte vara öppna samtidigt, och det "
                        "förhindras med förreglingar eller varningssystem. Det sista steget i ett "
                        "omklädningsrum ska i vila hålla samma klass som det rum det leder in "
                        "till.</p><p>Renare rum hålls normalt vid ett högre lufttryck än rummen "
                        "runt omkring, så att luften strömmar utåt från det renaste området och "
                        "för bort kontaminering. Bilaga 1 anger ett riktvärde på minst 10 pascal "
                        "mellan angränsande rum av olika klass. Tryckskillnaderna övervakas "
                        "kontinuerligt och är larmade. Där levande virala vektorer eller annat "
                        "riskmaterial hanteras kan tryckkaskaden vara utformad på ett annat sätt, "
                        "till exempel med ett rum eller en sluss med undertryck. Då hålls "
                        "materialet kvar inne samtidigt som kontaminering hålls ute.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Ställ aldrig upp en dörr",
                        "body": (
                            "<p>Om båda dörrarna i en sluss öppnas, eller om en dörr ställs upp, "
                            "bryts tryckkaskaden och mindre ren luft kan strömma in i ett renare "
                            "rum. Om du ser ett trycklarm ska du avbryta och rapportera enligt den "
                            "rutin som gäller på din arbetsplats.</p>"
                        ),
                    },
                ),
                (
                    "glossary",
                    [
                        {
                            "term": "Aseptisk tillverkning",
                            "definition": (
                                "Att hantera en produkt så att den hela tiden hålls fri från "
                                "mikroorganismer, eftersom den inte kan steriliseras i slutet."
                            ),
                        },
                        {
                            "term": "Enkelriktat luftflöde",
                            "definition": (
                                "Luft som rör sig i en enda riktning med jämn hastighet och sveper "
                                "bort partiklar från den kritiska zonen. Kallas ofta laminärt "
                                "luftflöde."
                            ),
                        },
                        {
                            "term": "HEPA-filter",
                            "definition": (
                                "Högeffektivt partikelfilter (high-efficiency particulate air) som "
                                "avlägsnar nästan alla partiklar ur den luft som tillförs ett "
                                "renrum eller en arbetszon."
                            ),
                        },
                        {
                            "term": "CFU",
                            "definition": (
                                "Kolonibildande enhet (colony-forming unit): ett mått på levande "
                                "mikroorganismer som växer på en odlingsplatta."
                            ),
                        },
                    ],
                ),
            ],
        },
        {
            "title": "Omklädning",
            "slug": "omkladning",
            "estimated_minutes": 9,
            "body": [
                (
                    "rich_text",
                    (
                        "<p>Människan är den största källan till partiklar och mikroorganismer i "
                        "ett renrum. Vi avger hela tiden hudceller, hårstrån och droppar, även när "
                        "vi står stilla. Renrumskläderna fungerar som ett filter mellan dig och "
                        "produkten – men bara om du har rätt kläder och tar på dem på rätt "
                        "sätt.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Innan du börjar",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<ul><li>Ta av smycken och klocka, ta bort smink och lämna telefon och "
                        "andra personliga saker utanför.</li><li>Berätta för din arbetsledare om "
                        "du har en infektion eller är förkyld, eller om du har en hudåkomma eller "
                        "ett sår på händer, ansikte eller armar. Du kan behöva stanna utanför "
                        "renrummet tills det har läkt.</li><li>Ytterkläder ska inte tas med in i "
                        "omklädningsrum som leder till rum i klass B och C. Byt först till "
                        "anläggningens arbetskläder.</li><li>Tvätta och desinfektera händerna "
                        "enligt rutinen.</li></ul>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Klädsel för varje klass",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<ul><li><b>Klass D:</b> håret (och eventuellt skägg) täckt, en vanlig "
                        "skyddsdräkt och särskilda skor eller skoskydd.</li><li><b>Klass C:</b> "
                        "hår och skägg täckt, en byxdräkt i en eller två delar som sluter tätt vid "
                        "handlederna och har hög hals, och särskilda skor eller skoskydd. Kläderna "
                        "ska i stort sett inte avge några fibrer eller partiklar.</li><li><b>Klass "
                        "A och B:</b> sterila kläder som täcker hela kroppen: en huva som stoppas "
                        "in i overallens halsöppning, munskydd, skyddsglasögon, sterila handskar "
                        "och steriliserade stövlar eller överdragsstövlar, med byxbenen instoppade "
                        "i skodonen. Ingen hud får vara bar.</li></ul>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Ett typiskt omklädningsförlopp för klass B",
                        "level": "h3",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>Det är standardrutinen (SOP) på din arbetsplats som bestämmer den "
                        "exakta ordningen. Ett typiskt förlopp går uppifrån och ned, så att rena "
                        "plagg aldrig kommer i kontakt med mindre rena:</p><ol><li>Handhygien i "
                        "omklädningsrummets första del.</li><li>Handdesinfektion, och ofta ett "
                        "första par sterila handskar.</li><li>Huva och munskydd.</li><li>Overall – "
                        "håll den på insidan och se till att den inte rör vid golv eller "
                        "väggar.</li><li>Stövlar, med byxbenen instoppade: ta på en stövel i "
                        "taget, i samma stund som du för den foten över gränsbänken till den rena "
                        "sidan.</li><li>Skyddsglasögon.</li><li>Kontrollera dig själv i spegeln: "
                        "ingen hud eller inget hår får synas och inget får vara "
                        "trasigt.</li><li>Sterila handskar över ärmmuddarna. Desinfektera sedan "
                        "handskarna.</li></ol><p>När du är omklädd desinfekterar du handskarna "
                        "regelbundet under arbetet och varje gång du har rört vid något som inte "
                        "är sterilt. Byt handskar som är skadade eller synligt smutsiga.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Kvalificering av omklädning",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>Innan du får arbeta i klass A- eller B-områden utan handledning måste "
                        "du bli godkänd i en omklädningskvalificering. En bedömare ser på när du "
                        "klär om dig, och mikrobiologiska prover tas från kläderna, oftast från de "
                        "handskklädda fingrarna, underarmarna, bröstet och huvan eller munskyddet. "
                        "Enligt bilaga 1 ska omklädningen bedömas på nytt minst en gång om året. "
                        "För att få arbeta utan handledning i klass A och B måste du också ha "
                        "deltagit i en godkänd aseptisk processimulering (se den sista "
                        "lektionen).</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "key_facts",
                        "title": "I korthet",
                        "body": (
                            "<ul><li>Klä om uppifrån och ned, och låt aldrig rena plagg röra vid "
                            "golvet.</li><li>Kläderna i klass A och B är sterila och lämnar ingen "
                            "hud bar.</li><li>Desinfektera handskarna ofta, och alltid efter att "
                            "du har rört vid något som inte är "
                            "sterilt.</li><li>Omklädningskvalificeringen görs om minst en gång om "
                            "året.</li></ul>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Inga genvägar",
                        "body": (
                            "<p>En overall som har rört vid golvet, en handske som har gått sönder "
                            "eller en huva som har glidit ur läge blir aldrig ”tillräckligt bra”. "
                            "Gå ut, klä om dig på nytt och berätta för din arbetsledare om det "
                            "hände under arbetet.</p>"
                        ),
                    },
                ),
            ],
        },
        {
            "title": "Aseptiskt arbetssätt",
            "slug": "aseptiskt-arbetssatt",
            "estimated_minutes": 9,
            "body": [
                (
                    "rich_text",
                    (
                        "<p>Rena rum och sterila kläder räcker inte ensamma. Det är hur du rör dig "
                        "och arbetar som avgör om produkten förblir steril. Ett aseptiskt "
                        "arbetssätt är en uppsättning vanor som måste sitta i ryggmärgen.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Rör dig långsamt och planera i förväg",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<ul><li>Rör dig långsamt och medvetet. Snabba rörelser skapar turbulens "
                        "och gör att kläderna avger fler partiklar.</li><li>Planera arbetet innan "
                        "du börjar och ha allt du behöver på plats, så att du inte behöver gå "
                        "ifrån eller sträcka dig över öppen produkt.</li><li>Håll nere antalet "
                        "personer i rummet. Varje person tillför partiklar och "
                        "mikroorganismer.</li><li>Prata, nys eller hosta inte över öppen produkt. "
                        "Vänd dig bort från arbetszonen om du måste.</li><li>Rör aldrig vid "
                        "sterila ytor, insidan av lock eller öppna behållare, inte ens med sterila "
                        "handskar. Använd sterila instrument.</li></ul>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "First air och enkelriktat luftflöde",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>I en klass A-zon strömmar filtrerad luft från HEPA-filtret över "
                        "arbetet. <i>First air</i> är den luft som når en kritisk yta, till "
                        "exempel ett öppet kärl, direkt från filtret, innan den har passerat över "
                        "något annat. Se till att det förblir så:</p><ul><li>Placera aldrig "
                        "händer, armar eller föremål mellan filtret och öppen "
                        "produkt.</li><li>Arbeta från sidan av eller nedströms om öppna behållare, "
                        "inte över dem.</li><li>Blockera inte luftgallren i en säkerhetsbänk eller "
                        "LAF-bänk med material eller med armarna.</li><li>Överbelasta inte "
                        "arbetszonen – en full arbetsyta stör luftflödet.</li></ul>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Ingrepp och avbrott",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>Ett ingrepp är varje tillfälle då du för in händerna i klass A-zonen. "
                        "Vissa ingrepp är planerade delar av processen, andra är korrigerande, "
                        "till exempel för att ta hand om ett föremål som har fallit eller en slang "
                        "som har blockerats. Alla ingrepp ska göras så som rutinen beskriver och "
                        "dokumenteras.</p><p>Om något går fel, till exempel om du rör vid "
                        "munskyddet med handsken, om en handske går sönder eller om ett larm "
                        "går:</p><ol><li>Avbryt. Rör inte produkten eller kritiska "
                        "ytor.</li><li>Åtgärda orsaken enligt rutinen: desinfektera eller byt "
                        "handskar, eller gå ut ur zonen och klä om dig.</li><li>Bedöm om produkten "
                        "kan ha exponerats. Fortsätt inte som om ingenting har hänt om du är "
                        "osäker.</li><li>Dokumentera vad som hände och rapportera det, så att det "
                        "kan bedömas som en möjlig avvikelse.</li></ol>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Isolatorer",
                        "level": "h3",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>I en isolator arbetar du genom handskar som sitter fast i väggen. Det "
                        "minskar risken från människor, men samma vanor gäller: långsamma "
                        "rörelser, inga hinder för luftflödet och noggrann överföring av material. "
                        "Kontrollera att handskarna är hela innan du börjar. Handskarna läcktestas "
                        "också med jämna mellanrum, eftersom ett litet hål kan släppa in "
                        "kontaminering.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "key_facts",
                        "title": "I korthet",
                        "body": (
                            "<ul><li>Långsamma, planerade rörelser och så få personer som "
                            "möjligt.</li><li>Skydda first air: ingenting mellan filtret och öppen "
                            "produkt.</li><li>Prata inte över öppen produkt.</li><li>Efter ett "
                            "avbrott: avbryt, åtgärda, bedöm, dokumentera och rapportera.</li></ul>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "information",
                        "title": "Övning ger säkerhet",
                        "body": (
                            "<p>Den här lektionen beskriver principerna. Aseptisk teknik lär du "
                            "dig genom att öva under handledning, och din arbetsplats bedömer din "
                            "teknik innan du får arbeta med produkt.</p>"
                        ),
                    },
                ),
            ],
        },
        {
            "title": "Dokumentation och spårbarhet",
            "slug": "dokumentation-och-sparbarhet",
            "estimated_minutes": 8,
            "body": [
                (
                    "rich_text",
                    (
                        "<p>Inom GMP räknas ett steg som inte är dokumenterat som ett steg som "
                        "inte har utförts. Dokumentationen visar att varje batch har tillverkats "
                        "enligt den godkända processen, och den gör det möjligt att utreda vad som "
                        "hänt om något går fel – även många år senare.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "ATMP-produktion sker i en GMP-miljö (god tillverkningssed) med "
                            "stränga krav på sterilt arbete, skyddsklädsel, dokumentation, "
                            "spårbarhet, analysmetoder och särskilda tillverkningstekniker."
                        ),
                        "attribution": (
                            "Sahlgrenska Science Park och Sahlgrenska Universitetssjukhuset, "
                            "rapport om kompetensbehovet inom ATMP, 2024 (i översättning)"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "text": "ALCOA+",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>God dokumentation följer ALCOA+-principerna. Dokumentationen ska "
                        "vara:</p><ul><li><b>Attributable – tillskrivbar:</b> det framgår vem som "
                        "gjorde vad och när.</li><li><b>Legible – läsbar:</b> den går att läsa, nu "
                        "och i framtiden.</li><li><b>Contemporaneous – samtidig:</b> den skrivs "
                        "när arbetet utförs, inte ur minnet efteråt.</li><li><b>Original – "
                        "ursprunglig:</b> den första registreringen eller en bestyrkt "
                        "kopia.</li><li><b>Accurate – korrekt:</b> riktig och "
                        "sanningsenlig.</li></ul><p>Plustecknet lägger till <b>complete, "
                        "consistent, enduring</b> och <b>available</b> – fullständig, konsekvent, "
                        "beständig och tillgänglig: ingenting saknas, allt står i rätt ordning, "
                        "uppgifterna håller så länge de måste sparas och de går att ta fram när de "
                        "behövs.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "I praktiken",
                        "level": "h3",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<ul><li>Fyll i tillverkningsprotokollet steg för steg medan du arbetar. "
                        "Skriv aldrig in något i förväg och antedatera aldrig.</li><li>Om du "
                        "skriver fel på papper: stryk över med ett enkelt streck så att det "
                        "fortfarande går att läsa, och skriv din signatur eller dina initialer, "
                        "datum och orsak. Använd aldrig korrigeringsvätska och skriv aldrig "
                        "över.</li><li>Om du har glömt att dokumentera något gör du en "
                        "efterregistrering enligt rutinen, där det framgår när den faktiskt "
                        "gjordes och varför.</li><li>I elektroniska system använder du bara din "
                        "egen inloggning. Granskningsloggen (audit trail) registrerar varje "
                        "ändring.</li></ul>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Avvikelser",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>En avvikelse är varje avsteg från en godkänd rutin, instruktion eller "
                        "specifikation, till exempel en temperatur utanför tillåtet intervall, ett "
                        "steg som har gjorts i fel ordning eller ett larm under tillverkningen. "
                        "Rapportera avvikelsen snabbt enligt rutinen på din arbetsplats. Den "
                        "utreds sedan för att hitta grundorsaken, påverkan på produkten bedöms och "
                        "korrigerande och förebyggande åtgärder (CAPA) beslutas. Den sakkunniga "
                        "personen (QP) tar ställning till öppna avvikelser innan batchen "
                        "certifieras. Att rapportera en avvikelse är en del av god praxis och "
                        "inget erkännande av att man har misslyckats. Att dölja en avvikelse "
                        "utsätter patienter för risk.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Identitetskedja och hanteringskedja",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>En autolog produkt tillverkas av patientens egna celler och får bara "
                        "ges tillbaka till samma patient. En förväxling kan få dödlig utgång. Två "
                        "sammankopplade dokumentationskedjor skyddar mot "
                        "det:</p><ul><li><b>Identitetskedjan</b> (chain of identity) kopplar ihop "
                        "patienten, startmaterialet och varje mellanprodukt och slutprodukt med "
                        "hjälp av unika identifierare på varje etikett och i varje protokoll. "
                        "Identiteten kontrolleras, ofta av två personer, vid varje "
                        "överlämning.</li><li><b>Hanteringskedjan</b> (chain of custody) visar vem "
                        "som har haft materialet, var det har funnits och under vilka "
                        "förhållanden, till exempel vilken temperatur, från insamling till "
                        "administrering.</li></ul><p>Arbeta med en patients material i taget på en "
                        "arbetsyta, och rensa ytan från allt tidigare material och alla tidigare "
                        "etiketter och dokument innan du börjar med nästa (linjeklarering, line "
                        "clearance). Enligt EU:s regler ska ATMP och deras startmaterial kunna "
                        "spåras från donator till patient, och uppgifterna ska sparas i minst 30 "
                        "år efter produktens utgångsdatum.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "key_facts",
                        "title": "I korthet",
                        "body": (
                            "<ul><li>Dokumentera medan du arbetar: samtidigt, tillskrivbart och "
                            "korrekt.</li><li>Rapportera avvikelser snabbt – åtgärda dem aldrig i "
                            "det tysta.</li><li>Identitetskedjan förhindrar förväxlingar. "
                            "Hanteringskedjan visar var produkten har varit och hur den har "
                            "förvarats.</li><li>Uppgifterna för spårbarhet sparas i minst 30 "
                            "år.</li></ul>"
                        ),
                    },
                ),
                (
                    "glossary",
                    [
                        {
                            "term": "Tillverkningsprotokoll",
                            "definition": (
                                "Det dokument, på papper eller elektroniskt, där varje steg i "
                                "tillverkningen av en batch registreras när det utförs (på "
                                "engelska batch record)."
                            ),
                        },
                        {
                            "term": "CAPA",
                            "definition": (
                                "Korrigerande och förebyggande åtgärder (corrective and preventive "
                                "actions): åtgärder som tar bort orsaken till ett problem och "
                                "hindrar att det händer igen."
                            ),
                        },
                        {
                            "term": "Linjeklarering",
                            "definition": (
                                "Kontroll av att en arbetsyta är fri från material, etiketter och "
                                "dokument från tidigare arbete innan en ny batch påbörjas (på "
                                "engelska line clearance)."
                            ),
                        },
                    ],
                ),
            ],
        },
        {
            "title": "Kontamineringskontroll",
            "slug": "kontamineringskontroll",
            "estimated_minutes": 9,
            "body": [
                (
                    "rich_text",
                    (
                        "<p>Rena rum, omklädning och aseptiskt arbetssätt är delar av ett större "
                        "system. Bilaga 1 kräver att alla tillverkare av sterila produkter har en "
                        "<i>strategi för kontamineringskontroll</i> (CCS, contamination control "
                        "strategy): en dokumenterad plan för hela anläggningen som beskriver hur "
                        "kontaminering med mikroorganismer, partiklar och – när det gäller ATMP – "
                        "andra produkter förebyggs, upptäcks och kontrolleras. Strategin omfattar "
                        "lokaler, utrustning, försörjningssystem, personal, material, processer "
                        "och övervakning, och den ses över och uppdateras i takt med att "
                        "anläggningen drar nya lärdomar.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Miljöövervakning",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>Miljöövervakningen visar om renrummet är under kontroll. Den "
                        "omfattar:</p><ul><li>räkning av partiklar i luften</li><li>aktiv "
                        "luftprovtagning, där en uppmätt luftvolym sugs över en "
                        "odlingsplatta</li><li>sedimentationsplattor, det vill säga öppna "
                        "odlingsplattor som fångar upp mikroorganismer som faller ned ur luften "
                        "under arbetet</li><li>kontaktplattor och svabbprover från ytor och "
                        "kläder, bland annat handskavtryck som tas efter arbete i klass "
                        "A.</li></ul><p>Resultaten jämförs med varnings- och åtgärdsgränser, och "
                        "trender följs upp, eftersom en långsam ökning kan varna för ett problem "
                        "innan en gräns överskrids. Flytta inte och stör inte "
                        "övervakningsutrustningen, och säg till den ansvariga om en platta har "
                        "vält eller av misstag har kontaminerats.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Rengöring och desinfektion",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<ul><li>Rengör först för att ta bort rester, och desinfektera sedan: ett "
                        "desinfektionsmedel fungerar dåligt på en smutsig yta.</li><li>Följ de "
                        "validerade medel, verkningstider och intervall som anges i "
                        "rutinen.</li><li>Använd mer än en typ av desinfektionsmedel och använd "
                        "med bestämda intervall ett sporicidt medel. Vanliga desinfektionsmedel, "
                        "som alkohol, dödar inte bakteriesporer på ett tillförlitligt "
                        "sätt.</li><li>Desinfektions- och rengöringsmedel som används i klass A- "
                        "och B-områden ska vara sterila.</li></ul>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Överföring av material",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>Allt som förs in i ett renare område är en möjlig väg för "
                        "kontaminering. Ta bara in det som behövs. Material förs oftast in via en "
                        "passbox eller en materialsluss och torkas av med ett sterilt "
                        "desinfektionsmedel, och i varje steg på vägen mot klass A tas ett lager "
                        "förpackning bort. Material som ska in i en isolator dekontamineras ofta, "
                        "till exempel med förångad väteperoxid. Sterila artiklar ska komma från en "
                        "validerad steriliseringsprocess.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Aseptisk processimulering",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>En aseptisk processimulering, ofta kallad media fill, testar om den "
                        "aseptiska processen och de som utför den kan hålla en produkt steril. "
                        "Processen genomförs exakt som vanligt, med planerade ingrepp och under de "
                        "mest krävande förhållandena (worst case), men med ett sterilt "
                        "odlingsmedium i stället för produkten. Enheterna inkuberas sedan. Om "
                        "någon enhet är kontaminerad är simuleringen underkänd och måste utredas. "
                        "Operatörer som arbetar i klass A måste delta i simuleringar som en del av "
                        "sin kvalificering.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Därför är det förebyggande arbetet så viktigt för ATMP",
                        "level": "h3",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>Celler kan inte steriliseras, startmaterial från patienter eller "
                        "donatorer kan i sig bära på mikroorganismer, och vissa produkter har så "
                        "kort hållbarhet att de måste ges innan alla testresultat finns. Att "
                        "förebygga kontaminering är därför det viktigaste skyddet, och varje "
                        "persons vardagliga beteende är en del av produktens kvalitet.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "key_facts",
                        "title": "I korthet",
                        "body": (
                            "<ul><li>Strategin för kontamineringskontroll knyter ihop alla "
                            "kontroller.</li><li>Resultaten från miljöövervakningen jämförs med "
                            "gränsvärden och följs över tid.</li><li>Växla mellan "
                            "desinfektionsmedel och använd regelbundet ett sporicidt "
                            "medel.</li><li>Vid en aseptisk processimulering innebär varje "
                            "kontaminerad enhet att simuleringen är underkänd.</li></ul>"
                        ),
                    },
                ),
                (
                    "glossary",
                    [
                        {
                            "term": "Strategi för kontamineringskontroll (CCS)",
                            "definition": (
                                "En dokumenterad plan för hela anläggningen som beskriver hur "
                                "kontaminering förebyggs, upptäcks och kontrolleras."
                            ),
                        },
                        {
                            "term": "Sporicidt medel",
                            "definition": (
                                "Ett desinfektionsmedel som dödar bakterie- och svampsporer. "
                                "Sporerna överlever många vanliga desinfektionsmedel."
                            ),
                        },
                        {
                            "term": "Aseptisk processimulering (APS)",
                            "definition": (
                                "Ett test där den aseptiska processen genomförs med sterilt "
                                "odlingsmedium i stället för produkt, för att visa att processen "
                                "inte för in kontaminering. Kallas också media fill."
                            ),
                        },
                    ],
                ),
            ],
        },
    ],
    "quiz": {
        "estimated_minutes": 10,
        "title": "Kunskapstest: renrum",
        "slug": "kunskapstest",
        "intro": (
            "<p>Vid varje försök dras tio frågor ur en större frågebank. Du behöver 80 procent "
            "rätt för att bli godkänd. Du har tre försök, med minst tio minuter mellan varje, så "
            "ta dig tid att gå igenom lektionerna igen om du inte klarar testet. Svaren visas när "
            "du har blivit godkänd.</p>"
        ),
        "pass_mark": 80,
        "max_attempts": 3,
        "wait_minutes": 10,
        "draw": 10,
        "shuffle_questions": True,
        "shuffle_choices": True,
        "review_policy": "after_pass",
        "questions": [
            {
                "text": (
                    "Du ska öppna en påse med en patients celler och föra över cellerna till ett "
                    "odlingskärl. I vilken renrumsklass ska den här öppna hanteringen ske?"
                ),
                "type": "single",
                "explanation": (
                    "Öppen hantering av en produkt som inte kan steriliseras är ett högriskmoment. "
                    "Den hör hemma i en klass A-zon, till exempel en mikrobiologisk säkerhetsbänk, "
                    "en LAF-bänk eller en isolator, med lämplig bakgrundsmiljö."
                ),
                "choices": [
                    {
                        "text": "Klass A",
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": "Klass B",
                        "correct": False,
                        "feedback": (
                            "Klass B är bakgrundsrummet runt klass A-zonen, inte den zon där öppen "
                            "produkt hanteras."
                        ),
                    },
                    {
                        "text": "Klass C",
                        "correct": False,
                        "feedback": "Klass C används för mindre kritiska steg.",
                    },
                    {
                        "text": "Klass D",
                        "correct": False,
                        "feedback": "Klass D används för de minst kritiska stegen.",
                    },
                ],
            },
            {
                "text": (
                    "En anläggning utför aseptiskt arbete i en mikrobiologisk säkerhetsbänk, inte "
                    "i en isolator. Vilken roll har rummet i klass B där bänken står?"
                ),
                "type": "single",
                "explanation": (
                    "När klass A-zonen inte är en isolator är klass B den bakgrundsmiljö som omger "
                    "och stöder den."
                ),
                "choices": [
                    {
                        "text": "Det är bakgrundsmiljön för klass A-zonen",
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": "Det är där öppen produkt hanteras när bänken är upptagen",
                        "correct": False,
                        "feedback": "Öppen produkt hanteras alltid i klass A.",
                    },
                    {
                        "text": "Det används bara för att förvara färdig produkt",
                        "correct": False,
                        "feedback": "Förvaring är inte syftet med bakgrundsmiljön i klass B.",
                    },
                    {
                        "text": "Det har inga krav, eftersom bänken skyddar produkten",
                        "correct": False,
                        "feedback": "Bakgrundsmiljöns klass är en del av skyddet.",
                    },
                ],
            },
            {
                "text": (
                    "Ett aktivt luftprov som tas i klass A-zonen under tillverkningen visar en "
                    "koloni. Vad betyder det?"
                ),
                "type": "single",
                "explanation": (
                    "Åtgärdsgränsen för viabla mikroorganismer i klass A är ingen tillväxt. All "
                    "tillväxt i klass A måste utredas och påverkan på produkten bedömas."
                ),
                "choices": [
                    {
                        "text": (
                            "Gränsen för klass A, ingen tillväxt, har överskridits och resultatet "
                            "måste utredas"
                        ),
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": (
                            "Det är inom gränsen, eftersom klass A tillåter upp till 10 CFU per "
                            "kubikmeter"
                        ),
                        "correct": False,
                        "feedback": (
                            "10 CFU per kubikmeter är åtgärdsgränsen för klass B, inte för klass A."
                        ),
                    },
                    {
                        "text": (
                            "Det går att bortse från resultatet om partikelhalterna var normala"
                        ),
                        "correct": False,
                        "feedback": "Partikelmätningar ersätter inte mikrobiologiska resultat.",
                    },
                    {
                        "text": "Provet ska tas om och rapporteras bara om det växer igen",
                        "correct": False,
                        "feedback": "Det första resultatet måste rapporteras och utredas.",
                    },
                ],
            },
            {
                "text": (
                    "I en vanlig renrumsanläggning för cellterapi – åt vilket håll ska luften "
                    "strömma mellan ett rum i klass B och korridoren i klass C intill?"
                ),
                "type": "single",
                "explanation": (
                    "Det renare rummet hålls vid ett högre tryck, så att luften strömmar från "
                    "klass B mot klass C och för bort kontaminering från det renare området. "
                    "Inneslutning av riskmaterial kan kräva särskilda lösningar, men det är inte "
                    "standardfallet."
                ),
                "choices": [
                    {
                        "text": "Från rummet i klass B ut i korridoren i klass C",
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": "Från korridoren i klass C in i rummet i klass B",
                        "correct": False,
                        "feedback": "Då skulle mindre ren luft föras in i det renare rummet.",
                    },
                    {
                        "text": "Det spelar ingen roll, så länge båda dörrarna är stängda",
                        "correct": False,
                        "feedback": (
                            "Luft rör sig ändå mellan rummen, till exempel när dörrar öppnas. "
                            "Riktningen spelar roll."
                        ),
                    },
                    {
                        "text": "Det ska inte finnas någon tryckskillnad mellan rummen",
                        "correct": False,
                        "feedback": (
                            "Det är tryckskillnaden mellan klasserna som får luften att strömma åt "
                            "rätt håll."
                        ),
                    },
                ],
            },
            {
                "text": "Vilka av följande hör till god omklädningspraxis för klass B?",
                "type": "multiple",
                "explanation": (
                    "Smycken, klockor och smink avger partiklar och kan inte desinfekteras. "
                    "Kontrollen i spegeln fångar upp bar hud eller skadade plagg. Handskarna måste "
                    "desinfekteras ofta. En steril overall som har rört vid golvet är inte längre "
                    "ren."
                ),
                "choices": [
                    {
                        "text": "Att ta av smycken och klocka och ta bort smink före omklädningen",
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": "Att kontrollera i spegeln att ingen hud och inget hår syns",
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": (
                            "Att desinfektera handskarna regelbundet och efter att ha rört vid "
                            "något som inte är sterilt"
                        ),
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": (
                            "Att låta overallen vila mot golvet när man kliver i den, så att den "
                            "inte går sönder"
                        ),
                        "correct": False,
                        "feedback": "Overallen får aldrig röra vid golvet.",
                    },
                ],
            },
            {
                "text": (
                    "En ny operatörs omklädning såg korrekt ut för bedömaren, men de "
                    "mikrobiologiska proverna från handskarnas fingertoppar visade tillväxt. Får "
                    "operatören nu arbeta utan handledning i klass B?"
                ),
                "type": "single",
                "explanation": (
                    "Omklädningskvalificeringen omfattar både en visuell och en mikrobiologisk "
                    "bedömning. Tillväxt i proverna innebär att kvalificeringen inte är godkänd. "
                    "Operatören måste därför utbildas och bedömas på nytt innan arbete utan "
                    "handledning kan bli aktuellt."
                ),
                "choices": [
                    {
                        "text": (
                            "Nej. Kvalificeringen är inte godkänd förrän både den visuella och den "
                            "mikrobiologiska bedömningen är godtagbara"
                        ),
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": "Ja, eftersom den visuella bedömningen var godtagbar",
                        "correct": False,
                        "feedback": "De mikrobiologiska resultaten är en del av kvalificeringen.",
                    },
                    {
                        "text": "Ja, om operatören byter handskar oftare",
                        "correct": False,
                        "feedback": "Tätare handskbyten ersätter inte en godkänd kvalificering.",
                    },
                    {
                        "text": "Ja, men bara i klass A-zonen",
                        "correct": False,
                        "feedback": "Klass A är ännu mer kritisk än klass B.",
                    },
                ],
            },
            {
                "text": (
                    "Du arbetar i en mikrobiologisk säkerhetsbänk med en öppen odlingsflaska. Var "
                    "ska dina händer vara?"
                ),
                "type": "single",
                "explanation": (
                    "First air måste nå den öppna produkten direkt från filtret. Händer och "
                    "föremål får aldrig finnas mellan filtret och öppen produkt. Arbeta från sidan "
                    "eller nedströms."
                ),
                "choices": [
                    {
                        "text": (
                            "Bredvid eller nedströms om den öppna flaskan, aldrig mellan filtret "
                            "och öppningen"
                        ),
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": "Rakt ovanför öppningen, för att skydda den",
                        "correct": False,
                        "feedback": (
                            "Händerna skulle blockera first air och avge partiklar över produkten."
                        ),
                    },
                    {
                        "text": "Vilande på det främre luftgallret, för att hålla dem stadiga",
                        "correct": False,
                        "feedback": "Om gallret blockeras störs luftflödet i bänken.",
                    },
                    {
                        "text": "Var som helst, så länge du har sterila handskar",
                        "correct": False,
                        "feedback": (
                            "Även sterila handskar innebär en risk. Placeringen spelar roll."
                        ),
                    },
                ],
            },
            {
                "text": (
                    "Sant eller falskt: det går bra att prata lågt över en öppen produkt så länge "
                    "du har munskydd."
                ),
                "type": "true_false",
                "explanation": (
                    "Ett munskydd minskar men stoppar inte droppar och partiklar. Undvik helt att "
                    "prata över öppen produkt."
                ),
                "choices": [
                    {
                        "text": "Sant",
                        "correct": False,
                        "feedback": "",
                    },
                    {
                        "text": "Falskt",
                        "correct": True,
                        "feedback": "",
                    },
                ],
            },
            {
                "text": (
                    "Under ett aseptiskt moment råkar du röra vid munskyddet med den handskklädda "
                    "handen. Vad ska du göra?"
                ),
                "type": "single",
                "explanation": (
                    "Avbryt innan du rör produkten, åtgärda den kontaminerade handsken enligt "
                    "rutinen, bedöm om produkten kan ha exponerats och dokumentera och rapportera "
                    "händelsen så att den kan bedömas."
                ),
                "choices": [
                    {
                        "text": (
                            "Avbryt, rör inte produkten, åtgärda handsken enligt rutinen och "
                            "dokumentera och rapportera sedan vad som hände"
                        ),
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": "Gör snabbt klart momentet och byt sedan handskar",
                        "correct": False,
                        "feedback": (
                            "Om du fortsätter med en kontaminerad handske utsätts produkten för "
                            "risk."
                        ),
                    },
                    {
                        "text": "Torka av handsken på ärmen och fortsätt",
                        "correct": False,
                        "feedback": "Det sprider kontaminering och desinfekterar ingenting.",
                    },
                    {
                        "text": "Desinfektera handsken och fortsätt utan att säga något till någon",
                        "correct": False,
                        "feedback": (
                            "Händelsen måste dokumenteras så att dess påverkan kan bedömas."
                        ),
                    },
                ],
            },
            {
                "text": (
                    "I slutet av arbetspasset inser du att du inte har dokumenterat en "
                    "temperaturavläsning som du gjorde kl. 10.00. Hur ska du hantera det?"
                ),
                "type": "single",
                "explanation": (
                    "Dokumentationen ska vara sanningsenlig och samtidig. En efterregistrering är "
                    "tillåten om den görs enligt rutinen och tydligt visar när den gjordes och "
                    "varför. Att antedatera eller hitta på data bryter mot dataintegriteten."
                ),
                "choices": [
                    {
                        "text": (
                            "Gör en efterregistrering enligt rutinen, där det framgår när den "
                            "faktiskt gjordes och varför"
                        ),
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": (
                            "Skriv in avläsningen i fältet för kl. 10.00 som om den hade "
                            "dokumenterats då"
                        ),
                        "correct": False,
                        "feedback": "Det är antedatering, och det är inte tillåtet.",
                    },
                    {
                        "text": (
                            "Lämna fältet tomt, eftersom efterregistreringar aldrig är tillåtna"
                        ),
                        "correct": False,
                        "feedback": "Luckor utan förklaring gör dokumentationen ofullständig.",
                    },
                    {
                        "text": "Skriv in ett typiskt värde från dagen innan",
                        "correct": False,
                        "feedback": "Det vore att förfalska data.",
                    },
                ],
            },
            {
                "text": (
                    "När du går igenom dokumentationen ser du att en inkubator med produkt låg "
                    "utanför sitt temperaturintervall i en timme under natten. Ingen har "
                    "rapporterat det. Vad gör du?"
                ),
                "type": "single",
                "explanation": (
                    "Varje avsteg från godkända förhållanden är en avvikelse. Den måste "
                    "rapporteras snabbt, så att påverkan på produkten kan bedömas och grundorsaken "
                    "hittas. Den sakkunniga personen (QP) tar ställning till avvikelsen innan "
                    "batchen certifieras."
                ),
                "choices": [
                    {
                        "text": (
                            "Rapportera det som en avvikelse enligt rutinen, så att det kan utredas"
                        ),
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": "Gör ingenting, eftersom temperaturen nu är inom intervallet igen",
                        "correct": False,
                        "feedback": (
                            "Temperaturavvikelsen kan ha påverkat produkten och måste bedömas."
                        ),
                    },
                    {
                        "text": "Justera inkubatorns inställningar och fortsätt",
                        "correct": False,
                        "feedback": (
                            "Om du i det tysta åtgärdar symtomet döljs händelsen för dem som måste "
                            "bedöma den."
                        ),
                    },
                    {
                        "text": "Kassera produkten direkt utan att dokumentera något",
                        "correct": False,
                        "feedback": (
                            "Beslut om produkten fattas genom avvikelsehanteringen, och allt "
                            "dokumenteras."
                        ),
                    },
                ],
            },
            {
                "text": (
                    "Två patienters autologa cellprodukter tillverkas i samma anläggning samma "
                    "vecka. Vad är det främsta skyddet mot att en patient får fel produkt?"
                ),
                "type": "single",
                "explanation": (
                    "Identitetskedjan kopplar varje patient till sitt startmaterial och sin "
                    "produkt med hjälp av unika identifierare som kontrolleras vid varje "
                    "överlämning. Att arbeta med en patients material i taget, med linjeklarering, "
                    "är ett extra stöd."
                ),
                "choices": [
                    {
                        "text": (
                            "Identitetskedjan: unika identifierare på varje etikett och i varje "
                            "protokoll, som kontrolleras vid varje överlämning"
                        ),
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": (
                            "Att förvara båda produkterna i samma inkubator så att de är lätta att "
                            "hitta"
                        ),
                        "correct": False,
                        "feedback": "Att förvara produkter tillsammans ökar risken för förväxling.",
                    },
                    {
                        "text": "Patienternas blodgrupper",
                        "correct": False,
                        "feedback": "Blodgrupper kan vara desamma och är ingen identitetskontroll.",
                    },
                    {
                        "text": "Miljöövervakningen",
                        "correct": False,
                        "feedback": "Miljöövervakning kontrollerar kontaminering, inte identitet.",
                    },
                ],
            },
            {
                "text": (
                    "Varför ingår ett sporicidt medel med bestämda intervall i ett "
                    "desinfektionsprogram, trots att det vanliga desinfektionsmedlet fungerar bra?"
                ),
                "type": "single",
                "explanation": (
                    "Många av de desinfektionsmedel som används rutinmässigt, som alkohol, dödar "
                    "inte bakteriesporer på ett tillförlitligt sätt. Ett sporicidt medel som "
                    "används med bestämda intervall tar bort sporer som annars skulle överleva."
                ),
                "choices": [
                    {
                        "text": (
                            "Eftersom vanliga desinfektionsmedel som alkohol inte dödar "
                            "bakteriesporer på ett tillförlitligt sätt"
                        ),
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": "Eftersom det gör rengöring onödig",
                        "correct": False,
                        "feedback": "Ytor måste fortfarande rengöras innan de desinfekteras.",
                    },
                    {
                        "text": "Eftersom det tar bort partiklar ur luften",
                        "correct": False,
                        "feedback": "Luften renas genom filtrering, inte med desinfektionsmedel.",
                    },
                    {
                        "text": "Eftersom det gör miljöövervakningen onödig",
                        "correct": False,
                        "feedback": (
                            "Övervakning behövs fortfarande för att visa att kontrollerna fungerar."
                        ),
                    },
                ],
            },
            {
                "text": (
                    "Vid en aseptisk processimulering (media fill) visar en enhet av flera hundra "
                    "tillväxt efter inkuberingen. Vad betyder det?"
                ),
                "type": "single",
                "explanation": (
                    "Simuleringen ska visa att den aseptiska processen inte för in kontaminering. "
                    "Om någon enhet är kontaminerad är simuleringen underkänd och måste utredas."
                ),
                "choices": [
                    {
                        "text": "Simuleringen är underkänd och måste utredas",
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": "Den är godkänd, eftersom en enhet är en mycket liten andel",
                        "correct": False,
                        "feedback": (
                            "Varje kontaminerad enhet innebär att simuleringen är underkänd."
                        ),
                    },
                    {
                        "text": (
                            "Det spelar ingen roll, eftersom odlingsmediet inte är en riktig "
                            "produkt"
                        ),
                        "correct": False,
                        "feedback": (
                            "Mediet står i stället för produkten. Tillväxt visar att processen "
                            "skulle kunna kontaminera en riktig produkt."
                        ),
                    },
                    {
                        "text": "Enheten ska kasseras och resultatet registreras som godkänt",
                        "correct": False,
                        "feedback": "Det skulle dölja en verklig signal om processen.",
                    },
                ],
            },
        ],
    },
}
