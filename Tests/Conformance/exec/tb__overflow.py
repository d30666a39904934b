import_free = 10.0 ** 400
