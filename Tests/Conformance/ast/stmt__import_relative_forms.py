from . import (a, b as c)
from .m import *
from .. m import x
from . m . n import y
