"""HR's structure and decisions: organisations, departments, professions, who does HR for whom,
course assignments and reminders, competence needs and the log of report downloads.
"""

from .assignments import (
    STATUS_RANKS,
    Assignment,
    AssignmentQuerySet,
    AssignmentRule,
    AssignmentStatus,
    ReminderKind,
    ReminderLog,
    RuleState,
)
from .downloads import ExportLog
from .membership import (
    JoinRequest,
    MemberGroup,
    Membership,
    MembershipSource,
    OrganisationDomain,
    RequestKind,
    RequestStatus,
)
from .needs import CompetenceNeed
from .organisations import (
    Department,
    HRResponsibility,
    Organisation,
    Profession,
    Sector,
    department_mismatch,
)

__all__ = [
    "STATUS_RANKS",
    "Assignment",
    "AssignmentQuerySet",
    "AssignmentRule",
    "AssignmentStatus",
    "CompetenceNeed",
    "Department",
    "department_mismatch",
    "ExportLog",
    "HRResponsibility",
    "JoinRequest",
    "MemberGroup",
    "Membership",
    "MembershipSource",
    "OrganisationDomain",
    "Organisation",
    "Profession",
    "ReminderKind",
    "ReminderLog",
    "RequestKind",
    "RequestStatus",
    "RuleState",
    "Sector",
]
