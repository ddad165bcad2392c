"""Swedish texts for the home page, the catalogue, the About page and the accessibility
statement (tillgänglighetsredogörelse).

English counterparts: home/migrations/0002_create_homepage.py (LEAD) and home/demo.py; the
catalogue's texts, in both languages, are in courses/demo/catalogue.toml. ABOUT_BODY has the
same block sequence as the English one; ACCESSIBILITY_BODY adds a final Tillsyn section,
following the structure that Myndigheten för digital förvaltning (Digg) recommends.
"""

from courses.demo import catalogue_data
from courses.packages.bodies import join_html

CONTACT_EMAIL = "atmp-academy@example.org"

HOME_LEAD = (
    "Korta kurser om läkemedel för avancerad terapi (ATMP) som du går i din egen takt – för alla "
    "som arbetar på Västsveriges sjukhus, företag och lärosäten, och för alla som är nyfikna."
)

HOME_INTRODUCTION = (
    "<p>Läkemedel för avancerad terapi (ATMP) är läkemedel som bygger på gener, celler eller "
    "vävnader. De förändrar hur vissa cancerformer och sällsynta sjukdomar behandlas, och de "
    "förändrar arbetet för många människor: sjuksköterskan som vårdar en patient efter "
    "CAR-T-cellsbehandling, den biomedicinska analytikern i renrummet, forskningssjuksköterskan i "
    "en klinisk prövning, farmaceuten som bereder en genterapi och chefen som planerar för allt "
    "detta.</p><p>Sjukhus, företag och lärosäten i Västsverige har sett att många fler behöver "
    "förstå ATMP, och de har efterfrågat en gemensam ingång till utbildning. ATMP Academy är den "
    "ingången: korta kurser som du går i din egen takt, kunskapstest som visar vad du har lärt dig "
    "och intyg som din arbetsgivare och en GMP-inspektör kan kontrollera.</p>"
)

FEATURED_TEXT = (
    "En halvtimme, inga förkunskaper: vad ATMP är, vad en patient går igenom, varför reglerna är "
    "annorlunda och vem som gör vad i Västsverige."
)

# The catalogue's texts live with its areas in courses/demo/catalogue.toml.
CATALOGUE_TITLE = catalogue_data()["catalogue"]["sv"]["title"]
CATALOGUE_INTRODUCTION = join_html(catalogue_data()["catalogue"]["sv"]["introduction"])

ABOUT_TITLE = "Om ATMP Academy"

ABOUT_INTRODUCTION = (
    "ATMP Academy är den gemensamma ingången till utbildning om ATMP i Västsverige."
)

ABOUT_BODY = [
    (
        "heading",
        {
            "text": "Därför finns plattformen",
            "level": "h2",
        },
    ),
    (
        "rich_text",
        (
            "<p>Under 2024 ledde Sahlgrenska Science Park och Sahlgrenska Universitetssjukhuset en "
            "förstudie tillsammans med hälso- och sjukvården, akademin och näringslivet i "
            "Västsverige. Rapporten från förstudien, <i>Addressing the ATMP competency gap</i>, "
            "visade att utbildningen inom ATMP är begränsad och splittrad, och den föreslog en "
            "gemensam handlingsplan för 2024–2027. Två av åtgärderna i planen har format den här "
            "webbplatsen: en introduktionskurs på 15–30 minuter som är öppen för alla (åtgärd 3.1) "
            "och en gemensam ingång till kompetensutveckling (åtgärd 4.1).</p>"
        ),
    ),
    (
        "heading",
        {
            "text": "Så är kurskatalogen uppbyggd",
            "level": "h2",
        },
    ),
    (
        "rich_text",
        (
            "<p>Kurserna följer rapportens katalog för kompetensutveckling: A Allmän introduktion, "
            "B Forskning och utveckling, C Kliniska prövningar, D Klinisk praktik och E Beredning "
            "och tillverkning. Till dem kommer kvalitetssäkring och regelverk (QA/RA) samt "
            "kommersialisering – de två ytterligare kompetensområden som också räknades in i "
            "sjukhusets kartläggning.</p>"
        ),
    ),
    (
        "heading",
        {
            "text": "Resultat och intyg du kan lita på",
            "level": "h2",
        },
    ),
    (
        "rich_text",
        (
            "<p>Kunskapstesten rättas på vår server, genomförda kurser sparas permanent och varje "
            "intyg har en kod som vem som helst kan kontrollera. Din arbetsgivare ser dina "
            "utbildningsuppgifter bara om din organisation har ett avtal med plattformen.</p>"
        ),
    ),
]

ACCESSIBILITY_TITLE = "Tillgänglighetsredogörelse"

ACCESSIBILITY_INTRODUCTION = (
    "Här beskriver vi hur tillgänglig ATMP Academy är och hur du kan meddela oss om du stöter på "
    "brister."
)

ACCESSIBILITY_BODY = [
    (
        "rich_text",
        (
            "<p>ATMP Academy drivs för sjukhusen, företagen och lärosätena i Västsverige. Vi vill "
            "att så många som möjligt ska kunna använda webbplatsen. Du ska kunna förstora "
            "innehållet till 400 procent utan att något försvinner, använda hela webbplatsen med "
            "enbart tangentbord och använda den med skärmläsare. Alla sidor fungerar utan "
            "Javascript.</p><p>Den här redogörelsen beskriver hur ATMP Academy uppfyller lagen om "
            "tillgänglighet till digital offentlig service, vilka brister vi känner till och hur "
            "du kan rapportera brister till oss så att vi kan åtgärda dem.</p>"
        ),
    ),
    (
        "heading",
        {
            "text": "Hur tillgänglig är webbplatsen?",
            "level": "h2",
        },
    ),
    (
        "rich_text",
        (
            "<p>Vi strävar efter att uppfylla nivå AA i riktlinjerna Web Content Accessibility "
            "Guidelines (WCAG) 2.1. Det är vad lagen (2018:1937) om tillgänglighet till digital "
            "offentlig service och den europeiska standarden EN 301 549 kräver av offentliga "
            "webbplatser i Sverige. Alla sidtyper granskas automatiskt med verktyget axe-core "
            "inför varje ny version, och kunskapstesten testas med enbart tangentbord.</p>"
        ),
    ),
    (
        "callout",
        {
            "kind": "information",
            "title": "Kända brister",
            "body": (
                "<p>Videor som är inbäddade från andra webbplatser är beroende av de "
                "webbplatsernas videospelare. Alla videor har en fullständig textversion under "
                "sig. Intygen är PDF-filer. Om du behöver ett intyg i ett annat format kan du "
                "kontakta oss.</p>"
            ),
        },
    ),
    (
        "heading",
        {
            "text": "Rapportera brister i webbplatsens tillgänglighet",
            "level": "h2",
        },
    ),
    (
        "rich_text",
        (
            "<p>Om något på webbplatsen inte fungerar för dig kan du meddela oss på "
            f"{CONTACT_EMAIL}. Berätta vilken sida det gäller och vad som hände. Vi svarar inom "
            "fem arbetsdagar.</p>"
        ),
    ),
    (
        "heading",
        {
            "text": "Tillsyn",
            "level": "h2",
        },
    ),
    (
        "rich_text",
        (
            "<p>Myndigheten för digital förvaltning (Digg) ansvarar för tillsynen över lagen om "
            "tillgänglighet till digital offentlig service. Om du inte är nöjd med hur vi har "
            "hanterat dina synpunkter kan du kontakta Digg och påtala det.</p>"
        ),
    ),
]
