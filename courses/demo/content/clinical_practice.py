"""Caring for patients receiving CAR-T cell therapy (area D, Clinical practice; staff only)."""

COURSE = {
    "area": "D",
    "title": "Caring for patients receiving CAR-T cell therapy",
    "slug": "caring-for-patients-receiving-car-t-cell-therapy",
    "summary": (
        "For healthcare staff: the care pathway for CAR-T cell therapy, from referral and "
        "apheresis to infusion day, recognising and escalating cytokine release syndrome and "
        "neurotoxicity, and long-term follow-up."
    ),
    "learning_objectives": [
        (
            "Describe which patients may be referred for CAR-T cell "
            "therapy, and what happens at assessment and apheresis."
        ),
        ("Explain the purpose of bridging therapy and lymphodepleting chemotherapy."),
        (
            "Carry out the checks needed before a CAR-T product is "
            "thawed and given, including the identity check at the bedside."
        ),
        (
            "Recognise the signs of cytokine release syndrome (CRS) and "
            "immune effector cell-associated neurotoxicity syndrome (ICANS), and escalate without "
            "delay."
        ),
        (
            "Explain the late effects of CAR-T cell therapy and why "
            "emergency care and primary care must know about them."
        ),
    ],
    "audiences": [
        "nurse",
        "physician",
        "assistant-nurse",
        "pharmacist",
    ],
    "estimated_minutes": 37,
    "level": "intermediate",
    "format": "self_paced",
    "validity_months": 24,
    "counts_towards_area_certificate": True,
    "restricted_to_signed_in": True,
    "lessons": [
        {
            "title": "From referral to apheresis",
            "slug": "from-referral-to-apheresis",
            "estimated_minutes": 8,
            "body": [
                (
                    "heading",
                    {
                        "text": "What CAR-T cell therapy is",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>CAR-T cell therapy is an Advanced Therapy Medicinal Product (ATMP), "
                        "classed in the EU as a gene therapy. The patient's own T cells, a type "
                        "of white blood cell, are collected and given a gene for a chimeric "
                        "antigen receptor (CAR). The CAR lets the T cells recognise a protein on "
                        "the surface of cancer cells, for example CD19 on B cells or BCMA on "
                        "myeloma cells. The cells are multiplied in a GMP laboratory, frozen and "
                        "sent back to the hospital. After a single infusion they multiply in the "
                        "patient's body and attack the cancer. Because it is a living treatment "
                        "that keeps working after it has been given, its side effects are also "
                        "different from those of ordinary cancer drugs.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Who may be referred",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>In the EU, CAR-T cell therapies are approved for some blood cancers, "
                        "including certain B-cell lymphomas, B-cell acute lymphoblastic leukaemia "
                        "and multiple myeloma. They are mostly used when the disease has come "
                        "back or has not responded to earlier treatment. Indications change as "
                        "new evidence comes in, and CAR-T cells are being studied in clinical "
                        "trials for other diseases, so always check the current product "
                        "information and regional guidance. CAR-T cell therapy is given only at "
                        "treatment centres that are qualified to give it.</p><p>Referral is a "
                        "discussion between the patient's own haematologist or oncologist, who "
                        "may work at a county hospital, and the treating centre. Timing matters: "
                        "from referral to infusion takes weeks, and the patient must still be fit "
                        "enough for treatment when the product is ready. Refer early rather than "
                        "late.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Assessment",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<ul><li>Confirmation of the diagnosis and disease status, and review of "
                        "earlier treatments.</li><li>General condition and organ function, "
                        "including heart, lungs, kidneys and liver.</li><li>Screening for "
                        "infections, including HIV and hepatitis B and C, before cells are "
                        "collected for manufacture.</li><li>Practical and social questions: a "
                        "relative or other carer who can support the patient, and the ability to "
                        "stay near the treating centre after infusion.</li><li>Information to the "
                        "patient and family, and informed consent.</li></ul>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Apheresis",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>The starting material is collected by leukapheresis. Blood is drawn "
                        "from a vein, passes through a machine that separates out the white blood "
                        "cells, and is returned to the patient. It takes a few hours and may need "
                        "a central venous catheter if the arm veins are not suitable. Some "
                        "medicines, such as corticosteroids and certain cancer treatments, may "
                        "need to be paused for a period before collection, as stated in the "
                        "product's requirements and the local routine.</p><p>The collection bag "
                        "is labelled with the patient's unique identifiers, and the chain of "
                        "identity begins. The apheresis unit and the cell and tissue laboratory "
                        "document every step, and the cells are sent to the manufacturer, fresh "
                        "or frozen, according to the product's requirements.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Tingling during apheresis",
                        "body": (
                            "<p>The anticoagulant used in apheresis (citrate) binds calcium in "
                            "the blood. Tingling around the mouth or in the fingers, or muscle "
                            "cramps, can be signs of low calcium. Ask the patient to tell staff "
                            "at once, so that the procedure can be adjusted and the symptoms "
                            "treated.</p>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "information",
                        "title": "Refer early",
                        "body": (
                            "<p>A patient who is referred late may become too ill to receive the "
                            "treatment while the product is being made. If you think a patient "
                            "might be a candidate, contact the treating centre early. At "
                            "Sahlgrenska University Hospital, the ATMP Center is the single entry "
                            "point for advanced therapies.</p>"
                        ),
                    },
                ),
                (
                    "glossary",
                    [
                        {
                            "term": "CAR",
                            "definition": (
                                "Chimeric antigen receptor: a receptor made in the laboratory "
                                "that lets T cells recognise a specific protein on cancer cells."
                            ),
                        },
                        {
                            "term": "T cell",
                            "definition": (
                                "A type of white blood cell (lymphocyte) that can recognise and "
                                "kill other cells."
                            ),
                        },
                        {
                            "term": "Leukapheresis",
                            "definition": (
                                "Apheresis that collects white blood cells and returns the rest "
                                "of the blood to the patient."
                            ),
                        },
                        {
                            "term": "Chain of identity",
                            "definition": (
                                "The unbroken link, through unique identifiers, between the "
                                "patient, the collected cells and the finished product."
                            ),
                        },
                    ],
                ),
            ],
        },
        {
            "title": "Bridging, conditioning and infusion day",
            "slug": "bridging-conditioning-and-infusion-day",
            "estimated_minutes": 8,
            "body": [
                (
                    "heading",
                    {
                        "text": "Bridging therapy",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>The time from collection to infusion, often called vein-to-vein time, "
                        "is usually several weeks. Many patients need bridging therapy to keep "
                        "the disease under control in the meantime, for example chemotherapy, "
                        "radiotherapy or corticosteroids. The physician chooses a treatment that "
                        "controls the disease without damaging organs or causing infections that "
                        "could delay the infusion. Not every patient needs bridging.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Lymphodepleting chemotherapy",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>A few days before the infusion, the patient receives a short course "
                        "of chemotherapy, commonly fludarabine and cyclophosphamide. It lowers "
                        "the number of the patient's own lymphocytes, which helps the CAR-T cells "
                        "to multiply. Before it starts, the team confirms that the product is "
                        "available for the patient.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Receiving and storing the product",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>The product arrives frozen in a special transport container cooled by "
                        "liquid nitrogen vapour. Trained staff in the laboratory or pharmacy, "
                        "according to local routine, check the identity, the condition of the "
                        "container and the temperature record, document the receipt and store the "
                        "product in the vapour phase of liquid nitrogen until the day of "
                        "infusion.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Before the infusion",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<ul><li><b>Is the patient fit for infusion?</b> Infusion may need to be "
                        "postponed if the patient has an active infection, serious unresolved "
                        "side effects of earlier treatment or has otherwise deteriorated. The "
                        "physician decides.</li><li><b>Is the unit ready?</b> Medicines for "
                        "treating cytokine release syndrome must be available on site before "
                        "infusion, together with emergency equipment. Follow the local routine "
                        "for informing the intensive care unit.</li><li><b>Premedication.</b> "
                        "Usually paracetamol and an antihistamine shortly before the infusion, as "
                        "the product information and local protocol state. Systemic "
                        "corticosteroids should not be used as premedication, because they may "
                        "reduce the effect of the CAR-T cells; they are reserved for treating "
                        "side effects.</li><li><b>Identity check before thawing.</b> Two members "
                        "of staff independently check the patient's identity, including the "
                        "personal identity number, against the product label, the accompanying "
                        "documents and the prescription.</li></ul>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Any mismatch: stop",
                        "body": (
                            "<p>If any identifier on the bag or the documents does not match the "
                            "patient exactly, do not thaw or infuse the product. Stop and contact "
                            "the responsible physician and the laboratory or pharmacy at once. An "
                            "autologous product given to the wrong patient can be fatal.</p>"
                        ),
                    },
                ),
                (
                    "heading",
                    {
                        "text": "Thawing and infusion",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<ul><li>Thawing is done by trained staff exactly as the product "
                        "information describes, using the specified equipment, close to the time "
                        "of infusion.</li><li>Inspect the bag for damage or leaks before and "
                        "after thawing.</li><li>Give the product intravenously within the time "
                        "limit stated in the product information. Do not refreeze it.</li><li>Do "
                        "not use a leukocyte-depleting filter, and do not irradiate the product: "
                        "both would remove or damage the cells.</li><li>Monitor vital signs "
                        "during and after the infusion, according to the protocol.</li><li>Record "
                        "the product's unique identifiers and batch number in the patient's "
                        "record. This is part of the traceability that must be kept for at least "
                        "30 years.</li></ul>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "key_facts",
                        "title": "Key facts",
                        "body": (
                            "<ul><li>Bridging controls the disease while the product is made; "
                            "lymphodepletion prepares the body for the cells.</li><li>Confirm the "
                            "product is available before lymphodepletion starts.</li><li>No "
                            "corticosteroids as premedication; no leukocyte-depleting filter; no "
                            "irradiation.</li><li>Two-person identity check before "
                            "thawing.</li></ul>"
                        ),
                    },
                ),
                (
                    "glossary",
                    [
                        {
                            "term": "Vein-to-vein time",
                            "definition": (
                                "The time from collecting the patient's cells to infusing the "
                                "finished product."
                            ),
                        },
                        {
                            "term": "Lymphodepletion",
                            "definition": (
                                "Chemotherapy given before CAR-T infusion to reduce the patient's "
                                "own lymphocytes."
                            ),
                        },
                    ],
                ),
            ],
        },
        {
            "title": "Recognising and escalating CRS and ICANS",
            "slug": "recognising-and-escalating-crs-and-icans",
            "estimated_minutes": 9,
            "body": [
                (
                    "rich_text",
                    (
                        "<p>When CAR-T cells meet their target, they multiply and release "
                        "signalling substances called cytokines. This is how the treatment works, "
                        "but it can also cause two important side effects: cytokine release "
                        "syndrome (CRS) and immune effector cell-associated neurotoxicity "
                        "syndrome (ICANS). Both can become life-threatening within hours, and "
                        "both can be treated, so recognising them early matters.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Cytokine release syndrome (CRS)",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>CRS usually starts within the first days to two weeks after infusion, "
                        "but can occur later. Signs include:</p><ul><li>fever, often the first "
                        "and at first the only sign;</li><li>chills, muscle and joint pain, "
                        "headache, tiredness and nausea;</li><li>fast heart rate and low blood "
                        "pressure;</li><li>rapid breathing and low oxygen "
                        "saturation.</li></ul><p>Severity is commonly graded using the consensus "
                        "criteria of the American Society for Transplantation and Cellular "
                        "Therapy (ASTCT): fever alone is the mildest grade, and the grade rises "
                        "with low blood pressure and low oxygen levels and the treatment they "
                        "need. Treatment follows the local protocol and may include supportive "
                        "care, a medicine that blocks the cytokine interleukin-6 (anti-IL-6 "
                        "therapy), corticosteroids and intensive care.</p><p>The patient may also "
                        "have low white blood cell counts. A fever must therefore be handled both "
                        "as possible CRS and as a possible serious infection, with samples and "
                        "antibiotics according to the local protocol.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "ICANS",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>ICANS may appear together with CRS, after it, or on its own. Early "
                        "signs can be subtle:</p><ul><li>difficulty finding words or naming "
                        "things, and changed handwriting;</li><li>confusion, disorientation and "
                        "reduced attention;</li><li>tremor, drowsiness or "
                        "headache.</li></ul><p>It can progress to reduced consciousness, seizures "
                        "and swelling of the brain. Adults are usually assessed with the Immune "
                        "effector Cell-associated Encephalopathy (ICE) score, a 10-point test: "
                        "orientation to year, month, city and hospital; naming three objects; "
                        "following a simple command; writing a standard sentence; and counting "
                        "backwards from 100 in tens. A falling score means worsening. For young "
                        "children, age-adapted tools are used instead. Corticosteroids are the "
                        "main treatment for ICANS; anti-IL-6 therapy is used when CRS is also "
                        "present.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Monitoring and escalation",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<ul><li>Monitor vital signs and neurological status as often as the "
                        "local protocol says, and more often if anything changes.</li><li>Compare "
                        "the ICE score and handwriting with the patient's own baseline, not with "
                        "a general norm.</li><li>Listen to relatives: they often notice the first "
                        "subtle change in speech or behaviour.</li><li>Report new fever, falling "
                        "blood pressure, lower oxygen saturation or any neurological change to "
                        "the responsible physician at once, and follow the local escalation "
                        "algorithm.</li><li>Keep a confused patient safe: do not leave them "
                        "alone, and prevent falls and aspiration.</li></ul><p>Other early "
                        "complications include infections, low blood counts, tumour lysis "
                        "syndrome and, rarely, a severe hyperinflammatory syndrome.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "A fever after CAR-T is never 'just a fever'",
                        "body": (
                            "<p>Do not wait for the next round or the next morning. Inform the "
                            "responsible physician immediately and follow the local protocol for "
                            "CRS and for fever with low white blood cell counts.</p>"
                        ),
                    },
                ),
                (
                    "glossary",
                    [
                        {
                            "term": "Cytokines",
                            "definition": (
                                "Signalling substances released by immune cells, which control "
                                "inflammation and immune responses."
                            ),
                        },
                        {
                            "term": "CRS",
                            "definition": (
                                "Cytokine release syndrome: a whole-body inflammatory reaction "
                                "causing fever and sometimes low blood pressure and low oxygen "
                                "levels."
                            ),
                        },
                        {
                            "term": "ICANS",
                            "definition": (
                                "Immune effector cell-associated neurotoxicity syndrome: "
                                "brain-related side effects such as confusion, speech "
                                "difficulties and seizures."
                            ),
                        },
                        {
                            "term": "ICE score",
                            "definition": (
                                "A 10-point bedside test of orientation, naming, following "
                                "commands, writing and attention, used to detect and grade ICANS "
                                "in adults."
                            ),
                        },
                    ],
                ),
            ],
        },
        {
            "title": "Long-term follow-up and late effects",
            "slug": "long-term-follow-up-and-late-effects",
            "estimated_minutes": 7,
            "body": [
                (
                    "rich_text",
                    (
                        "<p>CAR-T cells can stay in the body for a long time, and so can their "
                        "effects. Discharge from the ward is not the end of the treatment.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "After discharge",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<ul><li>The patient stays near the treating centre for the period stated "
                        "in the product information, so that they can get back quickly if side "
                        "effects appear.</li><li>Because of the risk of neurological side "
                        "effects, the patient must not drive or operate heavy machinery for a "
                        "period after treatment.</li><li>The patient carries a patient card about "
                        "the treatment and shows it to any healthcare professional they see. It "
                        "includes whom to contact.</li></ul>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Late effects",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<ul><li><b>Low blood counts</b> can last for weeks or months, with a "
                        "risk of infection and bleeding.</li><li><b>Weakened antibody "
                        "defence.</b> CAR-T cells that target B cells or plasma cells also "
                        "destroy healthy ones, so the body makes fewer antibodies. Infections can "
                        "be more frequent and more serious, and some patients need immunoglobulin "
                        "replacement and preventive treatment against "
                        "infections.</li><li><b>Reactivation of viruses</b>, such as hepatitis B, "
                        "can occur.</li><li><b>Vaccinations.</b> Live vaccines are not "
                        "recommended for a period after treatment. Patients are revaccinated "
                        "according to the treating centre's programme.</li><li><b>Second "
                        "cancers</b>, including rare cancers arising from T cells, have been "
                        "reported after CAR-T cell therapy, so patients are monitored for "
                        "life.</li><li><b>Late neurological problems</b> are rare but have been "
                        "reported.</li></ul><p>Patients treated with CAR-T cells must not donate "
                        "blood, organs, tissues or cells. Some HIV tests that detect genetic "
                        "material may give a false-positive result after treatment with certain "
                        "CAR-T products, so tell the laboratory about the treatment.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Post-treatment care for patients is particularly important, "
                            "especially as some side effects may arise long after treatment. "
                            "Therefore, it is crucial that departments such as emergency care, "
                            "intensive care units, primary care, and neurologists are familiar "
                            "with the side effects of ATMP therapies, as well as other healthcare "
                            "settings where follow-up checks are conducted after treatment."
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
                        "text": "Long-term follow-up",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>Like other gene therapies, CAR-T cell therapy comes with long-term "
                        "follow-up, and patients are followed, for example in registries, for up "
                        "to 15 years. Report suspected side effects to the Swedish Medical "
                        "Products Agency (Läkemedelsverket) as for any medicine, and include the "
                        "product's batch number so that the report can be traced.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "key_facts",
                        "title": "For emergency care and primary care",
                        "body": (
                            "<ul><li>Ask every patient with fever, infection or new confusion "
                            "whether they have had CAR-T cell or other advanced "
                            "therapy.</li><li>Treat fever and infection as potentially serious, "
                            "even months after treatment.</li><li>Contact the treating centre; "
                            "the number is on the patient card.</li><li>Tell the laboratory about "
                            "the treatment when requesting HIV tests.</li></ul>"
                        ),
                    },
                ),
                (
                    "glossary",
                    [
                        {
                            "term": "Hypogammaglobulinaemia",
                            "definition": (
                                "Low levels of antibodies (immunoglobulins) in the blood, which "
                                "increases the risk of infection."
                            ),
                        },
                        {
                            "term": "Immunoglobulin replacement",
                            "definition": (
                                "Antibodies from donated blood, given to patients who cannot make "
                                "enough of their own."
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
            "<p>Five questions based on situations you may meet on the ward. You need 70% to "
            "pass, and you can try as many times as you like.</p>"
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
                    "Three days after a CAR-T infusion, a patient has a temperature of 38.6 °C. "
                    "Blood pressure is slightly lower than at baseline, and the patient says they "
                    "feel fine. What do you do?"
                ),
                "type": "single",
                "explanation": (
                    "Fever is often the first sign of CRS, and in a patient with low white blood "
                    "cell counts it can also mean a serious infection. Both can progress within "
                    "hours, so the physician is informed at once and the local protocol followed."
                ),
                "choices": [
                    {
                        "text": (
                            "Inform the responsible physician immediately and follow the local "
                            "protocol for CRS and for fever"
                        ),
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": "Give paracetamol and check again next morning",
                        "correct": False,
                        "feedback": "Waiting can let CRS or an infection progress.",
                    },
                    {
                        "text": "Wait until the blood pressure falls further before calling",
                        "correct": False,
                        "feedback": (
                            "Escalate at the first signs, not when the patient is unstable."
                        ),
                    },
                    {
                        "text": "Write it in the notes for the morning round",
                        "correct": False,
                        "feedback": "This needs action now, not at the next round.",
                    },
                ],
            },
            {
                "text": (
                    "A patient six days after CAR-T infusion cannot name a pen that you show her, "
                    "and her handwritten sentence looks clearly different from yesterday. She is "
                    "awake and calm. What is the most likely explanation, and what do you do?"
                ),
                "type": "single",
                "explanation": (
                    "Difficulty naming objects and changed handwriting are early signs of ICANS, "
                    "which can progress quickly. Report immediately, complete the neurological "
                    "assessment and keep the patient safe."
                ),
                "choices": [
                    {
                        "text": (
                            "Possible ICANS: report immediately, complete the ICE assessment and "
                            "do not leave her alone"
                        ),
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": "Tiredness: let her rest and reassess tomorrow",
                        "correct": False,
                        "feedback": "Subtle changes can be the first sign of ICANS.",
                    },
                    {
                        "text": "Normal after chemotherapy: no action needed",
                        "correct": False,
                        "feedback": (
                            "New speech or writing changes after CAR-T always need assessment."
                        ),
                    },
                    {
                        "text": "Anxiety: offer reassurance",
                        "correct": False,
                        "feedback": (
                            "Reassurance is good, but these are neurological signs that must be "
                            "escalated."
                        ),
                    },
                ],
            },
            {
                "text": (
                    "At the bedside identity check, the name on the product label is correct, but "
                    "one digit of the personal identity number differs from the patient's "
                    "wristband. What do you do?"
                ),
                "type": "single",
                "explanation": (
                    "Every identifier must match exactly. Any mismatch means the product must not "
                    "be thawed or given until the discrepancy has been resolved through the "
                    "chain-of-identity procedure."
                ),
                "choices": [
                    {
                        "text": (
                            "Do not thaw or infuse; stop and contact the responsible physician "
                            "and the laboratory or pharmacy"
                        ),
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": "Go ahead, since the name is correct",
                        "correct": False,
                        "feedback": "Names can be shared; every identifier must match.",
                    },
                    {
                        "text": "Correct the number on the label by hand and continue",
                        "correct": False,
                        "feedback": "Never alter a label; the discrepancy must be investigated.",
                    },
                    {
                        "text": "Thaw the product so that it is ready while you check",
                        "correct": False,
                        "feedback": "Once thawed it cannot be refrozen; check first.",
                    },
                ],
            },
            {
                "text": (
                    "Which of these are correct when preparing for and giving a CAR-T infusion?"
                ),
                "type": "multiple",
                "explanation": (
                    "Medicines for treating CRS must be on site before infusion, and the product "
                    "is thawed and given as the product information describes. A "
                    "leukocyte-depleting filter would remove the cells. Corticosteroids are "
                    "avoided as premedication because they may reduce the effect of the "
                    "treatment."
                ),
                "choices": [
                    {
                        "text": (
                            "Check that medicines for treating CRS are available on site before "
                            "the infusion"
                        ),
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": (
                            "Thaw and give the product exactly as the product information "
                            "describes, within its time limit"
                        ),
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": "Use a leukocyte-depleting filter in the infusion line",
                        "correct": False,
                        "feedback": "The filter would remove the CAR-T cells.",
                    },
                    {
                        "text": "Give systemic corticosteroids routinely as premedication",
                        "correct": False,
                        "feedback": (
                            "Corticosteroids may reduce the effect and are reserved for treating "
                            "side effects."
                        ),
                    },
                ],
            },
            {
                "text": (
                    "A man comes to his health centre with his third chest infection in four "
                    "months. He had CAR-T cell therapy for lymphoma eight months ago. What is the "
                    "most relevant explanation and action?"
                ),
                "type": "single",
                "explanation": (
                    "CAR-T cells that target B cells destroy healthy B cells too, which lowers "
                    "antibody levels and makes infections more frequent and more serious. The "
                    "treating centre should be contacted; he may need immunoglobulin replacement "
                    "or preventive treatment."
                ),
                "choices": [
                    {
                        "text": (
                            "A likely late effect of low antibody levels after CAR-T: treat the "
                            "infection and contact the treating centre"
                        ),
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": "Unrelated to the CAR-T treatment, since it was eight months ago",
                        "correct": False,
                        "feedback": (
                            "Weakened antibody defence can last for a long time after treatment."
                        ),
                    },
                    {
                        "text": "A sign that the lymphoma has certainly returned",
                        "correct": False,
                        "feedback": (
                            "Relapse is possible, but repeated infections point first to weakened "
                            "immune defence."
                        ),
                    },
                    {
                        "text": "Give a live vaccine to boost his immune system",
                        "correct": False,
                        "feedback": (
                            "Live vaccines are not recommended for a period after CAR-T; "
                            "vaccinations follow the centre's programme."
                        ),
                    },
                ],
            },
        ],
    },
}
