from decimal import *
c = getcontext()
c.traps[InvalidOperation] = False
c.traps[DivisionByZero] = False
c.traps[Overflow] = False
c.Emax = 99
c.Emin = -99
c.prec=15; c.rounding=ROUND_UP; c.clamp=1; c.clear_flags()
a=Decimal('-778932879217421809E-29'); b=Decimal('29081003390757938347E-129')
try:
    print(0, repr(c.create_decimal(a)), c)
except Exception as e:
    print(0, 'EXC', type(e).__name__, e)
c.prec=4; c.rounding=ROUND_FLOOR; c.clamp=0; c.clear_flags()
a=Decimal('-453E1'); b=Decimal('0E+5')
try:
    print(1, repr(a.to_integral_exact()), c)
except Exception as e:
    print(1, 'EXC', type(e).__name__, e)
c.prec=14; c.rounding=ROUND_HALF_UP; c.clamp=0; c.clear_flags()
a=Decimal('0E-76'); b=Decimal('-76E51')
try:
    print(2, repr(a.normalize()), c)
except Exception as e:
    print(2, 'EXC', type(e).__name__, e)
c.prec=2; c.rounding=ROUND_HALF_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('-5061231007E74'); b=Decimal('378326616630494032E-30')
try:
    print(3, repr(+a), c)
except Exception as e:
    print(3, 'EXC', type(e).__name__, e)
c.prec=13; c.rounding=ROUND_05UP; c.clamp=0; c.clear_flags()
a=Decimal('-54611139309559729792E91'); b=Decimal('43933E-90')
try:
    print(4, repr(a.compare(b)), c)
except Exception as e:
    print(4, 'EXC', type(e).__name__, e)
c.prec=8; c.rounding=ROUND_FLOOR; c.clamp=1; c.clear_flags()
a=Decimal('NaN'); b=Decimal('Infinity')
try:
    print(5, repr(a.compare(b)), c)
except Exception as e:
    print(5, 'EXC', type(e).__name__, e)
c.prec=12; c.rounding=ROUND_HALF_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('74821237899143301467E-67'); b=Decimal('Infinity')
try:
    print(6, repr(a**-2), c)
except Exception as e:
    print(6, 'EXC', type(e).__name__, e)
c.prec=5; c.rounding=ROUND_CEILING; c.clamp=1; c.clear_flags()
a=Decimal('-589290075400917E-113'); b=Decimal('178E-36')
try:
    print(7, repr(a*b), c)
except Exception as e:
    print(7, 'EXC', type(e).__name__, e)
c.prec=15; c.rounding=ROUND_HALF_UP; c.clamp=0; c.clear_flags()
a=Decimal('607E16'); b=Decimal('-6909111146569E-13')
try:
    print(8, repr(a.to_integral_exact()), c)
except Exception as e:
    print(8, 'EXC', type(e).__name__, e)
c.prec=7; c.rounding=ROUND_HALF_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('-0317974054293825E38'); b=Decimal('-56436336E-74')
try:
    print(9, repr(-a), c)
except Exception as e:
    print(9, 'EXC', type(e).__name__, e)
c.prec=10; c.rounding=ROUND_HALF_EVEN; c.clamp=0; c.clear_flags()
a=Decimal('14E80'); b=Decimal('-4366875975104904E16')
try:
    print(10, repr(divmod(a,b)), c)
except Exception as e:
    print(10, 'EXC', type(e).__name__, e)
c.prec=7; c.rounding=ROUND_05UP; c.clamp=1; c.clear_flags()
a=Decimal('4E-70'); b=Decimal('7185E-111')
try:
    print(11, repr(a%b), c)
except Exception as e:
    print(11, 'EXC', type(e).__name__, e)
c.prec=15; c.rounding=ROUND_CEILING; c.clamp=0; c.clear_flags()
a=Decimal('-8023458889263166E-97'); b=Decimal('-6E10')
try:
    print(12, repr(a/b), c)
except Exception as e:
    print(12, 'EXC', type(e).__name__, e)
c.prec=2; c.rounding=ROUND_05UP; c.clamp=1; c.clear_flags()
a=Decimal('-3361E-51'); b=Decimal('5E-1')
try:
    print(13, repr(c.create_decimal(a)), c)
except Exception as e:
    print(13, 'EXC', type(e).__name__, e)
