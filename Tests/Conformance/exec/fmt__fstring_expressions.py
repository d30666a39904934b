items = ["a", "b"]
d = {"k": 1}
x = 7
print(f"{len(items)} items: {', '.join(items)}", f"{d['k'] + 1}", f"{x if x > 5 else 0}", f"{[i * 2 for i in range(3)]}")
print(f"{x!r:>5}", f"{'nested ' + f'{x}'}", f"{x = }", f"{x * 2 = :>4}", f"{3 + 4j}", f"{None!s}")
value = 1234.5678
print(f"{value:,.2f}", f"{value:10.1f}", f"{value:e}", f"{int(value):,}", f"{value:.0f}")
