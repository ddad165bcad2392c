"""Introduction to ATMP: the 15-30 minute introduction course of the regional action plan (3.1).

Popular science, patient-centred, no commercial affiliation; for every audience.
"""

COURSE = {
    "area": "A",
    "title": "Introduction to ATMP",
    "slug": "introduction-to-atmp",
    "summary": (
        "A half-hour, plain-language introduction to gene therapies, cell therapies and "
        "tissue-engineered products: what they are, what treatment means for a patient, how they "
        "are regulated and who works with them in West Sweden."
    ),
    "learning_objectives": [
        (
            "Explain what an Advanced Therapy Medicinal Product (ATMP) "
            "is and describe the three main kinds: gene therapy, somatic-cell therapy and "
            "tissue-engineered products."
        ),
        (
            "Describe the main steps of a patient's journey through "
            "ATMP treatment, from referral to long-term follow-up."
        ),
        (
            "Explain why ATMPs are regulated differently from ordinary "
            "medicines, including centralised authorisation, the hospital exemption and "
            "traceability."
        ),
        ("Name the professional roles involved in ATMP treatment and what each of them does."),
        ("Describe where ATMP work happens in West Sweden and where to turn for advice."),
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
            "title": "What is an ATMP?",
            "slug": "what-is-an-atmp",
            "estimated_minutes": 5,
            "body": [
                (
                    "heading",
                    {
                        "text": "Medicines made from genes, cells and tissues",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>Most medicines are chemical substances made in a factory, or proteins "
                        "such as insulin or antibodies. Advanced Therapy Medicinal Products "
                        "(ATMPs) are different: they are based on genes, cells or tissues. Some "
                        "aim to correct the cause of a disease rather than ease its symptoms, and "
                        "some are given only once.</p><p>In the European Union (EU), ATMPs are "
                        "medicines. They are defined in Regulation (EC) No 1394/2007 on advanced "
                        "therapy medicinal products, which describes three main kinds and a "
                        "fourth that combines an ATMP with a medical device.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Three kinds of advanced therapy",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<ul><li><b>Gene therapy medicinal products</b> contain genetic material "
                        "made in a laboratory (recombinant nucleic acid). It is used to add, "
                        "replace, repair, regulate or remove a genetic sequence, and the "
                        "treatment works through that genetic material or what it produces. Some "
                        "gene therapies are given directly to the patient (<i>in vivo</i>), for "
                        "example as a modified, harmless virus (a vector) that carries a working "
                        "copy of a gene into the body's cells. Others change cells outside the "
                        "body (<i>ex vivo</i>), and the cells are then given back. CAR-T cell "
                        "therapies, in which a patient's own immune cells are given a new gene "
                        "that helps them find cancer cells, count as gene therapies in the "
                        "EU.</li><li><b>Somatic-cell therapy medicinal products</b> contain cells "
                        "or tissues that have been substantially changed, for example grown and "
                        "multiplied in a laboratory, or that are used for a different job in the "
                        "patient than they had in the donor. They work through the action of the "
                        "cells themselves, for example on the immune "
                        "system.</li><li><b>Tissue-engineered products</b> contain engineered "
                        "cells or tissues and are used to regenerate, repair or replace human "
                        "tissue, such as cartilage or skin.</li><li><b>Combined ATMPs</b> have a "
                        "medical device as an integral part, for example cells grown on a "
                        "supporting scaffold.</li></ul>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "How ATMPs differ from ordinary medicines",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<ul><li><b>Living or biological starting material.</b> Many ATMPs start "
                        "with cells from a person. If the cells come from the patient, the "
                        "product is <i>autologous</i>; if they come from another person, it is "
                        "<i>allogeneic</i>.</li><li><b>Small batches, sometimes one per "
                        "patient.</b> An autologous product is made for one named person and may "
                        "only be given to that person.</li><li><b>Demanding logistics.</b> Many "
                        "products are frozen at very low temperatures and have to be transported, "
                        "stored and thawed under strict control.</li><li><b>Long-lasting "
                        "effects.</b> One treatment may work for years, and some side effects may "
                        "also appear late, so patients are followed up for a long "
                        "time.</li><li><b>Small patient groups and high costs.</b> Many ATMPs are "
                        "for rare diseases or specific cancers. Development is costly and patient "
                        "numbers are small, so prices are usually higher than for traditional "
                        "medicines.</li></ul>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "information",
                        "title": "What is not an ATMP?",
                        "body": (
                            "<p>A blood transfusion is not an ATMP, and neither is a standard "
                            "stem cell transplant in which blood-forming stem cells are collected "
                            "and given back, without substantial changes, to do the same job. "
                            "These are covered by the rules for blood, tissues and cells. Cells "
                            "become an ATMP when they are substantially manipulated, genetically "
                            "modified or used for a different essential function.</p>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "key_facts",
                        "title": "Key facts",
                        "body": (
                            "<ul><li>ATMP stands for Advanced Therapy Medicinal "
                            "Product.</li><li>The three main kinds are gene therapy, somatic-cell "
                            "therapy and tissue-engineered products; combined ATMPs also include "
                            "a medical device.</li><li>In the EU, ATMPs are medicines, regulated "
                            "under Regulation (EC) No 1394/2007 together with the general rules "
                            "for medicines.</li></ul>"
                        ),
                    },
                ),
                (
                    "glossary",
                    [
                        {
                            "term": "Autologous",
                            "definition": (
                                "Made from the patient's own cells or tissue, and given back to "
                                "the same patient."
                            ),
                        },
                        {
                            "term": "Allogeneic",
                            "definition": (
                                "Made from cells or tissue from another person, a donor."
                            ),
                        },
                        {
                            "term": "Vector",
                            "definition": (
                                "A carrier, often a modified virus that can no longer cause "
                                "disease, used to deliver genetic material into cells."
                            ),
                        },
                        {
                            "term": "In vivo and ex vivo",
                            "definition": (
                                "In vivo means inside the body: the product is given to the "
                                "patient directly. Ex vivo means outside the body: cells are "
                                "treated in a laboratory and then given to the patient."
                            ),
                        },
                    ],
                ),
            ],
        },
        {
            "title": "The patient's journey",
            "slug": "the-patients-journey",
            "estimated_minutes": 6,
            "body": [
                (
                    "rich_text",
                    (
                        "<p>ATMP treatment is not a prescription collected at a pharmacy. It is a "
                        "journey over weeks and months that involves many teams. We follow an "
                        "imagined patient, Eva, who is treated with CAR-T cells, a gene therapy "
                        "made from her own immune cells.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Before treatment",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<ol><li><b>Referral.</b> Eva, 58, has a lymphoma (a cancer of the "
                        "lymphatic system) that has come back after earlier treatment. Her "
                        "haematologist at a county hospital knows that CAR-T cell therapy might "
                        "be an option and refers her to the university hospital, which has the "
                        "expertise and the approval to give it.</li><li><b>Assessment.</b> The "
                        "team checks that the treatment fits Eva's disease and that her heart, "
                        "lungs, kidneys and other organs can cope with it. Eva and her family are "
                        "told what the treatment involves, including the risks and the need to "
                        "stay close to the hospital for a while afterwards. She gives her "
                        "informed consent.</li><li><b>Collecting the starting material.</b> Eva's "
                        "white blood cells are collected by <i>apheresis</i>. Her blood passes "
                        "through a machine that separates out the white cells and returns the "
                        "rest to her. It takes a few hours. The bag is labelled so that it can "
                        "always be linked to Eva, and is sent to the manufacturing "
                        "site.</li><li><b>Bridging therapy.</b> Making the product takes weeks. "
                        "To keep the lymphoma under control while she waits, Eva may receive "
                        "bridging therapy, for example chemotherapy or "
                        "radiotherapy.</li><li><b>Manufacture.</b> In a cleanroom, Eva's immune "
                        "cells are given a new gene, multiplied, tested and frozen. Before the "
                        "product may be released, a Qualified Person (QP) certifies that the "
                        "batch meets its requirements.</li></ol>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Treatment and after",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<ol><li><b>Conditioning.</b> For a few days before the infusion, Eva "
                        "receives a short course of chemotherapy that lowers her existing immune "
                        "cells and makes room for the new ones. Not all ATMPs need "
                        "conditioning.</li><li><b>Administration.</b> On treatment day the frozen "
                        "product is thawed, and two members of staff check that the bag belongs "
                        "to Eva. The cells are given through a drip into a vein, rather like a "
                        "blood transfusion.</li><li><b>Early monitoring.</b> The new cells "
                        "multiply in Eva's body and attack the cancer. This can cause <i>cytokine "
                        "release syndrome</i>: the activated immune system releases signalling "
                        "substances that can cause fever, low blood pressure and breathing "
                        "difficulties. Some patients get <i>neurological side effects</i>, such "
                        "as confusion, difficulty finding words, shaking or drowsiness. These "
                        "reactions can be serious but can be treated, so staff watch Eva closely "
                        "and she stays near the hospital for the first "
                        "weeks.</li><li><b>Long-term follow-up.</b> Eva's blood counts and immune "
                        "defences may stay low for months, which raises the risk of infection. "
                        "She has regular check-ups, and, as with other gene therapies, "
                        "information about her health is collected for many years, for some "
                        "products up to 15 years.</li></ol>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "information",
                        "title": "Not every journey looks like Eva's",
                        "body": (
                            "<p>An in vivo gene therapy for a rare inherited disease may be given "
                            "as a single infusion or injection, with no cell collection at all. A "
                            "tissue-engineered product may start with a small tissue sample and "
                            "end with surgery. What the journeys have in common is careful "
                            "planning, many teams working together, and long follow-up.</p>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "If you meet a patient after ATMP treatment",
                        "body": (
                            "<p>Some side effects appear weeks or months later. A fever, an "
                            "infection or new confusion in someone who has had an advanced "
                            "therapy should be taken seriously. Ask about the treatment and "
                            "contact the team that gave it.</p>"
                        ),
                    },
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Patients need access to information to feel confident and understand "
                            "the implications of undergoing such therapies."
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
                            "term": "Apheresis",
                            "definition": (
                                "Collection of a particular part of the blood, such as white "
                                "blood cells, by a machine that returns the rest of the blood to "
                                "the person."
                            ),
                        },
                        {
                            "term": "Bridging therapy",
                            "definition": (
                                "Treatment that keeps the disease under control while the patient "
                                "waits for the ATMP to be manufactured."
                            ),
                        },
                        {
                            "term": "Conditioning",
                            "definition": (
                                "Treatment, usually chemotherapy, given before an ATMP to prepare "
                                "the body to receive it."
                            ),
                        },
                        {
                            "term": "Cytokine release syndrome (CRS)",
                            "definition": (
                                "A reaction in which activated immune cells release large amounts "
                                "of signalling substances (cytokines), causing fever and "
                                "sometimes low blood pressure and low oxygen levels."
                            ),
                        },
                    ],
                ),
            ],
        },
        {
            "title": "Why ATMPs are regulated differently",
            "slug": "why-atmps-are-regulated-differently",
            "estimated_minutes": 5,
            "body": [
                (
                    "rich_text",
                    (
                        "<p>ATMPs are made from living material, can change the body for a long "
                        "time and are often made for one patient at a time. The EU therefore has "
                        "specific rules for them in addition to the ordinary rules for "
                        "medicines.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "One European approval",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>To be marketed in the EU, an ATMP must be approved through the "
                        "centralised procedure. The company applies once to the European "
                        "Medicines Agency (EMA). The EMA's Committee for Advanced Therapies "
                        "(CAT), which brings together experts in these therapies, prepares a "
                        "draft opinion; the EMA's main committee for human medicines adopts the "
                        "final opinion; and the European Commission grants one marketing "
                        "authorisation that is valid in every EU country. The CAT also advises "
                        "developers on whether a product counts as an ATMP at all.</p><p>Approval "
                        "is not the end of the story. By June 2024 the EU had approved 25 ATMPs, "
                        "and seven of them had since been withdrawn, mostly for commercial "
                        "reasons rather than for safety reasons.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Unlike traditional drugs, these withdrawals are primarily due to "
                            "commercial reasons, as profitability challenges arise from the "
                            "complexity of processes and business models not being fully "
                            "accounted for."
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
                        "text": "The hospital exemption",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>Sometimes a hospital needs to make an ATMP for a single patient that "
                        "no company offers. The <i>hospital exemption</i> allows this: the "
                        "product is prepared on a non-routine basis to specific quality "
                        "standards, for an individual patient, on a doctor's prescription and "
                        "under that doctor's professional responsibility, and used in a hospital "
                        "in the same country. It is authorised nationally, in Sweden by the "
                        "Swedish Medical Products Agency (Läkemedelsverket), not through the "
                        "EMA.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Quality, traceability and follow-up",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<ul><li><b>Good Manufacturing Practice (GMP).</b> ATMPs are made under "
                        "GMP rules written specifically for them, in EudraLex Volume 4, Part IV. "
                        "These cover cleanrooms, trained staff, tested materials and careful "
                        "documentation.</li><li><b>Traceability.</b> Every product, and the cells "
                        "or tissue it was made from, must be traceable from the donor to the "
                        "patient and back. The company and the hospital keep these records for at "
                        "least 30 years after the product's expiry date.</li><li><b>Long-term "
                        "follow-up.</b> Because effects can last for years, patients are followed "
                        "up for a long time, and the company must keep monitoring the product's "
                        "safety and effectiveness after approval.</li><li><b>Clinical trials and "
                        "genetically modified organisms.</b> New ATMPs are tested in clinical "
                        "trials under the EU Clinical Trials Regulation. Gene therapies that "
                        "contain genetically modified organisms (GMOs), such as viral vectors, "
                        "may also need GMO permits or notifications.</li></ul>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "key_facts",
                        "title": "Key facts",
                        "body": (
                            "<ul><li>ATMPs are approved for the whole EU through the EMA, with "
                            "the Committee for Advanced Therapies (CAT) as the specialist "
                            "committee.</li><li>The hospital exemption allows custom-made ATMPs "
                            "for individual patients under national authorisation.</li><li>ATMPs "
                            "are made under GMP rules specific to them (EudraLex Volume 4, Part "
                            "IV).</li><li>Traceability records are kept for at least 30 "
                            "years.</li></ul>"
                        ),
                    },
                ),
                (
                    "glossary",
                    [
                        {
                            "term": "EMA",
                            "definition": (
                                "European Medicines Agency, the EU agency that evaluates "
                                "medicines for the whole EU."
                            ),
                        },
                        {
                            "term": "CAT",
                            "definition": (
                                "Committee for Advanced Therapies, the EMA's expert committee for "
                                "ATMPs."
                            ),
                        },
                        {
                            "term": "Marketing authorisation",
                            "definition": (
                                "The permission needed to sell a medicine. For ATMPs it is "
                                "granted by the European Commission for the whole EU."
                            ),
                        },
                        {
                            "term": "GMP",
                            "definition": (
                                "Good Manufacturing Practice: the rules that make sure medicines "
                                "are consistently made and controlled to the right quality."
                            ),
                        },
                    ],
                ),
            ],
        },
        {
            "title": "Who does what",
            "slug": "who-does-what",
            "estimated_minutes": 4,
            "body": [
                (
                    "rich_text",
                    (
                        "<p>No single profession can deliver an advanced therapy. The regional "
                        "report names three groups of staff who work most closely with ATMPs, and "
                        "a fourth group who need to understand them.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "The care team",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>Doctors, nurses, assistant nurses, pharmacists and coordinators in "
                        "the clinics where ATMPs are used, developed and introduced. They select "
                        "and prepare patients, organise the collection of starting material, give "
                        "the treatment and watch for side effects. Patients and their families "
                        "often come to know the nurses and coordinators best, because they guide "
                        "them through every step.</p><p>Other departments need knowledge too. "
                        "Emergency departments, intensive care units, neurologists and primary "
                        "care may meet patients with side effects long after treatment, and "
                        "clinicians at county hospitals must know which patients to refer.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Laboratory and pharmacy",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>Biologists, biomedical analysts and pharmacists work in hospital "
                        "laboratories and GMP facilities. At Sahlgrenska University Hospital the "
                        "cell and tissue laboratory of Clinical Immunology and Transfusion "
                        "Medicine (KITM) handles and stores cells and tissues and makes ATMPs in "
                        "its own GMP cleanrooms. The hospital pharmacy handles and prepares "
                        "ATMPs, for example gene therapies that must be made ready before they "
                        "are given.</p><p>A <b>Qualified Person (QP)</b> is a specially qualified "
                        "professional who certifies that each batch has been made and tested "
                        "according to the rules before it is released for use. QPs with ATMP "
                        "expertise are few, and the report points to a clear shortage.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Research support",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>Research nurses, trial coordinators and other research support staff "
                        "make clinical trials possible. They help with applications to the "
                        "authorities, budgets, patient visits, samples and data, so that the "
                        "hospital can be a competent partner for companies and universities "
                        "developing new therapies.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Managers and decision-makers",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>Managers and decision-makers in healthcare need enough knowledge to "
                        "make informed strategic decisions: which therapies to prepare for, how "
                        "to staff and equip the services, and how to plan for high costs and "
                        "small patient groups.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "information",
                        "title": "The long learning curve",
                        "body": (
                            "<p>In the hospital's cell and tissue laboratory, it takes about one "
                            "to two years of training before a new employee can work "
                            "independently. That is one reason why the region is investing in "
                            "structured training, such as the courses on this platform.</p>"
                        ),
                    },
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Care teams need interdisciplinary knowledge and an understanding of "
                            "the potential of ATMP."
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
                            "term": "KITM",
                            "definition": (
                                "Clinical Immunology and Transfusion Medicine, the hospital "
                                "department that includes the cell and tissue laboratory at "
                                "Sahlgrenska University Hospital."
                            ),
                        },
                        {
                            "term": "QP",
                            "definition": (
                                "Qualified Person: the person legally responsible for certifying "
                                "that each batch of a medicine meets its requirements before "
                                "release."
                            ),
                        },
                    ],
                ),
            ],
        },
        {
            "title": "ATMP in West Sweden",
            "slug": "atmp-in-west-sweden",
            "estimated_minutes": 5,
            "body": [
                (
                    "rich_text",
                    (
                        "<p>Sweden aims to be a global leader in advanced therapies by 2030. This "
                        "is also the goal of ATMP 2030, a national project supported by Vinnova, "
                        "Sweden's innovation agency, under which four ATMP centres have been set "
                        "up in connection with university hospitals. In West Sweden, Region "
                        "Västra Götaland, the University of Gothenburg, the Sahlgrenska Academy, "
                        "Sahlgrenska University Hospital and Chalmers University of Technology "
                        "have signed a joint declaration of intent to contribute to that "
                        "goal.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Healthcare",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<ul><li><b>The Sahlgrenska ATMP Center</b>, set up in 2020, is the "
                        "hospital's single entry point for advanced therapies. It coordinates the "
                        "preparations when a new therapy is introduced, checks that resources and "
                        "regulatory requirements are in place for both clinical trials and "
                        "approved treatments, and supports the permits and notifications needed "
                        "for gene therapies that contain GMOs.</li><li><b>A centre for cell and "
                        "gene therapy for children</b> at Queen Silvia Children's Hospital, part "
                        "of the ATMP Center, opened in spring 2024.</li><li><b>KITM's GMP "
                        "facility</b> gives the hospital its own capacity to handle cells and "
                        "tissues and to make ATMPs under GMP.</li><li><b>Gothia Forum</b> "
                        "supports those who run clinical trials in the region and, together with "
                        "the ATMP Center, leads much of the hospital's ATMP training.</li></ul>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Industry and academia",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>GoCo Health Innovation City is a growing life-science cluster in the "
                        "region. There, CCRM Nordic, an innovation hub funded by government and "
                        "industry, supports small and medium-sized companies in developing, "
                        "manufacturing and commercialising advanced therapies. Around ten smaller "
                        "life-science companies in the region already work with ATMPs, and large "
                        "pharmaceutical companies and service providers are active in the field "
                        "too.</p><p>The University of Gothenburg, Chalmers University of "
                        "Technology and other universities in the region do research on advanced "
                        "therapies and are developing new courses, for example for pharmacy, "
                        "biomedical analysis and biotechnology students. The vocational college "
                        "Yrgo is assessing the need for new vocational programmes in life "
                        "science.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "The regional action plan",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>A national survey found that education and training in ATMP in Sweden "
                        "were limited and fragmented, and the region's 2024 pre-study, carried "
                        "out jointly by healthcare, academia and industry, mapped what each group "
                        "needs. The joint action plan for 2024–2027 therefore aims to strengthen "
                        "university education, give targeted training to healthcare and industry "
                        "staff, raise awareness among the public and decision-makers, and build "
                        "long-term collaboration. This introduction course is one of the plan's "
                        "actions, and this platform brings the region's ATMP training together in "
                        "one place.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "key_facts",
                        "title": "Where to turn",
                        "body": (
                            "<ul><li>Questions about ATMP treatment or introducing a new therapy "
                            "at Sahlgrenska University Hospital: the Sahlgrenska ATMP "
                            "Center.</li><li>Questions about running a clinical trial in the "
                            "region's healthcare: Gothia Forum.</li><li>Companies developing or "
                            "manufacturing ATMPs: CCRM Nordic and GoCo Health Innovation "
                            "City.</li></ul>"
                        ),
                    },
                ),
                (
                    "quote",
                    {
                        "text": (
                            "ATMP is not only a new therapeutic area but also represents a "
                            "significant shift in work processes and care pathways for several "
                            "healthcare teams, requiring a wide spectrum of competence "
                            "development efforts."
                        ),
                        "attribution": (
                            "Addressing the ATMP competency gap, Sahlgrenska Science Park and "
                            "Sahlgrenska University Hospital, 2024"
                        ),
                    },
                ),
            ],
        },
    ],
    "quiz": {
        "estimated_minutes": 5,
        "title": "Check your understanding",
        "slug": "quiz",
        "intro": (
            "<p>Ten questions about what you have learnt. You need 70% to pass, and you can try "
            "as many times as you like. After each attempt you will see which answers were right "
            "and why.</p>"
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
                    "A patient's own immune cells are collected, given a new gene in a laboratory "
                    "so that they can recognise cancer cells, and then infused back into the "
                    "patient. What kind of ATMP is this in the EU?"
                ),
                "type": "single",
                "explanation": (
                    "The cells have been genetically modified, and the treatment works through "
                    "the new gene. That makes it a gene therapy medicinal product, even though "
                    "the product consists of cells. CAR-T cell therapies are classified this way."
                ),
                "choices": [
                    {
                        "text": "A gene therapy medicinal product",
                        "correct": True,
                        "feedback": "Right: the new gene is what makes the treatment work.",
                    },
                    {
                        "text": "A somatic-cell therapy medicinal product",
                        "correct": False,
                        "feedback": (
                            "The product is made of cells, but because they carry a new gene that "
                            "gives the effect, it is classed as gene therapy."
                        ),
                    },
                    {
                        "text": "A tissue-engineered product",
                        "correct": False,
                        "feedback": (
                            "Tissue-engineered products regenerate, repair or replace tissue; "
                            "this product does not."
                        ),
                    },
                    {
                        "text": "Not an ATMP, because the cells come from the patient",
                        "correct": False,
                        "feedback": (
                            "Autologous products can be ATMPs; what matters is how the cells are "
                            "changed and used."
                        ),
                    },
                ],
            },
            {
                "text": "Which of these would normally NOT be an ATMP?",
                "type": "single",
                "explanation": (
                    "A standard blood transfusion uses blood components without substantial "
                    "manipulation, to do the same job as in the donor. It is covered by the rules "
                    "for blood, not by the ATMP rules. The other three involve substantial "
                    "manipulation, genetic modification or engineered tissue."
                ),
                "choices": [
                    {
                        "text": "A standard blood transfusion",
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": (
                            "Cartilage cells grown in a laboratory and used to repair a damaged "
                            "knee"
                        ),
                        "correct": False,
                        "feedback": "This is a tissue-engineered product.",
                    },
                    {
                        "text": (
                            "A harmless virus carrying a working copy of a gene, injected into "
                            "the patient"
                        ),
                        "correct": False,
                        "feedback": "This is an in vivo gene therapy.",
                    },
                    {
                        "text": (
                            "Immune cells multiplied in a laboratory and given to boost the "
                            "immune response"
                        ),
                        "correct": False,
                        "feedback": (
                            "Substantially manipulated cells acting on the immune system are a "
                            "somatic-cell therapy."
                        ),
                    },
                ],
            },
            {
                "text": (
                    "A ward receives an autologous cell therapy product. What does 'autologous' "
                    "mean for how it may be used?"
                ),
                "type": "single",
                "explanation": (
                    "An autologous product is made from the patient's own cells for that patient "
                    "alone. Giving it to anyone else could be dangerous, which is why identity is "
                    "checked at every step."
                ),
                "choices": [
                    {
                        "text": "It may only be given to the patient whose cells it was made from",
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": "It may be given to any patient with the same diagnosis",
                        "correct": False,
                        "feedback": (
                            "That would describe an 'off-the-shelf' product; autologous products "
                            "belong to one patient."
                        ),
                    },
                    {
                        "text": "It may be given to any patient with a matching blood group",
                        "correct": False,
                        "feedback": (
                            "Blood group matching does not make an autologous product suitable "
                            "for someone else."
                        ),
                    },
                    {
                        "text": "It must be given within one hour of collecting the cells",
                        "correct": False,
                        "feedback": (
                            "Manufacture usually takes weeks; autologous refers to where the "
                            "cells come from, not timing."
                        ),
                    },
                ],
            },
            {
                "text": (
                    "A patient's cells have been collected and sent for manufacture, which will "
                    "take several weeks. Why might the patient receive bridging therapy?"
                ),
                "type": "single",
                "explanation": (
                    "Bridging therapy keeps the disease under control during the wait for the "
                    "product, so that the patient is still well enough to receive it when it is "
                    "ready."
                ),
                "choices": [
                    {
                        "text": (
                            "To keep the disease under control while the product is being made"
                        ),
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": "To help the cells grow faster at the manufacturing site",
                        "correct": False,
                        "feedback": (
                            "Treatment given to the patient does not affect cells already in the "
                            "laboratory."
                        ),
                    },
                    {
                        "text": "To replace the ATMP if manufacture fails",
                        "correct": False,
                        "feedback": "Bridging therapy is a holding treatment, not a replacement.",
                    },
                    {
                        "text": "To prevent cytokine release syndrome",
                        "correct": False,
                        "feedback": (
                            "Bridging therapy is aimed at the disease, not at side effects of the "
                            "ATMP."
                        ),
                    },
                ],
            },
            {
                "text": (
                    "A man who was treated with CAR-T cells two months ago comes to his health "
                    "centre with a fever. Which actions are appropriate?"
                ),
                "type": "multiple",
                "explanation": (
                    "Late side effects, such as low blood counts and a weakened immune defence, "
                    "can make infections serious. A fever after ATMP treatment should be taken "
                    "seriously, and the team that gave the treatment should be contacted."
                ),
                "choices": [
                    {
                        "text": "Take the fever seriously, as his immune defence may be weakened",
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": "Contact the team that gave the treatment",
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": "Ask whether he carries information or a card about his treatment",
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": (
                            "Advise him to wait a week, since the treatment was two months ago"
                        ),
                        "correct": False,
                        "feedback": (
                            "Side effects and infections can occur long after treatment; waiting "
                            "could be dangerous."
                        ),
                    },
                ],
            },
            {
                "text": (
                    "True or false: each EU country decides for itself, through its own national "
                    "procedure, whether a company may market a new ATMP."
                ),
                "type": "true_false",
                "explanation": (
                    "ATMPs must go through the EU's centralised procedure. The EMA, with its "
                    "Committee for Advanced Therapies, evaluates the application and the European "
                    "Commission grants one authorisation valid in all EU countries. National "
                    "authorisation applies only to special routes such as the hospital exemption."
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
                "text": "Which situation best fits the hospital exemption?",
                "type": "single",
                "explanation": (
                    "The hospital exemption covers ATMPs prepared on a non-routine basis to "
                    "specific quality standards for an individual patient, on a doctor's "
                    "prescription and under the doctor's responsibility, used in a hospital in "
                    "the same country. It needs national authorisation and is not a route to "
                    "selling products widely."
                ),
                "choices": [
                    {
                        "text": (
                            "A hospital prepares a custom-made ATMP for one of its patients, on a "
                            "doctor's prescription, and uses it in that country"
                        ),
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": (
                            "A company sells its ATMP to hospitals in several EU countries "
                            "without an EU approval"
                        ),
                        "correct": False,
                        "feedback": (
                            "Marketing across the EU requires a centralised marketing "
                            "authorisation."
                        ),
                    },
                    {
                        "text": "A hospital gives an approved ATMP in a clinical trial",
                        "correct": False,
                        "feedback": (
                            "Clinical trials follow the Clinical Trials Regulation, not the "
                            "hospital exemption."
                        ),
                    },
                    {
                        "text": (
                            "A hospital makes an ATMP routinely for many patients to save money"
                        ),
                        "correct": False,
                        "feedback": (
                            "The exemption is for non-routine, individual use, not routine "
                            "production."
                        ),
                    },
                ],
            },
            {
                "text": (
                    "Why must records linking each ATMP to its donor and patient be kept for "
                    "decades?"
                ),
                "type": "single",
                "explanation": (
                    "Effects and risks of ATMPs may only become known many years after treatment. "
                    "If a problem is found with a donor, a starting material or a batch, the "
                    "records make it possible to find every patient concerned, and vice versa."
                ),
                "choices": [
                    {
                        "text": (
                            "So that problems found many years later can be traced to the donor, "
                            "the batch and every patient concerned"
                        ),
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": "So that the hospital can bill the company for the treatment",
                        "correct": False,
                        "feedback": "Traceability is a safety requirement, not a billing tool.",
                    },
                    {
                        "text": "So that the same product can be given again to another patient",
                        "correct": False,
                        "feedback": "Traceability does not allow products to be reused.",
                    },
                    {
                        "text": "Because paper records cannot be destroyed under Swedish law",
                        "correct": False,
                        "feedback": (
                            "The requirement comes from the EU ATMP rules and concerns safety."
                        ),
                    },
                ],
            },
            {
                "text": (
                    "A batch of a cell therapy has been made in the hospital's GMP facility and "
                    "all test results are available. Who formally certifies that the batch meets "
                    "its requirements before it is released?"
                ),
                "type": "single",
                "explanation": (
                    "The Qualified Person (QP) is responsible for certifying each batch before "
                    "release. The report describes a shortage of QPs with ATMP expertise, which "
                    "is one reason why this role is a training priority."
                ),
                "choices": [
                    {
                        "text": "A Qualified Person (QP)",
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": "The nurse who will give the treatment",
                        "correct": False,
                        "feedback": (
                            "The nurse checks the product and the patient's identity at the "
                            "bedside, but does not release batches."
                        ),
                    },
                    {
                        "text": "The patient's doctor",
                        "correct": False,
                        "feedback": (
                            "The doctor prescribes and is responsible for treatment, not for "
                            "batch certification."
                        ),
                    },
                    {
                        "text": "The European Medicines Agency",
                        "correct": False,
                        "feedback": (
                            "The EMA evaluates products; individual batches are certified by a QP."
                        ),
                    },
                ],
            },
            {
                "text": (
                    "A physician at a county hospital in West Sweden thinks a patient may benefit "
                    "from an advanced therapy but is unsure where to start. According to how the "
                    "region is organised, where should she turn first?"
                ),
                "type": "single",
                "explanation": (
                    "The Sahlgrenska ATMP Center is the hospital's single entry point for "
                    "advanced therapies. It coordinates ATMP treatment and supports preparations, "
                    "and can guide the referral."
                ),
                "choices": [
                    {
                        "text": (
                            "The Sahlgrenska ATMP Center, the single entry point for advanced "
                            "therapies"
                        ),
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": "The European Medicines Agency",
                        "correct": False,
                        "feedback": (
                            "The EMA evaluates medicines; it does not handle referrals of "
                            "individual patients."
                        ),
                    },
                    {
                        "text": "A company that makes ATMPs",
                        "correct": False,
                        "feedback": (
                            "Companies do not decide which patients receive treatment; the "
                            "healthcare system does."
                        ),
                    },
                    {
                        "text": "No one: ATMPs are only available abroad",
                        "correct": False,
                        "feedback": (
                            "Sahlgrenska University Hospital already gives several advanced "
                            "therapies."
                        ),
                    },
                ],
            },
        ],
    },
}
