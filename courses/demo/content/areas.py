"""Catalogue areas for the ATMP Academy demo content.

Areas A-E follow the preliminary cross-sectoral catalogue in section 6.2.1.1 of the regional
report; F and G are the two further competence areas of its Table 1 (QA/RA and
commercialisation).
"""

AREAS = [
    {
        "code": "A",
        "title": "General introduction",
        "slug": "general-introduction",
        "summary": (
            "Short, accessible introductions to what advanced therapies are, how they reach "
            "patients and how West Sweden works with them. For everyone, from healthcare staff to "
            "decision-makers and members of the public."
        ),
        "description": (
            "<p>This area gives everyone the same starting point: what Advanced Therapy Medicinal "
            "Products (ATMPs) are, how gene therapies, somatic-cell therapies and "
            "tissue-engineered products differ from ordinary medicines, and what treatment with "
            "them means for a patient. It also describes the role of healthcare as an innovation "
            "partner to industry and academia, and brings regular updates on news and advances in "
            "the field.</p><p>When departments at Sahlgrenska University Hospital were asked "
            "about their training needs, general knowledge of ATMP was the area requested most "
            "often, by staff in haematology, oncology, the children's hospital, the pharmacy, the "
            "laboratories and clinical trial support. Companies have asked for the same kind of "
            "foundation for new employees, including staff in supporting functions such as "
            "finance and HR.</p><p>The courses are for anyone who needs an overview, whether or "
            "not they work with ATMPs every day: healthcare staff, managers and decision-makers, "
            "company and university staff, students, patients and their families. They are short, "
            "written in plain language, centred on the patient, and have no commercial "
            "affiliation. No prior knowledge is needed.</p>"
        ),
    },
    {
        "code": "B",
        "title": "Research & Development",
        "slug": "research-and-development",
        "summary": (
            "In-depth knowledge of advanced therapies and of the path from an idea to an "
            "approved, viable product, including regulatory, clinical and commercial aspects."
        ),
        "description": (
            "<p>This area covers in-depth theoretical knowledge of ATMPs and the process of "
            "developing an idea into an approved product: non-clinical studies, manufacturing and "
            "quality (chemistry, manufacturing and controls, CMC), the regulatory route, and the "
            "clinical and commercial questions that have to be answered along the way.</p><p>The "
            "regional report stresses that regulatory, clinical and commercial aspects should be "
            "considered early, so that a therapy is developed right from the start. Choosing "
            "starting materials and manufacturing processes carefully, and documenting them with "
            "full traceability from the outset, saves time and money later. Several ATMPs "
            "approved in the EU have since been withdrawn, mostly for commercial reasons, which "
            "shows that an approved product is not automatically a viable one.</p><p>The courses "
            "are for researchers, PhD students and postdocs, clinicians with ideas for new "
            "therapies, staff in start-ups and small and medium-sized enterprises (SMEs), and "
            "staff in research and innovation support. In healthcare, the main needs are in "
            "therapy development and health economics.</p>"
        ),
    },
    {
        "code": "C",
        "title": "Clinical trials",
        "slug": "clinical-trials",
        "summary": (
            "How clinical trials with advanced therapies are set up, run and paid for: "
            "regulations, applications, ATMP-specific administration, budgets, contracts and the "
            "research nurse's role."
        ),
        "description": (
            "<p>This area covers the management of clinical trials with ATMPs: design and "
            "analysis of trials, ATMP-specific administration, and the legal framework, including "
            "the EU Clinical Trials Regulation (CTR), submissions to the authorities and the EU's "
            "Clinical Trials Information System (CTIS). It also covers budget planning, contract "
            "drafting and training for research nurses.</p><p>Clinical trials are how new ATMPs "
            "are developed, and for many patients they are the first way to receive a new "
            "therapy. For healthcare to be a competent and close partner to companies and "
            "academic sponsors, staff need to know the specific rules and permits that apply to "
            "ATMP trials. Budgets must be planned so that the hospital's costs are covered and a "
            "trial does not become too expensive for healthcare to run.</p><p>The courses are for "
            "research nurses, investigators, trial coordinators, staff in research support such "
            "as Gothia Forum, pharmacy and laboratory staff who handle investigational products, "
            "and company staff who work with clinical trial sites.</p>"
        ),
    },
    {
        "code": "D",
        "title": "Clinical practice",
        "slug": "clinical-practice",
        "summary": (
            "Caring for patients who receive advanced therapies: referral, collection of starting "
            "material, administration, side effects, follow-up and the routines around them."
        ),
        "description": (
            "<p>This area covers the care of patients who receive ATMPs: referral processes and "
            "current indications, preparations such as donation and the collection of starting "
            "material, administration of the product, aftercare and follow-up including the "
            "management of side effects, and the routines, traceability, documentation and "
            "agreements with pharmaceutical companies that go with them.</p><p>ATMP treatment "
            "changes care pathways. Staff need to know the steps before treatment, such as "
            "apheresis and bridging therapy, how to give the product safely, and how to recognise "
            "and act on side effects, some of which appear long after treatment. Emergency "
            "departments, intensive care units, neurology and primary care also need to recognise "
            "these late effects, and clinicians at county hospitals need to know which patients "
            "to refer.</p><p>The courses are for physicians, nurses, assistant nurses, "
            "pharmacists and coordinators in departments where ATMPs are used, and for staff who "
            "refer patients or meet them after treatment. Some courses are intended for "
            "healthcare staff and are visible only when you are signed in.</p>"
        ),
    },
    {
        "code": "E",
        "title": "Preparation and production",
        "slug": "preparation-and-production",
        "summary": (
            "Good Manufacturing Practice, cleanroom work, laboratory skills and logistics for "
            "everyone who prepares or manufactures advanced therapies."
        ),
        "description": (
            "<p>This area covers the preparation of in vivo gene therapies, manufacturing and "
            "production under Good Manufacturing Practice (GMP) in theory and in practice, "
            "cleanroom skills (practical skills, routines and requirements, isolators), practical "
            "laboratory skills (cell culture, sterile work, assays and bioanalysis), and supply "
            "chain and logistics (cold storage and transport).</p><p>Production roles are "
            "expected to grow fastest among the region's ATMP companies, and the hospital's "
            "laboratories and pharmacy already report a shortage of trained staff. In the "
            "hospital's cell and tissue laboratory, a new employee needs about one to two years "
            "of training before working independently. The online courses here prepare for, but "
            "never replace, supervised practical training and qualification at your own "
            "site.</p><p>The courses are for production operators, biomedical analysts and other "
            "laboratory staff, pharmacists who prepare ATMPs, Qualified Persons (QPs), staff at "
            "companies and manufacturing sites, and students in programmes such as biomedical "
            "analysis, pharmacy and biotechnology.</p>"
        ),
    },
    {
        "code": "F",
        "title": "QA/RA",
        "slug": "qa-ra",
        "summary": (
            "Quality assurance and regulatory affairs for advanced therapies: quality systems, "
            "batch release, and the rules from classification to marketing authorisation."
        ),
        "description": (
            "<p>This area covers quality assurance (QA) and regulatory affairs (RA) for ATMPs: "
            "the pharmaceutical quality system, deviations and change control, certification and "
            "release of batches by a Qualified Person (QP), and the regulatory framework from "
            "classification of a product to clinical trial applications and marketing "
            "authorisation.</p><p>The regional report identifies a clear shortage of QPs with "
            "specialised regulatory expertise for ATMPs, both in the hospital's laboratories and "
            "in its pharmacy department. In industry, QA and RA roles are among those expected to "
            "grow most. Because ATMPs are still new, companies often find the rules hard to "
            "interpret, and the report recommends that general quality work be shared by more "
            "staff so that it does not depend on a few people.</p><p>The courses are for QPs and "
            "those training to become one, quality assurance and regulatory affairs staff in "
            "companies and healthcare, and laboratory and pharmacy staff who take part in quality "
            "work.</p>"
        ),
    },
    {
        "code": "G",
        "title": "Commercialisation",
        "slug": "commercialisation",
        "summary": (
            "Turning an advanced therapy into a commercially viable product: business models, "
            "partnerships, funding, pricing, reimbursement and health technology assessment."
        ),
        "description": (
            "<p>This area covers two kinds of commercial knowledge. Business strategy: a "
            "company's business model and partnership strategy, when to take a product to "
            "late-stage trials or to market and when to partner, and how to secure funding at "
            "each stage of growth. Go-to-market knowledge: reimbursement, pricing, payment "
            "models, health technology assessment (HTA), market strategy, distribution and "
            "logistics.</p><p>The aim, in the words of the regional report, is to shift the focus "
            "from developing an approved product to creating a commercially viable one. ATMPs "
            "often serve small patient groups, are costly to develop and make, and are usually "
            "priced higher than traditional medicines. Several ATMPs approved in the EU have been "
            "withdrawn, mostly because complex processes and business models had not been fully "
            "accounted for.</p><p>The courses are mainly for entrepreneurs, staff in "
            "innovation-driven companies and SMEs, and researchers who may start companies. In "
            "healthcare, the relevant parts are health economics and the introduction of new "
            "therapies.</p>"
        ),
    },
]
