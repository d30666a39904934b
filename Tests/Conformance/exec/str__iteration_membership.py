s = "hello world"
count = {}
for ch in s:
    count[ch] = count.get(ch, 0) + 1
print(count)
print("lo w" in s, "" in s, s[100:], s[-3:], s[3:-3], len(s * 0))
vowels = [c for c in s if c in "aeiou"]
print(vowels, "".join(reversed(s)))
