class Cfg:
    @property
    def port(self):
        raise LookupError("port not configured")
print(Cfg().port)
