amount = "12"
print(f"{amount:.2f}")
