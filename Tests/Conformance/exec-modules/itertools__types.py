import itertools as it
import functools
import operator

objs = [it.count(), it.cycle("a"), it.repeat(1), it.accumulate([]), it.batched([], 1), it.chain(), it.compress([], []),
        it.dropwhile(bool, []), it.filterfalse(None, []), it.groupby([]), it.islice([], 1), it.pairwise([]),
        it.starmap(pow, []), it.takewhile(bool, []), it.tee([])[0], it.zip_longest(), it.product(),
        it.permutations([]), it.combinations([], 0), it.combinations_with_replacement([], 0)]
for o in objs:
    t = type(o)
    print(t.__name__, t.__module__, t, iter(o) is o, callable(getattr(o, "__next__", None)))

print(isinstance(it.count(), it.count), isinstance(it.chain(), it.chain), isinstance(it.count(), it.repeat))
print(it.chain.from_iterable.__name__, type(it.chain.from_iterable([])) is it.chain)
print(type(functools.partial(print)).__name__, functools.partial, functools.partial.__module__)
print(type(operator.itemgetter(1)).__name__, operator.itemgetter, operator.attrgetter, operator.methodcaller)
print(type(functools.cmp_to_key(lambda a, b: 0)).__name__, type(functools.lru_cache(print)).__name__)
k, g = next(it.groupby("aa"))
print(type(g).__name__, list(g))
