class Capture:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        self.info = (exc_type.__name__ if exc_type else None, str(exc) if exc else None, tb is None)
        return True
with Capture() as c:
    raise ValueError("oops")
print(c.info)
with Capture() as c2:
    pass
print(c2.info)
