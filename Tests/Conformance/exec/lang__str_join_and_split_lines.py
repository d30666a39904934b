text = 'line one\nline two\r\n\nlast'
print(text.splitlines(), len(text.split()), ' | '.join(w.capitalize() for w in text.split()))
