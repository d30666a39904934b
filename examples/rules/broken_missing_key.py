"""Broken: reads an input field that does not exist. Ends with a KeyError and its traceback."""


def margin(order):
    return order["revenue"] - order["cost"]


result = margin(payment)
