x = "first
second"
