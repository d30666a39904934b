THRESHOLD = 100

def configure(value):
    global THRESHOLD
    THRESHOLD = value

configure(settings.get("threshold", 100))
result = [x for x in values if x > THRESHOLD]
