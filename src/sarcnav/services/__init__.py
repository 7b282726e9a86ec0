"""Use cases that combine engines: assess a case."""

from sarcnav.services.assess import Assessment, assess

__all__ = ["Assessment", "assess"]
