z = 3 + 4j
print(z, z.real, z.imag, abs(z), z * 2, z + 1, z * z, z.conjugate(), 1j * 1j, complex(1, 2), (1 + 2j) / (3 - 4j))
