total_amount = 10
print(total_amont)
