"""The one error a malformed course package raises: which file, which line, what is wrong."""


class PackageError(Exception):
    """A package file that cannot be imported, with the line to look at when it is known."""

    def __init__(self, path, line, message):
        self.path, self.line, self.message = str(path), line, message
        where = f"{self.path}, line {line}" if line else self.path
        super().__init__(f"{where}: {message}")
