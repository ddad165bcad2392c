"""From idea to approved ATMP: the development path (area B, Research & Development)."""

COURSE = {
    "area": "B",
    "title": "From idea to approved ATMP: the development path",
    "slug": "from-idea-to-approved-atmp",
    "summary": (
        "How an advanced therapy moves from a research idea to an approved and viable product: "
        "non-clinical studies, manufacturing and quality, the EU's regulatory support tools and "
        "thinking about commercial viability from the start."
    ),
    "learning_objectives": [
        (
            "Describe the non-clinical questions that are specific to "
            "Advanced Therapy Medicinal Products (ATMPs), such as biodistribution and "
            "tumourigenicity."
        ),
        (
            "Explain why starting materials, potency testing and "
            "process changes need attention early in development."
        ),
        (
            "Choose suitable regulatory support for a development "
            "project, such as ATMP classification, scientific advice or PRIME."
        ),
        (
            "Explain why an approved ATMP is not automatically a "
            "commercially viable one, and which questions to ask early."
        ),
    ],
    "audiences": [
        "research-support",
        "industry",
        "student",
        "physician",
        "pharmacist",
    ],
    "estimated_minutes": 30,
    "level": "intermediate",
    "format": "self_paced",
    "validity_months": None,
    "counts_towards_area_certificate": True,
    "restricted_to_signed_in": False,
    "lessons": [
        {
            "title": "Non-clinical development",
            "slug": "non-clinical-development",
            "estimated_minutes": 6,
            "body": [
                (
                    "rich_text",
                    (
                        "<p>Most Advanced Therapy Medicinal Products (ATMPs) begin as an idea in "
                        "a research laboratory or a clinic. Before the first patient can be "
                        "treated in a clinical trial, the developer must show that the product is "
                        "likely to work and that its risks are understood well enough to test it "
                        "in people. This is the task of non-clinical development: laboratory and "
                        "animal studies.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Does it work? Proof of concept",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>Proof-of-concept studies show that the product can have the intended "
                        "effect, and help describe its mode of action: how it works. For ATMPs, "
                        "suitable models can be hard to find:</p><ul><li>Human cells may be "
                        "rejected by an animal's immune system, so studies may need animals with "
                        "a weakened immune system, or an animal version of the product.</li><li>A "
                        "gene therapy vector may infect the cells of different species "
                        "differently, so results may not carry over to humans.</li><li>For many "
                        "rare diseases, no good animal model exists at all.</li></ul><p>The "
                        "choice of model must be justified, and the product tested should be "
                        "representative of what will be given to patients.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Is it safe enough to test? ATMP-specific questions",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<ul><li><b>Biodistribution and persistence:</b> where do the cells or "
                        "the vector go in the body, and how long do they "
                        "stay?</li><li><b>Tumourigenicity:</b> could the cells form tumours? This "
                        "is a key question for cells derived from stem cells or grown for a long "
                        "time in culture.</li><li><b>Insertional mutagenesis:</b> for vectors "
                        "that insert their genetic material into the cell's DNA, could the "
                        "insertion disturb genes that control cell "
                        "growth?</li><li><b>Immunogenicity:</b> will the patient's immune system "
                        "react against the product?</li><li><b>Shedding and germline "
                        "transmission:</b> could a gene therapy vector leave the body, for "
                        "example in body fluids, or reach egg or sperm cells?</li></ul><p>Pivotal "
                        "safety studies are normally performed according to Good Laboratory "
                        "Practice (GLP). For some ATMP studies full GLP compliance is not "
                        "possible, and the reasons must then be explained and the quality of the "
                        "data assured in other ways.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "A risk-based approach",
                        "level": "h3",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>EU rules allow developers of ATMPs to use a risk-based approach: the "
                        "risks of the specific product are analysed, and the extent of quality, "
                        "non-clinical and clinical data is adapted to them. This gives "
                        "flexibility, but the reasoning must be documented and justified. "
                        "Discussing the plan with regulators early avoids studies that are "
                        "unnecessary, or missing.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "information",
                        "title": "Think clinically from day one",
                        "body": (
                            "<p>The regional report notes that adopting a clinical approach early "
                            "makes the step from development to production easier. Ask early who "
                            "the patients are, how the product will be given, and what will count "
                            "as a meaningful benefit. These answers shape which non-clinical "
                            "studies are needed.</p>"
                        ),
                    },
                ),
                (
                    "glossary",
                    [
                        {
                            "term": "Non-clinical studies",
                            "definition": (
                                "Laboratory and animal studies done before, and alongside, "
                                "clinical trials in humans."
                            ),
                        },
                        {
                            "term": "Biodistribution",
                            "definition": (
                                "Where a product, such as cells or a vector, goes in the body "
                                "after it has been given."
                            ),
                        },
                        {
                            "term": "Tumourigenicity",
                            "definition": "The potential of a product to cause tumours.",
                        },
                        {
                            "term": "GLP",
                            "definition": (
                                "Good Laboratory Practice: a quality system for how non-clinical "
                                "safety studies are planned, performed, recorded and reported."
                            ),
                        },
                    ],
                ),
            ],
        },
        {
            "title": "Manufacturing and quality from the start",
            "slug": "manufacturing-and-quality-from-the-start",
            "estimated_minutes": 7,
            "body": [
                (
                    "rich_text",
                    (
                        "<p>Regulators and companies use the term CMC, chemistry, manufacturing "
                        "and controls, for everything about how a medicine is made and tested. "
                        "For ATMPs, CMC is mostly biology, and it is one of the areas where the "
                        "regional report finds expertise hardest to recruit. Decisions made "
                        "early, often in an academic laboratory, are expensive to change "
                        "later.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Starting materials and raw materials",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<ul><li><b>Cells and tissues.</b> Donation, procurement and testing of "
                        "human cells and tissues follow the EU rules on tissues and cells, which "
                        "a new EU regulation on substances of human origin (SoHO) will replace. "
                        "Donors are selected and tested, and every donation must be "
                        "traceable.</li><li><b>Genetic starting materials.</b> For gene "
                        "therapies, these include the plasmids and cell banks used to produce the "
                        "vector. Their origin and quality must be documented.</li><li><b>Raw "
                        "materials.</b> Culture media, growth factors, enzymes and other reagents "
                        "affect the product. Prefer well-defined, high-quality materials from "
                        "qualified suppliers, and avoid materials of animal origin where "
                        "possible, because they can carry infectious agents and vary between "
                        "batches.</li></ul>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Designing the process",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>An autologous product is made as one batch per patient, so capacity "
                        "grows by running many batches in parallel (scaling out) rather than "
                        "making larger batches (scaling up). Closed and automated systems reduce "
                        "the risk of contamination and the dependence on manual skill, and the "
                        "report expects ATMP manufacturing to become more automated. "
                        "Investigational ATMPs used in clinical trials must be made under Good "
                        "Manufacturing Practice (GMP), in line with the EU's GMP rules for "
                        "ATMPs.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "What to measure",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<ul><li><b>Identity:</b> is this the intended cell type or "
                        "vector?</li><li><b>Purity:</b> how much of the product is unwanted "
                        "cells, process residues or other impurities?</li><li><b>Potency:</b> "
                        "does the product have the biological activity that explains its "
                        "effect?</li><li><b>Safety:</b> for example sterility, mycoplasma and "
                        "endotoxins, and, for viral vectors, the absence of virus that can "
                        "replicate.</li><li><b>Quantity and viability:</b> the number of cells or "
                        "vector particles, and how many cells are alive.</li></ul>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Start on the potency assay early",
                        "body": (
                            "<p>A potency assay that measures the activity behind the product's "
                            "mode of action is often the hardest test to develop. Without it, you "
                            "cannot show that batches are consistent, or that a changed process "
                            "still gives the same product.</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "text": "Changes and comparability",
                        "level": "h3",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>Processes change during development: a new supplier, a new site, a "
                        "larger scale. After each significant change the developer must show that "
                        "the product is still comparable, so that earlier non-clinical and "
                        "clinical results remain valid. The later the change, the more data are "
                        "needed. This is why the report stresses choosing starting materials and "
                        "manufacturing processes carefully, and documenting them with full "
                        "traceability from the outset.</p>"
                    ),
                ),
                (
                    "glossary",
                    [
                        {
                            "term": "CMC",
                            "definition": (
                                "Chemistry, manufacturing and controls: how a medicine is made, "
                                "tested and kept consistent."
                            ),
                        },
                        {
                            "term": "Potency",
                            "definition": (
                                "A measure of a product's biological activity, linked to how it "
                                "is meant to work."
                            ),
                        },
                        {
                            "term": "Comparability",
                            "definition": (
                                "Evidence that a product made by a changed process has the same "
                                "quality, safety and efficacy as before the change."
                            ),
                        },
                    ],
                ),
            ],
        },
        {
            "title": "Regulatory tools along the way",
            "slug": "regulatory-tools-along-the-way",
            "estimated_minutes": 6,
            "body": [
                (
                    "rich_text",
                    (
                        "<p>ATMP rules can seem daunting, and the regional report notes that "
                        "developers often find them hard to interpret. The European Medicines "
                        "Agency (EMA) and national agencies offer several ways to get help early. "
                        "Using them can save years.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Is it an ATMP? Classification",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>The borderline between an ATMP, a tissue or cell product and a "
                        "medical device is not always obvious. The EMA's Committee for Advanced "
                        "Therapies (CAT) gives scientific recommendations on whether a product is "
                        "an ATMP, and which kind. The procedure is free of charge, and the answer "
                        "shapes the whole regulatory route.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Advice and support",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<ul><li><b>Scientific advice.</b> Developers can ask the EMA specific "
                        "questions about their quality, non-clinical and clinical plans, and the "
                        "CAT takes part when the product is an ATMP. National agencies, in Sweden "
                        "the Swedish Medical Products Agency (Läkemedelsverket), also give "
                        "scientific advice.</li><li><b>Innovation Task Force.</b> An EMA forum "
                        "for early, informal dialogue about new technologies and approaches, "
                        "before formal procedures.</li><li><b>Support for small and medium-sized "
                        "enterprises (SMEs).</b> SMEs registered with the EMA get administrative "
                        "help and reduced fees. SMEs developing ATMPs can also have their quality "
                        "and non-clinical data evaluated and certified by the EMA, before they "
                        "apply for marketing authorisation.</li><li><b>PRIME (PRIority "
                        "MEdicines).</b> A voluntary scheme for medicines that may offer a major "
                        "benefit where there is an unmet medical need. Accepted products get "
                        "early and enhanced dialogue, a contact point at the EMA, and may be "
                        "eligible for accelerated assessment. SMEs and academic applicants can "
                        "apply at an earlier stage than others.</li></ul>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Routes to the patient",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<ul><li><b>Clinical trials</b> under the EU Clinical Trials Regulation "
                        "generate the evidence for approval (see the course on clinical trials in "
                        "area C).</li><li><b>Marketing authorisation</b> for ATMPs always goes "
                        "through the EU's centralised procedure. A conditional marketing "
                        "authorisation can be granted on less complete data when a medicine "
                        "addresses an unmet need and the benefit of earlier access outweighs the "
                        "risk, with obligations to provide more data later.</li><li><b>Orphan "
                        "designation</b> for medicines for rare diseases gives incentives such as "
                        "fee reductions and a period of market exclusivity after "
                        "approval.</li><li><b>The hospital exemption</b> allows custom-made ATMPs "
                        "for individual patients under national authorisation. It is not a route "
                        "to the wider market.</li></ul>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "key_facts",
                        "title": "Key facts",
                        "body": (
                            "<ul><li>Ask the CAT for a classification if you are unsure whether "
                            "your product is an ATMP.</li><li>Scientific advice is available from "
                            "the EMA and from Läkemedelsverket.</li><li>SMEs get fee reductions "
                            "and can have quality and non-clinical data certified.</li><li>PRIME "
                            "supports promising medicines for unmet needs.</li></ul>"
                        ),
                    },
                ),
                (
                    "glossary",
                    [
                        {
                            "term": "CAT",
                            "definition": (
                                "Committee for Advanced Therapies, the EMA's expert committee for "
                                "ATMPs."
                            ),
                        },
                        {
                            "term": "PRIME",
                            "definition": (
                                "PRIority MEdicines, the EMA's scheme for early and enhanced "
                                "support of medicines for unmet medical needs."
                            ),
                        },
                        {
                            "term": "Conditional marketing authorisation",
                            "definition": (
                                "An approval based on less complete data, granted when early "
                                "access is justified, with obligations to complete the evidence."
                            ),
                        },
                    ],
                ),
            ],
        },
        {
            "title": "Designing for commercial viability",
            "slug": "designing-for-commercial-viability",
            "estimated_minutes": 6,
            "body": [
                (
                    "rich_text",
                    (
                        "<p>By June 2024, 25 ATMPs had been approved in the EU, and seven of them "
                        "had since been withdrawn. Unlike most withdrawals of traditional "
                        "medicines, these were mainly for commercial reasons. The regional report "
                        "concludes that developers must shift their focus from an approved "
                        "product to a commercially viable product.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "By creating conditions for the right competencies to “get it right "
                            "from the start,” companies can reduce time and costs to achieve a "
                            "commercially sustainable product, mitigating the risk of therapies "
                            "being quickly withdrawn post-approval."
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
                        "text": "Who will pay, and for what?",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>Approval shows that benefits outweigh risks. Payers ask a different "
                        "question: is the benefit worth the price compared with existing care? "
                        "This is assessed in health technology assessment (HTA).</p><ul><li>Under "
                        "the EU regulation on health technology assessment, new cancer medicines "
                        "and ATMPs for which marketing authorisation has been sought since "
                        "January 2025 also undergo a joint clinical assessment at EU level. "
                        "National bodies still decide on pricing and reimbursement.</li><li>In "
                        "Sweden, new medicines used in hospitals are often introduced through the "
                        "regions' collaborative model for managed introduction, in which the New "
                        "Therapies Council (NT-rådet) issues recommendations, often supported by "
                        "health economic assessments from the Dental and Pharmaceutical Benefits "
                        "Agency (TLV).</li><li>Plan trials so that they answer payers' questions "
                        "too: a relevant comparison, outcomes that matter to patients, and "
                        "follow-up long enough to show whether the effect lasts.</li><li>A "
                        "one-off treatment with effects over many years fits poorly with payment "
                        "for each dose. Payment over time, or linked to outcomes, may need to be "
                        "discussed.</li></ul>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "What will it cost to make and deliver?",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>The cost of goods for a personalised product includes cell "
                        "collection, manufacturing in cleanrooms, extensive testing, frozen "
                        "transport and the hospital's work before and after treatment. The report "
                        "traces withdrawals to complex processes and business models not being "
                        "fully accounted for. Simplifying and automating the process early can "
                        "matter as much as the science.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Business strategy",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>Companies must decide whether to take a product all the way to "
                        "late-stage trials and the market themselves, or to partner earlier, and "
                        "plan funding for each stage. Intellectual property (IP) is particularly "
                        "complex for ATMPs, and freedom to operate should be checked early. In "
                        "West Sweden, CCRM Nordic at GoCo Health Innovation City supports "
                        "companies in developing, manufacturing and commercialising advanced "
                        "therapies, Sahlgrenska Science Park supports life-science innovation and "
                        "start-ups, and the National ATMP Research School offers courses such as "
                        "health economics for researchers.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "information",
                        "title": "Questions to ask early",
                        "body": (
                            "<ul><li>Which patients, and how many, will benefit, and what is the "
                            "alternative for them today?</li><li>What evidence will payers need, "
                            "and will our trials deliver it?</li><li>What does one treatment cost "
                            "to make and deliver, and how can that cost come down?</li><li>Do we "
                            "go to market ourselves or partner, and how is each stage "
                            "funded?</li></ul>"
                        ),
                    },
                ),
                (
                    "glossary",
                    [
                        {
                            "term": "HTA",
                            "definition": (
                                "Health technology assessment: evaluation of the added benefit, "
                                "and often the costs, of a treatment compared with existing care, "
                                "to support decisions on use and reimbursement."
                            ),
                        },
                        {
                            "term": "Cost of goods",
                            "definition": (
                                "What it costs to make and deliver one unit of a product, here "
                                "often one patient's treatment."
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
            "<p>Five questions on the development path. You need 70% to pass, and you can try as "
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
                    "An academic group has developed a cell-based product and is unsure whether "
                    "it is an ATMP, a tissue product or a medical device. What is the most useful "
                    "first step?"
                ),
                "type": "single",
                "explanation": (
                    "The CAT gives scientific recommendations on ATMP classification free of "
                    "charge. The answer decides which rules apply and shapes the entire "
                    "development plan."
                ),
                "choices": [
                    {
                        "text": (
                            "Ask the Committee for Advanced Therapies (CAT) for a classification "
                            "recommendation"
                        ),
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": (
                            "Start a phase III trial and let the authorities decide afterwards"
                        ),
                        "correct": False,
                        "feedback": (
                            "A trial cannot be designed correctly without knowing which rules "
                            "apply."
                        ),
                    },
                    {
                        "text": "Apply for a hospital exemption",
                        "correct": False,
                        "feedback": (
                            "The hospital exemption is for individual patients, not a way of "
                            "classifying a product."
                        ),
                    },
                    {
                        "text": "Assume it is a medical device, since those rules are familiar",
                        "correct": False,
                        "feedback": "Guessing wrong can invalidate years of work.",
                    },
                ],
            },
            {
                "text": (
                    "After a first clinical trial, a start-up switches to a different supplier of "
                    "a key culture medium. What must it now show?"
                ),
                "type": "single",
                "explanation": (
                    "After a significant process change, the developer must show that the product "
                    "is comparable, so that earlier results still apply. A potency assay is an "
                    "important part of this."
                ),
                "choices": [
                    {
                        "text": (
                            "That the product made with the new medium is comparable to the "
                            "earlier product"
                        ),
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": "Nothing, as long as the new medium is cheaper",
                        "correct": False,
                        "feedback": (
                            "Raw materials can change the product; cost is not the question."
                        ),
                    },
                    {
                        "text": "Only that the new supplier is located in the EU",
                        "correct": False,
                        "feedback": "Location alone says nothing about the product's quality.",
                    },
                    {
                        "text": "That the first trial must be repeated in full in every case",
                        "correct": False,
                        "feedback": (
                            "Comparability data may be enough; the extent depends on the change "
                            "and the stage."
                        ),
                    },
                ],
            },
            {
                "text": (
                    "Which of these belong to early CMC planning for an autologous cell product?"
                ),
                "type": "multiple",
                "explanation": (
                    "Traceable, tested starting material, well-defined raw materials and a "
                    "potency assay are core CMC topics. Choosing a product name is not part of "
                    "CMC."
                ),
                "choices": [
                    {
                        "text": "Traceability and testing of the starting material",
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": "Developing a potency assay linked to the mode of action",
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": "Choosing well-defined raw materials from qualified suppliers",
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": "Choosing a brand name for the product",
                        "correct": False,
                        "feedback": "A name is a marketing question, not CMC.",
                    },
                ],
            },
            {
                "text": (
                    "True or false: once an ATMP has received EU marketing authorisation, its "
                    "long-term availability to patients is secured."
                ),
                "type": "true_false",
                "explanation": (
                    "Several approved ATMPs have been withdrawn, mainly for commercial reasons "
                    "such as complex processes and business models that did not work. Approval is "
                    "necessary but not sufficient; commercial viability must be planned from the "
                    "start."
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
            {
                "text": (
                    "A small company has promising early clinical data for a gene therapy in a "
                    "serious disease with no effective treatment. Which EMA scheme is designed "
                    "for this situation?"
                ),
                "type": "single",
                "explanation": (
                    "PRIME supports medicines that may offer a major benefit where there is an "
                    "unmet medical need, with early and enhanced dialogue and possible "
                    "accelerated assessment."
                ),
                "choices": [
                    {
                        "text": "PRIME (PRIority MEdicines)",
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": "The hospital exemption",
                        "correct": False,
                        "feedback": (
                            "That is for custom-made products for individual patients, not "
                            "development support."
                        ),
                    },
                    {
                        "text": "Good Laboratory Practice",
                        "correct": False,
                        "feedback": (
                            "GLP is a quality system for non-clinical studies, not a support "
                            "scheme."
                        ),
                    },
                    {
                        "text": "Health technology assessment",
                        "correct": False,
                        "feedback": (
                            "HTA assesses value for payers; it is not a development support scheme."
                        ),
                    },
                ],
            },
        ],
    },
}
