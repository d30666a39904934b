café = 1
naïve_π = café * 2
変数 = "値"
Σ = sum
Ⅸ = 9
ℌ = 1
_ = ﬁ = 2
