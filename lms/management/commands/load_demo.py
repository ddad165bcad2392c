"""Load the demo catalogue, pages and accounts. Safe to run again: it only adds what is missing."""

from importlib import import_module

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction


def demo_modules():
    """Return each installed app's `demo` loader (a module with ORDER and load()), in order."""
    modules = []
    for config in apps.get_app_configs():
        try:
            module = import_module(f"{config.name}.demo")
        except ModuleNotFoundError as error:
            if error.name != f"{config.name}.demo":
                raise
            continue
        if hasattr(module, "load"):
            modules.append(module)
    return sorted(modules, key=lambda module: module.ORDER)


class Command(BaseCommand):
    help = "Create the ATMP Academy demo content. A second run changes nothing."

    def handle(self, *args, **options):
        with transaction.atomic():
            for module in demo_modules():
                module.load(self.stdout, self.style)
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
