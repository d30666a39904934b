import abc


class Source(abc.ABC):
    @abc.abstractproperty
    def name(self):
        ...

    @abc.abstractclassmethod
    def create(cls):
        ...

    @abc.abstractstaticmethod
    def kind():
        ...


print(sorted(Source.__abstractmethods__))
try:
    Source()
except TypeError as e:
    print(type(e).__name__, e)


class Feed(Source):
    @property
    def name(self):
        return "feed"

    @classmethod
    def create(cls):
        return cls()

    @staticmethod
    def kind():
        return "rss"


f = Feed.create()
print(f.name, Feed.kind(), Feed.__abstractmethods__)
