class RuleError(Exception):
    def __init__(self, code, *args):
        super().__init__(*args)
        self.code = code

def check(v):
    try:
        return int(v)
    except (TypeError, ValueError) as exc:
        raise RuleError(400, "bad value") from exc
    finally:
        pass
