f'{"a"}'
f"{'a'}"
f'{'a'}'
f"{"a"}"
f'{f'{x}'}'
f'{d['key']}'
f"{', '.join(items)}"
