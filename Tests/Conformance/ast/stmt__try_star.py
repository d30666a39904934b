try:
    raise ExceptionGroup("g", [ValueError()])
except* ValueError as e:
    pass
except* (TypeError, KeyError):
    pass
else:
    pass
finally:
    pass
