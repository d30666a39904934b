import os
import os.path
import os.path as p, sys as s
import a.b.c
