using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using RuleSandbox.Engine.Compiler;
using RuleSandbox.Engine.Runtime;
using RuleSandbox.Engine.Runtime.Objects;

namespace RuleSandbox.Engine.Modules.Random;

// The math module's namespace (RuleSandbox.Engine.Modules.Math) would hide System.Math here.
using Math = System.Math;

/// <summary>
/// The methods of <c>random.Random</c> and <c>random.SystemRandom</c>: CPython 3.12's random.py
/// and _randommodule.c, step for step, so that the same seed gives the same values and a wrong
/// call the same error. This file: construction, seeding, state and raw bits.
/// </summary>
internal static partial class RandomBinding
{
    /// <summary>Refuses absurd bit counts before allocating (getrandbits / randbytes).</summary>
    private const long MaxBits = 1L << 34;

    private static bool s_initialized;
    private static readonly object s_gate = new();

    public static void Init()
    {
        lock (s_gate)
        {
            if (s_initialized) return;
            InitCore();
            InitSequences();
            InitDistributions();
            InitSystem();
            s_initialized = true;
        }
    }

    // ------------------------------------------------------------------ helpers

    /// <summary>Defines a Python-level method (random.py) with def-style argument binding.</summary>
    private static void Def(PyType t, string name, string[] names, int required, Func<PyRandom, PyObject?[], PyObject> body, int kwOnlyFrom = -1)
    {
        var spec = new MethodArgs($"{t.Name}.{name}", names, required, kwOnlyFrom);
        t.Members[name] = new PyBuiltinFunction(name, (a, kw) =>
        {
            var bound = spec.Bind(a, kw);
            return body(Self(a, name, t), bound);
        }, t);
    }

    /// <summary>Defines a C-level method (_randommodule.c) that parses its own arguments.</summary>
    private static void DefC(PyType t, string name, Func<PyRandom, ReadOnlySpan<PyObject>, string[]?, PyObject> body)
        => t.Members[name] = new PyBuiltinFunction(name, (a, kw) => body(Self(a, name, t), a[1..], kw), t);

    private static PyRandom Self(ReadOnlySpan<PyObject> a, string name, PyType t)
    {
        if (a.Length > 0 && a[0] is PyRandom r) return r;
        string got = a.Length > 0 ? Ops.TypeName(a[0]) : "nothing";
        throw Err.TypeError($"descriptor '{name}' for '{t.Name}' objects doesn't apply to a '{got}' object");
    }

    private static PyObject F(double d) => PyFloat.From(d);

    private static PyObject Bin(BinaryOpKind op, PyObject a, PyObject b) => Ops.Binary(op, a, b);

    private static bool Cmp(PyObject a, PyObject b, CompareKind op) => Ops.IsTrue(Ops.RichCompare(a, b, op));

    /// <summary>A real number for the math functions random.py calls (math's conversion and message).</summary>
    private static double Real(PyObject o) => RuleSandbox.Engine.Modules.Math.MathModule.ToDouble(o);

    /// <summary><c>operator.index(o)</c>.</summary>
    private static BigInteger Index(PyObject o) => Ops.AsIndex(o).Big;

    private static PyObject Int(BigInteger v) => PyInt.From(v);

    /// <summary>CPython's <c>_PyLong_AsInt</c> for a C-level int argument.</summary>
    private static long CInt(PyObject o)
    {
        var i = o is PyInt pi ? pi : Ops.AsIndex(o);
        if (i.IsBig || i.Small > int.MaxValue || i.Small < int.MinValue) throw Err.OverflowError("Python int too large to convert to C int");
        return i.Small;
    }

    private static PyObject NoneOr(PyObject? o) => o ?? PyNone.Instance;

    // ------------------------------------------------------------------ construction, seeding, state

