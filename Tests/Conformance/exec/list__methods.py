a = [3, 1, 2]
a.append(4); a.extend([5, 6]); a.insert(0, 0); a.insert(100, 7); a.insert(-1, 9)
print(a, len(a), a.index(2), a.count(1))
print(a.pop(), a.pop(0), a)
a.remove(9); a.reverse(); print(a)
a.sort(); print(a)
a.sort(reverse=True); print(a)
b = a.copy(); b.clear(); print(a, b)
print(sorted(["b", "A", "c"]), sorted([3, 1, 2], key=lambda x: -x), sorted("bca", reverse=True))
words = ["apple", "Bob", "cat", "Dog"]
print(sorted(words, key=str.lower if hasattr(str, "lower") else None) if False else sorted(words, key=len))
print([1, 2] + [3], [0] * 3, [1, 2] * 2, [1, 2] == [1, 2], [1, 2] < [1, 3], [] == [])
