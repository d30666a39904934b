class Config:
    values = [1, 2]
    total = values[5]
