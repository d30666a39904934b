class Timer:
    log = []
    def __enter__(self):
        Timer.log.append("start")
        return self
    def __exit__(self, *exc):
        Timer.log.append("stop:" + (exc[0].__name__ if exc[0] else "ok"))
        return False
with Timer():
    pass
try:
    with Timer() as t:
        raise IndexError
except IndexError:
    pass
print(Timer.log, isinstance(t, Timer))
