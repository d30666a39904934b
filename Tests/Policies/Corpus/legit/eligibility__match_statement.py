def decide(app):
    match app:
        case {"type": "student", "age": age} if age < 26:
            return "discount"
        case {"type": "senior"}:
            return "discount"
        case {"type": "employee", "years": years} if years >= 2:
            return "staff"
        case _:
            return "standard"

result = decide(application)
