#!/usr/bin/env python
"""The peer site: wagtail-lms 0.11.1 on Wagtail, for the side-by-side benchmark only."""

import os
import sys

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "peersite.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