    private static void InitCore()
    {
        var t = RandomTypes.Random;
        t.Members["VERSION"] = PyInt.From(3);
        t.Members["gauss_next"] = new PyProperty(
            new PyBuiltinFunction("gauss_next", (a, kw) => NoneOr(Self(a, "gauss_next", t).GaussNext)),
            new PyBuiltinFunction("gauss_next", (a, kw) => { Self(a, "gauss_next", t).GaussNext = a[1] is PyNone ? null : a[1]; return PyNone.Instance; }),
            null, null) { Name = "gauss_next" };

        var init = new MethodArgs("Random.__init__", new[] { "self", "x" }, 1);
        t.Constructor = (args, kw) =>
        {
            var r = new PyRandom(system: false);
            var a = init.Bind(TypeCallArgs(r, args), kw);
            Seed(r, a[1], null, "random.Random()");
            return r;
        };

        Def(t, "seed", new[] { "self", "a", "version" }, 1, (r, a) =>
        {
            Seed(r, a[1], a[2], "random.seed()");
            return PyNone.Instance;
        });

        DefC(t, "random", (r, a, kw) =>
        {
            ArgParser.Count("Random.random", a, kw, 0, 0);
            return F(r.NextDouble("random.random()"));
        });

        DefC(t, "getrandbits", (r, a, kw) =>
        {
            ArgParser.Count("Random.getrandbits", a, kw, 1, 1);
            return Int(GetRandBits(r, CInt(a[0]), "random.getrandbits()"));
        });

        Def(t, "randbytes", new[] { "self", "n" }, 2, (r, a) =>
        {
            var n = a[1]!;
            // random.py computes getrandbits(n * 8): the errors are those of that expression.
            if (n is not PyInt ni) throw Err.TypeError($"'{Ops.TypeName(Bin(BinaryOpKind.Mul, n, PyInt.From(8)))}' object cannot be interpreted as an integer");
            long bits = CInt(Bin(BinaryOpKind.Mul, ni, PyInt.From(8)));
            if (r.IsSystem)
            {
                if (bits < 0) throw Err.ValueError("negative argument not allowed");
                Vm.Current!.ChargeAllocation(bits / 8);
                var raw = new byte[bits / 8];
                RandomEntropy.Fill(raw, "random.randbytes()");
                return new PyBytes(raw);
            }
            var v = GetRandBits(r, bits, "random.randbytes()");
            var bytes = new byte[bits / 8];
            var le = v.ToByteArray(isUnsigned: true, isBigEndian: false);
            Array.Copy(le, bytes, Math.Min(le.Length, bytes.Length));
            return new PyBytes(bytes);
        });

        Def(t, "getstate", new[] { "self" }, 1, (r, a) =>
        {
            var (words, index) = r.Generator("random.getstate()").State;
            var items = new PyObject[words.Length + 1];
            for (int i = 0; i < words.Length; i++) items[i] = PyInt.From(words[i]);
            items[^1] = PyInt.From(index);
            return PyTuple.From(new PyObject[] { PyInt.From(3), PyTuple.From(items), NoneOr(r.GaussNext) });
        });

        Def(t, "setstate", new[] { "self", "state" }, 2, (r, a) =>
        {
            var state = a[1]!;
            var version = Ops.GetItem(state, PyInt.From(0));
            bool v3 = Cmp(version, PyInt.From(3), CompareKind.Eq);
            if (!v3 && !Cmp(version, PyInt.From(2), CompareKind.Eq))
                throw Err.ValueError($"state with version {Ops.Str(version)} passed to Random.setstate() of version 3");
            var parts = Unpack3(state);
            var internalState = parts[1];
            if (!v3)
            {
                // Version 2 states hold signed words; random.py reduces them modulo 2**32.
                var items = Ops.ToList(internalState).Select(x => Bin(BinaryOpKind.Mod, x, PyInt.From(1L << 32))).ToArray();
                internalState = PyTuple.From(items);
            }
            SetInternalState(r, internalState);
            r.GaussNext = parts[2] is PyNone ? null : parts[2];
            return PyNone.Instance;
        });
    }

    /// <summary>The constructor's arguments with the new instance in front, for def-style binding.</summary>
    private static PyObject[] TypeCallArgs(PyObject self, ReadOnlySpan<PyObject> args)
    {
        var all = new PyObject[args.Length + 1];
        all[0] = self;
        args.CopyTo(all.AsSpan(1));
        return all;
    }

    private static PyObject[] Unpack3(PyObject state)
    {
        var items = Ops.ToList(state);
        if (items.Count > 3) throw Err.ValueError("too many values to unpack (expected 3)");
        if (items.Count < 3) throw Err.ValueError($"not enough values to unpack (expected 3, got {items.Count})");
        return items.ToArray();
    }

