# expect: RS301
class Failure(Exception):
    __match_args__ = ('__traceback__',)

try:
    raise Failure()
except Failure as err:
    match err:
        case Failure(tb):
            result = tb
