namespace RuleSandbox.Engine.Compiler;

/// <summary>
/// The instruction set. An instruction is one <see cref="int"/>: the opcode in the low 8 bits and
/// the argument in the upper 24 (<see cref="Instr"/>). Each opcode documents its stack picture:
/// what it pops (left of the arrow, top of stack rightmost) and what it pushes.
/// </summary>
/// <remarks>
/// The set follows CPython 3.12's where that is simple (zero-cost exceptions through an exception
/// table, PUSH_EXC_INFO/POP_EXCEPT, method calls through a (callable, self-or-NULL) pair) and
/// departs from it where a single opcode is faster in a C# switch than CPython's specialised pairs.
/// </remarks>
public enum Opcode : byte
{
    /// <summary><c>--</c></summary>
    Nop,
    /// <summary><c>x --</c></summary>
    PopTop,
    /// <summary><c>x(n) ... -- x(n) ... x(n)</c>: copies the n-th item (1 = top).</summary>
    Copy,
    /// <summary><c>x(n) ... y -- y ... x(n)</c>: swaps the top with the n-th item.</summary>
    Swap,
    /// <summary><c>-- NULL</c>: the self-slot of a plain call.</summary>
    PushNull,
    /// <summary><c>-- consts[arg]</c></summary>
    LoadConst,
    /// <summary><c>-- locals[arg]</c> (UnboundLocalError when unset)</summary>
    LoadFast,
    /// <summary><c>x --</c>: locals[arg] = x</summary>
    StoreFast,
    /// <summary><c>--</c>: del locals[arg]</summary>
    DeleteFast,
    /// <summary><c>-- cell.value</c> of cell/free variable arg</summary>
    LoadDeref,
    /// <summary><c>x --</c> into cell/free variable arg</summary>
    StoreDeref,
    /// <summary><c>--</c>: empties cell/free variable arg</summary>
    DeleteDeref,
    /// <summary><c>-- cell</c>: the cell object itself, for building a closure</summary>
    LoadClosure,
    /// <summary><c>-- value</c>: class body read of a free variable: namespace first, then the cell</summary>
    LoadClassDeref,
    /// <summary><c>-- globals[names[arg]]</c> or builtins</summary>
    LoadGlobal,
    /// <summary><c>x --</c>: globals[names[arg]] = x</summary>
    StoreGlobal,
    /// <summary><c>--</c>: del globals[names[arg]]</summary>
    DeleteGlobal,
    /// <summary><c>-- value</c>: locals dict, then globals, then builtins (module and class bodies)</summary>
    LoadName,
    /// <summary><c>x --</c>: locals dict[names[arg]] = x</summary>
    StoreName,
    /// <summary><c>--</c>: del locals dict[names[arg]]</summary>
    DeleteName,
    /// <summary><c>obj -- obj.names[arg]</c></summary>
    LoadAttr,
    /// <summary><c>value obj --</c>: obj.names[arg] = value</summary>
    StoreAttr,
    /// <summary><c>obj --</c>: del obj.names[arg]</summary>
    DeleteAttr,
    /// <summary><c>obj -- func self</c> for a plain method, else <c>obj -- attr NULL</c></summary>
    LoadMethod,
    /// <summary><c>--</c>: the next CALL's last len(consts[arg]) arguments are keywords named by that tuple</summary>
    KwNames,
    /// <summary><c>callable self_or_NULL arg1 ... argN -- result</c> (arg = N)</summary>
    Call,
    /// <summary><c>callable NULL args_tuple [kwargs_dict] -- result</c> (arg bit 0: kwargs present)</summary>
    CallEx,
    /// <summary><c>x y -- x op y</c> (arg = <see cref="BinaryOpKind"/>)</summary>
    BinaryOp,
    /// <summary><c>x -- -x</c></summary>
    UnaryNegative,
    /// <summary><c>x -- +x</c></summary>
    UnaryPositive,
    /// <summary><c>x -- not x</c></summary>
    UnaryNot,
    /// <summary><c>x -- ~x</c></summary>
    UnaryInvert,
    /// <summary><c>x y -- x cmp y</c> (arg = <see cref="CompareKind"/>)</summary>
    CompareOp,
    /// <summary><c>x y -- x is y</c> (arg 1: is not)</summary>
    IsOp,
    /// <summary><c>x y -- x in y</c> (arg 1: not in)</summary>
    ContainsOp,
    /// <summary><c>container key -- container[key]</c></summary>
    BinarySubscr,
    /// <summary><c>value container key --</c></summary>
    StoreSubscr,
    /// <summary><c>container key --</c></summary>
    DeleteSubscr,
    /// <summary><c>start stop [step] -- slice</c> (arg = 2 or 3)</summary>
    BuildSlice,
    /// <summary><c>x1 ... xN -- (x1, ..., xN)</c></summary>
    BuildTuple,
    /// <summary><c>x1 ... xN -- [x1, ..., xN]</c></summary>
    BuildList,
    /// <summary><c>x1 ... xN -- {x1, ..., xN}</c></summary>
    BuildSet,
    /// <summary><c>k1 v1 ... kN vN -- {k1: v1, ...}</c></summary>
    BuildMap,
    /// <summary><c>s1 ... sN -- s1 + ... + sN</c> (f-strings)</summary>
    BuildString,
    /// <summary><c>list ...(arg-1 items) x -- list ...</c>: list.append(x)</summary>
    ListAppend,
    /// <summary><c>set ... x -- set ...</c>: set.add(x)</summary>
    SetAdd,
    /// <summary><c>dict ... k v -- dict ...</c>: dict[k] = v</summary>
    MapAdd,
    /// <summary><c>list ... iterable -- list ...</c>: list.extend(iterable)</summary>
    ListExtend,
    /// <summary><c>set ... iterable -- set ...</c>: set.update(iterable)</summary>
    SetUpdate,
    /// <summary><c>dict ... mapping -- dict ...</c>: dict.update(mapping)</summary>
    DictUpdate,
    /// <summary><c>func NULL args dict ... mapping -- ... dict ...</c>: like DictUpdate, duplicate keys are a TypeError</summary>
    DictMerge,
    /// <summary><c>list -- tuple(list)</c></summary>
    ListToTuple,
    /// <summary><c>x [spec] -- formatted</c> (arg: 0 none, 1 str, 2 repr, 3 ascii; +4 when a spec is on the stack)</summary>
    FormatValue,
    /// <summary><c>--</c>: pc = arg</summary>
    Jump,
    /// <summary><c>x --</c>: if not x: pc = arg</summary>
    PopJumpIfFalse,
    /// <summary><c>x --</c>: if x: pc = arg</summary>
    PopJumpIfTrue,
    /// <summary><c>x -- x</c> and jump when false, else <c>x --</c></summary>
    JumpIfFalseOrPop,
    /// <summary><c>x -- x</c> and jump when true, else <c>x --</c></summary>
    JumpIfTrueOrPop,
    /// <summary><c>x --</c>: if x is None: pc = arg</summary>
    PopJumpIfNone,
    /// <summary><c>x --</c>: if x is not None: pc = arg</summary>
    PopJumpIfNotNone,
    /// <summary><c>x -- iter(x)</c></summary>
    GetIter,
    /// <summary><c>it -- it next</c>, or when exhausted <c>it --</c> and pc = arg</summary>
    ForIter,
    /// <summary><c>seq -- xN ... x1</c> (x1 on top)</summary>
    UnpackSequence,
    /// <summary><c>seq -- ...</c> with a starred target (arg = before | after &lt;&lt; 8)</summary>
    UnpackEx,
    /// <summary><c>x --</c>: returns x to the caller</summary>
    ReturnValue,
    /// <summary><c>x -- sent</c>: suspends the generator</summary>
    YieldValue,
    /// <summary><c>subiter sent -- subiter</c> while delegating (re-executed on resume), then <c>-- result</c>, pc = arg</summary>
    Send,
    /// <summary><c>x -- iter(x)</c> (generators pass through)</summary>
    GetYieldFromIter,
    /// <summary><c>[exc [cause]] --</c>: raise (arg = count; 0 re-raises the handled exception)</summary>
    RaiseVarargs,
    /// <summary><c>exc --</c>: raise again, keeping the traceback</summary>
    Reraise,
    /// <summary><c>exc -- prev exc</c>: exc becomes the handled exception</summary>
    PushExcInfo,
    /// <summary><c>prev --</c>: restores the handled exception</summary>
    PopExcept,
    /// <summary><c>exc type -- exc matched</c></summary>
    CheckExcMatch,
    /// <summary><c>prev exc --</c>: restores prev and re-raises exc (handler cleanup)</summary>
    PopExceptAndReraise,
    /// <summary><c>mgr -- exit entered</c></summary>
    BeforeWith,
    /// <summary><c>exit -- result</c>: exit(None, None, None)</summary>
    WithExit,
    /// <summary><c>exit prev exc -- exit prev exc result</c>: exit(type, exc, tb)</summary>
    WithExceptStart,
    /// <summary><c>[defaults] [kwdefaults] [annotations] [closure] code -- function</c> (arg flags 1, 2, 4, 8)</summary>
    MakeFunction,
    /// <summary><c>-- __build_class__</c></summary>
    LoadBuildClass,
    /// <summary><c>level fromlist -- module</c> (names[arg])</summary>
    ImportName,
    /// <summary><c>module -- module module.names[arg]</c></summary>
    ImportFrom,
    /// <summary><c>module --</c>: from module import *</summary>
    ImportStar,
    /// <summary><c>-- AssertionError</c></summary>
    LoadAssertionError,
    /// <summary><c>x -- x len(x)</c> (match statements)</summary>
    GetLen,
    /// <summary><c>subject -- subject is_mapping</c></summary>
    MatchMapping,
    /// <summary><c>subject -- subject is_sequence</c></summary>
    MatchSequence,
    /// <summary><c>subject keys -- subject keys values_or_None</c></summary>
    MatchKeys,
    /// <summary><c>subject cls names -- attrs_or_None</c> (arg = positional count)</summary>
    MatchClass,
    /// <summary><c>mapping keys -- rest_dict</c>: a copy without the matched keys (match **rest)</summary>
    CopyDictWithoutKeys,
    /// <summary><c>-- locals()</c> of a class body (for the namespace)</summary>
    LoadLocals,
    /// <summary><c>x -- </c>: stores the annotation of a simple name into __annotations__ (names[arg])</summary>
    StoreAnnotation,
    /// <summary><c>--</c>: creates __annotations__ in a module or class body</summary>
    SetupAnnotations,
}

