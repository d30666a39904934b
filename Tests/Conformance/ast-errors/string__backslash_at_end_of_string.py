path = "C:\"
