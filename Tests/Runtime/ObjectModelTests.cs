using System.Numerics;
using RuleSandbox.Engine.Compiler;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Tests.Runtime;

/// <summary>The object model used directly from C#, without compiling Python.</summary>
public sealed class ObjectModelTests
{
    private Vm _vm = null!;
    private IDisposable _scope = null!;

    [SetUp]
    public void EnterVm()
    {
        _vm = new Vm(ExecutionLimits.Default, TextWriter.Null);
        _scope = _vm.Enter();
    }

    [TearDown]
    public void LeaveVm() => _scope.Dispose();

    [Test]
    public void OneOneFloatAndTrueAreTheSameDictKey()
    {
        var d = new PyDict();
        d.Set(PyInt.From(1), PyStr.From("int"));
        d.Set(PyFloat.From(1.0), PyStr.From("float"));
        d.Set(PyBool.True, PyStr.From("bool"));
        Assert.That(d.Count, Is.EqualTo(1));
        Assert.That(((PyStr)d.Get(PyInt.From(1))!).Value, Is.EqualTo("bool"));
    }

    [Test]
    public void DictKeepsInsertionOrderAcrossDeletes()
    {
        var d = new PyDict();
        foreach (var k in new[] { "b", "a", "c" }) d.Set(k, PyInt.From(0));
        d.Remove(PyStr.From("a"));
        d.Set("a", PyInt.From(1));
        Assert.That(d.Items().Select(kv => ((PyStr)kv.Key).Value), Is.EqualTo(new[] { "b", "c", "a" }));
    }

    [Test]
    public void SmallIntsAreShared()
    {
        Assert.That(PyInt.From(256), Is.SameAs(PyInt.From(256)));
        Assert.That(PyInt.From(-5), Is.SameAs(PyInt.From(-5)));
    }

    [Test]
    public void IntArithmeticOverflowsIntoBigIntegers()
    {
        var r = (PyInt)Ops.Binary(BinaryOpKind.Mul, PyInt.From(long.MaxValue), PyInt.From(2));
        Assert.That(r.IsBig, Is.True);
        Assert.That(r.Big, Is.EqualTo(new BigInteger(long.MaxValue) * 2));
        var back = (PyInt)Ops.Binary(BinaryOpKind.FloorDiv, r, PyInt.From(2));
        Assert.That(back.IsBig, Is.False);
    }

    [TestCase(-7, 2, -4, 1)]
    [TestCase(7, -2, -4, -1)]
    [TestCase(-7, -2, 3, -1)]
    public void FloorDivisionAndModuloRoundTowardMinusInfinity(long a, long b, long q, long m)
    {
        Assert.That(((PyInt)Ops.Binary(BinaryOpKind.FloorDiv, PyInt.From(a), PyInt.From(b))).Small, Is.EqualTo(q));
        Assert.That(((PyInt)Ops.Binary(BinaryOpKind.Mod, PyInt.From(a), PyInt.From(b))).Small, Is.EqualTo(m));
    }

    [Test]
    public void HashesOfEqualNumbersAgreeAsInCPython()
    {
        Assert.That(Ops.Hash(PyFloat.From(2.0)), Is.EqualTo(Ops.Hash(PyInt.From(2))));
        Assert.That(Ops.Hash(PyInt.From(-1)), Is.EqualTo(-2));
        Assert.That(Ops.Hash(PyFloat.From(0.5)), Is.EqualTo(1152921504606846976L));
        Assert.That(Ops.Hash(PyInt.From(BigInteger.Pow(2, 61) - 1)), Is.EqualTo(0));
    }

    [Test]
    public void StrIsIndexedByCodePoint()
    {
        var s = PyStr.From("a😀b");
        Assert.That(s.Length, Is.EqualTo(3));
        Assert.That(((PyStr)Ops.GetItem(s, PyInt.From(1))).Value, Is.EqualTo("😀"));
        Assert.That(((PyStr)Ops.GetItem(s, new PySlice(PyInt.From(-2), PyNone.Instance, PyNone.Instance))).Value, Is.EqualTo("😀b"));
    }

    [Test]
    public void C3LinearisationOrdersTheDiamond()
    {
        var a = PyType.NewHeap("A", Array.Empty<PyType>(), null);
        var b = PyType.NewHeap("B", new[] { a }, null);
        var c = PyType.NewHeap("C", new[] { a }, null);
        var d = PyType.NewHeap("D", new[] { b, c }, null);
        Assert.That(d.Mro.Select(t => t.Name), Is.EqualTo(new[] { "D", "B", "C", "A", "object" }));
    }

    [Test]
    public void InconsistentHierarchyIsATypeError()
    {
        var a = PyType.NewHeap("A", Array.Empty<PyType>(), null);
        var b = PyType.NewHeap("B", new[] { a }, null);
        var e = Assert.Throws<PythonException>(() => PyType.NewHeap("C", new[] { a, b }, null))!;
        Assert.That(e.Value.Type, Is.SameAs(ExcTypes.TypeError));
    }

    [Test]
    public void ReprsMatchCPython()
    {
        var list = new PyList(new List<PyObject> { PyInt.From(1), PyStr.From("a'b"), PyNone.Instance, new PyTuple(new PyObject[] { PyFloat.From(0.1) }) });
        Assert.That(Ops.Repr(list), Is.EqualTo("[1, \"a'b\", None, (0.1,)]"));
        list.Items.Add(list);
        Assert.That(Ops.Repr(list), Does.EndWith(", [...]]"));
        Assert.That(Ops.Repr(new PySet()), Is.EqualTo("set()"));
        Assert.That(Ops.ComplexRepr(1, -2), Is.EqualTo("(1-2j)"));
    }

    [Test]
    public void UnsupportedOperandsGiveCPythonsMessage()
    {
        var e = Assert.Throws<PythonException>(() => Ops.Binary(BinaryOpKind.Add, PyInt.From(1), PyStr.From("a")))!;
        Assert.That(Ops.Str(e.Value), Is.EqualTo("unsupported operand type(s) for +: 'int' and 'str'"));
        var e2 = Assert.Throws<PythonException>(() => Ops.GetItem(PyNone.Instance, PyInt.From(0)))!;
        Assert.That(Ops.Str(e2.Value), Is.EqualTo("'NoneType' object is not subscriptable"));
    }

    [Test]
    public void RepetitionIsRefusedBeforeAllocating()
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var e = Assert.Throws<LimitExceededException>(() => Ops.Binary(BinaryOpKind.Mul, PyStr.From("x"), PyInt.From(10_000_000_000)))!;
        Assert.That(e.Kind, Is.EqualTo(LimitKind.Memory));
        Assert.That(GC.GetAllocatedBytesForCurrentThread() - before, Is.LessThan(1_000_000));
    }

    [Test]
    public void BuiltinFuelChargesStopLongBuiltinWork()
    {
        using var _ = new Vm(ExecutionLimits.Default with { MaxFuel = 1000 }, TextWriter.Null).Enter();
        Assert.Throws<LimitExceededException>(() => Ops.ToList(new PyRange(0, 1_000_000, 1)));
    }
}
