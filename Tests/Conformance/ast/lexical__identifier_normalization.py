ﬁle = 1
ℌello = 2
𝐱 = 3
print(file, Hello, x)
