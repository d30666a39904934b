not x
-x
+x
~x
not not x
- - x
-1
-(1)
