# expect: RS101
import pickle
result = pickle.loads(payload)
