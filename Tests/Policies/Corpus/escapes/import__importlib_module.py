# expect: RS101 RS201
import importlib
result = importlib.import_module('os')
