import json
for d in ['["\U0001f600", x]', '"\u00e9\U0001f600\u00e9" 5', '{"\U0001f600\U0001f600": }']:
    try:
        json.loads(d)
    except json.JSONDecodeError as e:
        print(e)
