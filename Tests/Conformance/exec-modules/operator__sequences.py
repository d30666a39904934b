import operator as op

print(op.concat([1, 2], [3]), op.concat("ab", "c"), op.concat((1,), (2, 3)))
print(op.contains([1, 2, 3], 2), op.contains("hello", "ell"), op.contains({"a": 1}, "b"))
print(op.countOf([1, 2, 1, 3, 1], 1), op.countOf("banana", "a"), op.countOf([], 1))
print(op.indexOf([5, 6, 7], 7), op.indexOf("abc", "b"), op.indexOf(iter([3, 4]), 4))

d = {"a": 1, "b": 2}
print(op.getitem(d, "a"), op.getitem([10, 20, 30], -1), op.getitem("hello", slice(1, 3)))
op.setitem(d, "c", 3)
print(d)
op.delitem(d, "a")
print(d)
lst = [0, 1, 2, 3, 4]
op.setitem(lst, slice(1, 3), ["x"])
op.delitem(lst, 0)
print(lst)

print(op.length_hint([1, 2, 3]), op.length_hint("abcd"), op.length_hint(5), op.length_hint(5, 10))

class Hinted:
    def __length_hint__(self):
        return 42

class NoHint:
    def __length_hint__(self):
        return NotImplemented

print(op.length_hint(Hinted()), op.length_hint(NoHint(), 7))
print(op.call(max, 3, 9, 4), op.call(sorted, [3, 1, 2], reverse=True), op.call(dict, a=1))

# iconcat on a list modifies it in place
a = [1]
b = op.iconcat(a, [2, 3])
print(a, b is a)

for f in [lambda: op.concat(1, 2), lambda: op.indexOf([1, 2], 5), lambda: op.countOf(3, 1),
          lambda: op.getitem({}, "k"), lambda: op.delitem([1], 5), lambda: op.length_hint([], "x"),
          lambda: op.concat({"a": 1}, {"b": 2}), lambda: op.call()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
