import hashlib

parts = [device["ua"], device["lang"], str(device["screen"])]
fingerprint = hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()
result = fingerprint in known_bad
