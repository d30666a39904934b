import textwrap

def format_note(note, width):
    try:
        lines = textwrap.wrap(note, width)
    except ValueError as e:
        raise ValueError(f"cannot format note: {e}") from None
    return "\n".join(lines)

print(format_note("Customer prefers email contact.", 12))
print(format_note("Customer prefers email contact.", 0))
