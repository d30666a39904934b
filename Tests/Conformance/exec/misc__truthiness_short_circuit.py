def t(v):
    print("eval", v)
    return v
print(t(0) and t(1), t(1) and t(2), t(0) or t(3), t("") or t(None) or t("last"))
print(not [], not [0], [] or {} or "fallback", 0 if [] else 1)
x = None
print(x is None and "none" or "value")
