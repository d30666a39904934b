# expect: RS301
result = object.__init_subclass__
