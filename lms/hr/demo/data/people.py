"""Names for the demo learners: Swedish and international, with the letters they really use."""

# fmt: off
FIRST_NAMES = [
    "Åsa", "Björn", "Märta", "Göran", "Linnéa", "Örjan", "Ingrid", "Sven", "Karin", "Mattias",
    "Elin", "Jörgen", "Sofia", "Anders", "Maja", "Håkan", "Emma", "Per-Olof", "Annika", "Ludvig",
    "Ebba", "Nils", "Frida", "Gustav", "Agnes", "Torbjörn", "Wilma", "Oskar", "Ylva", "Kerstin",
    "Aisha", "Mehmet", "Lan", "Zofia", "Fatima", "José", "Priya", "Wei", "Łukasz", "Søren",
    "Aleksandra", "Ngozi", "Hamid", "Siobhán", "Zeynep", "Mikko", "Chiara", "Dmitri", "Leila",
    "Tomás", "Amani", "Eszter", "Rasmus", "Hiroshi", "Nadia", "Ömer", "Ana", "Kwame", "Ines",
]
LAST_NAMES = [
    "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson",
    "Svensson", "Gustafsson", "Lindström", "Åberg", "Öberg", "Ekström", "Sjögren", "Bergqvist",
    "Håkansson", "Löfgren", "Wallin", "Nyström", "Sandström", "Holmqvist", "Björk", "Engström",
    "Mohammed", "Yılmaz", "Nguyễn", "Wiśniewska", "Al-Hassan", "García", "Sharma", "Chen",
    "Kowalski", "Jørgensen", "Petrović", "Okafor", "Rahimi", "O'Connor", "Kaya", "Järvinen",
    "Rossi", "Ivanova", "Haddad", "Ó Briain", "Mensah", "Nagy", "Tanaka", "Benali", "Šimić",
]
# fmt: on
