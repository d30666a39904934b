try:
    raise ValueError("bad")
except ValueError as e:
    e.add_note("while processing rule 7")
    raise
