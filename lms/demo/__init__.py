"""Demo helpers of the learning record: `records` writes two years of history in bulk.

The learning record has no demo content of its own to load (no `load` here): HR's demo
(lms.hr.demo) gives its ~200 learners their history through `records.write()`.
"""
