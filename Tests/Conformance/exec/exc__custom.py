class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
class NotFound(AppError): pass
try:
    raise NotFound(404, "missing")
except AppError as e:
    print(type(e).__name__, e.code, e, e.args, isinstance(e, Exception))
try:
    raise KeyError("k")
except (TypeError, KeyError) as e:
    print("caught", repr(e), str(e))
e = ValueError(1, 2)
print(e, repr(e), e.args, str(ValueError()), repr(ValueError()))