/// <summary>Arguments of <see cref="Opcode.BinaryOp"/>: binary operators, then their in-place forms.</summary>
public enum BinaryOpKind
{
    Add, Sub, Mul, MatMul, TrueDiv, Mod, Pow, LShift, RShift, Or, Xor, And, FloorDiv,
    InplaceAdd, InplaceSub, InplaceMul, InplaceMatMul, InplaceTrueDiv, InplaceMod, InplacePow,
    InplaceLShift, InplaceRShift, InplaceOr, InplaceXor, InplaceAnd, InplaceFloorDiv,
}

/// <summary>Arguments of <see cref="Opcode.CompareOp"/>.</summary>
public enum CompareKind { Lt, Le, Eq, Ne, Gt, Ge }

/// <summary>Packs and unpacks instructions.</summary>
public static class Instr
{
    /// <summary>The largest argument an instruction holds.</summary>
    public const int MaxArg = (1 << 24) - 1;

    /// <summary>Encodes one instruction.</summary>
    public static int Make(Opcode op, int arg = 0) => (byte)op | (arg << 8);

    /// <summary>The opcode of an instruction.</summary>
    public static Opcode Op(int instr) => (Opcode)(instr & 0xFF);

    /// <summary>The argument of an instruction.</summary>
    public static int Arg(int instr) => instr >> 8;
}
