from decimal import *
c = getcontext()
c.traps[InvalidOperation] = False
c.traps[DivisionByZero] = False
c.traps[Overflow] = False
c.prec=15; c.rounding=ROUND_HALF_EVEN; c.clear_flags()
a=Decimal('6018159083E-36'); b=Decimal('31860E32')
try:
    print(0, repr(format(a, '.4g')), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(0, 'EXC', type(e).__name__, e)
c.prec=36; c.rounding=ROUND_HALF_UP; c.clear_flags()
a=Decimal('-3082E-3'); b=Decimal('94821993E7')
try:
    print(1, repr(format(a, '.4g')), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(1, 'EXC', type(e).__name__, e)
c.prec=19; c.rounding=ROUND_FLOOR; c.clear_flags()
a=Decimal('-78657975432319E-2'); b=Decimal('-49118625276018955597971147104E33')
try:
    print(2, repr(+a), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(2, 'EXC', type(e).__name__, e)
c.prec=17; c.rounding=ROUND_UP; c.clear_flags()
a=Decimal('529170342366712768426846563212E-21'); b=Decimal('7E35')
try:
    print(3, repr(a+b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(3, 'EXC', type(e).__name__, e)
c.prec=34; c.rounding=ROUND_UP; c.clear_flags()
a=Decimal('59952890786666176031372159010928159E-37'); b=Decimal('2459571177774121547280385E-22')
try:
    print(4, repr(a.to_eng_string()), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(4, 'EXC', type(e).__name__, e)
c.prec=39; c.rounding=ROUND_CEILING; c.clear_flags()
a=Decimal('-85253888539336338E23'); b=Decimal('47E-7')
try:
    print(5, repr(a==b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(5, 'EXC', type(e).__name__, e)
c.prec=40; c.rounding=ROUND_05UP; c.clear_flags()
a=Decimal('-51313735379907511637265E-29'); b=Decimal('222029E19')
try:
    print(6, repr(+a), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(6, 'EXC', type(e).__name__, e)
c.prec=29; c.rounding=ROUND_HALF_DOWN; c.clear_flags()
a=Decimal('8820018263E-13'); b=Decimal('8395486205798682828E25')
try:
    print(7, repr(round(a, 3)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(7, 'EXC', type(e).__name__, e)
c.prec=33; c.rounding=ROUND_DOWN; c.clear_flags()
a=Decimal('-Infinity'); b=Decimal('-9180588871803340187801759898347E25')
try:
    print(8, repr(-a), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(8, 'EXC', type(e).__name__, e)
c.prec=22; c.rounding=ROUND_FLOOR; c.clear_flags()
a=Decimal('83726167513613412E6'); b=Decimal('-731672326E25')
try:
    print(9, repr(a.quantize(b)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(9, 'EXC', type(e).__name__, e)
c.prec=6; c.rounding=ROUND_UP; c.clear_flags()
a=Decimal('-505877E-38'); b=Decimal('-8113114402426462889E23')
try:
    print(10, repr(a-b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(10, 'EXC', type(e).__name__, e)
c.prec=33; c.rounding=ROUND_05UP; c.clear_flags()
a=Decimal('614014193141E18'); b=Decimal('492083124023448347824504000E24')
try:
    print(11, repr(a.sqrt()), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(11, 'EXC', type(e).__name__, e)
c.prec=25; c.rounding=ROUND_UP; c.clear_flags()
a=Decimal('-6786843E-11'); b=Decimal('650201462E-33')
try:
    print(12, repr(round(a, 3)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(12, 'EXC', type(e).__name__, e)
c.prec=39; c.rounding=ROUND_FLOOR; c.clear_flags()
a=Decimal('-0722470455853043520E2'); b=Decimal('833801412690604431E34')
try:
    print(13, repr(a**3), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(13, 'EXC', type(e).__name__, e)
c.prec=30; c.rounding=ROUND_05UP; c.clear_flags()
a=Decimal('24920868288909310025167800837407E-32'); b=Decimal('74143E-14')
try:
    print(14, repr(divmod(a,b)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(14, 'EXC', type(e).__name__, e)
c.prec=10; c.rounding=ROUND_UP; c.clear_flags()
a=Decimal('-0931925449920707413E22'); b=Decimal('7771834170471874633E-31')
try:
    print(15, repr(a**-2), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(15, 'EXC', type(e).__name__, e)
c.prec=11; c.rounding=ROUND_05UP; c.clear_flags()
a=Decimal('415377602077642656515055613044516E9'); b=Decimal('4041042346853560688310679247E-34')
try:
    print(16, repr(a<b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(16, 'EXC', type(e).__name__, e)
c.prec=18; c.rounding=ROUND_CEILING; c.clear_flags()
a=Decimal('44634786122138783757E14'); b=Decimal('-1258153549306668E-14')
try:
    print(17, repr(a-b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(17, 'EXC', type(e).__name__, e)
c.prec=34; c.rounding=ROUND_FLOOR; c.clear_flags()
a=Decimal('288314366764020679701687E17'); b=Decimal('-228171800239042E40')
try:
    print(18, repr(-a), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(18, 'EXC', type(e).__name__, e)
c.prec=30; c.rounding=ROUND_UP; c.clear_flags()
a=Decimal('1489364E-12'); b=Decimal('Infinity')
try:
    print(19, repr(a**3), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(19, 'EXC', type(e).__name__, e)
c.prec=1; c.rounding=ROUND_UP; c.clear_flags()
a=Decimal('-7838306400376143E14'); b=Decimal('565E10')
try:
    print(20, repr(abs(a)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(20, 'EXC', type(e).__name__, e)
c.prec=26; c.rounding=ROUND_05UP; c.clear_flags()
a=Decimal('-37343E-11'); b=Decimal('1979237609260309260E-33')
try:
    print(21, repr(-a), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(21, 'EXC', type(e).__name__, e)
c.prec=21; c.rounding=ROUND_CEILING; c.clear_flags()
a=Decimal('-12532870E-1'); b=Decimal('7210141561836546107358E17')
try:
    print(22, repr(abs(a)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(22, 'EXC', type(e).__name__, e)
c.prec=30; c.rounding=ROUND_HALF_UP; c.clear_flags()
a=Decimal('-63E40'); b=Decimal('NaN')
try:
    print(23, repr(a-b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(23, 'EXC', type(e).__name__, e)
c.prec=21; c.rounding=ROUND_05UP; c.clear_flags()
a=Decimal('95545E38'); b=Decimal('-440910317764672720429E-10')
try:
    print(24, repr(a**-2), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(24, 'EXC', type(e).__name__, e)
c.prec=19; c.rounding=ROUND_DOWN; c.clear_flags()
a=Decimal('836236E-32'); b=Decimal('52611491316772326793814449454437323E-10')
try:
    print(25, repr(a**3), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(25, 'EXC', type(e).__name__, e)
c.prec=22; c.rounding=ROUND_HALF_DOWN; c.clear_flags()
a=Decimal('38831701073750431E-34'); b=Decimal('-1582794019953E-36')
try:
    print(26, repr(a-b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(26, 'EXC', type(e).__name__, e)
c.prec=27; c.rounding=ROUND_FLOOR; c.clear_flags()
a=Decimal('09305652941307871E12'); b=Decimal('-8126464460E-1')
try:
    print(27, repr(a+b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(27, 'EXC', type(e).__name__, e)
c.prec=40; c.rounding=ROUND_DOWN; c.clear_flags()
a=Decimal('366306261169572200826199E7'); b=Decimal('-2821167342075096192E-12')
try:
    print(28, repr(a.compare(b)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(28, 'EXC', type(e).__name__, e)
c.prec=26; c.rounding=ROUND_HALF_UP; c.clear_flags()
a=Decimal('-06826512330805E-25'); b=Decimal('-64936657872009773797E-18')
try:
    print(29, repr(a*b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(29, 'EXC', type(e).__name__, e)
c.prec=25; c.rounding=ROUND_HALF_DOWN; c.clear_flags()
a=Decimal('-5178800215810862019132742315E38'); b=Decimal('-724873949835503262E-5')
try:
    print(30, repr(a.normalize()), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(30, 'EXC', type(e).__name__, e)
c.prec=11; c.rounding=ROUND_HALF_DOWN; c.clear_flags()
a=Decimal('-0578891486546592551732904844950032E-3'); b=Decimal('-027390000954185836949235E39')
try:
    print(31, repr(a+b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(31, 'EXC', type(e).__name__, e)
c.prec=26; c.rounding=ROUND_HALF_DOWN; c.clear_flags()
a=Decimal('-2711246400859979E26'); b=Decimal('0E-33')
try:
    print(32, repr(a.sqrt()), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(32, 'EXC', type(e).__name__, e)
c.prec=15; c.rounding=ROUND_HALF_UP; c.clear_flags()
a=Decimal('-0983263E26'); b=Decimal('841407806671E17')
try:
    print(33, repr(a.normalize()), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(33, 'EXC', type(e).__name__, e)
c.prec=26; c.rounding=ROUND_HALF_UP; c.clear_flags()
a=Decimal('-154E-34'); b=Decimal('8443180243325365936877800639E-1')
try:
    print(34, repr(format(a, '.4g')), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(34, 'EXC', type(e).__name__, e)
c.prec=13; c.rounding=ROUND_HALF_UP; c.clear_flags()
a=Decimal('0011925200E-35'); b=Decimal('-101E35')
try:
    print(35, repr(-a), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(35, 'EXC', type(e).__name__, e)
c.prec=4; c.rounding=ROUND_CEILING; c.clear_flags()
a=Decimal('-3331001E40'); b=Decimal('-134556405E-8')
try:
    print(36, repr(a**3), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(36, 'EXC', type(e).__name__, e)
c.prec=26; c.rounding=ROUND_FLOOR; c.clear_flags()
a=Decimal('-749060681570893194260834005717279E4'); b=Decimal('43372117815E5')
try:
    print(37, repr(abs(a)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(37, 'EXC', type(e).__name__, e)
c.prec=39; c.rounding=ROUND_CEILING; c.clear_flags()
a=Decimal('-53E-2'); b=Decimal('-82637289905958278527749325738344922E-9')
try:
    print(38, repr(a%b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(38, 'EXC', type(e).__name__, e)
c.prec=21; c.rounding=ROUND_UP; c.clear_flags()
a=Decimal('4121362244643E-27'); b=Decimal('-7006638470249603699639321E18')
try:
    print(39, repr(a.to_eng_string()), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(39, 'EXC', type(e).__name__, e)
c.prec=11; c.rounding=ROUND_HALF_DOWN; c.clear_flags()
a=Decimal('362467709682506710483238519E18'); b=Decimal('058567326819504466001665941346836E19')
try:
    print(40, repr(a*b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(40, 'EXC', type(e).__name__, e)
c.prec=17; c.rounding=ROUND_HALF_UP; c.clear_flags()
a=Decimal('-7832567482753E-6'); b=Decimal('-2704534577691524601952859003E-31')
try:
    print(41, repr(format(a, '.4g')), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(41, 'EXC', type(e).__name__, e)
c.prec=5; c.rounding=ROUND_HALF_DOWN; c.clear_flags()
a=Decimal('275236829918437E-13'); b=Decimal('-18146327780772737289025797475E14')
try:
    print(42, repr(a.to_eng_string()), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(42, 'EXC', type(e).__name__, e)
c.prec=22; c.rounding=ROUND_HALF_UP; c.clear_flags()
a=Decimal('-09E-35'); b=Decimal('8772036E40')
try:
    print(43, repr(+a), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(43, 'EXC', type(e).__name__, e)
c.prec=31; c.rounding=ROUND_HALF_EVEN; c.clear_flags()
a=Decimal('-8834656480445765848537153542910E11'); b=Decimal('6410E-35')
try:
    print(44, repr(format(a, '.5f')), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(44, 'EXC', type(e).__name__, e)
c.prec=4; c.rounding=ROUND_CEILING; c.clear_flags()
a=Decimal('9291307212061052484426050E15'); b=Decimal('0169671069927681173206001131270493E17')
try:
    print(45, repr(abs(a)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(45, 'EXC', type(e).__name__, e)
c.prec=19; c.rounding=ROUND_UP; c.clear_flags()
a=Decimal('1487740000E-39'); b=Decimal('-92790559772215267674E32')
try:
    print(46, repr(a-b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(46, 'EXC', type(e).__name__, e)
c.prec=20; c.rounding=ROUND_HALF_EVEN; c.clear_flags()
a=Decimal('-9029496366693740544629E-35'); b=Decimal('4875818876E-15')
try:
    print(47, repr(+a), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(47, 'EXC', type(e).__name__, e)
c.prec=32; c.rounding=ROUND_CEILING; c.clear_flags()
a=Decimal('-49067818513698E-7'); b=Decimal('3331245995682E-9')
try:
    print(48, repr(a/b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(48, 'EXC', type(e).__name__, e)
c.prec=39; c.rounding=ROUND_FLOOR; c.clear_flags()
a=Decimal('-125905489010397993446179924053E-17'); b=Decimal('0857E22')
try:
    print(49, repr(a/b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(49, 'EXC', type(e).__name__, e)
c.prec=4; c.rounding=ROUND_HALF_UP; c.clear_flags()
a=Decimal('459318E10'); b=Decimal('-53320450800E-7')
try:
    print(50, repr(a//b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(50, 'EXC', type(e).__name__, e)
c.prec=11; c.rounding=ROUND_05UP; c.clear_flags()
a=Decimal('-3E-2'); b=Decimal('-7554615E21')
try:
    print(51, repr(a.sqrt()), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(51, 'EXC', type(e).__name__, e)
c.prec=10; c.rounding=ROUND_CEILING; c.clear_flags()
a=Decimal('7E-16'); b=Decimal('-195271601755371E40')
try:
    print(52, repr(a.sqrt()), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(52, 'EXC', type(e).__name__, e)
c.prec=19; c.rounding=ROUND_HALF_UP; c.clear_flags()
a=Decimal('-782724663204E33'); b=Decimal('-47157712803E31')
try:
    print(53, repr(a.normalize()), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(53, 'EXC', type(e).__name__, e)
c.prec=14; c.rounding=ROUND_HALF_DOWN; c.clear_flags()
a=Decimal('643316462042078582708425E15'); b=Decimal('49222832391197E-5')
try:
    print(54, repr(round(a, 3)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(54, 'EXC', type(e).__name__, e)
c.prec=2; c.rounding=ROUND_DOWN; c.clear_flags()
a=Decimal('9430186085547E-29'); b=Decimal('2432950259905878115356904177808E28')
try:
    print(55, repr(a*b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(55, 'EXC', type(e).__name__, e)
c.prec=26; c.rounding=ROUND_HALF_EVEN; c.clear_flags()
a=Decimal('-214480013409E33'); b=Decimal('15120417798411162893329762066E36')
try:
    print(56, repr(a**-2), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(56, 'EXC', type(e).__name__, e)
c.prec=11; c.rounding=ROUND_HALF_UP; c.clear_flags()
a=Decimal('5695680582536051E27'); b=Decimal('-3803266700094948091418063041E-1')
try:
    print(57, repr(a-b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(57, 'EXC', type(e).__name__, e)
c.prec=19; c.rounding=ROUND_HALF_EVEN; c.clear_flags()
a=Decimal('417982718246944318479936385784977E-1'); b=Decimal('388696052358574E-4')
try:
    print(58, repr(a+b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(58, 'EXC', type(e).__name__, e)
c.prec=34; c.rounding=ROUND_HALF_UP; c.clear_flags()
a=Decimal('-95708E9'); b=Decimal('-8326552E-15')
try:
    print(59, repr(abs(a)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(59, 'EXC', type(e).__name__, e)
c.prec=20; c.rounding=ROUND_UP; c.clear_flags()
a=Decimal('-4261068917692649916774545688965E-40'); b=Decimal('-28426969315593536000E-8')
try:
    print(60, repr(format(a, ',.3e')), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(60, 'EXC', type(e).__name__, e)
c.prec=8; c.rounding=ROUND_UP; c.clear_flags()
a=Decimal('-8866750957018316586892367679E35'); b=Decimal('255514E25')
try:
    print(61, repr(-a), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(61, 'EXC', type(e).__name__, e)
c.prec=29; c.rounding=ROUND_FLOOR; c.clear_flags()
a=Decimal('-628483836209915906004804619003278E32'); b=Decimal('82936912288101128779600952354204191E4')
try:
    print(62, repr(a+b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(62, 'EXC', type(e).__name__, e)
c.prec=2; c.rounding=ROUND_CEILING; c.clear_flags()
a=Decimal('-90709333029250746947136936E-1'); b=Decimal('-03122562046851586561165836374536E-36')
try:
    print(63, repr(a//b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(63, 'EXC', type(e).__name__, e)
c.prec=2; c.rounding=ROUND_HALF_DOWN; c.clear_flags()
a=Decimal('-134828773E-20'); b=Decimal('-69347833724979583698321818E-6')
try:
    print(64, repr(a.to_integral_value()), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(64, 'EXC', type(e).__name__, e)
c.prec=23; c.rounding=ROUND_FLOOR; c.clear_flags()
a=Decimal('NaN'); b=Decimal('-531185843141342E11')
try:
    print(65, repr(a==b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(65, 'EXC', type(e).__name__, e)
c.prec=39; c.rounding=ROUND_HALF_DOWN; c.clear_flags()
a=Decimal('-420556073E11'); b=Decimal('2414930E11')
try:
    print(66, repr(a<b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(66, 'EXC', type(e).__name__, e)
c.prec=34; c.rounding=ROUND_HALF_UP; c.clear_flags()
a=Decimal('26084293978469501409E37'); b=Decimal('-05351669E-12')
try:
    print(67, repr(a**-2), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(67, 'EXC', type(e).__name__, e)
c.prec=13; c.rounding=ROUND_HALF_UP; c.clear_flags()
a=Decimal('-7587803682730842823843025561E-15'); b=Decimal('-73308725422993518622976314057300E-5')
try:
    print(68, repr(-a), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(68, 'EXC', type(e).__name__, e)
c.prec=32; c.rounding=ROUND_HALF_UP; c.clear_flags()
a=Decimal('25779542E31'); b=Decimal('-0')
try:
    print(69, repr(abs(a)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(69, 'EXC', type(e).__name__, e)
c.prec=7; c.rounding=ROUND_FLOOR; c.clear_flags()
a=Decimal('-17673850514943120E-37'); b=Decimal('5282149562553528543E-33')
try:
    print(70, repr(a-b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(70, 'EXC', type(e).__name__, e)
c.prec=11; c.rounding=ROUND_FLOOR; c.clear_flags()
a=Decimal('-67249912322761077335009862410865E-32'); b=Decimal('-Infinity')
try:
    print(71, repr(a.to_integral_value()), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(71, 'EXC', type(e).__name__, e)
c.prec=39; c.rounding=ROUND_UP; c.clear_flags()
a=Decimal('0E+5'); b=Decimal('-7185876826991E-33')
try:
    print(72, repr(format(a, '.4g')), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(72, 'EXC', type(e).__name__, e)
c.prec=33; c.rounding=ROUND_HALF_UP; c.clear_flags()
a=Decimal('724580337129589658397641E-11'); b=Decimal('8134138473873E29')
try:
    print(73, repr(a<b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(73, 'EXC', type(e).__name__, e)
c.prec=1; c.rounding=ROUND_UP; c.clear_flags()
a=Decimal('28881817682397125906305009374E-25'); b=Decimal('-939152E6')
try:
    print(74, repr(a/b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(74, 'EXC', type(e).__name__, e)
c.prec=40; c.rounding=ROUND_HALF_UP; c.clear_flags()
a=Decimal('-857095158591034537097107114228462E35'); b=Decimal('700527870012996727E10')
try:
    print(75, repr(a**-2), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(75, 'EXC', type(e).__name__, e)
c.prec=20; c.rounding=ROUND_CEILING; c.clear_flags()
a=Decimal('42990325759765E0'); b=Decimal('5303790224641845998920813691543E-22')
try:
    print(76, repr(abs(a)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(76, 'EXC', type(e).__name__, e)
c.prec=18; c.rounding=ROUND_UP; c.clear_flags()
a=Decimal('-5865055785335223E-40'); b=Decimal('94291244498513919249575617E0')
try:
    print(77, repr(format(a, ',.3e')), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(77, 'EXC', type(e).__name__, e)
c.prec=37; c.rounding=ROUND_CEILING; c.clear_flags()
a=Decimal('-Infinity'); b=Decimal('0306739481330290E-30')
try:
    print(78, repr(abs(a)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(78, 'EXC', type(e).__name__, e)
c.prec=17; c.rounding=ROUND_05UP; c.clear_flags()
a=Decimal('4805035507695E-18'); b=Decimal('-195E23')
try:
    print(79, repr(a+b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(79, 'EXC', type(e).__name__, e)
c.prec=15; c.rounding=ROUND_UP; c.clear_flags()
a=Decimal('Infinity'); b=Decimal('-069521023281556589829E33')
try:
    print(80, repr(-a), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(80, 'EXC', type(e).__name__, e)
c.prec=25; c.rounding=ROUND_05UP; c.clear_flags()
a=Decimal('-487E31'); b=Decimal('-4240871523610921088382495222805377E-13')
try:
    print(81, repr(a.quantize(b)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(81, 'EXC', type(e).__name__, e)
c.prec=18; c.rounding=ROUND_HALF_DOWN; c.clear_flags()
a=Decimal('-10E-32'); b=Decimal('-03966630404633535644739E-20')
try:
    print(82, repr(a.to_integral_value()), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(82, 'EXC', type(e).__name__, e)
c.prec=38; c.rounding=ROUND_DOWN; c.clear_flags()
a=Decimal('0732599739035072624012E-39'); b=Decimal('8512761656E2')
try:
    print(83, repr(a.quantize(b)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(83, 'EXC', type(e).__name__, e)
c.prec=1; c.rounding=ROUND_HALF_DOWN; c.clear_flags()
a=Decimal('0E-23'); b=Decimal('-0051117E-23')
try:
    print(84, repr(a.sqrt()), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(84, 'EXC', type(e).__name__, e)
c.prec=3; c.rounding=ROUND_DOWN; c.clear_flags()
a=Decimal('-8818571533E-31'); b=Decimal('4E-6')
try:
    print(85, repr(format(a, '.5f')), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(85, 'EXC', type(e).__name__, e)
c.prec=10; c.rounding=ROUND_HALF_EVEN; c.clear_flags()
a=Decimal('0E+5'); b=Decimal('-050784856466586626E9')
try:
    print(86, repr(a.sqrt()), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(86, 'EXC', type(e).__name__, e)
c.prec=34; c.rounding=ROUND_HALF_DOWN; c.clear_flags()
a=Decimal('-96331190068578579E-40'); b=Decimal('8598636516849518394475897932185E27')
try:
    print(87, repr(a**-2), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(87, 'EXC', type(e).__name__, e)
c.prec=35; c.rounding=ROUND_UP; c.clear_flags()
a=Decimal('272056561624E8'); b=Decimal('-8471464717728202578395856408309409E-18')
try:
    print(88, repr(a**3), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(88, 'EXC', type(e).__name__, e)
c.prec=32; c.rounding=ROUND_HALF_EVEN; c.clear_flags()
a=Decimal('-71871326495076504E12'); b=Decimal('-53692939513511766E27')
try:
    print(89, repr(a/b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(89, 'EXC', type(e).__name__, e)
c.prec=38; c.rounding=ROUND_HALF_DOWN; c.clear_flags()
a=Decimal('766721767280336804856711319017E-29'); b=Decimal('-3570E30')
try:
    print(90, repr(a<b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(90, 'EXC', type(e).__name__, e)
c.prec=24; c.rounding=ROUND_CEILING; c.clear_flags()
a=Decimal('-5538028484E-29'); b=Decimal('86860443668443203857E22')
try:
    print(91, repr(a.quantize(b)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(91, 'EXC', type(e).__name__, e)
c.prec=29; c.rounding=ROUND_UP; c.clear_flags()
a=Decimal('-5081E12'); b=Decimal('-Infinity')
try:
    print(92, repr(a.quantize(b)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(92, 'EXC', type(e).__name__, e)
c.prec=10; c.rounding=ROUND_DOWN; c.clear_flags()
a=Decimal('673302610219720827343822381713E-29'); b=Decimal('76202027439582445E30')
try:
    print(93, repr(divmod(a,b)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(93, 'EXC', type(e).__name__, e)
c.prec=12; c.rounding=ROUND_HALF_UP; c.clear_flags()
a=Decimal('-624381372265610513881E-3'); b=Decimal('-13744998132743940991053240255773E2')
try:
    print(94, repr(a.to_integral_value()), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(94, 'EXC', type(e).__name__, e)
c.prec=37; c.rounding=ROUND_HALF_EVEN; c.clear_flags()
a=Decimal('181296700089162695152521507424E-28'); b=Decimal('27488157E-9')
try:
    print(95, repr(format(a, '.5f')), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(95, 'EXC', type(e).__name__, e)
c.prec=16; c.rounding=ROUND_HALF_EVEN; c.clear_flags()
a=Decimal('4683238831010E22'); b=Decimal('122406698149119E-13')
try:
    print(96, repr(a.sqrt()), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(96, 'EXC', type(e).__name__, e)
c.prec=38; c.rounding=ROUND_HALF_DOWN; c.clear_flags()
a=Decimal('1039245179205660132822E4'); b=Decimal('-510707851913056E-29')
try:
    print(97, repr(a.compare(b)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(97, 'EXC', type(e).__name__, e)
c.prec=35; c.rounding=ROUND_DOWN; c.clear_flags()
a=Decimal('-24407926684981143339783790665661E-11'); b=Decimal('-4047901766947258315679045142E16')
try:
    print(98, repr(a/b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(98, 'EXC', type(e).__name__, e)
c.prec=9; c.rounding=ROUND_UP; c.clear_flags()
a=Decimal('-626E-6'); b=Decimal('-235964758932680021379451E30')
try:
    print(99, repr(+a), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(99, 'EXC', type(e).__name__, e)
c.prec=21; c.rounding=ROUND_HALF_DOWN; c.clear_flags()
a=Decimal('957445468077500186748297057204239E33'); b=Decimal('-943480686167E6')
try:
    print(100, repr(format(a, '.4g')), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(100, 'EXC', type(e).__name__, e)
c.prec=36; c.rounding=ROUND_FLOOR; c.clear_flags()
a=Decimal('8523E26'); b=Decimal('-2409465244739576145656741397862502E-5')
try:
    print(101, repr(a*b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(101, 'EXC', type(e).__name__, e)
c.prec=9; c.rounding=ROUND_HALF_DOWN; c.clear_flags()
a=Decimal('684147008945954318196142E-18'); b=Decimal('-56675522886423516180939663E33')
try:
    print(102, repr(a.sqrt()), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(102, 'EXC', type(e).__name__, e)
c.prec=15; c.rounding=ROUND_UP; c.clear_flags()
a=Decimal('8140642694199849E-13'); b=Decimal('-915081153072748079890087E-26')
try:
    print(103, repr(a.to_eng_string()), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(103, 'EXC', type(e).__name__, e)
c.prec=17; c.rounding=ROUND_DOWN; c.clear_flags()
a=Decimal('-8933834980320846514191E11'); b=Decimal('305854179267973593162431807E-15')
try:
    print(104, repr(format(a, ',.3e')), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(104, 'EXC', type(e).__name__, e)
c.prec=10; c.rounding=ROUND_CEILING; c.clear_flags()
a=Decimal('-0901536084852955410E-18'); b=Decimal('71E3')
try:
    print(105, repr(a.compare(b)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(105, 'EXC', type(e).__name__, e)
c.prec=2; c.rounding=ROUND_HALF_EVEN; c.clear_flags()
a=Decimal('-557218E32'); b=Decimal('-54034866262201E-13')
try:
    print(106, repr(a*b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(106, 'EXC', type(e).__name__, e)
c.prec=5; c.rounding=ROUND_DOWN; c.clear_flags()
a=Decimal('-398E-31'); b=Decimal('-730335611923779971907263779217E36')
try:
    print(107, repr(a.sqrt()), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(107, 'EXC', type(e).__name__, e)
c.prec=10; c.rounding=ROUND_05UP; c.clear_flags()
a=Decimal('0E+5'); b=Decimal('031300706330896E-7')
try:
    print(108, repr(a+b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(108, 'EXC', type(e).__name__, e)
c.prec=14; c.rounding=ROUND_FLOOR; c.clear_flags()
a=Decimal('1228298E1'); b=Decimal('0108188999810894760830287E-14')
try:
    print(109, repr(a/b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(109, 'EXC', type(e).__name__, e)
c.prec=6; c.rounding=ROUND_HALF_EVEN; c.clear_flags()
a=Decimal('885113E-28'); b=Decimal('44279953011019386769E33')
try:
    print(110, repr(a-b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(110, 'EXC', type(e).__name__, e)
c.prec=22; c.rounding=ROUND_DOWN; c.clear_flags()
a=Decimal('26E-33'); b=Decimal('7424450561272795430E12')
try:
    print(111, repr(format(a, ',.3e')), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(111, 'EXC', type(e).__name__, e)
c.prec=6; c.rounding=ROUND_DOWN; c.clear_flags()
a=Decimal('0351821056551817238083E12'); b=Decimal('40461297924635E-8')
try:
    print(112, repr(a.to_eng_string()), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(112, 'EXC', type(e).__name__, e)
c.prec=12; c.rounding=ROUND_05UP; c.clear_flags()
a=Decimal('-1916411180E-31'); b=Decimal('-78472144E10')
try:
    print(113, repr(abs(a)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(113, 'EXC', type(e).__name__, e)
c.prec=13; c.rounding=ROUND_DOWN; c.clear_flags()
a=Decimal('553063135549031129442027106419E34'); b=Decimal('0425582254552813246E-37')
try:
    print(114, repr(divmod(a,b)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(114, 'EXC', type(e).__name__, e)
c.prec=18; c.rounding=ROUND_CEILING; c.clear_flags()
a=Decimal('-7400165340777117E31'); b=Decimal('77236701E-16')
try:
    print(115, repr(a==b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(115, 'EXC', type(e).__name__, e)
c.prec=15; c.rounding=ROUND_HALF_EVEN; c.clear_flags()
a=Decimal('-8018373996106803828531E-30'); b=Decimal('217513451177428080708379252650E7')
try:
    print(116, repr(round(a, 3)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(116, 'EXC', type(e).__name__, e)
c.prec=13; c.rounding=ROUND_05UP; c.clear_flags()
a=Decimal('-730472E-16'); b=Decimal('1602057317587E-13')
try:
    print(117, repr(a.quantize(b)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(117, 'EXC', type(e).__name__, e)
c.prec=17; c.rounding=ROUND_DOWN; c.clear_flags()
a=Decimal('435062560952302949778862438146E-21'); b=Decimal('-950236219E17')
try:
    print(118, repr(a//b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(118, 'EXC', type(e).__name__, e)
c.prec=26; c.rounding=ROUND_HALF_DOWN; c.clear_flags()
a=Decimal('-610610414226186489E-26'); b=Decimal('-9588361949624365841097350775275361E-14')
try:
    print(119, repr(abs(a)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(119, 'EXC', type(e).__name__, e)
c.prec=19; c.rounding=ROUND_DOWN; c.clear_flags()
a=Decimal('675233410826961797598556E0'); b=Decimal('26E7')
try:
    print(120, repr(a.to_eng_string()), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(120, 'EXC', type(e).__name__, e)
c.prec=12; c.rounding=ROUND_HALF_UP; c.clear_flags()
a=Decimal('-5442197903098E12'); b=Decimal('NaN')
try:
    print(121, repr(-a), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(121, 'EXC', type(e).__name__, e)
c.prec=10; c.rounding=ROUND_FLOOR; c.clear_flags()
a=Decimal('324300111327E2'); b=Decimal('467450142411904255872E-16')
try:
    print(122, repr(divmod(a,b)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(122, 'EXC', type(e).__name__, e)
c.prec=38; c.rounding=ROUND_DOWN; c.clear_flags()
a=Decimal('-34E-31'); b=Decimal('3773917962E-39')
try:
    print(123, repr(a/b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(123, 'EXC', type(e).__name__, e)
c.prec=40; c.rounding=ROUND_FLOOR; c.clear_flags()
a=Decimal('-348688500303843793234422037546E0'); b=Decimal('140583223703518857841E-27')
try:
    print(124, repr(a<b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(124, 'EXC', type(e).__name__, e)
c.prec=10; c.rounding=ROUND_FLOOR; c.clear_flags()
a=Decimal('83757658759017142E-36'); b=Decimal('415E15')
try:
    print(125, repr(-a), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(125, 'EXC', type(e).__name__, e)
c.prec=40; c.rounding=ROUND_CEILING; c.clear_flags()
a=Decimal('0428E-27'); b=Decimal('96232665513781146732947632371853048E20')
try:
    print(126, repr(a**3), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(126, 'EXC', type(e).__name__, e)
c.prec=4; c.rounding=ROUND_CEILING; c.clear_flags()
a=Decimal('-3600395049005354545956E8'); b=Decimal('-069302244856642E-10')
try:
    print(127, repr(a%b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(127, 'EXC', type(e).__name__, e)
c.prec=13; c.rounding=ROUND_05UP; c.clear_flags()
a=Decimal('808757735E6'); b=Decimal('50035191E23')
try:
    print(128, repr(a.to_eng_string()), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(128, 'EXC', type(e).__name__, e)
c.prec=15; c.rounding=ROUND_CEILING; c.clear_flags()
a=Decimal('6497554591998177603335851907996E-37'); b=Decimal('284851E-12')
try:
    print(129, repr(abs(a)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(129, 'EXC', type(e).__name__, e)
c.prec=27; c.rounding=ROUND_DOWN; c.clear_flags()
a=Decimal('1635458278802968220819500E-14'); b=Decimal('87283227062949E-5')
try:
    print(130, repr(format(a, '.5f')), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(130, 'EXC', type(e).__name__, e)
c.prec=1; c.rounding=ROUND_05UP; c.clear_flags()
a=Decimal('-1052E-10'); b=Decimal('-392391793468E-34')
try:
    print(131, repr(a*b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(131, 'EXC', type(e).__name__, e)
c.prec=23; c.rounding=ROUND_FLOOR; c.clear_flags()
a=Decimal('-257238563332659644237123951E24'); b=Decimal('-7977478379828231561615655627980E-35')
try:
    print(132, repr(a<b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(132, 'EXC', type(e).__name__, e)
c.prec=40; c.rounding=ROUND_UP; c.clear_flags()
a=Decimal('-80256599352E30'); b=Decimal('-1209577745805885715E-8')
try:
    print(133, repr(a+b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(133, 'EXC', type(e).__name__, e)
c.prec=6; c.rounding=ROUND_HALF_EVEN; c.clear_flags()
a=Decimal('1580454726013302243306411E-22'); b=Decimal('6307661292E-2')
try:
    print(134, repr(a%b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(134, 'EXC', type(e).__name__, e)
c.prec=2; c.rounding=ROUND_HALF_DOWN; c.clear_flags()
a=Decimal('-52E-26'); b=Decimal('-395351656647E-11')
try:
    print(135, repr(a%b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(135, 'EXC', type(e).__name__, e)
c.prec=21; c.rounding=ROUND_FLOOR; c.clear_flags()
a=Decimal('-5078907890E17'); b=Decimal('6820882726208805639665E21')
try:
    print(136, repr(a.quantize(b)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(136, 'EXC', type(e).__name__, e)
c.prec=19; c.rounding=ROUND_FLOOR; c.clear_flags()
a=Decimal('-90955849529874E-30'); b=Decimal('-261E33')
try:
    print(137, repr(-a), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(137, 'EXC', type(e).__name__, e)
c.prec=30; c.rounding=ROUND_CEILING; c.clear_flags()
a=Decimal('-921641E37'); b=Decimal('-17510743144538886E33')
try:
    print(138, repr(divmod(a,b)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(138, 'EXC', type(e).__name__, e)
c.prec=35; c.rounding=ROUND_05UP; c.clear_flags()
a=Decimal('-1024098256348077011037971459221E-17'); b=Decimal('-37344032941E40')
try:
    print(139, repr(a.quantize(b)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(139, 'EXC', type(e).__name__, e)
c.prec=14; c.rounding=ROUND_05UP; c.clear_flags()
a=Decimal('-5063778342818562277749518795251E7'); b=Decimal('-794569825E-37')
try:
    print(140, repr(a/b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(140, 'EXC', type(e).__name__, e)
c.prec=18; c.rounding=ROUND_HALF_DOWN; c.clear_flags()
a=Decimal('595738253934439160381388131413E34'); b=Decimal('1459086598209323131498566019E14')
try:
    print(141, repr(a<b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(141, 'EXC', type(e).__name__, e)
c.prec=4; c.rounding=ROUND_DOWN; c.clear_flags()
a=Decimal('-00E14'); b=Decimal('825548222221912489918767E29')
try:
    print(142, repr(a<b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(142, 'EXC', type(e).__name__, e)
c.prec=7; c.rounding=ROUND_FLOOR; c.clear_flags()
a=Decimal('3E5'); b=Decimal('-9665703078309231415151641873224E15')
try:
    print(143, repr(a%b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(143, 'EXC', type(e).__name__, e)
c.prec=5; c.rounding=ROUND_05UP; c.clear_flags()
a=Decimal('12048050183862336471370361361845E2'); b=Decimal('-3066612110834168743179E17')
try:
    print(144, repr(a//b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(144, 'EXC', type(e).__name__, e)
c.prec=36; c.rounding=ROUND_05UP; c.clear_flags()
a=Decimal('6202901153039452564277202186324E-26'); b=Decimal('-302051E-1')
try:
    print(145, repr(a.to_eng_string()), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(145, 'EXC', type(e).__name__, e)
c.prec=23; c.rounding=ROUND_UP; c.clear_flags()
a=Decimal('-34837525588939482806692084417587388E8'); b=Decimal('-475E-13')
try:
    print(146, repr(a==b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(146, 'EXC', type(e).__name__, e)
c.prec=2; c.rounding=ROUND_FLOOR; c.clear_flags()
a=Decimal('-336450480556069843557127E-27'); b=Decimal('-02567462522254035020663258114786E36')
try:
    print(147, repr(divmod(a,b)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(147, 'EXC', type(e).__name__, e)
c.prec=19; c.rounding=ROUND_HALF_UP; c.clear_flags()
a=Decimal('-5E-26'); b=Decimal('933E-38')
try:
    print(148, repr(a.quantize(b)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(148, 'EXC', type(e).__name__, e)
c.prec=39; c.rounding=ROUND_05UP; c.clear_flags()
a=Decimal('-3799510958918713E-13'); b=Decimal('503156363593608844777006739E39')
try:
    print(149, repr(format(a, ',.3e')), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(149, 'EXC', type(e).__name__, e)
c.prec=33; c.rounding=ROUND_05UP; c.clear_flags()
a=Decimal('-14714730111E-17'); b=Decimal('-0')
try:
    print(150, repr(a.to_integral_value()), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(150, 'EXC', type(e).__name__, e)
c.prec=2; c.rounding=ROUND_FLOOR; c.clear_flags()
a=Decimal('-85218871548336559989441E39'); b=Decimal('852515260536023875643272E7')
try:
    print(151, repr(a.sqrt()), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(151, 'EXC', type(e).__name__, e)
c.prec=21; c.rounding=ROUND_HALF_DOWN; c.clear_flags()
a=Decimal('-607873821224829285488E-23'); b=Decimal('-24443899E-12')
try:
    print(152, repr(a**-2), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(152, 'EXC', type(e).__name__, e)
c.prec=29; c.rounding=ROUND_HALF_UP; c.clear_flags()
a=Decimal('01199098241E-18'); b=Decimal('-Infinity')
try:
    print(153, repr(-a), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(153, 'EXC', type(e).__name__, e)
c.prec=15; c.rounding=ROUND_UP; c.clear_flags()
a=Decimal('-2355902551109102E-3'); b=Decimal('-379480E-33')
try:
    print(154, repr(a*b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(154, 'EXC', type(e).__name__, e)
c.prec=11; c.rounding=ROUND_UP; c.clear_flags()
a=Decimal('9926876733448324603137578587095E11'); b=Decimal('62826278333591445174699356044288E36')
try:
    print(155, repr(+a), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(155, 'EXC', type(e).__name__, e)
c.prec=31; c.rounding=ROUND_HALF_UP; c.clear_flags()
a=Decimal('7663126282536642129327983787E-28'); b=Decimal('7091863493925E7')
try:
    print(156, repr(a.to_eng_string()), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(156, 'EXC', type(e).__name__, e)
c.prec=18; c.rounding=ROUND_HALF_DOWN; c.clear_flags()
a=Decimal('24810903331441472404E19'); b=Decimal('-130151770335056686346198769E27')
try:
    print(157, repr(a<b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(157, 'EXC', type(e).__name__, e)
c.prec=33; c.rounding=ROUND_FLOOR; c.clear_flags()
a=Decimal('308379388115600472372463260E-3'); b=Decimal('-893512014044821114052E38')
try:
    print(158, repr(a/b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(158, 'EXC', type(e).__name__, e)
c.prec=24; c.rounding=ROUND_HALF_DOWN; c.clear_flags()
a=Decimal('477616363576688419074327694529E26'); b=Decimal('-318061097497111648E-38')
try:
    print(159, repr(a.compare(b)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(159, 'EXC', type(e).__name__, e)
c.prec=20; c.rounding=ROUND_HALF_EVEN; c.clear_flags()
a=Decimal('28E-12'); b=Decimal('-9812467493509E-28')
try:
    print(160, repr(a/b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(160, 'EXC', type(e).__name__, e)
c.prec=20; c.rounding=ROUND_UP; c.clear_flags()
a=Decimal('93947E-3'); b=Decimal('-47E34')
try:
    print(161, repr(a.to_eng_string()), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(161, 'EXC', type(e).__name__, e)
c.prec=34; c.rounding=ROUND_FLOOR; c.clear_flags()
a=Decimal('-187535E-26'); b=Decimal('-445368499367493282801425493672141E-17')
try:
    print(162, repr(a-b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(162, 'EXC', type(e).__name__, e)
c.prec=15; c.rounding=ROUND_FLOOR; c.clear_flags()
a=Decimal('-66358469686362858701318254E18'); b=Decimal('-282212983751822835441436E-39')
try:
    print(163, repr(a==b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(163, 'EXC', type(e).__name__, e)
c.prec=38; c.rounding=ROUND_HALF_UP; c.clear_flags()
a=Decimal('-0'); b=Decimal('-3643091E19')
try:
    print(164, repr(a.sqrt()), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(164, 'EXC', type(e).__name__, e)
c.prec=33; c.rounding=ROUND_HALF_UP; c.clear_flags()
a=Decimal('-05901909782628E19'); b=Decimal('-31959634950E24')
try:
    print(165, repr(a-b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(165, 'EXC', type(e).__name__, e)
c.prec=33; c.rounding=ROUND_HALF_UP; c.clear_flags()
a=Decimal('-46877779519213232E-14'); b=Decimal('-5770202711700E21')
try:
    print(166, repr(a<b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(166, 'EXC', type(e).__name__, e)
c.prec=7; c.rounding=ROUND_05UP; c.clear_flags()
a=Decimal('096354766E-33'); b=Decimal('-3350010677519695064691788617E-28')
try:
    print(167, repr(abs(a)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(167, 'EXC', type(e).__name__, e)
c.prec=2; c.rounding=ROUND_UP; c.clear_flags()
a=Decimal('901974096940735976149905483969067E30'); b=Decimal('-4804025030243638959921378652728E-4')
try:
    print(168, repr(a.compare(b)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(168, 'EXC', type(e).__name__, e)
c.prec=12; c.rounding=ROUND_CEILING; c.clear_flags()
a=Decimal('-20681551E-21'); b=Decimal('80917827132430041278E1')
try:
    print(169, repr(-a), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(169, 'EXC', type(e).__name__, e)
c.prec=20; c.rounding=ROUND_CEILING; c.clear_flags()
a=Decimal('9744982295E-21'); b=Decimal('13E-1')
try:
    print(170, repr(a/b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(170, 'EXC', type(e).__name__, e)
c.prec=19; c.rounding=ROUND_DOWN; c.clear_flags()
a=Decimal('-827115622310161237067106533965E18'); b=Decimal('-614644136E1')
try:
    print(171, repr(a.to_eng_string()), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(171, 'EXC', type(e).__name__, e)
c.prec=27; c.rounding=ROUND_HALF_EVEN; c.clear_flags()
a=Decimal('-69117197647461382863E-40'); b=Decimal('6181624682457749799224E24')
try:
    print(172, repr(a.normalize()), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(172, 'EXC', type(e).__name__, e)
c.prec=34; c.rounding=ROUND_UP; c.clear_flags()
a=Decimal('53607631134636597656131481976596E40'); b=Decimal('865465770798302054133747868101231E8')
try:
    print(173, repr(a**-2), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(173, 'EXC', type(e).__name__, e)
c.prec=36; c.rounding=ROUND_CEILING; c.clear_flags()
a=Decimal('-631017506457342722752E36'); b=Decimal('34548E-10')
try:
    print(174, repr(divmod(a,b)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(174, 'EXC', type(e).__name__, e)
c.prec=13; c.rounding=ROUND_UP; c.clear_flags()
a=Decimal('-007654739343587956109E-37'); b=Decimal('736893707357044279348E22')
try:
    print(175, repr(divmod(a,b)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(175, 'EXC', type(e).__name__, e)
c.prec=15; c.rounding=ROUND_CEILING; c.clear_flags()
a=Decimal('4539226E-4'); b=Decimal('1448647485E-8')
try:
    print(176, repr(a.sqrt()), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(176, 'EXC', type(e).__name__, e)
c.prec=36; c.rounding=ROUND_HALF_DOWN; c.clear_flags()
a=Decimal('-6450440842351E7'); b=Decimal('-641977458805E13')
try:
    print(177, repr(a.compare(b)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(177, 'EXC', type(e).__name__, e)
c.prec=31; c.rounding=ROUND_CEILING; c.clear_flags()
a=Decimal('349133303E27'); b=Decimal('57503368730501451728821892624395E20')
try:
    print(178, repr(divmod(a,b)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(178, 'EXC', type(e).__name__, e)
c.prec=18; c.rounding=ROUND_HALF_EVEN; c.clear_flags()
a=Decimal('-07733881739152138551618E-35'); b=Decimal('-7745480372135963118092087E16')
try:
    print(179, repr(a<b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(179, 'EXC', type(e).__name__, e)
c.prec=33; c.rounding=ROUND_FLOOR; c.clear_flags()
a=Decimal('804273332094276506E13'); b=Decimal('7906277E-18')
try:
    print(180, repr(a//b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(180, 'EXC', type(e).__name__, e)
c.prec=29; c.rounding=ROUND_HALF_UP; c.clear_flags()
a=Decimal('-441317591888283201535310620E-29'); b=Decimal('64328977205835E-25')
try:
    print(181, repr(a/b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(181, 'EXC', type(e).__name__, e)
c.prec=29; c.rounding=ROUND_HALF_DOWN; c.clear_flags()
a=Decimal('-8898204907969025661638E26'); b=Decimal('-6454917051E10')
try:
    print(182, repr(format(a, '.4g')), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(182, 'EXC', type(e).__name__, e)
c.prec=14; c.rounding=ROUND_HALF_UP; c.clear_flags()
a=Decimal('390E-21'); b=Decimal('-7503374776132515972E-33')
try:
    print(183, repr(abs(a)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(183, 'EXC', type(e).__name__, e)
c.prec=26; c.rounding=ROUND_05UP; c.clear_flags()
a=Decimal('-9219066381937539517928515901469E-18'); b=Decimal('-15832489284494724473929372352E10')
try:
    print(184, repr(divmod(a,b)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(184, 'EXC', type(e).__name__, e)
c.prec=19; c.rounding=ROUND_UP; c.clear_flags()
a=Decimal('064285364225788932258406E-17'); b=Decimal('314875E36')
try:
    print(185, repr(a**-2), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(185, 'EXC', type(e).__name__, e)
c.prec=18; c.rounding=ROUND_DOWN; c.clear_flags()
a=Decimal('9190E-38'); b=Decimal('-1963378570441658413954449130196592E15')
try:
    print(186, repr(a.to_eng_string()), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(186, 'EXC', type(e).__name__, e)
c.prec=2; c.rounding=ROUND_HALF_UP; c.clear_flags()
a=Decimal('-8429182035887286972051052090224418E-20'); b=Decimal('-45227276224628583651859718891949125E1')
try:
    print(187, repr(a/b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(187, 'EXC', type(e).__name__, e)
c.prec=36; c.rounding=ROUND_HALF_DOWN; c.clear_flags()
a=Decimal('-450241555277054581505865889E6'); b=Decimal('-41360E-35')
try:
    print(188, repr(a<b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(188, 'EXC', type(e).__name__, e)
c.prec=1; c.rounding=ROUND_CEILING; c.clear_flags()
a=Decimal('-12312790303032682289674035487056297E-24'); b=Decimal('7E30')
try:
    print(189, repr(a.compare(b)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(189, 'EXC', type(e).__name__, e)
c.prec=14; c.rounding=ROUND_DOWN; c.clear_flags()
a=Decimal('59070171196534717887948985E22'); b=Decimal('-61852E29')
try:
    print(190, repr(a.sqrt()), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(190, 'EXC', type(e).__name__, e)
c.prec=27; c.rounding=ROUND_UP; c.clear_flags()
a=Decimal('-0644008648694927774601E19'); b=Decimal('072345991509556915554220917853810E7')
try:
    print(191, repr(a**3), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(191, 'EXC', type(e).__name__, e)
c.prec=30; c.rounding=ROUND_05UP; c.clear_flags()
a=Decimal('-18E-7'); b=Decimal('9405604405090388719518451E-22')
try:
    print(192, repr(a.sqrt()), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(192, 'EXC', type(e).__name__, e)
c.prec=31; c.rounding=ROUND_HALF_DOWN; c.clear_flags()
a=Decimal('48574698931088902752669463018224792E-40'); b=Decimal('-500643391731313317915657E-20')
try:
    print(193, repr(a**3), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(193, 'EXC', type(e).__name__, e)
c.prec=30; c.rounding=ROUND_05UP; c.clear_flags()
a=Decimal('-28117871135219677629672748198E-20'); b=Decimal('3768768233551141E20')
try:
    print(194, repr(a+b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(194, 'EXC', type(e).__name__, e)
c.prec=2; c.rounding=ROUND_05UP; c.clear_flags()
a=Decimal('863E-37'); b=Decimal('-65359384303580040910686E16')
try:
    print(195, repr(a//b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(195, 'EXC', type(e).__name__, e)
c.prec=31; c.rounding=ROUND_HALF_UP; c.clear_flags()
a=Decimal('75948704550E-32'); b=Decimal('8E13')
try:
    print(196, repr(a/b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(196, 'EXC', type(e).__name__, e)
c.prec=15; c.rounding=ROUND_UP; c.clear_flags()
a=Decimal('-1883631590869928012332556E-33'); b=Decimal('-873480356E-14')
try:
    print(197, repr(a-b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(197, 'EXC', type(e).__name__, e)
c.prec=15; c.rounding=ROUND_HALF_DOWN; c.clear_flags()
a=Decimal('-9369611114817019030298399E13'); b=Decimal('25727487043837499985082E-31')
try:
    print(198, repr(a+b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(198, 'EXC', type(e).__name__, e)
c.prec=40; c.rounding=ROUND_DOWN; c.clear_flags()
a=Decimal('-08456370435E-23'); b=Decimal('520849703177372187810E0')
try:
    print(199, repr(a.to_eng_string()), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(199, 'EXC', type(e).__name__, e)
c.prec=34; c.rounding=ROUND_CEILING; c.clear_flags()
a=Decimal('8103941127513964346916346E12'); b=Decimal('-2224228378233226175513198001999115E-10')
try:
    print(200, repr(a**-2), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(200, 'EXC', type(e).__name__, e)
c.prec=2; c.rounding=ROUND_HALF_UP; c.clear_flags()
a=Decimal('96882804332967367317664464E23'); b=Decimal('-80728441771127757848569E-23')
try:
    print(201, repr(a**-2), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(201, 'EXC', type(e).__name__, e)
c.prec=13; c.rounding=ROUND_UP; c.clear_flags()
a=Decimal('-55679022353656297998099E-10'); b=Decimal('-8991456746E24')
try:
    print(202, repr(format(a, '.5f')), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(202, 'EXC', type(e).__name__, e)
c.prec=9; c.rounding=ROUND_05UP; c.clear_flags()
a=Decimal('-742781371684111E5'); b=Decimal('1754272023979237470164389414904E-19')
try:
    print(203, repr(a//b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(203, 'EXC', type(e).__name__, e)
c.prec=40; c.rounding=ROUND_05UP; c.clear_flags()
a=Decimal('-3854405713E9'); b=Decimal('12383721575862224E11')
try:
    print(204, repr(a/b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(204, 'EXC', type(e).__name__, e)
c.prec=35; c.rounding=ROUND_HALF_UP; c.clear_flags()
a=Decimal('-623133E-34'); b=Decimal('68510E26')
try:
    print(205, repr(a.compare(b)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(205, 'EXC', type(e).__name__, e)
c.prec=40; c.rounding=ROUND_FLOOR; c.clear_flags()
a=Decimal('51511615034980551739713320929E-39'); b=Decimal('494311538902E37')
try:
    print(206, repr(format(a, '.5f')), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(206, 'EXC', type(e).__name__, e)
c.prec=4; c.rounding=ROUND_CEILING; c.clear_flags()
a=Decimal('-13201144E8'); b=Decimal('-931E32')
try:
    print(207, repr(+a), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(207, 'EXC', type(e).__name__, e)
c.prec=37; c.rounding=ROUND_05UP; c.clear_flags()
a=Decimal('9620959702084589771414280E28'); b=Decimal('-35542453419900459744265317911384E-36')
try:
    print(208, repr(a.compare(b)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(208, 'EXC', type(e).__name__, e)
c.prec=22; c.rounding=ROUND_HALF_DOWN; c.clear_flags()
a=Decimal('708540707605531908875321605E8'); b=Decimal('006780920511823147652295011897199E1')
try:
    print(209, repr(a==b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(209, 'EXC', type(e).__name__, e)
c.prec=7; c.rounding=ROUND_05UP; c.clear_flags()
a=Decimal('-21198657152827E29'); b=Decimal('37946483224756147044E-27')
try:
    print(210, repr(a//b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(210, 'EXC', type(e).__name__, e)
c.prec=24; c.rounding=ROUND_HALF_UP; c.clear_flags()
a=Decimal('-096738921724419877268E-38'); b=Decimal('-81527347129448340E12')
try:
    print(211, repr(format(a, '.4g')), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(211, 'EXC', type(e).__name__, e)
c.prec=20; c.rounding=ROUND_CEILING; c.clear_flags()
a=Decimal('-68871051280743050954983115418817E-9'); b=Decimal('-9313E9')
try:
    print(212, repr(format(a, '.5f')), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(212, 'EXC', type(e).__name__, e)
c.prec=30; c.rounding=ROUND_CEILING; c.clear_flags()
a=Decimal('853089171358703930588822E7'); b=Decimal('8782515734780E-34')
try:
    print(213, repr(abs(a)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(213, 'EXC', type(e).__name__, e)
c.prec=14; c.rounding=ROUND_CEILING; c.clear_flags()
a=Decimal('565183787848E21'); b=Decimal('-8166006208248617665684083285350552E-2')
try:
    print(214, repr(format(a, ',.3e')), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(214, 'EXC', type(e).__name__, e)
c.prec=24; c.rounding=ROUND_UP; c.clear_flags()
a=Decimal('765437985966141725E-17'); b=Decimal('3332729411769871575111E11')
try:
    print(215, repr(a**-2), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(215, 'EXC', type(e).__name__, e)
c.prec=13; c.rounding=ROUND_HALF_EVEN; c.clear_flags()
a=Decimal('-03218357260235494E39'); b=Decimal('-9287431469949401328501278362E25')
try:
    print(216, repr(a.sqrt()), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(216, 'EXC', type(e).__name__, e)
c.prec=38; c.rounding=ROUND_CEILING; c.clear_flags()
a=Decimal('-081875187E0'); b=Decimal('-688E-35')
try:
    print(217, repr(a-b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(217, 'EXC', type(e).__name__, e)
c.prec=38; c.rounding=ROUND_05UP; c.clear_flags()
a=Decimal('690838022980E9'); b=Decimal('918682067037131E11')
try:
    print(218, repr(a.sqrt()), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(218, 'EXC', type(e).__name__, e)
c.prec=1; c.rounding=ROUND_DOWN; c.clear_flags()
a=Decimal('-0'); b=Decimal('9169470658989347012580799764689E-13')
try:
    print(219, repr(a==b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(219, 'EXC', type(e).__name__, e)
c.prec=27; c.rounding=ROUND_FLOOR; c.clear_flags()
a=Decimal('-2109312569085818672621718755191889E-17'); b=Decimal('7272359837647E10')
try:
    print(220, repr(a.sqrt()), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(220, 'EXC', type(e).__name__, e)
c.prec=31; c.rounding=ROUND_HALF_DOWN; c.clear_flags()
a=Decimal('7570354842311352182048524378E-11'); b=Decimal('0918748929826212186047880841964718E-21')
try:
    print(221, repr(a+b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(221, 'EXC', type(e).__name__, e)
c.prec=8; c.rounding=ROUND_DOWN; c.clear_flags()
a=Decimal('802310023401355187257178E-31'); b=Decimal('-39822E-13')
try:
    print(222, repr(abs(a)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(222, 'EXC', type(e).__name__, e)
c.prec=33; c.rounding=ROUND_HALF_DOWN; c.clear_flags()
a=Decimal('-51E7'); b=Decimal('8536994234028415078E21')
try:
    print(223, repr(a.normalize()), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(223, 'EXC', type(e).__name__, e)
c.prec=34; c.rounding=ROUND_HALF_EVEN; c.clear_flags()
a=Decimal('-73237950448018774E25'); b=Decimal('24416014308376592869788834725418E33')
try:
    print(224, repr(a==b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(224, 'EXC', type(e).__name__, e)
c.prec=16; c.rounding=ROUND_05UP; c.clear_flags()
a=Decimal('3570144720496248658785011046E-27'); b=Decimal('8358101935325792E-23')
try:
    print(225, repr(a*b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(225, 'EXC', type(e).__name__, e)
c.prec=19; c.rounding=ROUND_UP; c.clear_flags()
a=Decimal('NaN'); b=Decimal('-425589098E9')
try:
    print(226, repr(+a), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(226, 'EXC', type(e).__name__, e)
c.prec=14; c.rounding=ROUND_HALF_EVEN; c.clear_flags()
a=Decimal('-129814955117499657289E16'); b=Decimal('180325085447E-32')
try:
    print(227, repr(round(a, 3)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(227, 'EXC', type(e).__name__, e)
c.prec=34; c.rounding=ROUND_DOWN; c.clear_flags()
a=Decimal('9218512119097394161701532091624E22'); b=Decimal('69205983997884E-5')
try:
    print(228, repr(a==b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(228, 'EXC', type(e).__name__, e)
c.prec=3; c.rounding=ROUND_FLOOR; c.clear_flags()
a=Decimal('0E+5'); b=Decimal('3889907870E26')
try:
    print(229, repr(a/b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(229, 'EXC', type(e).__name__, e)
c.prec=1; c.rounding=ROUND_HALF_EVEN; c.clear_flags()
a=Decimal('-545374734588524681527967557E13'); b=Decimal('252003552772633505403443E11')
try:
    print(230, repr(format(a, ',.3e')), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(230, 'EXC', type(e).__name__, e)
c.prec=7; c.rounding=ROUND_HALF_EVEN; c.clear_flags()
a=Decimal('462991E-11'); b=Decimal('-1081332014212216E39')
try:
    print(231, repr(format(a, ',.3e')), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(231, 'EXC', type(e).__name__, e)
c.prec=29; c.rounding=ROUND_HALF_DOWN; c.clear_flags()
a=Decimal('-0018283643122097428034E-35'); b=Decimal('-02958268770387635603437382183E-28')
try:
    print(232, repr(-a), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(232, 'EXC', type(e).__name__, e)
c.prec=20; c.rounding=ROUND_FLOOR; c.clear_flags()
a=Decimal('510926E-2'); b=Decimal('-299923149E-8')
try:
    print(233, repr(a*b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(233, 'EXC', type(e).__name__, e)
c.prec=10; c.rounding=ROUND_HALF_DOWN; c.clear_flags()
a=Decimal('-0581E-4'); b=Decimal('189185E27')
try:
    print(234, repr(a.sqrt()), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(234, 'EXC', type(e).__name__, e)
c.prec=6; c.rounding=ROUND_05UP; c.clear_flags()
a=Decimal('5826601600E-26'); b=Decimal('149858308133E11')
try:
    print(235, repr(-a), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(235, 'EXC', type(e).__name__, e)
c.prec=20; c.rounding=ROUND_FLOOR; c.clear_flags()
a=Decimal('9211E35'); b=Decimal('-38854097E-8')
try:
    print(236, repr(a-b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(236, 'EXC', type(e).__name__, e)
c.prec=6; c.rounding=ROUND_HALF_EVEN; c.clear_flags()
a=Decimal('-621689E-5'); b=Decimal('0339309324510115919700355E-21')
try:
    print(237, repr(format(a, '.5f')), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(237, 'EXC', type(e).__name__, e)
c.prec=32; c.rounding=ROUND_FLOOR; c.clear_flags()
a=Decimal('6295342576791319427587977309430654E13'); b=Decimal('5682895375695083297012626509439335E-39')
try:
    print(238, repr(a**3), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(238, 'EXC', type(e).__name__, e)
c.prec=9; c.rounding=ROUND_UP; c.clear_flags()
a=Decimal('Infinity'); b=Decimal('53523575716307179687115892906347E6')
try:
    print(239, repr(a**3), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(239, 'EXC', type(e).__name__, e)
c.prec=22; c.rounding=ROUND_HALF_UP; c.clear_flags()
a=Decimal('0314513930763217369921E-4'); b=Decimal('-0273434798380500712926004399755E-27')
try:
    print(240, repr(format(a, ',.3e')), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(240, 'EXC', type(e).__name__, e)
c.prec=17; c.rounding=ROUND_05UP; c.clear_flags()
a=Decimal('-8930E36'); b=Decimal('947710E31')
try:
    print(241, repr(a.normalize()), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(241, 'EXC', type(e).__name__, e)
c.prec=15; c.rounding=ROUND_05UP; c.clear_flags()
a=Decimal('98647635506433024257152E22'); b=Decimal('682884108167022038E-6')
try:
    print(242, repr(a+b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(242, 'EXC', type(e).__name__, e)
c.prec=18; c.rounding=ROUND_CEILING; c.clear_flags()
a=Decimal('91688583261215466083058905995640E7'); b=Decimal('6446697253812604691439750135223E22')
try:
    print(243, repr(-a), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(243, 'EXC', type(e).__name__, e)
c.prec=38; c.rounding=ROUND_05UP; c.clear_flags()
a=Decimal('-4916784650E-11'); b=Decimal('-7E-19')
try:
    print(244, repr(abs(a)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(244, 'EXC', type(e).__name__, e)
c.prec=40; c.rounding=ROUND_UP; c.clear_flags()
a=Decimal('-137350446947419059262536E-19'); b=Decimal('1001647226357162792042220194014550E-3')
try:
    print(245, repr(a**-2), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(245, 'EXC', type(e).__name__, e)
c.prec=30; c.rounding=ROUND_UP; c.clear_flags()
a=Decimal('-653369774273164E14'); b=Decimal('-8620584502E-36')
try:
    print(246, repr(a+b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(246, 'EXC', type(e).__name__, e)
c.prec=40; c.rounding=ROUND_HALF_UP; c.clear_flags()
a=Decimal('5E22'); b=Decimal('-8267579775936601656990848193560E17')
try:
    print(247, repr(a.quantize(b)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(247, 'EXC', type(e).__name__, e)
c.prec=18; c.rounding=ROUND_DOWN; c.clear_flags()
a=Decimal('3977857767E40'); b=Decimal('306999549357E34')
try:
    print(248, repr(a+b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(248, 'EXC', type(e).__name__, e)
c.prec=12; c.rounding=ROUND_HALF_EVEN; c.clear_flags()
a=Decimal('-81E-12'); b=Decimal('-6735645526302188842673418E24')
try:
    print(249, repr(a**-2), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(249, 'EXC', type(e).__name__, e)
c.prec=5; c.rounding=ROUND_CEILING; c.clear_flags()
a=Decimal('208054953630918968E14'); b=Decimal('-996536920926927343410144582E17')
try:
    print(250, repr(a*b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(250, 'EXC', type(e).__name__, e)
c.prec=30; c.rounding=ROUND_DOWN; c.clear_flags()
a=Decimal('-82406971205514212660150E18'); b=Decimal('-64698555663153734199319733373845E-5')
try:
    print(251, repr(abs(a)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(251, 'EXC', type(e).__name__, e)
c.prec=15; c.rounding=ROUND_DOWN; c.clear_flags()
a=Decimal('-16834879038674744903751811917761E38'); b=Decimal('714780E29')
try:
    print(252, repr(a==b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(252, 'EXC', type(e).__name__, e)
c.prec=34; c.rounding=ROUND_UP; c.clear_flags()
a=Decimal('189139E35'); b=Decimal('63012285757E24')
try:
    print(253, repr(a**-2), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(253, 'EXC', type(e).__name__, e)
c.prec=19; c.rounding=ROUND_UP; c.clear_flags()
a=Decimal('0262E19'); b=Decimal('-591127298156087260410438224353168E-27')
try:
    print(254, repr(a//b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(254, 'EXC', type(e).__name__, e)
c.prec=39; c.rounding=ROUND_CEILING; c.clear_flags()
a=Decimal('-490412904561584168170623161481566E-13'); b=Decimal('-0')
try:
    print(255, repr(round(a, 3)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(255, 'EXC', type(e).__name__, e)
c.prec=4; c.rounding=ROUND_UP; c.clear_flags()
a=Decimal('-40E-21'); b=Decimal('-5214946E22')
try:
    print(256, repr(abs(a)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(256, 'EXC', type(e).__name__, e)
c.prec=28; c.rounding=ROUND_HALF_UP; c.clear_flags()
a=Decimal('38803061252606178819E-30'); b=Decimal('371224786185625127287815E-35')
try:
    print(257, repr(a//b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(257, 'EXC', type(e).__name__, e)
c.prec=9; c.rounding=ROUND_FLOOR; c.clear_flags()
a=Decimal('-3886929769356E-34'); b=Decimal('-0197467706165352145588835909E-23')
try:
    print(258, repr(a-b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(258, 'EXC', type(e).__name__, e)
c.prec=34; c.rounding=ROUND_HALF_UP; c.clear_flags()
a=Decimal('628894105156551274E-18'); b=Decimal('59E19')
try:
    print(259, repr(round(a, 3)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(259, 'EXC', type(e).__name__, e)
c.prec=31; c.rounding=ROUND_CEILING; c.clear_flags()
a=Decimal('976292903245915475946223682E-19'); b=Decimal('9976E29')
try:
    print(260, repr(a+b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(260, 'EXC', type(e).__name__, e)
c.prec=17; c.rounding=ROUND_05UP; c.clear_flags()
a=Decimal('21926571936576458841491E35'); b=Decimal('9677191054321613036390209E-4')
try:
    print(261, repr(divmod(a,b)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(261, 'EXC', type(e).__name__, e)
c.prec=20; c.rounding=ROUND_HALF_DOWN; c.clear_flags()
a=Decimal('457836482025E32'); b=Decimal('7805122143188363505319567E1')
try:
    print(262, repr(divmod(a,b)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(262, 'EXC', type(e).__name__, e)
c.prec=7; c.rounding=ROUND_05UP; c.clear_flags()
a=Decimal('871571472648676615247777030674E28'); b=Decimal('-70022194867472710613040575119194851E16')
try:
    print(263, repr(a.normalize()), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(263, 'EXC', type(e).__name__, e)
c.prec=25; c.rounding=ROUND_CEILING; c.clear_flags()
a=Decimal('-34661021365408558665539E16'); b=Decimal('585268745829653813396922104638558E-25')
try:
    print(264, repr(a+b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(264, 'EXC', type(e).__name__, e)
c.prec=14; c.rounding=ROUND_HALF_EVEN; c.clear_flags()
a=Decimal('-9840535976207646995496601207E21'); b=Decimal('0107075709834361416E-3')
try:
    print(265, repr(+a), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(265, 'EXC', type(e).__name__, e)
c.prec=30; c.rounding=ROUND_HALF_DOWN; c.clear_flags()
a=Decimal('720907986118155779E-17'); b=Decimal('-02E11')
try:
    print(266, repr(format(a, '.5f')), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(266, 'EXC', type(e).__name__, e)
c.prec=9; c.rounding=ROUND_UP; c.clear_flags()
a=Decimal('-65202290841805286213671712553241973E-16'); b=Decimal('23019E40')
try:
    print(267, repr(format(a, ',.3e')), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(267, 'EXC', type(e).__name__, e)
c.prec=2; c.rounding=ROUND_05UP; c.clear_flags()
a=Decimal('6834E32'); b=Decimal('-175602486827276446334634486573554E-20')
try:
    print(268, repr(format(a, '.5f')), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(268, 'EXC', type(e).__name__, e)
c.prec=27; c.rounding=ROUND_FLOOR; c.clear_flags()
a=Decimal('-3486316655287196432868724714880525E13'); b=Decimal('9963255750778730182980786E0')
try:
    print(269, repr(a**3), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(269, 'EXC', type(e).__name__, e)
c.prec=34; c.rounding=ROUND_DOWN; c.clear_flags()
a=Decimal('378058587936798819334449E27'); b=Decimal('-Infinity')
try:
    print(270, repr(a.to_integral_value()), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(270, 'EXC', type(e).__name__, e)
c.prec=21; c.rounding=ROUND_FLOOR; c.clear_flags()
a=Decimal('826123561459E-17'); b=Decimal('433208828733396E-27')
try:
    print(271, repr(a/b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(271, 'EXC', type(e).__name__, e)
c.prec=12; c.rounding=ROUND_HALF_DOWN; c.clear_flags()
a=Decimal('5738327724300693664677320155465683E-23'); b=Decimal('633032688530389760E-23')
try:
    print(272, repr(format(a, ',.3e')), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(272, 'EXC', type(e).__name__, e)
c.prec=4; c.rounding=ROUND_05UP; c.clear_flags()
a=Decimal('-039257509054621662025332872028E15'); b=Decimal('1243440262443808881364E-8')
try:
    print(273, repr(a**3), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(273, 'EXC', type(e).__name__, e)
c.prec=17; c.rounding=ROUND_UP; c.clear_flags()
a=Decimal('-794118647E-9'); b=Decimal('-99379049180166287945961E-25')
try:
    print(274, repr(a<b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(274, 'EXC', type(e).__name__, e)
c.prec=17; c.rounding=ROUND_05UP; c.clear_flags()
a=Decimal('-1698550969863806932952588360623E36'); b=Decimal('-0585696549995E-4')
try:
    print(275, repr(a.to_integral_value()), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(275, 'EXC', type(e).__name__, e)
c.prec=39; c.rounding=ROUND_CEILING; c.clear_flags()
a=Decimal('-0'); b=Decimal('5E-25')
try:
    print(276, repr(abs(a)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(276, 'EXC', type(e).__name__, e)
c.prec=17; c.rounding=ROUND_HALF_DOWN; c.clear_flags()
a=Decimal('-1E-35'); b=Decimal('-136714710097855391429367956574254E35')
try:
    print(277, repr(a*b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(277, 'EXC', type(e).__name__, e)
c.prec=35; c.rounding=ROUND_DOWN; c.clear_flags()
a=Decimal('50819740497854441521E-7'); b=Decimal('53580098028603759087377207E7')
try:
    print(278, repr(a<b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(278, 'EXC', type(e).__name__, e)
c.prec=7; c.rounding=ROUND_DOWN; c.clear_flags()
a=Decimal('-235783E2'); b=Decimal('-0')
try:
    print(279, repr(round(a, 3)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(279, 'EXC', type(e).__name__, e)
c.prec=5; c.rounding=ROUND_CEILING; c.clear_flags()
a=Decimal('589629655563616553E26'); b=Decimal('-254E-5')
try:
    print(280, repr(format(a, ',.3e')), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(280, 'EXC', type(e).__name__, e)
c.prec=15; c.rounding=ROUND_DOWN; c.clear_flags()
a=Decimal('88960878895123211400861913874906E-1'); b=Decimal('26535071460646537E0')
try:
    print(281, repr(a**3), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(281, 'EXC', type(e).__name__, e)
c.prec=14; c.rounding=ROUND_HALF_EVEN; c.clear_flags()
a=Decimal('Infinity'); b=Decimal('2134596681E-19')
try:
    print(282, repr(format(a, '.5f')), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(282, 'EXC', type(e).__name__, e)
c.prec=12; c.rounding=ROUND_FLOOR; c.clear_flags()
a=Decimal('4E-4'); b=Decimal('-7635147881975779345738E-2')
try:
    print(283, repr(a<b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(283, 'EXC', type(e).__name__, e)
c.prec=35; c.rounding=ROUND_DOWN; c.clear_flags()
a=Decimal('478911330E-36'); b=Decimal('-609190208959745289651543606346201E-14')
try:
    print(284, repr(a*b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(284, 'EXC', type(e).__name__, e)
c.prec=33; c.rounding=ROUND_05UP; c.clear_flags()
a=Decimal('-75002864203988024396935125E-2'); b=Decimal('-0131468356E4')
try:
    print(285, repr(format(a, '.5f')), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(285, 'EXC', type(e).__name__, e)
c.prec=15; c.rounding=ROUND_05UP; c.clear_flags()
a=Decimal('1448523431148582778825352543E-20'); b=Decimal('28337E-26')
try:
    print(286, repr(abs(a)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(286, 'EXC', type(e).__name__, e)
c.prec=20; c.rounding=ROUND_UP; c.clear_flags()
a=Decimal('-8E-9'); b=Decimal('74928531064682753037919155366454628E37')
try:
    print(287, repr(a==b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(287, 'EXC', type(e).__name__, e)
c.prec=31; c.rounding=ROUND_DOWN; c.clear_flags()
a=Decimal('-799424814886630464056062087041E0'); b=Decimal('2988753191516213E19')
try:
    print(288, repr(a<b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(288, 'EXC', type(e).__name__, e)
c.prec=40; c.rounding=ROUND_FLOOR; c.clear_flags()
a=Decimal('69373424319674669665763327E20'); b=Decimal('7128985E-7')
try:
    print(289, repr(a**3), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(289, 'EXC', type(e).__name__, e)
c.prec=5; c.rounding=ROUND_CEILING; c.clear_flags()
a=Decimal('-739529E12'); b=Decimal('85577966971076492188877963309865675E-9')
try:
    print(290, repr(a-b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(290, 'EXC', type(e).__name__, e)
c.prec=10; c.rounding=ROUND_HALF_UP; c.clear_flags()
a=Decimal('7028845645151182640811483793E-23'); b=Decimal('853545434468092897592006280155E3')
try:
    print(291, repr(a/b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(291, 'EXC', type(e).__name__, e)
c.prec=33; c.rounding=ROUND_CEILING; c.clear_flags()
a=Decimal('-17630398604342447976480156208E-17'); b=Decimal('-314994E-3')
try:
    print(292, repr(a**3), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(292, 'EXC', type(e).__name__, e)
c.prec=6; c.rounding=ROUND_FLOOR; c.clear_flags()
a=Decimal('-1903684387043191786584860865E-24'); b=Decimal('743701E-29')
try:
    print(293, repr(+a), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(293, 'EXC', type(e).__name__, e)
c.prec=30; c.rounding=ROUND_HALF_UP; c.clear_flags()
a=Decimal('56996921859226E-11'); b=Decimal('-191452E-25')
try:
    print(294, repr(divmod(a,b)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(294, 'EXC', type(e).__name__, e)
c.prec=7; c.rounding=ROUND_UP; c.clear_flags()
a=Decimal('-98634296502733451125022544E-24'); b=Decimal('3632699336255348E27')
try:
    print(295, repr(a.to_integral_value()), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(295, 'EXC', type(e).__name__, e)
c.prec=33; c.rounding=ROUND_HALF_DOWN; c.clear_flags()
a=Decimal('1E-35'); b=Decimal('979205511E-5')
try:
    print(296, repr(a.to_integral_value()), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(296, 'EXC', type(e).__name__, e)
c.prec=6; c.rounding=ROUND_HALF_UP; c.clear_flags()
a=Decimal('84723791577458370167366320362640E3'); b=Decimal('-49715367281825784155983108669E-24')
try:
    print(297, repr(a//b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(297, 'EXC', type(e).__name__, e)
c.prec=40; c.rounding=ROUND_HALF_EVEN; c.clear_flags()
a=Decimal('-86254132327391515112E21'); b=Decimal('8510074896231723498520818784629E-19')
try:
    print(298, repr(-a), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(298, 'EXC', type(e).__name__, e)
c.prec=3; c.rounding=ROUND_DOWN; c.clear_flags()
a=Decimal('Infinity'); b=Decimal('-100E-29')
try:
    print(299, repr(a==b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(299, 'EXC', type(e).__name__, e)
c.prec=16; c.rounding=ROUND_HALF_DOWN; c.clear_flags()
a=Decimal('421337741653966269086167E-36'); b=Decimal('-603829809923734768E33')
try:
    print(300, repr(divmod(a,b)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(300, 'EXC', type(e).__name__, e)
c.prec=22; c.rounding=ROUND_HALF_DOWN; c.clear_flags()
a=Decimal('4251083854E5'); b=Decimal('-3276E-15')
try:
    print(301, repr(abs(a)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(301, 'EXC', type(e).__name__, e)
c.prec=34; c.rounding=ROUND_HALF_EVEN; c.clear_flags()
a=Decimal('361345803940876300E4'); b=Decimal('-034022842445279528989241340E0')
try:
    print(302, repr(abs(a)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(302, 'EXC', type(e).__name__, e)
c.prec=22; c.rounding=ROUND_HALF_DOWN; c.clear_flags()
a=Decimal('4706663710082590036703E-32'); b=Decimal('870823572E2')
try:
    print(303, repr(a.normalize()), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(303, 'EXC', type(e).__name__, e)
c.prec=8; c.rounding=ROUND_HALF_UP; c.clear_flags()
a=Decimal('-Infinity'); b=Decimal('9122399913705994537740399601E-22')
try:
    print(304, repr(+a), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(304, 'EXC', type(e).__name__, e)
c.prec=5; c.rounding=ROUND_HALF_EVEN; c.clear_flags()
a=Decimal('9982539181869496444E-16'); b=Decimal('-43307E-37')
try:
    print(305, repr(a+b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(305, 'EXC', type(e).__name__, e)
c.prec=12; c.rounding=ROUND_HALF_DOWN; c.clear_flags()
a=Decimal('-Infinity'); b=Decimal('-13815024130239854075874E-26')
try:
    print(306, repr(format(a, ',.3e')), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(306, 'EXC', type(e).__name__, e)
c.prec=16; c.rounding=ROUND_HALF_EVEN; c.clear_flags()
a=Decimal('-04844787859988385727231E10'); b=Decimal('823168620769863470443953411210E38')
try:
    print(307, repr(a**3), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(307, 'EXC', type(e).__name__, e)
c.prec=24; c.rounding=ROUND_UP; c.clear_flags()
a=Decimal('-70204426430E-6'); b=Decimal('65110927E-17')
try:
    print(308, repr(a.sqrt()), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(308, 'EXC', type(e).__name__, e)
c.prec=20; c.rounding=ROUND_HALF_EVEN; c.clear_flags()
a=Decimal('-44258449943722E25'); b=Decimal('-281088131876426867019040E-11')
try:
    print(309, repr(divmod(a,b)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(309, 'EXC', type(e).__name__, e)
c.prec=19; c.rounding=ROUND_HALF_DOWN; c.clear_flags()
a=Decimal('6120686429816305475163632E-19'); b=Decimal('-66867055810777779009E6')
try:
    print(310, repr(a==b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(310, 'EXC', type(e).__name__, e)
c.prec=14; c.rounding=ROUND_HALF_DOWN; c.clear_flags()
a=Decimal('-47298290817565477171220809617028580E3'); b=Decimal('28432653E-9')
try:
    print(311, repr(-a), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(311, 'EXC', type(e).__name__, e)
c.prec=27; c.rounding=ROUND_CEILING; c.clear_flags()
a=Decimal('-38233360372374E15'); b=Decimal('05170340473946869580522E-22')
try:
    print(312, repr(divmod(a,b)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(312, 'EXC', type(e).__name__, e)
c.prec=25; c.rounding=ROUND_HALF_EVEN; c.clear_flags()
a=Decimal('31877947534E-35'); b=Decimal('441329473073232309746164E-12')
try:
    print(313, repr(a.quantize(b)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(313, 'EXC', type(e).__name__, e)
c.prec=23; c.rounding=ROUND_UP; c.clear_flags()
a=Decimal('-92364294357727853882973833955476778E26'); b=Decimal('-836764348041294531696916E16')
try:
    print(314, repr(a.sqrt()), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(314, 'EXC', type(e).__name__, e)
c.prec=14; c.rounding=ROUND_HALF_UP; c.clear_flags()
a=Decimal('6883440792441230679926240E33'); b=Decimal('5415044300026944676988294E-9')
try:
    print(315, repr(format(a, ',.3e')), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(315, 'EXC', type(e).__name__, e)
c.prec=29; c.rounding=ROUND_DOWN; c.clear_flags()
a=Decimal('40421953180415537979E7'); b=Decimal('1709E31')
try:
    print(316, repr(a//b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(316, 'EXC', type(e).__name__, e)
c.prec=39; c.rounding=ROUND_HALF_DOWN; c.clear_flags()
a=Decimal('-18380432312718E-17'); b=Decimal('-8251276849045178225798351153E-36')
try:
    print(317, repr(format(a, '.5f')), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(317, 'EXC', type(e).__name__, e)
c.prec=19; c.rounding=ROUND_05UP; c.clear_flags()
a=Decimal('358009633421975835328928112113556E21'); b=Decimal('-2946643064417063389668276460E15')
try:
    print(318, repr(a**-2), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(318, 'EXC', type(e).__name__, e)
c.prec=1; c.rounding=ROUND_HALF_EVEN; c.clear_flags()
a=Decimal('779087703E-21'); b=Decimal('4005151292338410756339747035882E23')
try:
    print(319, repr(a*b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(319, 'EXC', type(e).__name__, e)
c.prec=32; c.rounding=ROUND_HALF_DOWN; c.clear_flags()
a=Decimal('769184477139699E-1'); b=Decimal('-70359793599756E0')
try:
    print(320, repr(a.to_eng_string()), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(320, 'EXC', type(e).__name__, e)
c.prec=16; c.rounding=ROUND_CEILING; c.clear_flags()
a=Decimal('8913057510162824969048265E0'); b=Decimal('-765213854352556E10')
try:
    print(321, repr(+a), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(321, 'EXC', type(e).__name__, e)
c.prec=9; c.rounding=ROUND_CEILING; c.clear_flags()
a=Decimal('70654079397633E-17'); b=Decimal('414810729423886842271769206E-26')
try:
    print(322, repr(abs(a)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(322, 'EXC', type(e).__name__, e)
c.prec=23; c.rounding=ROUND_FLOOR; c.clear_flags()
a=Decimal('7850851137959E36'); b=Decimal('7958638526686387740039478411675619E37')
try:
    print(323, repr(a//b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(323, 'EXC', type(e).__name__, e)
c.prec=5; c.rounding=ROUND_UP; c.clear_flags()
a=Decimal('526044860572938394186383754395549E39'); b=Decimal('-1872845E-25')
try:
    print(324, repr(a.normalize()), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(324, 'EXC', type(e).__name__, e)
c.prec=24; c.rounding=ROUND_05UP; c.clear_flags()
a=Decimal('83E-35'); b=Decimal('-83913606E39')
try:
    print(325, repr(abs(a)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(325, 'EXC', type(e).__name__, e)
c.prec=3; c.rounding=ROUND_HALF_EVEN; c.clear_flags()
a=Decimal('-91688337821E-2'); b=Decimal('8821032345E-32')
try:
    print(326, repr(a//b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(326, 'EXC', type(e).__name__, e)
c.prec=25; c.rounding=ROUND_DOWN; c.clear_flags()
a=Decimal('77502086810962473897503E-6'); b=Decimal('0118E-14')
try:
    print(327, repr(a.to_integral_value()), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(327, 'EXC', type(e).__name__, e)
c.prec=35; c.rounding=ROUND_HALF_DOWN; c.clear_flags()
a=Decimal('840695179968907E17'); b=Decimal('-7907414494813970E2')
try:
    print(328, repr(a<b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(328, 'EXC', type(e).__name__, e)
c.prec=14; c.rounding=ROUND_DOWN; c.clear_flags()
a=Decimal('-1969379619867152899E9'); b=Decimal('-7976E-5')
try:
    print(329, repr(a/b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(329, 'EXC', type(e).__name__, e)
c.prec=18; c.rounding=ROUND_05UP; c.clear_flags()
a=Decimal('58605813350828470774881169533378247E6'); b=Decimal('625318041E7')
try:
    print(330, repr(a<b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(330, 'EXC', type(e).__name__, e)
c.prec=38; c.rounding=ROUND_CEILING; c.clear_flags()
a=Decimal('8335299255431040E0'); b=Decimal('253702341223925856811711572827676E19')
try:
    print(331, repr(a.to_integral_value()), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(331, 'EXC', type(e).__name__, e)
c.prec=25; c.rounding=ROUND_HALF_UP; c.clear_flags()
a=Decimal('01364109933522070E-15'); b=Decimal('3425808E1')
try:
    print(332, repr(a%b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(332, 'EXC', type(e).__name__, e)
c.prec=29; c.rounding=ROUND_UP; c.clear_flags()
a=Decimal('-842558858718674E-1'); b=Decimal('-718648077156889E26')
try:
    print(333, repr(format(a, '.5f')), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(333, 'EXC', type(e).__name__, e)
c.prec=32; c.rounding=ROUND_05UP; c.clear_flags()
a=Decimal('028E1'); b=Decimal('-023385705214E-33')
try:
    print(334, repr(a-b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(334, 'EXC', type(e).__name__, e)
c.prec=28; c.rounding=ROUND_HALF_DOWN; c.clear_flags()
a=Decimal('-95610083233706296518558682216315E-39'); b=Decimal('63886E-21')
try:
    print(335, repr(divmod(a,b)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(335, 'EXC', type(e).__name__, e)
c.prec=21; c.rounding=ROUND_HALF_DOWN; c.clear_flags()
a=Decimal('20E29'); b=Decimal('-6318420722267207058937947406735E22')
try:
    print(336, repr(abs(a)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(336, 'EXC', type(e).__name__, e)
c.prec=21; c.rounding=ROUND_FLOOR; c.clear_flags()
a=Decimal('-13181115355E8'); b=Decimal('-7327492885E34')
try:
    print(337, repr(format(a, ',.3e')), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(337, 'EXC', type(e).__name__, e)
c.prec=33; c.rounding=ROUND_UP; c.clear_flags()
a=Decimal('25136980635E20'); b=Decimal('-3525950844871086837474609E-11')
try:
    print(338, repr(a<b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(338, 'EXC', type(e).__name__, e)
c.prec=2; c.rounding=ROUND_UP; c.clear_flags()
a=Decimal('-11503892828575E15'); b=Decimal('-96309128428447326997405760696942048E-7')
try:
    print(339, repr(a%b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(339, 'EXC', type(e).__name__, e)
c.prec=5; c.rounding=ROUND_DOWN; c.clear_flags()
a=Decimal('87457694E35'); b=Decimal('71197314467980E-38')
try:
    print(340, repr(a.sqrt()), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(340, 'EXC', type(e).__name__, e)
c.prec=37; c.rounding=ROUND_HALF_EVEN; c.clear_flags()
a=Decimal('527239E22'); b=Decimal('-8094785E31')
try:
    print(341, repr(a*b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(341, 'EXC', type(e).__name__, e)
c.prec=4; c.rounding=ROUND_CEILING; c.clear_flags()
a=Decimal('8186365852403293313102811200909007E-21'); b=Decimal('-0')
try:
    print(342, repr(a.quantize(b)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(342, 'EXC', type(e).__name__, e)
c.prec=26; c.rounding=ROUND_HALF_UP; c.clear_flags()
a=Decimal('-0520238E-6'); b=Decimal('-81E15')
try:
    print(343, repr(a.to_integral_value()), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(343, 'EXC', type(e).__name__, e)
c.prec=24; c.rounding=ROUND_HALF_EVEN; c.clear_flags()
a=Decimal('-53069976217772200229149410383268939E35'); b=Decimal('-2916019697833096E23')
try:
    print(344, repr(a.quantize(b)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(344, 'EXC', type(e).__name__, e)
c.prec=9; c.rounding=ROUND_DOWN; c.clear_flags()
a=Decimal('-3373E9'); b=Decimal('-494155817936E-35')
try:
    print(345, repr(a<b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(345, 'EXC', type(e).__name__, e)
c.prec=26; c.rounding=ROUND_DOWN; c.clear_flags()
a=Decimal('-4239E19'); b=Decimal('092065696579377642324558675E-24')
try:
    print(346, repr(a-b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(346, 'EXC', type(e).__name__, e)
c.prec=17; c.rounding=ROUND_05UP; c.clear_flags()
a=Decimal('74763412968500160776483938613E24'); b=Decimal('47235493147384982956430944909883E10')
try:
    print(347, repr(round(a, 3)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(347, 'EXC', type(e).__name__, e)
c.prec=11; c.rounding=ROUND_DOWN; c.clear_flags()
a=Decimal('7E6'); b=Decimal('-39740271074282329579216208E-40')
try:
    print(348, repr(a/b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(348, 'EXC', type(e).__name__, e)
c.prec=26; c.rounding=ROUND_HALF_EVEN; c.clear_flags()
a=Decimal('203115034273951025634043166804279E17'); b=Decimal('-3E-8')
try:
    print(349, repr(a.to_eng_string()), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(349, 'EXC', type(e).__name__, e)
c.prec=35; c.rounding=ROUND_05UP; c.clear_flags()
a=Decimal('4E-33'); b=Decimal('455526698130759240065669777E2')
try:
    print(350, repr(a-b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(350, 'EXC', type(e).__name__, e)
c.prec=21; c.rounding=ROUND_HALF_EVEN; c.clear_flags()
a=Decimal('618654181939233E1'); b=Decimal('4386055402474536170632017E-23')
try:
    print(351, repr(a.to_integral_value()), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(351, 'EXC', type(e).__name__, e)
c.prec=4; c.rounding=ROUND_UP; c.clear_flags()
a=Decimal('3800985072112973405207940E4'); b=Decimal('-98912720E1')
try:
    print(352, repr(a<b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(352, 'EXC', type(e).__name__, e)
c.prec=34; c.rounding=ROUND_HALF_DOWN; c.clear_flags()
a=Decimal('-00643900E13'); b=Decimal('-621106588330197724645519948995317E37')
try:
    print(353, repr(a.to_eng_string()), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(353, 'EXC', type(e).__name__, e)
c.prec=13; c.rounding=ROUND_FLOOR; c.clear_flags()
a=Decimal('882370207798558160173238487E-27'); b=Decimal('7064644397924551738550E-27')
try:
    print(354, repr(+a), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(354, 'EXC', type(e).__name__, e)
c.prec=31; c.rounding=ROUND_05UP; c.clear_flags()
a=Decimal('4772E-7'); b=Decimal('1753E5')
try:
    print(355, repr(a**-2), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(355, 'EXC', type(e).__name__, e)
c.prec=11; c.rounding=ROUND_HALF_EVEN; c.clear_flags()
a=Decimal('13E28'); b=Decimal('143937849487760729442E-21')
try:
    print(356, repr(+a), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(356, 'EXC', type(e).__name__, e)
c.prec=40; c.rounding=ROUND_UP; c.clear_flags()
a=Decimal('856122562943595967272505123948136E-30'); b=Decimal('-25537042743864652045005471027149E31')
try:
    print(357, repr(a.to_integral_value()), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(357, 'EXC', type(e).__name__, e)
c.prec=32; c.rounding=ROUND_DOWN; c.clear_flags()
a=Decimal('39776960769245927E36'); b=Decimal('0E+5')
try:
    print(358, repr(a%b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(358, 'EXC', type(e).__name__, e)
c.prec=34; c.rounding=ROUND_CEILING; c.clear_flags()
a=Decimal('-533E-3'); b=Decimal('3009E14')
try:
    print(359, repr(-a), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(359, 'EXC', type(e).__name__, e)
c.prec=5; c.rounding=ROUND_CEILING; c.clear_flags()
a=Decimal('7823696228390119265042017445E40'); b=Decimal('5552985602558610930325852400124E-11')
try:
    print(360, repr(a.sqrt()), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(360, 'EXC', type(e).__name__, e)
c.prec=31; c.rounding=ROUND_FLOOR; c.clear_flags()
a=Decimal('-703693555297811166359E-3'); b=Decimal('82854624924221510475510275426384E-10')
try:
    print(361, repr(a//b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(361, 'EXC', type(e).__name__, e)
c.prec=21; c.rounding=ROUND_DOWN; c.clear_flags()
a=Decimal('97611500277689394067468192E-22'); b=Decimal('045E-15')
try:
    print(362, repr(divmod(a,b)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(362, 'EXC', type(e).__name__, e)
c.prec=16; c.rounding=ROUND_CEILING; c.clear_flags()
a=Decimal('5268E31'); b=Decimal('-11843E15')
try:
    print(363, repr(a<b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(363, 'EXC', type(e).__name__, e)
c.prec=17; c.rounding=ROUND_05UP; c.clear_flags()
a=Decimal('-44984514460646658651410808093461650E-16'); b=Decimal('0E+5')
try:
    print(364, repr(a.quantize(b)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(364, 'EXC', type(e).__name__, e)
c.prec=38; c.rounding=ROUND_DOWN; c.clear_flags()
a=Decimal('-66996384134652145661E7'); b=Decimal('-077644E-24')
try:
    print(365, repr(a*b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(365, 'EXC', type(e).__name__, e)
c.prec=21; c.rounding=ROUND_HALF_EVEN; c.clear_flags()
a=Decimal('987507500725688E11'); b=Decimal('0E-34')
try:
    print(366, repr(a**-2), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(366, 'EXC', type(e).__name__, e)
c.prec=21; c.rounding=ROUND_DOWN; c.clear_flags()
a=Decimal('2302512468415955541883081028E-5'); b=Decimal('-Infinity')
try:
    print(367, repr(format(a, '.5f')), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(367, 'EXC', type(e).__name__, e)
c.prec=27; c.rounding=ROUND_HALF_DOWN; c.clear_flags()
a=Decimal('4E39'); b=Decimal('-50523712289131248E16')
try:
    print(368, repr(divmod(a,b)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(368, 'EXC', type(e).__name__, e)
c.prec=10; c.rounding=ROUND_DOWN; c.clear_flags()
a=Decimal('NaN'); b=Decimal('25642671038E17')
try:
    print(369, repr(a*b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(369, 'EXC', type(e).__name__, e)
c.prec=25; c.rounding=ROUND_CEILING; c.clear_flags()
a=Decimal('-298417127895676836827073631E36'); b=Decimal('925124469130989136119006606045764E-1')
try:
    print(370, repr(a+b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(370, 'EXC', type(e).__name__, e)
c.prec=5; c.rounding=ROUND_HALF_DOWN; c.clear_flags()
a=Decimal('Infinity'); b=Decimal('7696090130035210886336773706493546E10')
try:
    print(371, repr(a*b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(371, 'EXC', type(e).__name__, e)
c.prec=10; c.rounding=ROUND_DOWN; c.clear_flags()
a=Decimal('9376478616942709521467029E17'); b=Decimal('-785368614273344316832201455309E26')
try:
    print(372, repr(-a), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(372, 'EXC', type(e).__name__, e)
c.prec=24; c.rounding=ROUND_UP; c.clear_flags()
a=Decimal('359946331256703E-33'); b=Decimal('043018914203978685E28')
try:
    print(373, repr(a/b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(373, 'EXC', type(e).__name__, e)
c.prec=6; c.rounding=ROUND_HALF_UP; c.clear_flags()
a=Decimal('1566314757583E4'); b=Decimal('716961291E11')
try:
    print(374, repr(a.to_eng_string()), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(374, 'EXC', type(e).__name__, e)
c.prec=8; c.rounding=ROUND_HALF_EVEN; c.clear_flags()
a=Decimal('237882E1'); b=Decimal('3505E-40')
try:
    print(375, repr(format(a, ',.3e')), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(375, 'EXC', type(e).__name__, e)
c.prec=27; c.rounding=ROUND_FLOOR; c.clear_flags()
a=Decimal('-70142493756654720626193818015282E-11'); b=Decimal('1798742278334E19')
try:
    print(376, repr(divmod(a,b)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(376, 'EXC', type(e).__name__, e)
c.prec=19; c.rounding=ROUND_UP; c.clear_flags()
a=Decimal('-8195914639353704E-5'); b=Decimal('-0')
try:
    print(377, repr(a*b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(377, 'EXC', type(e).__name__, e)
c.prec=33; c.rounding=ROUND_UP; c.clear_flags()
a=Decimal('7794132701626423178837605E36'); b=Decimal('-738244352007025450E17')
try:
    print(378, repr(a**-2), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(378, 'EXC', type(e).__name__, e)
c.prec=22; c.rounding=ROUND_CEILING; c.clear_flags()
a=Decimal('987915798767131986E-2'); b=Decimal('317804851750E-2')
try:
    print(379, repr(a//b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(379, 'EXC', type(e).__name__, e)
c.prec=9; c.rounding=ROUND_CEILING; c.clear_flags()
a=Decimal('3470419834133026578918E-9'); b=Decimal('-4294066664582546715904667657410E-34')
try:
    print(380, repr(a**-2), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(380, 'EXC', type(e).__name__, e)
c.prec=36; c.rounding=ROUND_CEILING; c.clear_flags()
a=Decimal('-41625710767444591E28'); b=Decimal('-96660651802995022757880966E-25')
try:
    print(381, repr(a-b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(381, 'EXC', type(e).__name__, e)
c.prec=2; c.rounding=ROUND_HALF_EVEN; c.clear_flags()
a=Decimal('-87767748402898E-7'); b=Decimal('42808902895627154628108034271186825E4')
try:
    print(382, repr(a.quantize(b)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(382, 'EXC', type(e).__name__, e)
c.prec=37; c.rounding=ROUND_FLOOR; c.clear_flags()
a=Decimal('6454984868569782580039686092673E-29'); b=Decimal('68243025846348324440465135E9')
try:
    print(383, repr(a.quantize(b)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(383, 'EXC', type(e).__name__, e)
c.prec=30; c.rounding=ROUND_HALF_EVEN; c.clear_flags()
a=Decimal('8E2'); b=Decimal('70036588708714E36')
try:
    print(384, repr(a//b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(384, 'EXC', type(e).__name__, e)
c.prec=28; c.rounding=ROUND_HALF_EVEN; c.clear_flags()
a=Decimal('237324E-27'); b=Decimal('98265E-10')
try:
    print(385, repr(a**-2), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(385, 'EXC', type(e).__name__, e)
c.prec=16; c.rounding=ROUND_DOWN; c.clear_flags()
a=Decimal('60668621961322640602E34'); b=Decimal('-001036154652E39')
try:
    print(386, repr(divmod(a,b)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(386, 'EXC', type(e).__name__, e)
c.prec=38; c.rounding=ROUND_UP; c.clear_flags()
a=Decimal('705983555144992223519929358520173E30'); b=Decimal('21812E6')
try:
    print(387, repr(a%b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(387, 'EXC', type(e).__name__, e)
c.prec=21; c.rounding=ROUND_DOWN; c.clear_flags()
a=Decimal('-53443579985E-5'); b=Decimal('0E+5')
try:
    print(388, repr(a**3), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(388, 'EXC', type(e).__name__, e)
c.prec=6; c.rounding=ROUND_HALF_EVEN; c.clear_flags()
a=Decimal('-885E-1'); b=Decimal('-0117E10')
try:
    print(389, repr(a.to_eng_string()), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(389, 'EXC', type(e).__name__, e)
c.prec=19; c.rounding=ROUND_HALF_UP; c.clear_flags()
a=Decimal('6E-20'); b=Decimal('8615E-9')
try:
    print(390, repr(format(a, '.4g')), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(390, 'EXC', type(e).__name__, e)
c.prec=18; c.rounding=ROUND_FLOOR; c.clear_flags()
a=Decimal('53274534137103642859E-19'); b=Decimal('88388644333704087092703733279850454E38')
try:
    print(391, repr(a**-2), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(391, 'EXC', type(e).__name__, e)
c.prec=29; c.rounding=ROUND_HALF_UP; c.clear_flags()
a=Decimal('-13320754256326E20'); b=Decimal('-3549199653595119273533655E-15')
try:
    print(392, repr(a**-2), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(392, 'EXC', type(e).__name__, e)
c.prec=29; c.rounding=ROUND_DOWN; c.clear_flags()
a=Decimal('1017049E-15'); b=Decimal('-12E-31')
try:
    print(393, repr(a**3), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(393, 'EXC', type(e).__name__, e)
c.prec=12; c.rounding=ROUND_UP; c.clear_flags()
a=Decimal('-878953923159039172214656E35'); b=Decimal('-03685442300E15')
try:
    print(394, repr(a%b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(394, 'EXC', type(e).__name__, e)
c.prec=5; c.rounding=ROUND_05UP; c.clear_flags()
a=Decimal('884762527104996415922605E7'); b=Decimal('-30E-5')
try:
    print(395, repr(a+b), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(395, 'EXC', type(e).__name__, e)
c.prec=16; c.rounding=ROUND_DOWN; c.clear_flags()
a=Decimal('380617320368E-12'); b=Decimal('0E+5')
try:
    print(396, repr(a.to_eng_string()), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(396, 'EXC', type(e).__name__, e)
c.prec=40; c.rounding=ROUND_DOWN; c.clear_flags()
a=Decimal('-8557806577632724680432836185831669E32'); b=Decimal('0036E-17')
try:
    print(397, repr(divmod(a,b)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(397, 'EXC', type(e).__name__, e)
c.prec=21; c.rounding=ROUND_UP; c.clear_flags()
a=Decimal('21690458932851273635092E-26'); b=Decimal('-43220062021258056002765715996818E-6')
try:
    print(398, repr(format(a, '.5f')), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(398, 'EXC', type(e).__name__, e)
c.prec=7; c.rounding=ROUND_05UP; c.clear_flags()
a=Decimal('96735822886665872E-19'); b=Decimal('20362836554948405744400986071683E34')
try:
    print(399, repr(divmod(a,b)), c.flags[Inexact], c.flags[Rounded], c.flags[InvalidOperation], c.flags[Overflow], c.flags[Underflow], c.flags[Clamped])
except Exception as e:
    print(399, 'EXC', type(e).__name__, e)
