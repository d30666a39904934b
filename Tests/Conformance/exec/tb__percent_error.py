print("%d items" % "many")
