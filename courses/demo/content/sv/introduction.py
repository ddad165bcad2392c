"""Swedish version of the Introduction to ATMP course (courses/demo/content/introduction.py).

Mirrors the English COURSE key for key; lessons, body blocks, glossary entries, quiz
questions and choices are in the same order, so code can pair them by position.
"""

COURSE = {
    "area": "A",
    "title": "Introduktion till ATMP",
    "slug": "introduktion-till-atmp",
    "summary": (
        "En halvtimmes introduktion på ett enkelt och tydligt språk till genterapier, cellterapier "
        "och vävnadstekniska produkter: vad de är, vad behandlingen innebär för patienten, hur de "
        "regleras och vilka som arbetar med dem i Västsverige."
    ),
    "learning_objectives": [
        (
            "Förklara vad ett läkemedel för avancerad terapi (ATMP) är och beskriva de tre "
            "huvudtyperna: genterapi, somatisk cellterapi och vävnadstekniska produkter."
        ),
        (
            "Beskriva de viktigaste stegen i patientens väg genom en ATMP-behandling, från remiss "
            "till långtidsuppföljning."
        ),
        (
            "Förklara varför ATMP regleras annorlunda än vanliga läkemedel, bland annat med "
            "centralt godkännande, sjukhusundantaget och krav på spårbarhet."
        ),
        "Ange vilka yrkesroller som medverkar vid ATMP-behandling och vad var och en av dem gör.",
        (
            "Beskriva var arbetet med ATMP bedrivs i Västsverige och vart du kan vända dig för att "
            "få råd."
        ),
    ],
    "audiences": [
        "nurse",
        "physician",
        "assistant-nurse",
        "pharmacist",
        "biomedical-analyst",
        "qualified-person",
        "research-support",
        "industry",
        "student",
        "public",
    ],
    "estimated_minutes": 30,
    "level": "introductory",
    "format": "self_paced",
    "validity_months": None,
    "counts_towards_area_certificate": True,
    "restricted_to_signed_in": False,
    "lessons": [
        {
            "title": "Vad är ett ATMP?",
            "slug": "vad-ar-ett-atmp",
            "estimated_minutes": 5,
            "body": [
                (
                    "heading",
                    {
                        "text": "Läkemedel som bygger på gener, celler och vävnader",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>De flesta läkemedel är kemiska substanser som tillverkas i en fabrik, "
                        "eller proteiner som insulin och antikroppar. Läkemedel för avancerad "
                        "terapi (ATMP, efter engelskans Advanced Therapy Medicinal Products) är "
                        "annorlunda: de bygger på gener, celler eller vävnader. En del av dem "
                        "syftar till att rätta till orsaken till en sjukdom i stället för att "
                        "lindra symtomen, och en del ges bara en gång.</p><p>Inom Europeiska "
                        "unionen (EU) är ATMP läkemedel. De definieras i förordning (EG) nr "
                        "1394/2007 om läkemedel för avancerad terapi, som beskriver tre huvudtyper "
                        "och en fjärde typ där ett ATMP kombineras med en medicinteknisk "
                        "produkt.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Tre typer av avancerad terapi",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<ul><li><b>Läkemedel för genterapi</b> innehåller genetiskt material som "
                        "har framställts i laboratorium (rekombinant nukleinsyra). Materialet "
                        "används för att lägga till, ersätta, reparera, reglera eller ta bort en "
                        "gensekvens, och behandlingen verkar genom det genetiska materialet eller "
                        "det som materialet ger upphov till. Vissa genterapier ges direkt till "
                        "patienten (<i>in vivo</i>), till exempel i form av ett modifierat, "
                        "ofarligt virus (en vektor) som för in en fungerande kopia av en gen i "
                        "kroppens celler. Andra förändrar celler utanför kroppen (<i>ex vivo</i>), "
                        "och cellerna ges sedan tillbaka. CAR-T-cellsterapier, där patientens egna "
                        "immunceller får en ny gen som hjälper dem att hitta cancerceller, räknas "
                        "som genterapi i EU.</li><li><b>Läkemedel för somatisk cellterapi</b> "
                        "innehåller celler eller vävnader som har förändrats väsentligt, till "
                        "exempel odlats och förökats i laboratorium, eller som används för en "
                        "annan uppgift hos patienten än de hade hos donatorn. De verkar genom "
                        "cellernas egen funktion, till exempel genom att påverka "
                        "immunförsvaret.</li><li><b>Vävnadstekniska produkter</b> innehåller "
                        "konstruerade celler eller vävnader och används för att regenerera, "
                        "reparera eller ersätta mänsklig vävnad, till exempel brosk eller "
                        "hud.</li><li><b>Kombinerade ATMP</b> har en medicinteknisk produkt som en "
                        "integrerad del, till exempel celler som har odlats på en stödjande "
                        "struktur (ett så kallat scaffold).</li></ul>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Så skiljer sig ATMP från vanliga läkemedel",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<ul><li><b>Levande eller biologiskt startmaterial.</b> Många ATMP utgår "
                        "från celler från en människa. Om cellerna kommer från patienten själv är "
                        "läkemedlet <i>autologt</i>. Om de kommer från en annan person är det "
                        "<i>allogent</i>.</li><li><b>Små batcher, ibland en per patient.</b> Ett "
                        "autologt läkemedel tillverkas för en namngiven person och får bara ges "
                        "till den personen.</li><li><b>Krävande logistik.</b> Många läkemedel är "
                        "frysta vid mycket låga temperaturer och måste transporteras, förvaras och "
                        "tinas under strikt kontroll.</li><li><b>Långvariga effekter.</b> En enda "
                        "behandling kan verka i flera år, och vissa biverkningar kan också komma "
                        "sent. Därför följs patienterna upp under lång tid.</li><li><b>Små "
                        "patientgrupper och höga kostnader.</b> Många ATMP är avsedda för "
                        "sällsynta sjukdomar eller vissa cancerformer. Utvecklingen är kostsam och "
                        "patienterna är få, så priset är oftast högre än för traditionella "
                        "läkemedel.</li></ul>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "information",
                        "title": "Vad är inte ATMP?",
                        "body": (
                            "<p>En blodtransfusion är inte ett ATMP. Det är inte heller en vanlig "
                            "stamcellstransplantation, där blodbildande stamceller samlas in och "
                            "ges tillbaka utan väsentliga förändringar för att fylla samma "
                            "funktion som tidigare. Sådana behandlingar omfattas av regelverken "
                            "för blod, vävnader och celler. Celler blir ett ATMP när de har "
                            "bearbetats väsentligt, modifierats genetiskt eller används för en "
                            "annan väsentlig funktion.</p>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "key_facts",
                        "title": "I korthet",
                        "body": (
                            "<ul><li>ATMP står för Advanced Therapy Medicinal Product, på svenska "
                            "läkemedel för avancerad terapi.</li><li>De tre huvudtyperna är "
                            "genterapi, somatisk cellterapi och vävnadstekniska produkter. "
                            "Kombinerade ATMP innehåller dessutom en medicinteknisk "
                            "produkt.</li><li>I EU är ATMP läkemedel. De regleras av förordning "
                            "(EG) nr 1394/2007 tillsammans med de allmänna reglerna för "
                            "läkemedel.</li></ul>"
                        ),
                    },
                ),
                (
                    "glossary",
                    [
                        {
                            "term": "Autolog",
                            "definition": (
                                "Tillverkad av patientens egna celler eller vävnad för att ges "
                                "tillbaka till samma patient."
                            ),
                        },
                        {
                            "term": "Allogen",
                            "definition": (
                                "Tillverkad av celler eller vävnad från en annan person, en "
                                "donator."
                            ),
                        },
                        {
                            "term": "Vektor",
                            "definition": (
                                "En bärare, ofta ett modifierat virus som inte längre kan orsaka "
                                "sjukdom, som används för att föra in genetiskt material i celler."
                            ),
                        },
                        {
                            "term": "In vivo och ex vivo",
                            "definition": (
                                "In vivo betyder i kroppen: läkemedlet ges direkt till patienten. "
                                "Ex vivo betyder utanför kroppen: cellerna behandlas i ett "
                                "laboratorium och ges sedan till patienten."
                            ),
                        },
                    ],
                ),
            ],
        },
        {
            "title": "Patientens resa",
            "slug": "patientens-resa",
            "estimated_minutes": 6,
            "body": [
                (
                    "rich_text",
                    (
                        "<p>En ATMP-behandling är inte ett recept som man hämtar ut på apoteket. "
                        "Det är en resa över veckor och månader där många team är inblandade. Vi "
                        "följer en påhittad patient, Eva, som behandlas med CAR-T-celler – en "
                        "genterapi som tillverkas av hennes egna immunceller.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Före behandlingen",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<ol><li><b>Remiss.</b> Eva är 58 år och har ett lymfom (en cancer i "
                        "lymfsystemet) som har kommit tillbaka efter tidigare behandling. Hennes "
                        "hematolog på ett länssjukhus vet att CAR-T-cellsbehandling kan vara ett "
                        "alternativ och remitterar henne till universitetssjukhuset, som har den "
                        "kompetens och det godkännande som krävs för att ge "
                        "behandlingen.</li><li><b>Bedömning.</b> Teamet kontrollerar att "
                        "behandlingen passar för Evas sjukdom och att hennes hjärta, lungor, "
                        "njurar och andra organ klarar den. Eva och hennes närstående får veta vad "
                        "behandlingen innebär, bland annat vilka riskerna är och att hon behöver "
                        "stanna nära sjukhuset en tid efteråt. Eva lämnar sitt informerade "
                        "samtycke.</li><li><b>Insamling av startmaterial.</b> Evas vita "
                        "blodkroppar samlas in genom <i>aferes</i>. Blodet leds genom en maskin "
                        "som skiljer ut de vita blodkropparna och för tillbaka resten till henne. "
                        "Det tar några timmar. Påsen märks så att den alltid kan kopplas till Eva "
                        "och skickas sedan till "
                        "tillverkningsanläggningen.</li><li><b>Bryggbehandling.</b> Tillverkningen "
                        "tar flera veckor. För att hålla lymfomet i schack under väntetiden kan "
                        "Eva få bryggbehandling, till exempel cytostatika eller "
                        "strålbehandling.</li><li><b>Tillverkning.</b> I ett renrum får Evas "
                        "immunceller en ny gen. Cellerna förökas, testas och fryses. Innan "
                        "läkemedlet får frisläppas certifierar en sakkunnig person (QP) att "
                        "batchen uppfyller kraven.</li></ol>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Behandlingen och tiden efter",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<ol><li><b>Konditionering.</b> Under några dagar före infusionen får Eva "
                        "en kort cytostatikabehandling som minskar antalet av hennes befintliga "
                        "immunceller och ger plats åt de nya. Alla ATMP kräver inte "
                        "konditionering.</li><li><b>Administrering.</b> På behandlingsdagen tinas "
                        "det frysta läkemedlet, och två personer ur personalen kontrollerar att "
                        "påsen tillhör Eva. Cellerna ges som dropp i en ven, ungefär som en "
                        "blodtransfusion.</li><li><b>Tät övervakning i början.</b> De nya cellerna "
                        "förökar sig i Evas kropp och angriper cancern. Det kan ge "
                        "<i>cytokinfrisättningssyndrom</i>: det aktiverade immunförsvaret "
                        "frisätter signalämnen som kan orsaka feber, lågt blodtryck och "
                        "andningssvårigheter. En del patienter får <i>neurologiska "
                        "biverkningar</i>, till exempel förvirring, svårt att hitta ord, "
                        "skakningar eller dåsighet. Reaktionerna kan vara allvarliga men går att "
                        "behandla. Därför övervakar personalen Eva noga, och hon stannar nära "
                        "sjukhuset de första veckorna.</li><li><b>Långtidsuppföljning.</b> Evas "
                        "blodvärden och immunförsvar kan vara låga i flera månader, vilket ökar "
                        "risken för infektioner. Hon går på regelbundna kontroller, och precis som "
                        "vid andra genterapier samlas uppgifter om hennes hälsa in under många år "
                        "– för vissa läkemedel i upp till 15 år.</li></ol>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "information",
                        "title": "Alla patienters resa ser inte ut som Evas",
                        "body": (
                            "<p>En in vivo-genterapi mot en sällsynt ärftlig sjukdom kan ges som "
                            "en enda infusion eller injektion, helt utan insamling av celler. En "
                            "vävnadsteknisk produkt kan börja med ett litet vävnadsprov och sluta "
                            "med en operation. Det som resorna har gemensamt är noggrann "
                            "planering, många team som samarbetar och lång uppföljning.</p>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Om du möter en patient som har fått ATMP-behandling",
                        "body": (
                            "<p>Vissa biverkningar kommer först efter veckor eller månader. Feber, "
                            "en infektion eller nytillkommen förvirring hos någon som har fått en "
                            "avancerad terapi ska tas på allvar. Fråga om behandlingen och "
                            "kontakta det team som gav den.</p>"
                        ),
                    },
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Patienterna behöver tillgång till information för att känna sig "
                            "trygga och förstå vad det innebär att genomgå sådana behandlingar."
                        ),
                        "attribution": (
                            "Sahlgrenska Science Park och Sahlgrenska Universitetssjukhuset, "
                            "rapport om kompetensbehovet inom ATMP, 2024 (i översättning)"
                        ),
                    },
                ),
                (
                    "glossary",
                    [
                        {
                            "term": "Aferes",
                            "definition": (
                                "Insamling av en viss del av blodet, till exempel vita "
                                "blodkroppar, med en maskin som för tillbaka resten av blodet till "
                                "personen."
                            ),
                        },
                        {
                            "term": "Bryggbehandling",
                            "definition": (
                                "Behandling som håller sjukdomen i schack medan patienten väntar "
                                "på att läkemedlet ska tillverkas."
                            ),
                        },
                        {
                            "term": "Konditionering",
                            "definition": (
                                "Behandling, oftast med cytostatika, som ges före ett ATMP för att "
                                "förbereda kroppen på att ta emot det."
                            ),
                        },
                        {
                            "term": "Cytokinfrisättningssyndrom (CRS)",
                            "definition": (
                                "En reaktion där aktiverade immunceller frisätter stora mängder "
                                "signalämnen (cytokiner). Den ger feber och ibland lågt blodtryck "
                                "och låg syremättnad."
                            ),
                        },
                    ],
                ),
            ],
        },
        {
            "title": "Varför ATMP regleras annorlunda",
            "slug": "varfor-atmp-regleras-annorlunda",
            "estimated_minutes": 5,
            "body": [
                (
                    "rich_text",
                    (
                        "<p>ATMP tillverkas av levande material, kan påverka kroppen under lång "
                        "tid och tillverkas ofta för en patient i taget. Därför har EU särskilda "
                        "regler för dem utöver de vanliga reglerna för läkemedel.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Ett godkännande för hela EU",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>För att få säljas i EU måste ett ATMP godkännas genom det "
                        "centraliserade förfarandet. Företaget ansöker en gång hos Europeiska "
                        "läkemedelsmyndigheten (EMA). EMA:s kommitté för avancerade terapier "
                        "(CAT), där experter på de här terapierna ingår, tar fram ett utkast till "
                        "yttrande. EMA:s huvudkommitté för humanläkemedel antar det slutliga "
                        "yttrandet, och Europeiska kommissionen beviljar ett godkännande för "
                        "försäljning som gäller i alla EU-länder. CAT ger också utvecklare råd om "
                        "huruvida en produkt över huvud taget räknas som ATMP.</p><p>Godkännandet "
                        "är inte slutet på historien. Fram till juni 2024 hade EU godkänt 25 ATMP, "
                        "och sju av dem hade därefter dragits tillbaka – främst av kommersiella "
                        "skäl och inte av säkerhetsskäl.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Till skillnad från vad som gäller för traditionella läkemedel beror "
                            "dessa indragningar främst på kommersiella skäl: lönsamhetsproblemen "
                            "uppstår när processernas och affärsmodellernas komplexitet inte har "
                            "beaktats fullt ut."
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
                        "text": "Sjukhusundantaget",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>Ibland behöver ett sjukhus tillverka ett ATMP till en enskild patient, "
                        "ett läkemedel som inget företag erbjuder. Det gör "
                        "<i>sjukhusundantaget</i> möjligt. Läkemedlet bereds då på "
                        "icke-rutinmässig basis enligt specifika kvalitetsnormer, för en enskild "
                        "patient, efter förskrivning av en läkare och under läkarens yrkesansvar, "
                        "och används på ett sjukhus i samma land. Tillstånd ges nationellt – i "
                        "Sverige av Läkemedelsverket – och inte via EMA.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Kvalitet, spårbarhet och uppföljning",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<ul><li><b>God tillverkningssed (GMP).</b> ATMP tillverkas enligt "
                        "GMP-regler som har skrivits särskilt för dem, i EudraLex volym 4, del IV. "
                        "Reglerna omfattar renrum, utbildad personal, kontrollerade material och "
                        "noggrann dokumentation.</li><li><b>Spårbarhet.</b> Varje läkemedel, och "
                        "de celler eller den vävnad som det har tillverkats av, ska kunna spåras "
                        "från donatorn till patienten och tillbaka. Företaget och sjukhuset sparar "
                        "uppgifterna i minst 30 år efter läkemedlets "
                        "utgångsdatum.</li><li><b>Långtidsuppföljning.</b> Eftersom effekterna kan "
                        "sitta i under många år följs patienterna upp länge, och företaget ska "
                        "fortsätta att övervaka läkemedlets säkerhet och effekt efter "
                        "godkännandet.</li><li><b>Kliniska prövningar och genetiskt modifierade "
                        "organismer.</b> Nya ATMP prövas i kliniska prövningar enligt EU:s "
                        "förordning om kliniska prövningar. Genterapier som innehåller genetiskt "
                        "modifierade organismer (GMO), till exempel virala vektorer, kan dessutom "
                        "kräva GMO-tillstånd eller GMO-anmälningar.</li></ul>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "key_facts",
                        "title": "I korthet",
                        "body": (
                            "<ul><li>ATMP godkänns för hela EU via EMA, med kommittén för "
                            "avancerade terapier (CAT) som "
                            "expertkommitté.</li><li>Sjukhusundantaget gör det möjligt att "
                            "specialtillverka ATMP för enskilda patienter, efter nationellt "
                            "tillstånd.</li><li>ATMP tillverkas enligt särskilda GMP-regler "
                            "(EudraLex volym 4, del IV).</li><li>Uppgifterna för spårbarhet sparas "
                            "i minst 30 år.</li></ul>"
                        ),
                    },
                ),
                (
                    "glossary",
                    [
                        {
                            "term": "EMA",
                            "definition": (
                                "Europeiska läkemedelsmyndigheten, den EU-myndighet som utvärderar "
                                "läkemedel för hela EU."
                            ),
                        },
                        {
                            "term": "CAT",
                            "definition": (
                                "Kommittén för avancerade terapier (Committee for Advanced "
                                "Therapies), EMA:s expertkommitté för ATMP."
                            ),
                        },
                        {
                            "term": "Godkännande för försäljning",
                            "definition": (
                                "Det tillstånd som krävs för att få sälja ett läkemedel. För ATMP "
                                "beviljas det av Europeiska kommissionen och gäller i hela EU."
                            ),
                        },
                        {
                            "term": "GMP",
                            "definition": (
                                "God tillverkningssed (Good Manufacturing Practice): de regler som "
                                "ser till att läkemedel alltid tillverkas och kontrolleras så att "
                                "de håller rätt kvalitet."
                            ),
                        },
                    ],
                ),
            ],
        },
        {
            "title": "Vem gör vad?",
            "slug": "vem-gor-vad",
            "estimated_minutes": 4,
            "body": [
                (
                    "rich_text",
                    (
                        "<p>Ingen yrkesgrupp kan ensam ge en avancerad terapi. Den regionala "
                        "rapporten pekar ut tre personalgrupper som arbetar närmast ATMP och en "
                        "fjärde grupp som behöver förstå dem.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Vårdteamet",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>Hit hör läkare, sjuksköterskor, undersköterskor, farmaceuter och "
                        "koordinatorer på de kliniker där ATMP används, utvecklas och införs. De "
                        "väljer ut och förbereder patienterna, organiserar insamlingen av "
                        "startmaterial, ger behandlingen och håller uppsikt över biverkningar. "
                        "Patienter och närstående lär ofta känna sjuksköterskorna och "
                        "koordinatorerna bäst, eftersom det är de som guidar dem genom varje "
                        "steg.</p><p>Även andra verksamheter behöver kunskap. Akutmottagningar, "
                        "intensivvårdsavdelningar, neurologer och primärvården kan möta patienter "
                        "med biverkningar långt efter behandlingen, och vårdpersonalen på "
                        "länssjukhusen behöver veta vilka patienter som ska remitteras.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Laboratorium och apotek",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>Biologer, biomedicinska analytiker och farmaceuter arbetar på "
                        "sjukhusens laboratorier och i GMP-anläggningar. På Sahlgrenska "
                        "Universitetssjukhuset hanterar och förvarar cell- och vävnadslaboratoriet "
                        "vid Klinisk immunologi och transfusionsmedicin (KITM) celler och "
                        "vävnader, och där tillverkas också ATMP i egna GMP-renrum. "
                        "Sjukhusapoteket hanterar och bereder ATMP, till exempel genterapier som "
                        "måste iordningställas innan de ges.</p><p>En <b>sakkunnig person (QP)</b> "
                        "är en särskilt kvalificerad yrkesperson som certifierar att varje batch "
                        "har tillverkats och kontrollerats enligt reglerna innan den frisläpps för "
                        "användning. Det finns få sakkunniga personer med ATMP-kompetens, och "
                        "rapporten pekar på en tydlig brist.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Forskningsstöd",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>Forskningssjuksköterskor, prövningskoordinatorer och annan personal "
                        "inom forskningsstödet gör de kliniska prövningarna möjliga. De hjälper "
                        "till med ansökningar till myndigheter, budgetar, patientbesök, prover och "
                        "data, så att sjukhuset kan vara en kompetent samarbetspartner för företag "
                        "och lärosäten som utvecklar nya terapier.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Chefer och beslutsfattare",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>Chefer och beslutsfattare i vården behöver tillräckliga kunskaper för "
                        "att kunna fatta välgrundade strategiska beslut: vilka terapier "
                        "verksamheten ska förbereda sig för, hur den ska bemannas och utrustas och "
                        "hur den ska planera för höga kostnader och små patientgrupper.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "information",
                        "title": "Lång upplärningstid",
                        "body": (
                            "<p>På sjukhusets cell- och vävnadslaboratorium tar det ungefär ett "
                            "till två års upplärning innan en nyanställd kan arbeta självständigt. "
                            "Det är ett av skälen till att regionen satsar på strukturerad "
                            "utbildning, till exempel kurserna på den här plattformen.</p>"
                        ),
                    },
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Vårdteamen behöver tvärprofessionell kunskap och en förståelse för "
                            "vad ATMP kan åstadkomma."
                        ),
                        "attribution": (
                            "Sahlgrenska Science Park och Sahlgrenska Universitetssjukhuset, "
                            "rapport om kompetensbehovet inom ATMP, 2024 (i översättning)"
                        ),
                    },
                ),
                (
                    "glossary",
                    [
                        {
                            "term": "KITM",
                            "definition": (
                                "Klinisk immunologi och transfusionsmedicin, den verksamhet på "
                                "Sahlgrenska Universitetssjukhuset som cell- och "
                                "vävnadslaboratoriet hör till."
                            ),
                        },
                        {
                            "term": "QP",
                            "definition": (
                                "Qualified Person, på svenska sakkunnig person: den som har det "
                                "juridiska ansvaret för att certifiera att varje batch av ett "
                                "läkemedel uppfyller kraven innan den frisläpps."
                            ),
                        },
                    ],
                ),
            ],
        },
        {
            "title": "ATMP i Västsverige",
            "slug": "atmp-i-vastsverige",
            "estimated_minutes": 5,
            "body": [
                (
                    "rich_text",
                    (
                        "<p>Sverige har som mål att vara världsledande inom avancerade terapier år "
                        "2030. Det är också målet för ATMP 2030, ett nationellt projekt med stöd "
                        "från Sveriges innovationsmyndighet Vinnova, inom vilket fyra ATMP-center "
                        "har inrättats i anslutning till universitetssjukhus. I Västsverige har "
                        "Västra Götalandsregionen, Göteborgs universitet, Sahlgrenska akademin, "
                        "Sahlgrenska Universitetssjukhuset och Chalmers tekniska högskola "
                        "undertecknat en gemensam avsiktsförklaring om att bidra till det "
                        "målet.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Hälso- och sjukvården",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<ul><li><b>Sahlgrenska ATMP Center</b>, som inrättades 2020, är "
                        "sjukhusets gemensamma ingång för avancerade terapier. Centret samordnar "
                        "förberedelserna när en ny terapi införs, kontrollerar att resurser finns "
                        "och att de regulatoriska kraven är uppfyllda för både kliniska prövningar "
                        "och godkända behandlingar, och ger stöd med de tillstånd och anmälningar "
                        "som krävs för genterapier som innehåller GMO.</li><li><b>Ett centrum för "
                        "cell- och genterapi för barn</b> öppnade våren 2024 vid Drottning Silvias "
                        "barnsjukhus. Det är en del av ATMP Center.</li><li><b>KITM:s "
                        "GMP-anläggning</b> ger sjukhuset egen kapacitet att hantera celler och "
                        "vävnader och att tillverka ATMP enligt GMP.</li><li><b>Gothia Forum</b> "
                        "stöder dem som genomför kliniska prövningar i regionen och leder, "
                        "tillsammans med ATMP Center, en stor del av sjukhusets utbildning om "
                        "ATMP.</li></ul>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Näringsliv och akademi",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>GoCo Health Innovation City är ett växande life science-kluster i "
                        "regionen. Där stöder CCRM Nordic, en innovationsnod som finansieras av "
                        "staten och industrin, små och medelstora företag i att utveckla, "
                        "tillverka och kommersialisera avancerade terapier. Ett tiotal mindre life "
                        "science-företag i regionen arbetar redan med ATMP, och stora "
                        "läkemedelsföretag och tjänsteleverantörer är också aktiva inom "
                        "området.</p><p>Göteborgs universitet, Chalmers tekniska högskola och "
                        "andra lärosäten i regionen forskar om avancerade terapier och tar fram "
                        "nya kurser, till exempel för studenter inom farmaci, biomedicinsk analys "
                        "och bioteknik. Yrkeshögskolan Yrgo utreder behovet av nya "
                        "yrkesutbildningar inom life science.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Den regionala handlingsplanen",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>En nationell kartläggning visade att utbildningen inom ATMP i Sverige "
                        "var begränsad och splittrad. Regionens förstudie från 2024, som hälso- "
                        "och sjukvården, akademin och näringslivet genomförde tillsammans, "
                        "kartlade vad varje grupp behöver. Den gemensamma handlingsplanen för "
                        "2024–2027 syftar därför till att stärka utbildningen vid universitet och "
                        "högskolor, ge riktad utbildning till personal i vården och industrin, öka "
                        "kunskapen hos allmänheten och beslutsfattare och bygga ett långsiktigt "
                        "samarbete. Den här introduktionskursen är en av åtgärderna i planen, och "
                        "plattformen samlar regionens utbildning om ATMP på ett ställe.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "key_facts",
                        "title": "Vart kan du vända dig?",
                        "body": (
                            "<ul><li>Frågor om ATMP-behandling eller om att införa en ny terapi på "
                            "Sahlgrenska Universitetssjukhuset: Sahlgrenska ATMP "
                            "Center.</li><li>Frågor om att genomföra en klinisk prövning i "
                            "regionens hälso- och sjukvård: Gothia Forum.</li><li>Företag som "
                            "utvecklar eller tillverkar ATMP: CCRM Nordic och GoCo Health "
                            "Innovation City.</li></ul>"
                        ),
                    },
                ),
                (
                    "quote",
                    {
                        "text": (
                            "ATMP är inte bara ett nytt terapiområde utan innebär också en "
                            "betydande förändring av arbetssätt och vårdförlopp för flera "
                            "vårdteam, vilket kräver kompetensutveckling av många olika slag."
                        ),
                        "attribution": (
                            "Sahlgrenska Science Park och Sahlgrenska Universitetssjukhuset, "
                            "rapport om kompetensbehovet inom ATMP, 2024 (i översättning)"
                        ),
                    },
                ),
            ],
        },
    ],
    "quiz": {
        "estimated_minutes": 5,
        "title": "Testa dina kunskaper",
        "slug": "kunskapstest",
        "intro": (
            "<p>Tio frågor om det du har lärt dig. Du behöver 70 procent rätt för att bli godkänd, "
            "och du kan göra testet hur många gånger du vill. Efter varje försök ser du vilka svar "
            "som var rätt och varför.</p>"
        ),
        "pass_mark": 70,
        "max_attempts": None,
        "wait_minutes": 0,
        "draw": None,
        "shuffle_questions": True,
        "shuffle_choices": True,
        "review_policy": "after_each",
        "questions": [
            {
                "text": (
                    "En patients egna immunceller samlas in, får en ny gen i ett laboratorium så "
                    "att de kan känna igen cancerceller och ges sedan tillbaka till patienten. "
                    "Vilken typ av ATMP är det enligt EU:s regler?"
                ),
                "type": "single",
                "explanation": (
                    "Cellerna har modifierats genetiskt, och behandlingen verkar genom den nya "
                    "genen. Därför är det ett läkemedel för genterapi, trots att läkemedlet består "
                    "av celler. CAR-T-cellsterapier klassificeras på det sättet."
                ),
                "choices": [
                    {
                        "text": "Ett läkemedel för genterapi",
                        "correct": True,
                        "feedback": "Rätt: det är den nya genen som gör att behandlingen fungerar.",
                    },
                    {
                        "text": "Ett läkemedel för somatisk cellterapi",
                        "correct": False,
                        "feedback": (
                            "Läkemedlet består av celler, men eftersom cellerna bär på en ny gen "
                            "som ger effekten räknas det som genterapi."
                        ),
                    },
                    {
                        "text": "En vävnadsteknisk produkt",
                        "correct": False,
                        "feedback": (
                            "Vävnadstekniska produkter regenererar, reparerar eller ersätter "
                            "vävnad, och det gör inte det här läkemedlet."
                        ),
                    },
                    {
                        "text": "Inget ATMP, eftersom cellerna kommer från patienten",
                        "correct": False,
                        "feedback": (
                            "Autologa läkemedel kan vara ATMP. Det avgörande är hur cellerna "
                            "förändras och används."
                        ),
                    },
                ],
            },
            {
                "text": "Vilket av följande är normalt INTE ett ATMP?",
                "type": "single",
                "explanation": (
                    "En vanlig blodtransfusion innehåller blodkomponenter som inte har bearbetats "
                    "väsentligt och som fyller samma funktion som hos givaren. Den omfattas av "
                    "reglerna för blod, inte av reglerna för ATMP. De tre andra alternativen "
                    "innebär väsentlig bearbetning, genetisk modifiering eller konstruerad vävnad."
                ),
                "choices": [
                    {
                        "text": "En vanlig blodtransfusion",
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": (
                            "Broskceller som har odlats i laboratorium och används för att "
                            "reparera ett skadat knä"
                        ),
                        "correct": False,
                        "feedback": "Det här är en vävnadsteknisk produkt.",
                    },
                    {
                        "text": (
                            "Ett ofarligt virus som bär en fungerande kopia av en gen och "
                            "injiceras i patienten"
                        ),
                        "correct": False,
                        "feedback": "Det här är en in vivo-genterapi.",
                    },
                    {
                        "text": (
                            "Immunceller som har förökats i laboratorium och ges för att förstärka "
                            "immunsvaret"
                        ),
                        "correct": False,
                        "feedback": (
                            "Väsentligt bearbetade celler som verkar på immunförsvaret är en "
                            "somatisk cellterapi."
                        ),
                    },
                ],
            },
            {
                "text": (
                    "En avdelning tar emot ett autologt cellterapiläkemedel. Vad innebär "
                    "”autologt” för hur läkemedlet får användas?"
                ),
                "type": "single",
                "explanation": (
                    "Ett autologt läkemedel tillverkas av patientens egna celler och är avsett "
                    "enbart för den patienten. Att ge det till någon annan kan vara farligt, och "
                    "därför kontrolleras identiteten i varje steg."
                ),
                "choices": [
                    {
                        "text": (
                            "Det får bara ges till den patient vars celler det har tillverkats av"
                        ),
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": "Det får ges till alla patienter med samma diagnos",
                        "correct": False,
                        "feedback": (
                            "Det skulle beskriva ett färdigt läkemedel ”från hyllan”. Ett autologt "
                            "läkemedel hör till en enda patient."
                        ),
                    },
                    {
                        "text": "Det får ges till alla patienter med passande blodgrupp",
                        "correct": False,
                        "feedback": (
                            "Att blodgruppen passar gör inte ett autologt läkemedel lämpligt för "
                            "någon annan."
                        ),
                    },
                    {
                        "text": "Det måste ges inom en timme efter att cellerna har samlats in",
                        "correct": False,
                        "feedback": (
                            "Tillverkningen tar oftast flera veckor. Autolog handlar om var "
                            "cellerna kommer ifrån, inte om tidpunkten."
                        ),
                    },
                ],
            },
            {
                "text": (
                    "En patients celler har samlats in och skickats för tillverkning, som kommer "
                    "att ta flera veckor. Varför kan patienten behöva bryggbehandling?"
                ),
                "type": "single",
                "explanation": (
                    "Bryggbehandlingen håller sjukdomen i schack medan patienten väntar på "
                    "läkemedlet, så att patienten fortfarande är tillräckligt frisk för att kunna "
                    "ta emot det när det är klart."
                ),
                "choices": [
                    {
                        "text": "För att hålla sjukdomen i schack medan läkemedlet tillverkas",
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": "För att cellerna ska växa snabbare på tillverkningsanläggningen",
                        "correct": False,
                        "feedback": (
                            "Behandling som patienten får påverkar inte celler som redan finns i "
                            "laboratoriet."
                        ),
                    },
                    {
                        "text": "För att ersätta ATMP-behandlingen om tillverkningen misslyckas",
                        "correct": False,
                        "feedback": (
                            "Bryggbehandling är en behandling under väntetiden, inte en ersättning."
                        ),
                    },
                    {
                        "text": "För att förebygga cytokinfrisättningssyndrom",
                        "correct": False,
                        "feedback": (
                            "Bryggbehandlingen riktar sig mot sjukdomen, inte mot biverkningar av "
                            "ATMP-behandlingen."
                        ),
                    },
                ],
            },
            {
                "text": (
                    "En man som behandlades med CAR-T-celler för två månader sedan kommer till sin "
                    "vårdcentral med feber. Vilka åtgärder är lämpliga?"
                ),
                "type": "multiple",
                "explanation": (
                    "Sena biverkningar, som låga blodvärden och nedsatt immunförsvar, kan göra "
                    "infektioner allvarliga. Feber efter ATMP-behandling ska tas på allvar, och "
                    "det team som gav behandlingen ska kontaktas."
                ),
                "choices": [
                    {
                        "text": "Ta febern på allvar, eftersom hans immunförsvar kan vara nedsatt",
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": "Kontakta det team som gav behandlingen",
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": (
                            "Fråga om han har med sig information eller ett kort om sin behandling"
                        ),
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": (
                            "Råda honom att vänta en vecka, eftersom behandlingen gavs för två "
                            "månader sedan"
                        ),
                        "correct": False,
                        "feedback": (
                            "Biverkningar och infektioner kan komma långt efter behandlingen. Att "
                            "vänta kan vara farligt."
                        ),
                    },
                ],
            },
            {
                "text": (
                    "Sant eller falskt: varje EU-land avgör själv, genom ett eget nationellt "
                    "förfarande, om ett företag får sälja ett nytt ATMP."
                ),
                "type": "true_false",
                "explanation": (
                    "ATMP måste godkännas genom EU:s centraliserade förfarande. EMA utvärderar "
                    "ansökan med hjälp av kommittén för avancerade terapier, och Europeiska "
                    "kommissionen beviljar ett godkännande som gäller i alla EU-länder. Nationella "
                    "tillstånd förekommer bara i särskilda fall, som sjukhusundantaget."
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
                "text": "Vilken situation passar bäst in på sjukhusundantaget?",
                "type": "single",
                "explanation": (
                    "Sjukhusundantaget gäller ATMP som bereds på icke-rutinmässig basis enligt "
                    "specifika kvalitetsnormer för en enskild patient, efter förskrivning av en "
                    "läkare och under läkarens ansvar, och som används på ett sjukhus i samma "
                    "land. Det kräver nationellt tillstånd och är inte ett sätt att sälja "
                    "läkemedel i större skala."
                ),
                "choices": [
                    {
                        "text": (
                            "Ett sjukhus bereder ett specialtillverkat ATMP till en av sina "
                            "patienter efter en läkares förskrivning och använder det i samma land"
                        ),
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": (
                            "Ett företag säljer sitt ATMP till sjukhus i flera EU-länder utan "
                            "godkännande inom EU"
                        ),
                        "correct": False,
                        "feedback": (
                            "För att få sälja i hela EU krävs ett centralt godkännande för "
                            "försäljning."
                        ),
                    },
                    {
                        "text": "Ett sjukhus ger ett godkänt ATMP i en klinisk prövning",
                        "correct": False,
                        "feedback": (
                            "Kliniska prövningar följer förordningen om kliniska prövningar, inte "
                            "sjukhusundantaget."
                        ),
                    },
                    {
                        "text": (
                            "Ett sjukhus tillverkar ett ATMP rutinmässigt för många patienter för "
                            "att spara pengar"
                        ),
                        "correct": False,
                        "feedback": (
                            "Undantaget gäller icke-rutinmässig användning för enskilda patienter, "
                            "inte rutinmässig produktion."
                        ),
                    },
                ],
            },
            {
                "text": (
                    "Varför måste de uppgifter som kopplar varje ATMP till donatorn och patienten "
                    "sparas i årtionden?"
                ),
                "type": "single",
                "explanation": (
                    "Effekter och risker med ATMP kan bli kända först många år efter behandlingen. "
                    "Om ett problem upptäcks hos en donator, i ett startmaterial eller i en batch "
                    "gör uppgifterna det möjligt att hitta alla berörda patienter – och tvärtom."
                ),
                "choices": [
                    {
                        "text": (
                            "För att problem som upptäcks många år senare ska kunna spåras till "
                            "donatorn, batchen och alla berörda patienter"
                        ),
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": "För att sjukhuset ska kunna fakturera företaget för behandlingen",
                        "correct": False,
                        "feedback": (
                            "Spårbarhet är ett säkerhetskrav, inte ett verktyg för fakturering."
                        ),
                    },
                    {
                        "text": (
                            "För att samma läkemedel ska kunna ges på nytt till en annan patient"
                        ),
                        "correct": False,
                        "feedback": "Spårbarheten gör det inte möjligt att återanvända läkemedel.",
                    },
                    {
                        "text": "Eftersom pappersdokument inte får förstöras enligt svensk lag",
                        "correct": False,
                        "feedback": (
                            "Kravet kommer från EU:s regler för ATMP och handlar om säkerhet."
                        ),
                    },
                ],
            },
            {
                "text": (
                    "En batch av en cellterapi har tillverkats i sjukhusets GMP-anläggning, och "
                    "alla testresultat finns tillgängliga. Vem certifierar formellt att batchen "
                    "uppfyller kraven innan den frisläpps?"
                ),
                "type": "single",
                "explanation": (
                    "Den sakkunniga personen (QP) ansvarar för att certifiera varje batch före "
                    "frisläppning. Rapporten beskriver en brist på sakkunniga personer med "
                    "ATMP-kompetens, och det är ett av skälen till att den rollen prioriteras i "
                    "utbildningen."
                ),
                "choices": [
                    {
                        "text": "En sakkunnig person (QP)",
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": "Sjuksköterskan som ska ge behandlingen",
                        "correct": False,
                        "feedback": (
                            "Sjuksköterskan kontrollerar läkemedlet och patientens identitet vid "
                            "patienten, men frisläpper inte batcher."
                        ),
                    },
                    {
                        "text": "Patientens läkare",
                        "correct": False,
                        "feedback": (
                            "Läkaren ordinerar och ansvarar för behandlingen, men inte för att "
                            "certifiera batcher."
                        ),
                    },
                    {
                        "text": "Europeiska läkemedelsmyndigheten",
                        "correct": False,
                        "feedback": (
                            "EMA utvärderar läkemedel. Enskilda batcher certifieras av en "
                            "sakkunnig person (QP)."
                        ),
                    },
                ],
            },
            {
                "text": (
                    "En läkare på ett länssjukhus i Västsverige tror att en patient kan ha nytta "
                    "av en avancerad terapi, men vet inte var hon ska börja. Vart ska hon i första "
                    "hand vända sig, utifrån hur regionen är organiserad?"
                ),
                "type": "single",
                "explanation": (
                    "Sahlgrenska ATMP Center är sjukhusets gemensamma ingång för avancerade "
                    "terapier. Centret samordnar ATMP-behandling, stöder förberedelserna och kan "
                    "vägleda vid remittering."
                ),
                "choices": [
                    {
                        "text": (
                            "Sahlgrenska ATMP Center, den gemensamma ingången för avancerade "
                            "terapier"
                        ),
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": "Europeiska läkemedelsmyndigheten",
                        "correct": False,
                        "feedback": (
                            "EMA utvärderar läkemedel, men hanterar inte remisser för enskilda "
                            "patienter."
                        ),
                    },
                    {
                        "text": "Ett företag som tillverkar ATMP",
                        "correct": False,
                        "feedback": (
                            "Det är inte företagen som avgör vilka patienter som får behandling, "
                            "utan hälso- och sjukvården."
                        ),
                    },
                    {
                        "text": "Ingen – ATMP finns bara utomlands",
                        "correct": False,
                        "feedback": (
                            "Sahlgrenska Universitetssjukhuset ger redan flera avancerade terapier."
                        ),
                    },
                ],
            },
        ],
    },
}
