"""Demo content for the home page, the About page and the accessibility statement."""

from wagtail.models import Locale, Site

from courses.demo import ensure_child
from courses.demo import translations as swedish_catalogue
from courses.demo.content.sv import site as sv
from courses.models import CatalogueIndexPage, CoursePage
from home.models import HomePage, SiteSettings, StandardPage

ORDER = 20
CONTACT_EMAIL = "atmp-academy@example.org"

HOME_INTRODUCTION = (
    "<p>Advanced Therapy Medicinal Products (ATMPs) are medicines based on genes, cells or "
    "tissues. They are changing how some cancers and rare diseases are treated, and they change "
    "the work of many people: the nurse who cares for a patient after CAR-T cell therapy, the "
    "biomedical analyst in a cleanroom, the research nurse in a clinical trial, the pharmacist who "
    "prepares a gene therapy, and the manager who plans for all of this.</p>"
    "<p>Hospitals, companies and universities in West Sweden found that many more people need to "
    "understand ATMPs, and asked for a single point of entry for training. ATMP Academy is that "
    "entry point: short courses you take at your own pace, quizzes that show what you have "
    "learned, and certificates your employer and a GMP inspector can check.</p>"
)
FEATURED_TEXT = (
    "Half an hour, no prior knowledge needed: what ATMPs are, what a patient goes through, "
    "why the rules are different and who does what in West Sweden."
)

ABOUT_BODY = [
    ("heading", {"text": "Why this platform exists", "level": "h2"}),
    (
        "rich_text",
        "<p>In 2024 Sahlgrenska Science Park and Sahlgrenska University Hospital led a pre-study "
        "with healthcare, academia and industry in West Sweden. Its report, <i>Addressing the ATMP "
        "competency gap</i>, found that education and training in ATMP is limited and fragmented, "
        "and proposed a joint action plan for 2024–2027. Two of its actions shape this site: a "
        "15–30 minute introduction course open to everyone (action 3.1) and a single point of "
        "entry for competence development (action 4.1).</p>",
    ),
    ("heading", {"text": "How the catalogue is organised", "level": "h2"}),
    (
        "rich_text",
        "<p>Courses follow the report's catalogue of competence development: A General "
        "introduction, B Research &amp; Development, C Clinical trials, D Clinical practice and "
        "E Preparation and production, together with quality assurance and regulatory affairs "
        "and commercialisation, the two further competence areas the hospital's survey "
        "counted.</p>",
    ),
    ("heading", {"text": "Records you can trust", "level": "h2"}),
    (
        "rich_text",
        "<p>Quizzes are marked on our server, completed courses are kept as permanent records, "
        "and every certificate carries a code anyone can check. Your employer sees your training "
        "records only if your organisation has an agreement with the platform.</p>",
    ),
]

ACCESSIBILITY_BODY = [
    (
        "rich_text",
        "<p>ATMP Academy is run for the hospitals, companies and universities of West Sweden. We "
        "want as many people as possible to be able to use it. You should be able to zoom to 400 "
        "per cent without losing content, use the whole site with a keyboard only, and use it with "
        "a screen reader. Every page works without JavaScript.</p>",
    ),
    ("heading", {"text": "How accessible the site is", "level": "h2"}),
    (
        "rich_text",
        "<p>We aim to meet the Web Content Accessibility Guidelines (WCAG) 2.1 at level AA, as "
        "required of Swedish public-sector websites by the Act on accessibility to digital public "
        "services (lag (2018:1937) om tillgänglighet till digital offentlig service) and the "
        "European standard EN 301 549. Every page type is checked automatically with axe-core "
        "before each release, and quizzes are tested with a keyboard only.</p>",
    ),
    (
        "callout",
        {
            "kind": "information",
            "title": "Known limitations",
            "body": "<p>Videos embedded from other sites depend on those sites' players. Every "
            "video has a full transcript below it. Certificates are PDF files; if you need "
            "one in another format, contact us.</p>",
        },
    ),
    ("heading", {"text": "Report a barrier", "level": "h2"}),
    (
        "rich_text",
        f"<p>If something on the site does not work for you, tell us at {CONTACT_EMAIL}. Say "
        "which page it was and what happened; we answer within five working days. If you are not "
        "satisfied with our answer, you can report it to the Agency for Digital Government "
        "(Myndigheten för digital förvaltning, DIGG), which supervises the law.</p>",
    ),
]


def load(out, style):
    home = HomePage.objects.get(pk=Site.objects.get(is_default_site=True).root_page_id)
    changed = []
    if not home.introduction:
        home.introduction = HOME_INTRODUCTION
        changed.append("introduction")
    if home.featured_course_id is None:
        home.featured_course = CoursePage.objects.filter(slug="introduction-to-atmp").first()
        home.featured_text = FEATURED_TEXT
        changed += ["featured_course", "featured_text"]
    if changed:
        home.save_revision().publish()
    about, _ = ensure_child(
        home,
        StandardPage,
        "about",
        title="About ATMP Academy",
        introduction="ATMP Academy is the single point of entry for ATMP training in West Sweden.",
        body=ABOUT_BODY,
    )
    accessibility, _ = ensure_child(
        home,
        StandardPage,
        "accessibility",
        title="Accessibility statement",
        introduction="How accessible ATMP Academy is, and how to tell us about a barrier.",
        body=ACCESSIBILITY_BODY,
        show_in_menus=False,
    )
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    if settings.accessibility_page_id is None:
        settings.about_page = about
        settings.accessibility_page = accessibility
        settings.contact_email = CONTACT_EMAIL
        settings.organisation_name = "ATMP Academy, West Sweden"
        settings.save()
    load_swedish(home, about, accessibility)
    out.write(
        "Home page, About and the accessibility statement are in place, in English and Swedish."
    )


def load_swedish(home, about, accessibility):
    """Translate the home page, the catalogue, two courses and the site pages into Swedish."""
    locale, _created = Locale.objects.get_or_create(language_code="sv")
    translate = swedish_catalogue.translate
    sv_home, _created = translate(
        home,
        locale,
        title="ATMP Academy",
        slug="hem",
        lead=sv.HOME_LEAD,
        introduction=sv.HOME_INTRODUCTION,
        featured_text=sv.FEATURED_TEXT,
    )
    catalogue = CatalogueIndexPage.objects.child_of(home).first()
    swedish_catalogue.load_catalogue(
        catalogue, locale, sv.CATALOGUE_TITLE, sv.CATALOGUE_INTRODUCTION
    )
    translate(
        about,
        locale,
        title=sv.ABOUT_TITLE,
        slug="om",
        introduction=sv.ABOUT_INTRODUCTION,
        body=sv.ABOUT_BODY,
    )
    translate(
        accessibility,
        locale,
        title=sv.ACCESSIBILITY_TITLE,
        slug="tillganglighetsredogorelse",
        introduction=sv.ACCESSIBILITY_INTRODUCTION,
        body=sv.ACCESSIBILITY_BODY,
    )
    if sv_home.featured_course_id:
        featured = CoursePage.objects.get(pk=sv_home.featured_course_id)
        swedish_featured = featured.get_translation_or_none(locale)
        if swedish_featured and swedish_featured.pk != featured.pk:
            sv_home.featured_course = swedish_featured
            sv_home.save_revision().publish()
