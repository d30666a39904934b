words = ["banana", "Apple", "cherry", "apple", "10", "9", "", "é", "z"]
print(sorted(words))
print(max(words), min(words), "a" < "b", "Z" < "a", "abc" < "abd", "ab" < "abc", "" < "a")
print(sorted(["b", "a", "c"], reverse=True), "é" > "z", "10" < "9")
