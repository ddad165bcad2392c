"""ATMP clinical trials in practice (area C, Clinical trials)."""

COURSE = {
    "area": "C",
    "title": "ATMP clinical trials in practice",
    "slug": "atmp-clinical-trials-in-practice",
    "summary": (
        "What is different about running a clinical trial with an advanced therapy: the EU "
        "Clinical Trials Regulation and CTIS, GMO requirements for gene therapies, handling the "
        "investigational product, the research nurse's role and budgeting so that the hospital's "
        "costs are covered."
    ),
    "learning_objectives": [
        (
            "Describe how a clinical trial with an Advanced Therapy "
            "Medicinal Product (ATMP) is applied for under the EU Clinical Trials Regulation, "
            "using CTIS."
        ),
        (
            "Explain when GMO requirements apply to a gene therapy "
            "trial and what they mean for the trial site."
        ),
        (
            "Describe how an investigational ATMP is received, stored, "
            "traced and given at the site, and how long-term follow-up is organised."
        ),
        "Describe the research nurse's role in an ATMP trial.",
        (
            "List the costs that an ATMP trial budget must cover, so "
            "that a trial does not become too costly for healthcare."
        ),
    ],
    "audiences": [
        "research-support",
        "nurse",
        "physician",
        "pharmacist",
        "biomedical-analyst",
        "industry",
    ],
    "estimated_minutes": 30,
    "level": "intermediate",
    "format": "self_paced",
    "validity_months": None,
    "counts_towards_area_certificate": True,
    "restricted_to_signed_in": False,
    "lessons": [
        {
            "title": "The Clinical Trials Regulation and CTIS",
            "slug": "the-clinical-trials-regulation-and-ctis",
            "estimated_minutes": 7,
            "body": [
                (
                    "rich_text",
                    (
                        "<p>Clinical trials are how new Advanced Therapy Medicinal Products "
                        "(ATMPs) are developed, and for many patients they are the first way to "
                        "receive a new therapy. The regional report stresses that if healthcare "
                        "in West Sweden lacks the competence to run ATMP trials, it risks falling "
                        "behind, and companies will look elsewhere for partners.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "One regulation, one portal",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>Clinical trials with medicines in the EU, including ATMPs, are "
                        "governed by the Clinical Trials Regulation (EU) No 536/2014 (CTR). "
                        "Applications are made through the Clinical Trials Information System "
                        "(CTIS), an EU portal and database. The sponsor submits one application "
                        "for all the EU countries where the trial will run, and one of them acts "
                        "as the reporting Member State that leads the assessment. The application "
                        "has two parts:</p><ul><li><b>Part I</b> covers the scientific questions: "
                        "the trial design, the expected benefits and risks, and the "
                        "investigational medicinal product, including its quality documentation. "
                        "The countries concerned assess it together.</li><li><b>Part II</b> "
                        "covers national questions: informed consent, recruitment, the "
                        "suitability of investigators and sites, compensation and data "
                        "protection. Each country assesses its own Part II.</li></ul><p>In "
                        "Sweden, the Swedish Medical Products Agency (Läkemedelsverket) and the "
                        "Swedish Ethical Review Authority (Etikprövningsmyndigheten) assess the "
                        "application together, so the ethical review is part of the same process. "
                        "CTIS is also used during the trial, for example for substantial "
                        "modifications and for notifying the start and end of the trial, and much "
                        "of its information is made public.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Who is responsible?",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<ul><li><b>The sponsor</b> is responsible for starting, managing and "
                        "financing the trial. It may be a company, or a university or hospital in "
                        "an academic trial, in which case all of the sponsor's duties fall on "
                        "that institution.</li><li><b>The investigator</b> is the physician "
                        "responsible for the trial at a site, supported by the trial "
                        "team.</li></ul>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Rules specific to ATMP trials",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<ul><li>Trials follow Good Clinical Practice (GCP). The European "
                        "Commission has published GCP guidelines specific to ATMPs, covering "
                        "matters such as traceability and long-term follow-up.</li><li>The "
                        "investigational ATMP must be made under Good Manufacturing Practice "
                        "(GMP) rules for ATMPs, and each batch is certified by a Qualified Person "
                        "(QP).</li><li>Gene therapies may also need permits or notifications "
                        "under the rules for genetically modified organisms (GMOs), which are "
                        "covered in the next lesson.</li></ul>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "key_facts",
                        "title": "Key facts",
                        "body": (
                            "<ul><li>One application through CTIS covers all EU countries in the "
                            "trial.</li><li>Part I is assessed jointly; Part II "
                            "nationally.</li><li>In Sweden, Läkemedelsverket and the Swedish "
                            "Ethical Review Authority assess together.</li><li>ATMP trials follow "
                            "GCP guidelines specific to ATMPs, and the product is made under "
                            "GMP.</li></ul>"
                        ),
                    },
                ),
                (
                    "glossary",
                    [
                        {
                            "term": "CTR",
                            "definition": "The EU Clinical Trials Regulation, (EU) No 536/2014.",
                        },
                        {
                            "term": "CTIS",
                            "definition": (
                                "Clinical Trials Information System: the EU portal and database "
                                "for applying for, running and reporting clinical trials."
                            ),
                        },
                        {
                            "term": "Sponsor",
                            "definition": (
                                "The company, institution or organisation responsible for "
                                "starting, managing and financing a clinical trial."
                            ),
                        },
                        {
                            "term": "Investigational medicinal product",
                            "definition": (
                                "The medicine being tested, or used as a comparator, in a "
                                "clinical trial."
                            ),
                        },
                    ],
                ),
            ],
        },
        {
            "title": "Gene therapy trials and GMO requirements",
            "slug": "gene-therapy-trials-and-gmo-requirements",
            "estimated_minutes": 6,
            "body": [
                (
                    "rich_text",
                    (
                        "<p>Many gene therapies contain or consist of genetically modified "
                        "organisms (GMOs), for example viral vectors that carry a gene into the "
                        "patient's cells. Because a GMO could in theory spread to other people or "
                        "to the environment, trials with such products may need approval under "
                        "the EU's GMO legislation in addition to the trial application.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Which rules apply?",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>The EU has two sets of GMO rules that can apply to clinical trials: "
                        "rules on <i>contained use</i>, where the GMO is kept within physical "
                        "barriers, and rules on <i>deliberate release</i> into the environment. "
                        "Member States have chosen different approaches for clinical trials, so "
                        "the same trial may be handled differently in different countries. "
                        "Whether genetically modified human cells, such as CAR-T cells, fall "
                        "under GMO rules at all has also been interpreted differently between "
                        "countries. The sponsor must find out what applies in each country, and "
                        "the site may need its own permits or notifications for the premises and "
                        "activities.</p><p>At Sahlgrenska University Hospital, the ATMP Center "
                        "supports this work, including the permits and notifications needed for "
                        "medicines that contain or consist of GMOs. Contact it early, because GMO "
                        "procedures can take time.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "The environmental risk assessment",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>GMO applications include an environmental risk assessment. It "
                        "considers, for example:</p><ul><li>whether the vector can replicate, and "
                        "whether it can insert its genetic material into the host's "
                        "DNA;</li><li>whether, and for how long, the patient may shed the vector "
                        "in body fluids;</li><li>the risk to staff, relatives and other patients, "
                        "and to the environment;</li><li>the measures that reduce those "
                        "risks.</li></ul>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "What it means at the site",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<ul><li>The product is handled in designated areas by trained staff, "
                        "with the protective equipment stated in the risk assessment. Preparation "
                        "is often done by the hospital pharmacy in a biological safety "
                        "cabinet.</li><li>Transport within the hospital is in sealed, labelled "
                        "containers.</li><li>A spill procedure and spill kit are in place, and "
                        "staff know how to use them.</li><li>Waste and used materials are "
                        "inactivated and disposed of according to the procedure.</li><li>Patients "
                        "and relatives receive advice on hygiene if the vector may be "
                        "shed.</li><li>Everything is documented, so that the site can show it "
                        "followed the conditions of its permit.</li></ul>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Know the spill procedure before the product arrives",
                        "body": (
                            "<p>A spill of a viral vector product is handled according to the "
                            "site's written procedure: contain it, disinfect with the agent named "
                            "in the procedure, dispose of the waste as GMO waste, and report the "
                            "event. Practise the procedure before the first patient.</p>"
                        ),
                    },
                ),
                (
                    "quote",
                    {
                        "text": (
                            "ATMP is subject to specific regulations, making knowledge of these "
                            "rules, laws, and permit requirements essential for successful "
                            "clinical trials."
                        ),
                        "attribution": (
                            "Addressing the ATMP competency gap, Sahlgrenska Science Park and "
                            "Sahlgrenska University Hospital, 2024"
                        ),
                    },
                ),
                (
                    "glossary",
                    [
                        {
                            "term": "GMO",
                            "definition": (
                                "Genetically modified organism: an organism, such as a virus, "
                                "whose genetic material has been altered in a way that does not "
                                "occur naturally."
                            ),
                        },
                        {
                            "term": "Contained use",
                            "definition": (
                                "Work with genetically modified microorganisms within physical "
                                "barriers that limit contact with people and the environment."
                            ),
                        },
                        {
                            "term": "Deliberate release",
                            "definition": (
                                "Intentional introduction of a GMO into the environment without "
                                "such barriers."
                            ),
                        },
                        {
                            "term": "Shedding",
                            "definition": (
                                "Release of a vector from the patient's body, for example in "
                                "saliva, urine or faeces."
                            ),
                        },
                    ],
                ),
            ],
        },
        {
            "title": "Running an ATMP trial at the site",
            "slug": "running-an-atmp-trial-at-the-site",
            "estimated_minutes": 6,
            "body": [
                (
                    "heading",
                    {
                        "text": "Before the first patient",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>An ATMP trial involves more departments than most trials: the clinic, "
                        "apheresis, the cell and tissue laboratory, the pharmacy, intensive care "
                        "and often radiology and neurology. A feasibility assessment checks that "
                        "the site has suitable patients, trained staff, capacity for cell "
                        "collection, storage in liquid nitrogen, preparation of the product, "
                        "hospital beds and access to intensive care. At Sahlgrenska University "
                        "Hospital, the ATMP Center reviews resources, feasibility and regulatory "
                        "compliance before a new ATMP trial or treatment is started. The sponsor "
                        "also qualifies the site and trains staff in the product.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Handling the investigational product",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<ul><li><b>Collection.</b> For autologous products, the patient's cells "
                        "are collected, often by apheresis, labelled with the patient's unique "
                        "identifiers and shipped to the manufacturer according to the sponsor's "
                        "schedule.</li><li><b>Receipt.</b> On arrival, staff check the identity, "
                        "the condition of the container and the temperature record during "
                        "transport, and document the receipt.</li><li><b>Storage.</b> Frozen cell "
                        "products are usually stored in the vapour phase of liquid nitrogen, with "
                        "continuous temperature monitoring and "
                        "alarms.</li><li><b>Accountability.</b> Every unit received, prepared, "
                        "given, returned or destroyed is recorded.</li><li><b>Chain of identity "
                        "and chain of custody.</b> From collection to administration, records "
                        "show that the product belongs to the right patient, who has handled it, "
                        "and under what conditions.</li><li><b>Administration.</b> The product is "
                        "prepared and given exactly as the protocol and the sponsor's manual say, "
                        "with an identity check at the bedside.</li></ul>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Long-term follow-up",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>Patients who receive gene therapies are often followed for many years "
                        "after the main trial has ended, for some products up to 15 years, often "
                        "in a separate long-term follow-up study. The site must plan how patients "
                        "will be contacted, who will see them, and how data are collected over "
                        "that time. Under the CTR, the trial master file is archived for at least "
                        "25 years after the end of the trial.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "The research nurse",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>Research nurses hold an ATMP trial together. Their work typically "
                        "includes:</p><ul><li>screening patients and supporting the informed "
                        "consent process;</li><li>coordinating visits, samples and procedures "
                        "across many departments;</li><li>being the patient's and family's point "
                        "of contact during a long and demanding treatment;</li><li>recognising "
                        "adverse events and reporting them promptly to the "
                        "investigator;</li><li>making sure data are recorded accurately and on "
                        "time, and supporting monitoring visits and audits.</li></ul>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "information",
                        "title": "Training for trial staff",
                        "body": (
                            "<p>Gothia Forum and the ATMP Center lead training for clinical trial "
                            "staff at Sahlgrenska University Hospital. The regional action plan "
                            "includes training for research nurses as part of this area of the "
                            "catalogue.</p>"
                        ),
                    },
                ),
                (
                    "glossary",
                    [
                        {
                            "term": "Feasibility assessment",
                            "definition": (
                                "A review of whether a site has the patients, staff, facilities "
                                "and time needed to run a particular trial."
                            ),
                        },
                        {
                            "term": "Accountability",
                            "definition": (
                                "Records that account for every unit of investigational product "
                                "from receipt to use, return or destruction."
                            ),
                        },
                        {
                            "term": "Trial master file",
                            "definition": (
                                "The collection of essential documents that shows how a trial was "
                                "run and that it followed the rules."
                            ),
                        },
                    ],
                ),
            ],
        },
        {
            "title": "Budgets and agreements",
            "slug": "budgets-and-agreements",
            "estimated_minutes": 6,
            "body": [
                (
                    "rich_text",
                    (
                        "<p>The regional report warns that getting the costs of ATMP trials "
                        "covered is a challenge for healthcare, and calls for more competence and "
                        "support in budgeting so that a trial does not become too costly for "
                        "healthcare to run.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Furthermore, it is important that healthcare receives coverage for "
                            "the costs associated with participating in clinical trials involving "
                            "ATMP."
                        ),
                        "attribution": (
                            "Addressing the ATMP competency gap, Sahlgrenska Science Park and "
                            "Sahlgrenska University Hospital, 2024"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "text": "Find every cost",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>An ATMP trial budget should account for, among other "
                        "things:</p><ul><li>staff time: investigators, research nurses, "
                        "coordinators, pharmacists, laboratory staff and "
                        "administration;</li><li>procedures required by the protocol: apheresis, "
                        "imaging, biopsies and extra laboratory tests;</li><li>product handling: "
                        "receipt, storage in liquid nitrogen, thawing or preparation, and "
                        "documentation;</li><li>hospital beds, readiness of intensive care, and "
                        "treatment of side effects linked to the trial;</li><li>measures required "
                        "by GMO permits, such as designated areas, protective equipment and waste "
                        "handling;</li><li>monitoring visits, audits and "
                        "archiving;</li><li>long-term follow-up visits, possibly over many "
                        "years;</li><li>the hospital's overhead costs.</li></ul>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Standard care or trial cost?",
                        "level": "h3",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>Separate what the patient would have received in routine care from "
                        "what the trial adds. The sponsor normally pays for the trial-specific "
                        "costs. Agree in advance what happens if a patient's cells are collected "
                        "but no product can be given, for example because the patient becomes too "
                        "ill or manufacturing fails: the work has been done and should be paid "
                        "for.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "The agreement",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>A clinical trial agreement between the sponsor and the hospital sets "
                        "out the budget and payment schedule, each party's responsibilities, "
                        "handling of data and samples, publication rights, intellectual property, "
                        "confidentiality, and liability and insurance. In academic trials where "
                        "the hospital or university is the sponsor, the institution takes on the "
                        "sponsor's responsibilities and costs itself, and funding must be secured "
                        "before the trial starts.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "key_facts",
                        "title": "Where to get help",
                        "body": (
                            "<ul><li>Gothia Forum supports those who run clinical trials in the "
                            "region; contact it early in the planning.</li><li>The Sahlgrenska "
                            "ATMP Center reviews resources and feasibility for new ATMP "
                            "trials.</li><li>Involve the pharmacy, the laboratory and intensive "
                            "care when the budget is drawn up, not afterwards.</li></ul>"
                        ),
                    },
                ),
                (
                    "glossary",
                    [
                        {
                            "term": "Clinical trial agreement",
                            "definition": (
                                "The contract between a sponsor and a trial site that sets out "
                                "responsibilities, budget and legal terms."
                            ),
                        },
                        {
                            "term": "Trial-specific cost",
                            "definition": (
                                "A cost that arises only because the patient takes part in the "
                                "trial, and that would not arise in routine care."
                            ),
                        },
                    ],
                ),
            ],
        },
    ],
    "quiz": {
        "estimated_minutes": 5,
        "title": "Check your understanding",
        "slug": "quiz",
        "intro": (
            "<p>Five questions on running ATMP trials. You need 70% to pass, and you can try as "
            "many times as you like.</p>"
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
                    "A sponsor plans a trial with an ATMP at sites in Sweden and Denmark. How is "
                    "the trial applied for?"
                ),
                "type": "single",
                "explanation": (
                    "Under the CTR, one application is submitted through CTIS for all countries "
                    "concerned. Part I is assessed jointly, led by the reporting Member State, "
                    "and Part II is assessed by each country."
                ),
                "choices": [
                    {
                        "text": (
                            "One application through CTIS, with Part I assessed jointly and Part "
                            "II assessed by each country"
                        ),
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": "Separate paper applications to each national agency",
                        "correct": False,
                        "feedback": "Applications are now made through CTIS.",
                    },
                    {
                        "text": (
                            "An application to the EMA's Committee for Advanced Therapies only"
                        ),
                        "correct": False,
                        "feedback": (
                            "The CAT deals with marketing authorisation and classification, not "
                            "trial applications."
                        ),
                    },
                    {
                        "text": (
                            "No application is needed if the product is already approved in "
                            "another indication"
                        ),
                        "correct": False,
                        "feedback": "A clinical trial always needs authorisation.",
                    },
                ],
            },
            {
                "text": (
                    "A hospital plans to take part in a trial of a gene therapy that uses a viral "
                    "vector. What additional requirement may apply beyond the clinical trial "
                    "application?"
                ),
                "type": "single",
                "explanation": (
                    "Viral vectors are GMOs, so GMO permits or notifications with an "
                    "environmental risk assessment may be needed, and the rules differ between "
                    "countries. At Sahlgrenska University Hospital, the ATMP Center supports this "
                    "work."
                ),
                "choices": [
                    {
                        "text": (
                            "GMO permits or notifications, including an environmental risk "
                            "assessment"
                        ),
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": "A hospital exemption for every patient",
                        "correct": False,
                        "feedback": "The hospital exemption is not used for clinical trials.",
                    },
                    {
                        "text": "A marketing authorisation before the trial can start",
                        "correct": False,
                        "feedback": "Trials are how the evidence for authorisation is produced.",
                    },
                    {
                        "text": "No additional requirement, as the vector cannot cause disease",
                        "correct": False,
                        "feedback": (
                            "The GMO rules still apply, and the risk assessment must show why "
                            "risks are low."
                        ),
                    },
                ],
            },
            {
                "text": (
                    "Which of these are part of a research nurse's role in an ATMP trial? Select "
                    "all that apply."
                ),
                "type": "multiple",
                "explanation": (
                    "Research nurses coordinate across departments, recognise and report adverse "
                    "events, and help ensure data quality. Changing the treatment schedule is a "
                    "protocol and investigator matter, never a nurse's independent decision."
                ),
                "choices": [
                    {
                        "text": "Coordinating visits and samples across several departments",
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": (
                            "Recognising adverse events and reporting them promptly to the "
                            "investigator"
                        ),
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": "Making sure data are recorded accurately and on time",
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": "Changing the treatment schedule to suit the patient's wishes",
                        "correct": False,
                        "feedback": "Deviating from the protocol is not an individual decision.",
                    },
                ],
            },
            {
                "text": (
                    "A patient's cells were collected for an industry-sponsored CAR-T trial, but "
                    "the product could not be manufactured. Who should pay for the apheresis?"
                ),
                "type": "single",
                "explanation": (
                    "The collection was done because of the trial, and the work was carried out. "
                    "A well-drafted agreement states in advance that such costs are paid by the "
                    "sponsor, so they do not fall on healthcare."
                ),
                "choices": [
                    {
                        "text": (
                            "The sponsor, as agreed in advance in the clinical trial agreement"
                        ),
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": "The hospital, since no treatment was given",
                        "correct": False,
                        "feedback": (
                            "This is exactly the kind of cost the report warns can fall on "
                            "healthcare."
                        ),
                    },
                    {
                        "text": "The patient",
                        "correct": False,
                        "feedback": "Patients do not pay for trial procedures.",
                    },
                    {
                        "text": "Nobody, because the cost does not count if the product fails",
                        "correct": False,
                        "feedback": "The staff and equipment costs were real.",
                    },
                ],
            },
            {
                "text": (
                    "True or false: because an investigational ATMP is only used in a clinical "
                    "trial, it does not need to be manufactured under GMP."
                ),
                "type": "true_false",
                "explanation": (
                    "Investigational ATMPs must be manufactured under the GMP rules for ATMPs, "
                    "and each batch is certified by a Qualified Person before use. Patients in "
                    "trials are entitled to the same protection."
                ),
                "choices": [
                    {
                        "text": "True",
                        "correct": False,
                        "feedback": "",
                    },
                    {
                        "text": "False",
                        "correct": True,
                        "feedback": "",
                    },
                ],
            },
        ],
    },
}
