text = "value: 12"
number = int(text.split(":")[1].strip()) + int("x" + text)