    /// <summary>_random.Random.setstate: a tuple of 624 words and an index.</summary>
    private static void SetInternalState(PyRandom r, PyObject state)
    {
        if (state is not PyTuple t) throw Err.TypeError("state vector must be a tuple");
        if (t.Count != MersenneTwister.N + 1) throw Err.ValueError("state vector is the wrong size");
        var words = new uint[MersenneTwister.N];
        for (int i = 0; i < MersenneTwister.N; i++)
        {
            if (t.Items[i] is not PyInt w) throw Err.TypeError("an integer is required");
            if (w.Big.Sign < 0) throw Err.OverflowError("can't convert negative value to unsigned int");
            if (w.Big > ulong.MaxValue) throw Err.OverflowError("Python int too large to convert to C unsigned long");
            words[i] = (uint)(ulong)w.Big;
        }
        var ix = t.Items[^1] is PyInt pi ? pi : Ops.AsIndex(t.Items[^1]);
        if (ix.IsBig) throw Err.OverflowError("Python int too large to convert to C long");
        if (ix.Small < 0 || ix.Small > MersenneTwister.N) throw Err.ValueError("invalid state");
        r.Restore(words, (int)ix.Small);
    }

    /// <summary>Random.seed(a, version) then _random.Random.seed.</summary>
    private static void Seed(PyRandom r, PyObject? a, PyObject? version, string what)
    {
        if (r.IsSystem) return;
        a ??= PyNone.Instance;
        bool v1 = version is not null && Cmp(version, PyInt.From(1), CompareKind.Eq);
        bool v2 = version is null || Cmp(version, PyInt.From(2), CompareKind.Eq);
        if (v1 && a is PyStr or PyBytes)
        {
            // Version 1: the old string hash, kept for reproducing Python 2 sequences.
            int[] cps = a is PyStr s ? s.CodePoints : ((PyBytes)a).Value.Select(b => (int)b).ToArray();
            Vm.Current?.Charge(cps.Length);
            ulong x = cps.Length > 0 ? (ulong)cps[0] << 7 : 0;
            foreach (int c in cps) x = unchecked(1000003UL * x) ^ (ulong)c;
            x ^= (ulong)cps.Length;
            r.SeedFrom(new BigInteger(x));
        }
        else if (v2 && a is PyStr or PyBytes or PyByteArray)
        {
            byte[] data = a switch
            {
                PyStr s => Encoding.UTF8.GetBytes(s.Value),
                PyBytes b => b.Value,
                _ => ((PyByteArray)a).Items.ToArray(),
            };
            Vm.Current?.ChargeAllocation(data.Length * 2L + 64);
            var all = new byte[data.Length + 64];
            data.CopyTo(all, 0);
            SHA512.HashData(data, all.AsSpan(data.Length));
            r.SeedFrom(new BigInteger(all, isUnsigned: true, isBigEndian: true));
        }
        else if (a is PyNone)
        {
            r.SeedFromEntropy(what);
        }
        else if (a is PyInt i)
        {
            Vm.Current?.Charge(i.BitLength >> 5);
            r.SeedFrom(BigInteger.Abs(i.Big));
        }
        else if (a is PyFloat or PyStr or PyBytes or PyByteArray)
        {
            // _randommodule.c: any other object seeds from its hash, read as an unsigned size_t.
            r.SeedFrom(new BigInteger(unchecked((ulong)Ops.Hash(a))));
        }
        else
        {
            throw Err.TypeError("The only supported seed types are: None,\nint, float, str, bytes, and bytearray.");
        }
        r.GaussNext = null;
    }

    /// <summary>getrandbits(k) with CPython's check and a preflight size check.</summary>
    private static BigInteger GetRandBits(PyRandom r, long k, string what)
    {
        if (k < 0) throw Err.ValueError("number of bits must be non-negative");
        if (k > MaxBits) throw Vm.Current!.MemoryLimit($"getrandbits({k}) would build an integer of {k / 8} bytes");
        if (k > 64) Vm.Current!.ChargeAllocation(k / 8);
        return r.GetRandBits(k, what);
    }

    // ------------------------------------------------------------------ SystemRandom

    private static void InitSystem()
    {
        var t = RandomTypes.SystemRandom;
        t.Constructor = (args, kw) =>
        {
            if (!RandomEntropy.IsGranted) throw RandomEntropy.Refused("random.SystemRandom()");
            var r = new PyRandom(system: true);
            new MethodArgs("Random.__init__", new[] { "self", "x" }, 1).Bind(TypeCallArgs(r, args), kw);
            return r;
        };
        t.Members["seed"] = new PyBuiltinFunction("seed", (a, kw) => PyNone.Instance, t);
        PyObject NoState(ReadOnlySpan<PyObject> a, string[]? kw) => throw Err.NotImplementedError("System entropy source does not have state.");
        t.Members["getstate"] = new PyBuiltinFunction("getstate", NoState, t);
        t.Members["setstate"] = new PyBuiltinFunction("setstate", NoState, t);
    }
}
