class RuleError(Exception):
    pass
class MissingField(RuleError):
    def __init__(self, field):
        super().__init__(f'missing field {field!r}')
        self.field = field
try:
    raise MissingField('total')
except RuleError as e:
    print(type(e).__name__, e, e.field, e.args)