c.prec=20; c.rounding=ROUND_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('703160285E45'); b=Decimal('-87791378848288844E41')
try:
    print(14, repr(a//b), c)
except Exception as e:
    print(14, 'EXC', type(e).__name__, e)
c.prec=16; c.rounding=ROUND_HALF_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('49736818096080868E75'); b=Decimal('-187664E-67')
try:
    print(15, repr(a.compare(b)), c)
except Exception as e:
    print(15, 'EXC', type(e).__name__, e)
c.prec=18; c.rounding=ROUND_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('-8513690420032304E-48'); b=Decimal('1791894386066892E7')
try:
    print(16, repr(c.create_decimal(a)), c)
except Exception as e:
    print(16, 'EXC', type(e).__name__, e)
c.prec=14; c.rounding=ROUND_HALF_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('35259E-50'); b=Decimal('-1232146E-106')
try:
    print(17, repr(divmod(a,b)), c)
except Exception as e:
    print(17, 'EXC', type(e).__name__, e)
c.prec=5; c.rounding=ROUND_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('-1E-79'); b=Decimal('-185831710089E1')
try:
    print(18, repr(a/b), c)
except Exception as e:
    print(18, 'EXC', type(e).__name__, e)
c.prec=20; c.rounding=ROUND_HALF_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('419027E-111'); b=Decimal('685639500326755E-27')
try:
    print(19, repr(abs(a)), c)
except Exception as e:
    print(19, 'EXC', type(e).__name__, e)
c.prec=12; c.rounding=ROUND_HALF_EVEN; c.clamp=0; c.clear_flags()
a=Decimal('16993895441E60'); b=Decimal('2585626321547E-105')
try:
    print(20, repr(a.normalize()), c)
except Exception as e:
    print(20, 'EXC', type(e).__name__, e)
c.prec=9; c.rounding=ROUND_UP; c.clamp=1; c.clear_flags()
a=Decimal('5369281687E34'); b=Decimal('9019134768036E-128')
try:
    print(21, repr(a**3), c)
except Exception as e:
    print(21, 'EXC', type(e).__name__, e)
c.prec=19; c.rounding=ROUND_HALF_EVEN; c.clamp=0; c.clear_flags()
a=Decimal('68917189062672789E22'); b=Decimal('6486945847484400E67')
try:
    print(22, repr(a.compare(b)), c)
except Exception as e:
    print(22, 'EXC', type(e).__name__, e)
c.prec=5; c.rounding=ROUND_FLOOR; c.clamp=1; c.clear_flags()
a=Decimal('0560951367430E3'); b=Decimal('-239109671305821E-37')
try:
    print(23, repr(a.is_subnormal()), c)
except Exception as e:
    print(23, 'EXC', type(e).__name__, e)
c.prec=1; c.rounding=ROUND_HALF_EVEN; c.clamp=0; c.clear_flags()
a=Decimal('-6582423718489544999E-82'); b=Decimal('-3830004E-64')
try:
    print(24, repr(a.sqrt()), c)
except Exception as e:
    print(24, 'EXC', type(e).__name__, e)
c.prec=13; c.rounding=ROUND_HALF_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('-128E-70'); b=Decimal('-355721179376E61')
try:
    print(25, repr(a//b), c)
except Exception as e:
    print(25, 'EXC', type(e).__name__, e)
c.prec=13; c.rounding=ROUND_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('-54826591751816997740E-111'); b=Decimal('14754235551579947847E-49')
try:
    print(26, repr(a**-2), c)
except Exception as e:
    print(26, 'EXC', type(e).__name__, e)
c.prec=3; c.rounding=ROUND_05UP; c.clamp=1; c.clear_flags()
a=Decimal('-5E43'); b=Decimal('9568299E-85')
try:
    print(27, repr(a+b), c)
except Exception as e:
    print(27, 'EXC', type(e).__name__, e)
c.prec=8; c.rounding=ROUND_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('-82E15'); b=Decimal('-19848151415102E-106')
try:
    print(28, repr(abs(a)), c)
except Exception as e:
    print(28, 'EXC', type(e).__name__, e)
c.prec=16; c.rounding=ROUND_UP; c.clamp=0; c.clear_flags()
a=Decimal('655527781906506E83'); b=Decimal('085016623262536684E-60')
try:
    print(29, repr(a.to_integral_exact()), c)
except Exception as e:
    print(29, 'EXC', type(e).__name__, e)
c.prec=18; c.rounding=ROUND_05UP; c.clamp=1; c.clear_flags()
a=Decimal('070970E-50'); b=Decimal('-393979837246E-86')
try:
    print(30, repr(-a), c)
except Exception as e:
    print(30, 'EXC', type(e).__name__, e)
c.prec=12; c.rounding=ROUND_05UP; c.clamp=0; c.clear_flags()
a=Decimal('-81736032688E68'); b=Decimal('-30E93')
try:
    print(31, repr(a.compare(b)), c)
except Exception as e:
    print(31, 'EXC', type(e).__name__, e)
c.prec=1; c.rounding=ROUND_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('-625248E-97'); b=Decimal('29E67')
try:
    print(32, repr(a//b), c)
except Exception as e:
    print(32, 'EXC', type(e).__name__, e)
c.prec=15; c.rounding=ROUND_HALF_UP; c.clamp=1; c.clear_flags()
a=Decimal('981771988E-53'); b=Decimal('-31730868724546E-111')
try:
    print(33, repr(a*b), c)
except Exception as e:
    print(33, 'EXC', type(e).__name__, e)
c.prec=9; c.rounding=ROUND_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('-6717E-127'); b=Decimal('3491703924684568E40')
try:
    print(34, repr(divmod(a,b)), c)
except Exception as e:
    print(34, 'EXC', type(e).__name__, e)
c.prec=4; c.rounding=ROUND_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('44975761129E-106'); b=Decimal('236079E50')
try:
    print(35, repr(a%b), c)
except Exception as e:
    print(35, 'EXC', type(e).__name__, e)
c.prec=7; c.rounding=ROUND_CEILING; c.clamp=1; c.clear_flags()
a=Decimal('-61568232675690E56'); b=Decimal('-39804535471E12')
try:
    print(36, repr(a/b), c)
except Exception as e:
    print(36, 'EXC', type(e).__name__, e)
c.prec=19; c.rounding=ROUND_FLOOR; c.clamp=1; c.clear_flags()
a=Decimal('484835E26'); b=Decimal('-8390312E-68')
try:
    print(37, repr(a**3), c)
except Exception as e:
    print(37, 'EXC', type(e).__name__, e)
c.prec=15; c.rounding=ROUND_HALF_EVEN; c.clamp=1; c.clear_flags()
a=Decimal('-471723988818E104'); b=Decimal('92104539522E22')
try:
    print(38, repr(a%b), c)
except Exception as e:
    print(38, 'EXC', type(e).__name__, e)
c.prec=19; c.rounding=ROUND_FLOOR; c.clamp=0; c.clear_flags()
a=Decimal('46990E-90'); b=Decimal('28E-32')
try:
    print(39, repr(a**3), c)
except Exception as e:
    print(39, 'EXC', type(e).__name__, e)
c.prec=13; c.rounding=ROUND_CEILING; c.clamp=1; c.clear_flags()
a=Decimal('-395002679E-104'); b=Decimal('-96477661918588660504E55')
try:
    print(40, repr(a.is_normal()), c)
except Exception as e:
    print(40, 'EXC', type(e).__name__, e)
c.prec=4; c.rounding=ROUND_05UP; c.clamp=0; c.clear_flags()
a=Decimal('17386071E4'); b=Decimal('3158692369111E3')
try:
    print(41, repr(a.to_integral_exact()), c)
except Exception as e:
    print(41, 'EXC', type(e).__name__, e)
c.prec=15; c.rounding=ROUND_CEILING; c.clamp=1; c.clear_flags()
a=Decimal('0521778625E47'); b=Decimal('NaN')
try:
    print(42, repr(a**3), c)
except Exception as e:
    print(42, 'EXC', type(e).__name__, e)
c.prec=9; c.rounding=ROUND_HALF_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('3340355702838330E36'); b=Decimal('46257612341E51')
try:
    print(43, repr(abs(a)), c)
except Exception as e:
    print(43, 'EXC', type(e).__name__, e)
c.prec=17; c.rounding=ROUND_HALF_EVEN; c.clamp=0; c.clear_flags()
a=Decimal('581983423E-60'); b=Decimal('717E104')
try:
    print(44, repr(a.is_subnormal()), c)
except Exception as e:
    print(44, 'EXC', type(e).__name__, e)
c.prec=8; c.rounding=ROUND_05UP; c.clamp=1; c.clear_flags()
a=Decimal('469124332480220979E-32'); b=Decimal('-0218557084888292E-102')
try:
    print(45, repr(a.sqrt()), c)
except Exception as e:
    print(45, 'EXC', type(e).__name__, e)
c.prec=10; c.rounding=ROUND_FLOOR; c.clamp=0; c.clear_flags()
a=Decimal('-399740390972529097E76'); b=Decimal('011298939E-93')
try:
    print(46, repr(a**3), c)
except Exception as e:
    print(46, 'EXC', type(e).__name__, e)
c.prec=5; c.rounding=ROUND_05UP; c.clamp=0; c.clear_flags()
a=Decimal('49718264327970567E-37'); b=Decimal('27E63')
try:
    print(47, repr(a+b), c)
except Exception as e:
    print(47, 'EXC', type(e).__name__, e)
c.prec=15; c.rounding=ROUND_FLOOR; c.clamp=0; c.clear_flags()
a=Decimal('21684761093441836E-12'); b=Decimal('459302690599E106')
try:
    print(48, repr(divmod(a,b)), c)
except Exception as e:
    print(48, 'EXC', type(e).__name__, e)
c.prec=12; c.rounding=ROUND_UP; c.clamp=0; c.clear_flags()
a=Decimal('36E-42'); b=Decimal('-273639747772738661E-118')
try:
    print(49, repr(abs(a)), c)
except Exception as e:
    print(49, 'EXC', type(e).__name__, e)
c.prec=10; c.rounding=ROUND_FLOOR; c.clamp=0; c.clear_flags()
a=Decimal('-869341502E56'); b=Decimal('10567165E-65')
try:
    print(50, repr(-a), c)
except Exception as e:
    print(50, 'EXC', type(e).__name__, e)
c.prec=17; c.rounding=ROUND_UP; c.clamp=1; c.clear_flags()
a=Decimal('-Infinity'); b=Decimal('03466E-8')
try:
    print(51, repr(+a), c)
except Exception as e:
    print(51, 'EXC', type(e).__name__, e)
c.prec=3; c.rounding=ROUND_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('-34876E-96'); b=Decimal('-314559320079E-128')
try:
    print(52, repr(a/b), c)
except Exception as e:
    print(52, 'EXC', type(e).__name__, e)
c.prec=1; c.rounding=ROUND_FLOOR; c.clamp=0; c.clear_flags()
a=Decimal('-341616707654E-3'); b=Decimal('-3725381562794E49')
try:
    print(53, repr(a**-2), c)
except Exception as e:
    print(53, 'EXC', type(e).__name__, e)
c.prec=2; c.rounding=ROUND_FLOOR; c.clamp=1; c.clear_flags()
a=Decimal('-4067947541005E-48'); b=Decimal('276955093E67')
try:
    print(54, repr(a*b), c)
except Exception as e:
    print(54, 'EXC', type(e).__name__, e)
c.prec=20; c.rounding=ROUND_CEILING; c.clamp=1; c.clear_flags()
a=Decimal('766028447570293E-61'); b=Decimal('38086038E-4')
try:
    print(55, repr(a**-2), c)
except Exception as e:
    print(55, 'EXC', type(e).__name__, e)
c.prec=12; c.rounding=ROUND_FLOOR; c.clamp=1; c.clear_flags()
a=Decimal('5E76'); b=Decimal('-322597E76')
try:
    print(56, repr(a**-2), c)
except Exception as e:
    print(56, 'EXC', type(e).__name__, e)
c.prec=9; c.rounding=ROUND_UP; c.clamp=1; c.clear_flags()
a=Decimal('-733552821114178702E29'); b=Decimal('-54E-29')
try:
    print(57, repr(a**3), c)
except Exception as e:
    print(57, 'EXC', type(e).__name__, e)
c.prec=2; c.rounding=ROUND_HALF_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('9296294E75'); b=Decimal('9432079244646E-32')
try:
    print(58, repr(a-b), c)
except Exception as e:
    print(58, 'EXC', type(e).__name__, e)
c.prec=9; c.rounding=ROUND_FLOOR; c.clamp=1; c.clear_flags()
a=Decimal('-816508725147E74'); b=Decimal('62963842721847612504E14')
try:
    print(59, repr(a**3), c)
except Exception as e:
    print(59, 'EXC', type(e).__name__, e)
c.prec=8; c.rounding=ROUND_05UP; c.clamp=0; c.clear_flags()
a=Decimal('3584802104102572E71'); b=Decimal('-70658680389944E-82')
try:
    print(60, repr(a%b), c)
except Exception as e:
    print(60, 'EXC', type(e).__name__, e)
c.prec=9; c.rounding=ROUND_HALF_EVEN; c.clamp=0; c.clear_flags()
a=Decimal('-811450E62'); b=Decimal('-031508437648176E85')
try:
    print(61, repr(a.is_normal()), c)
except Exception as e:
    print(61, 'EXC', type(e).__name__, e)
c.prec=4; c.rounding=ROUND_HALF_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('65845754415E22'); b=Decimal('-2302843E-85')
try:
    print(62, repr(a**-2), c)
except Exception as e:
    print(62, 'EXC', type(e).__name__, e)
c.prec=17; c.rounding=ROUND_HALF_EVEN; c.clamp=0; c.clear_flags()
a=Decimal('00680615830251E63'); b=Decimal('-67376241652E69')
try:
    print(63, repr(divmod(a,b)), c)
except Exception as e:
    print(63, 'EXC', type(e).__name__, e)
c.prec=17; c.rounding=ROUND_HALF_EVEN; c.clamp=1; c.clear_flags()
a=Decimal('-39E27'); b=Decimal('89117676683698E16')
try:
    print(64, repr(+a), c)
except Exception as e:
    print(64, 'EXC', type(e).__name__, e)
c.prec=4; c.rounding=ROUND_UP; c.clamp=1; c.clear_flags()
a=Decimal('-90E108'); b=Decimal('549537860271322E82')
try:
    print(65, repr(a*b), c)
except Exception as e:
    print(65, 'EXC', type(e).__name__, e)
c.prec=6; c.rounding=ROUND_HALF_UP; c.clamp=1; c.clear_flags()
a=Decimal('-54E2'); b=Decimal('-063743118773170812E77')
try:
    print(66, repr(a-b), c)
except Exception as e:
    print(66, 'EXC', type(e).__name__, e)
c.prec=11; c.rounding=ROUND_UP; c.clamp=0; c.clear_flags()
a=Decimal('-41629609E-11'); b=Decimal('-8538660E79')
try:
    print(67, repr(a.quantize(b)), c)
except Exception as e:
    print(67, 'EXC', type(e).__name__, e)
c.prec=9; c.rounding=ROUND_FLOOR; c.clamp=1; c.clear_flags()
a=Decimal('29702E-59'); b=Decimal('995430135463E-93')
try:
    print(68, repr(a.is_subnormal()), c)
except Exception as e:
    print(68, 'EXC', type(e).__name__, e)
c.prec=1; c.rounding=ROUND_FLOOR; c.clamp=1; c.clear_flags()
a=Decimal('-281158637914141E43'); b=Decimal('6369371565497440E42')
try:
    print(69, repr(a//b), c)
except Exception as e:
    print(69, 'EXC', type(e).__name__, e)
c.prec=16; c.rounding=ROUND_HALF_EVEN; c.clamp=0; c.clear_flags()
a=Decimal('664519181E-14'); b=Decimal('-050950271527E-1')
try:
    print(70, repr(a+b), c)
except Exception as e:
    print(70, 'EXC', type(e).__name__, e)
c.prec=16; c.rounding=ROUND_HALF_UP; c.clamp=1; c.clear_flags()
a=Decimal('6381017638937E-36'); b=Decimal('-1029E71')
try:
    print(71, repr(+a), c)
except Exception as e:
    print(71, 'EXC', type(e).__name__, e)
c.prec=15; c.rounding=ROUND_HALF_EVEN; c.clamp=0; c.clear_flags()
a=Decimal('501568881148E14'); b=Decimal('-21884453E-67')
try:
    print(72, repr(a.is_normal()), c)
except Exception as e:
    print(72, 'EXC', type(e).__name__, e)
c.prec=7; c.rounding=ROUND_UP; c.clamp=0; c.clear_flags()
a=Decimal('172182298269916032E74'); b=Decimal('2489061748066E-54')
try:
    print(73, repr(a.compare(b)), c)
except Exception as e:
    print(73, 'EXC', type(e).__name__, e)
c.prec=4; c.rounding=ROUND_CEILING; c.clamp=0; c.clear_flags()
a=Decimal('-3829816449435167E-32'); b=Decimal('71048028685E-28')
try:
    print(74, repr(a**3), c)
except Exception as e:
    print(74, 'EXC', type(e).__name__, e)
c.prec=2; c.rounding=ROUND_HALF_UP; c.clamp=0; c.clear_flags()
a=Decimal('-88705691E-129'); b=Decimal('-954399052718E64')
try:
    print(75, repr(a.normalize()), c)
except Exception as e:
    print(75, 'EXC', type(e).__name__, e)
c.prec=19; c.rounding=ROUND_HALF_EVEN; c.clamp=1; c.clear_flags()
a=Decimal('56149116345052E79'); b=Decimal('0706918250E27')
try:
    print(76, repr(a.compare(b)), c)
except Exception as e:
    print(76, 'EXC', type(e).__name__, e)
c.prec=11; c.rounding=ROUND_HALF_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('217E45'); b=Decimal('-617511581164813E-106')
try:
    print(77, repr(a//b), c)
except Exception as e:
    print(77, 'EXC', type(e).__name__, e)
c.prec=12; c.rounding=ROUND_HALF_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('6066377668718295E-79'); b=Decimal('-569867E17')
try:
    print(78, repr(divmod(a,b)), c)
except Exception as e:
    print(78, 'EXC', type(e).__name__, e)
c.prec=16; c.rounding=ROUND_HALF_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('-3456904146336918E-84'); b=Decimal('-671329148205928E-5')
try:
    print(79, repr(a**-2), c)
except Exception as e:
    print(79, 'EXC', type(e).__name__, e)
c.prec=4; c.rounding=ROUND_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('-3233E90'); b=Decimal('-9255514E25')
try:
    print(80, repr(a+b), c)
except Exception as e:
    print(80, 'EXC', type(e).__name__, e)
c.prec=15; c.rounding=ROUND_CEILING; c.clamp=1; c.clear_flags()
a=Decimal('-444824714E-123'); b=Decimal('-26282918289440658E-71')
try:
    print(81, repr(a.quantize(b)), c)
except Exception as e:
    print(81, 'EXC', type(e).__name__, e)
c.prec=17; c.rounding=ROUND_HALF_UP; c.clamp=1; c.clear_flags()
a=Decimal('49531819140191354E-40'); b=Decimal('206E16')
try:
    print(82, repr(abs(a)), c)
except Exception as e:
    print(82, 'EXC', type(e).__name__, e)
c.prec=1; c.rounding=ROUND_HALF_UP; c.clamp=0; c.clear_flags()
a=Decimal('859E-3'); b=Decimal('-6273E-110')
try:
    print(83, repr(a.to_integral_exact()), c)
except Exception as e:
    print(83, 'EXC', type(e).__name__, e)
c.prec=10; c.rounding=ROUND_UP; c.clamp=0; c.clear_flags()
a=Decimal('-42826097E73'); b=Decimal('820E-103')
try:
    print(84, repr(a.compare(b)), c)
except Exception as e:
    print(84, 'EXC', type(e).__name__, e)
c.prec=17; c.rounding=ROUND_CEILING; c.clamp=1; c.clear_flags()
a=Decimal('-Infinity'); b=Decimal('-91051363655356034E-118')
try:
    print(85, repr(+a), c)
except Exception as e:
    print(85, 'EXC', type(e).__name__, e)
c.prec=3; c.rounding=ROUND_UP; c.clamp=1; c.clear_flags()
a=Decimal('-23234773523949E3'); b=Decimal('2E-51')
try:
    print(86, repr(a.quantize(b)), c)
except Exception as e:
    print(86, 'EXC', type(e).__name__, e)
c.prec=16; c.rounding=ROUND_HALF_EVEN; c.clamp=0; c.clear_flags()
a=Decimal('81183730E-24'); b=Decimal('116263536489E59')
try:
    print(87, repr(-a), c)
except Exception as e:
    print(87, 'EXC', type(e).__name__, e)
c.prec=11; c.rounding=ROUND_HALF_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('NaN'); b=Decimal('-213273E108')
try:
    print(88, repr(a//b), c)
except Exception as e:
    print(88, 'EXC', type(e).__name__, e)
c.prec=3; c.rounding=ROUND_HALF_UP; c.clamp=0; c.clear_flags()
a=Decimal('03323755142E110'); b=Decimal('-014529148889E-17')
try:
    print(89, repr(a+b), c)
except Exception as e:
    print(89, 'EXC', type(e).__name__, e)
c.prec=6; c.rounding=ROUND_HALF_EVEN; c.clamp=0; c.clear_flags()
a=Decimal('-8225914797E-41'); b=Decimal('-2707968E-117')
try:
    print(90, repr(divmod(a,b)), c)
except Exception as e:
    print(90, 'EXC', type(e).__name__, e)
c.prec=11; c.rounding=ROUND_UP; c.clamp=1; c.clear_flags()
a=Decimal('0036791E-11'); b=Decimal('2E-53')
try:
    print(91, repr(-a), c)
except Exception as e:
    print(91, 'EXC', type(e).__name__, e)
c.prec=1; c.rounding=ROUND_CEILING; c.clamp=1; c.clear_flags()
a=Decimal('-25299966897E-65'); b=Decimal('3927884253896254E33')
try:
    print(92, repr(c.create_decimal(a)), c)
except Exception as e:
    print(92, 'EXC', type(e).__name__, e)
c.prec=18; c.rounding=ROUND_HALF_EVEN; c.clamp=0; c.clear_flags()
a=Decimal('-60764799701577020E-59'); b=Decimal('-039604381E-21')
try:
    print(93, repr(-a), c)
except Exception as e:
    print(93, 'EXC', type(e).__name__, e)
c.prec=3; c.rounding=ROUND_HALF_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('45885E107'); b=Decimal('-423442174300857E72')
try:
    print(94, repr(a.normalize()), c)
except Exception as e:
    print(94, 'EXC', type(e).__name__, e)
c.prec=1; c.rounding=ROUND_UP; c.clamp=0; c.clear_flags()
a=Decimal('-4429492066609E-63'); b=Decimal('3650027339128657E-61')
try:
    print(95, repr(a**3), c)
except Exception as e:
    print(95, 'EXC', type(e).__name__, e)
c.prec=17; c.rounding=ROUND_05UP; c.clamp=0; c.clear_flags()
a=Decimal('-04E6'); b=Decimal('51E-59')
try:
    print(96, repr(a-b), c)
except Exception as e:
    print(96, 'EXC', type(e).__name__, e)
c.prec=19; c.rounding=ROUND_FLOOR; c.clamp=0; c.clear_flags()
a=Decimal('-078343953656150548E90'); b=Decimal('-71166768E77')
try:
    print(97, repr(abs(a)), c)
except Exception as e:
    print(97, 'EXC', type(e).__name__, e)
c.prec=4; c.rounding=ROUND_05UP; c.clamp=0; c.clear_flags()
a=Decimal('-092284E71'); b=Decimal('-07E-115')
try:
    print(98, repr(a.normalize()), c)
except Exception as e:
    print(98, 'EXC', type(e).__name__, e)
c.prec=13; c.rounding=ROUND_05UP; c.clamp=0; c.clear_flags()
a=Decimal('-81E-130'); b=Decimal('72679363960192309760E-32')
try:
    print(99, repr(a.quantize(b)), c)
except Exception as e:
    print(99, 'EXC', type(e).__name__, e)
c.prec=17; c.rounding=ROUND_FLOOR; c.clamp=0; c.clear_flags()
a=Decimal('9515403896634014E-16'); b=Decimal('-37653906491778E-14')
try:
    print(100, repr(a.sqrt()), c)
except Exception as e:
    print(100, 'EXC', type(e).__name__, e)
c.prec=12; c.rounding=ROUND_05UP; c.clamp=1; c.clear_flags()
a=Decimal('97634391895960656419E-33'); b=Decimal('-3607903619E52')
try:
    print(101, repr(a.normalize()), c)
except Exception as e:
    print(101, 'EXC', type(e).__name__, e)
c.prec=19; c.rounding=ROUND_HALF_EVEN; c.clamp=1; c.clear_flags()
a=Decimal('-682029580495875277E-56'); b=Decimal('-9077E5')
try:
    print(102, repr(a**-2), c)
except Exception as e:
    print(102, 'EXC', type(e).__name__, e)
c.prec=13; c.rounding=ROUND_FLOOR; c.clamp=0; c.clear_flags()
a=Decimal('10E-54'); b=Decimal('-6425988E-124')
try:
    print(103, repr(a.to_integral_exact()), c)
except Exception as e:
    print(103, 'EXC', type(e).__name__, e)
c.prec=5; c.rounding=ROUND_CEILING; c.clamp=1; c.clear_flags()
a=Decimal('33201103407090453955E-44'); b=Decimal('-07949853839E28')
try:
    print(104, repr(a.compare(b)), c)
except Exception as e:
    print(104, 'EXC', type(e).__name__, e)
c.prec=4; c.rounding=ROUND_CEILING; c.clamp=0; c.clear_flags()
a=Decimal('-927595E-75'); b=Decimal('75037018E110')
try:
    print(105, repr(a.is_normal()), c)
except Exception as e:
    print(105, 'EXC', type(e).__name__, e)
c.prec=1; c.rounding=ROUND_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('-9861160928402507E69'); b=Decimal('-5E-67')
try:
    print(106, repr(a.to_integral_exact()), c)
except Exception as e:
    print(106, 'EXC', type(e).__name__, e)
c.prec=17; c.rounding=ROUND_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('-5E-51'); b=Decimal('-212178348E97')
try:
    print(107, repr(divmod(a,b)), c)
except Exception as e:
    print(107, 'EXC', type(e).__name__, e)
c.prec=20; c.rounding=ROUND_05UP; c.clamp=1; c.clear_flags()
a=Decimal('-778983404E-53'); b=Decimal('NaN')
try:
    print(108, repr(abs(a)), c)
except Exception as e:
    print(108, 'EXC', type(e).__name__, e)
c.prec=17; c.rounding=ROUND_CEILING; c.clamp=0; c.clear_flags()
a=Decimal('-757168839311385868E12'); b=Decimal('Infinity')
try:
    print(109, repr(c.create_decimal(a)), c)
except Exception as e:
    print(109, 'EXC', type(e).__name__, e)
c.prec=19; c.rounding=ROUND_HALF_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('-2E74'); b=Decimal('7869E65')
try:
    print(110, repr(+a), c)
except Exception as e:
    print(110, 'EXC', type(e).__name__, e)
c.prec=6; c.rounding=ROUND_UP; c.clamp=0; c.clear_flags()
a=Decimal('73785990E-127'); b=Decimal('9134528E3')
try:
    print(111, repr(a.sqrt()), c)
except Exception as e:
    print(111, 'EXC', type(e).__name__, e)
c.prec=11; c.rounding=ROUND_UP; c.clamp=0; c.clear_flags()
a=Decimal('50E55'); b=Decimal('-2E96')
try:
    print(112, repr(a**3), c)
except Exception as e:
    print(112, 'EXC', type(e).__name__, e)
c.prec=16; c.rounding=ROUND_FLOOR; c.clamp=0; c.clear_flags()
a=Decimal('00946462670394431142E47'); b=Decimal('-6570E-115')
try:
    print(113, repr(abs(a)), c)
except Exception as e:
    print(113, 'EXC', type(e).__name__, e)
c.prec=20; c.rounding=ROUND_FLOOR; c.clamp=0; c.clear_flags()
a=Decimal('-0595E12'); b=Decimal('-9238079373701802367E-73')
try:
    print(114, repr(a**-2), c)
except Exception as e:
    print(114, 'EXC', type(e).__name__, e)
c.prec=5; c.rounding=ROUND_HALF_UP; c.clamp=0; c.clear_flags()
a=Decimal('-51E-93'); b=Decimal('-03E94')
try:
    print(115, repr(a//b), c)
except Exception as e:
    print(115, 'EXC', type(e).__name__, e)
c.prec=4; c.rounding=ROUND_HALF_EVEN; c.clamp=1; c.clear_flags()
a=Decimal('09134237163182128662E-34'); b=Decimal('-4090350696484226E74')
try:
    print(116, repr(a.to_integral_exact()), c)
except Exception as e:
    print(116, 'EXC', type(e).__name__, e)
c.prec=5; c.rounding=ROUND_HALF_EVEN; c.clamp=1; c.clear_flags()
a=Decimal('-12654181E59'); b=Decimal('999943749246E-3')
try:
    print(117, repr(a.is_normal()), c)
except Exception as e:
    print(117, 'EXC', type(e).__name__, e)
c.prec=9; c.rounding=ROUND_CEILING; c.clamp=1; c.clear_flags()
a=Decimal('-96347042589E-82'); b=Decimal('-950100547801637277E109')
try:
    print(118, repr(a.sqrt()), c)
except Exception as e:
    print(118, 'EXC', type(e).__name__, e)
c.prec=5; c.rounding=ROUND_05UP; c.clamp=1; c.clear_flags()
a=Decimal('-892329920662839E42'); b=Decimal('51E108')
try:
    print(119, repr(a.normalize()), c)
except Exception as e:
    print(119, 'EXC', type(e).__name__, e)
c.prec=14; c.rounding=ROUND_05UP; c.clamp=0; c.clear_flags()
a=Decimal('100731092128E-41'); b=Decimal('-155689308547E68')
try:
    print(120, repr(a+b), c)
except Exception as e:
    print(120, 'EXC', type(e).__name__, e)
c.prec=3; c.rounding=ROUND_HALF_UP; c.clamp=0; c.clear_flags()
a=Decimal('-798284082E-38'); b=Decimal('-1798646767E88')
try:
    print(121, repr(divmod(a,b)), c)
except Exception as e:
    print(121, 'EXC', type(e).__name__, e)
c.prec=7; c.rounding=ROUND_CEILING; c.clamp=1; c.clear_flags()
a=Decimal('72961E24'); b=Decimal('445630027222211E15')
try:
    print(122, repr(a%b), c)
except Exception as e:
    print(122, 'EXC', type(e).__name__, e)
c.prec=16; c.rounding=ROUND_FLOOR; c.clamp=0; c.clear_flags()
a=Decimal('40E-45'); b=Decimal('-180E36')
try:
    print(123, repr(a-b), c)
except Exception as e:
    print(123, 'EXC', type(e).__name__, e)
c.prec=17; c.rounding=ROUND_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('774463E68'); b=Decimal('792506E101')
try:
    print(124, repr(c.create_decimal(a)), c)
except Exception as e:
    print(124, 'EXC', type(e).__name__, e)
c.prec=14; c.rounding=ROUND_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('432885294356371181E-71'); b=Decimal('-77535123993218E23')
try:
    print(125, repr(a.compare(b)), c)
except Exception as e:
    print(125, 'EXC', type(e).__name__, e)
c.prec=6; c.rounding=ROUND_UP; c.clamp=1; c.clear_flags()
a=Decimal('-4575E13'); b=Decimal('46046E-50')
try:
    print(126, repr(a/b), c)
except Exception as e:
    print(126, 'EXC', type(e).__name__, e)
c.prec=3; c.rounding=ROUND_HALF_EVEN; c.clamp=0; c.clear_flags()
a=Decimal('-18473115734644703E33'); b=Decimal('1E-23')
try:
    print(127, repr(+a), c)
except Exception as e:
    print(127, 'EXC', type(e).__name__, e)
c.prec=3; c.rounding=ROUND_05UP; c.clamp=0; c.clear_flags()
a=Decimal('5508675425991251E-85'); b=Decimal('-692459E-55')
try:
    print(128, repr(-a), c)
except Exception as e:
    print(128, 'EXC', type(e).__name__, e)
c.prec=14; c.rounding=ROUND_HALF_EVEN; c.clamp=1; c.clear_flags()
a=Decimal('12886899712E60'); b=Decimal('-1727299495E-104')
try:
    print(129, repr(c.create_decimal(a)), c)
except Exception as e:
    print(129, 'EXC', type(e).__name__, e)
c.prec=4; c.rounding=ROUND_HALF_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('1549265E3'); b=Decimal('-40E42')
try:
    print(130, repr(a.is_normal()), c)
except Exception as e:
    print(130, 'EXC', type(e).__name__, e)
c.prec=14; c.rounding=ROUND_05UP; c.clamp=0; c.clear_flags()
a=Decimal('7036277279315263107E85'); b=Decimal('-348E68')
try:
    print(131, repr(+a), c)
except Exception as e:
    print(131, 'EXC', type(e).__name__, e)
c.prec=8; c.rounding=ROUND_CEILING; c.clamp=0; c.clear_flags()
a=Decimal('-859220869508163E84'); b=Decimal('Infinity')
try:
    print(132, repr(a.to_integral_exact()), c)
except Exception as e:
    print(132, 'EXC', type(e).__name__, e)
c.prec=7; c.rounding=ROUND_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('-99E-33'); b=Decimal('5073E-83')
try:
    print(133, repr(a**3), c)
except Exception as e:
    print(133, 'EXC', type(e).__name__, e)
c.prec=6; c.rounding=ROUND_CEILING; c.clamp=0; c.clear_flags()
a=Decimal('-407E-5'); b=Decimal('4149E-43')
try:
    print(134, repr(a.sqrt()), c)
except Exception as e:
    print(134, 'EXC', type(e).__name__, e)
c.prec=10; c.rounding=ROUND_FLOOR; c.clamp=1; c.clear_flags()
a=Decimal('-7195316800E-55'); b=Decimal('61961636957371E68')
try:
    print(135, repr(c.create_decimal(a)), c)
except Exception as e:
    print(135, 'EXC', type(e).__name__, e)
c.prec=10; c.rounding=ROUND_05UP; c.clamp=0; c.clear_flags()
a=Decimal('8450705976149004421E-70'); b=Decimal('00507882061687156486E72')
try:
    print(136, repr(a.is_subnormal()), c)
except Exception as e:
    print(136, 'EXC', type(e).__name__, e)
c.prec=11; c.rounding=ROUND_HALF_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('-097260929427146053E98'); b=Decimal('167098107E-8')
try:
    print(137, repr(a.is_normal()), c)
except Exception as e:
    print(137, 'EXC', type(e).__name__, e)
c.prec=9; c.rounding=ROUND_HALF_UP; c.clamp=1; c.clear_flags()
a=Decimal('-172488125668786E-96'); b=Decimal('33377954402130313E-100')
try:
    print(138, repr(a.normalize()), c)
except Exception as e:
    print(138, 'EXC', type(e).__name__, e)
c.prec=2; c.rounding=ROUND_05UP; c.clamp=0; c.clear_flags()
a=Decimal('7258489522432310659E44'); b=Decimal('-06E-115')
try:
    print(139, repr(a**3), c)
except Exception as e:
    print(139, 'EXC', type(e).__name__, e)
c.prec=20; c.rounding=ROUND_HALF_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('-016673277812E-130'); b=Decimal('-23692092E57')
try:
    print(140, repr(a*b), c)
except Exception as e:
    print(140, 'EXC', type(e).__name__, e)
c.prec=20; c.rounding=ROUND_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('508E103'); b=Decimal('71770999295500597793E88')
try:
    print(141, repr(divmod(a,b)), c)
except Exception as e:
    print(141, 'EXC', type(e).__name__, e)
c.prec=10; c.rounding=ROUND_CEILING; c.clamp=1; c.clear_flags()
a=Decimal('550965411946119865E75'); b=Decimal('-9843508E-53')
try:
    print(142, repr(abs(a)), c)
except Exception as e:
    print(142, 'EXC', type(e).__name__, e)
c.prec=3; c.rounding=ROUND_HALF_EVEN; c.clamp=1; c.clear_flags()
a=Decimal('-516549246052318929E-103'); b=Decimal('-65840E-18')
try:
    print(143, repr(a/b), c)
except Exception as e:
    print(143, 'EXC', type(e).__name__, e)
c.prec=11; c.rounding=ROUND_HALF_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('7965834519E18'); b=Decimal('23890207770740807E43')
try:
    print(144, repr(a**3), c)
except Exception as e:
    print(144, 'EXC', type(e).__name__, e)
c.prec=18; c.rounding=ROUND_FLOOR; c.clamp=0; c.clear_flags()
a=Decimal('2688444516533011970E-10'); b=Decimal('59644313020279665854E81')
try:
    print(145, repr(+a), c)
except Exception as e:
    print(145, 'EXC', type(e).__name__, e)
c.prec=3; c.rounding=ROUND_HALF_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('0E+5'); b=Decimal('03235334287138705E87')
try:
    print(146, repr(a-b), c)
except Exception as e:
    print(146, 'EXC', type(e).__name__, e)
c.prec=9; c.rounding=ROUND_05UP; c.clamp=0; c.clear_flags()
a=Decimal('Infinity'); b=Decimal('036393158402E-17')
try:
    print(147, repr(a.sqrt()), c)
except Exception as e:
    print(147, 'EXC', type(e).__name__, e)
c.prec=13; c.rounding=ROUND_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('088683727E-73'); b=Decimal('-3818560810E109')
try:
    print(148, repr(a*b), c)
except Exception as e:
    print(148, 'EXC', type(e).__name__, e)
c.prec=16; c.rounding=ROUND_05UP; c.clamp=0; c.clear_flags()
a=Decimal('303271597610242094E34'); b=Decimal('-267802727355307E65')
try:
    print(149, repr(a.to_integral_exact()), c)
except Exception as e:
    print(149, 'EXC', type(e).__name__, e)
c.prec=13; c.rounding=ROUND_05UP; c.clamp=1; c.clear_flags()
a=Decimal('3449819892E12'); b=Decimal('673E59')
try:
    print(150, repr(a-b), c)
except Exception as e:
    print(150, 'EXC', type(e).__name__, e)
c.prec=3; c.rounding=ROUND_HALF_UP; c.clamp=1; c.clear_flags()
a=Decimal('-9962E44'); b=Decimal('18161E-95')
try:
    print(151, repr(c.create_decimal(a)), c)
except Exception as e:
    print(151, 'EXC', type(e).__name__, e)
c.prec=1; c.rounding=ROUND_FLOOR; c.clamp=0; c.clear_flags()
a=Decimal('999800356E-106'); b=Decimal('203856837E-78')
try:
    print(152, repr(a*b), c)
except Exception as e:
    print(152, 'EXC', type(e).__name__, e)
c.prec=2; c.rounding=ROUND_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('-2059532938498E-56'); b=Decimal('385289040E-51')
try:
    print(153, repr(a*b), c)
except Exception as e:
    print(153, 'EXC', type(e).__name__, e)
c.prec=8; c.rounding=ROUND_FLOOR; c.clamp=0; c.clear_flags()
a=Decimal('74350E82'); b=Decimal('-93995169E15')
try:
    print(154, repr(a.sqrt()), c)
except Exception as e:
    print(154, 'EXC', type(e).__name__, e)
c.prec=9; c.rounding=ROUND_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('51628489E80'); b=Decimal('893419741409687729E-109')
try:
    print(155, repr(a.quantize(b)), c)
except Exception as e:
    print(155, 'EXC', type(e).__name__, e)
c.prec=12; c.rounding=ROUND_HALF_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('829997E-10'); b=Decimal('883419494834456E-4')
try:
    print(156, repr(abs(a)), c)
except Exception as e:
    print(156, 'EXC', type(e).__name__, e)
c.prec=1; c.rounding=ROUND_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('-26711059936798584180E-21'); b=Decimal('-2689542022229834E-108')
try:
    print(157, repr(a*b), c)
except Exception as e:
    print(157, 'EXC', type(e).__name__, e)
c.prec=6; c.rounding=ROUND_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('-255741987809965E-82'); b=Decimal('-90375472733736594E-11')
try:
    print(158, repr(a**-2), c)
except Exception as e:
    print(158, 'EXC', type(e).__name__, e)
c.prec=16; c.rounding=ROUND_HALF_UP; c.clamp=1; c.clear_flags()
a=Decimal('74994676669288E-19'); b=Decimal('1510804E-123')
try:
    print(159, repr(a+b), c)
except Exception as e:
    print(159, 'EXC', type(e).__name__, e)
c.prec=3; c.rounding=ROUND_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('00657793910E42'); b=Decimal('716673327743E20')
try:
    print(160, repr(a%b), c)
except Exception as e:
    print(160, 'EXC', type(e).__name__, e)
c.prec=7; c.rounding=ROUND_UP; c.clamp=1; c.clear_flags()
a=Decimal('1309405377382E-66'); b=Decimal('0110E8')
try:
    print(161, repr(a**3), c)
except Exception as e:
    print(161, 'EXC', type(e).__name__, e)
c.prec=8; c.rounding=ROUND_CEILING; c.clamp=0; c.clear_flags()
a=Decimal('937836830121832984E-58'); b=Decimal('-74076416565185E86')
try:
    print(162, repr(-a), c)
except Exception as e:
    print(162, 'EXC', type(e).__name__, e)
c.prec=5; c.rounding=ROUND_HALF_UP; c.clamp=1; c.clear_flags()
a=Decimal('-79460E-67'); b=Decimal('-86858177944697E-110')
try:
    print(163, repr(a.sqrt()), c)
except Exception as e:
    print(163, 'EXC', type(e).__name__, e)
c.prec=2; c.rounding=ROUND_05UP; c.clamp=0; c.clear_flags()
a=Decimal('-2E102'); b=Decimal('7E39')
try:
    print(164, repr(+a), c)
except Exception as e:
    print(164, 'EXC', type(e).__name__, e)
c.prec=14; c.rounding=ROUND_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('-37809928823134897E-13'); b=Decimal('-9767853188391143928E-19')
try:
    print(165, repr(a.to_integral_exact()), c)
except Exception as e:
    print(165, 'EXC', type(e).__name__, e)
c.prec=12; c.rounding=ROUND_UP; c.clamp=0; c.clear_flags()
a=Decimal('-2E-49'); b=Decimal('-169089677845346E-71')
try:
    print(166, repr(a.normalize()), c)
except Exception as e:
    print(166, 'EXC', type(e).__name__, e)
c.prec=16; c.rounding=ROUND_FLOOR; c.clamp=0; c.clear_flags()
a=Decimal('-211402145892816375E79'); b=Decimal('-74099E20')
try:
    print(167, repr(a.is_normal()), c)
except Exception as e:
    print(167, 'EXC', type(e).__name__, e)
c.prec=15; c.rounding=ROUND_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('-848195E43'); b=Decimal('Infinity')
try:
    print(168, repr(abs(a)), c)
except Exception as e:
    print(168, 'EXC', type(e).__name__, e)
c.prec=7; c.rounding=ROUND_FLOOR; c.clamp=1; c.clear_flags()
a=Decimal('-84497370589624316087E58'); b=Decimal('95545E60')
try:
    print(169, repr(a%b), c)
except Exception as e:
    print(169, 'EXC', type(e).__name__, e)
c.prec=9; c.rounding=ROUND_FLOOR; c.clamp=1; c.clear_flags()
a=Decimal('2465E-34'); b=Decimal('-322614542631E50')
try:
    print(170, repr(a.compare(b)), c)
except Exception as e:
    print(170, 'EXC', type(e).__name__, e)
c.prec=8; c.rounding=ROUND_HALF_EVEN; c.clamp=0; c.clear_flags()
a=Decimal('105956950716070E31'); b=Decimal('-39269734845E-41')
try:
    print(171, repr(a**3), c)
except Exception as e:
    print(171, 'EXC', type(e).__name__, e)
c.prec=12; c.rounding=ROUND_UP; c.clamp=0; c.clear_flags()
a=Decimal('-1902643264150821E106'); b=Decimal('-72468E-1')
try:
    print(172, repr(a-b), c)
except Exception as e:
    print(172, 'EXC', type(e).__name__, e)
c.prec=15; c.rounding=ROUND_HALF_EVEN; c.clamp=0; c.clear_flags()
a=Decimal('6882E52'); b=Decimal('-682492712E110')
try:
    print(173, repr(a.to_integral_exact()), c)
except Exception as e:
    print(173, 'EXC', type(e).__name__, e)
c.prec=16; c.rounding=ROUND_05UP; c.clamp=1; c.clear_flags()
a=Decimal('7543584567050E49'); b=Decimal('8081969615E-15')
try:
    print(174, repr(a.sqrt()), c)
except Exception as e:
    print(174, 'EXC', type(e).__name__, e)
c.prec=10; c.rounding=ROUND_HALF_EVEN; c.clamp=1; c.clear_flags()
a=Decimal('-39E-88'); b=Decimal('-58866670724821897109E70')
try:
    print(175, repr(a%b), c)
except Exception as e:
    print(175, 'EXC', type(e).__name__, e)
c.prec=15; c.rounding=ROUND_HALF_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('8096271282732747E-83'); b=Decimal('-34E56')
try:
    print(176, repr(c.create_decimal(a)), c)
except Exception as e:
    print(176, 'EXC', type(e).__name__, e)
c.prec=13; c.rounding=ROUND_FLOOR; c.clamp=0; c.clear_flags()
a=Decimal('1419012420E74'); b=Decimal('591E31')
try:
    print(177, repr(a.sqrt()), c)
except Exception as e:
    print(177, 'EXC', type(e).__name__, e)
c.prec=15; c.rounding=ROUND_HALF_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('-3670250263742E-111'); b=Decimal('-191997870E-12')
try:
    print(178, repr(a.is_normal()), c)
except Exception as e:
    print(178, 'EXC', type(e).__name__, e)
c.prec=1; c.rounding=ROUND_CEILING; c.clamp=1; c.clear_flags()
a=Decimal('-47750E-54'); b=Decimal('832734548150214704E-8')
try:
    print(179, repr(a.compare(b)), c)
except Exception as e:
    print(179, 'EXC', type(e).__name__, e)
c.prec=9; c.rounding=ROUND_CEILING; c.clamp=0; c.clear_flags()
a=Decimal('9E27'); b=Decimal('-814238297457943E25')
try:
    print(180, repr(a.is_subnormal()), c)
except Exception as e:
    print(180, 'EXC', type(e).__name__, e)
c.prec=15; c.rounding=ROUND_HALF_UP; c.clamp=1; c.clear_flags()
a=Decimal('-8945504522216E64'); b=Decimal('03165490646E12')
try:
    print(181, repr(-a), c)
except Exception as e:
    print(181, 'EXC', type(e).__name__, e)
c.prec=20; c.rounding=ROUND_HALF_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('0519111728E-39'); b=Decimal('8137E14')
try:
    print(182, repr(divmod(a,b)), c)
except Exception as e:
    print(182, 'EXC', type(e).__name__, e)
c.prec=7; c.rounding=ROUND_FLOOR; c.clamp=1; c.clear_flags()
a=Decimal('9061111763E-70'); b=Decimal('-285097116509E28')
try:
    print(183, repr(a//b), c)
except Exception as e:
    print(183, 'EXC', type(e).__name__, e)
c.prec=5; c.rounding=ROUND_HALF_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('0E+5'); b=Decimal('-26889379460E-7')
try:
    print(184, repr(a.to_integral_exact()), c)
except Exception as e:
    print(184, 'EXC', type(e).__name__, e)
c.prec=10; c.rounding=ROUND_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('-16E-74'); b=Decimal('292728429309339E-123')
try:
    print(185, repr(a.is_subnormal()), c)
except Exception as e:
    print(185, 'EXC', type(e).__name__, e)
c.prec=16; c.rounding=ROUND_05UP; c.clamp=1; c.clear_flags()
a=Decimal('48363714049712427E-2'); b=Decimal('52413700797537E96')
try:
    print(186, repr(a**3), c)
except Exception as e:
    print(186, 'EXC', type(e).__name__, e)
c.prec=18; c.rounding=ROUND_CEILING; c.clamp=1; c.clear_flags()
a=Decimal('225266140477E73'); b=Decimal('-5707E105')
try:
    print(187, repr(a.sqrt()), c)
except Exception as e:
    print(187, 'EXC', type(e).__name__, e)
c.prec=10; c.rounding=ROUND_HALF_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('-94357053296775165E-107'); b=Decimal('28846471303693972391E-113')
try:
    print(188, repr(-a), c)
except Exception as e:
    print(188, 'EXC', type(e).__name__, e)
c.prec=5; c.rounding=ROUND_05UP; c.clamp=0; c.clear_flags()
a=Decimal('4228144844E-105'); b=Decimal('-9552016731804518108E68')
try:
    print(189, repr(abs(a)), c)
except Exception as e:
    print(189, 'EXC', type(e).__name__, e)
c.prec=3; c.rounding=ROUND_HALF_UP; c.clamp=0; c.clear_flags()
a=Decimal('-83703E14'); b=Decimal('-93E-110')
try:
    print(190, repr(a**3), c)
except Exception as e:
    print(190, 'EXC', type(e).__name__, e)
c.prec=12; c.rounding=ROUND_HALF_EVEN; c.clamp=1; c.clear_flags()
a=Decimal('92910192895E-82'); b=Decimal('37318E-73')
try:
    print(191, repr(a.is_normal()), c)
except Exception as e:
    print(191, 'EXC', type(e).__name__, e)
c.prec=15; c.rounding=ROUND_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('387011962E-111'); b=Decimal('-887655833503035E-23')
try:
    print(192, repr(a.quantize(b)), c)
except Exception as e:
    print(192, 'EXC', type(e).__name__, e)
c.prec=19; c.rounding=ROUND_FLOOR; c.clamp=0; c.clear_flags()
a=Decimal('-674173414E-123'); b=Decimal('Infinity')
try:
    print(193, repr(a.quantize(b)), c)
except Exception as e:
    print(193, 'EXC', type(e).__name__, e)
c.prec=6; c.rounding=ROUND_FLOOR; c.clamp=1; c.clear_flags()
a=Decimal('-220203059E0'); b=Decimal('-000E109')
try:
    print(194, repr(a+b), c)
except Exception as e:
    print(194, 'EXC', type(e).__name__, e)
c.prec=1; c.rounding=ROUND_UP; c.clamp=1; c.clear_flags()
a=Decimal('20936502951475331255E-113'); b=Decimal('-8174283009103E38')
try:
    print(195, repr(c.create_decimal(a)), c)
except Exception as e:
    print(195, 'EXC', type(e).__name__, e)
c.prec=17; c.rounding=ROUND_FLOOR; c.clamp=1; c.clear_flags()
a=Decimal('806E26'); b=Decimal('506067204416E-21')
try:
    print(196, repr(a.compare(b)), c)
except Exception as e:
    print(196, 'EXC', type(e).__name__, e)
c.prec=9; c.rounding=ROUND_CEILING; c.clamp=1; c.clear_flags()
a=Decimal('-814825932E-7'); b=Decimal('-996555319243201E98')
try:
    print(197, repr(a*b), c)
except Exception as e:
    print(197, 'EXC', type(e).__name__, e)
c.prec=5; c.rounding=ROUND_CEILING; c.clamp=0; c.clear_flags()
a=Decimal('-67517326047993E88'); b=Decimal('607E62')
try:
    print(198, repr(a.sqrt()), c)
except Exception as e:
    print(198, 'EXC', type(e).__name__, e)
c.prec=20; c.rounding=ROUND_05UP; c.clamp=0; c.clear_flags()
a=Decimal('-83E-44'); b=Decimal('-62701E46')
try:
    print(199, repr(abs(a)), c)
except Exception as e:
    print(199, 'EXC', type(e).__name__, e)
c.prec=8; c.rounding=ROUND_CEILING; c.clamp=0; c.clear_flags()
a=Decimal('903755164E-1'); b=Decimal('53E-40')
try:
    print(200, repr(c.create_decimal(a)), c)
except Exception as e:
    print(200, 'EXC', type(e).__name__, e)
c.prec=3; c.rounding=ROUND_CEILING; c.clamp=0; c.clear_flags()
a=Decimal('-068438931119749E27'); b=Decimal('-695E31')
try:
    print(201, repr(a.sqrt()), c)
except Exception as e:
    print(201, 'EXC', type(e).__name__, e)
c.prec=13; c.rounding=ROUND_UP; c.clamp=1; c.clear_flags()
a=Decimal('-401381252725E-93'); b=Decimal('-900508648917E7')
try:
    print(202, repr(a.to_integral_exact()), c)
except Exception as e:
    print(202, 'EXC', type(e).__name__, e)
c.prec=1; c.rounding=ROUND_HALF_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('17187936380E-126'); b=Decimal('105713810103283E-130')
try:
    print(203, repr(divmod(a,b)), c)
except Exception as e:
    print(203, 'EXC', type(e).__name__, e)
c.prec=7; c.rounding=ROUND_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('-51850906979003747E-9'); b=Decimal('-07161101E-49')
try:
    print(204, repr(a-b), c)
except Exception as e:
    print(204, 'EXC', type(e).__name__, e)
c.prec=18; c.rounding=ROUND_FLOOR; c.clamp=0; c.clear_flags()
a=Decimal('-4686E-111'); b=Decimal('-15203325225927370E-100')
try:
    print(205, repr(+a), c)
except Exception as e:
    print(205, 'EXC', type(e).__name__, e)
c.prec=8; c.rounding=ROUND_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('15990004E55'); b=Decimal('6187750721302050761E-32')
try:
    print(206, repr(a.compare(b)), c)
except Exception as e:
    print(206, 'EXC', type(e).__name__, e)
c.prec=6; c.rounding=ROUND_FLOOR; c.clamp=0; c.clear_flags()
a=Decimal('-179E-22'); b=Decimal('-568706372043697E-14')
try:
    print(207, repr(a.is_normal()), c)
except Exception as e:
    print(207, 'EXC', type(e).__name__, e)
c.prec=7; c.rounding=ROUND_05UP; c.clamp=1; c.clear_flags()
a=Decimal('-935049747432842757E-109'); b=Decimal('765812528676849E-130')
try:
    print(208, repr(a.is_normal()), c)
except Exception as e:
    print(208, 'EXC', type(e).__name__, e)
c.prec=11; c.rounding=ROUND_HALF_UP; c.clamp=1; c.clear_flags()
a=Decimal('-958219736690408889E-125'); b=Decimal('89297705884E39')
try:
    print(209, repr(c.create_decimal(a)), c)
except Exception as e:
    print(209, 'EXC', type(e).__name__, e)
c.prec=14; c.rounding=ROUND_FLOOR; c.clamp=1; c.clear_flags()
a=Decimal('-9E78'); b=Decimal('-42175583859965275E12')
try:
    print(210, repr(a.to_integral_exact()), c)
except Exception as e:
    print(210, 'EXC', type(e).__name__, e)
c.prec=18; c.rounding=ROUND_HALF_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('-7611188461284424E-14'); b=Decimal('-266613090183297542E-110')
try:
    print(211, repr(divmod(a,b)), c)
except Exception as e:
    print(211, 'EXC', type(e).__name__, e)
c.prec=1; c.rounding=ROUND_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('74417117013948778E-78'); b=Decimal('-525727490341910835E-71')
try:
    print(212, repr(divmod(a,b)), c)
except Exception as e:
    print(212, 'EXC', type(e).__name__, e)
c.prec=15; c.rounding=ROUND_HALF_UP; c.clamp=0; c.clear_flags()
a=Decimal('-54E-85'); b=Decimal('3407702581992E59')
try:
    print(213, repr(a/b), c)
except Exception as e:
    print(213, 'EXC', type(e).__name__, e)
c.prec=16; c.rounding=ROUND_UP; c.clamp=1; c.clear_flags()
a=Decimal('-62394809216328E21'); b=Decimal('-7045E20')
try:
    print(214, repr(a*b), c)
except Exception as e:
    print(214, 'EXC', type(e).__name__, e)
c.prec=11; c.rounding=ROUND_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('0742628E55'); b=Decimal('-033804748668163E38')
try:
    print(215, repr(a.sqrt()), c)
except Exception as e:
    print(215, 'EXC', type(e).__name__, e)
c.prec=12; c.rounding=ROUND_HALF_UP; c.clamp=1; c.clear_flags()
a=Decimal('48184546809079E-14'); b=Decimal('45091E-116')
try:
    print(216, repr(a.is_subnormal()), c)
except Exception as e:
    print(216, 'EXC', type(e).__name__, e)
c.prec=9; c.rounding=ROUND_05UP; c.clamp=1; c.clear_flags()
a=Decimal('-139844E12'); b=Decimal('-3794054442290120938E-58')
try:
    print(217, repr(a**3), c)
except Exception as e:
    print(217, 'EXC', type(e).__name__, e)
c.prec=16; c.rounding=ROUND_05UP; c.clamp=0; c.clear_flags()
a=Decimal('-84141286096415734E-20'); b=Decimal('-98E72')
try:
    print(218, repr(a.normalize()), c)
except Exception as e:
    print(218, 'EXC', type(e).__name__, e)
c.prec=17; c.rounding=ROUND_HALF_UP; c.clamp=1; c.clear_flags()
a=Decimal('-145061945E88'); b=Decimal('-4047803023E-63')
try:
    print(219, repr(abs(a)), c)
except Exception as e:
    print(219, 'EXC', type(e).__name__, e)
c.prec=14; c.rounding=ROUND_HALF_EVEN; c.clamp=0; c.clear_flags()
a=Decimal('-14891931E-8'); b=Decimal('989968140602152162E14')
try:
    print(220, repr(a.quantize(b)), c)
except Exception as e:
    print(220, 'EXC', type(e).__name__, e)
c.prec=14; c.rounding=ROUND_HALF_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('87060901098E-63'); b=Decimal('-81316E89')
try:
    print(221, repr(abs(a)), c)
except Exception as e:
    print(221, 'EXC', type(e).__name__, e)
c.prec=7; c.rounding=ROUND_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('572780791215E12'); b=Decimal('-25278E-9')
try:
    print(222, repr(a//b), c)
except Exception as e:
    print(222, 'EXC', type(e).__name__, e)
c.prec=11; c.rounding=ROUND_UP; c.clamp=1; c.clear_flags()
a=Decimal('69688486466410936066E-116'); b=Decimal('-105532955028147E66')
try:
    print(223, repr(a.normalize()), c)
except Exception as e:
    print(223, 'EXC', type(e).__name__, e)
c.prec=4; c.rounding=ROUND_HALF_EVEN; c.clamp=1; c.clear_flags()
a=Decimal('748856362E-4'); b=Decimal('-47602668380575108692E102')
try:
    print(224, repr(a.is_normal()), c)
except Exception as e:
    print(224, 'EXC', type(e).__name__, e)
c.prec=20; c.rounding=ROUND_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('999426012722E-93'); b=Decimal('-8E108')
try:
    print(225, repr(a/b), c)
except Exception as e:
    print(225, 'EXC', type(e).__name__, e)
c.prec=8; c.rounding=ROUND_HALF_UP; c.clamp=1; c.clear_flags()
a=Decimal('-739400574630256365E85'); b=Decimal('sNaN')
try:
    print(226, repr(a%b), c)
except Exception as e:
    print(226, 'EXC', type(e).__name__, e)
c.prec=7; c.rounding=ROUND_HALF_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('-904142760044E-125'); b=Decimal('335953E95')
try:
    print(227, repr(a.to_integral_exact()), c)
except Exception as e:
    print(227, 'EXC', type(e).__name__, e)
c.prec=17; c.rounding=ROUND_CEILING; c.clamp=0; c.clear_flags()
a=Decimal('2694E-38'); b=Decimal('-8858817967E84')
try:
    print(228, repr(a.quantize(b)), c)
except Exception as e:
    print(228, 'EXC', type(e).__name__, e)
c.prec=12; c.rounding=ROUND_CEILING; c.clamp=1; c.clear_flags()
a=Decimal('-1911554561064E-37'); b=Decimal('-20853E-19')
try:
    print(229, repr(a-b), c)
except Exception as e:
    print(229, 'EXC', type(e).__name__, e)
c.prec=2; c.rounding=ROUND_FLOOR; c.clamp=1; c.clear_flags()
a=Decimal('38280805E13'); b=Decimal('2E-120')
try:
    print(230, repr(a%b), c)
except Exception as e:
    print(230, 'EXC', type(e).__name__, e)
c.prec=4; c.rounding=ROUND_HALF_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('39534E-1'); b=Decimal('11E-94')
try:
    print(231, repr(a.to_integral_exact()), c)
except Exception as e:
    print(231, 'EXC', type(e).__name__, e)
c.prec=5; c.rounding=ROUND_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('7547122E28'); b=Decimal('-6484873968332351680E94')
try:
    print(232, repr(a.quantize(b)), c)
except Exception as e:
    print(232, 'EXC', type(e).__name__, e)
c.prec=16; c.rounding=ROUND_HALF_EVEN; c.clamp=1; c.clear_flags()
a=Decimal('-956585783E-79'); b=Decimal('-72616925E-80')
try:
    print(233, repr(a.compare(b)), c)
except Exception as e:
    print(233, 'EXC', type(e).__name__, e)
c.prec=19; c.rounding=ROUND_HALF_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('20202449546899226442E88'); b=Decimal('6830551302089E-120')
try:
    print(234, repr(a*b), c)
except Exception as e:
    print(234, 'EXC', type(e).__name__, e)
c.prec=16; c.rounding=ROUND_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('sNaN'); b=Decimal('00168443110954E-77')
try:
    print(235, repr(divmod(a,b)), c)
except Exception as e:
    print(235, 'EXC', type(e).__name__, e)
c.prec=19; c.rounding=ROUND_HALF_EVEN; c.clamp=1; c.clear_flags()
a=Decimal('5851817E107'); b=Decimal('-257297925478047E67')
try:
    print(236, repr(a.sqrt()), c)
except Exception as e:
    print(236, 'EXC', type(e).__name__, e)
c.prec=3; c.rounding=ROUND_HALF_EVEN; c.clamp=0; c.clear_flags()
a=Decimal('-2804256624E44'); b=Decimal('16207E-76')
try:
    print(237, repr(abs(a)), c)
except Exception as e:
    print(237, 'EXC', type(e).__name__, e)
c.prec=7; c.rounding=ROUND_HALF_UP; c.clamp=1; c.clear_flags()
a=Decimal('132430834E-65'); b=Decimal('6660E21')
try:
    print(238, repr(a.quantize(b)), c)
except Exception as e:
    print(238, 'EXC', type(e).__name__, e)
c.prec=18; c.rounding=ROUND_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('-263808916535174452E-54'); b=Decimal('77563038484E-62')
try:
    print(239, repr(a.is_normal()), c)
except Exception as e:
    print(239, 'EXC', type(e).__name__, e)
c.prec=10; c.rounding=ROUND_HALF_EVEN; c.clamp=1; c.clear_flags()
a=Decimal('-2E-57'); b=Decimal('393264E-15')
try:
    print(240, repr(a.quantize(b)), c)
except Exception as e:
    print(240, 'EXC', type(e).__name__, e)
c.prec=11; c.rounding=ROUND_CEILING; c.clamp=0; c.clear_flags()
a=Decimal('-1E79'); b=Decimal('sNaN')
try:
    print(241, repr(a.is_subnormal()), c)
except Exception as e:
    print(241, 'EXC', type(e).__name__, e)
c.prec=5; c.rounding=ROUND_HALF_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('72025071109E-46'); b=Decimal('0215451E-62')
try:
    print(242, repr(+a), c)
except Exception as e:
    print(242, 'EXC', type(e).__name__, e)
c.prec=5; c.rounding=ROUND_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('NaN'); b=Decimal('-37711083525E92')
try:
    print(243, repr(a*b), c)
except Exception as e:
    print(243, 'EXC', type(e).__name__, e)
c.prec=8; c.rounding=ROUND_UP; c.clamp=0; c.clear_flags()
a=Decimal('532764792360E43'); b=Decimal('-17438897E99')
try:
    print(244, repr(a.quantize(b)), c)
except Exception as e:
    print(244, 'EXC', type(e).__name__, e)
c.prec=13; c.rounding=ROUND_HALF_EVEN; c.clamp=1; c.clear_flags()
a=Decimal('32506484768621E30'); b=Decimal('00255612E-77')
try:
    print(245, repr(a+b), c)
except Exception as e:
    print(245, 'EXC', type(e).__name__, e)
c.prec=15; c.rounding=ROUND_HALF_UP; c.clamp=1; c.clear_flags()
a=Decimal('-977822427723827408E55'); b=Decimal('-12117271260640446E-6')
try:
    print(246, repr(a*b), c)
except Exception as e:
    print(246, 'EXC', type(e).__name__, e)
c.prec=19; c.rounding=ROUND_05UP; c.clamp=0; c.clear_flags()
a=Decimal('473617E-98'); b=Decimal('95397744764470E37')
try:
    print(247, repr(a*b), c)
except Exception as e:
    print(247, 'EXC', type(e).__name__, e)
c.prec=3; c.rounding=ROUND_HALF_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('250848806E-113'); b=Decimal('819744812620E76')
try:
    print(248, repr(a%b), c)
except Exception as e:
    print(248, 'EXC', type(e).__name__, e)
c.prec=11; c.rounding=ROUND_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('-171729528626157531E40'); b=Decimal('-5E-8')
try:
    print(249, repr(a.quantize(b)), c)
except Exception as e:
    print(249, 'EXC', type(e).__name__, e)
c.prec=12; c.rounding=ROUND_HALF_UP; c.clamp=0; c.clear_flags()
a=Decimal('-35845449050E-54'); b=Decimal('6480601089E-110')
try:
    print(250, repr(a.compare(b)), c)
except Exception as e:
    print(250, 'EXC', type(e).__name__, e)
c.prec=4; c.rounding=ROUND_HALF_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('-82873825354979643248E-70'); b=Decimal('-01280303837092E37')
try:
    print(251, repr(a/b), c)
except Exception as e:
    print(251, 'EXC', type(e).__name__, e)
c.prec=16; c.rounding=ROUND_HALF_EVEN; c.clamp=0; c.clear_flags()
a=Decimal('-252035518286198175E-79'); b=Decimal('-4597456E66')
try:
    print(252, repr(divmod(a,b)), c)
except Exception as e:
    print(252, 'EXC', type(e).__name__, e)
c.prec=12; c.rounding=ROUND_FLOOR; c.clamp=1; c.clear_flags()
a=Decimal('0E-8'); b=Decimal('528668159436E-31')
try:
    print(253, repr(a.to_integral_exact()), c)
except Exception as e:
    print(253, 'EXC', type(e).__name__, e)
c.prec=13; c.rounding=ROUND_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('-61178488096670E66'); b=Decimal('-044306E96')
try:
    print(254, repr(a-b), c)
except Exception as e:
    print(254, 'EXC', type(e).__name__, e)
c.prec=18; c.rounding=ROUND_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('-178816957E55'); b=Decimal('-5E-81')
try:
    print(255, repr(a.to_integral_exact()), c)
except Exception as e:
    print(255, 'EXC', type(e).__name__, e)
c.prec=3; c.rounding=ROUND_05UP; c.clamp=1; c.clear_flags()
a=Decimal('8E51'); b=Decimal('-11E-87')
try:
    print(256, repr(a.sqrt()), c)
except Exception as e:
    print(256, 'EXC', type(e).__name__, e)
c.prec=11; c.rounding=ROUND_05UP; c.clamp=0; c.clear_flags()
a=Decimal('5774628912441E-54'); b=Decimal('-9065320163076465E-109')
try:
    print(257, repr(a/b), c)
except Exception as e:
    print(257, 'EXC', type(e).__name__, e)
c.prec=11; c.rounding=ROUND_HALF_EVEN; c.clamp=0; c.clear_flags()
a=Decimal('97018E-91'); b=Decimal('3255028694878374481E-99')
try:
    print(258, repr(a.quantize(b)), c)
except Exception as e:
    print(258, 'EXC', type(e).__name__, e)
c.prec=16; c.rounding=ROUND_HALF_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('60841443E-104'); b=Decimal('049753334140174742E-87')
try:
    print(259, repr(a+b), c)
except Exception as e:
    print(259, 'EXC', type(e).__name__, e)
c.prec=8; c.rounding=ROUND_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('-6486899483381880008E-2'); b=Decimal('9762730881364740E44')
try:
    print(260, repr(a**-2), c)
except Exception as e:
    print(260, 'EXC', type(e).__name__, e)
c.prec=16; c.rounding=ROUND_HALF_UP; c.clamp=1; c.clear_flags()
a=Decimal('-8980E-54'); b=Decimal('-8512400321122E55')
try:
    print(261, repr(a**-2), c)
except Exception as e:
    print(261, 'EXC', type(e).__name__, e)
c.prec=14; c.rounding=ROUND_HALF_EVEN; c.clamp=1; c.clear_flags()
a=Decimal('563E-21'); b=Decimal('-39998E-52')
try:
    print(262, repr(c.create_decimal(a)), c)
except Exception as e:
    print(262, 'EXC', type(e).__name__, e)
c.prec=14; c.rounding=ROUND_HALF_UP; c.clamp=0; c.clear_flags()
a=Decimal('69811090897954941393E30'); b=Decimal('7207229280E46')
try:
    print(263, repr(-a), c)
except Exception as e:
    print(263, 'EXC', type(e).__name__, e)
c.prec=20; c.rounding=ROUND_UP; c.clamp=1; c.clear_flags()
a=Decimal('488979761031187E69'); b=Decimal('-2E-11')
try:
    print(264, repr(a%b), c)
except Exception as e:
    print(264, 'EXC', type(e).__name__, e)
c.prec=20; c.rounding=ROUND_05UP; c.clamp=1; c.clear_flags()
a=Decimal('85779687150E62'); b=Decimal('-169528766E-91')
try:
    print(265, repr(c.create_decimal(a)), c)
except Exception as e:
    print(265, 'EXC', type(e).__name__, e)
c.prec=13; c.rounding=ROUND_HALF_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('31195748042E-16'); b=Decimal('8269037580039875E-51')
try:
    print(266, repr(a**-2), c)
except Exception as e:
    print(266, 'EXC', type(e).__name__, e)
c.prec=10; c.rounding=ROUND_HALF_UP; c.clamp=1; c.clear_flags()
a=Decimal('-33560E101'); b=Decimal('-141641343516311E83')
try:
    print(267, repr(a.is_normal()), c)
except Exception as e:
    print(267, 'EXC', type(e).__name__, e)
c.prec=11; c.rounding=ROUND_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('1381274942847E-126'); b=Decimal('-71834733659470E25')
try:
    print(268, repr(a**-2), c)
except Exception as e:
    print(268, 'EXC', type(e).__name__, e)
c.prec=15; c.rounding=ROUND_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('449958226630038749E24'); b=Decimal('40E50')
try:
    print(269, repr(a.is_subnormal()), c)
except Exception as e:
    print(269, 'EXC', type(e).__name__, e)
c.prec=10; c.rounding=ROUND_HALF_UP; c.clamp=1; c.clear_flags()
a=Decimal('-894434E87'); b=Decimal('32567954993E-116')
try:
    print(270, repr(a.is_subnormal()), c)
except Exception as e:
    print(270, 'EXC', type(e).__name__, e)
c.prec=1; c.rounding=ROUND_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('-099003E16'); b=Decimal('-92E25')
try:
    print(271, repr(divmod(a,b)), c)
except Exception as e:
    print(271, 'EXC', type(e).__name__, e)
c.prec=15; c.rounding=ROUND_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('6618852E2'); b=Decimal('791002679843932E1')
try:
    print(272, repr(a.to_integral_exact()), c)
except Exception as e:
    print(272, 'EXC', type(e).__name__, e)
c.prec=11; c.rounding=ROUND_05UP; c.clamp=1; c.clear_flags()
a=Decimal('6671971073E-111'); b=Decimal('545531850769E60')
try:
    print(273, repr(a**-2), c)
except Exception as e:
    print(273, 'EXC', type(e).__name__, e)
c.prec=9; c.rounding=ROUND_CEILING; c.clamp=1; c.clear_flags()
a=Decimal('2124366847175E-88'); b=Decimal('-78010E82')
try:
    print(274, repr(a//b), c)
except Exception as e:
    print(274, 'EXC', type(e).__name__, e)
c.prec=9; c.rounding=ROUND_HALF_UP; c.clamp=1; c.clear_flags()
a=Decimal('-9198282705846701080E5'); b=Decimal('-6338681E-56')
try:
    print(275, repr(a.is_normal()), c)
except Exception as e:
    print(275, 'EXC', type(e).__name__, e)
c.prec=18; c.rounding=ROUND_FLOOR; c.clamp=1; c.clear_flags()
a=Decimal('5650426E-4'); b=Decimal('4102985467209434381E13')
try:
    print(276, repr(c.create_decimal(a)), c)
except Exception as e:
    print(276, 'EXC', type(e).__name__, e)
c.prec=1; c.rounding=ROUND_HALF_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('264245572E-62'); b=Decimal('-775516840E-33')
try:
    print(277, repr(a.is_normal()), c)
except Exception as e:
    print(277, 'EXC', type(e).__name__, e)
c.prec=5; c.rounding=ROUND_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('849058634104E-100'); b=Decimal('808120885507015E100')
try:
    print(278, repr(+a), c)
except Exception as e:
    print(278, 'EXC', type(e).__name__, e)
c.prec=16; c.rounding=ROUND_UP; c.clamp=0; c.clear_flags()
a=Decimal('-32049898796432E-65'); b=Decimal('-612378565335E65')
try:
    print(279, repr(a//b), c)
except Exception as e:
    print(279, 'EXC', type(e).__name__, e)
c.prec=6; c.rounding=ROUND_HALF_EVEN; c.clamp=0; c.clear_flags()
a=Decimal('-664142913454582E85'); b=Decimal('73930402608652542E67')
try:
    print(280, repr(a-b), c)
except Exception as e:
    print(280, 'EXC', type(e).__name__, e)
c.prec=5; c.rounding=ROUND_HALF_EVEN; c.clamp=0; c.clear_flags()
a=Decimal('826E18'); b=Decimal('3049352023E-81')
try:
    print(281, repr(a**3), c)
except Exception as e:
    print(281, 'EXC', type(e).__name__, e)
c.prec=12; c.rounding=ROUND_05UP; c.clamp=1; c.clear_flags()
a=Decimal('2638920234E-54'); b=Decimal('sNaN')
try:
    print(282, repr(c.create_decimal(a)), c)
except Exception as e:
    print(282, 'EXC', type(e).__name__, e)
c.prec=7; c.rounding=ROUND_CEILING; c.clamp=0; c.clear_flags()
a=Decimal('-61849994871643E-81'); b=Decimal('3545253589377995526E-76')
try:
    print(283, repr(a.sqrt()), c)
except Exception as e:
    print(283, 'EXC', type(e).__name__, e)
c.prec=6; c.rounding=ROUND_HALF_UP; c.clamp=1; c.clear_flags()
a=Decimal('7384913E50'); b=Decimal('-54275E-15')
try:
    print(284, repr(abs(a)), c)
except Exception as e:
    print(284, 'EXC', type(e).__name__, e)
c.prec=10; c.rounding=ROUND_HALF_EVEN; c.clamp=0; c.clear_flags()
a=Decimal('-58092E-38'); b=Decimal('176851094584E96')
try:
    print(285, repr(a.is_normal()), c)
except Exception as e:
    print(285, 'EXC', type(e).__name__, e)
c.prec=3; c.rounding=ROUND_HALF_EVEN; c.clamp=1; c.clear_flags()
a=Decimal('-0'); b=Decimal('-7452515E-106')
try:
    print(286, repr(a**-2), c)
except Exception as e:
    print(286, 'EXC', type(e).__name__, e)
c.prec=19; c.rounding=ROUND_HALF_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('-56827301226457285285E94'); b=Decimal('-7925931232882064E-68')
try:
    print(287, repr(-a), c)
except Exception as e:
    print(287, 'EXC', type(e).__name__, e)
c.prec=4; c.rounding=ROUND_FLOOR; c.clamp=0; c.clear_flags()
a=Decimal('-24089733598007425E71'); b=Decimal('729422E-78')
try:
    print(288, repr(a**3), c)
except Exception as e:
    print(288, 'EXC', type(e).__name__, e)
c.prec=14; c.rounding=ROUND_FLOOR; c.clamp=1; c.clear_flags()
a=Decimal('2063140617722687E-109'); b=Decimal('1E8')
try:
    print(289, repr(-a), c)
except Exception as e:
    print(289, 'EXC', type(e).__name__, e)
c.prec=15; c.rounding=ROUND_FLOOR; c.clamp=0; c.clear_flags()
a=Decimal('-946386056689112E42'); b=Decimal('-306E21')
try:
    print(290, repr(a**3), c)
except Exception as e:
    print(290, 'EXC', type(e).__name__, e)
c.prec=19; c.rounding=ROUND_HALF_EVEN; c.clamp=0; c.clear_flags()
a=Decimal('920923828465516E-87'); b=Decimal('71533483757891E-20')
try:
    print(291, repr(abs(a)), c)
except Exception as e:
    print(291, 'EXC', type(e).__name__, e)
c.prec=1; c.rounding=ROUND_05UP; c.clamp=1; c.clear_flags()
a=Decimal('303883139120099E-73'); b=Decimal('-1722E-10')
try:
    print(292, repr(a.quantize(b)), c)
except Exception as e:
    print(292, 'EXC', type(e).__name__, e)
c.prec=12; c.rounding=ROUND_HALF_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('-782040E-18'); b=Decimal('854761310677522E49')
try:
    print(293, repr(a.is_subnormal()), c)
except Exception as e:
    print(293, 'EXC', type(e).__name__, e)
c.prec=10; c.rounding=ROUND_HALF_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('-82089198538565494218E-43'); b=Decimal('-931915202E-85')
try:
    print(294, repr(-a), c)
except Exception as e:
    print(294, 'EXC', type(e).__name__, e)
c.prec=19; c.rounding=ROUND_HALF_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('NaN'); b=Decimal('-5296E-38')
try:
    print(295, repr(divmod(a,b)), c)
except Exception as e:
    print(295, 'EXC', type(e).__name__, e)
c.prec=20; c.rounding=ROUND_HALF_EVEN; c.clamp=0; c.clear_flags()
a=Decimal('43043869898699E-9'); b=Decimal('-40116596325149745E-95')
try:
    print(296, repr(a+b), c)
except Exception as e:
    print(296, 'EXC', type(e).__name__, e)
c.prec=9; c.rounding=ROUND_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('-3373359229881792785E-78'); b=Decimal('06E78')
try:
    print(297, repr(a.compare(b)), c)
except Exception as e:
    print(297, 'EXC', type(e).__name__, e)
c.prec=20; c.rounding=ROUND_HALF_UP; c.clamp=1; c.clear_flags()
a=Decimal('34464410E-95'); b=Decimal('-9264908527E106')
try:
    print(298, repr(-a), c)
except Exception as e:
    print(298, 'EXC', type(e).__name__, e)
c.prec=10; c.rounding=ROUND_HALF_UP; c.clamp=1; c.clear_flags()
a=Decimal('-7E-123'); b=Decimal('-74383595337217235E103')
try:
    print(299, repr(abs(a)), c)
except Exception as e:
    print(299, 'EXC', type(e).__name__, e)
c.prec=7; c.rounding=ROUND_HALF_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('-17556199108640571233E106'); b=Decimal('45417719565798E71')
try:
    print(300, repr(a.quantize(b)), c)
except Exception as e:
    print(300, 'EXC', type(e).__name__, e)
c.prec=5; c.rounding=ROUND_05UP; c.clamp=1; c.clear_flags()
a=Decimal('-564037926356990E-87'); b=Decimal('-672311793372E-34')
try:
    print(301, repr(abs(a)), c)
except Exception as e:
    print(301, 'EXC', type(e).__name__, e)
c.prec=13; c.rounding=ROUND_UP; c.clamp=0; c.clear_flags()
a=Decimal('-33662957187153E-44'); b=Decimal('NaN')
try:
    print(302, repr(a**-2), c)
except Exception as e:
    print(302, 'EXC', type(e).__name__, e)
c.prec=12; c.rounding=ROUND_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('-76E-7'); b=Decimal('-6E94')
try:
    print(303, repr(a.normalize()), c)
except Exception as e:
    print(303, 'EXC', type(e).__name__, e)
c.prec=14; c.rounding=ROUND_HALF_UP; c.clamp=0; c.clear_flags()
a=Decimal('2932E60'); b=Decimal('-585168118179097051E-14')
try:
    print(304, repr(a**-2), c)
except Exception as e:
    print(304, 'EXC', type(e).__name__, e)
c.prec=20; c.rounding=ROUND_HALF_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('-2174592E20'); b=Decimal('-84329E-107')
try:
    print(305, repr(a**3), c)
except Exception as e:
    print(305, 'EXC', type(e).__name__, e)
c.prec=4; c.rounding=ROUND_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('-91553673184E70'); b=Decimal('-24695084678664206949E-102')
try:
    print(306, repr(a.to_integral_exact()), c)
except Exception as e:
    print(306, 'EXC', type(e).__name__, e)
c.prec=5; c.rounding=ROUND_UP; c.clamp=1; c.clear_flags()
a=Decimal('5594992423191914E78'); b=Decimal('-4931612006042357E-118')
try:
    print(307, repr(a.quantize(b)), c)
except Exception as e:
    print(307, 'EXC', type(e).__name__, e)
c.prec=20; c.rounding=ROUND_FLOOR; c.clamp=0; c.clear_flags()
a=Decimal('8766328583734318846E-37'); b=Decimal('-34398687E-119')
try:
    print(308, repr(a**-2), c)
except Exception as e:
    print(308, 'EXC', type(e).__name__, e)
c.prec=16; c.rounding=ROUND_CEILING; c.clamp=0; c.clear_flags()
a=Decimal('3181941868332E90'); b=Decimal('-58117E78')
try:
    print(309, repr(a-b), c)
except Exception as e:
    print(309, 'EXC', type(e).__name__, e)
c.prec=19; c.rounding=ROUND_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('82E-98'); b=Decimal('-97357617831214E103')
try:
    print(310, repr(a.sqrt()), c)
except Exception as e:
    print(310, 'EXC', type(e).__name__, e)
c.prec=17; c.rounding=ROUND_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('5153363690164E-17'); b=Decimal('-88258143358E-13')
try:
    print(311, repr(a.quantize(b)), c)
except Exception as e:
    print(311, 'EXC', type(e).__name__, e)
c.prec=8; c.rounding=ROUND_HALF_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('4573566809328E-112'); b=Decimal('-9660899432E-23')
try:
    print(312, repr(a-b), c)
except Exception as e:
    print(312, 'EXC', type(e).__name__, e)
c.prec=8; c.rounding=ROUND_HALF_UP; c.clamp=0; c.clear_flags()
a=Decimal('-74686E-53'); b=Decimal('-137225E-27')
try:
    print(313, repr(a.normalize()), c)
except Exception as e:
    print(313, 'EXC', type(e).__name__, e)
c.prec=20; c.rounding=ROUND_05UP; c.clamp=0; c.clear_flags()
a=Decimal('354991810E84'); b=Decimal('30197092E19')
try:
    print(314, repr(+a), c)
except Exception as e:
    print(314, 'EXC', type(e).__name__, e)
c.prec=8; c.rounding=ROUND_HALF_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('-1467E-113'); b=Decimal('-6135010154E-106')
try:
    print(315, repr(a//b), c)
except Exception as e:
    print(315, 'EXC', type(e).__name__, e)
c.prec=20; c.rounding=ROUND_HALF_EVEN; c.clamp=1; c.clear_flags()
a=Decimal('4548857972734672534E61'); b=Decimal('9021312787332667781E55')
try:
    print(316, repr(a**-2), c)
except Exception as e:
    print(316, 'EXC', type(e).__name__, e)
c.prec=13; c.rounding=ROUND_FLOOR; c.clamp=0; c.clear_flags()
a=Decimal('-93493247816831304981E24'); b=Decimal('046408593E-97')
try:
    print(317, repr(a*b), c)
except Exception as e:
    print(317, 'EXC', type(e).__name__, e)
c.prec=8; c.rounding=ROUND_05UP; c.clamp=1; c.clear_flags()
a=Decimal('-3989794365909207353E91'); b=Decimal('1456724326696506411E-66')
try:
    print(318, repr(a%b), c)
except Exception as e:
    print(318, 'EXC', type(e).__name__, e)
c.prec=2; c.rounding=ROUND_05UP; c.clamp=1; c.clear_flags()
a=Decimal('19260196230342785E70'); b=Decimal('206435068289E-76')
try:
    print(319, repr(a.is_normal()), c)
except Exception as e:
    print(319, 'EXC', type(e).__name__, e)
c.prec=12; c.rounding=ROUND_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('0092204340E-61'); b=Decimal('3167653E50')
try:
    print(320, repr(a**-2), c)
except Exception as e:
    print(320, 'EXC', type(e).__name__, e)
c.prec=14; c.rounding=ROUND_UP; c.clamp=1; c.clear_flags()
a=Decimal('-93982958954127804899E-29'); b=Decimal('92489609016E95')
try:
    print(321, repr(a/b), c)
except Exception as e:
    print(321, 'EXC', type(e).__name__, e)
c.prec=19; c.rounding=ROUND_CEILING; c.clamp=0; c.clear_flags()
a=Decimal('3087E-69'); b=Decimal('-7242719008924160E-105')
try:
    print(322, repr(+a), c)
except Exception as e:
    print(322, 'EXC', type(e).__name__, e)
c.prec=6; c.rounding=ROUND_UP; c.clamp=1; c.clear_flags()
a=Decimal('7559582332527E56'); b=Decimal('76811084205726E-48')
try:
    print(323, repr(a.is_normal()), c)
except Exception as e:
    print(323, 'EXC', type(e).__name__, e)
c.prec=2; c.rounding=ROUND_UP; c.clamp=0; c.clear_flags()
a=Decimal('-356E-101'); b=Decimal('-3557752118E-118')
try:
    print(324, repr(-a), c)
except Exception as e:
    print(324, 'EXC', type(e).__name__, e)
c.prec=6; c.rounding=ROUND_HALF_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('9301E-85'); b=Decimal('3003E-32')
try:
    print(325, repr(a**-2), c)
except Exception as e:
    print(325, 'EXC', type(e).__name__, e)
c.prec=2; c.rounding=ROUND_UP; c.clamp=1; c.clear_flags()
a=Decimal('40492553271906E-37'); b=Decimal('-320583031276E-80')
try:
    print(326, repr(a**-2), c)
except Exception as e:
    print(326, 'EXC', type(e).__name__, e)
c.prec=7; c.rounding=ROUND_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('-577287327447E-112'); b=Decimal('65540591384701E17')
try:
    print(327, repr(a**-2), c)
except Exception as e:
    print(327, 'EXC', type(e).__name__, e)
c.prec=1; c.rounding=ROUND_FLOOR; c.clamp=1; c.clear_flags()
a=Decimal('-1300449420172176428E0'); b=Decimal('-76E-12')
try:
    print(328, repr(a**3), c)
except Exception as e:
    print(328, 'EXC', type(e).__name__, e)
c.prec=11; c.rounding=ROUND_FLOOR; c.clamp=0; c.clear_flags()
a=Decimal('9387E12'); b=Decimal('-05439524977904097E-91')
try:
    print(329, repr(a.is_subnormal()), c)
except Exception as e:
    print(329, 'EXC', type(e).__name__, e)
c.prec=15; c.rounding=ROUND_FLOOR; c.clamp=1; c.clear_flags()
a=Decimal('400160240465914E-88'); b=Decimal('-95E-58')
try:
    print(330, repr(a**3), c)
except Exception as e:
    print(330, 'EXC', type(e).__name__, e)
c.prec=10; c.rounding=ROUND_UP; c.clamp=0; c.clear_flags()
a=Decimal('-9816730406267980E-108'); b=Decimal('961689763175E-100')
try:
    print(331, repr(a.sqrt()), c)
except Exception as e:
    print(331, 'EXC', type(e).__name__, e)
c.prec=20; c.rounding=ROUND_HALF_UP; c.clamp=1; c.clear_flags()
a=Decimal('-2608645E-40'); b=Decimal('-6E68')
try:
    print(332, repr(abs(a)), c)
except Exception as e:
    print(332, 'EXC', type(e).__name__, e)
c.prec=6; c.rounding=ROUND_HALF_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('561E-90'); b=Decimal('-095E-83')
try:
    print(333, repr(abs(a)), c)
except Exception as e:
    print(333, 'EXC', type(e).__name__, e)
c.prec=1; c.rounding=ROUND_FLOOR; c.clamp=0; c.clear_flags()
a=Decimal('-98E-83'); b=Decimal('63748867E-83')
try:
    print(334, repr(abs(a)), c)
except Exception as e:
    print(334, 'EXC', type(e).__name__, e)
c.prec=3; c.rounding=ROUND_FLOOR; c.clamp=1; c.clear_flags()
a=Decimal('-5838E27'); b=Decimal('2528578717E-118')
try:
    print(335, repr(a.compare(b)), c)
except Exception as e:
    print(335, 'EXC', type(e).__name__, e)
c.prec=4; c.rounding=ROUND_HALF_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('-3000E-83'); b=Decimal('-21304739642413E84')
try:
    print(336, repr(a**3), c)
except Exception as e:
    print(336, 'EXC', type(e).__name__, e)
c.prec=16; c.rounding=ROUND_05UP; c.clamp=1; c.clear_flags()
a=Decimal('-994992511E-121'); b=Decimal('3630683770483E78')
try:
    print(337, repr(-a), c)
except Exception as e:
    print(337, 'EXC', type(e).__name__, e)
c.prec=16; c.rounding=ROUND_CEILING; c.clamp=1; c.clear_flags()
a=Decimal('4E-99'); b=Decimal('7980713733639621E-55')
try:
    print(338, repr(a.sqrt()), c)
except Exception as e:
    print(338, 'EXC', type(e).__name__, e)
c.prec=11; c.rounding=ROUND_UP; c.clamp=0; c.clear_flags()
a=Decimal('-8702658295E-116'); b=Decimal('-316E-128')
try:
    print(339, repr(a.is_subnormal()), c)
except Exception as e:
    print(339, 'EXC', type(e).__name__, e)
c.prec=13; c.rounding=ROUND_FLOOR; c.clamp=1; c.clear_flags()
a=Decimal('-756E-122'); b=Decimal('-504751410997335E48')
try:
    print(340, repr(a//b), c)
except Exception as e:
    print(340, 'EXC', type(e).__name__, e)
c.prec=1; c.rounding=ROUND_FLOOR; c.clamp=0; c.clear_flags()
a=Decimal('2687875566195789E-61'); b=Decimal('85263508384580E-106')
try:
    print(341, repr(a.is_subnormal()), c)
except Exception as e:
    print(341, 'EXC', type(e).__name__, e)
c.prec=17; c.rounding=ROUND_CEILING; c.clamp=1; c.clear_flags()
a=Decimal('-37306132E-31'); b=Decimal('0165E15')
try:
    print(342, repr(c.create_decimal(a)), c)
except Exception as e:
    print(342, 'EXC', type(e).__name__, e)
c.prec=17; c.rounding=ROUND_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('2657872187595091E26'); b=Decimal('-5529181624376682337E-81')
try:
    print(343, repr(abs(a)), c)
except Exception as e:
    print(343, 'EXC', type(e).__name__, e)
c.prec=9; c.rounding=ROUND_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('816711E-103'); b=Decimal('-81835747583737341323E86')
try:
    print(344, repr(a*b), c)
except Exception as e:
    print(344, 'EXC', type(e).__name__, e)
c.prec=19; c.rounding=ROUND_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('17492689E66'); b=Decimal('-5106483828403E12')
try:
    print(345, repr(+a), c)
except Exception as e:
    print(345, 'EXC', type(e).__name__, e)
c.prec=12; c.rounding=ROUND_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('6475E-65'); b=Decimal('537804801E-96')
try:
    print(346, repr(a.compare(b)), c)
except Exception as e:
    print(346, 'EXC', type(e).__name__, e)
c.prec=8; c.rounding=ROUND_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('35550063020107147902E-24'); b=Decimal('41312303256E-22')
try:
    print(347, repr(a.normalize()), c)
except Exception as e:
    print(347, 'EXC', type(e).__name__, e)
c.prec=12; c.rounding=ROUND_CEILING; c.clamp=1; c.clear_flags()
a=Decimal('-27E-16'); b=Decimal('-00833800574106195E-45')
try:
    print(348, repr(a.is_normal()), c)
except Exception as e:
    print(348, 'EXC', type(e).__name__, e)
c.prec=2; c.rounding=ROUND_UP; c.clamp=0; c.clear_flags()
a=Decimal('03132602437484782420E-81'); b=Decimal('7E-127')
try:
    print(349, repr(a**-2), c)
except Exception as e:
    print(349, 'EXC', type(e).__name__, e)
c.prec=15; c.rounding=ROUND_CEILING; c.clamp=0; c.clear_flags()
a=Decimal('-1477282853355346579E98'); b=Decimal('301049E60')
try:
    print(350, repr(a+b), c)
except Exception as e:
    print(350, 'EXC', type(e).__name__, e)
c.prec=8; c.rounding=ROUND_CEILING; c.clamp=0; c.clear_flags()
a=Decimal('184952578145E55'); b=Decimal('5715090141E-27')
try:
    print(351, repr(a.to_integral_exact()), c)
except Exception as e:
    print(351, 'EXC', type(e).__name__, e)
c.prec=18; c.rounding=ROUND_CEILING; c.clamp=1; c.clear_flags()
a=Decimal('-421350122E104'); b=Decimal('481695861964120E-35')
try:
    print(352, repr(divmod(a,b)), c)
except Exception as e:
    print(352, 'EXC', type(e).__name__, e)
c.prec=4; c.rounding=ROUND_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('-67391078961E-68'); b=Decimal('216300547250E-6')
try:
    print(353, repr(a.normalize()), c)
except Exception as e:
    print(353, 'EXC', type(e).__name__, e)
c.prec=11; c.rounding=ROUND_HALF_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('1132296238E36'); b=Decimal('-41146093091363E-17')
try:
    print(354, repr(divmod(a,b)), c)
except Exception as e:
    print(354, 'EXC', type(e).__name__, e)
c.prec=11; c.rounding=ROUND_HALF_EVEN; c.clamp=1; c.clear_flags()
a=Decimal('46579871191812055E105'); b=Decimal('-8884E-108')
try:
    print(355, repr(+a), c)
except Exception as e:
    print(355, 'EXC', type(e).__name__, e)
c.prec=3; c.rounding=ROUND_FLOOR; c.clamp=0; c.clear_flags()
a=Decimal('-13904792451478305015E-9'); b=Decimal('52372328E101')
try:
    print(356, repr(a.quantize(b)), c)
except Exception as e:
    print(356, 'EXC', type(e).__name__, e)
c.prec=3; c.rounding=ROUND_HALF_UP; c.clamp=0; c.clear_flags()
a=Decimal('-488024838458344E-27'); b=Decimal('-15943E-122')
try:
    print(357, repr(divmod(a,b)), c)
except Exception as e:
    print(357, 'EXC', type(e).__name__, e)
c.prec=5; c.rounding=ROUND_HALF_UP; c.clamp=1; c.clear_flags()
a=Decimal('-25480796822E22'); b=Decimal('881532E-45')
try:
    print(358, repr(a-b), c)
except Exception as e:
    print(358, 'EXC', type(e).__name__, e)
c.prec=1; c.rounding=ROUND_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('8E-73'); b=Decimal('0854E20')
try:
    print(359, repr(a.is_subnormal()), c)
except Exception as e:
    print(359, 'EXC', type(e).__name__, e)
c.prec=5; c.rounding=ROUND_UP; c.clamp=0; c.clear_flags()
a=Decimal('59491555287905345353E-64'); b=Decimal('080862E72')
try:
    print(360, repr(a.sqrt()), c)
except Exception as e:
    print(360, 'EXC', type(e).__name__, e)
c.prec=10; c.rounding=ROUND_FLOOR; c.clamp=1; c.clear_flags()
a=Decimal('272090466228642E-13'); b=Decimal('NaN')
try:
    print(361, repr(a.quantize(b)), c)
except Exception as e:
    print(361, 'EXC', type(e).__name__, e)
c.prec=5; c.rounding=ROUND_FLOOR; c.clamp=1; c.clear_flags()
a=Decimal('01507297203E-46'); b=Decimal('2072098352963E-42')
try:
    print(362, repr(c.create_decimal(a)), c)
except Exception as e:
    print(362, 'EXC', type(e).__name__, e)
c.prec=20; c.rounding=ROUND_UP; c.clamp=1; c.clear_flags()
a=Decimal('95963448243426248E-46'); b=Decimal('538271876287677E-84')
try:
    print(363, repr(a.normalize()), c)
except Exception as e:
    print(363, 'EXC', type(e).__name__, e)
c.prec=16; c.rounding=ROUND_HALF_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('-2592242124E-30'); b=Decimal('-389378243371430297E-30')
try:
    print(364, repr(a.normalize()), c)
except Exception as e:
    print(364, 'EXC', type(e).__name__, e)
c.prec=2; c.rounding=ROUND_FLOOR; c.clamp=1; c.clear_flags()
a=Decimal('-350950965701834118E64'); b=Decimal('79124464865923980E-104')
try:
    print(365, repr(a.normalize()), c)
except Exception as e:
    print(365, 'EXC', type(e).__name__, e)
c.prec=14; c.rounding=ROUND_CEILING; c.clamp=1; c.clear_flags()
a=Decimal('285063056E-100'); b=Decimal('47097E31')
try:
    print(366, repr(c.create_decimal(a)), c)
except Exception as e:
    print(366, 'EXC', type(e).__name__, e)
c.prec=2; c.rounding=ROUND_05UP; c.clamp=1; c.clear_flags()
a=Decimal('-33761464E-117'); b=Decimal('-24148E-86')
try:
    print(367, repr(a**-2), c)
except Exception as e:
    print(367, 'EXC', type(e).__name__, e)
c.prec=4; c.rounding=ROUND_05UP; c.clamp=0; c.clear_flags()
a=Decimal('710097E102'); b=Decimal('33264400450581976E99')
try:
    print(368, repr(a/b), c)
except Exception as e:
    print(368, 'EXC', type(e).__name__, e)
c.prec=7; c.rounding=ROUND_FLOOR; c.clamp=0; c.clear_flags()
a=Decimal('917598692E-10'); b=Decimal('004460948011201E-23')
try:
    print(369, repr(a/b), c)
except Exception as e:
    print(369, 'EXC', type(e).__name__, e)
c.prec=20; c.rounding=ROUND_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('722E-118'); b=Decimal('406854115E-51')
try:
    print(370, repr(c.create_decimal(a)), c)
except Exception as e:
    print(370, 'EXC', type(e).__name__, e)
c.prec=5; c.rounding=ROUND_HALF_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('616355E-19'); b=Decimal('-823E-47')
try:
    print(371, repr(a.is_normal()), c)
except Exception as e:
    print(371, 'EXC', type(e).__name__, e)
c.prec=15; c.rounding=ROUND_HALF_UP; c.clamp=0; c.clear_flags()
a=Decimal('-38399207064356E54'); b=Decimal('NaN')
try:
    print(372, repr(+a), c)
except Exception as e:
    print(372, 'EXC', type(e).__name__, e)
c.prec=5; c.rounding=ROUND_HALF_UP; c.clamp=1; c.clear_flags()
a=Decimal('-14369473136E-110'); b=Decimal('67553385E-90')
try:
    print(373, repr(a%b), c)
except Exception as e:
    print(373, 'EXC', type(e).__name__, e)
c.prec=10; c.rounding=ROUND_HALF_EVEN; c.clamp=0; c.clear_flags()
a=Decimal('72E25'); b=Decimal('NaN')
try:
    print(374, repr(a*b), c)
except Exception as e:
    print(374, 'EXC', type(e).__name__, e)
c.prec=3; c.rounding=ROUND_HALF_EVEN; c.clamp=0; c.clear_flags()
a=Decimal('-0336660427730377E12'); b=Decimal('6E-94')
try:
    print(375, repr(a/b), c)
except Exception as e:
    print(375, 'EXC', type(e).__name__, e)
c.prec=18; c.rounding=ROUND_UP; c.clamp=0; c.clear_flags()
a=Decimal('-362099E-52'); b=Decimal('-9984876E-69')
try:
    print(376, repr(divmod(a,b)), c)
except Exception as e:
    print(376, 'EXC', type(e).__name__, e)
c.prec=3; c.rounding=ROUND_HALF_EVEN; c.clamp=0; c.clear_flags()
a=Decimal('0076875166E-36'); b=Decimal('1695E14')
try:
    print(377, repr(-a), c)
except Exception as e:
    print(377, 'EXC', type(e).__name__, e)
c.prec=3; c.rounding=ROUND_HALF_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('142021170358518E-58'); b=Decimal('-38623679163441E-108')
try:
    print(378, repr(a*b), c)
except Exception as e:
    print(378, 'EXC', type(e).__name__, e)
c.prec=6; c.rounding=ROUND_CEILING; c.clamp=1; c.clear_flags()
a=Decimal('-434623E56'); b=Decimal('-30318233857230502E-85')
try:
    print(379, repr(divmod(a,b)), c)
except Exception as e:
    print(379, 'EXC', type(e).__name__, e)
c.prec=19; c.rounding=ROUND_HALF_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('-49526198073480982765E-33'); b=Decimal('2206193703E101')
try:
    print(380, repr(a.to_integral_exact()), c)
except Exception as e:
    print(380, 'EXC', type(e).__name__, e)
c.prec=7; c.rounding=ROUND_CEILING; c.clamp=1; c.clear_flags()
a=Decimal('774E4'); b=Decimal('809138532E44')
try:
    print(381, repr(a.normalize()), c)
except Exception as e:
    print(381, 'EXC', type(e).__name__, e)
c.prec=14; c.rounding=ROUND_05UP; c.clamp=0; c.clear_flags()
a=Decimal('3010023548350790E-24'); b=Decimal('97355871210212263E22')
try:
    print(382, repr(a.to_integral_exact()), c)
except Exception as e:
    print(382, 'EXC', type(e).__name__, e)
c.prec=8; c.rounding=ROUND_FLOOR; c.clamp=1; c.clear_flags()
a=Decimal('4352721061747907547E9'); b=Decimal('-6E-115')
try:
    print(383, repr(abs(a)), c)
except Exception as e:
    print(383, 'EXC', type(e).__name__, e)
c.prec=20; c.rounding=ROUND_05UP; c.clamp=0; c.clear_flags()
a=Decimal('0123E-122'); b=Decimal('-29879020196438E-34')
try:
    print(384, repr(a.sqrt()), c)
except Exception as e:
    print(384, 'EXC', type(e).__name__, e)
c.prec=2; c.rounding=ROUND_HALF_UP; c.clamp=1; c.clear_flags()
a=Decimal('76923154534055E-80'); b=Decimal('-39E29')
try:
    print(385, repr(a.sqrt()), c)
except Exception as e:
    print(385, 'EXC', type(e).__name__, e)
c.prec=3; c.rounding=ROUND_05UP; c.clamp=1; c.clear_flags()
a=Decimal('52051502008474E88'); b=Decimal('-22176572509801030544E-64')
try:
    print(386, repr(+a), c)
except Exception as e:
    print(386, 'EXC', type(e).__name__, e)
c.prec=7; c.rounding=ROUND_UP; c.clamp=1; c.clear_flags()
a=Decimal('4E39'); b=Decimal('-6822178416750437589E52')
try:
    print(387, repr(a.to_integral_exact()), c)
except Exception as e:
    print(387, 'EXC', type(e).__name__, e)
c.prec=5; c.rounding=ROUND_HALF_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('48619269979680E60'); b=Decimal('896E-13')
try:
    print(388, repr(divmod(a,b)), c)
except Exception as e:
    print(388, 'EXC', type(e).__name__, e)
c.prec=15; c.rounding=ROUND_HALF_EVEN; c.clamp=0; c.clear_flags()
a=Decimal('-222316199E-22'); b=Decimal('33931202250989858180E-127')
try:
    print(389, repr(a.is_subnormal()), c)
except Exception as e:
    print(389, 'EXC', type(e).__name__, e)
c.prec=14; c.rounding=ROUND_UP; c.clamp=1; c.clear_flags()
a=Decimal('-0920841E-10'); b=Decimal('60062383596E86')
try:
    print(390, repr(a.is_subnormal()), c)
except Exception as e:
    print(390, 'EXC', type(e).__name__, e)
c.prec=7; c.rounding=ROUND_HALF_EVEN; c.clamp=1; c.clear_flags()
a=Decimal('-824661810128E19'); b=Decimal('-9474E-41')
try:
    print(391, repr(a**3), c)
except Exception as e:
    print(391, 'EXC', type(e).__name__, e)
c.prec=9; c.rounding=ROUND_CEILING; c.clamp=0; c.clear_flags()
a=Decimal('0695E-79'); b=Decimal('5621238594393935E16')
try:
    print(392, repr(a.normalize()), c)
except Exception as e:
    print(392, 'EXC', type(e).__name__, e)
c.prec=12; c.rounding=ROUND_HALF_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('229416095E4'); b=Decimal('-34387064E97')
try:
    print(393, repr(a.compare(b)), c)
except Exception as e:
    print(393, 'EXC', type(e).__name__, e)
c.prec=20; c.rounding=ROUND_05UP; c.clamp=1; c.clear_flags()
a=Decimal('-0899680446618762E20'); b=Decimal('-0')
try:
    print(394, repr(a.to_integral_exact()), c)
except Exception as e:
    print(394, 'EXC', type(e).__name__, e)
c.prec=1; c.rounding=ROUND_HALF_UP; c.clamp=0; c.clear_flags()
a=Decimal('-0774172122924E93'); b=Decimal('-69069743485056600310E95')
try:
    print(395, repr(abs(a)), c)
except Exception as e:
    print(395, 'EXC', type(e).__name__, e)
c.prec=2; c.rounding=ROUND_CEILING; c.clamp=0; c.clear_flags()
a=Decimal('-819507595032E90'); b=Decimal('-34075E-37')
try:
    print(396, repr(a.is_normal()), c)
except Exception as e:
    print(396, 'EXC', type(e).__name__, e)
c.prec=3; c.rounding=ROUND_UP; c.clamp=0; c.clear_flags()
a=Decimal('-7383E-6'); b=Decimal('-652E39')
try:
    print(397, repr(a.normalize()), c)
except Exception as e:
    print(397, 'EXC', type(e).__name__, e)
c.prec=11; c.rounding=ROUND_HALF_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('75905E-60'); b=Decimal('-5228087785964E-55')
try:
    print(398, repr(a**3), c)
except Exception as e:
    print(398, 'EXC', type(e).__name__, e)
c.prec=3; c.rounding=ROUND_HALF_EVEN; c.clamp=1; c.clear_flags()
a=Decimal('406E-79'); b=Decimal('83318722200894E93')
try:
    print(399, repr(c.create_decimal(a)), c)
except Exception as e:
    print(399, 'EXC', type(e).__name__, e)
c.prec=14; c.rounding=ROUND_05UP; c.clamp=1; c.clear_flags()
a=Decimal('1690643285164E33'); b=Decimal('-7022E-45')
try:
    print(400, repr(a**-2), c)
except Exception as e:
    print(400, 'EXC', type(e).__name__, e)
c.prec=9; c.rounding=ROUND_FLOOR; c.clamp=0; c.clear_flags()
a=Decimal('-4810968330347E50'); b=Decimal('-08714003811254131693E50')
try:
    print(401, repr(a.quantize(b)), c)
except Exception as e:
    print(401, 'EXC', type(e).__name__, e)
c.prec=14; c.rounding=ROUND_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('236570638767E-114'); b=Decimal('-59535510525456E67')
try:
    print(402, repr(a.is_subnormal()), c)
except Exception as e:
    print(402, 'EXC', type(e).__name__, e)
c.prec=16; c.rounding=ROUND_CEILING; c.clamp=0; c.clear_flags()
a=Decimal('308932621047920300E-15'); b=Decimal('-2E81')
try:
    print(403, repr(a.normalize()), c)
except Exception as e:
    print(403, 'EXC', type(e).__name__, e)
c.prec=5; c.rounding=ROUND_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('-6923829460641E81'); b=Decimal('-13782392E-1')
try:
    print(404, repr(a.compare(b)), c)
except Exception as e:
    print(404, 'EXC', type(e).__name__, e)
c.prec=17; c.rounding=ROUND_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('-8995158384754657E20'); b=Decimal('-1233282630E-39')
try:
    print(405, repr(a.is_normal()), c)
except Exception as e:
    print(405, 'EXC', type(e).__name__, e)
c.prec=1; c.rounding=ROUND_CEILING; c.clamp=0; c.clear_flags()
a=Decimal('7405302152879E74'); b=Decimal('47411752989E82')
try:
    print(406, repr(a.compare(b)), c)
except Exception as e:
    print(406, 'EXC', type(e).__name__, e)
c.prec=18; c.rounding=ROUND_HALF_UP; c.clamp=1; c.clear_flags()
a=Decimal('-988060805372798E-83'); b=Decimal('935218849382E-121')
try:
    print(407, repr(a*b), c)
except Exception as e:
    print(407, 'EXC', type(e).__name__, e)
c.prec=8; c.rounding=ROUND_HALF_UP; c.clamp=1; c.clear_flags()
a=Decimal('22622041E50'); b=Decimal('21413225732620890839E-35')
try:
    print(408, repr(a/b), c)
except Exception as e:
    print(408, 'EXC', type(e).__name__, e)
c.prec=10; c.rounding=ROUND_FLOOR; c.clamp=1; c.clear_flags()
a=Decimal('-060544638660E34'); b=Decimal('6558058745215E-5')
try:
    print(409, repr(a/b), c)
except Exception as e:
    print(409, 'EXC', type(e).__name__, e)
c.prec=10; c.rounding=ROUND_FLOOR; c.clamp=1; c.clear_flags()
a=Decimal('0388815384065554E-95'); b=Decimal('84E51')
try:
    print(410, repr(a/b), c)
except Exception as e:
    print(410, 'EXC', type(e).__name__, e)
c.prec=16; c.rounding=ROUND_FLOOR; c.clamp=0; c.clear_flags()
a=Decimal('-2827484269646E-66'); b=Decimal('-6036505993024695593E14')
try:
    print(411, repr(abs(a)), c)
except Exception as e:
    print(411, 'EXC', type(e).__name__, e)
c.prec=17; c.rounding=ROUND_HALF_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('-0813803079246601E33'); b=Decimal('-0')
try:
    print(412, repr(+a), c)
except Exception as e:
    print(412, 'EXC', type(e).__name__, e)
c.prec=8; c.rounding=ROUND_HALF_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('-8581863140E0'); b=Decimal('-0906464605191098901E-107')
try:
    print(413, repr(a.sqrt()), c)
except Exception as e:
    print(413, 'EXC', type(e).__name__, e)
c.prec=2; c.rounding=ROUND_FLOOR; c.clamp=0; c.clear_flags()
a=Decimal('28664115694522E72'); b=Decimal('-4106641E58')
try:
    print(414, repr(a+b), c)
except Exception as e:
    print(414, 'EXC', type(e).__name__, e)
c.prec=20; c.rounding=ROUND_05UP; c.clamp=1; c.clear_flags()
a=Decimal('910735589E-121'); b=Decimal('0E+5')
try:
    print(415, repr(a.quantize(b)), c)
except Exception as e:
    print(415, 'EXC', type(e).__name__, e)
c.prec=20; c.rounding=ROUND_HALF_UP; c.clamp=1; c.clear_flags()
a=Decimal('-045419281905245E27'); b=Decimal('-14807463176200E-13')
try:
    print(416, repr(a.quantize(b)), c)
except Exception as e:
    print(416, 'EXC', type(e).__name__, e)
c.prec=8; c.rounding=ROUND_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('-71183993E24'); b=Decimal('-303187077884043530E-80')
try:
    print(417, repr(+a), c)
except Exception as e:
    print(417, 'EXC', type(e).__name__, e)
c.prec=18; c.rounding=ROUND_HALF_UP; c.clamp=0; c.clear_flags()
a=Decimal('-3974419E46'); b=Decimal('-77223240237384032660E34')
try:
    print(418, repr(a.is_subnormal()), c)
except Exception as e:
    print(418, 'EXC', type(e).__name__, e)
c.prec=20; c.rounding=ROUND_CEILING; c.clamp=0; c.clear_flags()
a=Decimal('-461365333886366E-37'); b=Decimal('-48491343800511808247E-104')
try:
    print(419, repr(a.quantize(b)), c)
except Exception as e:
    print(419, 'EXC', type(e).__name__, e)
c.prec=3; c.rounding=ROUND_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('509E93'); b=Decimal('0482087119094101E-64')
try:
    print(420, repr(a**-2), c)
except Exception as e:
    print(420, 'EXC', type(e).__name__, e)
c.prec=18; c.rounding=ROUND_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('888317042148908E-49'); b=Decimal('59E99')
try:
    print(421, repr(a**3), c)
except Exception as e:
    print(421, 'EXC', type(e).__name__, e)
c.prec=20; c.rounding=ROUND_UP; c.clamp=1; c.clear_flags()
a=Decimal('-63E60'); b=Decimal('-798209E21')
try:
    print(422, repr(a%b), c)
except Exception as e:
    print(422, 'EXC', type(e).__name__, e)
c.prec=19; c.rounding=ROUND_HALF_UP; c.clamp=0; c.clear_flags()
a=Decimal('929858285123059631E-35'); b=Decimal('1984421317630118E41')
try:
    print(423, repr(divmod(a,b)), c)
except Exception as e:
    print(423, 'EXC', type(e).__name__, e)
c.prec=10; c.rounding=ROUND_HALF_UP; c.clamp=1; c.clear_flags()
a=Decimal('95097696481738704961E57'); b=Decimal('-0271022965825935E109')
try:
    print(424, repr(a-b), c)
except Exception as e:
    print(424, 'EXC', type(e).__name__, e)
c.prec=2; c.rounding=ROUND_CEILING; c.clamp=1; c.clear_flags()
a=Decimal('958082811343E32'); b=Decimal('98354E-49')
try:
    print(425, repr(a.normalize()), c)
except Exception as e:
    print(425, 'EXC', type(e).__name__, e)
c.prec=15; c.rounding=ROUND_CEILING; c.clamp=1; c.clear_flags()
a=Decimal('9165552518020E104'); b=Decimal('-75441956437222E20')
try:
    print(426, repr(a.is_subnormal()), c)
except Exception as e:
    print(426, 'EXC', type(e).__name__, e)
c.prec=11; c.rounding=ROUND_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('-083499938462E38'); b=Decimal('-843343E93')
try:
    print(427, repr(a.to_integral_exact()), c)
except Exception as e:
    print(427, 'EXC', type(e).__name__, e)
c.prec=11; c.rounding=ROUND_FLOOR; c.clamp=1; c.clear_flags()
a=Decimal('8755653212497E-4'); b=Decimal('-41984E-116')
try:
    print(428, repr(a.compare(b)), c)
except Exception as e:
    print(428, 'EXC', type(e).__name__, e)
c.prec=7; c.rounding=ROUND_UP; c.clamp=0; c.clear_flags()
a=Decimal('-1314037518159363E68'); b=Decimal('50424069886926E-63')
try:
    print(429, repr(a**3), c)
except Exception as e:
    print(429, 'EXC', type(e).__name__, e)
c.prec=20; c.rounding=ROUND_UP; c.clamp=0; c.clear_flags()
a=Decimal('78339337662345374002E21'); b=Decimal('485883451135034E47')
try:
    print(430, repr(divmod(a,b)), c)
except Exception as e:
    print(430, 'EXC', type(e).__name__, e)
c.prec=14; c.rounding=ROUND_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('-6258588490E70'); b=Decimal('-79569857681478177E60')
try:
    print(431, repr(a.is_subnormal()), c)
except Exception as e:
    print(431, 'EXC', type(e).__name__, e)
c.prec=5; c.rounding=ROUND_FLOOR; c.clamp=0; c.clear_flags()
a=Decimal('-680146E41'); b=Decimal('sNaN')
try:
    print(432, repr(a**-2), c)
except Exception as e:
    print(432, 'EXC', type(e).__name__, e)
c.prec=1; c.rounding=ROUND_FLOOR; c.clamp=0; c.clear_flags()
a=Decimal('86769E1'); b=Decimal('-60511564381191E-57')
try:
    print(433, repr(-a), c)
except Exception as e:
    print(433, 'EXC', type(e).__name__, e)
c.prec=4; c.rounding=ROUND_HALF_UP; c.clamp=0; c.clear_flags()
a=Decimal('-95250E-41'); b=Decimal('127283077545268E86')
try:
    print(434, repr(a//b), c)
except Exception as e:
    print(434, 'EXC', type(e).__name__, e)
c.prec=18; c.rounding=ROUND_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('21293185438E-47'); b=Decimal('-8256857965837296634E-128')
try:
    print(435, repr(a-b), c)
except Exception as e:
    print(435, 'EXC', type(e).__name__, e)
c.prec=5; c.rounding=ROUND_HALF_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('-820963626E-27'); b=Decimal('-00219302917776E61')
try:
    print(436, repr(a-b), c)
except Exception as e:
    print(436, 'EXC', type(e).__name__, e)
c.prec=17; c.rounding=ROUND_UP; c.clamp=1; c.clear_flags()
a=Decimal('-38362049321508795313E-101'); b=Decimal('363154472980E-7')
try:
    print(437, repr(+a), c)
except Exception as e:
    print(437, 'EXC', type(e).__name__, e)
c.prec=12; c.rounding=ROUND_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('-09699922122E92'); b=Decimal('05418413689002796260E-40')
try:
    print(438, repr(a/b), c)
except Exception as e:
    print(438, 'EXC', type(e).__name__, e)
c.prec=1; c.rounding=ROUND_UP; c.clamp=1; c.clear_flags()
a=Decimal('-81E54'); b=Decimal('-2954667287E-14')
try:
    print(439, repr(a.to_integral_exact()), c)
except Exception as e:
    print(439, 'EXC', type(e).__name__, e)
c.prec=14; c.rounding=ROUND_HALF_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('20E-96'); b=Decimal('17E1')
try:
    print(440, repr(divmod(a,b)), c)
except Exception as e:
    print(440, 'EXC', type(e).__name__, e)
c.prec=4; c.rounding=ROUND_UP; c.clamp=1; c.clear_flags()
a=Decimal('-23E-91'); b=Decimal('538647242E63')
try:
    print(441, repr(a.is_normal()), c)
except Exception as e:
    print(441, 'EXC', type(e).__name__, e)
c.prec=1; c.rounding=ROUND_HALF_EVEN; c.clamp=0; c.clear_flags()
a=Decimal('514516194009E86'); b=Decimal('3680872564E-33')
try:
    print(442, repr(+a), c)
except Exception as e:
    print(442, 'EXC', type(e).__name__, e)
c.prec=7; c.rounding=ROUND_HALF_UP; c.clamp=1; c.clear_flags()
a=Decimal('-0815715401071407214E-6'); b=Decimal('-70126550142E91')
try:
    print(443, repr(divmod(a,b)), c)
except Exception as e:
    print(443, 'EXC', type(e).__name__, e)
c.prec=17; c.rounding=ROUND_05UP; c.clamp=1; c.clear_flags()
a=Decimal('-012503443932605E-116'); b=Decimal('903257262322121E-22')
try:
    print(444, repr(abs(a)), c)
except Exception as e:
    print(444, 'EXC', type(e).__name__, e)
c.prec=14; c.rounding=ROUND_UP; c.clamp=0; c.clear_flags()
a=Decimal('-013071654680E0'); b=Decimal('-524947636E-67')
try:
    print(445, repr(a.normalize()), c)
except Exception as e:
    print(445, 'EXC', type(e).__name__, e)
c.prec=4; c.rounding=ROUND_CEILING; c.clamp=1; c.clear_flags()
a=Decimal('9045970954533840646E67'); b=Decimal('-90689425E-99')
try:
    print(446, repr(a.compare(b)), c)
except Exception as e:
    print(446, 'EXC', type(e).__name__, e)
c.prec=1; c.rounding=ROUND_FLOOR; c.clamp=1; c.clear_flags()
a=Decimal('-845E-93'); b=Decimal('-0')
try:
    print(447, repr(a.sqrt()), c)
except Exception as e:
    print(447, 'EXC', type(e).__name__, e)
c.prec=3; c.rounding=ROUND_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('-54609723879978591325E48'); b=Decimal('-5266057750899E58')
try:
    print(448, repr(a.quantize(b)), c)
except Exception as e:
    print(448, 'EXC', type(e).__name__, e)
c.prec=7; c.rounding=ROUND_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('NaN'); b=Decimal('-8991951892E-78')
try:
    print(449, repr(a.quantize(b)), c)
except Exception as e:
    print(449, 'EXC', type(e).__name__, e)
c.prec=2; c.rounding=ROUND_CEILING; c.clamp=0; c.clear_flags()
a=Decimal('-092127E92'); b=Decimal('-923425454650595911E92')
try:
    print(450, repr(a*b), c)
except Exception as e:
    print(450, 'EXC', type(e).__name__, e)
c.prec=15; c.rounding=ROUND_FLOOR; c.clamp=1; c.clear_flags()
a=Decimal('3E-122'); b=Decimal('3222755716E-96')
try:
    print(451, repr(a/b), c)
except Exception as e:
    print(451, 'EXC', type(e).__name__, e)
c.prec=15; c.rounding=ROUND_HALF_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('3167542E-126'); b=Decimal('-150906354779E-85')
try:
    print(452, repr(a.to_integral_exact()), c)
except Exception as e:
    print(452, 'EXC', type(e).__name__, e)
c.prec=4; c.rounding=ROUND_FLOOR; c.clamp=0; c.clear_flags()
a=Decimal('-15797508432591668633E-37'); b=Decimal('3321338789E-25')
try:
    print(453, repr(a.compare(b)), c)
except Exception as e:
    print(453, 'EXC', type(e).__name__, e)
c.prec=7; c.rounding=ROUND_05UP; c.clamp=1; c.clear_flags()
a=Decimal('-410013219711E-91'); b=Decimal('-Infinity')
try:
    print(454, repr(a.is_normal()), c)
except Exception as e:
    print(454, 'EXC', type(e).__name__, e)
c.prec=5; c.rounding=ROUND_HALF_EVEN; c.clamp=1; c.clear_flags()
a=Decimal('-2576124318417966110E-82'); b=Decimal('-556822796312E33')
try:
    print(455, repr(a.compare(b)), c)
except Exception as e:
    print(455, 'EXC', type(e).__name__, e)
c.prec=5; c.rounding=ROUND_UP; c.clamp=1; c.clear_flags()
a=Decimal('25239355E-91'); b=Decimal('2216338E-36')
try:
    print(456, repr(a.compare(b)), c)
except Exception as e:
    print(456, 'EXC', type(e).__name__, e)
c.prec=4; c.rounding=ROUND_HALF_UP; c.clamp=0; c.clear_flags()
a=Decimal('778559554112029890E107'); b=Decimal('-68653331853946E-50')
try:
    print(457, repr(a**3), c)
except Exception as e:
    print(457, 'EXC', type(e).__name__, e)
c.prec=18; c.rounding=ROUND_FLOOR; c.clamp=0; c.clear_flags()
a=Decimal('-2721001773933421939E74'); b=Decimal('6982249092956E-18')
try:
    print(458, repr(a**-2), c)
except Exception as e:
    print(458, 'EXC', type(e).__name__, e)
c.prec=3; c.rounding=ROUND_FLOOR; c.clamp=0; c.clear_flags()
a=Decimal('-60870270592E102'); b=Decimal('92739873935128640E-113')
try:
    print(459, repr(a.is_subnormal()), c)
except Exception as e:
    print(459, 'EXC', type(e).__name__, e)
c.prec=13; c.rounding=ROUND_HALF_UP; c.clamp=0; c.clear_flags()
a=Decimal('-98E5'); b=Decimal('12617580555767E55')
try:
    print(460, repr(a%b), c)
except Exception as e:
    print(460, 'EXC', type(e).__name__, e)
c.prec=7; c.rounding=ROUND_CEILING; c.clamp=1; c.clear_flags()
a=Decimal('36850519052E28'); b=Decimal('-259E110')
try:
    print(461, repr(a.is_normal()), c)
except Exception as e:
    print(461, 'EXC', type(e).__name__, e)
c.prec=15; c.rounding=ROUND_HALF_EVEN; c.clamp=0; c.clear_flags()
a=Decimal('59554553615739E26'); b=Decimal('139737E-73')
try:
    print(462, repr(abs(a)), c)
except Exception as e:
    print(462, 'EXC', type(e).__name__, e)
c.prec=11; c.rounding=ROUND_05UP; c.clamp=1; c.clear_flags()
a=Decimal('38029461147E76'); b=Decimal('-60584E-55')
try:
    print(463, repr(abs(a)), c)
except Exception as e:
    print(463, 'EXC', type(e).__name__, e)
c.prec=6; c.rounding=ROUND_05UP; c.clamp=1; c.clear_flags()
a=Decimal('-35010023E-50'); b=Decimal('835038152438E55')
try:
    print(464, repr(a+b), c)
except Exception as e:
    print(464, 'EXC', type(e).__name__, e)
c.prec=15; c.rounding=ROUND_UP; c.clamp=1; c.clear_flags()
a=Decimal('69625E58'); b=Decimal('-49604290E11')
try:
    print(465, repr(+a), c)
except Exception as e:
    print(465, 'EXC', type(e).__name__, e)
c.prec=18; c.rounding=ROUND_HALF_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('-0E-103'); b=Decimal('-8192166412313E55')
try:
    print(466, repr(divmod(a,b)), c)
except Exception as e:
    print(466, 'EXC', type(e).__name__, e)
c.prec=16; c.rounding=ROUND_05UP; c.clamp=0; c.clear_flags()
a=Decimal('33715135426E-29'); b=Decimal('769526141683235E-71')
try:
    print(467, repr(a//b), c)
except Exception as e:
    print(467, 'EXC', type(e).__name__, e)
c.prec=4; c.rounding=ROUND_HALF_UP; c.clamp=1; c.clear_flags()
a=Decimal('3563485105907E54'); b=Decimal('35032757165453E-109')
try:
    print(468, repr(a.compare(b)), c)
except Exception as e:
    print(468, 'EXC', type(e).__name__, e)
c.prec=11; c.rounding=ROUND_UP; c.clamp=1; c.clear_flags()
a=Decimal('-83801E17'); b=Decimal('-923723548E-31')
try:
    print(469, repr(a+b), c)
except Exception as e:
    print(469, 'EXC', type(e).__name__, e)
c.prec=3; c.rounding=ROUND_HALF_EVEN; c.clamp=1; c.clear_flags()
a=Decimal('8665E89'); b=Decimal('24315428067860222058E-46')
try:
    print(470, repr(a/b), c)
except Exception as e:
    print(470, 'EXC', type(e).__name__, e)
c.prec=7; c.rounding=ROUND_HALF_UP; c.clamp=1; c.clear_flags()
a=Decimal('667552437953864906E-107'); b=Decimal('-518E57')
try:
    print(471, repr(a/b), c)
except Exception as e:
    print(471, 'EXC', type(e).__name__, e)
c.prec=8; c.rounding=ROUND_HALF_UP; c.clamp=1; c.clear_flags()
a=Decimal('-592052414420E-118'); b=Decimal('-824750E60')
try:
    print(472, repr(a**3), c)
except Exception as e:
    print(472, 'EXC', type(e).__name__, e)
c.prec=2; c.rounding=ROUND_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('752997192005319022E47'); b=Decimal('-629066151E41')
try:
    print(473, repr(a%b), c)
except Exception as e:
    print(473, 'EXC', type(e).__name__, e)
c.prec=12; c.rounding=ROUND_HALF_EVEN; c.clamp=0; c.clear_flags()
a=Decimal('03984803263E-3'); b=Decimal('65090500749250497E-28')
try:
    print(474, repr(divmod(a,b)), c)
except Exception as e:
    print(474, 'EXC', type(e).__name__, e)
c.prec=3; c.rounding=ROUND_HALF_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('-74495220986499993803E84'); b=Decimal('-2791E-104')
try:
    print(475, repr(divmod(a,b)), c)
except Exception as e:
    print(475, 'EXC', type(e).__name__, e)
c.prec=5; c.rounding=ROUND_HALF_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('-39077361101654219E57'); b=Decimal('8688961460004E-68')
try:
    print(476, repr(a**-2), c)
except Exception as e:
    print(476, 'EXC', type(e).__name__, e)
c.prec=6; c.rounding=ROUND_HALF_UP; c.clamp=1; c.clear_flags()
a=Decimal('-5839981E40'); b=Decimal('1031139933310E79')
try:
    print(477, repr(c.create_decimal(a)), c)
except Exception as e:
    print(477, 'EXC', type(e).__name__, e)
c.prec=3; c.rounding=ROUND_UP; c.clamp=0; c.clear_flags()
a=Decimal('3092183E-8'); b=Decimal('336985921694E20')
try:
    print(478, repr(a.compare(b)), c)
except Exception as e:
    print(478, 'EXC', type(e).__name__, e)
c.prec=11; c.rounding=ROUND_HALF_UP; c.clamp=0; c.clear_flags()
a=Decimal('08517342E17'); b=Decimal('02814803367933116077E-90')
try:
    print(479, repr(a*b), c)
except Exception as e:
    print(479, 'EXC', type(e).__name__, e)
c.prec=4; c.rounding=ROUND_CEILING; c.clamp=1; c.clear_flags()
a=Decimal('-67925010784743E90'); b=Decimal('-61E25')
try:
    print(480, repr(a*b), c)
except Exception as e:
    print(480, 'EXC', type(e).__name__, e)
c.prec=8; c.rounding=ROUND_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('-86488539E-46'); b=Decimal('-0933950206858927244E-52')
try:
    print(481, repr(a+b), c)
except Exception as e:
    print(481, 'EXC', type(e).__name__, e)
c.prec=2; c.rounding=ROUND_HALF_UP; c.clamp=0; c.clear_flags()
a=Decimal('-29703050818305408E51'); b=Decimal('209665105E39')
try:
    print(482, repr(a-b), c)
except Exception as e:
    print(482, 'EXC', type(e).__name__, e)
c.prec=11; c.rounding=ROUND_HALF_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('-73356371876615969E-123'); b=Decimal('7273464E97')
try:
    print(483, repr(a.is_subnormal()), c)
except Exception as e:
    print(483, 'EXC', type(e).__name__, e)
c.prec=16; c.rounding=ROUND_CEILING; c.clamp=1; c.clear_flags()
a=Decimal('93E-29'); b=Decimal('Infinity')
try:
    print(484, repr(a.compare(b)), c)
except Exception as e:
    print(484, 'EXC', type(e).__name__, e)
c.prec=2; c.rounding=ROUND_UP; c.clamp=0; c.clear_flags()
a=Decimal('-05112E78'); b=Decimal('sNaN')
try:
    print(485, repr(a.is_normal()), c)
except Exception as e:
    print(485, 'EXC', type(e).__name__, e)
c.prec=16; c.rounding=ROUND_05UP; c.clamp=1; c.clear_flags()
a=Decimal('3184845E-49'); b=Decimal('67E-67')
try:
    print(486, repr(divmod(a,b)), c)
except Exception as e:
    print(486, 'EXC', type(e).__name__, e)
c.prec=14; c.rounding=ROUND_HALF_UP; c.clamp=0; c.clear_flags()
a=Decimal('02E4'); b=Decimal('-8849577341E-107')
try:
    print(487, repr(a**3), c)
except Exception as e:
    print(487, 'EXC', type(e).__name__, e)
c.prec=9; c.rounding=ROUND_HALF_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('-7514616320348E48'); b=Decimal('-86553390633049889005E-100')
try:
    print(488, repr(a.compare(b)), c)
except Exception as e:
    print(488, 'EXC', type(e).__name__, e)
c.prec=7; c.rounding=ROUND_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('21639813428029949744E56'); b=Decimal('5269576441591E-39')
try:
    print(489, repr(a*b), c)
except Exception as e:
    print(489, 'EXC', type(e).__name__, e)
c.prec=3; c.rounding=ROUND_CEILING; c.clamp=0; c.clear_flags()
a=Decimal('-30237025440668748E-75'); b=Decimal('-8020984475835E-42')
try:
    print(490, repr(a/b), c)
except Exception as e:
    print(490, 'EXC', type(e).__name__, e)
c.prec=2; c.rounding=ROUND_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('-77971246504E-56'); b=Decimal('053045098E60')
try:
    print(491, repr(c.create_decimal(a)), c)
except Exception as e:
    print(491, 'EXC', type(e).__name__, e)
c.prec=7; c.rounding=ROUND_UP; c.clamp=1; c.clear_flags()
a=Decimal('2814760432925002E-116'); b=Decimal('15708E6')
try:
    print(492, repr(abs(a)), c)
except Exception as e:
    print(492, 'EXC', type(e).__name__, e)
c.prec=20; c.rounding=ROUND_HALF_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('358912492206E-68'); b=Decimal('-809606E-123')
try:
    print(493, repr(a//b), c)
except Exception as e:
    print(493, 'EXC', type(e).__name__, e)
c.prec=4; c.rounding=ROUND_HALF_EVEN; c.clamp=0; c.clear_flags()
a=Decimal('091261529321533466E-85'); b=Decimal('-10100749813375863E79')
try:
    print(494, repr(abs(a)), c)
except Exception as e:
    print(494, 'EXC', type(e).__name__, e)
c.prec=18; c.rounding=ROUND_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('8720234021E55'); b=Decimal('-7051849413905028778E-75')
try:
    print(495, repr(a.quantize(b)), c)
except Exception as e:
    print(495, 'EXC', type(e).__name__, e)
c.prec=3; c.rounding=ROUND_FLOOR; c.clamp=0; c.clear_flags()
a=Decimal('-216830E-84'); b=Decimal('7843053001399755E99')
try:
    print(496, repr(a.normalize()), c)
except Exception as e:
    print(496, 'EXC', type(e).__name__, e)
c.prec=9; c.rounding=ROUND_05UP; c.clamp=0; c.clear_flags()
a=Decimal('-04830976249374879961E-93'); b=Decimal('710729539431098E47')
try:
    print(497, repr(a+b), c)
except Exception as e:
    print(497, 'EXC', type(e).__name__, e)
c.prec=19; c.rounding=ROUND_FLOOR; c.clamp=0; c.clear_flags()
a=Decimal('923449077E4'); b=Decimal('744016E-61')
try:
    print(498, repr(c.create_decimal(a)), c)
except Exception as e:
    print(498, 'EXC', type(e).__name__, e)
c.prec=7; c.rounding=ROUND_FLOOR; c.clamp=1; c.clear_flags()
a=Decimal('2363699E43'); b=Decimal('6039191188457055014E-119')
try:
    print(499, repr(a%b), c)
except Exception as e:
    print(499, 'EXC', type(e).__name__, e)
c.prec=20; c.rounding=ROUND_FLOOR; c.clamp=1; c.clear_flags()
a=Decimal('-05410816E-122'); b=Decimal('-877639329422E-29')
try:
    print(500, repr(a//b), c)
except Exception as e:
    print(500, 'EXC', type(e).__name__, e)
c.prec=10; c.rounding=ROUND_HALF_UP; c.clamp=0; c.clear_flags()
a=Decimal('127E-6'); b=Decimal('-0652880912973800E8')
try:
    print(501, repr(a+b), c)
except Exception as e:
    print(501, 'EXC', type(e).__name__, e)
c.prec=13; c.rounding=ROUND_05UP; c.clamp=0; c.clear_flags()
a=Decimal('53E-28'); b=Decimal('-073033850400007916E22')
try:
    print(502, repr(abs(a)), c)
except Exception as e:
    print(502, 'EXC', type(e).__name__, e)
c.prec=14; c.rounding=ROUND_UP; c.clamp=0; c.clear_flags()
a=Decimal('8E-108'); b=Decimal('sNaN')
try:
    print(503, repr(divmod(a,b)), c)
except Exception as e:
    print(503, 'EXC', type(e).__name__, e)
c.prec=9; c.rounding=ROUND_CEILING; c.clamp=0; c.clear_flags()
a=Decimal('3E-90'); b=Decimal('sNaN')
try:
    print(504, repr(a.to_integral_exact()), c)
except Exception as e:
    print(504, 'EXC', type(e).__name__, e)
c.prec=18; c.rounding=ROUND_FLOOR; c.clamp=1; c.clear_flags()
a=Decimal('0E+5'); b=Decimal('567854896E89')
try:
    print(505, repr(a.quantize(b)), c)
except Exception as e:
    print(505, 'EXC', type(e).__name__, e)
c.prec=19; c.rounding=ROUND_HALF_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('-0089410951418010E-92'); b=Decimal('9297603693966650704E83')
try:
    print(506, repr(-a), c)
except Exception as e:
    print(506, 'EXC', type(e).__name__, e)
c.prec=6; c.rounding=ROUND_CEILING; c.clamp=1; c.clear_flags()
a=Decimal('-86E-39'); b=Decimal('-12353E71')
try:
    print(507, repr(a.compare(b)), c)
except Exception as e:
    print(507, 'EXC', type(e).__name__, e)
c.prec=2; c.rounding=ROUND_HALF_UP; c.clamp=1; c.clear_flags()
a=Decimal('-107046729182279E85'); b=Decimal('-586271952E-5')
try:
    print(508, repr(a**3), c)
except Exception as e:
    print(508, 'EXC', type(e).__name__, e)
c.prec=17; c.rounding=ROUND_05UP; c.clamp=1; c.clear_flags()
a=Decimal('12483935503E53'); b=Decimal('-3158E-9')
try:
    print(509, repr(a**-2), c)
except Exception as e:
    print(509, 'EXC', type(e).__name__, e)
c.prec=6; c.rounding=ROUND_HALF_UP; c.clamp=1; c.clear_flags()
a=Decimal('67608150550868004E69'); b=Decimal('77086999996487974425E40')
try:
    print(510, repr(a**3), c)
except Exception as e:
    print(510, 'EXC', type(e).__name__, e)
c.prec=12; c.rounding=ROUND_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('81335031620E108'); b=Decimal('-974E0')
try:
    print(511, repr(a.to_integral_exact()), c)
except Exception as e:
    print(511, 'EXC', type(e).__name__, e)
c.prec=13; c.rounding=ROUND_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('64E16'); b=Decimal('3984276496444015950E-79')
try:
    print(512, repr(a.quantize(b)), c)
except Exception as e:
    print(512, 'EXC', type(e).__name__, e)
c.prec=17; c.rounding=ROUND_HALF_EVEN; c.clamp=1; c.clear_flags()
a=Decimal('-636419E-1'); b=Decimal('92153E67')
try:
    print(513, repr(a.sqrt()), c)
except Exception as e:
    print(513, 'EXC', type(e).__name__, e)
c.prec=8; c.rounding=ROUND_CEILING; c.clamp=1; c.clear_flags()
a=Decimal('22841681004572962E4'); b=Decimal('2E-10')
try:
    print(514, repr(a/b), c)
except Exception as e:
    print(514, 'EXC', type(e).__name__, e)
c.prec=11; c.rounding=ROUND_HALF_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('-09E48'); b=Decimal('-1931E99')
try:
    print(515, repr(a.is_subnormal()), c)
except Exception as e:
    print(515, 'EXC', type(e).__name__, e)
c.prec=2; c.rounding=ROUND_HALF_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('-9082917E91'); b=Decimal('-72780580181E22')
try:
    print(516, repr(a-b), c)
except Exception as e:
    print(516, 'EXC', type(e).__name__, e)
c.prec=3; c.rounding=ROUND_HALF_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('-427549435498455E110'); b=Decimal('-990768416932340463E94')
try:
    print(517, repr(a.quantize(b)), c)
except Exception as e:
    print(517, 'EXC', type(e).__name__, e)
c.prec=11; c.rounding=ROUND_UP; c.clamp=1; c.clear_flags()
a=Decimal('-6683555E-14'); b=Decimal('-015933176E-45')
try:
    print(518, repr(a.compare(b)), c)
except Exception as e:
    print(518, 'EXC', type(e).__name__, e)
c.prec=16; c.rounding=ROUND_HALF_UP; c.clamp=1; c.clear_flags()
a=Decimal('-971017501376152656E91'); b=Decimal('9863161049E-80')
try:
    print(519, repr(divmod(a,b)), c)
except Exception as e:
    print(519, 'EXC', type(e).__name__, e)
c.prec=16; c.rounding=ROUND_UP; c.clamp=1; c.clear_flags()
a=Decimal('37380971858011E-15'); b=Decimal('-184443E-20')
try:
    print(520, repr(a.quantize(b)), c)
except Exception as e:
    print(520, 'EXC', type(e).__name__, e)
c.prec=1; c.rounding=ROUND_05UP; c.clamp=0; c.clear_flags()
a=Decimal('570E76'); b=Decimal('18953021273815176797E19')
try:
    print(521, repr(a.compare(b)), c)
except Exception as e:
    print(521, 'EXC', type(e).__name__, e)
c.prec=1; c.rounding=ROUND_UP; c.clamp=1; c.clear_flags()
a=Decimal('-169154671943E103'); b=Decimal('5333770429479E0')
try:
    print(522, repr(a.to_integral_exact()), c)
except Exception as e:
    print(522, 'EXC', type(e).__name__, e)
c.prec=16; c.rounding=ROUND_HALF_UP; c.clamp=0; c.clear_flags()
a=Decimal('84050095625669E14'); b=Decimal('6E29')
try:
    print(523, repr(a.to_integral_exact()), c)
except Exception as e:
    print(523, 'EXC', type(e).__name__, e)
c.prec=5; c.rounding=ROUND_FLOOR; c.clamp=0; c.clear_flags()
a=Decimal('974E-107'); b=Decimal('-52959031444896610E-13')
try:
    print(524, repr(a+b), c)
except Exception as e:
    print(524, 'EXC', type(e).__name__, e)
c.prec=20; c.rounding=ROUND_HALF_EVEN; c.clamp=1; c.clear_flags()
a=Decimal('24579E74'); b=Decimal('-3637884935197653E106')
try:
    print(525, repr(a.to_integral_exact()), c)
except Exception as e:
    print(525, 'EXC', type(e).__name__, e)
c.prec=16; c.rounding=ROUND_CEILING; c.clamp=1; c.clear_flags()
a=Decimal('-5343417E-53'); b=Decimal('28525E-71')
try:
    print(526, repr(a.is_subnormal()), c)
except Exception as e:
    print(526, 'EXC', type(e).__name__, e)
c.prec=3; c.rounding=ROUND_HALF_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('-7E82'); b=Decimal('-24001249788790E-61')
try:
    print(527, repr(a.sqrt()), c)
except Exception as e:
    print(527, 'EXC', type(e).__name__, e)
c.prec=20; c.rounding=ROUND_HALF_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('-52826016248957925E-116'); b=Decimal('51932737222307713E-102')
try:
    print(528, repr(a**-2), c)
except Exception as e:
    print(528, 'EXC', type(e).__name__, e)
c.prec=7; c.rounding=ROUND_HALF_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('-616055544571597426E13'); b=Decimal('-221426050576748E-98')
try:
    print(529, repr(abs(a)), c)
except Exception as e:
    print(529, 'EXC', type(e).__name__, e)
c.prec=4; c.rounding=ROUND_05UP; c.clamp=1; c.clear_flags()
a=Decimal('429833043048911682E-80'); b=Decimal('782779E-105')
try:
    print(530, repr(a-b), c)
except Exception as e:
    print(530, 'EXC', type(e).__name__, e)
c.prec=7; c.rounding=ROUND_CEILING; c.clamp=0; c.clear_flags()
a=Decimal('-932655E56'); b=Decimal('-3762319010089E-79')
try:
    print(531, repr(divmod(a,b)), c)
except Exception as e:
    print(531, 'EXC', type(e).__name__, e)
c.prec=7; c.rounding=ROUND_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('-556350205488125E-43'); b=Decimal('812605817496932713E98')
try:
    print(532, repr(a%b), c)
except Exception as e:
    print(532, 'EXC', type(e).__name__, e)
c.prec=4; c.rounding=ROUND_FLOOR; c.clamp=1; c.clear_flags()
a=Decimal('-49260178E-4'); b=Decimal('5449023004571309E23')
try:
    print(533, repr(a.quantize(b)), c)
except Exception as e:
    print(533, 'EXC', type(e).__name__, e)
c.prec=16; c.rounding=ROUND_HALF_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('-88271398405945684768E-31'); b=Decimal('-8E-21')
try:
    print(534, repr(a.sqrt()), c)
except Exception as e:
    print(534, 'EXC', type(e).__name__, e)
c.prec=8; c.rounding=ROUND_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('-63201713190524E-41'); b=Decimal('040E-88')
try:
    print(535, repr(a.normalize()), c)
except Exception as e:
    print(535, 'EXC', type(e).__name__, e)
c.prec=5; c.rounding=ROUND_HALF_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('304480E59'); b=Decimal('7163104227729553515E12')
try:
    print(536, repr(a.quantize(b)), c)
except Exception as e:
    print(536, 'EXC', type(e).__name__, e)
c.prec=14; c.rounding=ROUND_UP; c.clamp=0; c.clear_flags()
a=Decimal('87232154E109'); b=Decimal('662960721170447E61')
try:
    print(537, repr(a-b), c)
except Exception as e:
    print(537, 'EXC', type(e).__name__, e)
c.prec=6; c.rounding=ROUND_FLOOR; c.clamp=1; c.clear_flags()
a=Decimal('50694660109856954E54'); b=Decimal('-42E81')
try:
    print(538, repr(a.to_integral_exact()), c)
except Exception as e:
    print(538, 'EXC', type(e).__name__, e)
c.prec=10; c.rounding=ROUND_CEILING; c.clamp=1; c.clear_flags()
a=Decimal('-7154754634E-82'); b=Decimal('651395926925277E56')
try:
    print(539, repr(a-b), c)
except Exception as e:
    print(539, 'EXC', type(e).__name__, e)
c.prec=5; c.rounding=ROUND_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('-481287E97'); b=Decimal('-6121505E-42')
try:
    print(540, repr(a.normalize()), c)
except Exception as e:
    print(540, 'EXC', type(e).__name__, e)
c.prec=10; c.rounding=ROUND_05UP; c.clamp=0; c.clear_flags()
a=Decimal('82242517E17'); b=Decimal('-757E88')
try:
    print(541, repr(a.is_subnormal()), c)
except Exception as e:
    print(541, 'EXC', type(e).__name__, e)
c.prec=7; c.rounding=ROUND_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('99222599097E-18'); b=Decimal('-1823649E-65')
try:
    print(542, repr(a.is_subnormal()), c)
except Exception as e:
    print(542, 'EXC', type(e).__name__, e)
c.prec=7; c.rounding=ROUND_UP; c.clamp=0; c.clear_flags()
a=Decimal('-742928E-83'); b=Decimal('-611463887E11')
try:
    print(543, repr(c.create_decimal(a)), c)
except Exception as e:
    print(543, 'EXC', type(e).__name__, e)
c.prec=3; c.rounding=ROUND_05UP; c.clamp=0; c.clear_flags()
a=Decimal('06502E-23'); b=Decimal('-02089562E-87')
try:
    print(544, repr(a**3), c)
except Exception as e:
    print(544, 'EXC', type(e).__name__, e)
c.prec=2; c.rounding=ROUND_05UP; c.clamp=1; c.clear_flags()
a=Decimal('-207859734581533457E6'); b=Decimal('-173682712365710447E-54')
try:
    print(545, repr(a.quantize(b)), c)
except Exception as e:
    print(545, 'EXC', type(e).__name__, e)
c.prec=2; c.rounding=ROUND_HALF_UP; c.clamp=0; c.clear_flags()
a=Decimal('5095E-116'); b=Decimal('89E98')
try:
    print(546, repr(a.compare(b)), c)
except Exception as e:
    print(546, 'EXC', type(e).__name__, e)
c.prec=13; c.rounding=ROUND_UP; c.clamp=1; c.clear_flags()
a=Decimal('-961385379709164E104'); b=Decimal('18361689445E-35')
try:
    print(547, repr(a.is_subnormal()), c)
except Exception as e:
    print(547, 'EXC', type(e).__name__, e)
c.prec=10; c.rounding=ROUND_HALF_UP; c.clamp=1; c.clear_flags()
a=Decimal('-660156508E100'); b=Decimal('91845E65')
try:
    print(548, repr(a.is_subnormal()), c)
except Exception as e:
    print(548, 'EXC', type(e).__name__, e)
c.prec=12; c.rounding=ROUND_FLOOR; c.clamp=0; c.clear_flags()
a=Decimal('097524987918E63'); b=Decimal('2220769561655500E1')
try:
    print(549, repr(a*b), c)
except Exception as e:
    print(549, 'EXC', type(e).__name__, e)
c.prec=4; c.rounding=ROUND_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('-972050831449950E44'); b=Decimal('-6262285E-92')
try:
    print(550, repr(a+b), c)
except Exception as e:
    print(550, 'EXC', type(e).__name__, e)
c.prec=13; c.rounding=ROUND_HALF_EVEN; c.clamp=0; c.clear_flags()
a=Decimal('-46439E34'); b=Decimal('-980381122133E42')
try:
    print(551, repr(a.quantize(b)), c)
except Exception as e:
    print(551, 'EXC', type(e).__name__, e)
c.prec=2; c.rounding=ROUND_UP; c.clamp=0; c.clear_flags()
a=Decimal('529891490524930E-87'); b=Decimal('-96120599E-4')
try:
    print(552, repr(a.is_subnormal()), c)
except Exception as e:
    print(552, 'EXC', type(e).__name__, e)
c.prec=8; c.rounding=ROUND_HALF_UP; c.clamp=1; c.clear_flags()
a=Decimal('056E-17'); b=Decimal('-80440140666E-14')
try:
    print(553, repr(-a), c)
except Exception as e:
    print(553, 'EXC', type(e).__name__, e)
c.prec=14; c.rounding=ROUND_HALF_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('8147804450E91'); b=Decimal('-42446652601002320E7')
try:
    print(554, repr(a//b), c)
except Exception as e:
    print(554, 'EXC', type(e).__name__, e)
c.prec=19; c.rounding=ROUND_05UP; c.clamp=0; c.clear_flags()
a=Decimal('343592912917224339E-30'); b=Decimal('85134323E-106')
try:
    print(555, repr(a.to_integral_exact()), c)
except Exception as e:
    print(555, 'EXC', type(e).__name__, e)
c.prec=1; c.rounding=ROUND_HALF_UP; c.clamp=0; c.clear_flags()
a=Decimal('-7855772E23'); b=Decimal('-3434E91')
try:
    print(556, repr(-a), c)
except Exception as e:
    print(556, 'EXC', type(e).__name__, e)
c.prec=9; c.rounding=ROUND_HALF_UP; c.clamp=1; c.clear_flags()
a=Decimal('73486342330841944E85'); b=Decimal('-1352129758679700822E-108')
try:
    print(557, repr(a-b), c)
except Exception as e:
    print(557, 'EXC', type(e).__name__, e)
c.prec=10; c.rounding=ROUND_HALF_UP; c.clamp=0; c.clear_flags()
a=Decimal('92E-100'); b=Decimal('-1334368870E79')
try:
    print(558, repr(+a), c)
except Exception as e:
    print(558, 'EXC', type(e).__name__, e)
c.prec=12; c.rounding=ROUND_HALF_UP; c.clamp=0; c.clear_flags()
a=Decimal('-7657890658924E10'); b=Decimal('41477221677446269E76')
try:
    print(559, repr(a+b), c)
except Exception as e:
    print(559, 'EXC', type(e).__name__, e)
c.prec=11; c.rounding=ROUND_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('9902701E46'); b=Decimal('-6514005127874E80')
try:
    print(560, repr(a%b), c)
except Exception as e:
    print(560, 'EXC', type(e).__name__, e)
c.prec=4; c.rounding=ROUND_05UP; c.clamp=1; c.clear_flags()
a=Decimal('62958916E-114'); b=Decimal('-6202597987E-121')
try:
    print(561, repr(a-b), c)
except Exception as e:
    print(561, 'EXC', type(e).__name__, e)
c.prec=5; c.rounding=ROUND_05UP; c.clamp=1; c.clear_flags()
a=Decimal('-660954623475804201E-61'); b=Decimal('11775E-35')
try:
    print(562, repr(a.compare(b)), c)
except Exception as e:
    print(562, 'EXC', type(e).__name__, e)
c.prec=15; c.rounding=ROUND_UP; c.clamp=0; c.clear_flags()
a=Decimal('-367801513682811E20'); b=Decimal('163167414487755027E103')
try:
    print(563, repr(a.to_integral_exact()), c)
except Exception as e:
    print(563, 'EXC', type(e).__name__, e)
c.prec=15; c.rounding=ROUND_HALF_EVEN; c.clamp=1; c.clear_flags()
a=Decimal('750295218E-3'); b=Decimal('32930070056218508885E62')
try:
    print(564, repr(a.to_integral_exact()), c)
except Exception as e:
    print(564, 'EXC', type(e).__name__, e)
c.prec=11; c.rounding=ROUND_UP; c.clamp=1; c.clear_flags()
a=Decimal('30472744738575E51'); b=Decimal('-755E48')
try:
    print(565, repr(a+b), c)
except Exception as e:
    print(565, 'EXC', type(e).__name__, e)
c.prec=18; c.rounding=ROUND_HALF_EVEN; c.clamp=0; c.clear_flags()
a=Decimal('-0'); b=Decimal('928764E-46')
try:
    print(566, repr(divmod(a,b)), c)
except Exception as e:
    print(566, 'EXC', type(e).__name__, e)
c.prec=10; c.rounding=ROUND_05UP; c.clamp=0; c.clear_flags()
a=Decimal('8613445207257E-89'); b=Decimal('0315986193E-31')
try:
    print(567, repr(a**-2), c)
except Exception as e:
    print(567, 'EXC', type(e).__name__, e)
c.prec=19; c.rounding=ROUND_FLOOR; c.clamp=0; c.clear_flags()
a=Decimal('45240E46'); b=Decimal('-445198457762E-113')
try:
    print(568, repr(a//b), c)
except Exception as e:
    print(568, 'EXC', type(e).__name__, e)
c.prec=18; c.rounding=ROUND_UP; c.clamp=0; c.clear_flags()
a=Decimal('48510716842985E-62'); b=Decimal('-4E11')
try:
    print(569, repr(a.normalize()), c)
except Exception as e:
    print(569, 'EXC', type(e).__name__, e)
c.prec=6; c.rounding=ROUND_05UP; c.clamp=0; c.clear_flags()
a=Decimal('-02242149537780891E48'); b=Decimal('-1818870E-21')
try:
    print(570, repr(c.create_decimal(a)), c)
except Exception as e:
    print(570, 'EXC', type(e).__name__, e)
c.prec=4; c.rounding=ROUND_05UP; c.clamp=1; c.clear_flags()
a=Decimal('-9E81'); b=Decimal('15599E-89')
try:
    print(571, repr(a//b), c)
except Exception as e:
    print(571, 'EXC', type(e).__name__, e)
c.prec=14; c.rounding=ROUND_FLOOR; c.clamp=0; c.clear_flags()
a=Decimal('882758217294273E-128'); b=Decimal('NaN')
try:
    print(572, repr(a.compare(b)), c)
except Exception as e:
    print(572, 'EXC', type(e).__name__, e)
c.prec=6; c.rounding=ROUND_HALF_UP; c.clamp=1; c.clear_flags()
a=Decimal('424400E22'); b=Decimal('Infinity')
try:
    print(573, repr(a**3), c)
except Exception as e:
    print(573, 'EXC', type(e).__name__, e)
c.prec=10; c.rounding=ROUND_HALF_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('6781283521095935375E74'); b=Decimal('-42427685062311E-84')
try:
    print(574, repr(a//b), c)
except Exception as e:
    print(574, 'EXC', type(e).__name__, e)
c.prec=3; c.rounding=ROUND_HALF_EVEN; c.clamp=1; c.clear_flags()
a=Decimal('Infinity'); b=Decimal('Infinity')
try:
    print(575, repr(a.is_normal()), c)
except Exception as e:
    print(575, 'EXC', type(e).__name__, e)
c.prec=12; c.rounding=ROUND_05UP; c.clamp=1; c.clear_flags()
a=Decimal('-63196345832E-109'); b=Decimal('1354693641931886727E-130')
try:
    print(576, repr(a%b), c)
except Exception as e:
    print(576, 'EXC', type(e).__name__, e)
c.prec=20; c.rounding=ROUND_HALF_UP; c.clamp=0; c.clear_flags()
a=Decimal('-31985473747E-50'); b=Decimal('3467915260E90')
try:
    print(577, repr(a//b), c)
except Exception as e:
    print(577, 'EXC', type(e).__name__, e)
c.prec=18; c.rounding=ROUND_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('-6E65'); b=Decimal('2854166514E-3')
try:
    print(578, repr(a%b), c)
except Exception as e:
    print(578, 'EXC', type(e).__name__, e)
c.prec=15; c.rounding=ROUND_HALF_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('-02457012289221551664E-28'); b=Decimal('-2072515807367E28')
try:
    print(579, repr(a.quantize(b)), c)
except Exception as e:
    print(579, 'EXC', type(e).__name__, e)
c.prec=12; c.rounding=ROUND_HALF_EVEN; c.clamp=0; c.clear_flags()
a=Decimal('0E28'); b=Decimal('037522913262299160E10')
try:
    print(580, repr(a%b), c)
except Exception as e:
    print(580, 'EXC', type(e).__name__, e)
c.prec=5; c.rounding=ROUND_HALF_EVEN; c.clamp=0; c.clear_flags()
a=Decimal('26E-39'); b=Decimal('-37302286221292E83')
try:
    print(581, repr(divmod(a,b)), c)
except Exception as e:
    print(581, 'EXC', type(e).__name__, e)
c.prec=5; c.rounding=ROUND_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('-03623524401698154142E-49'); b=Decimal('-762895616869558E-4')
try:
    print(582, repr(a//b), c)
except Exception as e:
    print(582, 'EXC', type(e).__name__, e)
c.prec=8; c.rounding=ROUND_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('-6E-54'); b=Decimal('-6889643E-96')
try:
    print(583, repr(c.create_decimal(a)), c)
except Exception as e:
    print(583, 'EXC', type(e).__name__, e)
c.prec=20; c.rounding=ROUND_05UP; c.clamp=0; c.clear_flags()
a=Decimal('-58E-82'); b=Decimal('2851E-34')
try:
    print(584, repr(a/b), c)
except Exception as e:
    print(584, 'EXC', type(e).__name__, e)
c.prec=14; c.rounding=ROUND_FLOOR; c.clamp=0; c.clear_flags()
a=Decimal('-033621097519232674E-90'); b=Decimal('50179447644731E-95')
try:
    print(585, repr(a.normalize()), c)
except Exception as e:
    print(585, 'EXC', type(e).__name__, e)
c.prec=5; c.rounding=ROUND_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('-19E7'); b=Decimal('-95142302682857632259E-63')
try:
    print(586, repr(a-b), c)
except Exception as e:
    print(586, 'EXC', type(e).__name__, e)
c.prec=8; c.rounding=ROUND_05UP; c.clamp=0; c.clear_flags()
a=Decimal('-0887288E82'); b=Decimal('38E-95')
try:
    print(587, repr(a%b), c)
except Exception as e:
    print(587, 'EXC', type(e).__name__, e)
c.prec=4; c.rounding=ROUND_FLOOR; c.clamp=0; c.clear_flags()
a=Decimal('-11874E-6'); b=Decimal('1074464423150E80')
try:
    print(588, repr(a**3), c)
except Exception as e:
    print(588, 'EXC', type(e).__name__, e)
c.prec=6; c.rounding=ROUND_05UP; c.clamp=0; c.clear_flags()
a=Decimal('-87472E-12'); b=Decimal('56288392422E-107')
try:
    print(589, repr(a.is_subnormal()), c)
except Exception as e:
    print(589, 'EXC', type(e).__name__, e)
c.prec=7; c.rounding=ROUND_05UP; c.clamp=1; c.clear_flags()
a=Decimal('-06372206E-76'); b=Decimal('-7117769456993E-27')
try:
    print(590, repr(a.sqrt()), c)
except Exception as e:
    print(590, 'EXC', type(e).__name__, e)
c.prec=3; c.rounding=ROUND_HALF_DOWN; c.clamp=0; c.clear_flags()
a=Decimal('NaN'); b=Decimal('-43526E-122')
try:
    print(591, repr(a.normalize()), c)
except Exception as e:
    print(591, 'EXC', type(e).__name__, e)
c.prec=6; c.rounding=ROUND_CEILING; c.clamp=0; c.clear_flags()
a=Decimal('-8952103078291391427E-109'); b=Decimal('-0252803976E-28')
try:
    print(592, repr(a+b), c)
except Exception as e:
    print(592, 'EXC', type(e).__name__, e)
c.prec=17; c.rounding=ROUND_HALF_UP; c.clamp=1; c.clear_flags()
a=Decimal('5221E63'); b=Decimal('-323741414100E-38')
try:
    print(593, repr(a**-2), c)
except Exception as e:
    print(593, 'EXC', type(e).__name__, e)
c.prec=4; c.rounding=ROUND_CEILING; c.clamp=0; c.clear_flags()
a=Decimal('-929475519763893263E-20'); b=Decimal('0355369179E-89')
try:
    print(594, repr(a//b), c)
except Exception as e:
    print(594, 'EXC', type(e).__name__, e)
c.prec=10; c.rounding=ROUND_FLOOR; c.clamp=0; c.clear_flags()
a=Decimal('-12001751E-110'); b=Decimal('90681166741E98')
try:
    print(595, repr(a.to_integral_exact()), c)
except Exception as e:
    print(595, 'EXC', type(e).__name__, e)
c.prec=11; c.rounding=ROUND_HALF_UP; c.clamp=1; c.clear_flags()
a=Decimal('-10447E40'); b=Decimal('-69066478173419E-70')
try:
    print(596, repr(a.compare(b)), c)
except Exception as e:
    print(596, 'EXC', type(e).__name__, e)
c.prec=3; c.rounding=ROUND_DOWN; c.clamp=1; c.clear_flags()
a=Decimal('9051E-54'); b=Decimal('3215041601E-71')
try:
    print(597, repr(a.is_subnormal()), c)
except Exception as e:
    print(597, 'EXC', type(e).__name__, e)
c.prec=7; c.rounding=ROUND_HALF_UP; c.clamp=0; c.clear_flags()
a=Decimal('3E-101'); b=Decimal('-76E43')
try:
    print(598, repr(-a), c)
except Exception as e:
    print(598, 'EXC', type(e).__name__, e)
c.prec=1; c.rounding=ROUND_FLOOR; c.clamp=0; c.clear_flags()
a=Decimal('-4504994285E0'); b=Decimal('538938344458E36')
try:
    print(599, repr(divmod(a,b)), c)
except Exception as e:
    print(599, 'EXC', type(e).__name__, e)
