import os as class
