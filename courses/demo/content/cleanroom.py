"""GMP cleanroom basics (area E, Preparation and production).

Cleanroom grades, gowning, aseptic behaviour, documentation and contamination control.

Theory only; it prepares for, but does not replace, practical training and qualification on site.
"""

COURSE = {
    "area": "E",
    "title": "GMP cleanroom basics",
    "slug": "gmp-cleanroom-basics",
    "summary": (
        "The theory every cleanroom worker in ATMP manufacturing needs: cleanroom grades, "
        "airlocks and pressure, gowning, aseptic behaviour, documentation and contamination "
        "control under EU GMP. Renewed every year."
    ),
    "learning_objectives": [
        (
            "Explain what cleanroom grades A to D are used for in the "
            "manufacture of Advanced Therapy Medicinal Products (ATMPs), and how airlocks and "
            "pressure cascades protect the product."
        ),
        ("Describe correct gowning for each grade and why gowning qualification is needed."),
        (
            "Apply the rules of aseptic behaviour, including first air "
            "and what to do after an interruption."
        ),
        (
            "Document your work according to ALCOA+ and explain chain "
            "of identity and chain of custody for autologous products."
        ),
        (
            "Describe the main elements of a contamination control "
            "strategy, from environmental monitoring to aseptic process simulation."
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
            "title": "Cleanroom grades, airlocks and pressure",
            "slug": "cleanroom-grades-airlocks-and-pressure",
            "estimated_minutes": 10,
            "body": [
                (
                    "heading",
                    {
                        "text": "Why ATMPs need cleanrooms",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>Most Advanced Therapy Medicinal Products (ATMPs) contain living "
                        "cells, which cannot be sterilised at the end of the process: heat or "
                        "radiation would destroy them, and cells are too large to pass through a "
                        "sterilising filter. The product must therefore be kept free from "
                        "contamination at every step. This is aseptic processing, and it depends "
                        "on clean rooms, clean equipment and, above all, the people working in "
                        "them.</p><p>The EU rules for Good Manufacturing Practice (GMP) are "
                        "collected in EudraLex Volume 4. Part IV contains the GMP rules specific "
                        "to ATMPs. Annex 1, on the manufacture of sterile medicinal products "
                        "(revised in 2022), is the main reference for cleanroom design, "
                        "contamination control and monitoring. Both use the same four cleanroom "
                        "grades, A to D.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "The four grades",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<ul><li><b>Grade A</b> is the critical zone for high-risk operations "
                        "where the product is open to the environment, such as aseptic filling, "
                        "aseptic connections and open manipulation of cells. It is provided by "
                        "unidirectional airflow, for example in a laminar airflow (LAF) unit, a "
                        "biological safety cabinet or an isolator.</li><li><b>Grade B</b> is the "
                        "background room around a grade A zone for aseptic preparation and "
                        "filling, when the grade A zone is not an isolator.</li><li><b>Grades C "
                        "and D</b> are for less critical stages, for example preparing solutions "
                        "or handling closed containers and equipment before they go into cleaner "
                        "areas.</li></ul><p>An isolator separates the grade A work zone "
                        "physically from the room, so the surrounding room can be of a lower "
                        "grade, chosen by risk assessment. In the same way, closed systems, in "
                        "which the product is never exposed to the room, can justify a "
                        "lower-grade background.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Limits for particles and microorganisms",
                        "level": "h3",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>Each grade has limits both <i>at rest</i> (the room is ready, with "
                        "equipment installed, but no people working) and <i>in operation</i> "
                        "(normal work in progress). Maximum counts of particles of 0.5 µm and "
                        "larger per cubic metre of air, according to Annex 1:</p><ul><li>Grade A: "
                        "3,520 at rest and in operation</li><li>Grade B: 3,520 at rest; 352,000 "
                        "in operation</li><li>Grade C: 352,000 at rest; 3,520,000 in "
                        "operation</li><li>Grade D: 3,520,000 at rest; in operation, the limit is "
                        "set by the manufacturer</li></ul><p>Action limits for viable (living) "
                        "microorganisms in air samples, in colony-forming units (CFU) per cubic "
                        "metre: grade A, no growth; grade B, 10; grade C, 100; grade D, 200. In "
                        "grade A, any growth at all must be investigated.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Airlocks and pressure cascades",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>People and materials move between grades through airlocks: separate "
                        "changing rooms for people and pass-through airlocks or hatches for "
                        "materials. The doors of an airlock should not be open at the same time; "
                        "interlocks or warning systems prevent this. The last stage of a changing "
                        "room should, at rest, be of the same grade as the room it leads "
                        "into.</p><p>Cleaner rooms are normally kept at a higher air pressure "
                        "than the rooms around them, so that air flows outwards from the cleanest "
                        "area and carries contamination away. Annex 1 gives a guidance value of "
                        "at least 10 pascals between adjacent rooms of different grades. Pressure "
                        "differences are monitored continuously and alarmed. Where live viral "
                        "vectors or other hazardous material are handled, the cascade may be "
                        "designed differently, for example with a negative-pressure room or "
                        "airlock, to keep the material in as well as contamination out.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "Never wedge a door open",
                        "body": (
                            "<p>Opening both doors of an airlock, or propping a door open, breaks "
                            "the pressure cascade and lets less clean air flow into a cleaner "
                            "room. If you see a pressure alarm, stop and report it according to "
                            "your site's procedure.</p>"
                        ),
                    },
                ),
                (
                    "glossary",
                    [
                        {
                            "term": "Aseptic processing",
                            "definition": (
                                "Handling a product so that it stays free from microorganisms "
                                "throughout, because it cannot be sterilised at the end."
                            ),
                        },
                        {
                            "term": "Unidirectional airflow",
                            "definition": (
                                "Air that moves in a single direction at a steady speed, sweeping "
                                "particles away from the critical zone. Often called laminar "
                                "airflow."
                            ),
                        },
                        {
                            "term": "HEPA filter",
                            "definition": (
                                "High-efficiency particulate air filter, which removes almost all "
                                "particles from the air supplied to a cleanroom or work zone."
                            ),
                        },
                        {
                            "term": "CFU",
                            "definition": (
                                "Colony-forming unit: a measure of living microorganisms that "
                                "grow on a culture plate."
                            ),
                        },
                    ],
                ),
            ],
        },
        {
            "title": "Gowning",
            "slug": "gowning",
            "estimated_minutes": 9,
            "body": [
                (
                    "rich_text",
                    (
                        "<p>People are the main source of particles and microorganisms in a "
                        "cleanroom. We constantly shed skin cells, hair and droplets, even when "
                        "standing still. Cleanroom garments act as a filter between you and the "
                        "product, but only if they are the right garments, put on the right "
                        "way.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Before you start",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<ul><li>Remove jewellery, watches and make-up, and leave phones and "
                        "personal items outside.</li><li>Tell your supervisor if you have an "
                        "infection, a cold, or a skin condition or wound on your hands, face or "
                        "arms. You may need to stay out of the cleanroom until it has "
                        "healed.</li><li>Outdoor clothing should not be brought into changing "
                        "rooms leading to grade B and C rooms. Change into facility clothing "
                        "first.</li><li>Wash and disinfect your hands according to the "
                        "procedure.</li></ul>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Garments for each grade",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<ul><li><b>Grade D:</b> hair (and any beard) covered, a general "
                        "protective suit, and dedicated shoes or overshoes.</li><li><b>Grade "
                        "C:</b> hair and beard covered, a one- or two-piece trouser suit that is "
                        "gathered at the wrists and has a high neck, and dedicated shoes or "
                        "overshoes. Garments should shed virtually no fibres or "
                        "particles.</li><li><b>Grades A and B:</b> sterile garments that cover "
                        "the whole body: a hood tucked into the neck of the coverall, a face "
                        "mask, goggles, sterile gloves and sterilised boots or overboots, with "
                        "trouser legs tucked into the footwear. No skin should be "
                        "exposed.</li></ul>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "A typical gowning sequence for grade B",
                        "level": "h3",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>Your site's standard operating procedure (SOP) decides the exact "
                        "order. A typical sequence works from the top down, so that clean "
                        "garments are never touched by less clean ones:</p><ol><li>Hand hygiene "
                        "in the first part of the changing room.</li><li>Hand disinfection, and "
                        "often a first pair of sterile gloves.</li><li>Hood and face "
                        "mask.</li><li>Coverall, handled by the inside and without letting it "
                        "touch the floor or walls.</li><li>Boots, with the trouser legs tucked "
                        "in: put each one on as you swing that foot over the step-over bench to "
                        "the clean side.</li><li>Goggles.</li><li>Check yourself in the mirror: "
                        "no skin or hair showing, nothing torn.</li><li>Sterile gloves over the "
                        "sleeve cuffs, then disinfect the gloves.</li></ol><p>Once gowned, "
                        "disinfect your gloves regularly during work and every time you have "
                        "touched something that is not sterile. Change gloves that are damaged or "
                        "visibly soiled.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Gowning qualification",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>Before you may work in grade A or B areas without supervision, you "
                        "must pass a gowning qualification. An assessor watches you gown, and "
                        "microbiological samples are taken from the garments, typically from the "
                        "gloved fingers, forearms, chest and hood or mask. Under Annex 1, gowning "
                        "is reassessed at least once a year. Unsupervised access to grade A and B "
                        "areas also requires that you have taken part in a successful aseptic "
                        "process simulation (see the last lesson).</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "key_facts",
                        "title": "Key facts",
                        "body": (
                            "<ul><li>Gown from the top down, and never let clean garments touch "
                            "the floor.</li><li>Grade A and B garments are sterile and leave no "
                            "skin exposed.</li><li>Disinfect gloves often, and always after "
                            "touching anything non-sterile.</li><li>Gowning qualification is "
                            "repeated at least once a year.</li></ul>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "warning",
                        "title": "No shortcuts",
                        "body": (
                            "<p>A gown that touched the floor, a glove that tore, or a hood that "
                            "slipped cannot be 'good enough'. Step out, re-gown and tell your "
                            "supervisor if it happened during work.</p>"
                        ),
                    },
                ),
            ],
        },
        {
            "title": "Aseptic behaviour",
            "slug": "aseptic-behaviour",
            "estimated_minutes": 9,
            "body": [
                (
                    "rich_text",
                    (
                        "<p>Clean rooms and sterile garments are not enough on their own. How you "
                        "move and work decides whether the product stays sterile. Aseptic "
                        "behaviour is a set of habits that must become second nature.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Move slowly and think ahead",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<ul><li>Move slowly and deliberately. Fast movements create turbulence "
                        "and release more particles from your garments.</li><li>Plan your work "
                        "before you start, and have everything you need in place so you do not "
                        "have to leave or reach over open product.</li><li>Keep the number of "
                        "people in the room to a minimum. Every person adds particles and "
                        "microorganisms.</li><li>Do not talk, sneeze or cough over open product. "
                        "Turn away from the work zone if you must.</li><li>Never touch sterile "
                        "surfaces, the inside of caps, or open containers, even with sterile "
                        "gloves. Use sterile instruments.</li></ul>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "First air and unidirectional airflow",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>In a grade A zone, filtered air flows from the HEPA filter over the "
                        "work. <i>First air</i> is the air that reaches a critical surface, such "
                        "as an open vessel, straight from the filter, before it has passed over "
                        "anything else. Keep it that way:</p><ul><li>Never place your hands, arms "
                        "or any object between the filter and open product.</li><li>Work from the "
                        "side or downstream of open containers, not over them.</li><li>Do not "
                        "block the air grilles of a biological safety cabinet or LAF unit with "
                        "materials or your arms.</li><li>Do not overload the work zone; crowded "
                        "surfaces disturb the airflow.</li></ul>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Interventions and interruptions",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>An intervention is any time you reach into the grade A zone. Some are "
                        "planned parts of the process; others are corrective, for example to fix "
                        "a fallen item or a blocked line. All should be done as the procedure "
                        "describes and recorded.</p><p>If something goes wrong, for example you "
                        "touch your mask with your glove, a glove tears, or an alarm "
                        "sounds:</p><ol><li>Stop. Do not touch the product or critical "
                        "surfaces.</li><li>Deal with the cause as your procedure says: disinfect "
                        "or change gloves, or leave the zone and re-gown.</li><li>Assess whether "
                        "the product may have been exposed. If in doubt, do not continue as if "
                        "nothing happened.</li><li>Record what happened and report it, so that it "
                        "can be assessed as a possible deviation.</li></ol>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Isolators",
                        "level": "h3",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>In an isolator you work through gloves fixed in the wall. This "
                        "reduces the risk from people, but the same habits apply: slow movements, "
                        "no blocking of airflow, and careful transfer of materials. Check the "
                        "gloves for damage before use. Gloves are also leak-tested at regular "
                        "intervals, because a pinhole can let contamination in.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "key_facts",
                        "title": "Key facts",
                        "body": (
                            "<ul><li>Slow, planned movements; as few people as "
                            "possible.</li><li>Protect first air: nothing between the filter and "
                            "open product.</li><li>No talking over open product.</li><li>After an "
                            "interruption: stop, correct, assess, record and report.</li></ul>"
                        ),
                    },
                ),
                (
                    "callout",
                    {
                        "kind": "information",
                        "title": "Practice makes it safe",
                        "body": (
                            "<p>This lesson describes the principles. You learn aseptic technique "
                            "by practising under supervision, and your site will assess your "
                            "technique before you work on product.</p>"
                        ),
                    },
                ),
            ],
        },
        {
            "title": "Documentation and traceability",
            "slug": "documentation-and-traceability",
            "estimated_minutes": 8,
            "body": [
                (
                    "rich_text",
                    (
                        "<p>In GMP, a step that is not documented is treated as a step that was "
                        "not done. Records show that each batch was made according to the "
                        "approved process, and they make it possible to investigate if something "
                        "goes wrong, even many years later.</p>"
                    ),
                ),
                (
                    "quote",
                    {
                        "text": (
                            "ATMP production occurs in a GMP (Good Manufacturing Practice) "
                            "environment, with stringent requirements for sterile work, "
                            "protective clothing, documentation, traceability, analysis methods, "
                            "and specific manufacturing techniques."
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
                        "text": "ALCOA+",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>Good records follow the ALCOA+ principles. Records must "
                        "be:</p><ul><li><b>Attributable:</b> it is clear who did what, and "
                        "when.</li><li><b>Legible:</b> readable, now and in the "
                        "future.</li><li><b>Contemporaneous:</b> written at the time the work is "
                        "done, not from memory afterwards.</li><li><b>Original:</b> the first "
                        "record, or a certified true copy.</li><li><b>Accurate:</b> correct and "
                        "truthful.</li></ul><p>The plus adds <b>complete, consistent, "
                        "enduring</b> and <b>available</b>: nothing missing, in the right order, "
                        "durable for as long as the records must be kept, and retrievable when "
                        "needed.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "In practice",
                        "level": "h3",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<ul><li>Fill in the batch record step by step as you work. Do not "
                        "pre-fill, and never backdate.</li><li>If you make an error on paper, "
                        "strike it through with a single line so that it can still be read, and "
                        "add your signature or initials, the date and the reason. Never use "
                        "correction fluid or overwrite.</li><li>If you forgot to record "
                        "something, make a late entry according to the procedure, showing when it "
                        "was actually written and why.</li><li>In electronic systems, use only "
                        "your own login. The audit trail records every change.</li></ul>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Deviations",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>A deviation is any departure from an approved procedure, instruction "
                        "or specification, such as a temperature out of range, a step done in the "
                        "wrong order, or an alarm during processing. Report it promptly according "
                        "to your site's procedure. It is then investigated to find the root "
                        "cause, its effect on the product is assessed, and corrective and "
                        "preventive actions (CAPA) are decided. The Qualified Person (QP) "
                        "considers open deviations before certifying the batch. Reporting a "
                        "deviation is part of good practice, not an admission of failure; hiding "
                        "one puts patients at risk.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Chain of identity and chain of custody",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>An autologous product is made from a patient's own cells and may only "
                        "be given back to that patient. A mix-up could be fatal. Two linked "
                        "records protect against this:</p><ul><li><b>Chain of identity</b> links "
                        "the patient, the starting material and every intermediate and final "
                        "product through unique identifiers on every label and record. Identity "
                        "is checked, often by two people, at every handover.</li><li><b>Chain of "
                        "custody</b> records who had the material, where it was and under what "
                        "conditions, such as temperature, from collection to "
                        "administration.</li></ul><p>Work on one patient's material at a time in "
                        "a workspace, and clear the area of all previous material, labels and "
                        "records before starting the next (line clearance). EU rules require that "
                        "ATMPs and their starting materials can be traced from donor to patient, "
                        "and that the records are kept for at least 30 years after the product's "
                        "expiry date.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "key_facts",
                        "title": "Key facts",
                        "body": (
                            "<ul><li>Document as you go: contemporaneous, attributable and "
                            "accurate.</li><li>Report deviations promptly; do not fix them "
                            "silently.</li><li>Chain of identity prevents mix-ups; chain of "
                            "custody shows where the product has been and how it was "
                            "kept.</li><li>Traceability records are kept for at least 30 "
                            "years.</li></ul>"
                        ),
                    },
                ),
                (
                    "glossary",
                    [
                        {
                            "term": "Batch record",
                            "definition": (
                                "The document, on paper or electronic, in which each step of "
                                "making a batch is recorded as it is done."
                            ),
                        },
                        {
                            "term": "CAPA",
                            "definition": (
                                "Corrective and preventive actions: measures to fix the cause of "
                                "a problem and stop it happening again."
                            ),
                        },
                        {
                            "term": "Line clearance",
                            "definition": (
                                "Checking that a work area is free of materials, labels and "
                                "documents from previous work before starting a new batch."
                            ),
                        },
                    ],
                ),
            ],
        },
        {
            "title": "Contamination control",
            "slug": "contamination-control",
            "estimated_minutes": 9,
            "body": [
                (
                    "rich_text",
                    (
                        "<p>Clean rooms, gowning and aseptic behaviour are parts of a larger "
                        "system. Annex 1 requires every manufacturer of sterile products to have "
                        "a <i>contamination control strategy</i> (CCS): a documented, site-wide "
                        "plan that describes how contamination by microorganisms, particles and, "
                        "for ATMPs, other products is prevented, detected and controlled. It "
                        "covers the premises, equipment, utilities, people, materials, processes "
                        "and monitoring, and it is reviewed and updated as the site learns.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Environmental monitoring",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>Environmental monitoring shows whether the cleanroom is under "
                        "control. It includes:</p><ul><li>counts of particles in the "
                        "air;</li><li>active air samples, where a measured volume of air is drawn "
                        "over a culture plate;</li><li>settle plates, open culture plates that "
                        "collect microorganisms falling from the air during work;</li><li>contact "
                        "plates and swabs from surfaces and garments, including glove prints "
                        "taken after work in grade A.</li></ul><p>Results are compared with alert "
                        "and action limits, and trends are reviewed, because a slow rise can warn "
                        "of a problem before a limit is exceeded. Do not move or disturb "
                        "monitoring equipment, and tell the responsible person if a plate has "
                        "been knocked over or contaminated by mistake.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Cleaning and disinfection",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<ul><li>Clean first to remove residues, then disinfect: a disinfectant "
                        "does not work well on a dirty surface.</li><li>Follow the validated "
                        "agents, contact times and frequencies in the procedure.</li><li>Use more "
                        "than one type of disinfectant, and include a sporicidal agent at set "
                        "intervals. Common disinfectants, such as alcohol, do not reliably kill "
                        "bacterial spores.</li><li>Disinfectants and detergents used in grade A "
                        "and B areas must be sterile.</li></ul>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Transfer of materials",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>Everything that enters a cleaner area is a possible route for "
                        "contamination. Bring in only what is needed. Materials usually pass "
                        "through a pass-through hatch or material airlock, are wiped with a "
                        "sterile disinfectant, and lose one layer of packaging at each step "
                        "towards grade A. Materials entering an isolator are often "
                        "decontaminated, for example with hydrogen peroxide vapour. Sterile items "
                        "must come from a validated sterilisation process.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Aseptic process simulation",
                        "level": "h2",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>An aseptic process simulation, often called a media fill, tests "
                        "whether the aseptic process and the people performing it can keep a "
                        "product sterile. The process is carried out exactly as normal, including "
                        "planned interventions and worst-case conditions, but with a sterile "
                        "growth medium in place of the product. The units are then incubated. Any "
                        "contaminated unit means the simulation has failed and must be "
                        "investigated. Operators who work in grade A must take part in "
                        "simulations as part of their qualification.</p>"
                    ),
                ),
                (
                    "heading",
                    {
                        "text": "Why prevention matters so much for ATMPs",
                        "level": "h3",
                    },
                ),
                (
                    "rich_text",
                    (
                        "<p>Cells cannot be sterilised, starting material from patients or donors "
                        "may itself carry microorganisms, and some products have such a short "
                        "shelf life that they must be given before every test result is "
                        "available. Preventing contamination is therefore the main safeguard, and "
                        "each person's everyday behaviour is part of the product's quality.</p>"
                    ),
                ),
                (
                    "callout",
                    {
                        "kind": "key_facts",
                        "title": "Key facts",
                        "body": (
                            "<ul><li>The contamination control strategy ties all controls "
                            "together.</li><li>Environmental monitoring is compared against "
                            "limits and trended over time.</li><li>Rotate disinfectants and use a "
                            "sporicide regularly.</li><li>In an aseptic process simulation, any "
                            "contaminated unit is a failure.</li></ul>"
                        ),
                    },
                ),
                (
                    "glossary",
                    [
                        {
                            "term": "Contamination control strategy (CCS)",
                            "definition": (
                                "A documented plan, covering the whole site, for preventing, "
                                "detecting and controlling contamination."
                            ),
                        },
                        {
                            "term": "Sporicidal agent",
                            "definition": (
                                "A disinfectant that kills bacterial and fungal spores, which "
                                "survive many ordinary disinfectants."
                            ),
                        },
                        {
                            "term": "Aseptic process simulation (APS)",
                            "definition": (
                                "A test in which the aseptic process is performed with sterile "
                                "growth medium instead of product, to show that it does not "
                                "introduce contamination. Also called a media fill."
                            ),
                        },
                    ],
                ),
            ],
        },
    ],
    "quiz": {
        "estimated_minutes": 10,
        "title": "Cleanroom knowledge check",
        "slug": "quiz",
        "intro": (
            "<p>Each attempt draws 10 questions from a larger pool. You need 80% to pass. You "
            "have three attempts, with at least 10 minutes between them, so take time to review "
            "the lessons if you do not pass. The answers are shown once you have passed.</p>"
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
                    "You are going to open a bag of a patient's cells and transfer them to a "
                    "culture vessel. In which grade should this open manipulation take place?"
                ),
                "type": "single",
                "explanation": (
                    "Open manipulation of a product that cannot be sterilised is a high-risk "
                    "operation and belongs in a grade A zone, such as a biological safety "
                    "cabinet, LAF unit or isolator, with the appropriate background."
                ),
                "choices": [
                    {
                        "text": "Grade A",
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": "Grade B",
                        "correct": False,
                        "feedback": (
                            "Grade B is the background room around the grade A zone, not the zone "
                            "where open product is handled."
                        ),
                    },
                    {
                        "text": "Grade C",
                        "correct": False,
                        "feedback": "Grade C is for less critical stages.",
                    },
                    {
                        "text": "Grade D",
                        "correct": False,
                        "feedback": "Grade D is for the least critical stages.",
                    },
                ],
            },
            {
                "text": (
                    "A facility performs aseptic work in a biological safety cabinet, not in an "
                    "isolator. What is the role of the grade B room in which the cabinet stands?"
                ),
                "type": "single",
                "explanation": (
                    "When the grade A zone is not an isolator, grade B is the background "
                    "environment that surrounds and supports it."
                ),
                "choices": [
                    {
                        "text": "It is the background environment for the grade A zone",
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": "It is where open product is handled when the cabinet is busy",
                        "correct": False,
                        "feedback": "Open product is always handled in grade A.",
                    },
                    {
                        "text": "It is only used for storing finished product",
                        "correct": False,
                        "feedback": "Storage is not the purpose of the grade B background.",
                    },
                    {
                        "text": "It has no requirements, because the cabinet protects the product",
                        "correct": False,
                        "feedback": "The background grade is part of the protection.",
                    },
                ],
            },
            {
                "text": (
                    "An active air sample taken in the grade A zone during processing grows one "
                    "colony. What does this mean?"
                ),
                "type": "single",
                "explanation": (
                    "The action limit for viable organisms in grade A is no growth. Any growth in "
                    "grade A must be investigated and its impact on the product assessed."
                ),
                "choices": [
                    {
                        "text": (
                            "The grade A limit of no growth has been exceeded and the result must "
                            "be investigated"
                        ),
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": (
                            "It is within limits, as grade A allows up to 10 CFU per cubic metre"
                        ),
                        "correct": False,
                        "feedback": (
                            "10 CFU per cubic metre is the action limit for grade B, not grade A."
                        ),
                    },
                    {
                        "text": "It can be ignored if the particle counts were normal",
                        "correct": False,
                        "feedback": "Particle counts do not replace microbial results.",
                    },
                    {
                        "text": (
                            "The sample should be repeated, and only reported if growth is seen "
                            "again"
                        ),
                        "correct": False,
                        "feedback": "The first result must be reported and investigated.",
                    },
                ],
            },
            {
                "text": (
                    "In a standard cleanroom suite for cell therapy, which way should air flow "
                    "between a grade B room and the grade C corridor next to it?"
                ),
                "type": "single",
                "explanation": (
                    "The cleaner room is kept at a higher pressure, so air flows from grade B "
                    "towards grade C and carries contamination away from the cleaner area. "
                    "Containment for hazardous material can require special designs, but that is "
                    "not the standard case."
                ),
                "choices": [
                    {
                        "text": "From the grade B room into the grade C corridor",
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": "From the grade C corridor into the grade B room",
                        "correct": False,
                        "feedback": "That would carry less clean air into the cleaner room.",
                    },
                    {
                        "text": "It does not matter, as long as both doors are closed",
                        "correct": False,
                        "feedback": (
                            "Air still moves between rooms, for example when doors open; the "
                            "direction matters."
                        ),
                    },
                    {
                        "text": "There should be no pressure difference between the rooms",
                        "correct": False,
                        "feedback": (
                            "A pressure difference between grades is what keeps air moving in the "
                            "right direction."
                        ),
                    },
                ],
            },
            {
                "text": ("Which of these are part of good gowning practice for grade B?"),
                "type": "multiple",
                "explanation": (
                    "Jewellery, watches and make-up shed particles and cannot be disinfected. "
                    "Checking in the mirror catches exposed skin or damaged garments. Gloves must "
                    "be disinfected often. A sterile coverall that touches the floor is no longer "
                    "clean."
                ),
                "choices": [
                    {
                        "text": "Removing jewellery, watches and make-up before gowning",
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": "Checking in the mirror that no skin or hair is exposed",
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": (
                            "Disinfecting gloves regularly and after touching anything non-sterile"
                        ),
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": (
                            "Letting the coverall rest on the floor while you step into it, so "
                            "that it does not tear"
                        ),
                        "correct": False,
                        "feedback": "The coverall must never touch the floor.",
                    },
                ],
            },
            {
                "text": (
                    "A new operator's gowning looked correct to the assessor, but the "
                    "microbiological samples from the gloved fingertips showed growth. May the "
                    "operator now work unsupervised in grade B?"
                ),
                "type": "single",
                "explanation": (
                    "Gowning qualification includes both visual and microbial assessment. Growth "
                    "on the samples means the qualification has not been passed, so the operator "
                    "must be retrained and reassessed before working unsupervised."
                ),
                "choices": [
                    {
                        "text": (
                            "No. The qualification is not passed until both the visual and the "
                            "microbial assessment are acceptable"
                        ),
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": "Yes, because the visual assessment was acceptable",
                        "correct": False,
                        "feedback": "The microbial results are part of the qualification.",
                    },
                    {
                        "text": "Yes, as long as they change gloves more often",
                        "correct": False,
                        "feedback": "Extra glove changes do not replace a passed qualification.",
                    },
                    {
                        "text": "Yes, but only in the grade A zone",
                        "correct": False,
                        "feedback": "Grade A is even more critical than grade B.",
                    },
                ],
            },
            {
                "text": (
                    "You are working in a biological safety cabinet with an open culture flask. "
                    "Where should your hands be?"
                ),
                "type": "single",
                "explanation": (
                    "First air must reach the open product straight from the filter. Hands and "
                    "objects must never be between the filter and open product; work from the "
                    "side or downstream."
                ),
                "choices": [
                    {
                        "text": (
                            "Beside or downstream of the open flask, never between the filter and "
                            "the opening"
                        ),
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": "Directly above the opening, to shield it",
                        "correct": False,
                        "feedback": (
                            "Your hands would block first air and shed particles onto the product."
                        ),
                    },
                    {
                        "text": "Resting on the front air grille, to keep them steady",
                        "correct": False,
                        "feedback": "Blocking the grille disturbs the airflow of the cabinet.",
                    },
                    {
                        "text": "Anywhere, as long as you wear sterile gloves",
                        "correct": False,
                        "feedback": "Sterile gloves still carry a risk; position matters.",
                    },
                ],
            },
            {
                "text": (
                    "True or false: talking quietly over an open product is acceptable as long as "
                    "you are wearing a face mask."
                ),
                "type": "true_false",
                "explanation": (
                    "A face mask reduces but does not stop droplets and particles. Talking over "
                    "open product should be avoided altogether."
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
                    "During an aseptic step you accidentally touch your face mask with your "
                    "gloved hand. What should you do?"
                ),
                "type": "single",
                "explanation": (
                    "Stop before touching the product, deal with the contaminated glove as your "
                    "procedure describes, assess whether the product may have been exposed, and "
                    "record and report the event so that it can be assessed."
                ),
                "choices": [
                    {
                        "text": (
                            "Stop, do not touch the product, deal with the glove as the procedure "
                            "says, then record and report what happened"
                        ),
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": "Finish the step quickly, then change gloves",
                        "correct": False,
                        "feedback": (
                            "Continuing with a contaminated glove puts the product at risk."
                        ),
                    },
                    {
                        "text": "Wipe the glove on your sleeve and continue",
                        "correct": False,
                        "feedback": "This spreads contamination and does not disinfect anything.",
                    },
                    {
                        "text": "Disinfect the glove and continue without telling anyone",
                        "correct": False,
                        "feedback": (
                            "The event must be recorded so that its impact can be assessed."
                        ),
                    },
                ],
            },
            {
                "text": (
                    "At the end of a shift you realise you did not record a temperature reading "
                    "that you checked at 10:00. What is the correct way to handle it?"
                ),
                "type": "single",
                "explanation": (
                    "Records must be truthful and contemporaneous. A late entry is allowed when "
                    "made according to the procedure, clearly showing when it was written and "
                    "why. Backdating or inventing data breaks data integrity."
                ),
                "choices": [
                    {
                        "text": (
                            "Make a late entry according to the procedure, showing the actual "
                            "time of writing and the reason"
                        ),
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": (
                            "Write the reading in the 10:00 field as if it had been recorded then"
                        ),
                        "correct": False,
                        "feedback": "That is backdating, which is not allowed.",
                    },
                    {
                        "text": "Leave it blank, since a late entry is never allowed",
                        "correct": False,
                        "feedback": (
                            "Leaving gaps without explanation makes the record incomplete."
                        ),
                    },
                    {
                        "text": "Copy a typical value from the previous day",
                        "correct": False,
                        "feedback": "That would be falsifying data.",
                    },
                ],
            },
            {
                "text": (
                    "While reviewing the records, you see that an incubator holding product was "
                    "outside its temperature range for an hour overnight. Nobody has reported it. "
                    "What do you do?"
                ),
                "type": "single",
                "explanation": (
                    "Any departure from approved conditions is a deviation. It must be reported "
                    "promptly so that its impact on the product can be assessed and the root "
                    "cause found. The QP considers it before the batch is certified."
                ),
                "choices": [
                    {
                        "text": (
                            "Report it as a deviation, according to the procedure, so that it can "
                            "be investigated"
                        ),
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": "Do nothing, since the temperature is now back within range",
                        "correct": False,
                        "feedback": (
                            "The excursion may have affected the product and must be assessed."
                        ),
                    },
                    {
                        "text": "Adjust the incubator settings and continue",
                        "correct": False,
                        "feedback": (
                            "Fixing the symptom silently hides the event from those who must "
                            "assess it."
                        ),
                    },
                    {
                        "text": "Discard the product immediately without recording anything",
                        "correct": False,
                        "feedback": (
                            "Decisions on the product are made through the deviation process, and "
                            "everything is recorded."
                        ),
                    },
                ],
            },
            {
                "text": (
                    "Two patients' autologous cell products are being made in the same facility "
                    "in the same week. What primarily protects against giving a patient the wrong "
                    "product?"
                ),
                "type": "single",
                "explanation": (
                    "Chain of identity links each patient to their starting material and product "
                    "through unique identifiers, checked at every handover. Working on one "
                    "patient's material at a time, with line clearance, supports it."
                ),
                "choices": [
                    {
                        "text": (
                            "Chain of identity: unique identifiers on every label and record, "
                            "checked at every handover"
                        ),
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": (
                            "Keeping both products in the same incubator so they are easy to find"
                        ),
                        "correct": False,
                        "feedback": "Keeping products together increases the risk of a mix-up.",
                    },
                    {
                        "text": "The patients' blood groups",
                        "correct": False,
                        "feedback": "Blood groups can be the same and are not an identity check.",
                    },
                    {
                        "text": "Environmental monitoring",
                        "correct": False,
                        "feedback": "Monitoring controls contamination, not identity.",
                    },
                ],
            },
            {
                "text": (
                    "Why does a disinfection programme include a sporicidal agent at set "
                    "intervals, even though the routine disinfectant works well?"
                ),
                "type": "single",
                "explanation": (
                    "Many routine disinfectants, such as alcohol, do not reliably kill bacterial "
                    "spores. A sporicidal agent used at set intervals removes spores that would "
                    "otherwise survive."
                ),
                "choices": [
                    {
                        "text": (
                            "Because routine disinfectants such as alcohol do not reliably kill "
                            "bacterial spores"
                        ),
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": "Because it replaces the need for cleaning",
                        "correct": False,
                        "feedback": "Surfaces must still be cleaned before they are disinfected.",
                    },
                    {
                        "text": "Because it removes particles from the air",
                        "correct": False,
                        "feedback": "Air is cleaned by filtration, not by disinfectants.",
                    },
                    {
                        "text": "Because it makes environmental monitoring unnecessary",
                        "correct": False,
                        "feedback": "Monitoring is still needed to show that the controls work.",
                    },
                ],
            },
            {
                "text": (
                    "In an aseptic process simulation (media fill), one unit out of several "
                    "hundred shows growth after incubation. What does this mean?"
                ),
                "type": "single",
                "explanation": (
                    "The simulation is designed to show that the aseptic process does not "
                    "introduce contamination. Any contaminated unit means the simulation has "
                    "failed and must be investigated."
                ),
                "choices": [
                    {
                        "text": "The simulation has failed and must be investigated",
                        "correct": True,
                        "feedback": "",
                    },
                    {
                        "text": "It has passed, because one unit is a very small proportion",
                        "correct": False,
                        "feedback": "Any contaminated unit is a failure.",
                    },
                    {
                        "text": "It does not matter, because growth medium is not a real product",
                        "correct": False,
                        "feedback": (
                            "The medium stands in for the product; growth shows the process could "
                            "contaminate real product."
                        ),
                    },
                    {
                        "text": "The unit should be discarded and the result recorded as a pass",
                        "correct": False,
                        "feedback": "That would hide a real signal about the process.",
                    },
                ],
            },
        ],
    },
}
