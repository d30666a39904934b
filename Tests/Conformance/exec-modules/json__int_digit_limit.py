import json
print(len(str(json.loads("9" * 4300))))
try:
    json.loads("9" * 4301)
except ValueError as e:
    print("ValueError:", e)
