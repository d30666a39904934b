from os import path
from os import (path, sep as s,)
from . import x
from .. import y
from ...pkg.mod import z
from .... import w
from a.b import *
