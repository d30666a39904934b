data = [1, 5, 8, 12]
if (n := len(data)) > 3:
    print("long", n)
while (item := data.pop()) > 6:
    print("item", item)
print(data, [y for x in data if (y := x * 3) > 2])
