# expect: RS101
from importlib import import_module
result = import_module('os')
