config = {"handler": "not a function"}
config["handler"]()
