# Business-like use: the impedance of a series RLC circuit feeding a motor, computed with
# complex arithmetic and reported in polar form (magnitude and phase angle in degrees).
import cmath
import math

f = 50.0
w = 2 * math.pi * f
R, L, C = 12.0, 0.08, 220e-6

Z_R = complex(R, 0)
Z_L = complex(0, w * L)
Z_C = complex(0, -1 / (w * C))
Z = Z_R + Z_L + Z_C
mag, angle = cmath.polar(Z)
print('impedance', Z)
print('magnitude %.4f ohm, phase %.3f deg' % (mag, math.degrees(angle)))

V = cmath.rect(230.0, 0.0)
I = V / Z
print('current %.4f A at %.3f deg' % (abs(I), math.degrees(cmath.phase(I))))
S = V * I.conjugate()
print('apparent %.2f VA, real %.2f W, reactive %.2f var' % (abs(S), S.real, S.imag))
print('power factor %.4f' % math.cos(cmath.phase(Z)))

f0 = 1 / (2 * math.pi * math.sqrt(L * C))
print('resonance at %.3f Hz' % f0)
for hz in [25, 50, 60, round(f0, 1), 100]:
    w = 2 * math.pi * hz
    z = complex(R, w * L - 1 / (w * C))
    print(hz, round(abs(z), 3), round(math.degrees(cmath.phase(z)), 2))
