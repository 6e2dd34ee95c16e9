"""The facts stage: quantities about actors, and memberships of organisations."""

from .extract import Fact, extract_facts
from .memberships import Membership, MembershipRegistry, extract_memberships, load_registry
from .quantities import Quantity, find_quantities

__all__ = [
    "Fact", "Membership", "MembershipRegistry", "Quantity", "extract_facts", "extract_memberships",
    "find_quantities", "load_registry",
]  # fmt: skip
