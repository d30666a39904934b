def ltv(loan, value):
    if value <= 0:
        raise ValueError("property value must be positive")
    return loan / value

ratio = ltv(application["loan"], application["property_value"])
if ratio <= 0.6:
    result = "approve"
elif ratio <= 0.8:
    result = "refer"
else:
    result = "decline"
